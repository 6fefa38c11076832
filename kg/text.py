"""Reading documents: decoding, front matter, sentences and interview turns.

The text a ``Document`` holds is the decoded file with one deliberate change: C0/C1 control
characters (other than tab and newlines) become spaces, one for one, so offsets are unchanged
and no control character can reach an RDF literal or an XML export.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from kg.errors import InputError
from kg.model import Document, Sentence

MAX_SENTENCE = 400  # characters; longer runs without punctuation are windowed

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』）)]*|\n+")
_SOFT_BREAK = re.compile(r"[，,、：:\s]")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})$")
_QUESTION_PREFIX = re.compile(r"^\s*(问|Q|记者|主持人)\s*[:：]")
_ANSWER_PREFIX = re.compile(r"^\s*(答|A)\s*[:：]")


def decode(data: bytes, name: str = "input") -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16/32 (BOM or NUL pattern) or GB18030.

    >>> decode("你好".encode("gb18030"))
    '你好'
    """
    if not data.strip():
        raise InputError(f"{name}: the input is empty; give a file with some text in it")
    boms = (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    )
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} mark but is not {encoding}") from exc
    head = data[:4096]
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        guess = "utf-16-le" if odd > 3 * even else "utf-16-be" if even > 3 * odd else ""
        if guess:
            try:
                return data.decode(guess)
            except UnicodeDecodeError:
                pass
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt or .md file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        for guess in ("utf-16-le", "utf-16-be"):  # BOM-less UTF-16 of CJK text has no NUL bytes
            if len(data) % 2 == 0:
                try:
                    candidate = data.decode(guess)
                except UnicodeDecodeError:
                    continue
                if _plausible_chinese(candidate) and sum("\u4e00" <= c <= "\u9fa5" for c in candidate) >= 0.5 * len(candidate):
                    return candidate
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: cannot decode as UTF-8 or GB18030 (byte {utf8_error.start}); "
                "convert it to UTF-8, e.g. with iconv"
            ) from None
        if not _plausible_chinese(text):
            raise InputError(
                f"{name}: mixed or unknown encoding (not valid UTF-8, GB18030 gives noise at "
                f"byte {utf8_error.start}); convert it to UTF-8"
            ) from None
        return text


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes most byte soup; real Chinese text is mostly common CJK and ASCII."""
    sample = text[:20000]
    common = sum(1 for c in sample if c < "\u0250" or "\u3000" <= c <= "\u303f" or "\u4e00" <= c <= "\u9fa5" or "\uff00" <= c <= "\uffef")
    return common >= 0.97 * len(sample)


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_document(source: str | Path, *, text: str | None = None, date: str = "", source_id: str = "") -> Document:
    """Read a file (or take ``text``) into a ``Document`` with sentences and interview turns.

    >>> doc = read_document("memo.txt", text="问：你在哪里读书？\\n答：在清华大学。\\n问：学什么？\\n答：化学。")
    >>> [s.turn for s in doc.sentences]
    ['question', 'answer', 'question', 'answer']
    """
    name = str(source)
    if text is None:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
        text = decode(data, name)
    elif not text.strip():
        raise InputError(f"{name}: the input is empty; give a file with some text in it")
    text = _CONTROL.sub(" ", text)
    body_start = 0
    title = ""
    front = _FRONT_MATTER.match(text)
    if front:
        body_start = front.end()
        for line in front.group(1).splitlines():
            key, _, value = line.partition(":")
            value = value.strip().strip("\"'")
            if key.strip() == "date" and not date and _DATE.match(value):
                date = value
            elif key.strip() == "title":
                title = value
    if date and not _DATE.match(date):
        raise InputError(f"{name}: date {date!r} is not YYYY-MM-DD")
    if not title:
        title = Path(name).name if name not in ("-", "") else ""
    sentences = split_sentences(text, body_start)
    return Document(
        id=document_id(text),
        text=text,
        sentences=tuple(sentences),
        title=title,
        date=date,
        source=source_id or (Path(name).name if name not in ("-", "") else "stdin"),
    )


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences (trimmed of surrounding spaces) with interview turns marked."""
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _SENTENCE_END.finditer(text, start):
        if not match.group().startswith("\n") and _inside_title(text, pos, match.start()):
            continue  # 《长江！长江！》: a title's own punctuation ends no sentence
        if match.group() in ("；", ";") and _FIELD_AFTER.match(text, match.end()) and (
            _FIELD_AFTER.search(text, pos, match.start()) or _BARE_NAME.fullmatch(text, pos, match.start())
        ):
            continue  # 姓名：某某；国籍：某国；…: a fact box's fields, one record, not sentences (某某公司；成立时间：…: the box opens with the bare name)
        if match.group() in ("；", ";") and _ANAPHOR_AFTER.match(text, match.end()):
            continue  # 某某，…；其父某某…: 其 takes up the clause's topic, the same sentence goes on
        end = match.end() if not match.group().startswith("\n") else match.start()
        spans.extend(_window(text, pos, end))
        pos = match.end()
    spans.extend(_window(text, pos, len(text)))
    lines = _line_turns(text, start)
    sentences: list[Sentence] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append(Sentence(len(sentences), s, e, lines.get(_line_start(text, s), "")))
    return sentences


_FIELD_AFTER = re.compile(r"\s*[^\W\d_]{1,6}\s*[：:]")  # a fact box's field label (国籍：, 毕业院校：)
_BARE_NAME = re.compile(r"\s*[^\s，,。；;：:！？!?]{2,30}\s*")  # a name alone before a box's first field
_ANAPHOR_AFTER = re.compile(r"\s*其[^他中余实次间]")  # 其 "his, its" opening a clause (其父, 其妻, 其后); not 其他, 其中, 其余, 其实, 其次, 其间


def _inside_title(text: str, start: int, at: int) -> bool:
    """Is ``at`` inside a 《title》 opened since ``start`` and closed within a few characters?

    >>> _inside_title("他拍了《长江！长江！》。", 0, 6)
    True
    >>> _inside_title("他拍了《南京》！", 0, 7)
    False
    """
    opened = text.rfind("《", start, at)
    if opened < 0 or text.rfind("》", opened, at) >= 0:
        return False
    closed = text.find("》", at, at + 40)
    return closed >= 0 and "\n" not in text[at:closed]


def _window(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long run into pieces of at most MAX_SENTENCE, preferring commas and spaces."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        for i in range(cut, start + MAX_SENTENCE // 2, -1):
            if _SOFT_BREAK.match(text, i - 1):
                cut = i
                break
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_turns(text: str, start: int) -> dict[int, str]:
    """Map line start offsets to "question"/"answer" when the text reads as an interview.

    A line is a question when it carries a question prefix (问：, Q:, 记者：) or is a short
    line ending in a question mark followed by a line that is not; the lines after a question
    are its answer until the next question. A text is an interview only with at least two
    question/answer pairs.
    """
    lines: list[tuple[int, str]] = []
    pos = start
    for line in text[start:].split("\n"):
        if line.strip():
            lines.append((pos, line.strip()))
        pos += len(line) + 1
    kinds: list[str] = []
    for i, (_, line) in enumerate(lines):
        nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
        if _QUESTION_PREFIX.match(line):
            kinds.append("question")
        elif _ANSWER_PREFIX.match(line):
            kinds.append("answer")
        elif len(line) <= 150 and line.endswith(("？", "?")) and nxt and not nxt.endswith(("？", "?")):
            kinds.append("question")
        elif len(line) <= 40 and ("你" in line or "您" in line) and len(nxt) > 2 * len(line):
            kinds.append("question")  # "讲讲你的经历。": a short line addressing the guest
        else:
            kinds.append("")
    turns: dict[int, str] = {}
    in_answer = False
    pairs = 0
    for (offset, _), kind in zip(lines, kinds, strict=True):
        if kind == "question":
            turns[offset] = "question"
            in_answer = True
            pairs += 1
        elif kind == "answer" or in_answer:
            turns[offset] = "answer"
    return turns if pairs >= 2 else {}
