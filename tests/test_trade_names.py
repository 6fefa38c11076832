"""Firms called by a made-up trade name and their line of business, without any legal ending."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.resources import Resources
from kg.text import read_document


def _mentions(res: Resources, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.top) for m in extract(read_document("t", text=text), res).mentions if m.source != "pronoun"}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("鼎航游戏发布公告称，公司上半年净利润增长两成。", "鼎航游戏"),
        ("泰佳科技股价昨日大涨5%。", "泰佳科技"),
        ("分析师认为，隆正投资的业绩好于预期。", "隆正投资"),
        ("业内人士透露，诚海置业正在筹备上市。", "诚海置业"),
        # a preposition the segmenter glued to the trade name (从泰海/ns, 据宏康/a) is no part of it,
        # and a department after the line of business is the firm's (泰海汽车 / 技术部)
        ("他从泰海汽车技术部调到了总部。", "泰海汽车"),
        ("据宏康科技相关负责人介绍，新楼盘将于下月开盘。", "宏康科技"),
    ],
)
def test_a_made_up_trade_name_and_a_line_of_business_name_a_firm(res: Resources, text: str, firm: str) -> None:
    found = _mentions(res, text)
    assert (firm, "Organization") in found
    assert not any(top == "Organization" and name != firm and firm in name for name, top in found)  # not a longer span


def test_a_firm_and_a_known_bank_joined_by_a_conjunction_are_two(res: Resources) -> None:
    found = _mentions(res, "泰明食品与宁波银行签署了战略合作协议。")
    assert {("泰明食品", "Organization"), ("宁波银行", "Organization")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "林慧投资了一家餐厅。",  # a line of business used as a verb: a person investing
        "他们正在发展科技产业。",  # a dictionary word before the line of business
        "这家店内销售的都是进口食品。",  # a locative, and a verb that names a trade only inside a registered name
    ],
)
def test_no_firm_without_a_made_up_trade_name_before_a_noun_of_business(res: Resources, text: str) -> None:
    assert not any(top == "Organization" for _, top in _mentions(res, text))


def test_a_firms_form_ends_its_name(res: Resources) -> None:
    found = _mentions(res, "交易所通报，远帆集团信息披露违规。")
    assert ("远帆集团", "Organization") in found and ("远帆集团信息", "Organization") not in found


@pytest.mark.parametrize("text", ["佳诚银行南京分行行长周明表示，贷款增长较快。", "宏天银行合肥分行行长周明表示，贷款增长较快。"])
def test_a_branch_after_a_bank_named_by_a_made_up_word_keeps_the_banks_name(res: Resources, text: str) -> None:
    branch = text[: text.index("分行") + 2]  # 佳诚/a 银行 / 南京 / 分行: the bank's made-up name opens its branch's
    assert (branch, "Organization") in _mentions(res, text)


def test_a_preposition_glued_to_a_made_up_name_is_no_part_of_it(res: Resources) -> None:
    found = _mentions(res, "他去年从星博康银行调到总行。")  # 从星/n 博康/nr 银行
    assert ("星博康银行", "Organization") in found and not any(name.startswith("从") for name, _ in found)
    assert not any(top == "Person" for _, top in _mentions(res, "记者从宏天银行获悉，该行将推出新产品。"))  # 从宏天/n: no 从 surname


def test_the_copula_glued_to_a_made_up_name_is_no_part_of_the_firm(res: Resources) -> None:
    found = _mentions(res, "这家公司的前身是祥鼎食品公司。")  # 是祥鼎/ng 食品 公司
    assert ("祥鼎食品公司", "Organization") in found and not any(name.startswith("是") for name, _ in found)
    relative = _mentions(res, "成立于1976年的星河工程院是当地最高学会。")  # 是 after a name stays the verb
    assert ("星河工程院", "Organization") in relative


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("消费者对诚海电子股份有限公司的产品很满意。", "诚海电子股份有限公司"),  # 消费者 / 对诚海/n: no 消费者对…
        ("他被祥博物流股份有限公司录用了。", "祥博物流股份有限公司"),  # 他 / 被祥/nr
        ("这次合作由华海地产股份有限公司牵头。", "华海地产股份有限公司"),  # 由华海/ns
        ("消费者对康嘉网络集团的产品很满意。", "康嘉网络集团"),  # 对康/j 嘉/nr
    ],
)
def test_a_registered_name_starts_after_a_preposition_glued_to_its_first_word(res: Resources, text: str, firm: str) -> None:
    found = _mentions(res, text)
    assert (firm, "Organization") in found
    assert not any(top == "Organization" and name != firm and firm in name for name, top in found)


def test_a_ministry_after_a_line_of_business_is_no_firms_department(res: Resources) -> None:
    # 数字 is a line of business, but no made-up trade name stands before it: 德国 / 数字 / 事务部长
    assert ("德国数字事务部", "Organization") in _mentions(res, "她曾任德国数字事务部长的助理。")
