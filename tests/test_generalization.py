"""The same rules on texts about other people and organizations (tests/data/texts/, written for
this project): a founder biography, an acquisition news story and an interview with a Chinese
scientist. Each expected fact is stated in its text."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Extraction
from kg.resolve import resolve_entities
from kg.resources import Resources
from kg.text import read_document

from .conftest import TEXTS


def _facts(res: Resources, name: str) -> set[tuple[str, str, str]]:
    x: Extraction = extract(read_document(TEXTS / name), res)
    resolution = resolve_entities([x], res.gazetteer)
    labels = {e.id: dict(e.labels).get("zh") or dict(e.labels).get("en", "") for e in resolution.entities}
    out = set()
    for r in x.relations:
        s = resolution.entity_of(x.document.id, r.subject)
        o = r.object.text if r.object.type == "Time" else resolution.entity_of(x.document.id, r.object)
        if s and o:
            out.add((labels[s], r.predicate, labels.get(o, o)))
    return out


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "founder_biography.txt",
            {
                ("张一鸣", "studiedAt", "南开大学"),
                ("张一鸣", "founded", "字节跳动"),
                ("张一鸣", "birthDate", "1983年"),
                ("字节跳动", "headquarteredIn", "北京市"),
                ("字节跳动", "hasOffice", "新加坡"),
                ("字节跳动", "hasOffice", "洛杉矶"),
                ("字节跳动", "launched", "抖音"),
                ("梁汝波", "worksFor", "字节跳动"),
            },
        ),
        (
            "acquisition_news.txt",
            {
                ("动视暴雪", "acquiredBy", "微软"),
                ("领英", "acquiredBy", "微软"),
                ("GitHub", "acquiredBy", "微软"),
                ("萨蒂亚·纳德拉", "worksFor", "微软"),
                ("动视暴雪", "headquarteredIn", "圣莫尼卡"),  # the most specific place of 加利福尼亚州圣莫尼卡
                ("圣莫尼卡", "locatedIn", "加利福尼亚州"),
            },
        ),
        (
            "scientist_interview.txt",
            {
                ("陈静", "studiedAt", "清华大学"),
                ("陈静", "studiedAt", "麻省理工学院"),
                ("陈静", "bornIn", "长沙市"),
                ("罗伯特·兰格", "advisorOf", "陈静"),
                ("陈静", "spouse", "李明"),
                ("陈静", "worksFor", "中国科学院"),
            },
        ),
    ],
)
def test_rules_generalize(res: Resources, name: str, expected: set[tuple[str, str, str]]) -> None:
    facts = _facts(res, name)
    missing = expected - facts
    assert not missing, f"missing {missing}; found {sorted(facts)}"


def test_interview_pronouns_resolve_to_the_scientist(res: Resources) -> None:
    x = extract(read_document(TEXTS / "scientist_interview.txt"), res)
    speakers = {c.antecedent.text for c in x.coreferences if c.mention.text == "我"}
    assert speakers == {"陈静"}
    relative = [m for m in x.mentions if m.text == "两年前"]
    assert relative and relative[0].time is not None and relative[0].time.value == "2022"  # front-matter date 2024-03-15
