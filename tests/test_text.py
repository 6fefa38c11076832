"""Reading documents: encodings, bad input, front matter, sentences and interview turns."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.text import MAX_SENTENCE, decode, read_document

TEXT = "张伟毕业于清华大学。他后来在北京工作！"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # no BOM: detected by the NUL pattern
        TEXT.encode("gb18030"),
        TEXT.encode("utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "gb18030", "utf32"],
)
def test_decodes_common_encodings(data: bytes) -> None:
    assert decode(data) == TEXT


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (bytes(range(256)) * 4, "binary"),
        ("中文".encode() + "中文".encode("gbk") + b"\xff\xfe\xfd" + "中文".encode(), "UTF-8"),
    ],
    ids=["empty", "blank", "binary", "mixed"],
)
def test_bad_bytes_raise_one_line_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "f.txt")
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("f.txt")


def test_control_characters_become_spaces_keeping_offsets() -> None:
    doc = read_document("x", text="张伟\x00毕业\x1b于清华大学。")
    assert doc.text == "张伟 毕业 于清华大学。"
    assert len(doc.text) == len("张伟\x00毕业\x1b于清华大学。")


def test_sentence_offsets_slice_the_text() -> None:
    text = "第一句话。第二句话！\n\n  第三句？ 最后一句没有标点"
    doc = read_document("x", text=text)
    assert [doc.sentence_text(s) for s in doc.sentences] == ["第一句话。", "第二句话！", "第三句？", "最后一句没有标点"]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == doc.sentence_text(s)


def test_long_runs_are_windowed() -> None:
    text = "字" * (MAX_SENTENCE * 3 + 7)
    doc = read_document("x", text=text)
    assert all(s.end - s.start <= MAX_SENTENCE for s in doc.sentences)
    assert sum(s.end - s.start for s in doc.sentences) == len(text)


def test_front_matter_gives_date_and_title() -> None:
    doc = read_document("x.md", text="---\ntitle: 一次访谈\ndate: 2024-03-15\n---\n正文在这里。")
    assert (doc.title, doc.date) == ("一次访谈", "2024-03-15")
    assert doc.sentence_text(doc.sentences[0]) == "正文在这里。"


def test_explicit_date_must_be_iso() -> None:
    with pytest.raises(InputError):
        read_document("x", text="正文。", date="15/03/2024")


def test_document_id_depends_only_on_text(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_bytes(TEXT.encode("gb18030"))
    assert read_document(a).id == read_document(b).id


def test_interview_turns() -> None:
    text = (
        "导读：本刊专访了工程师王磊。\n"
        "你是怎么开始编程的？\n"
        "我小时候在家里的电脑上学会了编程，后来一直没有停下来。\n"
        "讲讲你的第一份工作。\n"
        "我的第一份工作是在一家创业公司做后端开发，那是很好的经历。\n"
    )
    doc = read_document("x", text=text)
    turns = [(doc.sentence_text(s)[:4], s.turn) for s in doc.sentences]
    assert turns == [("导读：本", ""), ("你是怎么", "question"), ("我小时候", "answer"), ("讲讲你的", "question"), ("我的第一", "answer")]


def test_plain_prose_has_no_turns() -> None:
    doc = read_document("x", text="这是一篇新闻。没有任何问题？\n只有叙述。")
    assert all(s.turn == "" for s in doc.sentences)


def test_a_titles_own_punctuation_ends_no_sentence() -> None:
    doc = read_document("x", text="他说能拍《长江！长江！》是一生的荣幸。后来他退休了。")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == ["他说能拍《长江！长江！》是一生的荣幸。", "后来他退休了。"]


def test_a_fact_boxs_semicolons_part_fields_not_sentences() -> None:
    """姓名：某某；国籍：某国；…: one record; a semicolon in prose still ends a sentence."""
    from kg.text import split_sentences

    box = "姓名：张伟明；国籍：加拿大；职业：建筑师。"
    assert [box[s.start : s.end] for s in split_sentences(box)] == [box]
    prose = "甲很好；乙也好。"
    assert [prose[s.start : s.end] for s in split_sentences(prose)] == ["甲很好；", "乙也好。"]


def test_a_clause_opening_with_qi_after_a_semicolon_goes_on_with_the_sentence() -> None:
    """某某，…；其妻某某: 其 takes up the topic before the semicolon, one sentence; 其中 and 其他 do not."""
    from kg.text import split_sentences

    chained = "周明远，浙江绍兴人；其妻林慧，其子周海。"
    assert [chained[s.start : s.end] for s in split_sentences(chained)] == [chained]
    listed = "甲队赢了；其中乙进了两球。"
    assert [listed[s.start : s.end] for s in split_sentences(listed)] == ["甲队赢了；", "其中乙进了两球。"]
