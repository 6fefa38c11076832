"""Time expressions: dates, years, ranges, lists, approximate markers and relative times.

The grammar (digits, 年/月/日, range and list connectors) is mechanism and lives here; the
words that mark approximation and relative times are data (``data/patterns/time.toml``).
Relative times (两年前, 去年) resolve only when the document date is known; years named from an
earlier one (同年, 次年, 当年8月) resolve from the last year the text gave before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from kg.extract.anchors import compile_led
from kg.model import Mention, TimeValue

_ZH_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|[一二][〇零一二三四五六七八九]{3})"
_S = r"[ \u00a0\u3000]?"
# One point in time; "年" is optional only so that "2006、2007 年" and "1993-1997年" can pair up.
# Dates are also written as ISO (2016-04-18) or as eight digits, as registries print them
# (于20160418登记成立: a valid month and day, no letter or digit around). A part of a month written
# after it (2010年10月初, 5月下旬) belongs to the time; the value stays the month.
_POINT = compile_led(  # (a sentence's offsets mostly hold no digit: one test passes them)
    r"(?<![0-9])(?P<iy>(?:1[0-9]|20)[0-9]{2})-(?P<im>[01]?[0-9])-(?P<id>[0-3]?[0-9])(?![0-9])|"
    r"(?<![0-9A-Za-z])(?P<cy>(?:19|20)[0-9]{2})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z])|"
    rf"(?<![0-9])(?P<y>{_YEAR})(?![0-9]){_S}(?:(?P<nian>年){_S}(?:(?P<m>{_NUM}){_S}月(?:{_S}(?P<d>{_NUM}){_S}[日号]|(?:初|底|末|[上中下]旬)(?![0-9一二三四五六七八九十]))?|(?:初|底|末)(?![0-9一二三四五六七八九十]))?)?"
)


# A decade (1950年代, 上世纪80年代, 20世纪90年代, 八十年代): the years from its first to its last. Without a
# century, tens from 30 to 90 are the 1900s' (as texts write of the last century); 二十年代 is left alone.
_DECADE = compile_led(
    r"(?<![0-9])(?P<y>(?:1[0-9]|20)[0-9]0)年代|(?:(?P<last>上个?世纪)|(?P<c>1[0-9]|20|二十|十九)世纪)?"
    r"(?<![0-9一二三四五六七八九十])(?P<t>[1-9]0|[一二三四五六七八九]十)年代"
)


def _decades(text: str, start: int, end: int, sentence: int) -> Iterator[Mention]:
    """Decades, as a time from the decade's first year to its last.

    >>> s = "他在1950年代创业，上世纪80年代回国，二十年代的事"
    >>> [(m.text, m.time.begin, m.time.end) for m in _decades(s, 0, len(s), 0)]
    [('1950年代', '1950', '1959'), ('上世纪80年代', '1980', '1989')]
    """
    for m in _DECADE.finditer(text, start, end):
        if m.group("y"):
            first = int(m.group("y"))
        else:
            tens = _num(m.group("t")) // 10
            century = m.group("c")
            if century:
                first = (_num(century) - 1) * 100 + tens * 10
            elif m.group("last") or tens >= 3:
                first = 1900 + tens * 10
            else:
                continue  # 二十年代: the 1920s or the 2020s
        yield Mention(m.group(), "Time", m.start(), m.end(), sentence, "time", time=TimeValue(m.group(), "", f"{first:04d}", f"{first + 9:04d}", False))


_Patterns = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]
_ERA_COUNT = r"(?:元|[一二三四五六七八九十]{1,3}|\d{1,3})"  # 元年, 十二年, 40年: the year's count in its era


def _compile(words: Mapping[str, Any]) -> _Patterns:
    def alternation(items: Any) -> str:
        return "|".join(map(re.escape, sorted(items, key=len, reverse=True)))

    before = re.compile(rf"(?:{alternation(words['approximate_before'])}){_S}$")
    after = re.compile(rf"{_S}(?:{alternation(words['approximate_after'])})")
    joiner = re.compile(rf"{_S}(?P<range>{alternation(words['range_connectors'])})?(?P<list>{alternation(words['list_connectors'])})?{_S}$")
    relative = compile_led(rf"(?P<n>{_NUM}|两|几){_S}年(?:前|以前)|(?P<word>{alternation(words['relative_years'])})")
    anaphoric = words.get("anaphoric_years")
    again = re.compile(rf"(?P<word>{alternation(anaphoric)})(?:{_S}(?P<m>{_NUM}){_S}月(?:{_S}(?P<d>{_NUM}){_S}[日号])?)?") if anaphoric else None
    eras = words.get("eras")
    dynasties = alternation(words.get("era_dynasties", ())) or "(?!)"
    # (led: the optional dynasty before the era's name would have the engine try the whole
    # alternation at every offset of every sentence; the lookahead passes those no era starts at)
    era = compile_led(rf"(?:{dynasties})?(?P<era>{alternation(eras)}){_S}(?P<n>{_ERA_COUNT}){_S}年") if eras else None
    return before, after, joiner, relative, again, era


_CACHE: dict[str, _Patterns] = {}
_LAST: list[tuple[Mapping[str, Any], _Patterns]] = []  # the words last compiled (held, so their id is not reused)


def _patterns(words: Mapping[str, Any]) -> _Patterns:
    if _LAST and _LAST[0][0] is words:
        return _LAST[0][1]  # the same words as the last sentence's: no key to build
    key = repr(sorted(words.items()))  # by content: an id() could be reused by another file's words
    if key not in _CACHE:
        _CACHE[key] = _compile(words)
    _LAST[:] = [(words, _CACHE[key])]
    return _CACHE[key]


def _num(text: str | None) -> int:
    if not text:
        return 0
    if text.isdigit():
        return int(text)
    if all(c in _ZH_DIGITS for c in text):
        return int("".join(_ZH_DIGITS[c] for c in text))
    # 十, 十二, 二十, 二十三
    tens, _, ones = text.partition("十")
    if "十" in text:
        return (int(_ZH_DIGITS.get(tens, "1")) if tens else 1) * 10 + (int(_ZH_DIGITS[ones]) if ones else 0)
    return {"两": 2, "几": 3}.get(text, int(_ZH_DIGITS.get(text, "0")))


def _iso(year: str | None, month: str | None = None, day: str | None = None) -> str:
    if not year:
        return ""
    y = _num(year)
    if not month:
        return f"{y:04d}"
    m = _num(month)
    if not 1 <= m <= 12:
        return f"{y:04d}"
    if not day:
        return f"{y:04d}-{m:02d}"
    d = _num(day)
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= d <= 31 else f"{y:04d}-{m:02d}"


def find_times(text: str, start: int, end: int, sentence: int, words: Mapping[str, Any], doc_date: str = "") -> Iterator[Mention]:
    """Time mentions in ``text[start:end]``.

    >>> from kg.resources import DATA_DIR, load_toml
    >>> w = load_toml(DATA_DIR / "patterns" / "time.toml")
    >>> s = "这是 2006、2007 年左右,1993 年至 1997 年"
    >>> [(m.text, m.time.begin, m.time.end, m.time.approximate) for m in find_times(s, 0, len(s), 0, w)]
    [('2006、2007 年左右', '2006', '2007', True), ('1993 年至 1997 年', '1993', '1997', False)]
    """
    before, after, joiner, relative, again, era = _patterns(words)
    decades = list(_decades(text, start, end, sentence)) if text.find("年代", start, end) >= 0 else []
    yield from decades
    points = []
    for m in _POINT.finditer(text, start, end):
        if any(d.start <= m.start() < d.end for d in decades):
            continue  # 1950年 of 1950年代: the decade's
        if m.group("iy"):
            points.append((m.start(), m.end(), _iso(m.group("iy"), m.group("im"), m.group("id")), True))
        elif m.group("cy"):
            points.append((m.start(), m.end(), _iso(m.group("cy"), m.group("cm"), m.group("cd")), True))
        else:
            e = m.end()
            while e > m.start() and text[e - 1].isspace():
                e -= 1
            points.append((m.start(), e, _iso(m.group("y"), m.group("m"), m.group("d")), bool(m.group("nian"))))
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in decades]
    i = 0
    while i < len(points):
        s, e, value, complete = points[i]
        begin = stop = ""
        approx = False
        if i + 1 < len(points):
            s2, e2, value2, complete2 = points[i + 1]
            link = joiner.match(text[e:s2])
            # a list shares one 年 (2006、2007 年); two whole dates after a comma are two times
            if complete2 and link and (link.group("range") or link.group("list") and not complete) and value < value2:
                begin, stop, value, e, complete = value, value2, "", e2, True
                approx = bool(link.group("list")) and not link.group("range")
                i += 1
        i += 1
        if not complete:
            continue
        pre = before.search(text, max(start, s - 4), s)
        if pre:
            s, approx = pre.start(), True
        post = after.match(text, e, end)
        if post:
            e, approx = post.end(), True
        taken.append((s, e))
        yield Mention(text[s:e], "Time", s, e, sentence, "time", time=TimeValue(text[s:e], value, begin, stop, approx))
    for m in relative.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = ""
        if doc_date:
            year = int(doc_date[:4])
            if m.group("n"):
                value = f"{year - _num(m.group('n')):04d}"
            else:
                value = f"{year + int(words['relative_years'][m.group('word')]):04d}"
        yield Mention(m.group(), "Time", m.start(), m.end(), sentence, "time", time=TimeValue(m.group(), value, "", "", bool(m.group("n"))))
    if era is not None:
        yield from _era_years(text, start, end, sentence, words, era, taken)
    if again is not None:
        yield from _anaphoric_years(text, start, end, sentence, words, again, taken)


def _era_years(
    text: str, start: int, end: int, sentence: int, words: Mapping[str, Any], era: re.Pattern[str], taken: list[tuple[int, int]]
) -> Iterator[Mention]:
    """道光十二年, 清同治三年, 民国元年: a year counted in a reign era (``eras`` in the time words).

    >>> from kg.resources import DATA_DIR, load_toml
    >>> w = load_toml(DATA_DIR / "patterns" / "time.toml")
    >>> s = "创立于清道光十二年，民国元年迁往汉口"
    >>> [(m.text, m.time.value) for m in find_times(s, 0, len(s), 0, w)]
    [('清道光十二年', '1832'), ('民国元年', '1912')]
    """
    for m in era.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        count = 1 if m.group("n") == "元" else _num(m.group("n"))
        if not 1 <= count <= 100:
            continue
        taken.append((m.start(), m.end()))
        value = f"{int(words['eras'][m.group('era')]) + count - 1:04d}"
        yield Mention(m.group(), "Time", m.start(), m.end(), sentence, "time", time=TimeValue(m.group(), value, "", "", False))


_ANAPHOR_REACH = 2000  # characters back to the year an anaphoric year counts from


def _anaphoric_years(
    text: str, start: int, end: int, sentence: int, words: Mapping[str, Any], again: re.Pattern[str], taken: list[tuple[int, int]]
) -> Iterator[Mention]:
    """同年, 次年, 当年8月: a year counted from the last year the text gave before it (in this
    sentence or an earlier one, within ``_ANAPHOR_REACH`` characters); nothing when it gave none.

    >>> from kg.resources import DATA_DIR, load_toml
    >>> w = load_toml(DATA_DIR / "patterns" / "time.toml")
    >>> s = "2005年春回到杭州，当年9月开了书店，次年又开分店。当年他很忙。"
    >>> [(m.text, m.time.value) for m in find_times(s, 0, len(s), 0, w) if not m.text[0].isdigit()]
    [('当年9月', '2005-09'), ('次年', '2006')]
    """
    for m in again.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group("word") in words.get("anaphoric_need_month", ()) and not m.group("m"):
            continue  # 当年 alone: "back then" as often as "that year"
        base = None
        for point in _POINT.finditer(text, max(0, m.start() - _ANAPHOR_REACH), m.start()):
            year = point.group("y") or point.group("iy") or point.group("cy")
            if year and (point.group("nian") or not point.group("y")):
                base = _num(year)
        if base is None:
            continue
        year = f"{base + int(words['anaphoric_years'][m.group('word')]):04d}"
        value = _iso(year, m.group("m"), m.group("d"))
        yield Mention(m.group(), "Time", m.start(), m.end(), sentence, "time", time=TimeValue(m.group(), value, "", "", False))
