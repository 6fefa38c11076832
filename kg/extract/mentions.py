"""Mentions: spans of text that name a person, organization, place, work or product.

Sources, each a function from a sentence's text and tokens to candidate mentions:
gazetteer (one Aho-Corasick automaton, plus folded Latin names), Latin-script names, Chinese
names (transliterations joined with ·, jieba ``nr`` filtered by surname statistics, surname plus
context words, "名叫 X"), suffix grammars for organizations and places, jieba ``nt``/``ns``, and
pronouns. ``select_mentions`` is the one overlap policy: longest span first, then source priority.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from kg.model import Mention, Token
from kg.resources import Resources, fold, has_cjk

# Ties between spans of equal length go to the more reliable source.
SOURCE_PRIORITY = {
    "time": 0, "gazetteer": 0, "pair": 1, "translit": 1, "context": 2, "latin": 2,
    "suffix": 3, "name": 4, "pos": 5, "pronoun": 6,
}

_LATIN_WORD = r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ'’]*(?:[\-.][A-Za-z0-9À-ÖØ-öø-ɏ]+)*"
_LATIN_RUN = re.compile(rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,5}}")
_LATIN_TOKEN = re.compile(_LATIN_WORD)
_NAME_POS = {"nr", "nrfg", "nrt"}
_LEFT_POS = {"ns", "nr", "nrt", "nrfg", "nt", "nz", "n", "vn", "j", "eng", "an", "ng", "nl"}
_PLACE_POS = {"ns", "nt", "nz", "eng", "j"}
_NAME_LIKE_POS = {"ns", "nr", "nrt", "nrfg", "nt", "nz", "eng", "j"}
_SUFFIX_TOKEN_POS = {"ns", "nt", "nz", "n", "nr", "nrt", "j", "l", "vn"}
_STOP_LEFT = {"这", "那", "该", "本", "此", "各", "每", "某", "一家", "这家", "那家", "多家", "几家", "一所", "这所", "的"}


def _tokens_in(tokens: Sequence[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if t.start >= start and t.end <= end]


def gazetteer_mentions(text: str, start: int, end: int, sentence: int, tokens: Sequence[Token], res: Resources) -> Iterator[Mention]:
    gazetteer = res.gazetteer
    boundaries = {t.start for t in tokens} | {t.end for t in tokens}
    for s, e, entry_id in gazetteer.find_cjk(text[start:end]):
        s, e = s + start, e + start
        if e - s < 3 and not (s in boundaries and e in boundaries):
            continue  # a two-character name cut out of a longer word
        yield Mention(text[s:e], gazetteer.entries[entry_id].type, s, e, sentence, "gazetteer", key=entry_id)


def latin_mentions(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """Gazetteer names (folded) and person names inside runs of Latin-script words."""
    gazetteer, names = res.gazetteer, res.names
    latin = res.mention_patterns["latin"]
    not_names = set(latin["not_names"])
    followed_by = sorted(latin["followed_by"].items(), key=lambda kv: -len(kv[0]))
    for run in _LATIN_RUN.finditer(text, start, end):
        words = list(_LATIN_TOKEN.finditer(run.group()))
        offset = run.start()
        i = 0
        while i < len(words):
            # longest gazetteer match starting at word i
            for j in range(len(words), i, -1):
                s, e = offset + words[i].start(), offset + words[j - 1].end()
                entry_id = gazetteer.lookup(text[s:e])
                if entry_id:
                    yield Mention(text[s:e], gazetteer.entries[entry_id].type, s, e, sentence, "gazetteer", key=entry_id)
                    i = j
                    break
            else:
                j = i
                while j < len(words) and words[j].group()[0].isupper() and words[j].group() not in not_names:
                    j += 1
                if j == i:
                    i += 1
                    continue
                s, e = offset + words[i].start(), offset + words[j - 1].end()
                first = fold(words[i].group())
                after = text[e : e + 6].lstrip()
                subtype = next((t for w, t in followed_by if after.startswith(w)), "")
                before = text[max(start, s - 4) : s]
                is_person = first in names.latin_given or (
                    j - i >= 2 and any(before.endswith(w) for w in names.context_before)
                )
                if is_person and subtype in ("", "Product"):
                    yield Mention(text[s:e], "Person", s, e, sentence, "latin")
                elif subtype:
                    yield Mention(text[s:e], subtype, s, e, sentence, "latin")
                i = j


def transliterated_names(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """托马斯·沃尔夫: transliteration characters joined by a middle dot; "名叫 X" without one."""
    chars = "".join(sorted(res.names.translit_chars))
    cls = f"[{re.escape(chars)}]"
    dotted = re.compile(rf"{cls}{{1,6}}(?:[·•・‧]{cls}{{1,8}})+")
    for m in dotted.finditer(text, start, end):
        yield Mention(m.group(), "Person", m.start(), m.end(), sentence, "translit")
    naming = "|".join(map(re.escape, sorted(res.mention_patterns["naming"]["before"], key=len, reverse=True)))
    named = re.compile(rf"(?:{naming})\s?(?P<name>{cls}{{2,5}})(?![\u4e00-\u9fff])|(?:{naming})\s?(?P<short>{cls}{{2,4}})(?=[，,。的是])")
    for m in named.finditer(text, start, end):
        group = "name" if m.group("name") else "short"
        yield Mention(m.group(group), "Person", m.start(group), m.end(group), sentence, "translit")


def chinese_names(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """jieba's person tags, filtered by surname statistics, and surname + context words."""
    names = res.names
    for i, tok in enumerate(tokens):
        if tok.pos in _NAME_POS and 2 <= len(tok.text) <= 4 and tok.text not in names.not_names and has_cjk(tok.text):
            compound = tok.text[:2] in names.surnames and len(tok.text) > 2
            tier = names.surnames.get(tok.text[:2]) if compound else names.surnames.get(tok.text[0])
            given = tok.text[2:] if compound else tok.text[1:]
            plausible = any(c in names.given_chars for c in given)
            foreign = all(c in names.translit_chars for c in tok.text)
            after_place = i > 0 and tokens[i - 1].pos == "ns" and tokens[i - 1].end == tok.start
            if after_place and foreign:
                yield Mention(tok.text, "Place", tok.start, tok.end, sentence, "name")  # 加州圣莫尼卡: a place in a place
            elif tier and tier < 3 and plausible or foreign and tok.pos in ("nrt", "nrfg") and len(tok.text) >= 3:
                yield Mention(tok.text, "Person", tok.start, tok.end, sentence, "name")
            elif tier == 3 and _has_person_context(tokens, i, names):
                yield Mention(tok.text, "Person", tok.start, tok.end, sentence, "name")
        # a surname token followed by one or two given-name characters, in a person context
        if len(tok.text) == 1 and tok.text in names.surnames and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            given = nxt.text
            if 1 <= len(given) <= 2 and all(c in names.given_chars for c in given) and _has_person_context(tokens, i + 1, names):
                full = text[tok.start : nxt.end]
                if full not in names.not_names:
                    yield Mention(full, "Person", tok.start, nxt.end, sentence, "context")


def _has_person_context(tokens: Sequence[Token], i: int, names: Any) -> bool:
    prev = tokens[i - 1].text if i > 0 else ""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return prev in names.context_before or nxt in names.context_after


def suffix_mentions(text: str, tokens: Sequence[Token], sentence: int, res: Resources, places: set[int]) -> Iterator[Mention]:
    """Organizations and places by suffix, extended leftwards over name-like tokens.

    ``places`` holds start offsets of tokens already known to be places (gazetteer), which
    license the weak suffixes (部, 局, 队 …) that are common nouns on their own.
    """
    patterns = res.mention_patterns
    orgs: dict[str, str] = patterns["organization_suffixes"]
    place_sfx: dict[str, str] = patterns["place_suffixes"]
    weak = set(patterns["weak_organization_suffixes"])
    titles: dict[str, str] = patterns["title_to_suffix"]
    not_suffix = set(patterns["not_suffix_words"])
    stop_left = _STOP_LEFT | set(patterns["not_name_heads"])
    table = sorted([(s, t, "org") for s, t in orgs.items()] + [(s, t, "place") for s, t in place_sfx.items()], key=lambda x: -len(x[0]))
    for i, tok in enumerate(tokens):
        word = tok.text
        cut = 0  # characters to drop at the end (a title's 长)
        match = next(((s, t, k) for s, t, k in table if word.endswith(s)), None)
        title = next((w for w in titles if word.endswith(w)), None)
        if title:
            match, cut = (titles[title], orgs.get(titles[title], "GovernmentOrganization"), "org"), 1
        if not match:
            continue
        suffix, subtype, kind = match
        if word in not_suffix and not title:
            continue
        if len(word) > len(suffix) and tok.pos not in _SUFFIX_TOKEN_POS:
            continue  # 内部 (a direction), 上市 (a verb): the suffix is inside another word
        j = i
        while j > 0:
            left = tokens[j - 1]
            if left.pos not in _LEFT_POS or left.text in stop_left or not left.text.strip() or left.text in res.names.not_names:
                break
            if tokens[j].start - left.start + (tokens[i].end - tokens[j].start) > 20:
                break
            j -= 1
        s, e = tokens[j].start, tok.end - cut
        if e - s <= len(suffix):
            continue  # a bare suffix: 公司, 大学
        stem = tokens[j:i] if len(word) == len(suffix) or title else tokens[j : i + 1]
        if not any(t.pos in _NAME_LIKE_POS or t.start in places for t in stem):
            continue  # 初创公司, 这所大学: a common noun, not a name
        if suffix in weak or kind == "place":
            head = tokens[j]
            if not (head.pos in _PLACE_POS or head.start in places):
                continue
        yield Mention(text[s:e], subtype, s, e, sentence, "suffix")


def pos_mentions(tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    stop = set(res.mention_patterns["pos_not_entities"]) | set(res.mention_patterns["not_suffix_words"])
    suffixes = tuple(res.mention_patterns["organization_suffixes"])
    for tok in tokens:
        if len(tok.text) < 2 or not has_cjk(tok.text) or tok.text in res.names.not_names or tok.text in stop:
            continue
        if tok.pos == "nt" and any(tok.text == s or (tok.text.endswith(s) and len(tok.text) <= len(s) + 2 and s in ("学院", "大学")) for s in suffixes):
            continue  # 理工学院: a kind of school, not a name
        if tok.pos == "ns":
            yield Mention(tok.text, "Place", tok.start, tok.end, sentence, "pos")
        elif tok.pos == "nt":
            yield Mention(tok.text, "Organization", tok.start, tok.end, sentence, "pos")


def pronoun_mentions(tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    pronouns: dict[str, str] = res.mention_patterns["pronouns"]
    for tok in tokens:
        kind = pronouns.get(tok.text)
        if kind:
            subtype = "Organization" if kind == "speaker_group" else "Person"
            yield Mention(tok.text, subtype, tok.start, tok.end, sentence, "pronoun")


def select_mentions(candidates: Sequence[Mention]) -> list[Mention]:
    """The overlap policy: longest span first, ties to the more reliable source, then leftmost.

    One exception keeps known names whole: a POS or suffix span that starts with a gazetteer
    organization and adds a department (清华大学化学系) yields to the gazetteer name.

    >>> a = Mention("斯坦福大学", "EducationalOrganization", 0, 5, 0, "gazetteer")
    >>> b = Mention("斯坦福", "Organization", 0, 3, 0, "pos")
    >>> [m.text for m in select_mentions([b, a])]
    ['斯坦福大学']
    """
    known = [m for m in candidates if m.source == "gazetteer" and m.top == "Organization"]
    candidates = [
        m for m in candidates
        if m.source not in ("pos", "suffix") or not any(k.start == m.start and k.end < m.end for k in known)
    ]
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), SOURCE_PRIORITY[m.source], m.start))
    taken = bytearray()
    chosen = []
    for m in ordered:
        if len(taken) < m.end:
            taken.extend(b"\0" * (m.end - len(taken)))
        if any(taken[m.start : m.end]):
            continue
        taken[m.start : m.end] = b"\1" * (m.end - m.start)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


_PAIR = re.compile(r"\s*[（(]\s*([^()（）]{1,60}?)\s*[)）]")


def link_pairs(text: str, mentions: Sequence[Mention], res: Resources) -> list[Mention]:
    """``托马斯·沃尔夫 (Thomas Wolf)``: the two forms become partners (``alt``) of one name.

    The form in parentheses becomes a mention of the same type when no source found it.
    """
    by_start = {m.start: m for m in mentions}
    out = {(m.start, m.end): m for m in mentions}
    for m in mentions:
        if m.source in ("pronoun", "time"):
            continue
        pair = _PAIR.match(text, m.end)
        if not pair:
            continue
        inner = pair.group(1)
        s, e = pair.start(1), pair.end(1)
        if has_cjk(inner) == has_cjk(m.text):
            continue  # not a translation: same script
        partner = by_start.get(s)
        if partner is None:
            if any(x.start < e and s < x.end for x in mentions):
                continue
            if not has_cjk(inner) and not inner[:1].isupper():
                continue
            key = m.key or (res.gazetteer.lookup(inner) or "")
            partner = Mention(inner, m.type, s, e, m.sentence, "pair", key=key)
        out[(m.start, m.end)] = Mention(m.text, m.type, m.start, m.end, m.sentence, m.source, m.key or partner.key, partner.text)
        out[(partner.start, partner.end)] = Mention(
            partner.text, m.type if partner.source == "pair" or partner.top == m.top else partner.type,
            partner.start, partner.end, partner.sentence, partner.source, partner.key or m.key, m.text,
        )
    return sorted(out.values(), key=lambda x: x.start)
