"""Countries named as an attribute of the next word are no place mention (kg.extract.attributes);
a locative word before, a pause, 的 or a list's word after, or a fact that uses the country keeps it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.resources import Resources
from kg.text import read_document


def _countries(res: Resources, text: str) -> list[str]:
    x = extract(read_document("t", text=text), res)
    return [m.text for m in x.mentions if m.type == "Country"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("德国汽车工业的出口额去年又创新高。", "德国"),
        ("几位法国游客在景区门口拍照留念。", "法国"),
        ("这家咖啡馆的老板说，巴西咖啡豆今年涨价了。", "巴西"),
        ("据报道，挪威政府将提高燃油税。", "挪威"),
        ("一些加拿大人选择在冬天去南方度假。", "加拿大"),
        ("这位商人去年遭到法国人起诉。", "法国"),  # 遭到: 到 there is no locative word of its own
    ],
)
def test_a_country_that_modifies_the_next_word_is_no_place(res: Resources, text: str, country: str) -> None:
    assert country not in _countries(res, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("她大学毕业后在德国工作了三年。", "德国"),  # a locative word before it
        ("他的女儿代表荷兰参加了那届奥运会。", "荷兰"),  # a verb after it: the clause's object
        ("代表团昨天抵达挪威，开始为期一周的访问。", "挪威"),  # a place verb before it
        ("来自巴西的球员在比赛中表现出色。", "巴西"),  # 来自 … 的
        ("日本和韩国的企业都参加了这次展会。", "日本"),  # a list's word after it
        ("这次展会的参展商来自意大利、西班牙等国。", "西班牙"),  # a pause, 等 after it
        ("工程师陈立新是加拿大人，十年前移居多伦多。", "加拿大"),  # read by a fact: the person's nationality
    ],
)
def test_a_country_as_a_place_or_in_a_fact_stays(res: Resources, text: str, country: str) -> None:
    assert country in _countries(res, text)


def test_the_fact_that_uses_the_country_is_kept(res: Resources) -> None:
    x = extract(read_document("t", text="工程师陈立新是加拿大人，十年前移居多伦多。"), res)
    assert ("陈立新", "nationality", "加拿大") in {(r.subject.text, r.predicate, r.object.text) for r in x.relations}
