"""A place of birth written after its country: the country and the place in it (kg/extract/birthplaces.py)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.resources import Resources
from kg.text import read_document


def _read(res: Resources, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    x = extract(read_document("t", text=text), res)
    return {(m.text, m.top) for m in x.mentions}, {(r.subject.text, r.predicate, r.object.text) for r in x.relations}


def test_a_city_after_its_country_is_the_birthplace_and_the_country_the_nationality(res: Resources) -> None:
    mentions, facts = _read(res, "卡尔·贝格出生于德国汉堡，是一名建筑师。")
    assert {("德国", "Place"), ("汉堡", "Place")} <= mentions and ("德国汉堡", "Place") not in mentions
    assert {("卡尔·贝格", "bornIn", "汉堡"), ("卡尔·贝格", "nationality", "德国"), ("汉堡", "locatedIn", "德国")} <= facts


def test_a_state_and_a_city_after_the_country_give_the_city_as_the_birthplace(res: Resources) -> None:
    _, facts = _read(res, "马克·特纳1962年出生于美国俄亥俄州哥伦布。")
    assert {("马克·特纳", "bornIn", "哥伦布"), ("马克·特纳", "nationality", "美国")} <= facts


@pytest.mark.parametrize("text", ["安娜·韦伯出生在奥地利东部的一个小镇。", "安娜·韦伯出生于奥地利南部城市。"])
def test_a_direction_or_a_kind_of_place_after_the_country_leaves_the_country_alone(res: Resources, text: str) -> None:
    mentions, facts = _read(res, text)
    assert ("奥地利", "Place") in mentions and ("安娜·韦伯", "nationality", "奥地利") in facts


def test_without_a_verb_of_birth_the_place_stays_one(res: Resources) -> None:
    mentions, _ = _read(res, "他在美国加利福尼亚州工作。")
    assert ("美国加利福尼亚州", "Place") in mentions
