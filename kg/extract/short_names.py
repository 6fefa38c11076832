"""Short names a text declares: 某某科技有限公司（以下简称“某某科技”）.

Chinese reports, filings and encyclopedia entries give an organization's full registered name
once, declare a short name in parentheses, and use only the short name afterwards. The short
name is then the same organization: its mention in the parentheses and every later occurrence
in the document become mentions of the organization's type whose partner (``alt``) is the full
name, so that entity resolution makes one entity of both forms, as it does for a bilingual pair
(``link_pairs``). The short name stays the text of its own mentions (a fact stated about 某某科技
is stated about 某某科技), no coreference link rewrites it.

>>> from kg.model import Mention
>>> text = "杭州星河科技有限公司（以下简称星河科技）成立于2008年。"
>>> org = Mention("杭州星河科技有限公司", "Company", 0, 10, 0, "suffix")
>>> known: dict[str, Mention] = {}
>>> [(m.text, m.type, m.alt) for m in declared_short_names(text, [org], known)]
[('杭州星河科技有限公司', 'Company', '星河科技'), ('星河科技', 'Company', '杭州星河科技有限公司')]
>>> said_again = "杭州星河科技有限公司（以下简称星河科技）是一家企业 星河科技成立于2008年"
>>> [(m.text, m.start) for m in declared_short_names(said_again, [org], {}, len(said_again))]
[('杭州星河科技有限公司', 0), ('星河科技', 15), ('星河科技', 26)]
>>> [(m.text, m.start) for m in short_name_mentions("星河科技的创始人是王立新。", 0, 13, 1, known)]
[('星河科技', 0)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableMapping, Sequence

from kg.extract.grammar import is_cjk
from kg.model import Mention

# （以下简称“X”）, (下称X), （简称：X）, （以下称X）: the words before the short name and the quote
# after it (kg.extract.relations drops the whole parenthesis from the sentence its rules read)
DECLARES = r"(?:以下|下文)?(?:简称|下称|称)\s*[：:为]?\s*[“\"「『]?"
DECLARED_END = r"[”\"」』]?\s*[)）]"
_DECLARATION = re.compile(rf"\s*[（(]\s*{DECLARES}(?P<short>[^（()）“”\"「」『』，,。；;：:\s]{{2,12}}?){DECLARED_END}")
# 某某中学简称某某一中，… : the same declaration without parentheses, ending at a pause (the short
# name then stays in the sentence the rules read, a mention partnered with the full name)
_BARE_DECLARATION = re.compile(r"\s*[，,]?\s*(?:又|也|通常)?简称\s*[：:为]?\s*[“\"「『]?(?P<short>[^（()）“”\"「」『』，,。；;：:\s]{2,8}?)[”\"」』]?(?=[，,。；;！？]|$)")


def declared_short_names(text: str, mentions: Sequence[Mention], known: MutableMapping[str, Mention], end: int | None = None) -> list[Mention]:
    """The sentence's mentions with each declared short name as a mention partnered with the
    organization's full name, and its later occurrences in the sentence (up to ``end``) that no
    other mention covers; ``known`` learns the short names (for the sentences after)."""
    out = {(m.start, m.end): m for m in mentions}
    for m in mentions:
        if m.top != "Organization":
            continue
        declared = _DECLARATION.match(text, m.end) or _BARE_DECLARATION.match(text, m.end)
        if declared is None:
            continue
        s, e = declared.span("short")
        short = declared.group("short")
        if short == m.text:
            continue
        if any(x.start < s < x.end or x.start < e < x.end for x in mentions):
            continue  # another mention crosses the short name's edges: leave the sentence as it is
        for x in mentions:
            if s <= x.start and x.end <= e and (x.start, x.end) != (s, e):
                out.pop((x.start, x.end), None)  # 简称绿城中国: a place read inside the short name is part of it
        head = _cut_head(text, m, short, mentions)
        if head:  # 芯远/a 未来/t 半导体科技（苏州）有限公司（简称芯远未来）: the reader stopped inside the name
            out.pop((m.start, m.end), None)
            m = Mention(text[m.start - head : m.end], m.type, m.start - head, m.end, m.sentence, m.source, m.key, m.alt, m.time)
        out[(m.start, m.end)] = Mention(m.text, m.type, m.start, m.end, m.sentence, m.source, m.key, short, m.time)
        out[(s, e)] = known[short] = Mention(short, m.type, s, e, m.sentence, "short", m.key, m.text)
        for hit in re.finditer(re.escape(short), text[declared.end() : end]):
            at = declared.end() + hit.start()
            same = out.get((at, at + len(short)))
            if same is not None and same.top == "Organization" and not same.alt:  # found by another reader: the same name
                out[(at, at + len(short))] = Mention(short, same.type, at, at + len(short), m.sentence, same.source, same.key or m.key, m.text, same.time)
            elif not any(x.start < at + len(short) and at < x.end for x in out.values()):
                out[(at, at + len(short))] = Mention(short, m.type, at, at + len(short), m.sentence, "short", m.key, m.text)
    return sorted(out.values(), key=lambda x: x.start)


def _cut_head(text: str, m: Mention, short: str, mentions: Sequence[Mention]) -> int:
    """How many characters of the full name a reader left before ``m``: the short name it declares
    written right before it (芯远未来 + 半导体科技（苏州）有限公司, 简称芯远未来), opening its clause
    (a punctuation mark or a mention before it) and crossing no other mention; 0 for none."""
    k = len(short)
    s = m.start - k
    if s < 0 or text[s : m.start] != short or any(x.start < m.start and s < x.end for x in mentions):
        return 0
    opens = s == 0 or not is_cjk(text[s - 1]) or any(x.end == s for x in mentions)
    return k if opens else 0


def short_name_mentions(text: str, start: int, end: int, sentence: int, known: MutableMapping[str, Mention]) -> Iterator[Mention]:
    """Later occurrences of the declared short names in ``text[start:end]``: candidates for the
    overlap policy (a longer name that contains one still wins)."""
    for short, partner in known.items():
        for hit in re.finditer(re.escape(short), text[start:end]):
            s = start + hit.start()
            yield Mention(short, partner.type, s, s + len(short), sentence, "short", partner.key, partner.alt)
