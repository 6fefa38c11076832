"""Organizations, places and teams: suffix grammars extended leftwards over name-like tokens,
addresses (adjacent place words merged into one place), sports teams, and jieba's ``nt``/``ns``.

Part of the mention stage (kg.extract.mentions); the grammar is compiled in kg.extract.grammar.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

from kg.extract.grammar import (
    ADMIN_CHARS,
    CONJUNCTIONS,
    FIRM_COUNTERS,
    INNER_CHARACTER_POS,
    LEFT_POS,
    LIST_JOINERS,
    NAME_LIKE_POS,
    NAME_POS,
    PLACE_POS,
    PLACE_TYPES,
    ROLE_WORD_KINDS,
    SUFFIX_TOKEN_POS,
    Grammar,
    compiled_grammar,
    event_at,
    firm_form_verb,
    glued_to_made_up_word,
    glued_to_preposition,
    is_cjk,
    is_sports,
    known_type,
    made_up_word,
    suffix_of,
    word_for_people_ends_at,
)
from kg.extract.token_index import token_index
from kg.extract.trade_names import firm_before
from kg.model import Mention, Token
from kg.resources import Resources, has_cjk

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
    g = compiled_grammar(res)
    s0, e0 = tokens[0].start, tokens[-1].end
    sports = is_sports(text, s0, e0, res)
    index = token_index(tokens)  # (shared with the other readers of the sentence: read only)
    starts, ending_at = index.starts, index.ending_at
    place_starts = {x.start for x in gazetteer if x.type in PLACE_TYPES}  # where the known places start
    for league in g.league.finditer(text, s0, e0):
        s, e = league.start(), league.end()
        word = next((t for t in tokens if t.start == s and t.end == e), None)  # (league matches are rare: no map per sentence)
        if word is not None and word.pos in NAME_POS and not (g.sports.search(text, s0, s) or g.sports.search(text, e, e0)):
            continue  # 妻子 / 韩超/nr: a person's name that reads like a league's, and nothing else of matches around it
        if s in starts and (e in starts or e == e0 or not is_cjk(text[e]) or sports):
            yield Mention(league.group(), "Organization", s, e, sentence, "team")
    for i, tok in enumerate(tokens):
        if tok.text in g.team_suffixes and i > 0:  # (a lookup, not a match of their alternation: the word is one whole)
            head = tokens[i - 1]
            if g.league.fullmatch(head.text) or head.text in g.not_team:
                continue  # 法甲联赛 is 法甲; 本赛季 / 联赛: no team's name
            before = tokens[i - 2] if i > 1 else None  # a place before the head: the team's name opens with it
            placed = before is not None and before.end == head.start and (before.pos in ("ns", "nrt") or before.start in place_starts)
            if head.pos in NAME_LIKE_POS or head.start in place_starts or len(head.text) >= 2 and all(c in g.translit for c in head.text) or (
                placed and head.text in g.team_qualifiers
            ):
                j = i - 1
                if placed:
                    j -= 1  # 阿根廷/nr U23/eng 国家队, 日本 / 女足 / 国家队
                yield Mention(text[tokens[j].start : tok.end], "Organization", tokens[j].start, tok.end, sentence, "team")
    if not sports:
        return
    for m in gazetteer:
        if m.type not in ("City", "Region", "Place"):
            continue
        preceding = ending_at.get(m.start)
        while preceding is not None and preceding.text in LIST_JOINERS and (item := ending_at.get(preceding.start)) is not None and item.start in place_starts:
            preceding = ending_at.get(item.start)  # 从 / 宁波 / 、 / 温州: the word before the list places each of its items
        if preceding is not None and preceding.start in place_starts and preceding.end == m.start:
            preceding = ending_at.get(preceding.start)  # 总部位于 / 英格兰 / 曼彻斯特: a place written after the one it lies in
        following = text[m.end : m.end + 2]
        if (preceding is not None and preceding.text in g.locative) or following[:1] in ("市", "州", "省") or following in ("赛区", "地区"):
            continue
        if g.place_label.search(text, max(s0, m.start - 10), m.start):
            continue  # 国籍：某国 in a player's fact box: the country, not its team
        end = _club_name_after(m.end, index.starting_at, res, g)
        yield Mention(text[m.start : end], "Organization", m.start, end, sentence, "team")
    for k, tok in enumerate(tokens):
        # 雷恩主场, 击败朗斯: a short name in the slot of a team
        if not (2 <= len(tok.text) <= 5 and tok.pos in _TEAM_POS and has_cjk(tok.text)):
            continue
        if tok.text in g.pos_stop or tok.text in g.not_team or tok.text in res.names.not_names:
            continue
        left = tokens[k - 1].text if k > 0 else ""
        if tok.text in g.team_before or tok.text in g.team_after or g.sports.fullmatch(tok.text):
            continue
        if left in g.locative or tok.pos in ("n", "v") and not all(c in g.translit for c in tok.text):
            continue  # 在葡萄牙赢球: the country; 战平次数: a common noun
        if res.names.context_before.get(left) in ("role", "title"):
            continue  # 总经理 / 某某 / 做客: a word for people names a person, a guest (not a team playing away)
        if left == "了" and k > 1:
            left = tokens[k - 2].text  # 战胜 / 了 / 法国
        end, nxt = tok.end, k + 1
        while nxt < len(tokens) and len(tokens[nxt].text) == 1 and tokens[nxt].text in g.translit and tokens[nxt].pos in NAME_POS and tok.pos in NAME_POS:
            end, nxt = tokens[nxt].end, nxt + 1  # 伯恩茅/nr 斯/nr: a transliterated name the segmenter cut before its last character
        if nxt < len(tokens) and tokens[nxt].text in g.team_name_endings and tok.pos != "n":
            end, nxt = tokens[nxt].end, nxt + 1  # 布里斯托尔 / 城: the club's name goes on with its ending
        right = tokens[nxt].text if nxt < len(tokens) else ""
        if left in g.team_before or right in g.team_after and tok.pos != "n" or _SCORE_AFTER.match(text, end):
            yield Mention(text[tok.start : end], "Organization", tok.start, end, sentence, "team")  # (德国 / 2比1: a score after it)
    versus = g.versus.finditer(text, s0, e0) if g.versus_marks.search(text, s0, e0) is not None else ()  # (the scan for the pattern is the dearer)
    for v in versus:
        for side in (_side(text, tokens, v.start(), -1, g), _side(text, tokens, v.end(), 1, g)):
            if side:
                yield Mention(text[side[0] : side[1]], "Organization", side[0], side[1], sentence, "team")


_TEAM_POS = {"nr", "nrt", "ns", "nz", "j", "n", "v", "nt"}
_CLUB_NAME_POS = frozenset({"nz", "eng", "j"})  # what a club's own name after its city is tagged (not nr: 罗马 / 高水博/nr, odds' jargon)


def _club_name_after(end: int, starting_at: Mapping[int, Token], res: Resources, g: Grammar) -> int:
    """Where a club named by its city ends: a name of the club's own right after the city goes
    with it (重庆 / 狼影, 柏林 / 红星/nz, 杭州 / LGE, 汉堡 / 联): a proper name, a word the
    dictionary lacks, or a club's ending; not a word of a match report (主场, 球迷, 本场)."""
    nxt = starting_at.get(end)
    if nxt is None or not 1 <= len(nxt.text) <= 4:
        return end
    if nxt.text in g.team_name_endings:
        return nxt.end  # 汉堡 / 联
    if len(nxt.text) < 2 or nxt.text in g.not_team or nxt.text in g.team_after or nxt.text in g.team_before or nxt.text in g.pos_stop:
        return end
    if g.sports.fullmatch(nxt.text) or nxt.text in res.names.not_names or nxt.text in res.names.context_after:
        return end  # 杭州 / 主场, 重庆 / 球迷; 某市 / 队长 (a word for people)
    if nxt.text.endswith(g.competition_suffixes) or nxt.text.lower().startswith(("vs", "v.s")):
        return end  # 某市 / 某国杯: the competition it plays in; 都灵 / vsac: the "vs" between two teams
    if nxt.pos in _CLUB_NAME_POS or nxt.pos == "n" and not res.segmenter.knows(nxt.text):
        return nxt.end
    return end


_NO_SIDE = frozenset(("x", "m", "uj", "p", "c", "d", "r", "v", "a", "t"))  # tags of words that end a side of a "vs"
_SCORE_AFTER = re.compile(r"\s*[0-9]+\s*[比:：]\s*[0-9]+")


def _side(text: str, tokens: Sequence[Token], at: int, step: int, g: Grammar) -> tuple[int, int] | None:
    """The team name right before (step -1) or after (step 1) a "vs": up to two name-like tokens."""
    picked: list[Token] = []
    ordered = [t for t in tokens if (t.end <= at if step < 0 else t.start >= at)]
    if step < 0:
        ordered.reverse()
    for t in ordered:
        if (t.start != at if step > 0 else t.end != at) and not picked:
            return None
        if t.pos in _NO_SIDE or t.pos in ("n", "vn") and not t.text.endswith("队"):
            if not all(c in g.translit for c in t.text):
                break  # 缺席/n 对阵 某队: a common noun or a verb ends the side (城队/n goes on 斯托克/nrt)
        if t.text in g.pos_stop or t.text in g.not_team or picked and t.text == picked[-1].text:
            break  # 凯尔特人 凯尔特人: a name said twice is one team; 本赛季/nr: a word of a match report
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
    """Organizations and places by suffix (``_suffix_names``), and an organization whose reading
    leftwards stopped inside a place the same grammar read (经济 / 技术开发区 / 某某中学: the
    segmenter cut the place's name in two) taken back to that place's start (某市经济技术开发区某某中学)."""
    found = list(_suffix_names(text, tokens, sentence, res, places, orgs))
    yield from found
    for m in found:
        if m.top == "Organization":
            around = [p for p in found if p.top == "Place" and p.start < m.start < p.end < m.end]
            if around:
                s = min(p.start for p in around)
                yield Mention(text[s : m.end], m.type, s, m.end, sentence, m.source)


_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})  # the segmenter's tags of a person's name


def _suffix_names(
    text: str, tokens: Sequence[Token], sentence: int, res: Resources, places: set[int], orgs: frozenset[int] = frozenset()
) -> Iterator[Mention]:
    """Organizations and places by suffix, extended leftwards over name-like tokens.

    ``places`` holds start offsets of tokens already known to be places (gazetteer), which
    license the weak suffixes (部, 局, 队 …) that are common nouns on their own. Leftwards, the
    name stops at a place and the places right before it (南京市鼓楼区教育局), never crossing a
    place into the common nouns before it (主管部门鼓楼区教育局 → 鼓楼区教育局), except into the
    organization it belongs to (某某银行江苏省分行). ``orgs`` holds start offsets of known organizations.
    """
    g = compiled_grammar(res)
    org_types: dict[str, str] = res.mention_patterns["organization_suffixes"]
    tokens = _joined_suffixes(tokens, g)
    for i, tok in enumerate(tokens):
        word = tok.text
        last = word[-1:]
        if last not in g.suffix_finals and last not in g.title_ends and word not in g.title_bodies:
            continue  # most words: no suffix and no title ends them, no body a title names (all the tests below need one)
        cut = 0  # characters to drop at the end (a title's 长)
        if word.endswith(_FEDERATION) and i + 1 < len(tokens) and tokens[i + 1].text.startswith(_HEAD) and tokens[i + 1].text[1:2] not in _HEAD_WORDS:
            continue  # 同乡会 / 总会 / 长: the federation's president (总会长) cut across, the body is the one before
        match = suffix_of(word, g)
        title = _title_of(word, g)
        if title and word[: -len(title)] in _TITLE_PREFIXES and i > 0 and tokens[i - 1].text.endswith(g.titles[title]):
            continue  # 建设部 / 部长, 委员会 / 副会长: the organization is the word before, found on its own
        if title and word == title and i > 1 and tokens[i - 1].text in _TITLE_PREFIXES and tokens[i - 2].text.endswith(g.titles[title]):
            continue  # 组织部 / 副 / 部长: the same, the title's prefix a word of its own
        if title and word[: -len(title)] in _TITLE_PREFIXES and word != title:
            continue  # 某某 / 副校长: a title with its prefix is one word, no suffix of a name inside it
        if title and word == title and i > 0 and _WHICH_HOLDER.fullmatch(tokens[i - 1].text):
            continue  # 某大学 / 新一任 / 校长: which holder of the post, the organization is before it, found on its own
        if title and word == title and i > 0 and (tokens[i - 1].start in orgs or suffix_of(tokens[i - 1].text, g, min_length=2, kind="org")):
            continue  # 农业大学 / 校长, 三星电子 (known) / 会长: the organization is the word before, whole (no 农业大学校, 三星电子会)
        if title and word == title and i > 1 and tokens[i - 1].text in g.title_modifiers and suffix_of(tokens[i - 2].text, g, min_length=2, kind="org"):
            continue  # 中医药大学 / 名誉 / 校长: the same, a modifier of the post between (no 中医药大学名誉校)
        if title:
            body = g.titles[title]
            match, cut = (body, org_types.get(body) or g.title_body_types.get(body, "GovernmentOrganization"), "org"), 1
            found = suffix_of(word[: -len(title)], g, kind="org")
            inner = found[0] if found else None
            if inner:  # 中学校长 → 中学: the title follows a whole suffix
                match, cut = (inner, org_types[inner], "org"), len(title)
        if not match and len(word) == 1 and i > 0 and word in g.title_bodies and _own_title_after(tokens, i + 1, word, g):
            match = (word, org_types.get(word, "Organization"), "org")  # 某某策划 / 院 / 执行 / 院长: the body its head's title names
        # 润航/v 控股公司: a kind of company after a trade name the dictionary lacks ends that firm's name
        kind_named = match is not None and i > 0 and len(word) > len(match[0]) and _made_up_name(tokens, i - 1, i, match[0], match[1], places, res, g)
        if not match or word in g.stop_left and not kind_named:
            continue  # 上市公司, 子公司: a kind of company, no name's ending
        if word in g.degree_levels and i + 1 < len(tokens) and tokens[i + 1].text == "学历":
            continue  # 某某党校 / 大学 / 学历: a level of education, no school's ending
        if word in g.schooling_levels and i > 0 and tokens[i - 1].pos in NAME_POS and i + 1 < len(tokens) and tokens[i + 1].text.startswith(g.study_verbs):
            continue  # 某某 / 高中 / 就读于: a person's level of schooling, no school
        suffix, subtype, kind = match
        if word == suffix and firm_form_verb(text, tok, g) and i > 0 and tokens[i - 1].pos in _PERSON_TAGS:
            continue  # 某某 / 控股/v / 的 / 某公司: the verb (controls) of whoever is named before
        if i > 0 and tok.pos == "n" and res.segmenter.knows(word) and _counter_before(tokens[i - 1].text):
            continue  # 一座 / 购物中心/n: a counted common noun is a kind, no name
        street = kind == "place" and word in g.street_words and i > 0 and _named_street(text, tokens, i, g)
        # 星河/n 集团 / 董事长 (/ 董事局 / 主席): an organization whose head is named after it takes a word for its name
        titled = kind == "org" and suffix not in g.weak and len(word) == len(suffix) and i + 1 < len(tokens) and (
            _heads(tokens[i + 1].text, suffix, g)
            or (tokens[i + 1].text in g.post_marks or tokens[i + 1].text in g.title_modifiers or _ORDINAL_POST.fullmatch(tokens[i + 1].text) is not None)
            and i + 2 < len(tokens) and _heads(tokens[i + 2].text, suffix, g)
        )
        # 合肥 / 远/a / 天/q / 中学, 宁波市 / 鑫/nr / 盛/v / 景区: a made-up name the segmenter cut into single characters, after a place
        # (or after a founding verb, before a trade glued to its ending: 创办了 / 茂/a 新/a / 面粉厂)
        paired = (word == suffix and _name_fields(subtype, suffix, g) is not None and _characters_after_place(tokens, i, places, g)) or (
            kind == "org" and len(word) > len(suffix) and word[: -len(suffix)] in g.trade_words and _characters_after_founding(tokens, i, g)
        )
        if (word in g.not_suffix or word in g.pos_stop) and not title and not street and not kind_named and not paired:
            if len(word) > len(suffix) and not (
                word in g.placed_bank_kinds and i > 0 and (tokens[i - 1].pos == "ns" or tokens[i - 1].start in places) and known_type(tokens[i - 1].text, res) != "Country"
            ):
                continue  # (but 宁波市 / 商业银行: a kind of bank after a place is the place's bank)
            # 创业社区, 社区银行: common nouns before a common noun; 上海经贸学院: a name before them
            if not _named_before(tokens, i, places, orgs, g) and not titled and not _made_up_before(tokens, i, suffix, subtype, places, res, g) and not (
                word == suffix and suffix in g.naming_endings and kind == "org"
            ) and not _word_and_trade_before(tokens, i, subtype, g):
                continue  # (星河/n 集团: a naming ending after a word goes on to the test of that word below, own_word)
        # 润鑫街/n, 凯明路/nr: a street or a village whose own name is a word the dictionary lacks
        made_up_head = kind == "place" and _made_up_place_word(word, suffix, res, g)
        if len(suffix) == 1 and len(word) > 1 and tok.pos in NAME_POS and suffix not in g.not_final and not (
            i > 0 and (_admin_word(tokens[i - 1], g) or kind == "place" and tokens[i - 1].text[-1:] in _UNIT_ENDS)
        ) and not (made_up_head and not res.names.surnames.get(word[0])):
            continue  # 王路, 李村: a person's name that ends in a suffix character (卫健委/nr is none; 市委 宣传部/nr)
        if len(word) > len(suffix) and tok.pos not in SUFFIX_TOKEN_POS:
            continue  # 内部 (a direction), 上市 (a verb), 举办: the suffix is inside another word
        if i > 0 and (suffix in g.departments or word in g.boards) and tokens[i - 1].text.endswith(g.org_suffixes):
            continue  # 公司公关部, 分行营业部, 集团董事局: a department or a board, the organization is the name
        if i > 1 and suffix in g.departments and tokens[i - 1].text in g.title_modifiers and tokens[i - 2].text.endswith(g.org_suffixes):
            subtype = "Organization"  # 某某地产 / 营销 / 管理部: a firm's department named with its function, no ministry
        if word in g.boards and i + 1 < len(tokens) and (
            tokens[i + 1].text in g.board_posts or _heads(tokens[i + 1].text, suffix, g)
            or i + 2 < len(tokens) and tokens[i + 1].text + tokens[i + 2].text in g.board_posts
        ):
            continue  # 某某卫视 / 董事局 / 主席: a post on the board of the organization named before it (董事局 / 联席 / 主席: the
            # segmenter's two words)
        if suffix in g.departments and len(word) > len(suffix) and firm_before(tokens, i, g, res):
            continue  # 某某汽车 / 技术部: a firm's department after its line of business (kg.extract.trade_names reads the firm; 法国 / 数字 / 事务部长 is a ministry)
        if i > 0 and word in g.committees and text.startswith(g.committee_post_words, tok.end) and tokens[i - 1].text.endswith(g.org_suffixes):
            continue  # 某大学 / 党委 / 副书记: a post in the organization's committee, held at the organization
        j = i
        seen_place = False
        # 东路, 南街: a direction and a street suffix are no name on their own, the word before
        # belongs to it whatever its tag (胜利 / 北路, 人民 / 西路, 新华 / 东路)
        # street_left: a street word that takes the word before as its name (东路, or 大街 after 幸福/a)
        street_left = kind == "place" and suffix in g.street_words and word[: -len(suffix)] in _STREET_DIRECTIONS
        if street_left and i > 0 and _opens_street(tokens[i - 1], g):
            j = i - 1
        elif street:
            street_left, j = True, i - 1  # 幸福/a 大街 among other streets, or before a house number
        made_up = False  # the name's first word so far is a trade name the dictionary lacks
        odd_opened = False  # the name's first word is a trade name opening the clause, oddly tagged (天元/q)
        paired = paired and j == i
        if paired:
            j, made_up = i - 2, True
        while j > 0:
            left = tokens[j - 1]
            if made_up and not (left.pos in ("ns", "nt") or left.start in places or left.start in orgs or left.pos in _NAME_OR_PROPER_POS and len(left.text) == 2):
                break  # only the place of registration comes before a made-up trade name (某地 / 帆达 / 物流公司), or its first half (雅帆/nr 演玥/x), or the body it belongs to (某大学 / 伟正 / 学院)
            if j < i and (kind == "org" or suffix in g.made_up_place) and glued_preposition(text, tokens[j], orgs, g, res):
                break  # 远帆物流 / 由星朗/nr / 运输公司: a preposition glued to the name's first word opens the name, nothing left of it belongs
            if kind == "org" and not seen_place and _joins_nouns(tokens, j, places, orgs, g):
                j -= 1  # 住房和城乡建设部, 环境与资源研究会, 房地产及物业研究会: two nouns joined inside one name
                continue
            is_place = left.pos == "ns" or left.start in places or left.text in ADMIN_CHARS or _admin_word(left, g)
            # 恒丰银行 / 苏州 / 分行, 招行 / 广州 / 分行: a branch belongs to the organization before it
            parent = kind == "org" and (
                left.text.endswith(g.org_suffixes) and left.text not in g.org_suffix_set or suffix in g.branches and left.start in orgs
                or suffix in g.branches and seen_place and (left.text in g.org_suffix_set or left.text in g.trade_words) and j >= 2 and (
                    tokens[j - 2].pos in NAME_LIKE_POS or _made_up_parent(tokens, j - 2, g, res)
                )
            )  # a bare suffix (部门, 公司) is a common noun, no parent; but 星朗/nr 银行 / 宁波 / 分行, 丰达/a 银行 / 郑州 / 分行: a name before it
            # (and before a line of business: 帆达 / 物流 / 苏州 / 分公司)
            if seen_place and not (is_place or parent or kind == "org" and (left.pos == "nt" or left.start in orgs)):
                break
            if seen_place and kind == "org" and left.start in orgs and left.pos in NAME_POS and not parent and suffix not in g.branches:
                break  # 熊国 / 华为/nr / 南昌市 / 第二中学: a known firm's name the segmenter read into a person's (熊国华 / 为) is no parent of the school
            if kind == "place" and j < i and left.start in orgs and left.text.endswith(_TEAM):
                break  # 上海海港队 / 坐镇/n / 浦东 / 足球场: a known team, words between, then the place it plays at
            if kind == "org" and (j < i and (left.text.endswith("老字号") or left.text == "企业" and tokens[j].pos in NAME_LIKE_POS) or left.text == "企业" and tokens[j].start in orgs):
                break  # 老字号 / 企业 / 松叶/nr 堂 株式会社, 初创 / 企业 / 寒武纪科技 (known): the kind of body it is, written before its name
                # (华联企业集团 keeps its 企业)
            if kind == "org" and left.text == _FIRM_WORD and j < i and suffix not in g.branches and made_up_word(tokens[j].text, res):
                break  # 仓储机器人公司 / 极擎/n 科技: a kind of firm described, then its own made-up trade name
            if kind == "org" and left.text in g.lawsuit_parties:
                break  # 原告 / 某某置业有限公司: a party of a lawsuit before its name, as before a registered one
            if kind == "org" and left.pos == "vn" and j >= 3 and tokens[j - 2].start in orgs and tokens[j - 2].end == left.start and tokens[j - 3].text in _PARTNER_WORDS:
                break  # 与鸿海精密 / 合作/vn 建设 AI 工厂: a known organization after 与, then what the two do, no longer name
                # (某科学院 / 考古/vn 研究所 is one)
            if kind == "org" and left.text in _TOGETHER_VERBS and j >= 2 and tokens[j - 2].text.endswith(g.org_suffixes):
                break  # 某基金会 / 联合 / 某某公益基金会: one body acting with another, the second's name starts after the verb
            if kind == "org" and party_word(tokens, j - 1):
                break  # 运营/vn 方/n / 某某公司: the party the body is, no part of its name
            if kind == "org" and res.names.context_after.get(left.text) == "title":
                break  # 某某同志 / 任某大学, 某某先生: a person's form of address ends the name before it
            if kind == "org" and len(left.text) >= 2 and left.text.endswith(g.registered_headings):
                break  # 历史沿革/nr / 某某中学: a section's heading glued before the name (as before a firm's registered name)
            if kind == "org" and (left.pos in ("nr", "nrfg") or left.pos == "n" and res.names.surnames.get(left.text[0], 9) <= 2) and (
                len(left.text) >= 3 and left.text[-1] in g.post_verbs_glued and left.text[-2:] not in g.stop_left
                or left.pos != "n" and j < i and tokens[j].text[:1] in g.post_verbs_glued
                or left.pos in ("nr", "nrfg") and len(left.text) >= 3 and left.text[-1] in g.glued_first and j == i and word == suffix
            ):
                break  # 宋某某任/nr / 远帆集团, 周航任/n / 远帆集团, 周明/nr / 任远帆/nr / 中学: a name and the verb of the post, no part of the name
                # (何晓对/nr / 公司: a name and a preposition before a bare 公司, no firm)
            if (
                kind == "org" and tok.pos == "nt" and len(word) > len(suffix) and not word[: -len(suffix)].endswith(g.place_tail) and left.pos in ("nr", "nrfg")
                and left.start not in places and not (len(left.text) >= 3 and left.text[-1] in _UNIT_ENDS)  # (岳麓区/nr: a district the segmenter tags a name)
                and not (suffix in g.kinded_bodies and word[: -len(suffix)] in g.body_kinds)  # (阳光/nr 儿童医院/nt: a kind of hospital, the name before it)
            ):
                j = i  # 马云 / 现身 / 东京大学/nt: reaching a person's name, the dictionary's whole name was the name (戴窑/nr 镇政府/nt is no whole name)
                break
            if j == i and tok.start in orgs and left.pos in ("nr", "nrfg") and left.start not in places:
                break  # 王强 / 上海交通大学: a person's name before a known organization is none of it
                # (a foreign firm tagged nr, a place and 分公司 is: the branch's parent)
            # 麓/ng 山南路/ns, 濂/g 溪区/ns, 舜/g 耕路: a bound morpheme of one character the segmenter cut off the place's first
            # character stands for no word of its own; it opens the place's name
            bound = kind == "place" and j == i and _bound_opening(tokens, j - 1, places)
            if kind == "place" and len(word) > len(suffix) and tok.pos == "ns" and not is_place and not street_left and not bound:
                break  # 杭州 is whole: 晚报网杭州 is no place name
            if kind == "org" and len(left.text) == 1 and j >= 2 and tokens[j - 2].pos == "m" and left.text not in ADMIN_CHARS:
                break  # 第一百期 / 中央银行: a one-character word after a number counts, it names nothing
            ordinal = left.pos == "m" and _ORDINAL.fullmatch(left.text) is not None and kind == "org"  # 第二中学, 第一医院; not 第三届
            known = parent and left.start in orgs  # a known name, whatever jieba tags it
            admin = left.text in ADMIN_CHARS  # 县/zg: 省, 市, 县 before a body stand for "the county's"
            known_place = left.start in places and kind == "org"  # 大连/d 外国语大学: a known place, whatever jieba tags it
            verb_yu = _verb_yu(left)  # 就读于/n, 毕业于: a verb and its preposition, never a name's
            mistagged = left.text in g.name_inner_words  # 青年/t 联合会, 电竞/vg 俱乐部
            # 帆达/v 物流 公司: a trade name the dictionary lacks, right before lines of business
            made_up = not seen_place and not mistagged and len(left.text) == 2 and _made_up_name(tokens, j - 1, i, suffix, subtype, places, res, g)
            mistagged = mistagged or made_up
            # 松叶/nr 堂/q 株式会社: a one-character word of the name the segmenter tags a measure word or a morpheme, after a name-like word
            mistagged = mistagged or kind == "org" and len(left.text) == 1 and left.pos in INNER_CHARACTER_POS and j >= 2 and tokens[j - 2].pos in NAME_LIKE_POS
            # 天元/q 会计师事务所, 鼎盛/z 资本 opening the clause: a two-character trade name the segmenter tags a measure word or a
            # status word, right before a strong ending
            opening_odd = kind == "org" and len(left.text) == 2 and left.pos in _ODD_OPENING_POS and suffix not in g.weak and (
                j == 1 or not is_cjk(tokens[j - 2].text[-1])
            ) and all(is_cjk(c) for c in left.text)
            odd_opened, mistagged = odd_opened or opening_odd, mistagged or opening_odd
            # 维/v 斯特兰/nr 动力公司 opening the sentence: a transliterated name's first character the segmenter took for a verb
            mistagged = mistagged or kind == "org" and j == 1 and len(left.text) == 1 and left.pos in ("v", "vg") and left.text in g.translit and (
                tokens[j].pos in ("nr", "nrt") and len(tokens[j].text) >= 2 and all(c in g.translit for c in tokens[j].text)
            )
            # 英国 / 里/f 丁/nr 大学: a transliterated name's first character the segmenter took for a locative, after a known place
            mistagged = mistagged or kind == "org" and len(left.text) == 1 and left.pos == "f" and left.text in g.translit and j >= 2 and tokens[j - 2].start in places and (
                j < i and len(tokens[j].text) <= 3 and all(c in g.translit for c in tokens[j].text)
            )
            if (left.pos not in LEFT_POS and left.pos not in ("a", "b") and not ordinal and not known and not admin and not known_place and not mistagged and not bound) or left.text in g.stop_left or len(left.text) > 2 and left.text[-2:] in g.stop_left and left.text[-2:] not in g.context_before or not left.text.strip() or verb_yu:
                through = kind == "org" and len(suffix) >= 2 and suffix not in g.weak and not seen_place
                start_at = _place_through_verbs(tokens, j, places, g, orgs) if through else None
                if start_at is None and through and suffix.endswith(_SCHOOL_ENDS):
                    start_at = _school_place(tokens, j, places, g)
                if start_at is not None:
                    j = start_at  # 省 / 收藏 / 文化 / 研究会: a place or 省/市 heads the name, verbs inside
                break
            if tokens[j].start - left.start + (tokens[i].end - tokens[j].start) > 20:
                break
            # a place read left of the name ends it (某省 / 某市 / 某局); jieba's ns tag alone (友联/ns) is no proof
            seen_place = (seen_place or is_place and (left.pos != "ns" or left.start in places or left.text[-1:] in ADMIN_CHARS)) and not parent
            j -= 1
        # a name starts with a name, never with an adjective or an ordinary word
        while j < i and not paired and not (street_left and j == i - 1) and (
            tokens[j].pos in ("a", "b", "an", "vn") and not _made_up_name(tokens, j, i, suffix, subtype, places, res, g)
            and not (j + 1 < i and _made_up_parent(tokens, j, g, res)) and not (kind == "org" and tokens[j].text in g.org_heads)  # (国立/b 清华大学)
            and tokens[j].start not in places and tokens[j].start not in orgs  # (清远/a 职业技术学院, 微软/a 欧洲研究院: a known place
            # or organization, whatever the segmenter tags it)
            or tokens[j].text in res.names.not_names and not (kind == "org" and tokens[j].text in g.org_heads)
            or tokens[j].text in g.pos_stop and not (suffix in g.branches and tokens[j].start in places) and not (kind == "org" and tokens[j].text in g.org_heads)
            or len(tokens[j].text) == 1 and (tokens[j].text in g.glued or tokens[j].text in g.name_stop)
        ):
            j += 1
        listed = _listed_name_before(tokens, i, g) if titled and j == i else 0
        if listed:
            j = listed  # 、新/a 飞跃/v 集团 / 董事长: in a list of heads, the words after the list's pause name the body
        # 舜/g 耕路: the place's first character, a bound morpheme the segmenter cut off (the loop above took it)
        bound_head = kind == "place" and j == i - 1 and _bound_opening(tokens, j, places)
        if j == i and word in g.admin_bodies:
            continue  # 党委, 市委 alone: the committee of whatever the text is about, no name
        s, e = _unglued(text, tokens[j], j < i, orgs, g, res), tok.end - cut
        if kind == "org":
            s = _post_verb_unglued(text, tokens, j, i, s, res, g)
            s = _after_straddled_verb(text, tokens, j, i, s, g)
        if e - s <= len(suffix):
            continue  # a bare suffix: 公司, 大学
        if kind == "org" and tok.text == _FIRM_WORD and i + 2 < len(tokens) and made_up_word(tokens[i + 1].text, res) and suffix_of(tokens[i + 2].text, g, kind="org") is not None:
            continue  # 仓储机器人公司 / 极擎/n 科技: the kind of firm the named one after it is, no firm of its own
        if kind == "org" and e == tok.end and g.registered_endings and text.startswith(g.registered_endings, e):
            continue  # 某某文化传媒 / 有限公司: a line of business the legal form goes on from, no name's end
        last_two = text[tokens[i - 1].start : e] if i > 0 and word == suffix else ""
        if text[s:e] in g.not_suffix or last_two in g.not_suffix or kind == "place" and len(suffix) == 1 and text[e - 2 : e] in g.not_suffix and not street:
            continue  # 国家 / 公园, 某区 有关 / 部门, 铺平道路: a common noun in two words, or ending in one
        if suffix.endswith(_REPORTS[0]) and text.startswith(_REPORTS, e - 1):
            continue  # 记者某某晨 / 报道: the 报 of 报道 (reported), no newspaper's ending (某某晚报 / 报道 is one)
        if j == i and kind == "place" and _glued_unit(tok, g):
            continue  # 从市/n: a preposition and 市 (of the body after it), no city
        if _counted(text[s:e]) or _ADMIN_KINDS.fullmatch(text, s, e) or kind == "place" and j < i and _counted(word) and _after_a_list(tokens, i):
            continue  # 五市, 四大景区: a count of things, not a name (长沙、株洲、湘潭 / 三市: the places counted); 省市自治区: kinds of unit
        # 卫健委, 文旅局 (abbreviations), 统计局, 侨办 (one word naming a government body; not 大格局)
        abbreviation = j == i and (
            tok.pos in ("j", "nt") and len(word) <= 4 or 3 <= len(word) <= 4 and suffix in g.body_suffixes and word[-2:] not in g.not_suffix
        )
        if j == i and len(word) > 2 and word[-2:] in g.committee_seats:
            continue  # 省委常委/j: a seat on a body (常委, a post), no body's name
        if j == i and suffix in g.kinded_bodies and word != suffix and word[: -len(suffix)] in g.body_kinds:
            continue  # 音乐学校/nt, 儿童医院: one word of a kind of school or hospital and its ending, no name (农业部 is a ministry's)
        stem = tokens[j:i] if len(word) == len(suffix) or title else tokens[j : i + 1]
        headed = title is not None and (suffix in g.school_endings or suffix in g.naming_endings) or titled  # 星河/n 大学校长, 星河/n 银行行长, 星河/n 集团 / 董事长
        school = (  # a word names it (综合大学, 保险公司 alone are kinds)
            headed and len(stem) == 1 and stem[0].pos == "n" and len(stem[0].text) == 2 and stem[0].text not in g.pos_stop and stem[0].text not in g.trade_words
            and stem[0].text not in g.body_kinds  # (一名乡村中学校长: a kind of school)
        )
        # 星金/n 传媒/n 集团: a word before a line of business and a firm's form is the firm's trade name
        stem_made_up = bool(stem) and len(tokens[j].text) == 2 and _made_up_name(tokens, j, i, suffix, subtype, places, res, g)  # 帆达 / 物流 / 公司
        traded = (
            subtype == "Company" and len(stem) >= 2 and stem[-1].text in g.trade_words and len(stem[0].text) >= 2
            and stem[0].text not in g.trade_words and stem[0].text not in g.pos_stop and stem[0].pos in _TRADE_NAME_POS
        ) or len(stem) >= 2 and stem_made_up
        # 星河/n 医院: a word of the dictionary's and a body's ending it names (or the ending with its field as one word:
        # 光明/n 理工学院/nt), where the two are no word of the dictionary's together
        # (专科医院, 儿童医院, 重点中学 are: kinds of body), the word no line of business nor a generic word
        own_word = (
            kind == "org" and _naming_ending(word, suffix, subtype, g) and stem and stem[0].pos == "n" and len(stem[0].text) == 2
            and (len(stem) == 1 or len(stem) <= 3 and (fields := _name_fields(subtype, suffix, g)) is not None and all(t.text in fields or t is tok for t in stem[1:]))  # (梨花/n 女子 大学)
            and not res.segmenter.knows(stem[0].text + suffix) and stem[0].text not in g.trade_words and stem[0].text not in g.pos_stop
            and stem[0].text not in res.names.not_names and stem[0].text not in g.stop_left and stem[0].text not in g.founded_generic
            and stem[0].text not in g.body_kinds and (stem[0].text[0] not in g.name_stop or stem[0].text[0] in _BARE_NUMERALS and stem[0].pos == "n")  # (三民/n 中学: a numeral opening a noun of the dictionary)
            and (j == 0 or tokens[j - 1].pos in _OPENING_POS and tokens[j - 1].pos != "m" or _verb_yu(tokens[j - 1]) or tokens[j - 1].text in g.name_openers)  # opening its clause (在 / 星河 / 医院, 母校 / 星河 / 中学,
            # 就读于/n / 星河 / 大学), not the end of a longer name (某地 / 民族 / 中学) nor a kind counted (一支 / 校园 / 乐队)
        )
        # 星城/n 第一 / 中学: a word of the dictionary's and an ordinal before a school's or a hospital's ending, opening the clause
        numbered = (
            kind == "org" and suffix in g.kinded_bodies and len(stem) == 2 and _ORDINAL.fullmatch(stem[1].text) is not None and stem[0].pos == "n"
            and len(stem[0].text) == 2 and stem[0].text not in g.pos_stop and stem[0].text not in g.body_kinds and stem[0].text not in res.names.not_names
            and (j == 0 or tokens[j - 1].pos in _OPENING_POS and tokens[j - 1].pos != "m" or _verb_yu(tokens[j - 1]) or tokens[j - 1].text in g.name_openers)
        )
        # 国立/b 交通/n 大学: a charter's word opening an official name, then a common word, names the body (国立交通大学)
        chartered = kind == "org" and len(stem) >= 2 and stem[0].text in g.charter_heads and all(is_cjk(c) for t in stem[1:] for c in t.text) and not all(
            t.text in g.body_kinds for t in stem[1:]
        )  # (私立 / 综合 / 大学: kinds)
        if kind == "org" and len(stem) >= 2 and all(t.text in g.body_kinds for t in stem):
            continue  # 全日制 / 寄宿制 / 学校: kinds of school, however the segmenter tags them, name none
        # 黄泥/n 岗/n 小学: a common word and a village's last character, a word of their own, name the village its school serves
        village = suffix in g.kinded_bodies and len(stem) == 2 and stem[1].text in g.village_ends and stem[0].pos in ("n", "ns", "nr") and len(stem[0].text) == 2 and (
            j == 0 or tokens[j - 1].pos in _OPENING_POS or _verb_yu(tokens[j - 1])
        )
        if not any(t.pos in NAME_LIKE_POS or t.start in places or t.text in ADMIN_CHARS or _glued_unit(t, g) or _unit_and_suffix(t, suffix) or _admin_word(t, g) for t in stem) and not (suffix in g.strong_place and len(stem) == 1) and not bound_head and not odd_opened and not abbreviation and not school and not traded and not made_up_head and not stem_made_up and not own_word and not listed and not village and not numbered and not chartered and not paired and not (
            kind == "org" and j == i and len(word) >= len(suffix) + 2 and res.segmenter.word_tag(word[: -len(suffix)]) in _NAMED_HEADS
        ):
            continue  # 初创公司, 这所大学: a common noun, not a name (横店集团/n is one: 横店/ns names it)
        if (suffix in g.weak or kind == "place") and not abbreviation and not own_word:  # (星河/n 乐队: a weak ending that names)
            head = tokens[j]
            strong = suffix in g.strong_place and head.pos in ("n", "nr", "nrt", "nz", "ns", "j", "l") and len(head.text) >= 2
            if not (head.pos in PLACE_POS or head.start in places or head.text in ADMIN_CHARS or _glued_unit(head, g) or _unit_and_suffix(head, suffix) or _admin_word(head, g) or strong or street_left or made_up_head or bound_head) and not (
                kind == "place" and stem_made_up
            ):
                continue
        if kind == "place" and len(suffix) == 1 and res.names.surnames.get(text[s]) and (
            j > 0 and (tokens[j - 1].text.endswith(tuple(g.kin_words)) or e - s == 3 and res.names.context_before.get(tokens[j - 1].text) in ROLE_WORD_KINDS)
            or e - s == 3 and event_at(text, e, res.names.context_after)
            and res.gazetteer.lookup(text[s:e]) is None
        ):
            continue  # 之父 / 郑远山: after a kin word a surname and a name ending in 山 or 河 are a person; so are three characters
            # after a word for people by role or title (被告人 / 郑长河, 院士 / 钟南山) or before what only people do (钟南山 / 出生于, 林青山 / 毕业于)
        if kind == "place" and len(suffix) == 1 and e - s > 3 and _person_word_before_name(text, s, e - 3, res):
            continue  # 德国籍 / 华人 / 地质学家 / 周远山: read leftwards from a country, the words for people show the last three
            # characters are a person's name, no place's
        if e - s == 3 and suffix in g.given_name_bodies and res.names.surnames.get(text[s], 9) <= 2 and res.gazetteer.lookup(text[s:e]) is None:
            continue  # 罗 / 志军/n: a common surname and a given name ending in 军 are a person, no army
        if kind == "org" and text[s : e - len(suffix)].endswith(g.registered_endings):
            continue  # 某某物业管理有限公司 / 物业服务合同: a registered name ends with its legal form, nothing after it is the name's
        if e - s > 3 and suffix[-1:] in g.given_name_bodies and _person_word_before_name(text, s, e - 3, res):
            continue  # 首席执行官 / 赵海军: a word for people, then a surname and a given name ending in 军: a person, no navy
        if kind == "org" and (suffix in g.country_firm_kinds or subtype == "Company") and (
            _country_kind(text[s:e], suffix, res, _NAME_AFTER.match(text, e) is not None or i + 1 < len(tokens) and tokens[i + 1].start == e and tokens[i + 1].pos in _NAME_AFTER_POS)
            or j > 0 and tokens[j - 1].text in FIRM_COUNTERS and _opens_with_country(text[s:e], res)
            or j > 1 and tokens[j - 2].text in FIRM_COUNTERS and known_type(tokens[j - 1].text, res) == "Country"
        ):
            continue  # 一家美国公司, 这家德国银行: a company of a country, a kind (美国银行 is a bank the gazetteer has);
            # after a counter whatever words come between (一家挪威海洋科技公司: a description, no name, nor is 海洋科技公司)
        if kind == "org" and j > 1 and tokens[j - 1].text == "的" and any(t.text in FIRM_COUNTERS for t in tokens[max(0, j - 5) : j - 1]) and _opens_with_country(text[s:e], res):
            continue  # 是一家历史悠久的英国赛艇俱乐部: a counted body described, its country opening the kind, no name
        # a branch, or a body of its own inside a known organization (某某人大财经委员会)
        branch = kind == "org" and (j < i and suffix in g.branches or suffix in g.sub_organizations and s in orgs)
        yield Mention(text[s:e], subtype, s, e, sentence, "branch" if branch else "suffix")


_NAME_AFTER_POS = frozenset({"nrt", "nz"})  # … or a transliterated or proper name the segmenter tags (德国机器人公司 / 库卡/nrt)
_NAME_AFTER = re.compile(r"\s?(?:[A-Za-z]|[“「『\"《])")  # a Latin-script or quoted name right after a description (日本软件公司 Kaze Systems)
_PARTY = "方"  # 运营/vn 方/n: the party a body is to something, the segmenter's word of its own before the name


def party_word(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] is 方 after a verb (运营/vn 方, 投资/v 方): the party a body is, no surname opening its name (方杰)."""
    return tokens[k].text == _PARTY and k > 0 and tokens[k - 1].pos in ("v", "vn")


def _word_and_trade_before(tokens: Sequence[Token], i: int, subtype: str, g: Grammar) -> bool:
    """星河/n 科技/n 公司: a firm's bare ending after a line of business and, before that, a noun of two
    characters that is no line of business, no kind of firm and no common word of the grammar's
    (人工智能, 国内, 新兴 are none of a name): the noun is the firm's trade name."""
    if subtype != "Company" or i < 2:
        return False
    trade, name = tokens[i - 1], tokens[i - 2]
    return (
        trade.text in g.trade_words and name.pos in ("n", "nz") and len(name.text) == 2 and has_cjk(name.text)
        and name.text not in g.trade_words and name.text not in g.pos_stop and name.text not in g.stop_left
        and name.text not in g.company_kinds and name.text not in g.body_kinds and (i < 3 or tokens[i - 3].pos in _OPENING_POS or tokens[i - 3].text == "的")
    )


def _naming_ending(word: str, suffix: str, subtype: str, g: Grammar) -> bool:
    """``word`` is an ending strong enough to make a name of a dictionary word before it: a naming
    suffix (医院, or one ending in one: 理工学院), alone or with one of its fields glued on (师范学院),
    or 厂 with its field (食品厂: never alone)."""
    fields = _name_fields(subtype, suffix, g)
    fielded = len(word) > len(suffix) and fields is not None and word[: -len(suffix)] in fields
    return (word == suffix or fielded) and suffix.endswith(g.naming_endings_sorted) or fielded and suffix in _FIELD_NAMING


def _glued_unit(word: Token, g: Grammar) -> bool:
    """从市/n (教育局), 向县/n (政府): a preposition the segmenter glued to 市, 省, 县 … that heads the body's name."""
    return len(word.text) == 2 and word.text[1] in ADMIN_CHARS and word.text[0] in g.glued


def _unit_and_suffix(word: Token, suffix: str) -> bool:
    """区法院/n, 县法院/n: 市, 省, 县 … and the body's ending as one word of the segmenter's (the unit's court)."""
    return len(word.text) == len(suffix) + 1 and word.text[0] in ADMIN_CHARS and word.text.endswith(suffix)


def _verb_yu(word: Token) -> bool:
    """A verb and its preposition 于 as one word (就读于/n, 毕业于, 位于): what follows opens a name."""
    return len(word.text) >= 2 and word.text.endswith("于")


def _made_up_before(tokens: Sequence[Token], i: int, suffix: str, subtype: str, places: Collection[int], res: Resources, g: Grammar) -> bool:
    """The first word before tokens[i] that is no line of business is a made-up name
    (帆星 / 能源 / 集团: 集团 alone is a common noun, but not after a firm's name)."""
    fields = _name_fields(subtype, suffix, g)
    k = i - 1
    while k > 0 and fields is not None and (tokens[k].text in fields or _is_trade(tokens[k].text, g)):
        k -= 1
    return k >= 0 and _made_up_name(tokens, k, i, suffix, subtype, places, res, g)


def _made_up_parent(tokens: Sequence[Token], j: int, g: Grammar, res: Resources) -> bool:
    """tokens[j] is a made-up two-character name right before an organization's bare ending
    (丰达/a 银行 / 郑州 / 分行): the parent organization's own name, which its branch's name opens."""
    return tokens[j + 1].text in g.org_suffix_set and made_up_word(tokens[j].text, res)


def _characters_after_place(tokens: Sequence[Token], i: int, places: Collection[int], g: Grammar) -> bool:
    """The two words before tokens[i] are single characters (no function character), and a
    known place stands before them: a two-character name the segmenter cut up."""
    if i < 3 or not (tokens[i - 3].start in places or tokens[i - 3].pos == "ns" and len(tokens[i - 3].text) >= 2):
        return False
    return all(
        len(t.text) == 1 and is_cjk(t.text) and t.text not in g.name_stop and t.text not in g.glued and t.text not in ADMIN_CHARS
        for t in tokens[i - 2 : i]
    ) and tokens[i - 1].text not in g.verb_complements  # (念 / 完 / 中学: a verb and its complement)


def _characters_after_founding(tokens: Sequence[Token], i: int, g: Grammar) -> bool:
    """The two words before tokens[i] are single characters (no function character) right after a founding
    verb (创办了 / 茂/a 新/a / 面粉厂): a two-character name the segmenter cut up, the body founded."""
    k = i - 3 if i >= 3 and tokens[i - 3].text != "了" else i - 4
    if k < 0 or not tokens[k].text.endswith(g.founding_verbs):
        return False
    return all(len(t.text) == 1 and is_cjk(t.text) and t.text not in g.name_stop and t.text not in g.glued and t.text not in ADMIN_CHARS for t in tokens[i - 2 : i])


def _name_fields(subtype: str, suffix: str, g: Grammar) -> frozenset[str] | None:
    """The words that may stand between a made-up name and the ``suffix`` of a thing of
    ``subtype``: a firm's lines of business, a school's fields, another body's fields (足球 /
    俱乐部), nothing for a street, a village or a scenic place (嘉天 / 大道); None for other places."""
    if subtype in PLACE_TYPES:
        return frozenset() if suffix in g.made_up_place else None
    if subtype == "Company":
        return g.trade_words
    return g.school_fields if suffix in g.school_endings else g.body_fields


def _after_a_street_and(tokens: Sequence[Token], k: int, g: Grammar) -> bool:
    """tokens[k] follows a street and a conjunction (某某路 / 与 / 天兴/b / 巷 交叉口): the second
    street of an intersection."""
    return k >= 2 and tokens[k - 1].text in CONJUNCTIONS and tokens[k - 2].text.endswith(g.street_endings)


def _made_up_place_word(word: str, suffix: str, res: Resources, g: Grammar) -> bool:
    """``word`` is a two-character name the dictionary lacks and a place suffix that such a name
    may head, as one word (润鑫街, 博宏巷)."""
    head = word[: -len(suffix)]
    return suffix in g.made_up_place and head[:1] not in g.glued and made_up_word(head, res)


def _headed_by(word: str, suffix: str, g: Grammar) -> bool:
    """``word`` is the title of the head of a body named by its ``suffix`` (会长 of a 协会, 行长
    of a 银行, 院长 of a 学院); not a company's officers (董事长, 总经理), whom any firm has."""
    title = g.titles.get(word)
    return title is not None and suffix.endswith(title)


def _made_up_name(
    tokens: Sequence[Token], k: int, i: int, suffix: str, subtype: str, places: Collection[int], res: Resources, g: Grammar
) -> bool:
    """tokens[k] is the own name of a firm, a school, a street, a village or a scenic place that
    the dictionary lacks: two characters the segmenter put together itself (帆达/v, 伟启/v, 鑫天/q,
    演玥/x, 嘉天/t: its guesses at words it does not know, whatever it tags them), followed by
    nothing but lines of business or a school's fields up to the suffix's word tokens[i] (物流 /
    公司, 控股集团, 职业 / 技术 / 学院, 足球 / 俱乐部, 大道). Without such words between, the
    place of registration stands before it (宁波 / 帆达 / 公司, 宁波 / 鼎佳/z / 小学; 帆达公司 alone is
    not read), a locative before a street, a village or a scenic place (位于 / 嘉天 / 大道), or the
    title of the body's own head after it (启越 / 协会 / 会长). A dictionary word (成立/v 科技公司,
    知名/a 投资公司) is never one."""
    fields = _name_fields(subtype, suffix, g)
    word = tokens[k] if 0 <= k < i else None
    if word is not None and glued_to_made_up_word(word.text, g, res):
        word = Token(word.text[1:], word.pos, word.start + 1, word.end)  # 是祥鼎/ng: the copula glued to the name
    if fields is None or word is None or len(word.text) != 2 or not all(is_cjk(c) for c in word.text):
        return False
    if word.text[0] in g.glued or word.text in g.pos_stop or word.pos == "v" and word.text[1] in g.verb_complements:
        return False  # (念完/v 中学: a verb and its complement)
    after = tokens[k + 1 : i + 1]
    if not all(t.text in fields or _is_trade(t.text, g) for t in after[:-1]):
        return False
    last = after[-1].text
    if (title := _title_of(last, g)) is not None and last[: -len(title)].endswith(suffix):
        last = last[: -len(title)]  # 越新/d 中学校长: the school and its head's title in one word
    head = last[: -len(suffix)] if last.endswith(suffix) else None
    if head is None or head and not (head in fields or _is_trade(head, g)):
        return False
    if not head and len(after) == 1 and not (
        k > 0 and (tokens[k - 1].pos == "ns" or tokens[k - 1].start in places or suffix in g.made_up_place and (
            tokens[k - 1].text in g.locative or _after_a_street_and(tokens, k, g)
        ))
        or i + 1 < len(tokens) and _headed_by(tokens[i + 1].text, suffix, g)
    ):
        return False  # (a street or a village after a locative too: 位于 / 嘉天 / 大道; any body its head's title follows: 启越 / 协会 / 会长)
    return not res.segmenter.knows(word.text)


_PARTNER_WORDS = frozenset("与和同跟")  # before a partner in what two do together (与某公司合作建设…)
_SCHOOL_KINDS = ("学院", "大学", "学校")  # 理工学院, 师范大学, 音乐学校: with two characters before them, kinds of school
_TRADE_NAME_POS = frozenset({"n", "nz", "j", "l", "ng"})  # what a trade name the segmenter does not know is tagged
_ORDINAL_POST = re.compile("第[一二三四五六七八九十百0-9]+任")  # 星河大学 / 第三任 / 校长


def _heads(word: str, suffix: str, g: Grammar) -> bool:
    """A corporate title, someone who speaks for an organization (董事长, 负责人) or the head of a
    school (星河大学 / 校长)."""
    return word in g.executive_titles or word in g.staff_words or suffix in g.school_endings and word in g.school_head_titles


def _title_of(word: str, g: Grammar) -> str | None:
    """The title of a body's head that ends ``word`` (院长 of 副院长, 校长 of 中学校长), if one does."""
    return next((w for w in g.titles if word.endswith(w)), None) if word[-1:] in g.title_ends else None


_STREET_DIRECTIONS = frozenset("东西南北中")
_NOT_STREET_NAME_POS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "m", "q", "x", "w", "f", "t", "y", "e", "o"})


def _opens_street(tok: Token, g: Grammar) -> bool:
    """The word before 东路/南街 … is the street's name: a word of Chinese characters, no function
    word, number or time, and no verb of place (位于, 来到, 通往) that only points at the street."""
    return (
        1 <= len(tok.text) <= 4 and all(is_cjk(c) for c in tok.text) and tok.pos not in _NOT_STREET_NAME_POS
        and tok.text not in g.stop_left and tok.text[-1] not in "于在到向往至临靠"
    )


def _named_street(text: str, tokens: Sequence[Token], i: int, g: Grammar) -> bool:
    """幸福/a + 大街, 光明/a + 路: an adjective or a verb of two characters names the street when the
    street stands in a list of streets (、), before a house number or after a verb of place."""
    head = tokens[i - 1]
    if len(head.text) != 2 or head.pos not in ("a", "an", "v", "vn", "nr", "nrfg", "nz") or not _opens_street(head, g):
        return False  # (祥和/nrfg 大街: a word the segmenter takes for a name)
    before = tokens[i - 2].text if i > 1 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    numbered = after is not None and after.pos == "m" and g.number_unit.match(text, after.start) is not None
    return before == "、" or after is not None and after.text == "、" or numbered or before in g.locative


OPEN_PARENS = frozenset({"（", "("})  # (a token of its own: the segmenter splits punctuation off)
CLOSE_PARENS = frozenset({"）", ")"})
_REGISTERED_GROUP = re.compile("[\u4e00-\u9fff]{2,4}")


_NOT_IN_OPENING_NAME_POS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "x", "w", "t", "y"})


def _clause_opening_name(tokens: Sequence[Token], j: int, end: int, post_verbs: Collection[str] = ()) -> int | None:
    """Where the name starts when the words before a place in parentheses (tokens[j] opens
    ``（宁波）有限公司``) run back to the start of their clause with no function word among them and
    no more than 12 characters (远航/v 电子, 永丰 / 余家/m 品/v): a registered name of the form
    某某（某地）有限公司 opening its clause is whole, whatever the segmenter tagged its words; not over a
    person's name and the verb of a post glued into one word (孟庆华任/nr: ``post_verbs``)."""
    k = j
    while k > 0 and tokens[k - 1].pos not in ("x", "w"):
        k -= 1
        if tokens[k].pos in _NOT_IN_OPENING_NAME_POS or not all(is_cjk(c) for c in tokens[k].text) or tokens[j].start - tokens[k].start > 12:
            return None
        if tokens[k].pos in NAME_POS and len(tokens[k].text) >= 3 and tokens[k].text[-1] in post_verbs:
            return None
    return k if k < j and end - tokens[k].start <= 30 and (k == 0 or tokens[k - 1].text in _CLAUSE_MARKS) else None


def _bounded_name(tokens: Sequence[Token], i: int, g: Grammar) -> int:
    """Where a registered name starts whose words the reading leftwards stopped at (verbs, a
    direction: 东方/s 远航/v) before tokens[i] (its legal ending, or a firm's form and lines of
    business): where they run back, over at most three words and eight characters with no function
    word among them, to the start of their clause, a preposition or a word no name opens with (现任,
    担任, 位于 …: ``stop_left``); ``i`` itself when they do not.

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "他现任东方远航股份有限公司的监事"
    >>> tokens = r.segmenter.tokens(t)
    >>> k = next(n for n, w in enumerate(tokens) if w.text.endswith("公司"))
    >>> tokens[_bounded_name(tokens, k, compiled_grammar(r))].text
    '东方'
    """
    k = i
    while k > 0 and i - k < 3:
        left = tokens[k - 1]
        if left.text in _CLAUSE_MARKS or left.text in g.stop_left or left.text in g.registered_stops or left.pos == "p":
            break  # (一家名为 / 某某 / 餐饮管理有限公司: a verb of naming, of founding … opens no name)
        if left.pos in _NOT_IN_OPENING_NAME_POS or not all(is_cjk(c) for c in left.text) or left.text in g.name_stop:
            return i
        k -= 1
    chars = tokens[i].start - tokens[k].start
    bounded = k == 0 or tokens[k - 1].text in _CLAUSE_MARKS or tokens[k - 1].text in g.stop_left or tokens[k - 1].text in g.registered_stops or tokens[k - 1].pos == "p"
    return k if k < i and bounded and 2 <= chars <= 8 else i


_CLAUSE_MARKS = frozenset("，,。；;：:！？!?、 \n")
_ORDINAL = re.compile("第[一二三四五六七八九十百零〇0-9０-９]+")
_REGISTERED_BOUNDARY_POS = frozenset({"v", "vn", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "f", "t", "m", "x", "q", "w"})


def registered_companies(
    text: str, tokens: Sequence[Token], sentence: int, res: Resources, places: Collection[int] = ()
) -> Iterator[Mention]:
    """湖南华莱生物科技有限公司, 北京轻松筹网络科技有限公司: a registered company's full name,
    read leftwards from its legal ending over the words of the name (any one-character word
    that is no function character; longer words that are no verb, function word, number or
    time, but lines of business such as 照明 or 建设 that the segmenter tags as verbs, or 智能 whose last
    character is a function character), stopping after at
    most 30 characters. The suffix grammar stops at words like 达/v
    or 日/m inside such names; this reading does not, so the whole name becomes a candidate
    and the overlap policy keeps the longest.

    A registered name opens with the place of registration (成都 + 乐无忧 + 旅行社 + 有限公司):
    where the reading stops at a word the segmenter tagged oddly (大连/d, 无忧/v), a known
    place (``places``: start offsets) a few words further left, with only words of the name in
    between, still opens the name; a person's name before that place is none of it (某某 +
    浙江省 + 能源集团有限公司, a byline run into the name). 控股 stops the reading (某集团控股某公司)
    except right before the legal ending (某某控股有限公司)."""
    if not tokens or text.find("公司", tokens[0].start, tokens[-1].end) < 0:
        return  # every legal ending names a 公司: most sentences have none
    g = compiled_grammar(res)
    endings, stops, headings = g.registered_endings, g.registered_stops, g.registered_headings
    for i, tok in enumerate(tokens):
        if not endings or not (tok.text.endswith(endings) or i > 0 and (tokens[i - 1].text + tok.text).endswith(endings)):
            continue
        if not tok.text.endswith(endings):
            i -= 1  # 有限责任 / 公司: the ending spans two words
        j = i
        straddled = 0  # where a post verb the segmenter cut in two ends (林慧现 / 任嘉诚: 现任)
        while j > 0:
            left = tokens[j - 1]
            word = left.text
            if j < i and len(word) >= 2 and text[left.end - 1 : left.end + 1] in stops:
                straddled = left.end + 1  # the name starts after the verb, in the word after it
                break
            if word in CLOSE_PARENS and j >= 3 and tokens[j - 3].text in OPEN_PARENS and _REGISTERED_GROUP.fullmatch(tokens[j - 2].text):
                j -= 3  # 某某（集团）有限公司, 某某（中国）网络技术有限公司: a group or a country inside the name
                opening = _clause_opening_name(tokens, j, tok.end, g.post_verbs_glued)
                if opening is not None:
                    j = opening  # 远航/v 电子（宁波）有限公司 opening its clause: the whole run is the name, however tagged
                    break
                continue
            if word in stops and j == i and word in _HOLDING_WORDS:
                j -= 1  # 某某控股 / 有限公司: right before the legal ending 控股 is the name's own
                continue
            if not word.strip() or not all(is_cjk(c) or c.isalnum() for c in word) or word in stops or word in g.stop_left or party_word(tokens, j - 1):
                break  # (运营/vn 方/n / 某某有限公司: the party the firm is)
            if len(word) >= 2 and glued_preposition(text, left, places, g, res) and not res.segmenter.knows(word):
                j -= 1
                break  # 消费者 / 对诚海/n / 电子股份有限公司: a preposition glued to the name's first word opens the name
            if headings and word.endswith(headings):
                break  # 公司简介 / 广东某某有限公司: a heading, not the name
            if word in g.executive_titles or word.endswith(g.registered_name_post_endings):
                break  # 某集团副董事长 / 兼 / 某某有限公司: a post held at another organization
            if len(word) >= 3 and left.pos in NAME_POS and word[-1] in g.post_verbs_glued and word[-2:] not in g.stop_left:
                break  # 孟庆华任/nr / 上海久事 / 有限公司: a name and the verb of the post glued into one word, no part of the firm
            if len(word) == 1:
                if word in g.name_stop or not is_cjk(word):
                    break
                if word in g.post_verbs_glued and j >= 2 and (tokens[j - 2].pos in NAME_POS or res.names.context_after.get(tokens[j - 2].text) == "title"):
                    break  # 宋明/nr / 任/r / 吉林某某有限公司: a name (or its form of address, 某某同志 / 任) and the verb of a post before the firm
            elif word not in g.trade_words and not _numeral_in_name(tokens, j) and (
                left.pos in _REGISTERED_BOUNDARY_POS and not _odd_verb(tokens, j) and not _trade_name_verb(tokens, j, i, g)
                or word[-1] in g.name_stop and len(word) >= 3 and left.pos not in NAME_LIKE_POS and not (j == 1 or tokens[j - 2].pos == "x")
            ):
                break  # 某某和 / 某某公司 joins two things, unless the word opens the clause (政和 / 科技有限公司); a
                # two-character word is a trade name of its own (丰和/a / 汽车有限公司)
            if tok.end - left.start > 30:
                break
            j -= 1
        if j == i or _trades_only(tokens, j, i, g):
            j = _bounded_name(tokens, j, g)  # 现任 / 东方/s 远航/v / (集团) 股份有限公司: the words between a post's verb and the legal ending
        j = _short_trade_name(tokens, j, i, places, g)
        if places and tokens[j].start not in places:
            j = _registered_place(tokens, j, tok.end, places, g, odd_words=_trades_only(tokens, j, i, g))
        if places and tokens[j].pos in NAME_POS and tokens[j].start not in places:
            # 童某某 / 浙江省 / 能源集团有限公司: a person's name before the place of registration is no part of it
            j = next((k for k in range(j + 1, i) if tokens[k].start in places and all(t.pos in NAME_POS for t in tokens[j:k])), j)
        s, e = _post_verb_unglued(text, tokens, j, i, _unglued(text, tokens[j], j < i, places, g, res), res, g), tok.end
        s = max(s, straddled) if tokens[j].start < straddled < tokens[j].end else s
        ending = next(x for x in endings if text[s:e].endswith(x))
        if e - s - len(ending) >= 2 and not (_trades_only(tokens, j, i, g) and s == tokens[j].start) and text[s : e - len(ending)] not in g.pos_stop:  # (股份制 / 有限公司: a kind of firm)
            yield Mention(text[s:e], "Company", s, e, sentence, "registered")  # (控股 / 股份有限公司 alone: a kind of firm)


_TEAM = "队"  # a team's ending
_NAME_OR_PROPER_POS = frozenset({*NAME_POS, "nz"})  # a person's name, or another proper noun (恒基/nz)
_HE = "和"  # a conjunction, and a character of trade names (嘉和, 祥和, 永和)
_ODD_TRADE_NAME_POS = frozenset({"v", "d", "q"})  # what the segmenter makes of a trade name it does not know (not t: 目前)


def _short_trade_name(tokens: Sequence[Token], j: int, i: int, places: Collection[int], g: Grammar) -> int:
    """Where a registered name starts when the reading stopped with fewer than two characters of
    trade name before its lines of business (杭州 / 和 / 通 / 环保 / 控股, 宁波 / 诚/a / 和 / 食品): a
    trade name has two characters at least, so one-character words before it, function
    characters too, are its own up to two characters, when a known place stands right before
    them (the place of registration, taken in after this) or they open the clause with a
    character that is no function word (嘉/nr 和/c 家具有限公司); ``j`` itself otherwise."""
    def trades(k: int) -> bool:
        return all(t.text in g.trade_words or t.text in g.firm_forms for t in tokens[k:i])

    have = 0 if trades(j) else len(tokens[j].text) if trades(j + 1) else 2
    k = j
    while have < 2 and k >= 1 and len(tokens[k - 1].text) == 1 and is_cjk(tokens[k - 1].text):
        k, have = k - 1, have + 1
    if k == j or have < 2:
        return j
    # … or, opening the clause, a first character that is no function word (嘉/nr 和/c 家具有限公司; not 他 / 和 / …)
    opens = (k == 0 or not is_cjk(tokens[k - 1].text[-1])) and tokens[k].pos not in _NO_TRADE_OPENING_POS and tokens[k].text not in g.name_stop
    return k if k >= 1 and tokens[k - 1].start in places or opens else j


_NO_TRADE_OPENING_POS = frozenset({"r", "p", "c", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud", "m", "q", "y", "e", "o"})  # (他 / 和 …)


def _trade_name_verb(tokens: Sequence[Token], j: int, i: int, g: Grammar) -> bool:
    """tokens[j - 1], a two-character word tagged a verb (or an adverb or a measure word, 远永/d,
    豪天/q; not a time word, 目前), is the trade name of a registered name that is otherwise only its trades and
    legal form (和 / 远航/v / 控股/v / 股份有限公司: a verb never names a firm, but a name of trades
    alone names none either); not a verb of founding, joining or working (成立 / 控股公司 is a kind)."""
    left = tokens[j - 1]
    return (
        left.pos in _ODD_TRADE_NAME_POS and len(left.text) == 2 and _trades_only(tokens, j, i, g)
        and left.text not in g.registered_stops and (j == 1 or tokens[j - 2].pos in ("c", "x", "p"))
    )


def _trades_only(tokens: Sequence[Token], j: int, i: int, g: Grammar) -> bool:
    """The words of a registered name before its ending (tokens[j:i]) are all lines of business
    (网络科技 / 有限公司): the name has no word of its own."""
    return j < i and all(_is_trade(t.text, g) for t in tokens[j:i])


def _odd_verb(tokens: Sequence[Token], j: int) -> bool:
    """tokens[j - 1], tagged a verb, is a word of a registered name all the same: a word of three
    or more characters that opens the clause (华博易造/v 科技发展有限公司). (Two-character ones
    after a name-like word, 华远/nz 易造/v, were tried: on the odd evaluation lines one founding
    date fewer.)"""
    left = tokens[j - 1]
    return left.pos == "v" and len(left.text) >= 3 and (j == 1 or tokens[j - 2].pos == "x")


def glued_preposition(text: str, word: Token, known: Collection[int], g: Grammar, res: Resources | None = None) -> bool:
    """``word`` opens with a preposition the segmenter glued to a name's first word (由林达,
    以远帆/n, 据远帆/n), unless it is tagged or known as a name of its own (以色列/ns). With the
    resources, also a two-character word the dictionary lacks (从星/n 博康/nr 银行: 从 / 星博康) or a
    longer one tagged as a place (从泰海/ns 汽车)."""
    if text[word.start] not in g.glued_first or word.start in known or not all(is_cjk(c) for c in word.text):
        return False
    if len(word.text) > 2 and word.pos not in ("nt", "ns") and text[word.start] in g.glued:
        return True
    if _glued_unit(word, g):
        return True  # 从市/n 教育局: a preposition glued to 市 (or 省, 县 …) that heads the body's name
    return res is not None and 2 <= len(word.text) <= 3 and word.pos != "nt" and not res.segmenter.knows(word.text)


def _unglued(text: str, first: Token, more: bool, known: Collection[int], g: Grammar, res: Resources | None = None) -> int:
    """Where a name that opens with ``first`` starts: after a preposition the segmenter glued to
    its first word (由林达 / 集团, 是 以远帆/n 集团股份有限公司), unless that word is a name of its
    own or is the name's only word before its ending (``more`` false)."""
    return first.start + 1 if more and glued_preposition(text, first, known, g, res) else first.start


def _after_straddled_verb(text: str, tokens: Sequence[Token], j: int, i: int, s: int, g: Grammar) -> int:
    """Where an organization's name read from ``s`` over tokens[j:i] starts when a verb of a post
    or a founding lies across two of its words (方 / 杰出 / 任鑫远 / 地产有限公司: 出任): after the
    verb, which the words before it belong to (a person's name and the verb)."""
    if j >= i:
        return s
    last = s
    for m in g.straddled_verbs.finditer(text, s, tokens[i].start):
        if any(t.start < m.start() < t.end or t.start < m.end() < t.end for t in tokens[j : i + 1]):
            last = m.end()  # across a word's edge (a verb the segmenter kept as one word ended the reading already)
    return last


def _post_verb_unglued(text: str, tokens: Sequence[Token], j: int, i: int, s: int, res: Resources, g: Grammar) -> int:
    """Where an organization's name that opens with tokens[j] (at ``s``) starts when the verb of a
    post is glued to its first word after a person, a form of address or an adverb (某某同志 /
    任远帆 / 大学, 周明 / 任远帆 / 中学, 曾 / 任星恒/nr / 电子有限公司, 后/f / 任柏林/nr / 大学): after the verb."""
    if 0 < j < i and text[s] in g.post_verbs_glued and (
        res.names.context_after.get(tokens[j - 1].text) == "title" or tokens[j - 1].pos in ("nr", "nrfg", "d", "f") or tokens[j - 1].text in _SINCE_WORDS
    ):
        return s + 1
    return s


_SINCE_WORDS = frozenset({"起", "开始", "以来", "至今"})  # 2010年起 / 任远帆集团: the post held since a date


def _known_place_left(
    tokens: Sequence[Token], j: int, reach: int, places: Collection[int], stops: Callable[[int], bool], place_first: bool = False
) -> int | None:
    """The index of the nearest known place at most ``reach`` words left of ``tokens[j]``, every
    word passed on the way failing ``stops`` (an index's test); None when a stop comes first or
    no place is in reach. ``place_first``: a place is taken before its own word is tested (the
    stops of a school's name would turn a place of one tag or length away). The walk of the
    three readings below that look for the place of registration opening a name."""
    for k in range(j - 1, max(-1, j - 1 - reach), -1):
        if place_first and tokens[k].start in places:
            return k
        if stops(k):
            return None
        if tokens[k].start in places:
            return k
    return None


def _registered_place(tokens: Sequence[Token], j: int, end: int, places: Collection[int], g: Grammar, odd_words: bool = False) -> int:
    """The index of a known place at most four words left of ``tokens[j]`` that opens a
    registered name, the words between being Chinese words of a name (no punctuation, function
    word, stop word or verb of founding); ``j`` itself when there is none. ``odd_words``: what
    was read is only trades (网络科技 / 有限公司, a name without its own word), so the words
    between may be ones the segmenter tagged as a time, a number or an adverb (北京 / 微学 /
    明日/t / 网络科技有限公司, 福州 / 福 / 日/m / 电子有限公司)."""
    hard = _ODD_WORD_STOPS if odd_words else _REGISTERED_HARD_STOPS

    def stops(k: int) -> bool:
        left = tokens[k]
        stop = left.text in _FUNCTION_WORDS if odd_words or left.text in _NAME_CHARS else left.text in g.name_stop
        if not all(is_cjk(c) for c in left.text) or left.text in g.registered_stops or left.text in g.stop_left or stop:
            return True
        timed = left.pos == "t" and len(left.text) >= 2 and k >= 1 and tokens[k - 1].start in places and not left.text[-1].isdigit()
        return left.pos in hard and not timed or end - left.start > 30  # (宁波 / 明日/t / 星光速递有限公司: a word tagged a time right after the place is the name's own)

    found = _known_place_left(tokens, j, 4, places, stops)
    return found if found is not None else _place_past_odd_words(tokens, j, end, places, g)


def _place_past_odd_words(tokens: Sequence[Token], j: int, end: int, places: Collection[int], g: Grammar) -> int:
    """The index of a known place at most six words left of ``tokens[j]`` with only the odd words
    of a trade name between (上海 / 食/v / 在/p / 乡 / 投资管理有限公司, 苏州 / 百年/m / 同/p / 龢/zg /
    食品有限公司): a function character or a number may be part of a trade name the
    dictionary lacks when a place of registration opens it and nothing between is a word
    that joins, marks a clause or a time (的, 和, 是, 今年 …), a verb or an adverb of two
    characters, or a preposition before a word of two (those begin a clause: 市民 / 在 / 某某有限公司),
    nor a stop word of names; ``j`` itself when there is none."""

    def stops(k: int) -> bool:
        left = tokens[k]
        if left.text == _HE and k >= 2 and len(tokens[k - 1].text) == 1 and tokens[k - 1].pos in NAME_LIKE_POS and tokens[k - 2].start in places:
            return False  # 北京 / 嘉/nr 和/c / 一品/m 餐饮管理有限公司: 和 the second character of a trade name (嘉和) right after the place
        return (
            not all(is_cjk(c) for c in left.text) or left.text in _CLAUSE_CHARACTERS or left.text in g.registered_stops
            or left.text in g.stop_left or left.pos in ("t", "r", "uj", "ul", "c") or end - left.start > 30
            or len(left.text) > 1 and left.pos in ("v", "d")
            or left.pos in ("p", "d") and len(tokens[k + 1].text) > 1
        )  # (杭州 / 市民 / 在 / 华联商厦, 上海 / 来到/v / 宏达: a preposition before a word, a verb, no trade name)

    found = _known_place_left(tokens, j, 6, places, stops)
    return found if found is not None else j


_REPORTS = "报道"  # a verb whose first character ends a newspaper's name too (晨报)
_ODD_OPENING_POS = frozenset({"q", "z"})  # (天元/q, 鼎盛/z: what a trade name opening a clause may be tagged)
_BOUND_MORPHEMES = frozenset({"g", "ng"})  # jieba's tags of a morpheme that is no free word (麓/ng, 濂/g)


def _bound_opening(tokens: Sequence[Token], k: int, places: Collection[int]) -> bool:
    """tokens[k] is one character the segmenter tags a bound morpheme, and what comes before it opens a
    name: the sentence's start, a punctuation mark, a preposition or conjunction, or a known place
    (，麓/ng 山南路, 与 / 舜/g 耕路, 九江市 / 濂/g 溪区); or one character it tags a surname right after a district or a
    county (鄞州区/ns 姜/nr 山镇/ns: the town's first character, no person's)."""
    tok = tokens[k]
    before = tokens[k - 1] if k > 0 else None
    if len(tok.text) == 1 and tok.pos == "nr" and before is not None and before.pos == "ns" and before.text[-1:] in _UNIT_ENDS:
        return True
    if len(tok.text) != 1 or tok.pos not in _BOUND_MORPHEMES or not is_cjk(tok.text):
        return False
    return before is None or not is_cjk(before.text[-1]) or before.pos in ("p", "c") or before.start in places


_CLAUSE_CHARACTERS = frozenset("的了是和与及或被把将对向为以于其这那有没不很更最也都就还又而但、")


_HOLDING_WORDS = frozenset({"控股"})
_UNIT_ENDS = frozenset("省市县区州镇乡")  # 白马 / 镇 / 东岗村/nr: after a unit, a name in 村 is a village
_NAME_CHARS = frozenset("中")  # boundary characters that open names too (中电, 中建: China's)
_FUNCTION_WORDS = frozenset("的了是在和与及或也都就还又而但被把将对从向为以于之其这那有没不很更最")
_ODD_WORD_STOPS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "x", "w"})
_REGISTERED_HARD_STOPS = _ODD_WORD_STOPS | {"m", "t"}  # a number or a time word ends the name too


def _numeral_in_name(tokens: Sequence[Token], j: int) -> bool:
    """tokens[j - 1] is a bare Chinese numeral right after a name word (某某 / 十三 / 香调味品有限公司):
    part of the name, not a count (a count has its classifier: 三家, 两个); so is a numeral and
    one character that counts nothing, right after the place of registration (上海 / 百年/m /
    某某食品有限公司, 杭州 / 千年/m / 某装饰有限公司)."""
    left = tokens[j - 1]
    if left.pos != "m" or j < 2 or tokens[j - 2].pos not in NAME_LIKE_POS:
        return False
    word = left.text
    return all(c in _BARE_NUMERALS for c in word) or (
        len(word) == 2 and word[0] in _BARE_NUMERALS and is_cjk(word[1]) and word[1] not in _BARE_NUMERALS and word[1] not in _COUNTERS
        and tokens[j - 2].pos == "ns"
    )


_BARE_NUMERALS = frozenset("一二三四五六七八九十百千万")
_COUNTERS = frozenset("个家名位所座只条次批届类种项件台辆户人")  # 三家, 两个: a count, no name


def _is_trade(word: str, g: Grammar) -> bool:
    """网络科技, 电子, 健康管理: a line of business (one trade word or two), no name of its own."""
    trades = g.trade_words
    return word in trades or any(word[:k] in trades and word[k:] in trades for k in range(1, len(word)))


def _joined_suffixes(tokens: Sequence[Token], g: Grammar) -> Sequence[Token]:
    """Two words that together make one suffix of the grammar (开发 / 中心, 委员 / 会) become one
    word, so that the longer suffix decides the kind (an organization, not a place); 市 or 省
    glued to the start of an abbreviation (市住 / 建委) is split off again (市 / 住建委)."""
    out: list[Token] = []
    founded_by: Token | None = None  # 俄勒冈州 / 立 / 大学, 宁海县 / 立 / 高等 / 小学堂: 立 of a public owner's school
    for at, tok in enumerate(tokens):
        if founded_by is not None:
            tok, founded_by = Token(founded_by.text + tok.text, "n" if tok.text in g.school_heads else "nz", founded_by.start, tok.end), None
        elif tok.text == _FOUNDED_BY and out and out[-1].end == tok.start and out[-1].text[-1:] in _PUBLIC_OWNERS and any(
            t.text.endswith(_PUBLIC_SCHOOL_ENDS) or t.text.endswith(_SCHOOL_HEADS) and t.text[:-2].endswith(_PUBLIC_SCHOOL_ENDS) for t in tokens[at + 1 : at + 4]
        ):  # (or ends a word its head's title ends: 县 / 立 / 中学校长)
            founded_by = tok  # a state's (a province's, a county's) school: 立 goes with the word after it (州立大学, 县立高等小学堂)
            continue
        word = tok.text  # (the token's text, read once: it is made anew below with the token)
        prev = out[-1] if out and out[-1].end == tok.start else None
        if (
            prev is not None and word in g.suffix_tails and len(prev.text) + len(word) >= 3
            and (joined := suffix_of(prev.text + word, g, min_length=len(word) + 1))
            and not (prev.text in g.trade_words and len(joined[0]) < len(prev.text) + len(word))
        ):  # (not a line of business whose last character a shorter suffix would take: 电子 / 公司 is no 电 + 子公司)
            out.pop()  # 信用 / 卡中心, 开发 / 中心: the suffix reaches into the word before
            word = prev.text + word
            tok = Token(word, "n", prev.start, tok.end)
        elif prev is not None and len(word) == 2 and tok.pos in ("j", "nt") and word[-1] in g.body_suffixes and prev.pos not in ("ns", "n"):
            # 市住 / 建委, 北京市 / 住 / 建委: the first character of an abbreviation split off
            glued = len(prev.text) == 2 and prev.text[0] in ADMIN_CHARS
            alone = len(prev.text) == 1 and len(out) > 1 and (out[-2].pos == "ns" or out[-2].text[-1:] in ADMIN_CHARS)
            if glued or alone:
                out.pop()
                if glued:
                    out.append(Token(prev.text[0], "n", prev.start, prev.start + 1))
                word = prev.text[-1] + word
                tok = Token(word, tok.pos, prev.end - 1, tok.end)
        if word.startswith("长") and prev is not None and prev.text == "学校" and len(out) > 1 and out[-2].end == prev.start and len(out[-2].text) >= 2 and out[-2].text[-1] in "大中小":
            # 海 / 宏大 / 学校 / 长: a school's name and its head's title cut across (海宏 / 大学 / 校长)
            before = out[-2]
            out[-2:] = [Token(before.text[:-1], before.pos, before.start, before.end - 1), Token(before.text[-1] + "学", "n", before.end - 1, prev.start + 1)]
            word = "校" + word
            tok = Token(word, "n", prev.end - 1, tok.end)
        # (the first character tested first: this runs for every word, few open a school's ending)
        school = next((k for k in g.graduated_schools if word.startswith(k) and word[len(k) :] in g.graduating), "") if word[:1] in g.graduated_school_firsts else ""
        if school:  # 星河 / 大学毕业/n: the school's ending and the verb of graduating as one word, split again
            out.append(Token(school, "n", tok.start, tok.start + len(school)))
            tok = Token(tok.text[len(school) :], "v", tok.start + len(school), tok.end)
        out.append(tok)
    return out




def _place_through_verbs(tokens: Sequence[Token], j: int, places: set[int], g: Grammar, orgs: Collection[int] = ()) -> int | None:
    """Where a name that meets a verb (收藏/v, 保障/v) starts, if a place or an administrative
    character (省, 市) heads it within a few words: 市 住房 保障 管理中心; or an organization that
    the body belongs to: 某某大学 动物 遗传 育种 研究所. None otherwise."""
    verbs = 0
    for k in range(j - 1, max(-1, j - 5), -1):
        t = tokens[k]
        if t.text in g.founding_verbs:
            return None  # 在某地 / 筹办/v / 某某中学: the verb of founding, what someone did there, ends the name
        if t.pos == "ns" and len(t.text) >= 2 or t.start in places or t.text in ADMIN_CHARS or _admin_word(t, g) or t.start in orgs:
            return k if verbs else None  # (one character tagged ns is no place on its own: 杨树 / 坪 / 收到)
        if t.pos == "v" and len(t.text) == 2 and t.text not in g.stop_left and suffix_of(t.text, g) is None and t.text[1] not in g.verb_complements and not t.text.startswith(g.study_verbs):
            verbs += 1  # (not 念完, 考进: a verb and its complement, what someone did at the place; nor 就读, going to school there)
        elif t.pos not in ("n", "vn", "nz", "j", "l") or t.text in g.stop_left or t.text in g.pos_stop:
            return None
    return None


_FIRM_WORD = "公司"
_SCHOOL_ENDS = ("学", "学院", "学校")  # 中学, 小学, 大学, 学院, 学校
_FOUNDED_BY = "立"  # (州立, 省立, 市立, 国立: founded and kept by a state, a province, a city, a country)
_PUBLIC_OWNERS = frozenset("州省市县国")
_PUBLIC_SCHOOL_ENDS = (*_SCHOOL_ENDS, "学堂", "师范")  # (县立高等小学堂, 省立第一师范: older schools' endings too)
_AFTER_GOING = frozenset({"了", "过", "趟", "一趟"})  # between a verb of going and where to (去了趟某地, 到过某地)
_TOGETHER_VERBS = frozenset({"联合", "携手", "联手", "会同", "协同"})  # one body acting together with the one named after it
_SCHOOL_HEADS = ("校长", "院长")  # a school's head's title, glued by the segmenter to the school's ending (中学校长)
_NAMELESS_TIMES = frozenset({
    "今年", "去年", "明年", "前年", "当时", "现在", "目前", "近日", "近期", "日前", "今天", "昨天", "明天", "此前", "此后",
    "之后", "以前", "以后", "当年", "同年", "次年", "早年", "晚年", "年初", "年底", "年末", "如今", "今后", "最近", "期间", "后来",
})  # times that name no school (现代, 新时代 may: 某地现代中学)


def _school_place(tokens: Sequence[Token], j: int, places: Collection[int], g: Grammar) -> int | None:
    """Where a school's name starts when its reading stopped at a word the segmenter tagged oddly
    (河北 / 行唐/t / 启明/v / 中学, 山东 / 寿光/nr / 现代/t / 中学): the known place at most four words
    left of ``tokens[j]`` that opens it, when every word between is two or more Chinese characters
    (a county, a trade name, a time like 现代) and none is a function word, a stop word of names, a
    verb of founding, joining or working, a verb with its complement or of schooling (考上, 就读), or a
    time that names no school (今年, 当时 …). None otherwise, and None for the place right before
    ``tokens[j]`` (nothing odd between)."""

    def stops(k: int) -> bool:
        t = tokens[k]
        return (
            len(t.text) < 2 or not all(is_cjk(c) for c in t.text) or t.text in g.stop_left or t.text in g.registered_stops
            or t.text in g.founding_verbs or t.text in _NAMELESS_TIMES or t.pos in ("p", "c", "r", "u", "uj", "ul", "d", "m", "q", "f")
            or t.pos == "v" and (t.text[-1] in g.verb_complements or t.text.startswith(g.study_verbs))
        )  # (考上, 进入, 就读: a verb and its complement or of going to school, what someone did there)

    found = _known_place_left(tokens, j, 4, places, stops, place_first=True)
    while found is not None and found > 0 and tokens[found - 1].start in places:
        found -= 1  # 山东 / 寿光 / 现代 / 中学: the province before the county opens the name too
    return found if found is not None and found < j - 1 else None


def _admin_word(t: Token, g: Grammar) -> bool:
    """崇礼县/n, 某某市/n: a word ending in an administrative suffix, whatever jieba tags it; or the
    party committee or government of one (市委, 县政府, 某某市委/nt), which heads its departments."""
    if t.text in g.admin_bodies or t.pos == "nt" and len(t.text) >= 3 and t.text.endswith(g.admin_body_endings):
        return True
    return len(t.text) >= 3 and t.text[-1] in ADMIN_CHARS and t.text not in g.pos_stop and t.pos in ("n", "nz", "ns", "j")


_NUMERALS = frozenset("一二两三四五六七八九十几数多百千万")


def _country_head(name: str, longest: int, res: Resources) -> int | None:
    """The length of the country's name that opens ``name`` (挪威 / 海洋科技公司: 2), trying the
    shortest first and at most ``longest`` characters; None when no country opens it."""
    return next((k for k in range(2, longest + 1) if known_type(name[:k], res) == "Country"), None)


def _person_word_before_name(text: str, s: int, k: int, res: Resources) -> bool:
    """text[k] is a surname and text[s:k] ends with a word for people (a post, a title: 首席执行官 / 赵某某)."""
    return res.names.surnames.get(text[k]) is not None and word_for_people_ends_at(text, k, res.names.context_before, 2, 6, s)


def _opens_with_country(name: str, res: Resources) -> bool:
    """The name opens with a country's name (挪威 / 海洋科技公司) and is none the gazetteer knows."""
    return res.gazetteer.lookup(name) is None and _country_head(name, min(len(name) - 1, 6), res) is not None


def _country_kind(name: str, suffix: str, res: Resources, named_after: bool = False) -> bool:
    """A country and an organization's bare ending (美国 + 公司, 日本 + 企业) name a kind of
    organization, unless the gazetteer knows the whole (日本银行, the central bank); so do a
    country and lines of business before the ending when the body's own name follows (``named_after``:
    日本软件公司 Kaze Systems).

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> _country_kind("美国公司", "公司", r), _country_kind("美国银行", "银行", r), _country_kind("星朗公司", "公司", r)
    (True, False, False)
    """
    country = res.gazetteer.lookup(name[: -len(suffix)]) if len(name) > len(suffix) else None
    if country is not None:
        return res.gazetteer.entries[country].type == "Country" and res.gazetteer.lookup(name) is None
    # 美国 + 跨国 + 科技 + 公司: a country, then only words of kind and line of business, is a kind too
    g = compiled_grammar(res)
    head = _country_head(name, min(len(name) - len(suffix), 6), res)
    if head is None or res.gazetteer.lookup(name) is not None:
        return False
    part = name[head : -len(suffix)]
    middle = [t.text for t in res.segmenter.tokens(part, 0, len(part))]
    # (a word of kind among them: 美国航空公司 may be a name, 美国跨国科技公司 is none)
    if named_after:  # 德国 / 机器人 / 公司 / 库卡: words of the dictionary between, the name after is the firm's
        return bool(middle) and all(w in g.trade_words or w in g.body_kinds or res.segmenter.knows(w) for w in middle)
    return bool(middle) and all(w in g.trade_words or w in g.body_kinds for w in middle) and any(w in g.body_kinds for w in middle)


def _counter_before(word: str) -> bool:
    """一座, 这所, 那家: a numeral or a demonstrative and a counter of bodies and sites; the noun after counts a kind."""
    return len(word) == 2 and word[0] in _COUNTING and word[1] in _SITE_COUNTERS


def _counted(span: str) -> bool:
    """五市, 两省, 四大景区: a numeral and a kind of place or body is a count, not a name."""
    return span[:1] in _NUMERALS and (len(span) == 2 or span[1:2] in ("大", "个"))


def _after_a_list(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] follows a list's last item (甲、乙、丙 / 三市): what it counts is the list."""
    return k >= 2 and tokens[k - 2].text in LIST_JOINERS

_SITE_COUNTERS = frozenset("家所个间座")  # (counters of bodies and sites; _COUNTERS above counts anything)
_COUNTING = frozenset("一二两三四五六七八九十几多数这那每该")  # what comes before a counter (一座, 这所, 每家, 七个)


def _counted_kind(tokens: Sequence[Token], k: int) -> bool:
    """7 / 家 / 城市信用社/nt, 多家 / 商业银行: a number of bodies counted by their classifier is a
    kind of body, not the name of one."""
    if k == 0 or tokens[k - 1].text[-1:] not in _SITE_COUNTERS:
        return False
    counter = tokens[k - 1]
    return counter.pos == "m" or counter.pos in ("q", "c") and k >= 2 and tokens[k - 2].pos == "m"


_WHICH_HOLDER = re.compile(r"新一任|新任|首任|现任|前任|下一任|上一任|历任|原|前|时任|第[一二三四五六七八九十]{1,3}任")
_FEDERATION = "总会"
_HEAD = "长"
_HEAD_WORDS = frozenset("期久远达城江安")  # 长 opening a word of its own after a federation (总会 / 长期 …), no title
_TITLE_PREFIXES = frozenset({"", "副", "正", "总", "代", "常务副", "执行"})


def _own_title_after(tokens: Sequence[Token], k: int, body: str, g: Grammar) -> bool:
    """院 / 执行 / 院长, 会 / 副会长: the title of the head of a one-character body (``title_to_suffix``)
    right after it, perhaps with its prefix (副, 执行, 常务) as a word of its own."""
    if k < len(tokens) and tokens[k].text in _TITLE_PREFIXES and k + 1 < len(tokens):
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k].text
    title = _title_of(word, g)
    return title is not None and word[: -len(title)] in _TITLE_PREFIXES and g.titles[title] == body
_COMMON_NOUN_POS = frozenset({"n", "vn", "j"})


def _joins_nouns(tokens: Sequence[Token], j: int, places: set[int], orgs: frozenset[int], g: Grammar) -> bool:
    """tokens[j - 1] is 和/及/与 between two common nouns (规划 和 国土局), never between two
    names (北京 和 上海, 北京大学 和 清华大学), which are two things."""
    if j < 2 or tokens[j - 1].text not in CONJUNCTIONS:
        return False
    before, after = tokens[j - 2], tokens[j]
    return (
        before.pos in _COMMON_NOUN_POS | {"l"} and after.pos in _COMMON_NOUN_POS | {"nt", "l"}
        and before.start not in places and before.start not in orgs and after.start not in orgs
        and (suffix_of(before.text, g, kind="org") is None and before.text not in g.pos_stop or after.text in g.trade_words and any(before.text.endswith(t) for t in g.trade_words))
    )  # (地产 及 物业: two lines of business, joined inside one name, 某市地产及物业研究会)


def _named_before(tokens: Sequence[Token], i: int, places: set[int], orgs: frozenset[int], g: Grammar) -> bool:
    """Is there a name (place, organization, jieba name tag) among the few nouns right before
    tokens[i]? 上海 / 经贸 / 学院 has one; 创业 / 社区 and 初创 / 公司 have none."""
    for k in range(i - 1, max(-1, i - 5), -1):
        left = tokens[k]
        if (left.pos in NAME_LIKE_POS or left.start in places or left.start in orgs) and (left.text not in g.pos_stop or left.text in g.org_heads):
            return True  # (西南 / 联合 / 大学: a word that heads organizations' names)
        if left.pos not in ("n", "vn", "nz", "l", "ns") and left.text not in g.name_inner_words or left.text in g.stop_left:  # 澳门 / 城市/ns / 大学: a common word tagged as a place
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
    g = compiled_grammar(res)
    place_at = {m.start: m.end for m in gazetteer if m.type in PLACE_TYPES}
    known_bodies = {m.start for m in gazetteer if m.top == "Organization"}  # 曼联/ns: a club jieba tags as a place
    if not place_at and not any(
        t.pos == "ns" or t.text[-1:] in g.tail_finals and t.text.endswith(g.place_tail) or t.text in g.directions or t.text[:1] in _STREET_DIRECTIONS and t.text[1:] in g.street_words for t in tokens
    ):
        return  # no place, no direction, no 西路 (what every address below starts at): most sentences
    n = len(tokens)

    def piece(k: int) -> str:
        """'A' an administrative place, 'S' a street or building, 'N' a numbered unit, 'D' a direction, '' none."""
        t = tokens[k]
        start, pos, word = t.start, t.pos, t.text  # (read once for the first tests: most words fail them)
        if start in place_at and place_at[start] == t.end:
            return "A"
        if pos != "ns" and pos != "m" and word[-1:] not in g.tail_finals and word not in g.directions:
            return ""  # most words: no place's or street's ending, no direction, no place or number tag (what every piece below needs)
        if t.start in known_bodies:
            return ""
        if t.text in g.stop_left:
            return ""  # 东临, 毗邻: a verb of location, tagged as a place
        if t.text in g.directions:
            return "D"
        street = t.text.endswith(g.address_tail) and not t.text.endswith(g.not_street_words) and (
            t.pos not in _NOT_STREET_POS and not (t.pos in NAME_POS and len(t.text) <= 3)  # 王铁城/nr is a person
            or len(t.text) == 3 and _made_up_place_word(t.text, t.text[-1], res, g) and not res.names.surnames.get(t.text[0])  # 启润街/v
        )
        if street and t.text in _COUNTED_UNITS and not (k > 0 and (tokens[k - 1].pos in ("m", "eng") or tokens[k - 1].text.isascii() and tokens[k - 1].text.isalnum())):
            street = False  # 韩国 / 栋/zg: a building's unit counts something (3栋, A座), after no number it is no piece of an address
        if t.text in g.pos_stop or t.text in res.names.not_names:
            return "S" if street else ""  # 小区, 广场: common nouns alone, pieces inside an address
        if t.text in g.counters:
            return ""  # 一座/m, 一处/m: one building, one place, a count
        if t.pos == "m" and g.number_unit.match(text, t.start):
            return "N"
        if _counted(t.text) and t.text[1:] in g.place_tail_words and _after_a_list(tokens, k):
            return ""  # 长沙、株洲、湘潭 / 三市/ns: the places counted, no place of its own (某区 / 三区: the third)
        if len(t.text) >= 2 and t.pos in ("n", "ns", "nz", "j", "l") and t.text.endswith(g.place_tail):
            return "A"
        if len(t.text) >= 3 and t.pos in NAME_POS and t.text.endswith(long_tails):
            return "A"  # 高新区/nr, 开发区/nr: a place's ending of two characters or more ends no person's name
        if t.pos == "ns" and len(t.text) >= 3 and street and t.text.endswith(tuple(g.street_words)):
            return "S"  # 泰平路/ns: a street the segmenter knows as a place
        if t.pos == "ns" and glued_to_preposition(t.text, res):
            return ""  # 赵国 / 华至/ns 深圳: a word the segmenter made up of a name's last character and a preposition, no place
        if t.pos == "ns" and len(t.text) >= 2:
            return "a"  # jieba's place tag alone: a piece of an address, not two places in a row
        if street:
            return "S"
        return ""

    long_tails = tuple(w for w in g.place_tail if len(w) >= 2)
    kinds = [piece(k) for k in range(n)]
    for k in range(1, n):
        t = tokens[k]
        if not kinds[k] and kinds[k - 1] and len(t.text) == 1 and len(tokens[k - 1].text) >= 2 and tokens[k - 1].text[-1] + t.text in g.place_tail_words:
            kinds[k] = "D"  # 加勒比海/ns 域: a place ending the segmenter cut across two words (海域)
    for k in range(1, n):
        t = tokens[k]
        if not kinds[k] and kinds[k - 1] in ("A", "a") and t.pos in NAME_POS and len(t.text) >= 2 and t.text.endswith(g.place_tail):
            kinds[k] = "A"  # 内蒙古 乌审旗/nr: after a place, a word with a place ending is a place
    for k in range(1, n):
        t = tokens[k]
        if t.text == "站" and not kinds[k] and (kinds[k - 1] == "S" or tokens[k - 1].text.endswith(g.station_namesakes)) and not (
            k + 1 < n and tokens[k + 1].text in _AFTER_STANDING
        ):
            kinds[k] = "S"  # 某某路 / 站/v: a station named after its street or square (not 站 / 着: standing there)
        elif t.text[1:2] == "家" and not kinds[k] and kinds[k - 1] in ("A", "a") and res.names.surnames.get(t.text[0]) is not None:
            if len(t.text) == 3 and t.text[2] in g.village_endings:
                kinds[k] = "A"  # 某某区 / 李家庄/nr: after a place, a village named after a family
            elif len(t.text) == 2 and k + 1 < n and tokens[k + 1].text in g.village_endings:
                kinds[k] = kinds[k + 1] = "A"  # 某某区 / 刘家/nrfg / 堡/ng: the same, cut in two
    for k in range(1, n):
        t = tokens[k]
        if not kinds[k] and t.pos in NAME_POS and len(t.text) >= 3 and (
            kinds[k - 1] in ("S", "N") and t.text.endswith(g.address_tail) or kinds[k - 1] in ("A", "a") and t.text.endswith(g.street_endings)
        ):
            kinds[k] = "S"  # 某某路 / 丰正苑/nr: after a street or a house number, an estate; 某某区 / 华豪路/nr: a street, not a person
    for k in range(2, n):
        t, name = tokens[k], tokens[k - 1]
        if not kinds[k] and t.text in long_tails and kinds[k - 2] in ("A", "a") and not kinds[k - 1] and name.pos in _ZONE_NAME_POS and 2 <= len(name.text) <= 3:
            kinds[k - 1] = kinds[k] = "A"  # 青岛 / 西海岸/s / 新区: after a city, a zone's own name and its bare ending
    for k in range(1, n - 1):
        t, ending = tokens[k], tokens[k + 1]
        if (
            kinds[k - 1] in ("A", "a") and not kinds[k] and len(t.text) == 1 and is_cjk(t.text) and t.pos not in _NOT_DISTRICT_HEAD_POS
            and len(ending.text) == 2 and ending.text[-1] in _DISTRICT_UNITS and kinds[k + 1] in ("", "D")
        ):
            kinds[k] = kinds[k + 1] = "A"  # 深圳市 / 坪/ns 山区/ns, 杭州市 / 上/f 城区/n: a district's one-character name, its unit glued to a word (山区, 城区)
    for k in range(1, n):
        t = tokens[k]
        if t.text[:1] in _STREET_DIRECTIONS and t.text[1:] in g.street_words and not kinds[k - 1] and _opens_street(tokens[k - 1], g):
            kinds[k - 1] = "a"  # 人民 / 西路: the street's name before a direction and a street suffix
    k = 0
    while k < n:
        if kinds[k] not in ("A", "a") and not (kinds[k] == "S" and k + 1 < n and (kinds[k + 1] == "D" or tokens[k + 1].text == "站" and kinds[k + 1] == "S")):
            k += 1  # an address starts at a place, or at a street or estate with a part of it (某某苑北区) or its station
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
            elif suffix_of(t.text, g, kind="org") is not None and len(t.text) >= 2:
                break  # 某某市房产局: an organization, not a piece of an address
            elif t.text in g.counters:
                break  # 某区 / 一 / 小区: "a housing estate in the district", a count, no part of its name
            elif gap < 2 and (
                t.pos in ("n", "nz", "nr", "nrt", "ns", "j", "m", "eng", "l", "ng", "a", "b", "z") and len(t.text) <= 4
                or t.pos == "vn" and len(t.text) <= 4 and not tokens[last_good].text.endswith(g.acting_places)
                or t.pos == "s" and end + 1 < n and kinds[end + 1] in ("A", "N")  # 青岛 / 西海岸/s / 新区, 某某 / 水岸/s / 1号 (not 南滨 / 路上/s / 高楼)
                or len(t.text) == 2 and all(is_cjk(c) for c in t.text) and (
                    not res.segmenter.knows(t.text)
                    or end + 1 < n and tokens[end + 1].text in g.street_words
                    and t.text not in g.stop_left and t.text not in g.pos_stop and t.pos not in ("p", "c", "u", "uj", "r")
                    and (t.pos != "d" or end + 2 < n and kinds[end + 2] == "N")  # (鼎新/d 路 296号: an adverb's shape, before a house number)
                )
            ):
                gap += 1  # a name inside the address: 中山 in 中山大街, 嘉天/t (a word the dictionary lacks) in 嘉天大道
            else:
                break
            end += 1
        while last_good > k and kinds[last_good] == "a" and kinds[last_good - 1] != "S":
            last_good -= 1  # 长春净月高新区 / 新建/ns: jieba's place tag alone ends no address (a piece inside one)
            while last_good > k and not kinds[last_good]:
                last_good -= 1
        known = [tokens[x].start in place_at for x in range(k, last_good + 1)]
        if last_good > k and any(kinds[x] in ("S", "N", "D") for x in range(k + 1, last_good + 1)) or _admin_chain(kinds, k, last_good, tokens[last_good].text.endswith(long_tails)) and not all(known):
            s, e = tokens[k].start, tokens[last_good].end
            # a number unit glued after the last piece (218号 split as 218 / 号)
            m = g.number_unit.match(text, e)
            if m and last_good + 1 < n and tokens[last_good + 1].pos == "m":
                e = m.end()
            unit = g.number_unit.match(text, tokens[last_good].start) if kinds[last_good] == "N" else None
            if unit:
                e = max(e, unit.end())  # 二 / 区: the unit the segmenter split off
            if not _ADMIN_KINDS.fullmatch(text, s, e):
                yield Mention(text[s:e], "Place", s, e, sentence, "address")
        k = last_good + 1


def _listed_name_before(tokens: Sequence[Token], i: int, g: Grammar) -> int:
    """Where the name of the body whose bare ending is tokens[i] starts when a list's pause comes
    right before it (甲集团董事长某某、新/a 飞跃/v 集团 / 董事长某某): the words between, two to four
    characters of one to three words none of which ends a name, whatever the segmenter tagged
    them; 0 when there is no such run.

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "星河集团董事长周明、新飞跃集团董事长林慧"
    >>> tokens = r.segmenter.tokens(t)
    >>> k = next(n for n, w in enumerate(tokens) if w.text == "集团" and w.start > 10)
    >>> tokens[_listed_name_before(tokens, k, compiled_grammar(r))].text
    '新'
    """
    for k in range(i - 1, max(-1, i - 4), -1):
        word = tokens[k]
        if word.text == "、":
            run = tokens[k + 1 : i]
            chars = sum(len(w.text) for w in run)
            return k + 1 if run and 2 <= chars <= 4 else 0
        if not all(is_cjk(c) for c in word.text) or word.text in g.stop_left or word.text in g.pos_stop or word.text in g.name_stop:
            return 0
    return 0


_AFTER_STANDING = frozenset({"着", "了", "起", "住", "在", "稳", "岗"})  # 站 as the verb "stand" (站着, 站在)

# 省市自治区, 区县: kinds of administrative units in a row, a generic word that names no place
_ADMIN_KINDS = re.compile("(?:各|全|诸|多|本|该|外)?(?:省|市|县|区|州|自治区|自治州|自治县|乡|镇|村|地区)+")
_NOT_STREET_POS = frozenset({"b", "v", "a", "d", "ad", "vd", "p", "c"})
_OPENING_POS = frozenset({"x", "p", "v", "c", "uj", "ul", "m"})  # what may come right before a name that opens its clause (了: a verb's object, 创办了 / 星河 / 中学)
_FIELD_NAMING = frozenset({"厂"})  # endings that name a body after a dictionary word with their field glued on (海潮/n 食品厂/n), not alone
_NAMED_HEADS = frozenset({"ns", "nz", "nt", "nr", "nrt"})  # a dictionary word's own tag that makes it a name before a suffix
_COUNTED_UNITS = frozenset({"栋", "幢", "座", "室", "层", "楼", "号", "期"})  # one-character units of a building, each after its number


_DISTRICT_UNITS = frozenset("区县")  # the units a district's one-character name may be glued to (坪 / 山区, 上 / 城区)
_NOT_DISTRICT_HEAD_POS = frozenset({"p", "c", "u", "uj", "ul", "r", "d", "m", "q", "v", "a", "b", "x", "eng"})  # (function words, counts, verbs: no district's name)
_ZONE_NAME_POS = frozenset({"s", "ns", "nz", "n", "j", "nr"})  # what a zone's own name before its bare ending is tagged (西海岸/s 新区)


def _admin_chain(kinds: Sequence[str], k: int, last: int, zone: bool = False) -> bool:
    """Two or more places in a row (河南省新乡市, 香泉 环岛): one address, ending in a word that
    is surely a place (jieba's ns tag alone is no proof: 仙游县 古典/ns). Known places in a row
    (湖南长沙, 美国波士顿) stay apart, each with its gazetteer entry, for the relations between them.
    A city's zone (``zone``: 新区, 高新区, 开发区 …) may have words of no kind in its name (长春 / 净/a /
    月/m / 高新区).

    >>> _admin_chain(["A", "", "", "A"], 0, 3, zone=True), _admin_chain(["A", "", "A"], 0, 2)
    (True, False)
    """
    allowed = ("A", "a", "") if zone else ("A", "a")
    return last > k and kinds[last] == "A" and all(kinds[x] in allowed for x in range(k, last + 1))


def route_mentions(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """京广线, 京沪高速, 沪宁铁路: a route named by the one-character names of the places it
    joins, standing as words of their own; 东四环, 二环路: a city's ring road.

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "最繁忙的有京广线、沪昆线和京沪高速。"
    >>> [m.text for m in route_mentions(t, r.segmenter.tokens(t), 0, r)]
    ['京广线', '沪昆线', '京沪高速']
    >>> t = "星河小区在北五环外，离二环路不远。"
    >>> [m.text for m in route_mentions(t, r.segmenter.tokens(t), 0, r)]
    ['北五环', '二环路']
    """
    if not tokens:
        return
    g = compiled_grammar(res)
    index = token_index(tokens)  # (shared with the other readers of the sentence: read only)
    starts, ends = index.starts, index.ends
    for m in g.route.finditer(text, tokens[0].start, tokens[-1].end):
        if m.start() in starts and m.end() in ends:
            yield Mention(m.group(), "Place", m.start(), m.end(), sentence, "address")


_READ_TAGS = frozenset({"ns", "nt", "nz"})  # the tags pos_mentions reads
_DESCRIBED_PLACE_TAGS = frozenset({"ns", "nr", "nrt", "nz", "j"})  # a name's tags, after a word that describes a place (家乡, 省会)


def pos_mentions(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """jieba ``nt`` as organizations; ``ns`` as places only where the grammar backs the tag.

    jieba's dictionary tags many ordinary words ``ns`` (英雄, 龙门, 港湾); a place tag is kept when
    the word ends in an administrative suffix (某某县) or stands after a locative word (在, 来自,
    位于 …).
    """
    g = compiled_grammar(res)
    suffixes, not_org = g.org_suffix_set, g.not_org_endings  # (the suffixes of two characters or more: the words read are)
    for k, tok in enumerate(tokens):
        if (
            k > 0 and tok.pos in _DESCRIBED_PLACE_TAGS and 2 <= len(tok.text) <= 4 and tokens[k - 1].end == tok.start
            and tokens[k - 1].text in g.place_word_heads and all(is_cjk(c) for c in tok.text)
        ):
            yield Mention(tok.text, "Place", tok.start, tok.end, sentence, "pos")  # 家乡 / 邹城/nr, 故乡 / 凤城: the place described
            continue
        if tok.pos not in _READ_TAGS:
            continue  # most words: a tag no branch below reads
        if len(tok.text) < 2 or not has_cjk(tok.text) or tok.text in res.names.not_names or tok.text in g.pos_stop or tok.text in g.stop_left:
            continue
        if tok.pos == "nt" and (tok.text in suffixes or len(tok.text) <= 4 and tok.text.endswith(_SCHOOL_KINDS)):
            continue  # 理工学院: a kind of school, not a name
        if tok.pos == "ns":
            if tok.text[:2] in g.place_word_heads or tok.text[:3] in g.place_word_heads:
                continue  # 首都北京/ns: a description and the place, which the gazetteer names
            if tok.text in g.not_team:
                continue  # 在欧联/ns 杯中: a competition (a word that names no team names no place either)
            b = k - 1
            while b > 0 and tokens[b].text in _AFTER_GOING:
                b -= 1  # 去 / 了 / 趟 / 中山陵: an aspect or a count of trips between the verb of going and the place
            before = tokens[b].text if b >= 0 else ""
            if (tok.text.endswith(g.admin_tail) or before in g.locative) and not _counted(tok.text) and not _ADMIN_KINDS.fullmatch(tok.text):
                yield Mention(tok.text, "Place", tok.start, tok.end, sentence, "pos")
        elif tok.pos == "nt" and len(tok.text) >= 4 and not tok.text.endswith(not_org) and not tok.text.endswith(g.person_roles) and not _counted_kind(tokens, k):
            yield Mention(tok.text, "Organization", tok.start, tok.end, sentence, "pos")  # (台湾歌手/nt: people, no body)
        elif tok.pos == "nz" and len(tok.text) >= 3 and tok.text.endswith(g.media_suffixes):
            yield Mention(tok.text, "Company", tok.start, tok.end, sentence, "pos")  # 某某网, 某某社 (news media)
        elif tok.pos in ("nz", "nt") and len(tok.text) >= 3 and tok.text.endswith(g.competition_suffixes) and not _counted(tok.text):
            yield Mention(tok.text, "Organization", tok.start, tok.end, sentence, "pos")  # a cup: X杯
