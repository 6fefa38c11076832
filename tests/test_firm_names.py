"""Other names an organization's full name gives it: area, trade name, line of business, legal form."""

from __future__ import annotations

import pytest

from kg.extract.firm_names import names_reader, other_names
from kg.extract.grammar import compiled_grammar
from kg.resources import Resources


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        # a registered company: the area goes, then the legal form, then the line of business
        ("宁波远帆物流股份有限公司", {"远帆物流股份有限公司", "宁波远帆物流", "远帆物流", "远帆", "宁波远帆"}),
        ("江苏星朗（集团）有限公司", {"星朗（集团）有限公司", "江苏星朗", "星朗"}),  # 集团 in parentheses is a firm form
        ("星朗文化国际控股有限公司", {"星朗文化", "星朗"}),  # 国际控股 before the legal ending
        ("浙江海川纺机集团", {"海川纺机集团", "海川纺机", "浙江海川纺机"}),  # 集团 alone ends a company too (纺机: no line the data knows)
        ("美国Acme公司", {"Acme公司", "美国Acme", "Acme"}),
        # other bodies: a country before the name goes, the city of a local body stays
        ("加拿大星河大学", {"星河大学"}),
        ("山东省宁阳县远帆中学", {"宁阳县远帆中学"}),  # 某省 goes, the county (some characters and 县) stays
    ],
)
def test_the_names_a_full_name_gives(res: Resources, full: str, expected: set[str]) -> None:
    assert set(other_names(full, res.gazetteer, compiled_grammar(res))) == expected


@pytest.mark.parametrize("full", ["浙江大学", "北京电影学院", "远帆集团有限公司的", "杭州钢铁集团有限公司", "硅谷星河社区"])
def test_no_name_that_is_only_a_kind_or_a_place(res: Resources, full: str) -> None:
    """浙江大学 is no 大学, 北京电影学院 no 电影学院, 硅谷星河社区 no 星河社区 (a body keeps the place it
    is named after); a company named by its trade alone has no trade name, and no place is one."""
    names = set(other_names(full, res.gazetteer, compiled_grammar(res)))
    assert not names & {"大学", "电影学院", "学院", "钢铁", "集团", "有限公司", "星河社区", "杭州"}


def test_the_reader_remembers_each_name(res: Resources) -> None:
    read = names_reader(res)
    assert read("宁波远帆物流股份有限公司") is read("宁波远帆物流股份有限公司")
    assert "远帆" in read("宁波远帆物流股份有限公司")


def test_a_group_is_called_without_its_legal_form(res: Resources) -> None:
    """某某集团有限公司 is 某某集团 in running text: a fact about 华光集团 is one about the full name."""
    names = other_names("中国华光集团有限公司", res.gazetteer, compiled_grammar(res))
    assert "华光集团" in names and "中国华光集团" in names
