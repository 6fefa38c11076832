"""Mentions: spans of text that name a person, organization, place, work or product.

Sources, each a function from a sentence's text and tokens to candidate mentions:
gazetteer (one Aho-Corasick automaton, plus folded Latin names), Latin-script names, book and
film titles in 《》 (works, which also keep their words from being read as names), Chinese names
(surname and given-name character statistics scored with word boundaries and context words),
transliterated foreign names (with or without a middle dot), sports teams and leagues, suffix
grammars for organizations and places, addresses (adjacent place words merged into one place),
jieba ``nt``/``ns``, and pronouns. ``select_mentions`` is the one overlap policy: longest span
first, then source priority.

A place that modifies a name is part of it, not a place of its own: 某市规划和自然资源局 (the
suffix grammar crosses 和/及 between common nouns, and verbs when 省/市 or a place heads the
name), 伦敦 + a known company, a known company + 中国 (``_placed_companies``), a body of its own
inside a known organization (某某人大 + 财经委员会, ``sub_organizations``). Person candidates are
refused by grammar, not by lists of strings: a last character that ends buildings, prizes and
bodies (宫, 寺, 奖, 委), an aspect particle after (修正了), a digit before (5连胜), a word after
that makes a prize or a place head (最佳导演, 岛上).

The grammars are data (``data/patterns/mentions.toml``, ``data/names/``); they are compiled once
per ``Resources`` object and cached (``_grammar``), never per sentence.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.model import Mention, Token
from kg.resources import Resources, fold, has_cjk

# Ties between spans of equal length go to the more reliable source.
SOURCE_PRIORITY = {
    "team": 0, "title": 0, "time": 1, "gazetteer": 1, "pair": 2, "translit": 2, "context": 3, "latin": 3,
    "suffix": 4, "branch": 4, "completed": 1, "address": 4, "name": 5, "pos": 6, "pronoun": 7,
}

_LATIN_WORD = r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ'’]*(?:[\-.][A-Za-z0-9À-ÖØ-öø-ɏ]+)*"
_LATIN_RUN = re.compile(rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,5}}")
_LATIN_TOKEN = re.compile(_LATIN_WORD)
_COPULA = re.compile(r"(?:是|为|叫|：|:)\s*$")
_TITLE = re.compile(r"《([^《》\n]{1,40})》")
_NAME_POS = {"nr", "nrfg", "nrt"}
_LEFT_POS = {"ns", "nr", "nrt", "nrfg", "nt", "nz", "n", "vn", "j", "eng", "an", "ng", "nl", "l"}
_PLACE_POS = {"ns", "nt", "nz", "eng", "j"}
_NAME_LIKE_POS = {"ns", "nr", "nrt", "nrfg", "nt", "nz", "eng", "j"}
_SUFFIX_TOKEN_POS = {"ns", "nt", "nz", "n", "nr", "nrt", "j", "l", "vn", "ng"}
_STOP_LEFT = {"这", "那", "该", "本", "此", "各", "每", "某", "一家", "这家", "那家", "多家", "几家", "一所", "这所", "的"}
_PLACE_TYPES = {"Place", "Country", "City", "Region"}
# 省/市/县 alone before an organization's name stand for "the province's", "the city's": 市教育局.
_ADMIN_CHARS = {"省", "市", "县", "区", "州"}


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


@dataclass(frozen=True)
class _Grammar:
    """Everything compiled from the pattern files, built once per ``Resources``."""

    dotted: re.Pattern[str]
    named: re.Pattern[str]
    translit: frozenset[str]
    suffix_table: tuple[tuple[str, str, str], ...]  # (suffix, subtype, org|place), longest first
    suffix_index: dict[str, tuple[str, str, str]]  # the same, by suffix, for lookups by word tail
    suffix_lengths: tuple[int, ...]  # the suffix lengths present, longest first
    suffix_tails: frozenset[str]  # proper tails of the suffixes (中心 of 卡中心), to join words by
    weak: frozenset[str]
    titles: dict[str, str]
    title_ends: frozenset[str]  # last characters of the titles, to skip most words at once
    not_suffix: frozenset[str]
    stop_left: frozenset[str]
    pos_stop: frozenset[str]
    name_stop: frozenset[str]  # characters that end (or never belong to) a Chinese name
    not_person: frozenset[str]
    not_final: frozenset[str]  # characters that end the names of buildings, prizes, events
    name_final: frozenset[str]  # function characters that also end given names (吴冠中, 某春和)
    not_person_before: frozenset[str]  # words after a name that make it a prize or a place
    sports: re.Pattern[str]
    player_before: frozenset[str]
    player_after: frozenset[str]
    league: re.Pattern[str]
    versus: re.Pattern[str]
    team_suffix: re.Pattern[str]
    locative: frozenset[str]
    place_tail: tuple[str, ...]
    admin_tail: tuple[str, ...]
    address_tail: tuple[str, ...]
    number_unit: re.Pattern[str]
    directions: frozenset[str]
    place_words: frozenset[str]
    departments: frozenset[str]
    team_before: frozenset[str]
    team_after: frozenset[str]
    not_team: frozenset[str]
    glued: frozenset[str]
    org_suffixes: tuple[str, ...]
    branches: frozenset[str]
    sub_organizations: frozenset[str]
    body_suffixes: frozenset[str]
    strong_place: frozenset[str]
    media_suffixes: tuple[str, ...]
    competition_suffixes: tuple[str, ...]
    latin_not_names: frozenset[str]
    latin_followed_by: tuple[tuple[str, str], ...]


_GRAMMARS: weakref.WeakKeyDictionary[Resources, _Grammar] = weakref.WeakKeyDictionary()


def _grammar(res: Resources) -> _Grammar:
    cached = _GRAMMARS.get(res)
    if cached is None:
        cached = _GRAMMARS[res] = _build_grammar(res)
    return cached


def _alternation(words: Sequence[str]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def _build_grammar(res: Resources) -> _Grammar:
    p = res.mention_patterns
    chars = "".join(sorted(res.names.translit_chars))
    cls = f"[{re.escape(chars)}]"
    naming = _alternation(p["naming"]["before"])
    orgs: dict[str, str] = p["organization_suffixes"]
    places: dict[str, str] = p["place_suffixes"]
    table = sorted([(s, t, "org") for s, t in orgs.items()] + [(s, t, "place") for s, t in places.items()], key=lambda x: -len(x[0]))
    sports = p["sports"]
    address = p["address"]
    return _Grammar(
        dotted=re.compile(rf"{cls}{{1,6}}(?:[·•・‧]{cls}{{1,8}})+|{cls}{{2,6}}-{cls}{{2,8}}"),
        named=re.compile(rf"(?:{naming})\s?(?P<name>{cls}{{2,5}})(?![\u4e00-\u9fff])|(?:{naming})\s?(?P<short>{cls}{{2,4}})(?=[，,。的是])"),
        translit=res.names.translit_chars,
        suffix_table=tuple(table),
        suffix_index={entry[0]: entry for entry in reversed(table)},
        suffix_lengths=tuple(sorted({len(x) for x, _, _ in table}, reverse=True)),
        suffix_tails=frozenset(x[k:] for x, _, _ in table for k in range(1, len(x))),
        weak=frozenset(p["weak_organization_suffixes"]),
        titles=dict(p["title_to_suffix"]),
        title_ends=frozenset(t[-1] for t in p["title_to_suffix"]),
        not_suffix=frozenset(p["not_suffix_words"]),
        stop_left=frozenset(_STOP_LEFT | set(p["not_name_heads"])),
        pos_stop=frozenset(p["pos_not_entities"]) | frozenset(p["not_suffix_words"]),
        name_stop=frozenset(p["names"]["boundary_chars"]),
        not_person=frozenset(p["names"]["not_person"]),
        not_final=frozenset(p["names"]["not_final_chars"]),
        name_final=frozenset(p["names"]["final_function_chars"]),
        not_person_before=frozenset(p["names"]["not_person_before"]),
        sports=re.compile("|".join([_alternation(sports["cues"]), *sports["cue_patterns"]]), re.I),
        player_before=frozenset(sports["player_before"]),
        player_after=frozenset(sports["player_after"]),
        league=re.compile(rf"[{sports['league_places']}][{sports['league_tiers']}](?!联赛)"),
        versus=re.compile(r"\s*(?:vs|VS|Vs|v\.s\.|对阵|PK|pk)\s*"),
        team_suffix=re.compile(_alternation(sports["team_suffixes"])),
        locative=frozenset(address["locative"]),
        place_tail=tuple(sorted(address["place_tail"], key=len, reverse=True)),
        admin_tail=tuple(sorted(address["administrative_tail"], key=len, reverse=True)),
        address_tail=tuple(sorted(address["street_tail"], key=len, reverse=True)),
        number_unit=re.compile(address["number_unit"]),
        directions=frozenset(address["directions"]),
        departments=frozenset(p["departments"]),
        team_before=frozenset(sports["team_before"]),
        team_after=frozenset(sports["team_after"]),
        not_team=frozenset(sports["not_team"]),
        glued=frozenset(p["glued_prepositions"]),
        org_suffixes=tuple(x for x in orgs if len(x) >= 2),
        branches=frozenset(p["branches"]),
        sub_organizations=frozenset(p["sub_organizations"]),
        body_suffixes=frozenset(p["government_body_suffixes"]),
        strong_place=frozenset(address["strong_place_suffixes"]),
        media_suffixes=tuple(p["media_suffixes"]),
        competition_suffixes=tuple(sports["competition_suffixes"]),
        latin_not_names=frozenset(p["latin"]["not_names"]),
        latin_followed_by=tuple(sorted(p["latin"]["followed_by"].items(), key=lambda kv: -len(kv[0]))),
        place_words=frozenset(address["place_tail"]) | frozenset(address["street_tail"]) | frozenset(address["after_name"]),
    )


def is_sports(text: str, start: int, end: int, res: Resources) -> bool:
    """Whether a sentence talks about matches (teams are then named by city or club name)."""
    return _grammar(res).sports.search(text, start, end) is not None


def gazetteer_mentions(text: str, start: int, end: int, sentence: int, tokens: Sequence[Token], res: Resources) -> Iterator[Mention]:
    gazetteer = res.gazetteer
    boundaries = {t.start for t in tokens} | {t.end for t in tokens}
    for s, e, entry_id in gazetteer.find_cjk(text[start:end]):
        s, e = s + start, e + start
        demonym = text[e : e + 1] == "人" and s in boundaries and e + 1 in boundaries  # 巴西人, 济南人
        if e - s < 3 and not (s in boundaries and e in boundaries) and not demonym:
            continue  # a two-character name cut out of a longer word
        yield Mention(text[s:e], gazetteer.entries[entry_id].type, s, e, sentence, "gazetteer", key=entry_id)


def title_works(text: str, start: int, end: int, sentence: int) -> Iterator[Mention]:
    """《书名》: the title of a book, film, game or law is a work, never a person or a place.

    >>> [(m.text, m.type) for m in title_works("他读过《长河往事》。", 0, 10, 0)]
    [('长河往事', 'Work')]
    """
    for m in _TITLE.finditer(text, start, end):
        if m.group(1).strip():
            yield Mention(m.group(1), "Work", m.start(1), m.end(1), sentence, "title")


def latin_mentions(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """Gazetteer names (folded) and person names inside runs of Latin-script words."""
    gazetteer, names = res.gazetteer, res.names
    g = _grammar(res)
    not_names, followed_by = g.latin_not_names, g.latin_followed_by
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
                    # a lower-case or acronym word typed by what follows it (abc365公司, XYZ旗下)
                    s, e = offset + words[i].start(), offset + words[i].end()
                    after = text[e : e + 4].lstrip("”\" ")
                    subtype = next((t for w, t in followed_by if after.startswith(w)), "")
                    if subtype and subtype not in ("Product", "Work", "Software", "Publication") and words[i].group() not in not_names:
                        yield Mention(text[s:e], subtype, s, e, sentence, "latin")
                    i += 1
                    continue
                s, e = offset + words[i].start(), offset + words[j - 1].end()
                first = fold(words[i].group())
                after = text[e : e + 6].lstrip("”\" ")
                subtype = next((t for w, t in followed_by if after.startswith(w)), "")
                # a title right before the name, or a title and a copula: 创始人是 Larry Page
                before = _COPULA.sub("", text[max(start, s - 10) : s].rstrip())
                is_person = first in names.latin_given or (
                    j - i >= 2 and any(before.endswith(w) for w in names.context_before)
                )
                if is_person and subtype in ("", "Product"):
                    yield Mention(text[s:e], "Person", s, e, sentence, "latin")
                elif subtype:
                    yield Mention(text[s:e], subtype, s, e, sentence, "latin")
                i = j


_NOT_NAME_POS = {"v", "vn", "vd", "d", "p", "c", "uj", "ul", "uz", "r", "m", "a", "ad", "f", "t"}


def transliterated_names(
    text: str, start: int, end: int, sentence: int, res: Resources, tokens: Sequence[Token] = ()
) -> Iterator[Mention]:
    """玛丽·居里, 安德烈-舍甫琴科: transliteration characters joined by a middle dot or a hyphen;
    "名叫 X" without one."""
    g = _grammar(res)
    for m in g.dotted.finditer(text, start, end):
        s, e = m.start(), m.end()
        # the last part ends with the last name-like word (舍甫琴科 / 破门: not the verb after it)
        inside = [t for t in tokens if s < t.end <= e and t.start >= s]
        while inside and inside[-1].start > s and (
            len(inside[-1].text) > 1 and inside[-1].pos in _NOT_NAME_POS or inside[-1].text in g.name_stop
        ):
            e = inside.pop().start
        if re.search(r"[·•・‧-][^·•・‧-]{1,}$", text[s:e]):
            yield Mention(text[s:e], "Person", s, e, sentence, "translit")
    for m in g.named.finditer(text, start, end):
        group = "name" if m.group("name") else "short"
        yield Mention(m.group(group), "Person", m.start(group), m.end(group), sentence, "translit")


_TIER_SCORE = {1: 1.0, 2: 0.5, 3: -0.5}
_NAME_THRESHOLD = 3.5


def chinese_names(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """Chinese personal names: a surname and one or two given-name characters, scored.

    Evidence: how common the surname is (its tier), whether each given character is a usual
    given-name character, whether the span starts and ends at word boundaries (jieba's, or a
    function character such as 的/在/说), jieba's own person tag, and context words before (记者,
    经理, 教授 …) or after (表示, 先生, 说 …). Overlapping candidates keep the best score.

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "店经理周卫东指着桌椅说"
    >>> [m.text for m in chinese_names(t, r.segmenter.tokens(t), 0, r)]
    ['周卫东']
    """
    if not tokens:
        return
    names = res.names
    s0, e0 = tokens[0].start, tokens[-1].end
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    by_span = {(t.start, t.end): t for t in tokens}
    ending_at = {t.end: t for t in tokens}
    starting_at = {t.start: t for t in tokens}
    token_at = {k: t for t in tokens for k in range(t.start, t.end)}
    found: list[tuple[float, int, int]] = []
    for p in range(s0, e0 - 1):
        for sl in (2, 1):
            tier = names.surnames.get(text[p : p + sl])
            if not tier or (sl == 2 and p + 2 >= e0):
                continue
            for gl in (1, 2):
                e = p + sl + gl
                if e > e0:
                    break
                if not all(_is_cjk(c) for c in text[p:e]):
                    break
                score = _name_score(text, p, e, sl, tier, s0, e0, starts, ends, by_span, ending_at, starting_at, res, token_at)
                if score >= _NAME_THRESHOLD:
                    found.append((score, p, e))
    found.sort(key=lambda c: (-c[0], c[1] - c[2]))
    taken: set[int] = set()
    for _, s, e in found:
        if taken.isdisjoint(range(s, e)):
            taken.update(range(s, e))
            yield Mention(text[s:e], "Person", s, e, sentence, "name")


def _name_score(
    text: str, p: int, e: int, sl: int, tier: int, s0: int, e0: int, starts: set[int], ends: set[int],
    by_span: dict[tuple[int, int], Token], ending_at: dict[int, Token], starting_at: dict[int, Token], res: Resources,
    token_at: dict[int, Token],
) -> float:
    """The evidence that text[p:e] (a surname of sl characters, then the given name) is a name."""
    g = _grammar(res)
    names = res.names
    span, given = text[p:e], text[p + sl : e]
    if span in names.not_names or span in g.not_person or given in names.context_after or text[p + sl : p + sl + 2] in names.context_after:
        return -9.0  # an ordinary word, or 王先生 / 姚总 / 姚先(生) (a surname and a form of address)
    if text[p] in g.name_stop and tier >= 3:
        return -9.0  # 和, 于 …: a function character before a word, not a rare surname
    after_tok = starting_at.get(e)
    if after_tok is not None and (_names_a_thing(after_tok.text, g) or after_tok.text in g.not_person_before):
        return -9.0  # 丰源中心, 白鹭村: the head of a place or organization name
    if text[e - 1] in g.not_final or text[e : e + 1] in _ASPECT:
        return -9.0  # 某浮宫 (a building), 修正了 (a verb)
    if text[e : e + 1] in _CONJUNCTIONS and text[e + 1 : e + 2] in _AFTER_NAME:
        return -9.0  # 周立 / 和的: no conjunction comes before 的, the name goes on (周立和)
    if "0" <= text[p - 1 : p] <= "9" and not (by_span.get((p, e)) is not None and by_span[(p, e)].pos == "nrfg"):
        return -9.0  # 5连胜: a count (jieba's tag for well-known people aside)
    score = _TIER_SCORE.get(tier, -0.5) + (1.0 if sl == 2 else 0.0)
    doubled = len(given) == 2 and given[0] == given[1]  # 婷婷, 丹丹: a doubled character is a given name
    whole = by_span.get((p, e))
    tagged = whole is not None and whole.pos in _NAME_POS and len(given) == 2
    for k, c in enumerate(given):
        if c in g.name_stop and not (k == 1 and c in g.name_final and (tagged or c in _CONJUNCTIONS and text[e : e + 1] in _AFTER_NAME)):
            score -= 3.0
        else:
            # 吴冠中/nr: jieba's tag of the whole; 某春和的: a conjunction never comes before 的
            score += 1.0 if c in names.given_chars or doubled or c in g.name_final else -1.0
    # a function character glued to the name by the segmenter (刘涛已/nr) still marks its edge,
    # but not one inside an ordinary word (过程 遇到 is no 程遇)
    left = p in starts or p == s0 or not _is_cjk(text[p - 1]) or text[p - 1] in g.name_stop and _tagged_name(token_at, p)
    right = e in ends or e >= e0 or not _is_cjk(text[e]) or text[e] in g.name_stop and _tagged_name(token_at, e - 1)
    score += 0.5 if left else -1.5
    score += 0.5 if right else -1.5
    tok = by_span.get((p, e))
    if tok is not None:
        score += 2.0 if tok.pos in _NAME_POS else -1.0
    else:
        glued = token_at.get(p)  # 王毅于/nr: jieba's person tag with a function character glued on
        if glued is not None and glued.pos in _NAME_POS and glued.start <= p and glued.end >= e:
            rest = text[glued.start : p] + text[e : glued.end]
            if rest and all(c in g.name_stop for c in rest):
                score += 2.0
    given_tok = by_span.get((p + sl, e))
    if given_tok is not None and len(given) == 2 and given_tok.pos in _WORD_POS:
        score -= 1.5  # 段高潮, 高水准: a surname character before an ordinary word
    if given_tok is not None and len(given) == 1 and given_tok.pos not in _NAME_POS and given not in g.name_stop and given in names.given_chars:
        score += 1.0  # 周卫 / 东: the segmenter split the last given-name character off
    if len(given) == 1 and after_tok is not None and len(after_tok.text) == 1 and after_tok.text in names.given_chars and after_tok.text not in g.name_stop:
        score -= 1.0  # the name probably goes on (周卫 / 东)
    before = ending_at.get(p)
    if before is not None and before.text in names.context_before:
        score += 2.5
    if after_tok is not None and after_tok.text in names.context_after:
        score += 2.5
    return score


_ASPECT = frozenset({"了", "着"})
_AFTER_NAME = frozenset("的，。、；：！？,.;:!?")


def _tagged_name(token_at: dict[int, Token], k: int) -> bool:
    tok = token_at.get(k)
    return tok is not None and (tok.pos in _NAME_POS or tok.pos == "x")


_WORD_POS = {"n", "d", "vn", "an", "i", "l", "ad", "t", "s", "f"}


def _suffix_of(word: str, g: _Grammar, min_length: int = 1, kind: str = "") -> tuple[str, str, str] | None:
    """The longest suffix of the grammar that ends word (a dictionary lookup per length)."""
    for length in g.suffix_lengths:
        if length < min_length:
            break
        if length <= len(word):
            entry = g.suffix_index.get(word[-length:])
            if entry is not None and (not kind or entry[2] == kind):
                return entry
    return None


def _names_a_thing(word: str, g: _Grammar) -> bool:
    """A word that ends the name of an organization or a place (中心, 村, 美术馆, 公司)."""
    if word in g.not_suffix:
        return False
    return _suffix_of(word, g, min_length=2) is not None or word in g.place_words


def _person_cue(tokens: Sequence[Token], i: int, j: int, res: Resources) -> bool:
    """Is the run tokens[i:j] introduced or followed by a word that only goes with people?"""
    g = _grammar(res)
    names = res.names
    before = tokens[i - 1].text if i > 0 else ""
    after = tokens[j].text if j < len(tokens) else ""
    return before in names.context_before or before in g.player_before or after in names.context_after or after in g.player_after


def _foreign_run(tok: Token, g: _Grammar) -> bool:
    if tok.pos in ("v", "q", "d", "p", "m") and len(tok.text) > 1:
        return False  # 提高, 不断: ordinary words written with transliteration characters
    return tok.pos in _FOREIGN_POS and all(c in g.translit for c in tok.text)


_FOREIGN_POS = {"nr", "nrt", "nrfg", "ns", "nz", "n", "j", "v", "l", "q", "d", "p", "m"}


def foreign_names(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """Transliterated names without a dot (斯皮尔伯格, 舍甫琴科): runs of transliteration tokens.

    In a sentence about matches, a run that no person word introduces is a team (里昂 主场 …);
    otherwise a run jieba tags as a person is a person, and one it tags as a place is a place.
    """
    g = _grammar(res)
    names = res.names
    if not tokens:
        return
    sports = is_sports(text, tokens[0].start, tokens[-1].end, res)
    i = 0
    while i < len(tokens):
        if not _foreign_run(tokens[i], g):
            i += 1
            continue
        j = i
        while j < len(tokens) and _foreign_run(tokens[j], g) and j - i < 4 and (j == i or tokens[j].text != tokens[j - 1].text):
            j += 1
        run = tokens[i:j]
        s, e = run[0].start, run[-1].end
        word = text[s:e]
        tags = {t.pos for t in run}
        named = bool(tags & (_NAME_POS | {"ns"}))
        chinese = (
            len(word) <= 3 and names.surnames.get(word[0], 9) <= 2 and "nrt" not in tags
            and all(c in names.given_chars for c in word[1:])
        )
        i = j
        if word in names.not_names or word in g.pos_stop or chinese:
            continue
        if j < len(tokens) and (_names_a_thing(tokens[j].text, g) or tokens[j].text in g.not_person_before):
            continue  # 卡尔森中心, 莫里斯美术馆: the head of a longer name; 某某最佳导演: a prize
        if len(word) < 2 or (len(word) == 2 and not (tags & {"nrt", "nr"}) and not sports):
            continue
        if not named and len(word) < 4:
            continue
        person = _person_cue(tokens, i - len(run), j, res)
        start_index = i - len(run)
        if sports and "ns" in tags and start_index > 0 and tokens[start_index - 1].text in g.locative:
            continue  # 到希腊打客场: the country, not its team (the gazetteer has the place)
        if start_index > 0 and tokens[start_index - 1].pos == "ns" and tokens[start_index - 1].end == s and not sports:
            yield Mention(word, "Place", s, e, sentence, "pos")  # 加州圣莫尼卡: a place in a place
        elif sports and not person and len(word) >= 2:
            yield Mention(word, "Organization", s, e, sentence, "team")
        elif person or tags & {"nrt", "nrfg"} or ("nr" in tags and len(word) >= 3):
            yield Mention(word, "Person", s, e, sentence, "translit")
        elif "ns" in tags and len(word) >= 3:
            yield Mention(word, "Place", s, e, sentence, "pos")


_LATIN_PREFIX = re.compile(r"[A-Za-z]+$")


def team_mentions(
    text: str, tokens: Sequence[Token], sentence: int, res: Resources, gazetteer: Sequence[Mention]
) -> Iterator[Mention]:
    """Sports teams and leagues: 法甲/德甲, X联赛/X杯, "X vs Y", X队, and cities that play.

    In a sentence about matches a city (里昂, 马赛) names its club unless a locative word
    (在, 来自, 前往 …) makes it the place. Latin letters written right before a team's Chinese
    name belong to it (AC米兰, FC东京; after a "vs" glued to them too).
    """
    for m in _team_candidates(text, tokens, sentence, res, gazetteer):
        run = _LATIN_PREFIX.search(text, max(0, m.start - 8), m.start) if has_cjk(m.text[:1]) else None
        letters = run.group() if run else ""
        if letters[:2].lower() == "vs":
            letters = letters[2:]
        if 1 <= len(letters) <= 4:
            s = m.start - len(letters)
            m = Mention(text[s : m.end], m.type, s, m.end, sentence, m.source)
        yield m


def _team_candidates(
    text: str, tokens: Sequence[Token], sentence: int, res: Resources, gazetteer: Sequence[Mention]
) -> Iterator[Mention]:
    if not tokens:
        return
    g = _grammar(res)
    s0, e0 = tokens[0].start, tokens[-1].end
    sports = is_sports(text, s0, e0, res)
    starts = {t.start for t in tokens}
    ending_at = {t.end: t for t in tokens}
    for league in g.league.finditer(text, s0, e0):
        s, e = league.start(), league.end()
        if s in starts and (e in starts or e == e0 or not _is_cjk(text[e]) or sports):
            yield Mention(league.group(), "Organization", s, e, sentence, "team")
    for i, tok in enumerate(tokens):
        suffix = g.team_suffix.fullmatch(tok.text)
        if suffix and i > 0:
            head = tokens[i - 1]
            if g.league.fullmatch(head.text):
                continue  # 法甲联赛 is 法甲
            if head.pos in _NAME_LIKE_POS or head.start in {x.start for x in gazetteer if x.type in _PLACE_TYPES} or len(head.text) >= 2 and all(c in g.translit for c in head.text):
                j = i - 1
                if j > 0 and tokens[j - 1].pos in ("ns", "nrt") and tokens[j - 1].end == head.start:
                    j -= 1
                yield Mention(text[tokens[j].start : tok.end], "Organization", tokens[j].start, tok.end, sentence, "team")
    if not sports:
        return
    for m in gazetteer:
        if m.type not in ("City", "Region", "Place"):
            continue
        preceding = ending_at.get(m.start)
        following = text[m.end : m.end + 2]
        if (preceding is not None and preceding.text in g.locative) or following[:1] in ("市", "州", "省") or following in ("赛区", "地区"):
            continue
        yield Mention(m.text, "Organization", m.start, m.end, sentence, "team")
    for k, tok in enumerate(tokens):
        # 雷恩主场, 击败朗斯: a short name in the slot of a team
        if not (2 <= len(tok.text) <= 5 and tok.pos in _TEAM_POS and has_cjk(tok.text)):
            continue
        if tok.text in g.pos_stop or tok.text in g.not_team or tok.text in res.names.not_names:
            continue
        left = tokens[k - 1].text if k > 0 else ""
        right = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if tok.text in g.team_before or tok.text in g.team_after or g.sports.fullmatch(tok.text):
            continue
        if left in g.locative or tok.pos in ("n", "v") and not all(c in g.translit for c in tok.text):
            continue  # 在葡萄牙赢球: the country; 战平次数: a common noun
        if left in g.team_before or right in g.team_after and tok.pos != "n":
            yield Mention(tok.text, "Organization", tok.start, tok.end, sentence, "team")
    for v in g.versus.finditer(text, s0, e0):
        for side in (_side(text, tokens, v.start(), -1, g), _side(text, tokens, v.end(), 1, g)):
            if side:
                yield Mention(text[side[0] : side[1]], "Organization", side[0], side[1], sentence, "team")


_TEAM_POS = {"nr", "nrt", "ns", "nz", "j", "n", "v", "nt"}


def _side(text: str, tokens: Sequence[Token], at: int, step: int, g: _Grammar) -> tuple[int, int] | None:
    """The team name right before (step -1) or after (step 1) a "vs": up to two name-like tokens."""
    picked: list[Token] = []
    ordered = [t for t in tokens if (t.end <= at if step < 0 else t.start >= at)]
    if step < 0:
        ordered.reverse()
    for t in ordered:
        if (t.start != at if step > 0 else t.end != at) and not picked:
            return None
        if t.pos in ("x", "m", "uj", "p", "c", "d", "r", "v", "a") and not all(c in g.translit for c in t.text):
            break
        if t.text in g.pos_stop or picked and t.text == picked[-1].text:
            break  # 凯尔特人 凯尔特人: a name said twice is one team
        picked.append(t)
        if len(picked) == 2 or sum(len(x.text) for x in picked) >= 5:
            break
    if not picked:
        return None
    s, e = min(t.start for t in picked), max(t.end for t in picked)
    return (s, e) if e - s >= 2 else None


def suffix_mentions(
    text: str, tokens: Sequence[Token], sentence: int, res: Resources, places: set[int], orgs: frozenset[int] = frozenset()
) -> Iterator[Mention]:
    """Organizations and places by suffix, extended leftwards over name-like tokens.

    ``places`` holds start offsets of tokens already known to be places (gazetteer), which
    license the weak suffixes (部, 局, 队 …) that are common nouns on their own. Leftwards, the
    name stops at a place and the places right before it (南京市鼓楼区教育局), never crossing a
    place into the common nouns before it (主管部门鼓楼区教育局 → 鼓楼区教育局), except into the
    organization it belongs to (某某银行江苏省分行). ``orgs`` holds start offsets of known organizations.
    """
    g = _grammar(res)
    org_types: dict[str, str] = res.mention_patterns["organization_suffixes"]
    tokens = _joined_suffixes(tokens, g)
    for i, tok in enumerate(tokens):
        word = tok.text
        cut = 0  # characters to drop at the end (a title's 长)
        match = _suffix_of(word, g)
        title = next((w for w in g.titles if word.endswith(w)), None) if word[-1:] in g.title_ends else None
        if title and word[: -len(title)] in _TITLE_PREFIXES and i > 0 and tokens[i - 1].text.endswith(g.titles[title]):
            continue  # 建设部 / 部长, 委员会 / 副会长: the organization is the word before, found on its own
        if title:
            match, cut = (g.titles[title], org_types.get(g.titles[title], "GovernmentOrganization"), "org"), 1
            found = _suffix_of(word[: -len(title)], g, kind="org")
            inner = found[0] if found else None
            if inner:  # 中学校长 → 中学: the title follows a whole suffix
                match, cut = (inner, org_types[inner], "org"), len(title)
        if not match:
            continue
        suffix, subtype, kind = match
        if (word in g.not_suffix or word in g.pos_stop) and not title:
            if len(word) > len(suffix):
                continue
            # 创业社区, 社区银行: common nouns before a common noun; 上海经贸学院: a name before them
            if not _named_before(tokens, i, places, orgs, g):
                continue
        if len(suffix) == 1 and len(word) > 1 and tok.pos in _NAME_POS and suffix not in g.not_final:
            continue  # 王路, 李村: a person's name that ends in a suffix character (卫健委/nr is none)
        if len(word) > len(suffix) and tok.pos not in _SUFFIX_TOKEN_POS:
            continue  # 内部 (a direction), 上市 (a verb), 举办: the suffix is inside another word
        if i > 0 and suffix in g.departments and tokens[i - 1].text.endswith(g.org_suffixes):
            continue  # 公司公关部, 分行营业部: a department, the organization is the name
        j = i
        seen_place = False
        while j > 0:
            left = tokens[j - 1]
            if kind == "org" and not seen_place and _joins_nouns(tokens, j, places, orgs, g):
                j -= 1  # 住房和城乡建设部, 房地产及住宅研究会: two nouns joined inside one name
                continue
            is_place = left.pos == "ns" or left.start in places or left.text in _ADMIN_CHARS or _admin_word(left, g)
            # 恒丰银行 / 苏州 / 分行, 招行 / 广州 / 分行: a branch belongs to the organization before it
            parent = kind == "org" and (left.text.endswith(g.org_suffixes) or suffix in g.branches and left.start in orgs)
            if seen_place and not (is_place or parent or kind == "org" and (left.pos == "nt" or left.start in orgs)):
                break
            if kind == "place" and len(word) > len(suffix) and tok.pos == "ns" and not is_place:
                break  # 杭州 is whole: 晚报网杭州 is no place name
            ordinal = left.pos == "m" and left.text.startswith("第") and kind == "org"  # 第二中学, 第一医院
            known = parent and left.start in orgs  # a known name, whatever jieba tags it
            if (left.pos not in _LEFT_POS and left.pos not in ("a", "b") and not ordinal and not known) or left.text in g.stop_left or not left.text.strip():
                through = kind == "org" and len(suffix) >= 2 and suffix not in g.weak and not seen_place
                start_at = _place_through_verbs(tokens, j, places, g) if through else None
                if start_at is not None:
                    j = start_at  # 省 / 收藏 / 文化 / 研究会: a place or 省/市 heads the name, verbs inside
                break
            if tokens[j].start - left.start + (tokens[i].end - tokens[j].start) > 20:
                break
            seen_place = (seen_place or is_place) and not parent
            j -= 1
        # a name starts with a name, never with an adjective or an ordinary word
        while j < i and (
            tokens[j].pos in ("a", "b", "an", "vn") or tokens[j].text in res.names.not_names or tokens[j].text in g.pos_stop
            or len(tokens[j].text) == 1 and (tokens[j].text in g.glued or tokens[j].text in g.name_stop)
        ):
            j += 1
        s, e = tokens[j].start, tok.end - cut
        if len(tokens[j].text) > 2 and text[s] in g.glued and j < i and tokens[j].pos not in ("nt", "ns") and s not in orgs:
            s += 1  # 由林达 / 集团: a preposition the segmenter glued to the name
        if e - s <= len(suffix):
            continue  # a bare suffix: 公司, 大学
        last_two = text[tokens[i - 1].start : e] if i > 0 and word == suffix else ""
        if text[s:e] in g.not_suffix or last_two in g.not_suffix or kind == "place" and len(suffix) == 1 and text[e - 2 : e] in g.not_suffix:
            continue  # 国家 / 公园, 某区 有关 / 部门, 铺平道路: a common noun in two words, or ending in one
        if _counted(text[s:e]):
            continue  # 五市, 四大景区: a count of things, not a name
        # 卫健委, 文旅局 (abbreviations), 统计局, 侨办 (one word naming a government body; not 大格局)
        abbreviation = j == i and (
            tok.pos in ("j", "nt") and len(word) <= 4 or 3 <= len(word) <= 4 and suffix in g.body_suffixes and word[-2:] not in g.not_suffix
        )
        stem = tokens[j:i] if len(word) == len(suffix) or title else tokens[j : i + 1]
        if not any(t.pos in _NAME_LIKE_POS or t.start in places or t.text in _ADMIN_CHARS for t in stem) and not (suffix in g.strong_place and len(stem) == 1) and not abbreviation:
            continue  # 初创公司, 这所大学: a common noun, not a name
        if (suffix in g.weak or kind == "place") and not abbreviation:
            head = tokens[j]
            strong = suffix in g.strong_place and head.pos in ("n", "nr", "nrt", "nz", "ns", "j", "l") and len(head.text) >= 2
            if not (head.pos in _PLACE_POS or head.start in places or head.text in _ADMIN_CHARS or strong):
                continue
        # a branch, or a body of its own inside a known organization (某某人大财经委员会)
        branch = kind == "org" and (j < i and suffix in g.branches or suffix in g.sub_organizations and s in orgs)
        yield Mention(text[s:e], subtype, s, e, sentence, "branch" if branch else "suffix")


def _joined_suffixes(tokens: Sequence[Token], g: _Grammar) -> Sequence[Token]:
    """Two words that together make one suffix of the grammar (开发 / 中心, 委员 / 会) become one
    word, so that the longer suffix decides the kind (an organization, not a place); 市 or 省
    glued to the start of an abbreviation (市住 / 建委) is split off again (市 / 住建委)."""
    out: list[Token] = []
    for tok in tokens:
        prev = out[-1] if out and out[-1].end == tok.start else None
        if (
            prev is not None and tok.text in g.suffix_tails and len(prev.text) + len(tok.text) >= 3
            and _suffix_of(prev.text + tok.text, g, min_length=len(tok.text) + 1)
        ):
            out.pop()  # 信用 / 卡中心, 开发 / 中心: the suffix reaches into the word before
            tok = Token(prev.text + tok.text, "n", prev.start, tok.end)
        elif prev is not None and len(tok.text) == 2 and tok.pos in ("j", "nt") and tok.text[-1] in g.body_suffixes and prev.pos not in ("ns", "n"):
            # 市住 / 建委, 北京市 / 住 / 建委: the first character of an abbreviation split off
            glued = len(prev.text) == 2 and prev.text[0] in _ADMIN_CHARS
            alone = len(prev.text) == 1 and len(out) > 1 and (out[-2].pos == "ns" or out[-2].text[-1:] in _ADMIN_CHARS)
            if glued or alone:
                out.pop()
                if glued:
                    out.append(Token(prev.text[0], "n", prev.start, prev.start + 1))
                tok = Token(prev.text[-1] + tok.text, tok.pos, prev.end - 1, tok.end)
        out.append(tok)
    return out


def _place_through_verbs(tokens: Sequence[Token], j: int, places: set[int], g: _Grammar) -> int | None:
    """Where a name that meets a verb (收藏/v, 保障/v) starts, if a place or an administrative
    character (省, 市) heads it within a few words: 市 住房 保障 管理中心. None otherwise."""
    verbs = 0
    for k in range(j - 1, max(-1, j - 5), -1):
        t = tokens[k]
        if t.pos == "ns" or t.start in places or t.text in _ADMIN_CHARS or _admin_word(t, g):
            return k if verbs else None
        if t.pos == "v" and len(t.text) == 2 and t.text not in g.stop_left and _suffix_of(t.text, g) is None:
            verbs += 1
        elif t.pos not in ("n", "vn", "nz", "j", "l") or t.text in g.stop_left or t.text in g.pos_stop:
            return None
    return None


def _admin_word(t: Token, g: _Grammar) -> bool:
    """崇礼县/n, 某某市/n: a word ending in an administrative suffix, whatever jieba tags it."""
    return len(t.text) >= 3 and t.text[-1] in _ADMIN_CHARS and t.text not in g.pos_stop and t.pos in ("n", "nz", "ns", "j")


_CONJUNCTIONS = frozenset({"和", "及", "与"})
_NUMERALS = frozenset("一二两三四五六七八九十几数多百千万")


def _counted(span: str) -> bool:
    """五市, 两省, 四大景区: a numeral and a kind of place or body is a count, not a name."""
    return span[:1] in _NUMERALS and (len(span) == 2 or span[1:2] in ("大", "个"))
_TITLE_PREFIXES = frozenset({"", "副", "正", "总", "代", "常务副", "执行"})
_COMMON_NOUN_POS = frozenset({"n", "vn", "j"})


def _joins_nouns(tokens: Sequence[Token], j: int, places: set[int], orgs: frozenset[int], g: _Grammar) -> bool:
    """tokens[j - 1] is 和/及/与 between two common nouns (规划 和 国土局), never between two
    names (北京 和 上海, 北京大学 和 清华大学), which are two things."""
    if j < 2 or tokens[j - 1].text not in _CONJUNCTIONS:
        return False
    before, after = tokens[j - 2], tokens[j]
    return (
        before.pos in _COMMON_NOUN_POS and after.pos in _COMMON_NOUN_POS | {"nt", "l"}
        and before.start not in places and before.start not in orgs
        and _suffix_of(before.text, g, kind="org") is None and before.text not in g.pos_stop
    )


def _named_before(tokens: Sequence[Token], i: int, places: set[int], orgs: frozenset[int], g: _Grammar) -> bool:
    """Is there a name (place, organization, jieba name tag) among the few nouns right before
    tokens[i]? 上海 / 经贸 / 学院 has one; 创业 / 社区 and 初创 / 公司 have none."""
    for k in range(i - 1, max(-1, i - 5), -1):
        left = tokens[k]
        if left.pos in _NAME_LIKE_POS or left.start in places or left.start in orgs:
            return left.text not in g.pos_stop
        if left.pos not in ("n", "vn", "nz", "l") or left.text in g.stop_left:
            return False
    return False


def address_mentions(
    text: str, tokens: Sequence[Token], sentence: int, res: Resources, gazetteer: Sequence[Mention]
) -> Iterator[Mention]:
    """Adjacent place words merged into one place: 南京市鼓楼区中山路88号, 法国南部.

    A chain starts at a place (gazetteer, jieba ``ns``, or a word ending in 省/市/区/县 …) and
    goes on over more places, streets (…路, …大街), numbers with units (27号, 3层) and estate
    or building words (…小区, …大厦), and the directions after a place (北部).
    """
    if not tokens:
        return
    g = _grammar(res)
    place_at = {m.start: m.end for m in gazetteer if m.type in _PLACE_TYPES}
    n = len(tokens)

    def piece(k: int) -> str:
        """'A' an administrative place, 'S' a street or building, 'N' a numbered unit, 'D' a direction, '' none."""
        t = tokens[k]
        if t.start in place_at and place_at[t.start] == t.end:
            return "A"
        if t.text in g.directions:
            return "D"
        street = t.text.endswith(g.address_tail) and t.pos not in _NOT_STREET_POS
        if t.text in g.pos_stop or t.text in res.names.not_names:
            return "S" if street else ""  # 小区, 广场: common nouns alone, pieces inside an address
        if t.pos == "m" and g.number_unit.match(text, t.start):
            return "N"
        if len(t.text) >= 2 and t.pos in ("n", "ns", "nz", "j", "l") and t.text.endswith(g.place_tail):
            return "A"
        if t.pos == "ns" and len(t.text) >= 2:
            return "a"  # jieba's place tag alone: a piece of an address, not two places in a row
        if street:
            return "S"
        return ""

    kinds = [piece(k) for k in range(n)]
    for k in range(1, n):
        t = tokens[k]
        if not kinds[k] and kinds[k - 1] in ("A", "a") and t.pos in _NAME_POS and len(t.text) >= 2 and t.text.endswith(g.place_tail):
            kinds[k] = "A"  # 内蒙古 乌审旗/nr: after a place, a word with a place ending is a place
    k = 0
    while k < n:
        if kinds[k] not in ("A", "a") and not (kinds[k] == "S" and k + 1 < n and kinds[k + 1] == "D"):
            k += 1  # an address starts at a place, or at a street or estate with a part of it (某某苑北区)
            continue
        end = k + 1
        last_good = k
        gap = 0
        while end < n:
            kind = kinds[end]
            t = tokens[end]
            if kind:
                last_good = end
                gap = 0
            elif _suffix_of(t.text, g, kind="org") is not None and len(t.text) >= 2:
                break  # 某某市房产局: an organization, not a piece of an address
            elif gap < 2 and t.pos in ("n", "nz", "nr", "nrt", "ns", "j", "m", "eng", "l", "ng", "a", "vn", "b", "z") and len(t.text) <= 4:
                gap += 1  # a name inside the address: 中山 in 中山大街
            else:
                break
            end += 1
        known = [tokens[x].start in place_at for x in range(k, last_good + 1)]
        if last_good > k and any(kinds[x] in ("S", "N", "D") for x in range(k + 1, last_good + 1)) or _admin_chain(kinds, k, last_good) and not all(known):
            s, e = tokens[k].start, tokens[last_good].end
            # a number unit glued after the last piece (218号 split as 218 / 号)
            m = g.number_unit.match(text, e)
            if m and last_good + 1 < n and tokens[last_good + 1].pos == "m":
                e = m.end()
            unit = g.number_unit.match(text, tokens[last_good].start) if kinds[last_good] == "N" else None
            if unit:
                e = max(e, unit.end())  # 二 / 区: the unit the segmenter split off
            yield Mention(text[s:e], "Place", s, e, sentence, "address")
        k = last_good + 1


_NOT_STREET_POS = frozenset({"b", "v", "a", "d", "ad", "vd", "p", "c"})


def _admin_chain(kinds: Sequence[str], k: int, last: int) -> bool:
    """Two or more places in a row (河南省新乡市, 香泉 环岛): one address, ending in a word that
    is surely a place (jieba's ns tag alone is no proof: 仙游县 古典/ns). Known places in a row
    (湖南长沙, 美国波士顿) stay apart, each with its gazetteer entry, for the relations between them."""
    return last > k and kinds[last] == "A" and all(kinds[x] in ("A", "a") for x in range(k, last + 1))


def pos_mentions(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """jieba ``nt`` as organizations; ``ns`` as places only where the grammar backs the tag.

    jieba's dictionary tags many ordinary words ``ns`` (英雄, 龙门, 港湾); a place tag is kept when
    the word ends in an administrative suffix (某某县) or stands after a locative word (在, 来自,
    位于 …).
    """
    g = _grammar(res)
    suffixes = tuple(res.mention_patterns["organization_suffixes"])
    for k, tok in enumerate(tokens):
        if len(tok.text) < 2 or not has_cjk(tok.text) or tok.text in res.names.not_names or tok.text in g.pos_stop:
            continue
        if tok.pos == "nt" and any(tok.text == s or (tok.text.endswith(s) and len(tok.text) <= len(s) + 2 and s in ("学院", "大学")) for s in suffixes):
            continue  # 理工学院: a kind of school, not a name
        if tok.pos == "ns":
            before = tokens[k - 1].text if k > 0 else ""
            if (tok.text.endswith(g.admin_tail) or before in g.locative) and not _counted(tok.text):
                yield Mention(tok.text, "Place", tok.start, tok.end, sentence, "pos")
        elif tok.pos == "nt" and len(tok.text) >= 4:
            yield Mention(tok.text, "Organization", tok.start, tok.end, sentence, "pos")
        elif tok.pos == "nz" and len(tok.text) >= 3 and tok.text.endswith(g.media_suffixes):
            yield Mention(tok.text, "Company", tok.start, tok.end, sentence, "pos")  # 某某网, 某某社 (news media)
        elif tok.pos in ("nz", "nt") and len(tok.text) >= 3 and tok.text.endswith(g.competition_suffixes):
            yield Mention(tok.text, "Organization", tok.start, tok.end, sentence, "pos")  # a cup: X杯


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
    organization and adds a department (清华大学化学系) yields to the gazetteer name; a branch
    (某某银行江苏省分行, source ``branch``) is an organization of its own and stays whole.

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
        if m.source in ("pronoun", "time", "title"):
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


def sentence_mentions(text: str, start: int, end: int, sentence: int, tokens: Sequence[Token], res: Resources) -> list[Mention]:
    """All name candidates of one sentence (times and pronouns aside), before the overlap policy."""
    gazetteer = list(gazetteer_mentions(text, start, end, sentence, tokens, res)) + list(latin_mentions(text, start, end, sentence, res))
    places = {m.start for m in gazetteer if m.top == "Place"}
    orgs = frozenset(m.start for m in gazetteer if m.top == "Organization")
    found = [
        *gazetteer,
        *title_works(text, start, end, sentence),
        *transliterated_names(text, start, end, sentence, res, tokens),
        *foreign_names(text, tokens, sentence, res),
        *team_mentions(text, tokens, sentence, res, gazetteer),
        *chinese_names(text, tokens, sentence, res),
        *suffix_mentions(text, tokens, sentence, res, places, orgs),
        *address_mentions(text, tokens, sentence, res, gazetteer),
        *pos_mentions(text, tokens, sentence, res),
    ]
    return [*found, *_completed(found, res), *_placed_companies(gazetteer)]


def _placed_companies(gazetteer: Sequence[Mention]) -> Iterator[Mention]:
    """香港 + 某某拍卖行, 伦敦 + 某某银行: a place written right before a known company names the
    company's office there, one organization (the place is part of its name, not a place
    mentioned on its own); so does a country right after it (某某银行中国)."""
    companies = {m.start: m for m in gazetteer if m.type == "Company"}
    ending = {m.end: m for m in gazetteer if m.type == "Company"}
    for m in gazetteer:
        if m.type in ("City", "Region", "Country"):
            c = companies.get(m.end)
            if c is not None and has_cjk(c.text):
                yield Mention(m.text + c.text, "Company", m.start, c.end, m.sentence, "branch")
        if m.type == "Country":
            c = ending.get(m.start)  # 某某银行 + 中国: the company's national arm
            if c is not None and has_cjk(c.text):
                yield Mention(c.text + m.text, "Company", c.start, m.end, m.sentence, "branch")


def _completed(found: Sequence[Mention], res: Resources) -> Iterator[Mention]:
    """巴黎理工 + 大学: a known short name completed by a bare organization suffix is the same
    organization under its full name (it keeps the gazetteer entry), not a department of it."""
    suffixes = {x for x, _, k in _grammar(res).suffix_table if k == "org"}
    known = [m for m in found if m.source == "gazetteer" and m.top == "Organization"]
    for m in found:
        if m.source not in ("suffix", "pos") or m.top != "Organization":
            continue
        for k in known:
            if k.start == m.start and k.end < m.end and m.text[k.end - k.start :] in suffixes:
                yield Mention(m.text, k.type, m.start, m.end, m.sentence, "completed", key=k.key)
