"""Mentions: spans of text that name a person, organization, place, work or product.

Sources, each a function from a sentence's text and tokens to candidate mentions:
gazetteer (one Aho-Corasick automaton, plus folded Latin names), Latin-script names, book and
film titles in 《》 (works, which also keep their words from being read as names), Chinese names
(surname and given-name character statistics scored with word boundaries and context words),
transliterated foreign names (with or without a middle dot), titled people of courts (某皇后,
某某公主: ``noble_names``), sports teams and leagues, suffix
grammars for organizations and places, addresses (adjacent place words merged into one place),
jieba ``nt``/``ns``, organizations named by a corporate title and a person after them
(``titled_organizations``) or by a founding verb and a date after them (``founded_subjects``),
a known company's divisions (某某 + 财经), and pronouns. ``select_mentions`` is the one overlap policy: longest span
first, then source priority.

A place that modifies a name is part of it, not a place of its own: 某市规划和自然资源局 (the
suffix grammar crosses 和/及 between common nouns, and verbs when 省/市 or a place heads the
name), 伦敦 + a known company, a known company + 中国 (``_placed_companies``), a body of its own
inside a known organization (某某人大 + 财经委员会, ``sub_organizations``). Person candidates are
refused by grammar, not by lists of strings: a last character that ends buildings, prizes and
bodies (宫, 寺, 奖, 委), an aspect particle after (修正了), a digit before (5连胜), a word after
that makes a prize or a place head (最佳导演, 岛上).

The grammars are data (``data/patterns/mentions.toml``, ``data/names/``); they are compiled once
per ``Resources`` object and cached (``compiled_grammar``), never per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from kg.extract.grammar import (
    ADMIN_CHARS,
    COPULA,
    FIRM_COUNTERS,
    INNER_CHARACTER_POS,
    LATIN_RUN,
    LATIN_TOKEN,
    LEFT_POS,
    NAME_POS,
    PLACE_TYPES,
    TITLE,
    Grammar,
    compiled_grammar,
    firm_form_verb,
    is_cjk,
    is_sports,
    known_type,
    made_up_word,
    suffix_of,
    word_for_people_ends_at,
)
from kg.extract.named_bodies import named_bodies
from kg.extract.names import (
    PART_JOIN,
    chinese_names,
    foreign_names,
    gendered_names,
    japanese_names,
    nicknames,
    noble_names,
    tibetan_names,
    transliterated_names,
)
from kg.extract.places import (
    CLOSE_PARENS,
    OPEN_PARENS,
    address_mentions,
    glued_preposition,
    party_word,
    pos_mentions,
    registered_companies,
    route_mentions,
    suffix_mentions,
    team_mentions,
)
from kg.extract.token_index import token_index
from kg.extract.trade_names import trade_name_firms
from kg.model import Mention, Token
from kg.resources import Resources, fold, has_cjk

# Ties between spans of equal length go to the more reliable source.
SOURCE_PRIORITY = {
    "team": 0, "title": 0, "time": 1, "gazetteer": 1, "named": 2, "pair": 2, "alias": 2, "translit": 2, "noble": 2, "context": 0, "latin": 3,
    "maker": 3, "quoted": 3, "short": 1, "suffix": 4, "branch": 4, "registered": 4, "founded": 4, "noted": 1, "completed": 1, "address": 4, "trade": 4, "name": 5, "titled": 5, "pos": 6, "pronoun": 7, "repeated": 5,
}

def gazetteer_mentions(text: str, start: int, end: int, sentence: int, tokens: Sequence[Token], res: Resources) -> Iterator[Mention]:
    gazetteer = res.gazetteer
    index = token_index(tokens)  # (shared with the other readers of the sentence: read only)
    boundaries = index.starts | index.ends
    word_at = index.starting_at
    g = compiled_grammar(res)
    rests = g.country_word_rests
    found = [(s + start, e + start, entry_id) for s, e, entry_id in gazetteer.find_cjk(text[start:end])]
    found = [_before_team_member(text, m, word_at, g, res) for m in found]
    boundaries |= _tiled_places(tokens, found, res)
    country_ends = {e for _, e, entry_id in found if gazetteer.entries[entry_id].type == "Country"}
    for s, e, entry_id in found:
        if e not in boundaries and e - 1 in boundaries and e - s >= 3 and (shorter := gazetteer.lookup(text[s : e - 1])) is not None:
            e, entry_id = e - 1, shorter  # 武汉 / 市民: the known name's last character opens the next word, the shorter name is meant
        demonym = text[e : e + 1] == "人" and s in boundaries and e + 1 in boundaries  # 巴西人, 济南人
        # 日本首相, 中国籍, 德国总理: the segmenter's one word of a country and its office or citizenship
        office = (word := word_at.get(s)) is not None and word.text[e - s :] in rests and gazetteer.entries[entry_id].type == "Country"
        # 美国微软公司/n: the segmenter's one word of a country, a body it knows and the body's kind
        kind_after = s in country_ends and text.startswith(_COMPANY_KINDS, e) and gazetteer.entries[entry_id].type not in PLACE_TYPES
        if e - s < 3 and not (s in boundaries and e in boundaries) and not demonym and not office and not kind_after:
            continue  # a two-character name cut out of a longer word
        if text.startswith(g.clock_words, e) and gazetteer.entries[entry_id].type in ("City", "Country", "Region"):
            continue  # 北京时间, 格林尼治时间: a time zone, no place in the text
        if text[e - 1 : e + 1] == _DEPARTMENTS and e not in boundaries:
            continue  # 住建 / 部门: a kind of department (the ministry's short name ends inside 部门)
        if _goes_on_transliterated(text, s, e, word_at, res):
            continue  # 马里/q 布/nr: the start of a longer transliterated name (马里布), not the country
        if text[s] == _TITLE_OPEN and text[e - 1] == _TITLE_CLOSE and e - s > 2:
            s, e = s + 1, e - 1  # 《三体》: the gazetteer keeps a title's marks (《科学》 is no 科学), the mention is the title inside them
        yield Mention(text[s:e], gazetteer.entries[entry_id].type, s, e, sentence, "gazetteer", key=entry_id)


def held_back_places(
    text: str, start: int, end: int, sentence: int, tokens: Sequence[Token], known: Sequence[Mention], res: Resources
) -> Iterator[Mention]:
    """Cities the gazetteer knows by a name without 市 only where the text places them (Gazetteer.find_held_back:
    大同, 长治, 三明, 海口 are ordinary words or names of other things as well): right after a province
    or region the gazetteer knows (山西大同, 福建三明), or as an item of a list of places parted by 、 next
    to a known city or to one read so (太原、大同、长治三市), or as an end of a route whose other end is a
    known city (海口至莫斯科, 从太原到大同), or right after a verb of going (飞往海口, 抵达大同) or between
    从 and one of leaving (从海口起飞), the name a word of the segmenter's own.

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> def held(t):
    ...     tokens = r.segmenter.tokens(t)
    ...     known = gazetteer_mentions(t, 0, len(t), 0, tokens, r)
    ...     return [m.text for m in held_back_places(t, 0, len(t), 0, tokens, list(known), r)]
    >>> held("航空公司开通了海口至莫斯科的航线"), held("航班当晚抵达大同"), held("他从大同出发"), held("他总是夸下海口")
    (['海口'], ['大同'], ['大同'], [])
    """
    held = sorted((s + start, e + start, entry_id) for s, e, entry_id in res.gazetteer.find_held_back(text[start:end]))
    if not held:
        return
    index = token_index(tokens)
    g = compiled_grammar(res)
    going, joins = g.place_verbs, g.route_joins
    regions_end = {m.end for m in known if m.type == "Region" and m.key}
    cities = {(m.start, m.end) for m in known if m.type == "City"}
    listed_end, listed_start = {e for _, e in cities}, {s for s, _ in cities}
    read: list[tuple[int, int, str]] = []
    for s, e, entry_id in held:
        if not (s in index.starts or s in regions_end) or e not in index.ends and e not in index.starts:
            continue  # (cut out of a longer word: 大同小异, 海口 / 岸)
        if s in regions_end or text[s - 1 : s] == _LISTED and s - 1 in listed_end:
            read.append((s, e, entry_id))
            listed_end.add(e)
        elif (
            text[e : e + 1] in joins and e + 1 in listed_start or text[s - 1 : s] in joins and s - 1 in listed_end
            or (went := index.ending_at.get(s)) is not None and went.text in going
            or text[s - 1 : s] == _FROM and text.startswith(g.departure_verbs, e)
        ) and e in index.ends:
            read.append((s, e, entry_id))  # 海口至莫斯科, 从太原到大同: a route's end; 飞往海口, 从海口起飞: where one goes or leaves
    for s, e, entry_id in held:  # an item before a known city (大同、太原): the list read the other way
        if (s, e, entry_id) not in read and text[e : e + 1] == _LISTED and e + 1 in listed_start and s in index.starts and e in index.ends:
            read.append((s, e, entry_id))
    for s, e, entry_id in read:
        yield Mention(text[s:e], res.gazetteer.entries[entry_id].type, s, e, sentence, "gazetteer", key=entry_id)


_LISTED = "、"  # the pause between the items of a list
_FROM = "从"
_TITLE_OPEN, _TITLE_CLOSE = "《", "》"  # the marks around a title (《三体》)
_COMPANY_KINDS = ("公司", "集团")  # a body's kind written after a known name in one of the segmenter's words (美国微软公司)
_DEPARTMENTS = "部门"  # departments of a kind (住建部门, 交管部门): no ministry's name ends inside the word


def _before_team_member(text: str, found: tuple[int, int, str], word_at: Mapping[int, Token], g: Grammar, res: Resources) -> tuple[int, int, str]:
    """A known team's name with its 队 whose 队 belongs to the word after it (阿森纳队/nr 长/a, or
    曼联/ns 队员/n: the team's captain or member) is the name without it, when the gazetteer knows
    that name too (阿森纳); a name whose 队 is its own (自卫队 / 员: a member of it) stays whole."""
    s, e, entry_id = found
    if text[e - 1 : e + 1] not in g.team_members or e - 1 - s < 2:
        return found
    after, member = word_at.get(e), word_at.get(e - 1)
    if not (after is not None and len(after.text) == 1 or member is not None and member.text in g.team_members):
        return found  # (曼联 / 队员: the segmenter cut the member's word itself, the gazetteer's match did not)
    shorter = res.gazetteer.lookup(text[s : e - 1])
    return (s, e - 1, shorter) if shorter is not None else found


def _goes_on_transliterated(text: str, s: int, e: int, word_at: Mapping[int, Token], res: Resources) -> bool:
    """text[s:e], a name written in transliteration characters that the segmenter did not tag as
    a place, is followed by one more such character that it took for a name of its own: one
    longer foreign name (马里/q 布/nr; 南京/ns 金/nr … is the city and a firm's name)."""
    translit = res.names.translit_chars
    nxt, word = word_at.get(e), word_at.get(s)
    return (
        word is not None and word.pos != "ns" and nxt is not None and len(nxt.text) == 1 and nxt.pos in NAME_POS and nxt.text in translit
        and all(c in translit for c in text[s:e])
    )


def abbreviated_countries(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """美 of 美籍华人, 英 of [英]某某: a country's one-character form where it names the country
    (before 籍, alone in brackets), linked to the gazetteer's entry; nowhere else.

    >>> from kg.resources import default_resources
    >>> [(m.text, m.key) for m in abbreviated_countries("作者：[英]林慧，美籍华人", 0, 13, 0, default_resources())]
    [('英', 'united-kingdom'), ('美', 'united-states')]
    """
    g = compiled_grammar(res)
    for m in g.country_abbreviation.finditer(text, start, end):
        key = g.country_abbreviations[m.group()]
        entry = res.gazetteer.entries.get(key)
        if entry is not None:
            yield Mention(m.group(), entry.type, m.start(), m.end(), sentence, "gazetteer", key=key)


def _tiled_places(tokens: Sequence[Token], found: Sequence[tuple[int, int, str]], res: Resources) -> set[int]:
    """德国科隆/nz, 中国宁波/ns: a word of the segmenter's that known places tile exactly, end to
    end, is those places in a row; 首都北京/ns: a description (``place_word_heads``) and a known
    place in one word is that place. The edges between them are word edges."""
    if len(found) < 2 and not any(len(t.text) >= 4 for t in tokens):
        return set()
    places = {(s, e) for s, e, entry_id in found if res.gazetteer.entries[entry_id].type in PLACE_TYPES and e - s >= 2}
    if not places:
        return set()
    ends_from: dict[int, list[int]] = {}
    for s, e in places:
        ends_from.setdefault(s, []).append(e)
    heads = compiled_grammar(res).place_word_heads
    edges: set[int] = set()
    for t in tokens:
        if len(t.text) < 4:
            continue
        if t.start in ends_from:
            edges.update(_tiling(t.start, t.end, ends_from))
        for k in (2, 3):
            if t.text[:k] in heads and t.end in ends_from.get(t.start + k, ()):
                edges.add(t.start + k)
    return edges


def _tiling(s: int, e: int, ends_from: dict[int, list[int]]) -> list[int]:
    """Inner edges of a tiling of [s, e) by the places starting at each position (two or three places)."""
    for mid in sorted(ends_from.get(s, ()), reverse=True):
        if mid >= e:
            continue
        if e in ends_from.get(mid, ()):
            return [mid]
        for mid2 in ends_from.get(mid, ()):
            if mid2 < e and e in ends_from.get(mid2, ()):
                return [mid, mid2]
    return []


def title_works(text: str, start: int, end: int, sentence: int) -> Iterator[Mention]:
    """《书名》: the title of a book, film, game or law is a work, never a person or a place.

    >>> [(m.text, m.type) for m in title_works("他读过《长河往事》。", 0, 10, 0)]
    [('长河往事', 'Work')]
    """
    for m in TITLE.finditer(text, start, end):
        if m.group(1).strip():
            yield Mention(m.group(1), "Work", m.start(1), m.end(1), sentence, "title")


def latin_mentions(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """Gazetteer names (folded) and person names inside runs of Latin-script words."""
    gazetteer, names = res.gazetteer, res.names
    g = compiled_grammar(res)
    not_names, followed_by = g.latin_not_names, g.latin_followed_by
    for run in LATIN_RUN.finditer(text, start, end):
        words = list(LATIN_TOKEN.finditer(run.group()))
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
                j = _latin_organization_end(run.group(), words, i, j, g)
                if j == i:
                    # a lower-case or acronym word typed by what follows it (abc365公司, XYZ旗下)
                    s, e = offset + words[i].start(), offset + words[i].end()
                    after = text[e : e + 4].lstrip("”\" ")
                    subtype = next((t for w, t in followed_by if after.startswith(w)), "") or _latin_organization(text, start, s, e, g)
                    if subtype and subtype not in ("Product", "Work", "Software", "Publication") and words[i].group() not in not_names:
                        yield Mention(text[s:e], subtype, s, e, sentence, "latin")
                    i += 1
                    continue
                s, e = offset + words[i].start(), offset + words[j - 1].end()
                first = fold(words[i].group())
                after = text[e : e + 8].lstrip("”\" ")
                subtype = next((t for w, t in followed_by if after.startswith(w)), "") or _latin_organization(text, start, s, e, g)
                if j - i >= 2 and (head := _organization_word(words, i, j, g.latin_organization_last)):
                    subtype = g.latin_organization_last[head]  # Acme Labs, Foo University, Institute for Advanced Study
                    if words[j - 1].group() in _ABBREVIATED_FORMS and text[e : e + 1] == ".":
                        e += 1  # Acme Inc.: the abbreviation's full stop is the name's
                elif j - i >= 2 and words[i].group() in g.latin_organization_first:
                    subtype = g.latin_organization_first[words[i].group()]  # FC Nordwind
                if not subtype and (described := g.described_body.match(text, e)) is not None:
                    subtype = g.named_body_kinds[described.group("kind")]  # Novexa Bio是一家美国生物技术公司
                if not subtype and j - i == 1:
                    joined = text[max(start, s - 4) : s].rstrip("“\" ")
                    subtype = next((t for w, t in g.latin_organization_before_one_word if joined.endswith(w)), "")  # 加入了OpenFlow
                # a title right before the name, or a title and a copula: 创始人是 Larry Page
                before = COPULA.sub("", text[max(start, s - 10) : s].rstrip())
                cued = before.endswith(g.person_cues_before) or after.startswith(g.person_cues_after) or _NATIONAL_AFTER.match(text, e) is not None or (
                    j - i >= 2 and g.described_as_person.match(text, e) is not None
                )
                # 选手 Moon, Moon 表示: a word that only goes with people; Hysko Vilmar，某国籍…: a nationality after a comma;
                # Yann LeCun 是某大学教授: a name of two words or more described by a post or a title
                legal = next((form for form in g.latin_legal_forms if text.startswith(form, e)), "") if subtype in ("", "Company", "Organization") else ""
                if legal:
                    e, subtype = e + len(legal), "Company"  # Yamamoto Seiki株式会社: the legal form is the firm's name's
                is_person = not legal and (first in names.latin_given or (j - i >= 2 or subtype == "") and cued)
                if is_person and subtype in ("", "Product"):
                    yield Mention(text[s:e], "Person", s, e, sentence, "latin")
                elif subtype:
                    if i > 0 and words[i - 1].group() == _ARTICLE and subtype not in ("Product", "Software"):
                        s = offset + words[i - 1].start()  # The Meridian Review: the article opens a body's or a work's name
                    yield Mention(text[s:e], subtype, s, e, sentence, "latin")
                i = j



_ARTICLE = "The"
# Lower-case words inside an organization's Latin-script name (Institute for Advanced Study, Bank of
# Lisbon, Banco de Vigo, Museum of Science and Industry)
_NAME_CONNECTORS = frozenset({"of", "for", "and", "de", "du", "des", "di", "del", "da", "do", "la", "le", "the", "on", "in"})


def _latin_organization_end(run: str, words: Sequence[re.Match[str]], i: int, j: int, g: Grammar) -> int:
    """Where the Latin-script name that opens at word ``i`` ends, its capitalized words running to
    ``j``: on over lower-case connectors and the capitalized words after them (Institute for Advanced
    Study), when the word before the first connector is one of ``latin.organization_last_words``;
    and over an ampersand (Bellweather & Finch LLP), when such a word is in the name; otherwise it
    ends before the first ampersand (two names: Anna & Bob).

    >>> from kg.resources import default_resources
    >>> from kg.extract.grammar import LATIN_TOKEN, compiled_grammar
    >>> g = compiled_grammar(default_resources())
    >>> def end(run):
    ...     words = list(LATIN_TOKEN.finditer(run))
    ...     k = 0
    ...     while k < len(words) and words[k].group()[0].isupper():
    ...         k += 1
    ...     return run[: words[_latin_organization_end(run, words, 0, k, g) - 1].end()]
    >>> end("Helix Institute for Advanced Study"), end("Bellweather & Finch LLP"), end("Anna & Bob"), end("Maria de Souza")
    ('Helix Institute for Advanced Study', 'Bellweather & Finch LLP', 'Anna', 'Maria')
    """
    org_words = g.latin_organization_last
    first = j
    while (
        j + 1 < len(words) and words[j].group() in _NAME_CONNECTORS and words[j + 1].group()[0].isupper()
        and j > i and words[first - 1].group().rstrip(".") in org_words
    ):
        k = j + 1
        while k < len(words) and words[k].group()[0].isupper():
            k += 1
        j = k  # University of Oxford, Institute for Advanced Study
    if j - i >= 2 and words[j - 1].group().rstrip(".") not in org_words and not any(w.group().rstrip(".") in org_words for w in words[i : j - 1]):
        cut = next((k for k in range(i + 1, j) if "&" in run[words[k - 1].end() : words[k].start()]), j)
        j = cut  # Anna & Bob: two names, no firm
    return j


def _organization_word(words: Sequence[re.Match[str]], i: int, j: int, org_words: Mapping[str, str]) -> str:
    """The word of ``latin.organization_last_words`` that makes words ``i:j`` an organization's name:
    the last (Acme Labs), else the one before the first lower-case connector (Bank of Lisbon); "" when none."""
    last = words[j - 1].group().rstrip(".")
    if last in org_words:
        return last
    k = next((k for k in range(i + 1, j) if words[k].group() in _NAME_CONNECTORS), None)
    head = words[k - 1].group().rstrip(".") if k is not None else ""
    return head if head in org_words else ""


_ABBREVIATED_FORMS = frozenset({"Inc", "Ltd", "Corp", "Co"})  # legal forms written with a full stop (Acme Inc.)
_NATIONAL_AFTER = re.compile(r"\s*[，,]\s*[^\W\d_]{1,8}籍")  # ，斯洛伐克籍 (运动员): only people hold a nationality


def _latin_organization(text: str, start: int, s: int, e: int, g: Grammar) -> str:
    """The organization subtype a Latin-script name at ``s:e`` gets from the words around it:
    an organization head right before it (游戏开发商 “X”, 开发小组 X) or 由 before and a
    production verb after it (由 X 开发); "" when neither is there."""
    before = text[max(start, s - 8) : s].rstrip("“\" ")
    subtype = next((t for w, t in g.latin_organization_before if before.endswith(w)), "")
    if subtype:
        return subtype
    after = text[e : e + 4].lstrip("”\" ")
    if before.endswith(g.made_by) and after.startswith(g.made_verbs):
        return "Company"
    return ""


_PRONOUN_TYPES = {"speaker_group": "Organization", "this_company": "Company", "this_school": "EducationalOrganization", "this_body": "Organization"}


def pronoun_mentions(tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """Pronouns (``[pronouns]``): a word of the segmenter's (他, 我们), or for an organization's
    (该公司, 该校) the characters at a word's start, however the segmenter cut them (该 / 公司总部);
    and a bare kind of body between the verb of a post and the post (现任 / 公司 / 董事长,
    ``[bare_bodies]``) or after a copula before 的 and the post (是 / 集团 / 的 / 创始人): the body
    named before it (coreference finds it, or leaves the pronoun unresolved: the graph drops it); so
    does such a body opening a sentence before what only a body has (公司 / 总部 / 位于…), as 其 does,
    or opening a later clause before a post and a word of when (…，俱乐部 / 现任 / 董事长 / 某某)."""
    pronouns: dict[str, str] = res.mention_patterns["pronouns"]
    g = compiled_grammar(res)
    of_organizations = g.org_pronouns
    its_kin = False  # a clause of the sentence opened with 其 and a kin word (其妻某某…，其子某某: the same person's)
    surnames = res.names.surnames
    for k, tok in enumerate(tokens):
        addressed = _surname_and_address(tokens, k, surnames) if tok.text[-1:] in _ADDRESS_ENDS else None
        if addressed is not None:
            yield Mention(addressed[2], "Person", addressed[0], addressed[1], sentence, "pronoun")  # 黄女士: the 黄 named before
            continue
        kind = pronouns.get(tok.text)
        text = tok.text
        if kind is None and text in g.org_pronoun_heads and k + 1 < len(tokens):
            after = text + tokens[k + 1].text
            text = next((p for p in of_organizations if after.startswith(p)), "")
            kind = pronouns.get(text) if text else None
        if kind is None and k > 0 and text in g.bare_bodies and _bare_body_post(tokens, k, sentence, g):
            kind = g.bare_bodies[text]  # 某某现任 / 公司 / 董事长, 是 / 集团 / 的 / 创始人: the body named before
        if kind:
            yield Mention(text, _PRONOUN_TYPES.get(kind, "Person"), tok.start, tok.start + len(text), sentence, "pronoun")
        elif (k == 0 and sentence > 0 or its_kin and tokens[k - 1].text in _CLAUSE_BREAKS) and text[:1] == _ITS and _its_kin(text, tokens[k:], g, res):
            its_kin = True
            yield Mention(_ITS, "Person", tok.start, tok.start + 1, sentence, "pronoun")  # 其父某某…: the person the text was about (and …，其子某某 after it)
        elif k == 0 and sentence > 0 and text[:1] == _ITS and _its_body_word(text, tokens, g.body_words):
            yield Mention(_ITS, "Organization", tok.start, tok.start + 1, sentence, "pronoun")  # 其总部位于…: the body the text was about
        elif text in g.bare_bodies and (
            k == 0 and sentence > 0 and _opens_with_body_word(tokens, g)
            or k > 0 and tokens[k - 1].text in _CLAUSE_BREAKS and _tensed_post_after(tokens, k + 1, g)
        ):  # 公司总部位于…, …，俱乐部现任董事长某某: the body named before (a later clause only before a post: the rules read 总部 after the body)
            yield Mention(text, _PRONOUN_TYPES.get(g.bare_bodies[text], "Organization"), tok.start, tok.end, sentence, "pronoun")


def _surname_and_address(tokens: Sequence[Token], k: int, surnames: Mapping[str, int]) -> tuple[int, int, str] | None:
    """(start, end, text) of a surname alone and a form of address ending at tokens[k] (黄女士/nr, 黄/a 女士/n, 王先生):
    the person of that surname the text named before (kg.extract.coref), as a pronoun would."""
    text = tokens[k].text
    if 3 <= len(text) <= 4 and text[1:] in SURNAME_ADDRESSES and surnames.get(text[0]):
        return tokens[k].start, tokens[k].end, text
    if text in SURNAME_ADDRESSES and k > 0 and len(tokens[k - 1].text) == 1 and tokens[k - 1].end == tokens[k].start and surnames.get(tokens[k - 1].text):
        return tokens[k - 1].start, tokens[k].end, tokens[k - 1].text + text
    return None


SURNAME_ADDRESSES = frozenset({"先生", "女士", "小姐", "太太", "老先生"})  # after a surname alone: someone named before by full name
_ADDRESS_ENDS = frozenset(a[-1] for a in SURNAME_ADDRESSES)  # (what those words end with: most tokens end otherwise)
ADDRESS_WINDOW = 2  # how many sentences back the full name of a surname and a form of address may stand


LATTER_FORMER = {"后者": 1, "前者": 2}  # which of the two just named, counted back: the latter, the former


def latter_or_former(m: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The person or body 后者 (前者) stands for: the last (the one before it) of those named in its sentence or
    the one before, each once, when the two last named are of one kind (甲与乙结婚，后者…: 乙; 甲公司收购了乙公司，后者…)."""
    named = [x for x in mentions if x.source != "pronoun" and x.top in _LATTER_TOPS and m.sentence - 1 <= x.sentence <= m.sentence and x.end <= m.start]
    distinct = sorted({x.text: x for x in named}.values(), key=lambda x: (x.sentence, x.start))  # (each once, at its last naming)
    back = LATTER_FORMER[m.text]
    if len(distinct) < 2 or distinct[-1].top != distinct[-2].top:
        return None
    return distinct[-back]


_LATTER_TOPS = ("Person", "Organization")


def latter_former_typed(found: Sequence[Sequence[Mention]]) -> list[list[Mention]]:
    """Each sentence's mentions with 后者 and 前者 of the kind of what they stand for (a body after two bodies), or
    none when they stand for nothing a reader named."""
    flat = [m for ms in found for m in ms]
    out: list[list[Mention]] = []
    for ms in found:
        kept: list[Mention] = []
        for m in ms:
            if m.source == "pronoun" and m.text in LATTER_FORMER:
                referent = latter_or_former(m, flat)
                if referent is None:
                    continue
                m = Mention(m.text, referent.type, m.start, m.end, m.sentence, m.source)
            kept.append(m)
        out.append(kept)
    return out


def addressed_person(m: Mention, people: Iterable[Mention]) -> Mention | None:
    """The person a surname and a form of address (黄女士) stands for: the last of ``people`` (named people, in
    text order) of that surname named before it, in its sentence or the ``ADDRESS_WINDOW`` before; None for none."""
    named = [
        p for p in people
        if m.sentence - ADDRESS_WINDOW <= p.sentence <= m.sentence and p.end <= m.start and len(p.text) >= 2 and p.text[0] == m.text[0]
    ]
    return named[-1] if named else None


def without_unnamed_addresses(found: Sequence[Sequence[Mention]]) -> list[list[Mention]]:
    """Each sentence's mentions without a surname and a form of address (王先生) that no full name of that surname
    in it or the sentences just before names (``addressed_person``): such a 王先生 is someone the text never names
    (a reader's anonymous source), no pronoun, and it would only take a rule's slot from the names around it."""
    kept: list[list[Mention]] = []
    for i, ms in enumerate(found):
        earlier = [m for k in range(max(0, i - ADDRESS_WINDOW), i + 1) for m in found[k] if m.top == "Person" and m.source != "pronoun"]
        kept.append([m for m in ms if not (m.source == "pronoun" and m.text[1:] in SURNAME_ADDRESSES and addressed_person(m, earlier) is None)])
    return kept


def without_pronouns_before_names(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions without a body's pronoun right before the body's own name (发行人 / 某某股份有限公司, 本公司 /
    某某科技): the two are one apposition, the name says who, and the pronoun would take the clause's facts from it."""
    named = {m.start for m in mentions if m.top == "Organization" and m.source != "pronoun"}
    return [m for m in mentions if not (m.source == "pronoun" and m.top == "Organization" and m.end in named)]


def _opens_with_body_word(tokens: Sequence[Token], g: Grammar) -> bool:
    """After the bare body opening the sentence, what only a body has (公司 / 总部位于…) or what is said
    of one (公司 / 由某某创立, 学校 / 始建于…: ``[bare_bodies] body_words, body_clause_words``), or the holder
    of one of its posts, with a word of when before it (医院 / 现任 / 院长 / 为…, 学校 / 首任 / 校长; the
    words are ``[bare_bodies] tenses``) or a copula after it (公司 / 董事长 / 为 / 某某)."""
    if len(tokens) < 2:
        return False
    after = tokens[1].text
    if after.startswith(g.body_words) or after in g.body_clause_words or after[:1] == "由" and len(after) == 2 and after != "由于":
        return True  # (公司 / 由前/f 银行…: 由 glued to the first character of a description)
    k = 1
    while k + 2 < len(tokens) and tokens[k].text in g.person_roles and tokens[k + 1].text in _POST_JOINS:
        k += 2  # 集团 / 党委书记 / 、 / 董事长 / 为: posts held together
    if tokens[k].text in g.person_roles and len(tokens) > k + 1 and tokens[k + 1].text in _COPULAS_BEFORE_HOLDER:
        return True  # 公司 / 董事长 / 为 / 某某: the holder of its post, named after a copula
    return _tensed_post_after(tokens, 1, g)


def _tensed_post_after(tokens: Sequence[Token], k: int, g: Grammar) -> bool:
    """A word of when (``[bare_bodies] tenses``) and a post at tokens[k:] (现任 / 董事长, 首任 / 校长)."""
    return k + 1 < len(tokens) and tokens[k].text in g.bare_body_tenses and tokens[k + 1].text in g.person_roles


def _bare_body_post(tokens: Sequence[Token], k: int, sentence: int, g: Grammar) -> bool:
    """tokens[k], a bare kind of body, stands between the verb of a post and the post (现任 / 公司 /
    董事长; not in a text's first sentence, where the rules read the body the sentence names: 某某公司
    某某出任公司总裁), or between a copula, perhaps 的, and the post (是 / 集团 / 的 / 创始人, 为 / 公司 / 创始人)."""
    before = tokens[k - 1].text
    if before in g.bare_body_verbs:
        after = k + 1
        while after < len(tokens) and (_TERM.fullmatch(tokens[after].text) or tokens[after].text in g.bare_body_boards):
            after += 1  # 选举某某为 / 公司 / 第八届 / 董事会 / 董事长
        if sentence > 0 and after < len(tokens) and tokens[after].text in g.person_roles:
            return True
    return before in _COPULAS_BEFORE_HOLDER and (
        k + 2 < len(tokens) and tokens[k + 1].text == "的" and tokens[k + 2].text in g.person_roles
        or k + 1 < len(tokens) and tokens[k + 1].text in g.person_roles  # 为 / 公司 / 创始人兼董事长
        and not any(t.text in _ELECTING for t in tokens[max(0, k - 4) : k - 1])  # (选举 / 某某 / 为 / 公司 / 董事长: the rule reads the body electing)
    )


_TERM = re.compile(r"第[一二三四五六七八九十\d]{1,3}届")  # a board's term, between the body and the post
_ELECTING = frozenset({"选举", "推选", "任命", "聘任", "聘请", "委任", "选"})  # verbs of electing or appointing someone 为 a post
_COPULAS_BEFORE_HOLDER = frozenset({"是", "为"})  # 是 / 集团 / 的 / 创始人, 某某集团的董事长 / 是 / 某某
_POST_JOINS = frozenset({"、", "兼"})  # what joins two posts one person holds (党委书记兼董事长)


_ITS = "其"  # "his, her": opening a sentence (not a text's first) before a kin word, it stands for the person the sentences before named


def _after_its(text: str, tokens: Sequence[Token]) -> str:
    """The word after the 其 that opens a sentence: the rest of the segmenter's word (其父/n), or the next word (其 / 父亲)."""
    return text[1:] if len(text) > 1 else (tokens[1].text if len(tokens) > 1 else "")


def _its_kin(text: str, tokens: Sequence[Token], g: Grammar, res: Resources) -> bool:
    """The clause opens with 其 and a kin word, a word of its own (其父某某, 其妻 / 某某; not 其后, 其实, 其中,
    nor 其 / 子公司: a subsidiary), or glued to the surname after it (其 / 子叶/nr 振华: 其子叶振华)."""
    rest = _after_its(text, tokens)
    return rest in g.kin_words or rest in _ONE_CHARACTER_KIN_OF or (
        len(text) == 1 and len(rest) == 2 and rest[0] in _ONE_CHARACTER_KIN_OF and res.names.surnames.get(rest[1]) is not None
    )


_CLAUSE_BREAKS = frozenset("，,；;")  # what a later clause opening with 其 and a kin word follows (其妻某某…，其子某某)


_ONE_CHARACTER_KIN_OF = frozenset("父母妻夫子女兄弟姐妹")  # kin words of one character after 其 (其父, 其妻, 其子)


def _its_body_word(text: str, tokens: Sequence[Token], body_words: tuple[str, ...]) -> bool:
    """The sentence opens with 其 and what only a body has (``body_words``: 其总部位于某地, 其创始人是某某)."""
    return _after_its(text, tokens).startswith(body_words)


def select_mentions(candidates: Sequence[Mention], departments: Sequence[str] = (), bodies: Sequence[str] = ()) -> list[Mention]:
    """The overlap policy: longest span first, ties to the more reliable source, then leftmost.

    One exception keeps known names whole: a POS or suffix span that starts with a gazetteer
    organization and adds a department (``departments``, the grammar's ``department_endings``:
    清华大学化学系; not an institute of its own, 某某大学某某研究所, nor a body whose name only ends
    like one, ``bodies``: 某某足球俱乐部) yields to the gazetteer name; a
    branch (某某银行江苏省分行, source ``branch``) is an organization of its own and stays whole,
    and so does a local body, a known name and a place (中共 + 某某市委宣传部).

    >>> a = Mention("斯坦福大学", "EducationalOrganization", 0, 5, 0, "gazetteer")
    >>> b = Mention("斯坦福", "Organization", 0, 3, 0, "pos")
    >>> [m.text for m in select_mentions([b, a])]
    ['斯坦福大学']
    """
    known = [m for m in candidates if m.source == "gazetteer" and m.top == "Organization"]
    placed = {m.start for m in candidates if m.source == "gazetteer" and m.top == "Place"}
    candidates = [
        m for m in candidates
        if m.source not in ("pos", "suffix") or not m.text.endswith(tuple(departments)) or m.text.endswith(tuple(bodies))
        or not any(k.start == m.start and k.end < m.end and k.end not in placed for k in known)
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


def schools_of_departments(candidates: Sequence[Mention], heads: Sequence[str], parts: Sequence[str]) -> list[Mention]:
    """A school's part read with the school's name (某某大学经济学院, 某某学院摄影系): the school.

    People study and work at the school; its part is named in the same breath and stays in the
    text (a post's name takes it: 经济学院副院长, relations.toml ``role_units``). The school's name is
    the longest one that leaves a named part (中国科学院大学 / 经济学院, not 中国科学院 / 大学经济学院); a
    name from the gazetteer is knowledge and stays whole (伦敦大学学院 is a university). The other
    readings of the part go (某某大学大学 of 某某大学大学学院). Before, a part was an organization of its
    own, which no one looking for a school's alumni finds.

    >>> m = Mention("星河大学新闻与传播学院", "EducationalOrganization", 3, 14, 0, "suffix")
    >>> [x.text for x in schools_of_departments([m], ("大学", "学院"), ("系", "学院", "专业"))]
    ['星河大学']
    >>> [x.text for t in ("星河电影学院摄影系", "星河科学院大学经济学院", "星河大学学院") for x in schools_of_departments([Mention(t, "EducationalOrganization", 0, len(t), 0, "suffix")], ("大学", "学院"), ("系", "学院"))]
    ['星河电影学院', '星河科学院大学', '星河大学学院']
    """
    trimmed: dict[Mention, Mention] = {}
    for m in candidates:
        text = m.text
        if m.source == "gazetteer" or m.top != "Organization" or not text.endswith(tuple(parts)):
            continue
        for cut in range(len(text) - 3, 3, -1):  # the longest school name first
            rest = text[cut:]
            if text[:cut].endswith(tuple(heads)) and _names_a_part(rest, parts):
                trimmed[m] = replace(m, text=text[:cut], type="EducationalOrganization", end=m.start + cut, key="")
                break
    if not trimmed:
        return list(candidates)
    spans = [(m.start, m.end, school.end) for m, school in trimmed.items()]  # (the part's reading: from the school's end)
    return [
        trimmed.get(m, m) for m in candidates
        if m in trimmed or m.source == "gazetteer" or not any(s <= m.start and m.end <= e and m.end > cut for s, e, cut in spans)
    ]


def _names_a_part(text: str, parts: Sequence[str]) -> bool:
    """text is a school's part with a name of its own before its ending (经济学院; 学院 alone is none)."""
    return any(text.endswith(part) and len(text) > len(part) for part in parts)


def without_parts_of_schools(mentions: Sequence[Mention], heads: Sequence[str], parts: Sequence[str]) -> list[Mention]:
    """A school's part read as a name of its own right after the school's (某某大学 / 某某学院院长):
    no mention; the school is the organization, as ``schools_of_departments`` reads the two as one.

    >>> a = Mention("星河大学", "EducationalOrganization", 0, 4, 0, "suffix")
    >>> b = Mention("海都学院", "EducationalOrganization", 4, 8, 0, "suffix")
    >>> [m.text for m in without_parts_of_schools([a, b], ("大学", "学院"), ("系", "学院"))]
    ['星河大学']
    """
    schools_end = {m.end for m in mentions if m.top == "Organization" and m.text.endswith(tuple(heads))}
    return [
        m for m in mentions
        if not (m.start in schools_end and m.top == "Organization" and m.source != "gazetteer" and _names_a_part(m.text, parts))
    ]


# the other script's form alone in the parentheses, or first before a comma and the dates or
# notes an encyclopedia puts there: 本杰明·富兰克林（Benjamin Franklin，1706年1月17日—1790年4月17日）
_PAIR = re.compile(r"\s*[（(]\s*([^()（），,；;]{1,60}?)\s*(?:[，,；;][^()（）]{0,80})?[)）]")


def link_pairs(text: str, mentions: Sequence[Mention], res: Resources) -> list[Mention]:
    """``托马斯·沃尔夫 (Thomas Wolf)``: the two forms become partners (``alt``) of one name, also
    when dates or notes follow the partner in the parentheses (``（Thomas Wolf，1987年—）``).

    The form in parentheses becomes a mention of the same type when no source found it. A
    person's other Chinese name in parentheses is a partner too (``person_aliases`` in the
    grammar): 刘某（原名刘某某）, 杨某某（小名某某）, 刘某（刘某某）.
    """
    by_start = {m.start: m for m in mentions}
    out = {(m.start, m.end): m for m in mentions}
    g = compiled_grammar(res)
    for m in mentions:
        if m.source in ("pronoun", "time", "title"):
            continue
        pair = _PAIR.match(text, m.end)
        if not pair:
            continue
        inner = pair.group(1)
        s, e = pair.start(1), pair.end(1)
        if has_cjk(inner) == has_cjk(m.text):
            alias = _person_alias(text, m, s, e, by_start, g.alias_words, g.kin_words, g.nickname_prefixes) or _renamed(text, m, s, e, by_start, g.org_alias_words)
            if alias is None:
                continue  # not a translation (same script), nor a person's other name
            inner, s = alias.text, alias.start
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


def _person_alias(
    text: str, m: Mention, s: int, e: int, by_start: Mapping[int, Mention], words: Sequence[str], kin_words: Collection[str] = (),
    pet_prefixes: Sequence[str] = (),
) -> Mention | None:
    """A person's other Chinese name filling the parentheses text[s:e] after the name ``m``: after
    a word that gives one (小名, 原名 …), or alone when it shares the surname or holds the name
    (not a name of another surname: a cast list puts the actor after the role that way), or after
    a pet name a kin word introduces (女儿豆豆（宋雨欣）: the child's full name).

    >>> m = Mention("周航", "Person", 0, 2, 0, "name")
    >>> _person_alias("周航（小名航航）", m, 3, 7, {}, ["小名"]).text
    '航航'
    >>> _person_alias("周航（林慧）", m, 3, 5, {}, ["小名"]) is None
    True
    >>> pet = Mention("豆豆", "Person", 2, 4, 0, "name")
    >>> _person_alias("女儿豆豆（宋雨欣）", pet, 5, 8, {}, ["小名"], {"女儿"}, ["小", "阿"]).text
    '宋雨欣'
    """
    if m.top != "Person":
        return None
    word = next((w for w in words if text.startswith(w, s)), "")
    start = s + len(word)
    while start < e and text[start] in "：: ":
        start += 1
    name = text[start:e]
    if not 2 <= len(name) <= 4 or not all(is_cjk(c) for c in name) or name == m.text:
        return None
    found = by_start.get(start)
    if found is not None and (found.end != e or found.top != "Person"):
        return None  # 周航（周远航的父亲）: more than a name
    if not word and not (name[0] == m.text[0] or m.text in name or _pet_name(m.text, pet_prefixes) and _after_kin_word(text, m.start, kin_words)):
        return None
    return found or Mention(name, m.type, start, e, m.sentence, "pair")


def _pet_name(name: str, prefixes: Sequence[str]) -> bool:
    """豆豆, 小雨, 阿明: a doubled character, or a pet name's prefix (``[nicknames] prefixes``: 小, 阿) and one character."""
    return len(name) == 2 and (name[0] == name[1] or name[0] in prefixes)


def _after_kin_word(text: str, k: int, kin_words: Collection[str]) -> bool:
    return any(text[max(0, k - n) : k] in kin_words for n in (2, 3))


def _renamed(text: str, m: Mention, s: int, e: int, by_start: Mapping[int, Mention], words: Sequence[str]) -> Mention | None:
    """An organization's other name filling the parentheses text[s:e] after the organization
    ``m``, after a word that gives one (现, 原名, 前身为 …), found as an organization itself.

    >>> m = Mention("星河学院", "EducationalOrganization", 0, 4, 0, "suffix")
    >>> other = Mention("星河大学", "EducationalOrganization", 6, 10, 0, "suffix")
    >>> _renamed("星河学院（现星河大学）", m, 5, 10, {6: other}, ["现"]).text
    '星河大学'
    """
    if m.top != "Organization":
        return None
    word = next((w for w in words if text.startswith(w, s)), "")
    found = by_start.get(s + len(word)) if word else None
    return found if found is not None and found.end == e and found.top == "Organization" else None


def link_aliases(text: str, mentions: Sequence[Mention], res: Resources) -> list[Mention]:
    """某某就是某某，…, 某某，原名某某，…: two people's names joined by a word that gives another
    name (``person_aliases`` in the grammar) and ending their clause are one person's; they
    become partners (``alt``) as a name and its translation do; so do a ruler's or a noble's
    title and the personal name right after it (某宗某某, ``title_endings``), and an organization
    and its other name in a clause of its own (某某大学，时称某某学院，…: ``organization_aliases`` between) or in a
    relative clause before it (原名“某某厂”的某某公司: ``former``).
    Names that have a partner already keep it.

    >>> from kg.resources import default_resources
    >>> a, b = Mention("周小雅", "Person", 0, 3, 0, "name"), Mention("王小雅", "Person", 5, 8, 0, "name")
    >>> [(m.text, m.alt) for m in link_aliases("周小雅就是王小雅，", [a, b], default_resources())]
    [('周小雅', '王小雅'), ('王小雅', '周小雅')]
    """
    g = compiled_grammar(res)
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.top != "Person" or b.top != "Person" or a.alt or b.alt or a.source == "pronoun" or b.source == "pronoun" or a.text == b.text:
            continue
        titled = a.end == b.start and len(a.text) >= 2 and a.text.endswith(g.title_endings) and b.source == "name" and not b.text.endswith(g.title_endings)
        if titled or g.alias_between.fullmatch(text, a.end, b.start) and _CLAUSE_END.match(text, b.end):
            out[k], out[k + 1] = replace(a, alt=b.text), replace(b, alt=a.text)
    out = _clause_aliases(text, out, g, res)
    for k in range(len(out) - 1):  # 原名“某某厂”的某某公司: a former name in a relative clause before the name
        a, b = out[k], out[k + 1]
        if a.top == b.top == "Organization" and not a.alt and not b.alt and a.text != b.text and b.source != "pronoun":
            if g.org_former_before.search(text, max(0, a.start - 8), a.start) and _RELATIVE_DE.fullmatch(text, a.end, b.start):
                out[k], out[k + 1] = replace(a, alt=b.text), replace(b, alt=a.text)
    for k, b in enumerate(out):  # 某某大学始建于1958年，时称某某学院，…: the organization the clause before is about
        if b.top != "Organization" or b.alt or b.source == "pronoun" or not _QUOTED_CLAUSE_END.match(text, b.end):
            continue
        opening = g.org_alias_before.search(text, max(0, b.start - 12), b.start)
        j = next((j for j in range(k - 1, -1, -1) if out[j].top == "Organization" and out[j].sentence == b.sentence), None)
        if opening is None or j is None or out[j].alt or out[j].text == b.text or out[j].end > opening.start():
            continue
        out[j], out[k] = replace(out[j], alt=b.text), replace(b, alt=out[j].text)
    return out


ALIAS_SOURCE = "alias"  # the source of a person's other name found only by the clause that gives it (_clause_aliases)


def _clause_aliases(text: str, mentions: list[Mention], g: Grammar, res: Resources) -> list[Mention]:
    """杜甫，字子美，自号少陵野老: the other name filling a clause that opens with a word giving one
    (``[person_aliases] clause``), right after a person's name, is the same person's (a partner,
    ``alt``), found or not (a courtesy, pen or stage name has no surname to find it by; one found only so
    has the source ``alias``, and the relation rules do not see it: the facts of the clauses after it are
    the name's, 王某，号某某，1980年毕业于…). A one-character word that opens a longer word of the
    dictionary's (号称, 号召, 字数) gives none; a mention of another kind inside the clause gives way to
    the name (号青山居士: no place). The other way
    round, a word after a word for people and before 原名 and a person's name is that person's
    other name (作家冰心，原名谢婉莹: a pen name the name readers do not know).

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> a = Mention("周航", "Person", 0, 2, 0, "name")
    >>> [(m.text, m.alt) for m in _clause_aliases("周航，字远帆，", [a], compiled_grammar(r), r)]
    [('周航', '远帆'), ('远帆', '周航')]
    >>> [m.text for m in _clause_aliases("周航，号称第一，", [a], compiled_grammar(r), r)]
    ['周航']
    """
    out = list(mentions)
    for a in mentions:
        if a.top != "Person" or a.source == "pronoun" or a.alt:
            continue
        head, at = a, a.end
        while (named := g.alias_clause.match(text, at)) is not None:  # 杜甫，字子美，自号少陵野老: each clause another name
            word = named.group("word")
            s, e = named.span("name")
            if len(word) == 1 and res.segmenter.knows(text[named.start("word") : named.start("word") + 2]) and any(c in g.name_stop for c in text[s:e]):
                break  # 号称第一, 号召大家, 字数不多: a word of the dictionary's, no word giving a name (字元 / 抚 is one: 林则徐，字元抚)
            found = [m for m in out if m.start < e and s < m.end]
            if any(m.start < s or e < m.end or m.top == "Person" and m.alt for m in found):
                break  # a mention reaching out of the clause (or a person named there with a partner already)
            person = next((m for m in found if m.start == s and m.end == e and m.top == "Person"), None)
            # what fills the clause is a name, whatever else a reader took it for (号青山居士: no place 青山居士)
            other = person or Mention(text[s:e], "Person", s, e, a.sentence, ALIAS_SOURCE)
            out = [m for m in out if m is not head and m not in found]
            head = head if head.alt else replace(head, alt=other.text)
            out += [head, replace(other, alt=a.text)]
            at = e
    for b in [m for m in out if m.top == "Person" and m.source != "pronoun" and not m.alt]:
        named = _BEFORE_FORMER_NAME.search(text, max(0, b.start - 8), b.start)
        if named is None:
            continue
        e = named.start()
        # 作家 / 冰心，原名谢婉莹: only right after a word for people, or opening the sentence or a clause, is the
        # word before 原名 a name (two characters or three; 大冰原名某某), and no word for people itself (父亲原名某某)
        s = next(
            (
                e - n for n in (2, 3) if all(is_cjk(c) for c in text[max(0, e - n) : e]) and e - n >= 0
                and (word_for_people_ends_at(text, e - n, res.names.context_before, 1, 5) or e - n == 0 or text[e - n - 1] in _CLAUSE_OPENERS)
                and text[e - n : e] not in res.names.context_before and res.segmenter.word_tag(text[e - n : e]) != _PRONOUN_TAG
            ),
            -1,
        )
        if s < 0 or any(m.start < e and s < m.end for m in out):
            continue
        out = [m for m in out if m is not b] + [replace(b, alt=text[s:e]), Mention(text[s:e], "Person", s, e, b.sentence, ALIAS_SOURCE, alt=b.text)]
    return sorted(out, key=lambda m: m.start)


_CLAUSE_OPENERS = frozenset("。！？；;，,\n“\"「（(")  # what comes right before a clause's (or a sentence's) first word
_PRONOUN_TAG = "r"
# 原名 and the person's name found, after the other name (作家冰心，原名谢婉莹; 歌手刀郎原名罗林)
_BEFORE_FORMER_NAME = re.compile(r"[，,]?\s*(?:原名|本名|真名|俗名)(?:是|为|叫|：|:)?\s*$")



_CLAUSE_END = re.compile(r"\s*(?:[，,。；;（(！？]|$)")
_QUOTED_CLAUSE_END = re.compile(r"[”\"」]?\s*(?:[，,。；;（(！？]|$)")
_RELATIVE_DE = re.compile(r"[”\"」]?\s*的\s*")


_CLASSIFIED = re.compile(
    r"\s*(?:[（(][^（()）]{0,60}[)）])?\s*(?:(?:是|为|乃|系)(?:一家|一间|一所)|(?:正式)?(?:始创于|成立于|始建于|组建于)[^，,。；;的]{0,14}(?:[，,。；;]|$))"
)
_CLASSIFIED_BY = {"一家": "Company", "一间": "Company", "一所": "EducationalOrganization"}  # else Organization


def classified(text: str, mentions: Sequence[Mention], people_of: frozenset[str] = frozenset()) -> list[Mention]:
    """某某（…）是一家……, 某某是一所……: the classifier 家 (所) counts companies (schools), never
    people, and only organizations are 成立于 or 始创于 a year in a clause of its own (people are
    生于 one; 某某成立于1999年的公司 is someone's act), so a name read as a person's that the
    sentence counts or founds so is an organization, and so are its other mentions in the
    sentence and its partner in parentheses (one sense per sentence). Not when the clause goes on
    to someone the body has (``people_of``: 某某是一家公司的董事长, 是一所中学的老师): that is a person.

    >>> m = Mention("兰多尼", "Person", 0, 3, 0, "translit")
    >>> [(x.text, x.type) for x in classified("兰多尼是一家意大利汽车生产商", [m])]
    [('兰多尼', 'Company')]
    """
    kinds: dict[str, str] = {}
    for m in mentions:
        if m.top == "Person" and m.source not in ("pronoun", "context") and (hit := _CLASSIFIED.match(text, m.end)) is not None and not _someone_of(text, hit.end(), people_of):
            kinds[m.text] = _CLASSIFIED_BY.get(hit.group(0)[-2:], "Organization")
            if m.alt:
                kinds[m.alt] = kinds[m.text]
    if not kinds:
        return list(mentions)
    return [replace(m, type=kinds[m.text]) if m.top == "Person" and m.text in kinds and m.source != "pronoun" else m for m in mentions]


_OF_CLAUSE = re.compile(r"[^，,。；;！？]{0,24}?的(\w{1,5})")


def _someone_of(text: str, k: int, people_of: frozenset[str]) -> bool:
    """The clause from ``k`` names someone of the body it counts (一家公司的董事长, 一所大学的教授)."""
    hit = _OF_CLAUSE.match(text, k)
    return hit is not None and any(hit.group(1).startswith(w) for w in people_of)


def sentence_mentions(text: str, start: int, end: int, sentence: int, tokens: Sequence[Token], res: Resources) -> list[Mention]:
    """All name candidates of one sentence (times and pronouns aside), before the overlap policy."""
    gazetteer = [*gazetteer_mentions(text, start, end, sentence, tokens, res), *latin_mentions(text, start, end, sentence, res), *abbreviated_countries(text, start, end, sentence, res)]
    gazetteer.extend(held_back_places(text, start, end, sentence, tokens, gazetteer, res))
    places = {m.start for m in gazetteer if m.top == "Place"}
    orgs = frozenset(m.start for m in gazetteer if m.top == "Organization")
    found = [
        *gazetteer,
        *title_works(text, start, end, sentence),
        *transliterated_names(text, start, end, sentence, res, tokens),
        *foreign_names(text, tokens, sentence, res),
        *team_mentions(text, tokens, sentence, res, gazetteer),
        *chinese_names(text, tokens, sentence, res),
        *japanese_names(text, tokens, sentence, res),
        *tibetan_names(text, tokens, sentence, res),
        *gendered_names(text, start, end, sentence, res),
        *nicknames(text, tokens, sentence, res),
        *noble_names(text, tokens, sentence, res, {m.start: (m.end, m.type) for m in gazetteer if m.top == "Place"}),
        *suffix_mentions(text, tokens, sentence, res, places, orgs),
        *registered_companies(text, tokens, sentence, res, places),
        *trade_name_firms(text, tokens, sentence, res),
        *address_mentions(text, tokens, sentence, res, gazetteer),
        *route_mentions(text, tokens, sentence, res),
        *pos_mentions(text, tokens, sentence, res),
        *quoted_organizations(text, start, end, sentence, res),
        *quoted_relatives(text, start, end, sentence, res),
        *latin_noted_organizations(text, tokens, sentence, res),
        *named_bodies(text, start, end, sentence, res),
    ]
    boxed = {m.start: m.end for m in found if m.source == "context"}  # 姓名：X ends where the next label starts
    if boxed:
        found = [m for m in found if m.source == "context" or m.top != "Person" or boxed.get(m.start, m.end) == m.end]
    persons = {m.start for m in found if m.top == "Person"}
    g = compiled_grammar(res)
    if persons:
        found = _without_lookalikes_of_names(text, found, g)
    titled = titled_organizations(text, tokens, sentence, res, persons) if persons else ()
    founded = [*founded_subjects(text, tokens, sentence, res, found), *founded_objects(text, tokens, sentence, res), *made_by_makers(text, tokens, sentence, res, found)]
    divisions = _company_divisions(gazetteer, tokens, res)
    return _without_leagues_of_clubs(text, _without_descriptions_of_bodies(text, [
        *found, *_completed(text, found, res), *_placed_companies(gazetteer), *titled, *_dotted_people(text, found, tokens, res.names.surnames, g.name_stop, g.verbs_after_names, g.translit), *founded, *divisions,
        *_regnal_names(text, start, end, sentence, found, g.translit),
        *_teams_named_twice(text, start, end, sentence, found, res),
        *_subordinate_offices(text, found, tokens, g.people_of_bodies, g.ministry_endings, g.stationed_office, g.not_suffix),
        *_local_offices(text, found, tokens, res),
        *_national_armies(text, tokens, sentence, g),
        *_labelled_addresses(text, start, end, sentence, found, g),
        *_named_after_people(text, start, end, sentence, tokens, g),
        *boxed_organizations(text, start, end, sentence, g),
    ], res), g)


def _without_leagues_of_clubs(text: str, found: list[Mention], g: Grammar) -> list[Mention]:
    """The candidates with a club read leftwards over the league it plays in (英超 / 某某足球俱乐部, 中超 / 某某队)
    cut back to the club: the league is a body of its own, no part of the club's name."""
    kept: list[Mention] = []
    for m in found:
        league = g.league.match(text, m.start, m.end) if m.top == "Organization" and m.source not in ("gazetteer", "team") else None
        if league is not None and m.end - league.end() >= 4 and m.text.endswith(tuple(g.team_suffixes)):
            m = Mention(text[league.end() : m.end], m.type, league.end(), m.end, m.sentence, m.source)
        kept.append(m)
    return kept


def _without_lookalikes_of_names(text: str, found: list[Mention], g: Grammar) -> list[Mention]:
    """The candidates without the places and known names a person's name candidate shows to be that
    name: a span read as a place by its ending (山) with a kin word after it (钟南山/ns 的父亲), and a
    known name ending in a function character that a person's name ends inside, one character short
    of its end (其父王华为成化年间状元: 王华 and the copula 为, not 华为)."""
    named = {(m.start, m.end) for m in found if m.top == "Person" and m.source == "name"}
    name_ends = {e: s for s, e in named}
    return [
        m for m in found
        if not (m.top == "Place" and m.source in ("suffix", "pos") and (m.start, m.end) in named and g.after_de_at.at(text, m.end))
        and not (m.source == "gazetteer" and m.text[-1] in g.name_stop and name_ends.get(m.end - 1, m.start) < m.start)
    ]


def _without_descriptions_of_bodies(text: str, found: list[Mention], res: Resources) -> list[Mention]:
    """The candidates with an organization read leftwards from its kind over a Latin-script name into
    the Chinese words that describe it (西班牙服装巨头 / Inditex集团, 美国芯片巨头 / Nvidia公司) cut back to
    the Latin name and its kind: a description is no part of the name. What stands before the Latin
    name may be a place alone (北京 / ABC公司: the place of registration stays). A founded subject read
    back over a kind of body before a body the gazetteer knows (家具企业 / 宜家) or the suffix grammar reads
    (民营企业 / 星河集团) is cut back to it too."""
    latin = {m.start: m.end for m in found if m.top == "Organization" and text[m.start : m.start + 1].isascii() and text[m.start].isalpha()}
    g = compiled_grammar(res)
    # … and a known or suffixed body the kind before it describes (瑞典家具企业 / 宜家由某某创立: the founded subject read back over the description)
    known_ends = {m.end: m.start for m in found if m.top == "Organization" and m.source in ("gazetteer", "suffix")}
    if known_ends:
        kinds = tuple(g.named_body_kinds)
        for k, m in enumerate(found):
            s = known_ends.get(m.end)
            if s is not None and m.start < s and m.source == "founded" and text[m.start : s].endswith(kinds):
                found[k] = Mention(text[s : m.end], m.type, s, m.end, m.sentence, m.source)
    # … and a founded subject read back over a description ending in a kind of firm before a trade name
    # (医疗AI企业 / 慧影医疗由某某创办; 华联企业集团 and 某某企业管理有限公司 keep their 企业: a suffix or a line of business follows)
    for k, m in enumerate(found):
        if m.source == "founded" and m.top == "Organization":
            after_kind = max((m.start + i + 2 for i in range(1, len(m.text) - 5) if m.text.startswith("企业", i)), default=0)
            rest = text[after_kind : m.end]
            if after_kind and rest[:2] not in g.trade_words and suffix_of(rest[:2], g, kind="org") is None and not rest.startswith(tuple(g.org_suffixes)):
                found[k] = Mention(rest, m.type, after_kind, m.end, m.sentence, m.source)
    if not latin:
        return found
    kept: list[Mention] = []
    for m in found:
        if m.top == "Organization" and m.source not in ("gazetteer", "latin"):
            cut = next(
                (
                    s for s, e in latin.items()
                    if m.start < s and e <= m.end and (e == m.end or suffix_of(text[e : m.end], g, kind="org") is not None)
                    and has_cjk(text[m.start : s]) and known_type(text[m.start : s], res) is None
                ),
                None,
            )
            if cut is not None:
                m = Mention(text[cut : m.end], m.type, cut, m.end, m.sentence, m.source)
        kept.append(m)
    return kept


def boxed_organizations(text: str, start: int, end: int, sentence: int, g: Grammar) -> Iterator[Mention]:
    """公司名称：某某；成立时间：2003年: the value of an organization's name field in a fact box that has
    another field only an organization's box has (成立时间, 创始人, 总部 …, on the same line or, for a box
    written one field per line, on the lines after it); 中文名称 alone names a film
    or a dish as well. A box without a name label names its organization by its title: a ranked item
    (第3名：某某（Latin）…, No.4 某某 …) or the name opening the text right before one of those fields
    (【百科】某某  创始人 某某), never a page's heading (关于我们, 公司简介).

    >>> from kg.resources import default_resources
    >>> t = "公司名称：星河味业；成立时间：2003年"
    >>> [m.text for m in boxed_organizations(t, 0, len(t), 0, compiled_grammar(default_resources()))]
    ['星河味业']
    """
    # a box written one field per line: its other fields are on the lines after the name's
    reach = min(len(text), end + _BOX_LINES_REACH) if text[end:].lstrip(" \t　")[:1] == "\n" else end
    if g.org_box.search(text, start, reach) is None:
        return
    labelled = False
    for m in g.field_org.finditer(text, start, end):
        if has_cjk(m.group("name")):
            labelled = True
            yield Mention(m.group("name"), "Organization", m.start("name"), m.end("name"), sentence, "context")
    if labelled:
        return
    # no name label: the box's or the ranking's title (第3名：暖途（NUANTU）…, 【百科】凤鸣银饰  创始人 …)
    for m in g.org_box_title.finditer(text[:end], start):
        name = m.group("name")
        if g.org_box.search(name) is not None or name.endswith(g.registered_headings) or name.endswith(g.box_headings):
            continue  # 创始人 …, 公司简介, 关于我们: a label or a heading, no title
        if not m.group("ranked") and g.org_box.match(text, _past_spaces(text, m.end())) is None:
            continue  # a name opening the text is the box's title only right before one of its fields (某某  创始人 某某)
        if not m.group("ranked") and len(name) < 4 and text[m.end() + 1 : m.end() + 2] not in _SPACES:
            continue  # 周明 创始人：… after one space: a speaker's name and title (a firm's is longer: 凤鸣琴行 创办人：某某)
        yield Mention(name, "Organization", m.start("name"), m.end("name"), sentence, "context")


_BOX_LINES_REACH = 160  # characters after a box's name line in which its other fields are looked for
_SPACES = frozenset(" \t　|｜")  # what parts a box's title from its fields: spaces, field bars


def _past_spaces(text: str, k: int) -> int:
    """The first offset from k that is no space or field bar (某某  创始人, 某某 | 成立日期)."""
    while k < len(text) and text[k] in _SPACES:
        k += 1
    return k


# A department of a ministry, a bureau or a commission (商务部 + 外资司, 某市规划局 + 详规处, 某区 + 住建办):
# two characters or more of its own name, then 司, 处, 科, 室 or 办 — not a word that goes on
# (公司, 处理, 科学, 室内, 办法) — with no function word inside.
_DEPARTMENT = re.compile(
    r"[^\W\d_的了对将在是有为把被从向给也都就还又说称及等]{2,10}?(?:(?<![公上])司(?![机令法仪马空])|处(?![理罚置于在分境事长])|科(?![学技研普长])|室(?![内外主])|办(?![理法公事学好]))"
)
# What a department's own name never holds: a time, an adverb, a pronoun (税务局 / 近日 / 开展 / 便 / 民办 is no department)
_NO_DEPARTMENT_POS = frozenset({"t", "tg", "d", "r", "m", "u", "uj", "ul", "f"})


def _subordinate_offices(
    text: str, found: Sequence[Mention], tokens: Sequence[Token], posts: frozenset[str], ministry_endings: tuple[str, ...], stationed: re.Pattern[str],
    not_suffix: frozenset[str] = frozenset(),
) -> Iterator[Mention]:
    """A ministry's or a bureau's department (商务部外资司, 某市规划局详规处: the body's name ends in one of
    ``ministry_endings``) and a country's or a body's office abroad (中国驻法国大使馆: ``stationed``, the Grammar's
    stationed_office, from ``offices_abroad``), each one organization named from the body it belongs to."""
    for m in found:
        if m.type == "GovernmentOrganization" and m.text.endswith(ministry_endings) and (dept := _DEPARTMENT.match(text, m.end)) is not None and _ends_a_word(
            text, dept.end(), tokens, posts
        ) and not any(m.end <= t.start and t.end <= dept.end() and t.pos in _NO_DEPARTMENT_POS for t in tokens) and text[dept.end() - 2 : dept.end()] not in not_suffix:
            # (no verb whose last character reads as an office's: 宣传部 / 联合主办)
            yield Mention(text[m.start : dept.end()], "GovernmentOrganization", m.start, dept.end(), m.sentence, "suffix")
        if (m.type == "Country" or m.top == "Organization") and (office := stationed.match(text, m.end)) is not None:
            kind = "GovernmentOrganization" if m.type in ("Country", "GovernmentOrganization") else m.type
            yield Mention(text[m.start : office.end()], kind, m.start, office.end(), m.sentence, "suffix")


def _named_after_people(text: str, start: int, end: int, sentence: int, tokens: Sequence[Token], g: Grammar) -> Iterator[Mention]:
    """A body named after a person whose dotted name opens it (玛丽·居里 / 研究所, 某某·某某 / 博物馆):
    the name and the ending, a word of its own, are one organization (or place: 某某·某某大街); the
    suffix grammar reads no further left than the dot. Its type is the ending's (博物馆, 大学 …).

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "玛丽·居里研究所位于巴黎"
    >>> [(m.text, m.type) for m in _named_after_people(t, 0, len(t), 0, r.segmenter.tokens(t), compiled_grammar(r))]
    [('玛丽·居里研究所', 'Organization')]
    """
    if PART_JOIN.search(text, start, end) is None:
        return  # most sentences hold no dotted name
    index = token_index(tokens)  # (shared with the other readers of the sentence: read only)
    word_at, token_at, ending_at = index.starting_at, index.token_at, index.ending_at
    for dotted in g.dotted.finditer(text, start, end):
        e = dotted.end()
        if (last := token_at.get(e - 1)) is not None and last.end > e:
            # 托马斯·爱迪 / 生: the last part goes on to the end of the segmenter's name; 列夫·托尔斯泰博 /
            # 物馆: it ends where the segmenter's next word starts
            e = last.end if last.pos in NAME_POS else last.start
        word = word_at.get(e)
        if (tail := ending_at.get(e)) is not None and tail.start > text.rfind("·", dotted.start(), e) + 1 and _whole_ending(tail.text, g) is not None:
            word, e = tail, tail.start  # 亚斯纳亚·博利尔纳 / 庄园/nr: an ending the segmenter tagged a name, read into the last part
        if word is None:
            continue
        kind = _whole_ending(word.text, g)
        if kind is not None and not firm_form_verb(text, word, g):  # (卡洛斯·斯利姆 / 控股/v / 的: what the person does)
            yield Mention(text[dotted.start() : word.end], kind, dotted.start(), word.end, sentence, "suffix")


def _whole_ending(word: str, g: Grammar) -> str | None:
    """The kind of body or place a word names when it is a whole ending of such a name (博物馆 an organization's,
    大学 a school's, 庄园 a place's), None for any other word (a common noun ending in one too)."""
    if word in g.not_suffix:
        return None
    ending = suffix_of(word, g, min_length=2)
    if ending is not None and ending[0] == word:
        return ending[1]
    return "Place" if word in g.place_words else None


_LABELLED_VALUE = re.compile(r"[^，。；;,！？!?：:\s]{2,60}")  # (up to the next label's colon too)


def _labelled_addresses(text: str, start: int, end: int, sentence: int, found: Sequence[Mention], g: Grammar) -> Iterator[Mention]:
    """An address label's value (地址：某市某区某路88号某大厦1203室, 物业位置：某路与某街交会处西南): one
    place, up to the next pause, when a place is named in it; what the value holds besides (a
    building, a shop, a room) is part of the address, not a name of its own.

    >>> from kg.resources import default_resources
    >>> from kg.extract.grammar import compiled_grammar
    >>> t = "地址：宁波市海曙区星河路88号某某大厦12楼"
    >>> place = Mention("宁波市", "City", 3, 6, 0, "gazetteer")
    >>> [m.text for m in _labelled_addresses(t, 0, len(t), 0, [place], compiled_grammar(default_resources()))]
    ['宁波市海曙区星河路88号某某大厦12楼']
    """
    if g.address_label is None or text.find("：", start, end) < 0 and text.find(":", start, end) < 0:
        return  # most sentences hold no label
    for label in g.address_label.finditer(text, start, end):
        value = _LABELLED_VALUE.match(text, label.end(), end)
        if value is None or not has_cjk(value.group()) or value.group().lower().startswith(("http", "www")):
            continue
        s, e = value.start(), value.end()
        inside = [m.end for m in found if m.top == "Place" and s <= m.start and m.end <= e]
        if not inside:
            continue
        if text[e : e + 1] in ("：", ":"):  # 某路66号3号楼负责人：: the next label glued on, the address ends at its last piece
            e = max(inside + [unit.end() for unit in g.number_unit.finditer(text, s, e)])
        yield Mention(text[s:e], "Place", s, e, sentence, "address")


def _national_armies(text: str, tokens: Sequence[Token], sentence: int, g: Grammar) -> Iterator[Mention]:
    """德军, 俄军: a country's one-character form (``[country_abbreviations]``) and 军, its armed
    forces; opening a word of the segmenter's, and not the start of a longer word (军事, 军舰, 军人)."""
    if not tokens or text.find("军", tokens[0].start, tokens[-1].end) < 0:
        return  # most sentences name no army
    for n, t in enumerate(tokens):
        k = t.start
        if text[k : k + 1] in g.country_abbreviations and text[k + 1 : k + 2] == "军" and text[k + 2 : k + 3] not in _ARMY_WORDS_GO_ON and (
            t.end == k + 2 or t.end == k + 1 and n + 1 < len(tokens) and tokens[n + 1].text == "军"
        ):
            yield Mention(text[k : k + 2], "GovernmentOrganization", k, k + 2, sentence, "suffix")


_ARMY_WORDS_GO_ON = frozenset("事舰官人队训区团衔装港医工校旗歌费备需械火力")  # 军事, 军舰, 军人 …: 美 / 军事 is no army


def _local_offices(text: str, found: Sequence[Mention], tokens: Sequence[Token], res: Resources) -> Iterator[Mention]:
    """An administrative area's office or commission named by an abbreviation (某区住保办, 某县扶贫办,
    某市发改委): a body of that area's government. Not a verb ending in 办 (某市举办, 某县承办)."""
    for m in found:
        if m.top != "Place" or m.text[-1:] not in ADMIN_CHARS or (office := _LOCAL_OFFICE.match(text, m.end)) is None:
            continue
        e = office.end()
        if res.segmenter.knows(text[e - 2 : e]) and res.segmenter.word_tag(text[e - 2 : e]) in ("v", "vn") or not _ends_a_word(text, e, tokens, frozenset()):
            continue
        yield Mention(text[m.start : e], "GovernmentOrganization", m.start, e, m.sentence, "suffix")


# 住保办, 扶贫办, 发改委: two to four characters of the office's own and 办 or 委 (not 委员, 委托)
_LOCAL_OFFICE = re.compile(r"[^\W\d_的了对将在是有为把被从向给也都就还又说称及等和与]{2,4}?(?:办(?![理法公事学好])|委(?![员托屈婉会]))")


def _ends_a_word(text: str, k: int, tokens: Sequence[Token], posts: frozenset[str]) -> bool:
    """``k`` ends a word of the segmenter's, or what its word goes on with is a post (详规 / 处处长:
    the department's 处 and its head's 处长); not 科学 / 办案."""
    word = next((t for t in tokens if t.start < k <= t.end), None)
    rest = text[k : word.end] if word is not None else ""
    return not rest or rest in posts or rest.endswith("长") and len(rest) <= 3


def _teams_named_twice(text: str, start: int, end: int, sentence: int, found: Sequence[Mention], res: Resources) -> Iterator[Mention]:
    """In a match report a name read as a person's is a team when the same sentence names it as
    a team elsewhere (某某vs某某，某某的进攻更犀利): one sense per sentence. (A name listed with
    organizations, 皇马、巴萨和某某, was tried too: it made people of contracts into teams.)"""
    named = {m.text for m in found if m.top == "Organization" and m.source == "team"}
    people = [m for m in found if m.text in named and m.top == "Person" and m.source in ("name", "translit")] if named else []
    if not people or not is_sports(text, start, end, res):
        return
    for m in people:
        yield Mention(m.text, "Organization", m.start, m.end, sentence, "team")


_REGNAL = re.compile("[一二三四五六七八九十]{1,3}世(?![孙祖])")  # (not 七世孙, 七世祖: generations of descent)


def _regnal_names(text: str, start: int, end: int, sentence: int, found: Sequence[Mention], translit: frozenset[str]) -> Iterator[Mention]:
    """伊丽莎白 + 二世, 亨利 + 八世: a regnal number after a person's name is part of the name, and
    after two to four transliteration characters it makes them a name (a monarch's)."""
    if text.find("世", start, end) < 0:
        return  # no regnal number in the sentence
    named: set[int] = set()
    for m in found:
        if m.top == "Person" and m.source != "pronoun" and (r := _REGNAL.match(text, m.end)) is not None:
            named.add(m.end)
            yield Mention(text[m.start : r.end()], "Person", m.start, r.end(), m.sentence, m.source, m.key)
    for r in _REGNAL.finditer(text, start, end):
        s = r.start()
        while s > start and r.start() - s < 4 and text[s - 1] in translit:
            s -= 1
        if r.start() - s >= 2 and r.start() not in named:
            yield Mention(text[s : r.end()], "Person", s, r.end(), sentence, "translit")


def _company_divisions(gazetteer: Sequence[Mention], tokens: Sequence[Token], res: Resources) -> Iterator[Mention]:
    """某某 + 财经, 某某 + 地产: a known company and a line of business right after it (one word,
    from ``company_divisions``) name the company's division, kept under the company's entry."""
    lines = compiled_grammar(res).company_divisions
    if not lines:
        return
    starting = token_index(tokens).starting_at  # (shared with the other readers of the sentence: read only)
    for m in gazetteer:
        if m.type != "Company" or not has_cjk(m.text):
            continue
        nxt = starting.get(m.end)
        if nxt is not None and nxt.text in lines:
            yield Mention(m.text + nxt.text, "Company", m.start, nxt.end, m.sentence, "completed", key=m.key)


_NAME_DOTS = frozenset("·•・‧")


def _dotted_people(
    text: str, found: Sequence[Mention], tokens: Sequence[Token] = (), surnames: Mapping[str, int] | None = None, stops: Collection[str] = (),
    verbs: Collection[str] = (), translit: Collection[str] = (),
) -> Iterator[Mention]:
    """胡戈 + · + 容克斯: person candidates (or words the segmenter tags as names) joined by a
    middle dot are the parts of one foreign (or minority) name, never two people; the whole name
    is a candidate (up to four parts).

    >>> parts = [Mention("胡戈", "Person", 0, 2, 0, "name"), Mention("容克斯", "Person", 3, 6, 0, "name")]
    >>> [m.text for m in _dotted_people("胡戈·容克斯", parts)]
    ['胡戈·容克斯']
    """
    span = text[tokens[0].start : tokens[-1].end] if tokens else text
    if not any(dot in span for dot in _NAME_DOTS):
        return  # most sentences hold no middle dot
    by_start: dict[int, list[Mention]] = {}
    for m in found:
        if m.top == "Person" and m.source != "pronoun":
            by_start.setdefault(m.start, []).append(m)
    sentence = found[0].sentence if found else 0
    previous: Token | None = None
    single_starts = {t.start for t in tokens if len(t.text) == 1}
    for t in tokens:  # 杰弗逊/nr · 席尔瓦/nr: name-tagged words next to a dot count as parts
        if t.pos in ("nr", "nrt", "nrfg") and len(t.text) >= 2 and has_cjk(t.text) and (
            text[t.end : t.end + 1] in _NAME_DOTS or text[t.start - 1 : t.start] in _NAME_DOTS
        ):
            # 皮涅拉为/nr: 为 ends the name; 斯布诺出/nr 生于: the first character of the verb after it
            end = t.end - 1 if len(t.text) >= 3 and (t.text[-1] in stops or text[t.end - 1 : t.end + 1] in verbs) else t.end
            begin = t.start + 1 if len(t.text) >= 3 and t.text[0] in stops and text[t.end : t.end + 1] in _NAME_DOTS else t.start  # 当马特/nr: 当 opens it
            if (
                previous is not None and previous.end == t.start and len(previous.text) == 1 and previous.text in translit and previous.text not in stops
                and text[t.end : t.end + 1] in _NAME_DOTS and (previous.start == 0 or not is_cjk(text[previous.start - 1]))
            ):
                begin = previous.start  # 妮/zg 歌拉/nrt · 哈特: a transliteration's first character the segmenter left alone, opening the clause
            elif (
                previous is not None and previous.end == t.start and len(previous.text) >= 2 and previous.text[0] == _BY
                and all(c in translit for c in previous.text[1:]) and text[t.end : t.end + 1] in _NAME_DOTS
            ):
                begin = previous.start + 1  # 由埃勒/ns 特尔/nrt · …: 由 glued to the name's first characters, which are the name's
            if (
                end == t.end and text[t.start - 1 : t.start] in _NAME_DOTS and t.end < len(text) and text[t.end] in translit and text[t.end] not in stops
                and t.end in single_starts and (t.end + 1 >= len(text) or not is_cjk(text[t.end + 1]) or text[t.end + 1] in stops)
            ):  # (a word of its own: 伯格 / 代表 is no 伯格代)
                end = t.end + 1  # · 钱德拉塞卡/nr 兰/nr 。: a last transliteration character the segmenter left alone, before a pause or a function character
            by_start.setdefault(begin, []).append(Mention(text[begin:end], "Person", begin, end, sentence, "translit"))
        previous = t
    person_ends = {m.end for group in by_start.values() for m in group}
    word_spans = {(t.start, t.start + 2) for t in tokens if len(t.text) >= 2}
    for t in tokens:  # 卡尔 · 钻石/n: after a person's part and a dot, a word is the family name (a word too)
        if t.pos in _FAMILY_WORD_POS and len(t.text) >= 2 and has_cjk(t.text) and text[t.start - 1 : t.start] in _NAME_DOTS and t.start - 1 in person_ends:
            e = t.end - 1 if len(t.text) >= 3 and t.text[-1] == _YU and _DATE_AFTER_YU.match(text, t.end) else t.end  # 甘伯于/ns 1899年: the date's 于
            if (counted := _PEOPLE_COUNTED.search(text, t.start + 1, e)) is not None:
                e = counted.start()  # 波克三人/ns 共同创立: the people counted after the last one's family name, no part of it
            by_start.setdefault(t.start, []).append(Mention(text[t.start : e], "Person", t.start, e, sentence, "translit"))
        elif surnames and len(t.text) == 1 and surnames.get(t.text) == 1 and text[t.start - 1 : t.start] in _NAME_DOTS and t.start - 1 in person_ends and (
            t.end >= len(text) or not is_cjk(text[t.end]) or (t.end, t.end + 2) in word_spans or text[t.end] in _AFTER_FAMILY_NAME
        ):
            # 安娜·林(Anna Lin), 何塞·陈 / 毕业/v: a Chinese family name after the dot, the name ends with it (before a
            # word of two characters or more or a function character: not 何塞·陈 / 立 …, a given name's character the
            # segmenter left alone)
            by_start.setdefault(t.start, []).append(Mention(t.text, "Person", t.start, t.end, sentence, "translit"))
        elif surnames and len(t.text) == 2 and surnames.get(t.text[0]) == 1 and t.text[1] in _AFTER_FAMILY_NAME and text[t.start - 1 : t.start] in _NAME_DOTS and t.start - 1 in person_ends:
            by_start.setdefault(t.start, []).append(Mention(t.text[0], "Person", t.start, t.start + 1, sentence, "translit"))  # 普莉希拉·陈是/v: the copula glued on
    for first in [m for group in by_start.values() for m in group]:
        ends = {first.end}
        for _ in range(3):
            ends = {n.end for e in ends if text[e : e + 1] in _NAME_DOTS for n in by_start.get(e + 1, ())}
            for e in sorted(ends):
                yield Mention(text[first.start : e], "Person", first.start, e, first.sentence, "translit")


_FAMILY_WORD_POS = frozenset({"n", "nz", "ns", "nt", "j", "a"})
_BY = "由"  # 由某某创立: glued by the segmenter to a foreign name's first characters (由埃勒/ns)
_PEOPLE_COUNTED = re.compile("[二两三四五六七八九十几]+[人位名]$")  # a count of people glued to a family name (波克三人)
_YU = "于"
_DATE_AFTER_YU = re.compile(r"\s*(?:[0-9０-９]|公元|同年|次年|当年|翌年)")  # a date after 于 glued to a name
_AFTER_FAMILY_NAME = frozenset("是为的也在和与曾于")  # function characters after a name (普莉希拉·陈 / 是): it ends before them
_TITLED_POS = frozenset({"n", "nr", "ns", "nz", "nt", "nrt", "j", "a", "vn", "l", "eng", "f", "s", "ng", "tg"})
_CLAUSE_EDGE_POS = frozenset({"x", "p", "v", "c", "uj", "ul", "d"})


def titled_organizations(
    text: str, tokens: Sequence[Token], sentence: int, res: Resources, persons: set[int]
) -> Iterator[Mention]:
    """某某置业营销总监 + 姓名: the name-like words that open a clause before a corporate title
    (and the function it heads) name the organization of the person named right after it, or of
    one named earlier when a verb of appointment comes before them (某某出任 / 某某传媒 / 总经理).

    Only a person right after the title, or appointed to it, makes this an organization; the
    words between the organization and the title (营销, 首席, 法律 …) are the function, not part
    of the name.
    """
    g = compiled_grammar(res)
    titles, modifiers = g.executive_titles, g.title_modifiers
    for k, tok in enumerate(tokens):
        if tok.text not in titles:
            continue
        n = k + 1
        if n < len(tokens) and tokens[n].text == "助理":
            n += 1
        while n + 1 < len(tokens) and tokens[n].text == "兼" and (tokens[n + 1].text in titles or tokens[n + 1].text.isupper()):
            n += 2  # 董事长兼首席执行官, 董事长兼CEO: a second title before the name
        after = tokens[n] if n < len(tokens) else None
        named_after = after is not None and after.start in persons
        # 某某重工的董事长是某某: 的 between the name and the title, the holder after a copula
        possessed = k > 1 and tokens[k - 1].text == "的"
        if possessed and not named_after and after is not None and after.text in _COPULAS_BEFORE_HOLDER:
            named_after = n + 1 < len(tokens) and tokens[n + 1].start in persons
        if not named_after and not any(p < tok.start for p in persons):
            continue
        j = k - 1 if possessed else k
        moved = True
        while moved:  # 总裁 / 兼 / 首席 / 执行官, 总裁兼/j 首席执行官: the function and a first title before the one found, no name
            moved = False
            while j > 0 and tokens[j - 1].text in modifiers:
                j, moved = j - 1, True
            head = tokens[j - 1].text if j > 0 else ""
            if head == "兼" and j > 1 and (tokens[j - 2].text in titles or tokens[j - 2].text in g.person_roles):
                j, moved = j - 2, True
            elif head.endswith("兼") and (head[:-1] in titles or head[:-1] in g.person_roles):
                j, moved = j - 1, True
        while j > 1 and tokens[j - 1].text in g.title_tenses:
            j -= 1  # 某某集团 / 原 / 董事长: the post held before, no part of the organization's name
        while j > 1 and tokens[j - 1].text.endswith(g.region_scopes) and (tokens[j - 1].pos == "ns" or tokens[j - 2].pos == "ns"):
            j -= 1 if tokens[j - 1].pos == "ns" else 2  # 某某地产 + 华南地区 + 总经理: a region the post covers
        if j > 2 and tokens[j - 1].text in CLOSE_PARENS:
            opening = _opening_paren(tokens, j - 1, _CODE_REACH)
            if opening is not None and _STOCK_CODE.fullmatch(text, tokens[opening].end, tokens[j - 1].start):
                j = opening  # 某某控股（600123）董事长: a stock code between the name and the title
        i = j
        if i > 0 and made_up_word(tokens[i - 1].text, res) and (i == 1 or tokens[i - 2].pos == "x"):
            i -= 1  # 喜茶/v / 创始人: a word the segmenter's dictionary lacks, opening the clause, is a coined name whatever its tag
        while (i > 0 and j - i < 5 and (tokens[i - 1].pos in _TITLED_POS or i == j and tokens[i - 1].text in g.org_suffix_set) and (has_cjk(tokens[i - 1].text) or tokens[i - 1].pos == "eng") and tokens[i - 1].text not in g.stop_left
               and (tokens[i - 1].text not in g.not_suffix or i == j and tokens[i - 1].text in g.org_suffix_set)):
            i -= 1  # 百世 / 集团 / 董事长: a bare suffix right before the title ends the name
        if j - i > 3 and i > 0 and tokens[i - 1].pos != "x":
            continue  # four or five words are one name only when they open the clause
        if i == j or (i > 0 and tokens[i - 1].pos not in _CLAUSE_EDGE_POS) or tokens[i].text in g.glued and tokens[i].text not in g.title_tenses:
            continue
        # 某某，某某集团 / 创始人、董事长: the post of the person a biography opens with, right after the comma
        described = (
            i > 1 and tokens[i - 1].text in _APPOSITION_COMMAS and tokens[0].start in persons
            and tokens[i - 1].start - tokens[0].start <= _OPENING_NAME and all(t.pos != "x" for t in tokens[: i - 1])
        )
        if not named_after and not described and not (i > 0 and (
            tokens[i - 1].text in g.appointing_verbs or tokens[i - 1].text == "为" and i > 1 and tokens[i - 2].text in g.appointing_verbs_before_wei
        )):
            continue  # no one named after the title: only a verb of appointment before it (某某出任 / 某某 / 董事长)
        while i < j - 1 and tokens[i].text in g.title_tenses:
            i += 1  # 原 / 某某 / 总裁: the post was held before, the name is what follows
        glued_at = next((m for m in range(j - 2, i, -1) if glued_preposition(text, tokens[m], (), g, res)), None)
        if glued_at is not None:
            i = glued_at  # 某监会 / 对康美/j / 药业 / 董事长: a preposition glued inside, the name starts after it
        s, e = tokens[i].start, tokens[j - 1].end
        if i < j - 1 and (i == glued_at or glued_preposition(text, tokens[i], (), g)):
            s += 1  # 据远帆/n / 集团 / 董事长: a preposition the segmenter glued to the name's first word (found inside, or first)
        elif text[s] in g.former_marks and len(tokens[i].text) >= 3:
            s += 1  # 原星朗/nr / 总裁: "former", glued to the name's first word
        name = text[s:e]
        opens = i == 0 or tokens[i - 1].pos == "x"
        if possessed and not (opens and j - i <= 2):
            continue  # (with 的 the name opens the clause, in two words at most: not 他们公司的董事长)
        if j - i == 1 and len(name) <= 2 and tokens[i].pos in _COMMON_POS and not opens:
            continue  # 为 / 纪念 / 创办人 某某: one common two-character word inside a clause names nothing
        if not 2 <= len(name) <= (10 if opens else 6) or name in g.pos_stop or name in g.not_suffix or s in persons or all(t.pos == "ns" for t in tokens[i:j]):
            continue
        if name in g.org_suffix_set or name in g.org_pronouns:
            continue  # ，联合会 / 主席某某: the bare kind takes up a body named before, it names none of its own (nor does
            # a pronoun: 发行人 / 董事长, the prospectus's issuer)
        yield Mention(name, "Organization", s, e, sentence, "titled")


_CODE_REACH = 6  # the most tokens a stock code's parentheses hold
_NOTE_REACH = 15  # … and a note's (简称某某, 英文名 …)


def _opening_paren(tokens: Sequence[Token], close: int, reach: int) -> int | None:
    """The index of the opening parenthesis that ``tokens[close]`` closes, at most ``reach`` tokens
    before it."""
    return next((k for k in range(close - 1, max(-1, close - 1 - reach), -1) if tokens[k].text in OPEN_PARENS), None)


_STOCK_CODE = re.compile(r"\s*(?:股票代码|证券代码|代码)?\s*[：:]?\s*[0-9A-Za-z.]{2,12}\s*")  # （600123）, （股票代码：00700.HK）
_APPOSITION_COMMAS = frozenset({"，", ","})
_OPENING_NAME = 6  # the most characters of the name a biography opens with (before its first comma)
_COMMON_POS = frozenset({"n", "vn", "v", "a", "ad", "an", "d"})
_COPULA_WORDS = frozenset({"是", "为", "作为", "身为"})
_DATE_OPENING = frozenset("0123456789０１２３４５６７８９一二〇零○元")  # what the dated founding verb's match ends with (成立于1, 公元)
_OPENING_QUOTES = frozenset("“「『\"")
_QUOTE_BREAKS = frozenset("，,。；;！？!?：:、")  # what no quoted name holds
_CLOSING_QUOTES = frozenset("”」』\"")
_SUBJECT_POS = frozenset({"n", "nz", "ns", "nt", "j", "l", "vn", "an", "eng", "nr", "nrt", "nrfg", "ng", "b", "a", "f", "s"})


def founded_subjects(text: str, tokens: Sequence[Token], sentence: int, res: Resources, found: Sequence[Mention]) -> Iterator[Mention]:
    """某某娱乐成立于2009年: the words that open a clause and are the subject of a founding verb
    with a date, of 由某人创立 or of 是一家… (``[founded_subject]`` in the grammar) name an
    organization, whatever its ending; so do those right after a founding date's or a founding
    verb's relative clause (成立于1998年的某某是…, 某某一手创办的某某).

    A note in parentheses between the name and the verb (某某（简称某某）成立于…) is passed over.
    The name runs back from the verb over name-like words to the start of the clause (a
    punctuation mark, a number or the sentence's start); a person inside it, a generic word
    (公司, 该校) or a run of places alone is no name. The organization's type comes from its
    ending when it has one (某某电子有限公司 is a Company), else Organization.
    """
    g = compiled_grammar(res)
    if not tokens:
        return
    sentence_text = text[tokens[0].start : tokens[-1].end]
    seated = "总部" in sentence_text
    founding = not (g.founded_verb_anchors and g.founded_verb_anchors.isdisjoint(sentence_text)) and g.founded_verb.search(sentence_text) is not None
    founded_before = g.founded_object_verb.search(sentence_text) is not None
    if not seated and not founding and not founded_before:
        return  # (a founding verb needs one of a few characters: 于, 由, 创 …)
    # a name read off the characters (贝路莎 + 卫浴 始创于) yields to the organization the clause
    # founds, unless the clause is a relative one (张某成立于1998年的公司: the person's act)
    people = [m for m in found if m.top == "Person" and m.source not in ("pronoun", "name", "translit")]
    read_names = [m for m in found if m.top == "Person" and m.source in ("name", "translit")]
    known_places = {m.start for m in found if m.top == "Place" and m.source == "gazetteer"}
    anyone = people + read_names  # no organization's name overlaps a person
    if seated:  # 总部位于杭州的星河科技: the name after a seat's relative clause, as after a founding date's
        yield from _seated_subjects(text, tokens, sentence, g, found, anyone, known_places)
    if not founding and not founded_before:
        return
    known_countries = {m.start for m in found if m.type == "Country" and m.source == "gazetteer"}
    if founded_before:
        for k, tok in enumerate(tokens):
            if tok.text in g.founded_object_verbs and k + 1 < len(tokens) and tokens[k + 1].text == "的" and not _described_after_copula(tokens, k):
                named = _after_founding_clause(text, tokens, k + 1, g, anyone, known_places, named=True)
                if named is not None:  # 某某一手创办的星河科技: what a founding verb's relative clause names
                    yield Mention(named[0], named[1], named[2], named[2] + len(named[0]), sentence, "founded")
    if not founding:
        return
    headings = g.registered_headings
    by_end = {t.end: k for k, t in enumerate(tokens)}
    by_start = {t.start: k for k, t in enumerate(tokens)}
    for verb in g.founded_verb.finditer(text, tokens[0].start, tokens[-1].end):
        dated = _after_founding_clause(text, tokens, by_start.get(verb.end() - 1), g, anyone, known_places) if verb.group()[-1] in _DATE_OPENING else None
        if dated is not None and _counted_clause(text, tokens[0].start, verb.start()):
            dated = None  # 某某是一家成立于2015年的人工智能企业: the founded body after a counter is a kind, described
        founder_word = verb.group().startswith("的")  # 是 / 某某 / 的创始人: after a copula too
        dated_before = verb.group().startswith("于")  # 某某于1998年在杭州成立: no verb inside the name
        if dated is not None:
            yield Mention(dated[0], dated[1], dated[2], dated[2] + len(dated[0]), sentence, "founded")
        j = by_end.get(verb.start())
        if j is None:
            continue
        if (
            tokens[j].text in ("，", ",") and j >= 1 and verb.group()[-1] in _DATE_OPENING and all(t.pos in _SUBJECT_POS and t.pos not in ("i", "l") for t in tokens[:j])
            and _DATED_RELATIVE.match(text, verb.end() - 1) is None
        ):
            j -= 1  # 某某，成立于2005年，…: the sentence opens with the name alone, then its founding date (not 顾名思义，成立于2003年的某某)
        if tokens[j].text in CLOSE_PARENS:  # 某某（简称某某）成立于: the name before its note in parentheses
            opening = _opening_paren(tokens, j, _NOTE_REACH)
            if opening is None or opening == 0:
                continue
            j = opening - 1
        quoted = tokens[j].text in _CLOSING_QUOTES
        if quoted:
            j -= 1  # “某某书社”成立于
            opening = next((k for k in range(j, max(-1, j - 8), -1) if tokens[k].text in _OPENING_QUOTES), -1)
            start_at = tokens[opening + 1].start if 0 <= opening < j else -1
            inner = text[start_at : tokens[j].end] if start_at >= 0 else ""
            if 2 <= len(inner) <= 16 and has_cjk(inner) and not any(c in _QUOTE_BREAKS for c in inner) and (
                tokens[j].pos[:1] in ("n", "v", "j") or tokens[j].pos == "eng"  # (a name ends in a noun or a line of business: 出行/v; not “好的”)
            ) and not any(p.start < tokens[j].end and start_at < p.end for p in anyone):
                # “蓝鲸出行”由某某创立: the quoted words are the name, whatever the segmenter tags them
                ending = suffix_of(inner, g, kind="org")
                yield Mention(inner, ending[1] if ending else "Organization", start_at, start_at + len(inner), sentence, "founded")
                continue
        # the name ends in a noun, never in a verb (某某宣布成立于), but for one character the
        # segmenter tags a verb after a name-like word of its own (智/ng 明星/nr 通/v 创立于)
        end_verb = j > 0 and tokens[j].pos == "v" and not quoted and (
            len(tokens[j].text) == 1 and tokens[j - 1].pos in _OBJECT_NAME_POS or tokens[j].text in g.trade_words and tokens[j - 1].pos in _SUBJECT_POS
        )  # (远帆/nr 快递/v 是…创办的, 青鸟/n 快递/v: a line of business the segmenter tags a verb ends the name too)
        # … or a body's one-character ending it tags a measure word or a morpheme after a word of the name (恩典/ns 堂/q 由某某创建)
        end_suffix = j > 0 and len(tokens[j].text) == 1 and tokens[j].pos in INNER_CHARACTER_POS and tokens[j - 1].pos in _SUBJECT_POS and not quoted
        # a word the segmenter's dictionary lacks, opening the clause, is a coined name whatever its tag (喜茶/v 成立于)
        coined = j >= 0 and made_up_word(tokens[j].text, res) and (j == 0 or tokens[j - 1].pos == "x")
        if j < 0 or tokens[j].pos not in _SUBJECT_POS and not end_verb and not end_suffix and not coined:
            continue
        i = j + 1
        opening_verb = False  # 远航/v 物流集团的总部设在…: a verb opening the clause opens the name before a line of business, when a body's ending closes it
        while i > 0 and (tokens[i - 1].pos in _SUBJECT_POS or i - 1 == j and end_suffix or tokens[i - 1].pos == "v" and tokens[i - 1].text not in _COPULA_WORDS and (
            (i - 1 < j or end_verb) and not dated_before and not founder_word or i - 1 == j and end_verb and tokens[j].text in g.trade_words
            or i - 1 < j and tokens[i - 1].text in g.trade_words  # 快递/v inside the name: a line of business
            or (opening_verb := founder_word and i < j and tokens[i].text in g.trade_words and (i - 1 == 0 or tokens[i - 2].pos == "x"))
        )) and tokens[i - 1].text not in g.glued and tokens[i - 1].text not in g.registered_stops and tokens[i - 1].text not in g.hearsay_words and (
            tokens[i - 1].text not in g.org_alias_between_words and not party_word(tokens, i - 1)
        ) and not any(
            p.start < tokens[i - 1].end and tokens[i - 1].start < p.end for p in people
        ):
            i -= 1  # a verb inside the name (启明/v 娱乐) but not at its end
            if any(tokens[i].start <= p.start < tokens[i].end for p in read_names):
                break  # a name read off the characters can only open the organization's name
        edge = tokens[i - 1] if i > 0 else None
        placed = edge is not None and edge.text == "的" and i > 1 and (tokens[i - 2].pos == "ns" or tokens[i - 2].start in known_places)
        if coined and i > j:
            i = j  # (the coined name alone)
            edge = tokens[i - 1] if i > 0 else None
        renamed = edge is not None and (edge.text in g.org_alias_between_words or party_word(tokens, i - 1))  # ，原名 / 某某义塾，由某某创办: the other name, opening its clause after the word
        # (or after the party a body is: 运营方 / 某某公司成立于)
        if i > j or edge is not None and edge.pos not in ("x", "m") and edge.text not in g.hearsay_words and not (founder_word and edge.text in _COPULA_WORDS) and not placed and not renamed or quoted and (edge is None or edge.text not in _OPENING_QUOTES):
            continue  # the run does not open its clause (在某地成立于, 张三的公司成立于)
        if placed and edge is not None and _counted_clause(text, tokens[0].start, edge.start):
            continue  # 是一家总部位于某地的民营研发企业，由某某创立: a counted firm described, no name
        while i < j and (
            tokens[i].text.endswith(headings) or tokens[i].text in g.company_kinds
            or i + 1 < j and (tokens[i].text in g.founded_generic or tokens[i].pos in ("n", "vn")) and tokens[i + 1].text.endswith(headings)
        ):
            i += 1  # 公司简介 + 某某集团: a heading glued on in directory-style text (or two words: 集团 / 简介, 发展 / 历程); 初创 + 公司: a kind
        while i <= j and tokens[i].pos == "b" and tokens[i].text not in g.org_heads:
            i += 1  # 主要/b 营运 总部位于: a distinguishing word (主要, 大型) opens no name
        if i > j:
            continue
        described = next((k for k in range(j - 1, i - 1, -1) if tokens[k].text in g.stop_left and tokens[k].text.endswith(g.firm_kind_endings)), None) if founder_word else None
        if described is not None and suffix_of(text[tokens[described + 1].start : tokens[j].end], g, kind="org") is not None:
            i = described + 1  # 港股上市公司 / 某某集团的董事长: a kind of firm before the name, no part of it
        kind_at = next((k for k in range(j - 1, i - 1, -1) if tokens[k].text.endswith(g.firm_kind_endings)), None)
        trade_name = text[tokens[kind_at + 1].start : tokens[j].end] if kind_at is not None else ""
        if kind_at is not None and len(trade_name) >= 2 and suffix_of(trade_name, g, kind="org") is None:
            i = kind_at + 1  # 独立唱片公司 / 摩登天空由某某创立: the kind of firm described before a bare trade name, no part of it
        if i < j and tokens[i].start in known_countries and len(text[tokens[i + 1].start : tokens[j].end]) >= 3:
            if edge is not None and edge.text in FIRM_COUNTERS:
                continue  # 是一家挪威海洋科技公司，由某某创立: a counted firm of a country, described, no name
            i += 1  # 加拿大 + 太阳马戏团: the country is a mention of its own, as before a founded object
        s, e = tokens[i].start, tokens[j].end
        if text[s] in g.glued and len(tokens[i].text) > 1 and not res.segmenter.knows(tokens[i].text):
            s += 1  # ，而华岳/nr 医疗集团: a function character glued to the name's first word opens no name
        rest = text[verb.end() : verb.end() + 40]
        if any(p.start < e and s < p.end for p in read_names) and "的" in re.split(r"[，,。；;！？]", rest, maxsplit=1)[0]:
            continue  # 张某成立于1998年的公司: a relative clause, the person's act
        name = text[s:e]
        if name.endswith(_DATELINE) and text[e : e + 1] in ("（", "("):
            continue  # 本报讯（记者 某某）: a news item's dateline and byline, no organization
        if founder_word and any(p.start == s and p.end == e for p in read_names):
            continue  # 某某的创始人身份: a person's name alone before the word is no organization
        k = next((k for k in range(2, len(name) // 2 + 1) if name[:k] == name[k : 2 * k]), 0)
        if k:
            s, name = s + k, name[k:]  # 某某门业某某门业, 胜达胜达公司: a heading that repeats the name or its head
        if not has_cjk(name) and edge is not None and not edge.text.strip():
            continue  # a Latin name after a space is the alias of the name before it
        glued_copula = next((t for t in tokens[i : j + 1] if len(t.text) == 2 and t.text[1] == "是" and not res.segmenter.knows(t.text)), None)
        if glued_copula is not None and glued_copula.end - 1 - s >= 2:
            name = text[s : glued_copula.end - 1]  # 某某酒 / 业是/n / 西藏本土企业，由…创办: the name is what the copula is said of
        if not 2 <= len(name) <= 20 or name in g.founded_generic or name in g.pos_stop or not has_cjk(name) and not name.isalnum():
            continue
        if all(t.pos == "ns" and t.start in known_places for t in tokens[i : j + 1]) or i == j and tokens[i].pos in _COMMON_POS and not coined:
            continue  # a run of known places (杭州始建于…), or one common word (餐厅是一家老店), is no name; an unknown word jieba alone tags ns may be one
        if all(t.text in g.firm_lines or t.text in g.firm_forms or t.text in g.founded_generic for t in tokens[i : j + 1]):
            continue  # 总部位于某地的互联网企业，由某某创立: lines of business and a kind of firm name no firm
        if any(t.text in g.seat_words for t in tokens[i : j + 1]):
            continue  # 某公司成立于某年，总部设在某市，由某某创办: a clause of the firm's seat, no name
        ending = suffix_of(name, g, kind="org")
        if opening_verb and (ending is None or s != tokens[i].start):
            continue  # (a verb opens only a name a line of business and a body's ending close: 远航物流集团, no 宣布公司)
        yield Mention(name, ending[1] if ending else "Organization", s, s + len(name), sentence, "founded")


def _described_after_copula(tokens: Sequence[Token], k: int) -> bool:
    """The founding verb at tokens[k] is in a relative clause after a copula with a subject before
    it (某某快递是周某与陈某创办的 / 同城快递公司): what follows 的 describes that subject, no name."""
    for j in range(k - 1, 0, -1):
        word = tokens[j].text
        if word in _CLAUSE_BREAKS:
            return False  # (the tokens are one sentence's: no sentence's end comes before the verb)
        if word in ("是", "系"):
            return tokens[j - 1].text not in _CLAUSE_BREAKS and tokens[j - 1].pos != "r"  # (这 / 是 / 某某创办的远帆快递: a name)
    return False


_DATED_RELATIVE = re.compile(r"[0-9０-９]+\s*年(?:[0-9０-９]+\s*月(?:[0-9０-９]+\s*日)?)?的")  # 成立于2003年的: a relative clause
_SEATED_BEFORE = re.compile(r"总部(?:位于|设在|设于|坐落于|在)[^，,。；;的]{1,12}$")
_BODY_COUNTERS = "一家|一所|一间|一个|一座|这家|那家"  # what counts a kind of body (是一家…公司)
_COUNTED_KIND = re.compile(f"(?:{_BODY_COUNTERS}|该)\\s*$")
_COUNTER_IN_CLAUSE = re.compile(f"(?:{_BODY_COUNTERS})[^，,。；;！？]*$")
_DATELINE = "讯"  # 本报讯, 本台讯, 新华社讯: what opens a news item before its byline


def _counted_clause(text: str, start: int, end: int) -> bool:
    """A counter (一家, 一所 …) opens the description that runs to ``end`` within its clause (是一家总部位于
    某地的…): what the description ends in is a kind of body, no name."""
    return _COUNTER_IN_CLAUSE.search(text, start, end) is not None


def _seated_subjects(
    text: str, tokens: Sequence[Token], sentence: int, g: Grammar, found: Sequence[Mention], people: Sequence[Mention], known_places: set[int]
) -> Iterator[Mention]:
    """总部位于杭州的星河科技是…: the name right after a relative clause that seats it at a known
    place (only an organization has a headquarters), read as after a founding date's clause.
    ``people`` and ``known_places`` are founded_subjects' (the people no name overlaps, the
    gazetteer's places by start)."""
    ends_of_places = {m.end for m in found if m.top == "Place" and m.source == "gazetteer"}
    for k, tok in enumerate(tokens):
        clause = _SEATED_BEFORE.search(text, max(tokens[0].start, tok.start - 16), tok.start) if tok.text == "的" and tok.start in ends_of_places else None
        if clause is not None and not _COUNTED_KIND.search(text, max(tokens[0].start, clause.start() - 4), clause.start()):
            # (是一家总部位于北京的消费电子公司: a kind of firm the classifier counts, no name)
            seated = _after_founding_clause(text, tokens, k, g, people, known_places)
            if seated is not None:
                yield Mention(seated[0], seated[1], seated[2], seated[2] + len(seated[0]), sentence, "founded")


def _after_founding_clause(
    text: str, tokens: Sequence[Token], k: int | None, g: Grammar, people: Sequence[Mention], known_places: set[int], *, named: bool = False
) -> tuple[str, str, int] | None:
    """成立于1998年的某某是一家…: the name that follows a founding date's relative clause (the
    sixth form), when name-like words run from 的 to a verb or a pause; tokens[k] opens the date
    (or is the 的 right after a founding verb, see ``named``).
    Adjectives before the name (新, 老) are no part of it; a generic word (公司) or known places
    alone name nothing. Returns the name, its type and its start.

    ``named``: after a founding verb alone (某某一手创办的某某) the clause as often describes what
    was founded (创办的文化艺术公益机构), so the run must be a name and a line of business or an
    organization's ending (星河 + 科技, 星河 + 银行): at most three words, the first no such word.
    """
    if k is None:
        return None
    while k < len(tokens) and tokens[k].pos in ("m", "t"):
        k += 1  # 1998 / 年, 3月
    if k >= len(tokens) or tokens[k].text != "的":
        return None
    i = j = k + 1
    while i < len(tokens) and (tokens[i].pos in ("a", "b") or tokens[i].text in g.company_kinds or tokens[i].text in g.body_kinds) and not (
        named and tokens[i].pos == "a" and len(tokens[i].text) == 2 and tokens[i].text not in g.body_kinds and i + 1 < len(tokens)
        and (ending := suffix_of(tokens[i + 1].text, g, kind="org")) is not None and ending[0] == tokens[i + 1].text
    ):  # (创办的 / 旺旺/a / 集团: an adjective of two characters, no kind of body, right before a body's ending names it)
        i += 1  # (新式/n, 民办: a kind of school or firm, no part of a name; 老牌, 知名: what kind it is)
    j = i
    while j < len(tokens) and j - i < 6 and (tokens[j].pos in _SUBJECT_POS or tokens[j].text in g.trade_words) and not (named and j > i and tokens[j].pos == "l"):
        j += 1  # (after a founding verb alone, a phrase word goes on with the clause: 星河 / 传媒 / 如今已是/l)
    if j == i or j >= len(tokens) or tokens[j].pos not in ("v", "x", "p", "d", "ad", "c", "l", "t") or tokens[j].text in g.glued:
        return None  # the run must end where the clause goes on (是, 位于, 已经, a comma, 如今已是/l, 今年/t)
    if j - i >= 2 and tokens[j - 1].text in g.seat_words:
        j -= 1  # 创办的 / Google / 总部 / 设在: the body's seat after its name, what the clause goes on about, no part of it
    if named:
        last, first = tokens[j - 1].text, tokens[i].text
        business = last in g.trade_words or suffix_of(last, g, kind="org") is not None
        if not business or j - i > 3 or first in g.trade_words or suffix_of(first, g, kind="org") is not None or j - i < 2:
            return None
        if any(t.text in g.founded_generic or t.pos == "l" or t.text.endswith("性") for t in tokens[i : j - 1]):
            return None  # 全国性 / 企业 / 集团, 有限责任/l 公司: a description or a legal form, no name
    if tokens[j - 1].pos in ("a", "b", "f", "s") or tokens[i].text in g.founded_generic:
        return None  # 公司规模很大: a description of a generic word, no name
    if len(tokens[j - 1].text) > 1 and tokens[j - 1].text.endswith("商") and tokens[j - 1].pos not in _OBJECT_NAME_POS:
        return None  # 创立于1986年的电子制造服务商: the kind of firm it is (服务商, 制造商, 厂商), no name
    s, e = tokens[i].start, tokens[j - 1].end
    name = text[s:e]
    if not 2 <= len(name) <= 20 or name in g.founded_generic or name in g.pos_stop or any(p.start < e and s < p.end for p in people):
        return None
    if all(t.pos == "ns" and t.start in known_places for t in tokens[i:j]) or j - i == 1 and tokens[i].pos in _COMMON_POS:
        return None
    if all(
        t.text in g.firm_lines or t.text in g.firm_forms or t.text in g.founded_generic or t.text in g.pos_stop or (suffix_of(t.text, g, kind="org") or ("",))[0] == t.text
        for t in tokens[i:j]
    ):
        return None  # 成立于2005年的互联网公司, 组建的股份制有限公司: lines of business and a kind of body, no name
    ending = suffix_of(name, g, kind="org")
    return name, ending[1] if ending else "Organization", s


_OBJECT_NAME_POS = frozenset({"nr", "nrt", "nrfg", "nz", "j", "eng", "ng"})
_CLAUSE_ENDS = frozenset({"、", "和", "与", "及", "并", "，", ",", "。", "；", ";", "！", "？", "（", "(", "后", "之后", "以后", "前", "之前", "以前", "时"})
# (a parenthesis after the name explains it; 创建某某科技后, 创办某某传媒之前: a time the founding dates)


def founded_objects(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """创办了某某照明, 成立某某科技: after a founding verb (``object_verbs``), one or two name
    words and a line of business that ends the clause name the company founded (a place before
    the name stays a mention of its own). The words must hold one the segmenter tags as a name
    or a rare word (欧普/nr, 华星/nz): 创办了文化科技 names no company.

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "2001年，他在杭州创办了华星照明。"
    >>> [m.text for m in founded_objects(t, r.segmenter.tokens(t), 0, r)]
    ['华星照明']
    """
    g = compiled_grammar(res)
    if not tokens or g.founded_object_verb.search(text, tokens[0].start, tokens[-1].end) is None:
        return  # most sentences found nothing
    for k, verb in enumerate(tokens):
        if verb.text not in g.founded_object_verbs:
            continue
        i = k + 1
        if i < len(tokens) and tokens[i].text == "了":
            i += 1
        if i < len(tokens) and tokens[i].pos == "ns":
            i += 1  # 创办 / 广东 / 某某照明: the place of the firm, a mention of its own
        for width in (1, 2):
            j = i + width  # the trade word's index
            if j >= len(tokens) or tokens[j].text not in g.trade_words and not _trade_and_kind(tokens[j].text, g):
                continue
            words = tokens[i:j]
            end = j + 1 if j + 1 < len(tokens) and tokens[j + 1].text in g.object_firm_kinds else j  # 某某科技 / 公司 (or 某某 / 航运公司)
            closed = end + 1 == len(tokens) or tokens[end + 1].text in _CLAUSE_ENDS
            # a word of the segmenter's own (星河/n) names the firm too when nothing generic is in it (创办了文化科技 names none)
            own_word = width == 1 and words[0].pos == "n" and len(words[0].text) == 2 and words[0].text not in g.trade_words and words[0].text not in g.pos_stop
            if closed and (any(t.pos in _OBJECT_NAME_POS for t in words) or own_word) and all(t.pos not in ("x", "m", "p", "c", "u", "uj", "ul", "r", "d") for t in words):
                s = tokens[i].start + (1 if glued_preposition(text, tokens[i], (), g) else 0)  # 了祥鼎/nr: the aspect glued on
                yield Mention(text[s : tokens[end].end], "Company", s, tokens[end].end, sentence, "founded")
                break


def _trade_and_kind(word: str, g: Grammar) -> bool:
    """航运公司, 贸易公司: a line of business and a firm's bare kind, one word of the segmenter's."""
    kind = next((k for k in g.object_firm_kinds if word.endswith(k) and len(word) > len(k)), "")
    return bool(kind) and word[: -len(kind)] in g.trade_words


_MAKER_POS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "j", "l", "vn", "an", "a", "b", "v", "eng", "ng", "i"})


def made_by_makers(text: str, tokens: Sequence[Token], sentence: int, res: Resources, found: Sequence[Mention]) -> Iterator[Mention]:
    """由某某影业出品, 由某某开发: one to three words between 由 and a production verb
    (``[made_by]``) are the maker, an organization; not a person found there, a pronoun or a
    generic word (由公司开发)."""
    g = compiled_grammar(res)
    if not tokens or g.made_by_word.search(text, tokens[0].start, tokens[-1].end) is None:
        return  # most sentences hold no 由
    people: list[Mention] | None = None
    for k, tok in enumerate(tokens):
        if tok.text not in g.made_by:
            continue
        if people is None:
            people = [m for m in found if m.top == "Person"]
        for n in (1, 2, 3):
            if k + n + 1 >= len(tokens):
                break  # the words and a verb after them
            words, verb = tokens[k + 1 : k + n + 1], tokens[k + n + 1]
            if any(w.pos not in _MAKER_POS or not all(is_cjk(c) or c.isalnum() for c in w.text) for w in words):
                break
            if verb.text in g.made_adverbs and k + n + 2 < len(tokens):
                verb = tokens[k + n + 2]  # 由某某 / 自主 / 研发
            if any(suffix_of(w.text, g, min_length=2, kind="org") for w in words[:-1]):
                break  # 由某某集团 / 投资 / 开发: the name ends at its organization suffix
            if not verb.text.startswith(g.made_verbs):
                continue
            s, e = words[0].start, words[-1].end
            name = "".join(w.text for w in words)
            if not has_cjk(name) or name in g.founded_generic or name in g.pos_stop or not 2 <= len(name) <= 12:
                break
            if any(p.start < e and s < p.end for p in people):
                break
            ending = suffix_of(name, g, kind="org")
            yield Mention(name, ending[1] if ending else "Company", s, e, sentence, "maker")
            break


_QUOTED = re.compile(r"[“«「『\"]([^“”«»「」『』\"，。,、；;：:！？!?\s的是了]{3,24})[”»」』\"]")
_NOT_A_NAME_START = tuple("这那该本某一每各其此")


_QUOTED_NAME = re.compile(r"[“「『\"]([\u4e00-\u9fff]{2,6}(?:[·•・][\u4e00-\u9fff]{1,8}){0,2})[”」』\"]")


def quoted_relatives(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """妻子“某某”, 儿子“某某”: a quoted name right after a word for a relative (the kin words of the
    relation rules' ``[kinship]`` table) is the relative's, whatever its characters (the names of
    fiction and nicknames are often no surname and given name); not after a verb (嫁给“某某大亨”).

    >>> from kg.resources import default_resources
    >>> [(m.text, m.type) for m in quoted_relatives("她把力量封印在儿子“风间一叶”的身上", 0, 18, 0, default_resources())]
    [('风间一叶', 'Person')]
    """
    kin = getattr(res.relation_rules, "kin_paths", {})  # the words for relatives (父亲, 妻子, 儿子 …), not 嫁给: “某某大亨”
    for match in _QUOTED_NAME.finditer(text, start, end):
        before = text[max(start, match.start() - 3) : match.start()]
        if not any(before.endswith(word) for word in kin):
            continue
        name = match.group(1)
        if name in res.names.not_names or known_type(name, res) is not None:
            continue
        yield Mention(name, "Person", match.start(1), match.end(1), sentence, "quoted")


def quoted_organizations(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """«某某汽车公司», “某某影业”: a quoted phrase that ends with an organization suffix is the
    name of one, whatever words it is made of (青松/n 汽车/n 公司/n, which the suffix grammar
    leaves alone as common nouns); not a demonstrative (“这家公司”) or a kind (“上市公司”). So is
    one right after a kind of body (连锁书店“光明书屋”, ``quoted_name_kinds``), whatever it ends with.

    >>> from kg.resources import default_resources
    >>> [(m.text, m.type) for m in quoted_organizations("因«青松汽车公司»的创始人偏爱此标识", 0, 17, 0, default_resources())]
    [('青松汽车公司', 'Company')]
    """
    g = compiled_grammar(res)
    for match in _QUOTED.finditer(text, start, end):
        name = match.group(1)
        ending = suffix_of(name, g, min_length=2, kind="org")
        kind = next((k for k in g.quoted_name_kinds if text.endswith(k, start, match.start())), None) if ending is None else None
        if kind is not None and not name.startswith(_NOT_A_NAME_START) and has_cjk(name) and name not in g.stop_left:
            yield Mention(name, "Company" if kind in g.firm_kind_endings else "Organization", match.start(1), match.end(1), sentence, "quoted")
            continue  # 连锁书店“光明书屋”: the kind of body said before the quoted name
        if ending is None or len(name) - len(ending[0]) < 2 or name.startswith(_NOT_A_NAME_START) or name in g.stop_left:
            continue
        if name[: -len(ending[0])] in g.founded_generic or not has_cjk(name):
            continue
        yield Mention(name, ending[1], match.start(1), match.end(1), sentence, "quoted")


_LATIN_NOTE = re.compile(r"[（(]\s*[A-Za-z][A-Za-z0-9&.,'’ -]{0,40}?\s*[)）]")
_NOTED_NAME_POS = frozenset(LEFT_POS - {"vn", "an", "s"})


def latin_noted_organizations(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """远帆(Yuanfan)公司, 星朗（Xinglang）集团: a name, its Latin form in parentheses, then an
    organization's bare suffix (公司, 集团 …, a word of its own): the name before the parentheses
    names the organization, the suffix says what kind it is, and the form in parentheses is paired
    with it as its other script's name (kg.extract.mentions.link_pairs). The name is the nouns
    and names right before the parentheses (at most three words, eight characters), never a verb
    (成立 / 远帆(Yuanfan)公司).

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "周明离开星朗后，创办了远帆(Yuanfan)公司"
    >>> [(m.text, m.type) for m in latin_noted_organizations(t, r.segmenter.tokens(t), 0, r)]
    [('远帆', 'Company')]
    """
    if not tokens or "(" not in text[tokens[0].start : tokens[-1].end] and "（" not in text[tokens[0].start : tokens[-1].end]:
        return
    g = compiled_grammar(res)
    org_types: dict[str, str] = res.mention_patterns["organization_suffixes"]
    ending_at = {t.end: k for k, t in enumerate(tokens)}
    starting_at = {t.start: t for t in tokens}
    for note in _LATIN_NOTE.finditer(text, tokens[0].start, tokens[-1].end):
        after = starting_at.get(note.end())
        k = ending_at.get(note.start())
        if after is None or k is None or after.text not in org_types or after.text in g.stop_left:
            continue
        j = k
        while j >= 0 and k - j < 3 and tokens[j].pos in _NOTED_NAME_POS and has_cjk(tokens[j].text) and tokens[j].text not in g.stop_left and tokens[j].text not in g.pos_stop and note.start() - tokens[j].start <= 8:
            j -= 1
        s = tokens[j + 1].start if j < k else note.start()
        if note.start() - s >= 2 and text[s:note.start()] not in g.not_suffix:
            yield Mention(text[s : note.start()], org_types[after.text], s, note.start(), sentence, "noted")


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


_NOT_AFTER_COMPANY_WORD = ("化", "制", "法", "债")  # 公司化, 集团化, 公司制, 公司法, 公司债: other words


def _completed(text: str, found: Sequence[Mention], res: Resources) -> Iterator[Mention]:
    """巴黎理工 + 大学: a known short name completed by a bare organization suffix is the same
    organization under its full name (it keeps the gazetteer entry), not a department of it; so
    is a known company completed by its trade and a company suffix (某某 + 汽车公司, 某某 +
    电子集团), since a department never ends in 公司 or 集团, and by the bare word for a company
    right after it (某某 + 公司, the segmenter's two words)."""
    g = compiled_grammar(res)
    known = [m for m in found if m.source == "gazetteer" and m.top == "Organization"]
    if not known:
        return
    for k in known:
        if k.type != "Company":
            continue
        word = next((w for w in g.company_words if text.startswith(w, k.end) and not k.text.endswith(w)), None)
        if word is not None and not text.startswith(_NOT_AFTER_COMPANY_WORD, k.end + len(word)):
            yield Mention(k.text + word, "Company", k.start, k.end + len(word), k.sentence, "completed", key=k.key)
    for m in found:
        if m.source not in ("suffix", "pos") or m.top != "Organization":
            continue
        for k in known:
            if k.start != m.start or k.end >= m.end:
                continue
            rest = m.text[k.end - k.start :]
            ending = suffix_of(rest, g, kind="org")
            trade = ending is not None and ending[1] == "Company" and k.type == "Company" and len(rest) <= len(ending[0]) + 4
            bare = ending is not None and ending[0] == rest  # the rest is an organization suffix itself
            if bare or trade and rest[: len(rest) - len(ending[0] if ending else "")] not in g.branches:
                yield Mention(m.text, k.type, m.start, m.end, m.sentence, "completed", key=k.key)
