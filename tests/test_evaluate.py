"""kg eval: scores against annotated JSON lines, the DuIE predicate table, and bad gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import DUIE_PREDICATES, evaluate_ner, evaluate_relations, read_gold, relation_facts
from kg.extract import extract
from kg.resources import Resources
from kg.text import read_document

NER = [
    {"id": "a", "text": "张伟毕业于浙江大学。", "entities": [
        {"start": 0, "end": 2, "type": "PERSON", "text": "张伟"}, {"start": 5, "end": 9, "type": "ORG", "text": "浙江大学"}]},
    {"id": "b", "text": "李娜住在杭州。", "entities": [{"start": 0, "end": 2, "type": "PERSON", "text": "李娜"}, {"start": 2, "end": 6, "type": "PLACE", "text": "住在杭州"}]},
]
RE = [
    {"id": "c", "text": "1998年，马化腾在深圳创立了腾讯公司。", "relations": [{"subject": "腾讯公司", "predicate": "founder", "object": "马化腾"}]},
    {"id": "d", "text": "王磊的妻子是刘芳。", "relations": [{"subject": "刘芳", "predicate": "spouse", "object": "王磊"}]},
    {"id": "e", "text": "陈涛毕业于复旦大学。", "relations": [{"subject": "陈涛", "predicate": "educatedAt", "object": "北京大学"}]},
]


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _counts(res: Resources, text: str, subject: str, predicate: str, obj: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of one gold fact about ``text``."""
    gold = [{"id": "t", "text": text, "relations": [{"subject": subject, "predicate": predicate, "object": obj}]}]
    score = evaluate_relations(gold, res).by[predicate]
    return score.tp, score.fp, score.fn


def test_ner_scores_exact_spans(res: Resources) -> None:
    report = evaluate_ner(NER, res)
    assert (report.by["PERSON"].tp, report.by["PERSON"].fn) == (2, 0)
    assert report.by["ORG"].tp == 1
    assert report.by["PLACE"].fn == 1 and report.by["PLACE"].fp == 1  # 杭州 predicted, a longer span annotated
    assert report.misses[("住在杭州", "PLACE")] == 1 and report.false_alarms[("杭州", "PLACE")] == 1
    assert report.lenient["PLACE"].tp == 1  # overlapping spans of the same type count as lenient hits
    assert 0 < report.micro().f1 < 1


def test_a_prediction_on_an_unscored_span_is_not_scored(res: Resources) -> None:
    record = {"id": "s", "text": "游客们在西湖边散步，随后去了杭州。", "entities": [{"start": 14, "end": 16, "type": "PLACE", "text": "杭州"}]}
    plain = evaluate_ner([record], res)
    assert plain.by["PLACE"].tp == 1
    other = dict(record, other=[{"start": 4, "end": 6, "type": "scene", "text": "西湖"}])
    scored = evaluate_ner([other], res)
    assert scored.by["PLACE"].fp == plain.by["PLACE"].fp - 1  # 西湖, labelled a scene: not a false alarm
    assert scored.by["PLACE"].tp == 1 and scored.by["PLACE"].fn == 0


def test_relations_follow_the_duie_table(res: Resources) -> None:
    assert DUIE_PREDICATES["founder"].reverse and DUIE_PREDICATES["spouse"].symmetric
    report = evaluate_relations(RE, res)
    assert report.by["founder"].tp == 1  # our founded(马化腾, 腾讯公司), reversed
    assert report.by["spouse"].tp == 1  # symmetric: either direction counts
    assert (report.by["educatedAt"].fp, report.by["educatedAt"].fn) == (1, 1)
    assert report.bands  # calibration bands are filled


def test_a_marriage_listed_both_ways_is_one_fact(res: Resources) -> None:
    both = [{"id": "f", "text": "王磊的妻子是刘芳。", "relations": [
        {"subject": "刘芳", "predicate": "spouse", "object": "王磊"}, {"subject": "王磊", "predicate": "spouse", "object": "刘芳"}]}]
    report = evaluate_relations(both, res)
    assert (report.by["spouse"].tp, report.by["spouse"].fp, report.by["spouse"].fn) == (1, 0, 0)
    parent = [{"id": "g", "text": "梁思成的父亲是梁启超。", "relations": [{"subject": "梁启超", "predicate": "parent", "object": "梁思成"}]}]
    report = evaluate_relations(parent, res)  # parent is not symmetric: the wrong direction is a miss and a false alarm
    assert (report.by["parent"].tp, report.by["parent"].fp, report.by["parent"].fn) == (0, 1, 1)


def test_a_fact_matches_under_any_name_the_sentence_gives_the_entity(res: Resources) -> None:
    text = "杭州星河科技有限公司（以下简称星河科技）是一家软件企业 星河科技于2008年成立"
    short_in_gold = [{"id": "h", "text": text, "relations": [{"subject": "星河科技", "predicate": "inception", "object": "2008年"}]}]
    full_in_gold = [{"id": "h", "text": text, "relations": [{"subject": "杭州星河科技有限公司", "predicate": "inception", "object": "2008年"}]}]
    for gold in (short_in_gold, full_in_gold):  # the fact is stated of the short name, the gold may use either
        report = evaluate_relations(gold, res)
        assert (report.by["inception"].tp, report.by["inception"].fp, report.by["inception"].fn) == (1, 0, 0)
    both_in_gold = [{"id": "h", "text": text, "relations": short_in_gold[0]["relations"] + full_in_gold[0]["relations"]}]
    report = evaluate_relations(both_in_gold, res)  # the gold's one fact under the entity's two names: one fact
    assert (report.by["inception"].tp, report.by["inception"].fp, report.by["inception"].fn) == (1, 0, 0)
    other = [{"id": "h", "text": text, "relations": [{"subject": "杭州", "predicate": "inception", "object": "2008年"}]}]
    report = evaluate_relations(other, res)  # a name the entity is not given (its place of registration) is no match
    assert (report.by["inception"].tp, report.by["inception"].fp, report.by["inception"].fn) == (0, 1, 1)


def test_cli_prints_the_table_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(_write(tmp_path, RE)), "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert "founder" in out and "micro" in out and "most frequent misses" in out and "北京大学" in out


def test_bad_gold_line_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "好"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_gold(path))
    assert str(info.value).startswith(f"{path}:2:")


def test_a_fact_matches_under_any_name_the_gazetteer_gives_the_linked_entity(res: Resources) -> None:
    """天津市 in the text is the gazetteer's entity 天津 (its listed short form): a gold fact naming
    the city either way is our fact; a name the entry does not list is not."""
    text = "远帆物流集团总部位于天津市。"
    for city, hit in (("天津市", True), ("天津", True), ("津门", False)):
        gold = [{"id": "t", "text": text, "relations": [{"subject": "远帆物流集团", "predicate": "headquarters", "object": city}]}]
        score = evaluate_relations(gold, res).by["headquarters"]
        assert (score.tp, score.fp, score.fn) == ((1, 0, 0) if hit else (0, 1, 1))


def test_a_fact_about_a_company_matches_under_the_names_its_full_name_gives(res: Resources) -> None:
    """The gold may name 宁波远帆物流股份有限公司 by its trade name, as resolution links it; never
    by the place it is registered in."""
    text = "宁波远帆物流股份有限公司成立于2008年。"
    for name, hit in (("远帆物流", True), ("远帆", True), ("宁波远帆物流股份有限公司", True), ("宁波", False), ("物流", False)):
        gold = [{"id": "t", "text": text, "relations": [{"subject": name, "predicate": "inception", "object": "2008年"}]}]
        score = evaluate_relations(gold, res).by["inception"]
        assert (score.tp, score.fp, score.fn) == ((1, 0, 0) if hit else (0, 1, 1)), name


def test_a_ruler_matches_under_title_and_name_written_together(res: Resources) -> None:
    """宋太祖赵匡胤: the gold may name the parent by title, by name or by both as the text writes them."""
    text = "赵航，宋太祖赵匡胤次子。"
    for parent, hit in (("宋太祖赵匡胤", True), ("赵匡胤", True), ("宋太祖", True), ("太祖赵匡胤", False)):
        gold = [{"id": "t", "text": text, "relations": [{"subject": "赵航", "predicate": "parent", "object": parent}]}]
        score = evaluate_relations(gold, res).by["parent"]
        assert (score.tp, score.fp, score.fn) == ((1, 0, 0) if hit else (0, 1, 1)), parent


def test_a_date_named_from_an_earlier_year_matches_the_date_it_stands_for(res: Resources) -> None:
    text = "2001年周明毕业于浙江大学，次年创办远帆公司。"
    for date, hit in (("2002年", True), ("次年", True), ("2001年", False)):
        assert _counts(res, text, "远帆公司", "inception", date) == ((1, 0, 0) if hit else (0, 1, 1)), date


def test_a_ruler_named_with_the_side_of_the_dynasty_matches_without_it(res: Resources) -> None:
    """北周武帝 is also 周武帝 (and, with the personal name after it, 北周武帝宇文邕)."""
    x = extract(read_document("t", text="林慧，北周武帝宇文邕之女。"), res)
    (fact,) = [f for f in relation_facts(x) if f[1] == "parent"]
    assert {"北周武帝", "周武帝", "宇文邕", "北周武帝宇文邕"} <= set(fact[2])


def test_a_fact_matches_under_the_names_resolution_gives_the_entity(res: Resources) -> None:
    """The sentence names the group in full, the fact by its short form: one entity in the graph,
    so the gold may name it in full."""
    text = "中国华光集团有限公司召开会议，华光集团董事长周航主持了会议。"
    gold = [{"id": "t", "text": text, "relations": [{"subject": "中国华光集团有限公司", "predicate": "chairman", "object": "周航"}]}]
    score = evaluate_relations(gold, res).by["chairman"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_place_matches_when_written_after_its_country(res: Resources) -> None:
    """德国不来梅 is 不来梅 written after the country it lies in: the gold may name the city either way."""
    text = "远帆物流集团的总部位于德国不来梅。"
    for city, hit in (("德国不来梅", True), ("不来梅", True), ("德国", False)):
        assert _counts(res, text, "远帆物流集团", "headquarters", city) == ((1, 0, 0) if hit else (0, 1, 1)), city
