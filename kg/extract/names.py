"""Person names: Chinese names scored by surname and given-name statistics, word boundaries and
context; transliterated foreign names with or without a middle dot; "名叫 X".

Part of the mention stage (kg.extract.mentions); the grammar is compiled in kg.extract.grammar.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from kg.extract.grammar import (
    ADMIN_CHARS,
    CONJUNCTIONS,
    INSIDE_ONLY,
    LIST_JOINERS,
    NAME_POS,
    PERSON_WORD_KINDS,
    PLACE_TYPES,
    ROLE_WORD_KINDS,
    Grammar,
    compiled_grammar,
    event_at,
    firm_form_verb,
    glued_to_preposition,
    is_cjk,
    is_sports,
    known_type,
    made_up_word,
    names_a_thing,
    word_for_people_ends_at,
)
from kg.extract.token_index import token_index
from kg.model import Mention, Token
from kg.resources import Resources, has_cjk

_CJK_RUN = re.compile("[\u3400-\u9fff]+")  # what is_cjk holds, character by character


_NOT_NAME_POS = {"v", "vn", "vd", "d", "p", "c", "uj", "ul", "uz", "r", "m", "a", "ad", "f", "t"}


def transliterated_names(
    text: str, start: int, end: int, sentence: int, res: Resources, tokens: Sequence[Token] = ()
) -> Iterator[Mention]:
    """玛丽·居里, 安德烈-舍甫琴科: transliteration characters joined by a middle dot or a hyphen;
    "名叫 X" without one; the name in a fact box (姓名：X)."""
    g = compiled_grammar(res)
    # every match of the pattern holds a join (a dot, or the hyphen of 安德烈-舍甫琴科): most
    # sentences hold none, and one scan for a join is far cheaper than one for the pattern
    dotted = g.dotted.finditer(text, start, end) if PART_JOIN.search(text, start, end) is not None else ()
    for m in dotted:
        s, e = m.start(), m.end()
        dot = next((k for k in range(s, e) if text[k] in _PART_JOINS), e)
        for t in tokens:
            if t.start < s < t.end < dot and (
                t.pos == "ns" or t.text in res.names.context_before
                or any(t.text[-n:] in res.names.context_before for n in range(t.end - s + 1, len(t.text)))
            ):  # (德国总理/nr: a word for people that ends the segmenter's word)
                s = t.end  # 挪威 / 克努特·汉森, 丈夫 / 皮埃尔·居里: a place word's or a kin word's last character is no part of the name
                # (由吉欧/ns · 马蒂尼: a word that runs to the dot is the first part itself)
            elif t.start == s and dot - t.end >= 2 and t.pos == "ns" and _is_country(t.text, res):
                s = t.end  # 捷克/ns 米兰/ns · 霍拉切克: a country written right before the name (not 约旦·斯皮思, 马里/ns 奥)
        cut = _word_for_people_reaching_in(text, start, s, dot, res.names.context_before)
        s += cut  # 大 / 亨利 / 兰·斯坦福: a word for people (大亨) that ends inside the name's first part is no part of it
        if not cut and s - 1 >= start and text[s - 1] == _JUNIOR and (s - 2 < start or text[s - 2] not in g.translit):
            s -= 1  # 长子小卡洛斯·斯利姆: 小 before a foreign name is "Junior", part of it
        # the last part ends with the last name-like word (舍甫琴科 / 破门: not the verb after it)
        inside = [t for t in tokens if s < t.end <= e and t.start >= s]
        while inside and inside[-1].start > s and (
            len(inside[-1].text) > 1 and inside[-1].pos in _NOT_NAME_POS
            or inside[-1].text in g.name_stop and not _BEFORE_PAUSE.match(text, inside[-1].end)
            or inside[-1].text in g.not_team  # 奥斯兰德 / 本赛季/nr: a word of a match report after the name, whatever its tag
        ):
            last = inside.pop()
            if len(last.text) == 2 and last.text[0] in g.translit and last.text[1] in g.name_stop and last.text[0] not in g.name_stop:
                e = last.end - 1  # 科兹尼亚 / 克于/v: the name's last character glued to the preposition after it
                break
            e = last.start  # (史蒂夫·麦加里，: before a pause 里 ends the name, no 里面)
        crossing = next((t for t in tokens if dot < t.start < e < t.end and text[t.start] in _FUNCTION_OPENERS and t.start - dot > 2), None)
        if crossing is not None:
            e = crossing.start  # 勒克莱尔 / 于本周/nr 二: a function character opens the segmenter's word that runs past the match
        if e - dot > 3 and text[e - 1] == "于" and _DATE_AFTER.match(text, e):
            e -= 1  # 罗纳德·韦恩于/nr 1976年: the preposition of the date glued to the name (于 transliterates elsewhere: 于斯曼)
        if any(t.start == e - 1 and t.end > e and (text[e - 1] == INSIDE_ONLY or res.segmenter.knows(t.text) and t.pos not in NAME_POS) for t in tokens):
            e -= 1  # 亚当斯 / 当选, 特朗普 / 毕业/n: the last character opens the next word of the dictionary's
        for t in inside:
            if t.start == s and t.end < e and (t.text in res.names.context_before or t.text[-2:] in res.names.context_before):
                s = t.end  # 文豪 / 列夫·托尔斯泰: a title the segmenter keeps apart is no part of the name
        if (
            (more := next((t for t in tokens if t.start == e), None)) is not None and more.pos in _TRANSLIT_NAME_TAGS and len(more.text) == 2
            and not names_a_thing(more.text, g)  # (博利尔纳 / 庄园/nr: the estate's ending)
            and any(t.end == e and t.start > dot and t.pos in _TRANSLIT_NAME_TAGS for t in tokens) and _ends_family_name(text, more.end, g)
        ):
            e = more.end  # 丹尼尔·施华洛/nr 世奇/nr 于: the segmenter's second name word goes on with the family name
        if _LAST_PART.search(text, s, e) and text[s] not in _PART_JOINS:
            yield Mention(text[s:e], "Person", s, e, sentence, "translit")
    yield from _word_family_names(text, tokens, sentence, res, g)
    for m in g.field_name.finditer(text, start, end):  # 姓名：某某  性别：男
        yield Mention(m.group("name"), "Person", m.start("name"), m.end("name"), sentence, "context")
    for m in g.named.finditer(text, start, end):
        group = "name" if m.group("name") else "short"
        yield Mention(m.group(group), "Person", m.start(group), m.end(group), sentence, "translit")


def _ends_family_name(text: str, k: int, g: Grammar) -> bool:
    """A family name may end at text[k]: a pause, the sentence's end, or a function character (于, 与, 在) follows."""
    return k >= len(text) or text[k] in _FUNCTION_OPENERS or text[k] in CONJUNCTIONS or _BEFORE_PAUSE.match(text, k) is not None


_AFTER_FAMILY_POS = frozenset({"d", "ad", "v", "p", "c", "uj"})  # what the segmenter tags a word right after a person's name (共同, 说, 的)


def _word_family_names(text: str, tokens: Sequence[Token], sentence: int, res: Resources, g: Grammar) -> Iterator[Mention]:
    """卡尔/nrt · 奔驰/v 与: a transliterated first name, a dot, then a family name the dictionary holds as a word of its own
    (a brand named after the family, 奔驰, 香奈儿), which the transliteration characters do not cover, before a pause or a
    function character."""
    for i in range(1, len(tokens) - 1):
        dot, family = tokens[i], tokens[i + 1]
        if not (
            dot.text in _PART_JOINS and family.start == dot.end and 2 <= len(family.text) <= 3
            and all(is_cjk(c) for c in family.text) and not all(c in g.translit for c in family.text)
            and family.text[-1] not in _FUNCTION_OPENERS  # (洛丽·黄是/v: a one-character family name glued to the copula)
            and not event_at(text, family.start, g.context_after)
            and (_ends_family_name(text, family.end, g) or i + 2 < len(tokens) and tokens[i + 2].pos in _AFTER_FAMILY_POS)
        ):
            continue
        j = i  # the first name: the words of transliteration characters right before the dot (贝尔/nr 塔/j ·), one of them a name's
        while j > 0 and tokens[j - 1].end == tokens[j].start and all(c in g.translit for c in tokens[j - 1].text) and dot.start - tokens[j - 1].start <= 4:
            j -= 1
        if j < i and dot.start - tokens[j].start >= 2 and any(t.pos in _TRANSLIT_NAME_TAGS for t in tokens[j:i]):
            s = tokens[j].start
            yield Mention(text[s : family.end], "Person", s, family.end, sentence, "translit")


def _is_country(word: str, res: Resources) -> bool:
    """``word`` is a country the gazetteer knows (捷克, 瑞典)."""
    entry = res.gazetteer.lookup(word)
    return entry is not None and res.gazetteer.entries[entry].type == "Country"


_FUNCTION_OPENERS = frozenset("于在是与和被将因")  # what opens a word of the segmenter's running past a name's end (切克 / 因对/p), no part of it
_PART_JOINS = "·•・‧-"  # what joins the parts of a transliterated name
PART_JOIN = re.compile(f"[{_PART_JOINS}]")  # a text without one holds no dotted name (grammar.dotted)
_LAST_PART = re.compile(f"[{_PART_JOINS}][^{_PART_JOINS}]+$")  # a name that ends with a part after a join
_BEFORE_PAUSE = re.compile(r"\s*(?:[，,。；;：:！？!?（(、]|$)")
_DATE_AFTER = re.compile(r"\s*(?:[0-9０-９]|[一二三四五六七八九〇零○]{2,4}年|公元|同年|次年|当年|翌年|上世纪|本世纪)")  # a date after 于
_NICK_WORD_POS = frozenset({"n", "nr", "nrt", "ng", "nz"})
_NOT_NICK_POS = frozenset({"d", "ad", "m", "q", "r", "p", "c", "u", "uj", "ul", "uz", "x", "f", "t"})


def nicknames(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """女儿小豆芽, 儿子阿明, 女儿乐乐: right after a kin word of ``[nicknames]``, a pet name —
    小 or 阿 with a one- or two-character word, a doubled character (not an adverb such as 天天),
    or a two- or three-character word jieba tags as a name (小宝/nr) — names a person without a
    surname. The kin word must be a word of its own (儿子, not the 子 of 孩子); ordinary words
    that start with 小 (小时候, 小学) are one word of the segmenter's and no pet name.

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "周航带着女儿小豆芽去公园玩"
    >>> [m.text for m in nicknames(t, r.segmenter.tokens(t), 0, r)]
    ['小豆芽']
    """
    g = compiled_grammar(res)
    for k, kin in enumerate(tokens[:-1]):
        if kin.text not in g.nickname_kin:
            continue
        first = tokens[k + 1]
        second = tokens[k + 2] if k + 2 < len(tokens) else None
        end = 0
        if first.text in g.nickname_prefixes and second is not None and second.pos in _NICK_WORD_POS and 1 <= len(second.text) <= 2 and has_cjk(second.text):
            end = second.end  # 小/a 豆芽/n
        elif len(first.text) == 2 and first.text[0] == first.text[1] and is_cjk(first.text[0]):
            if first.text not in g.nickname_not_doubled and first.pos not in _NOT_NICK_POS:
                end = first.end  # 乐乐/a, and doubled verbs too
        elif first.pos in NAME_POS and 2 <= len(first.text) <= 3 and first.text.startswith(g.nickname_prefixes) and has_cjk(first.text):
            end = first.end  # 小宝/nr, 阿明/nr
        if end:
            yield Mention(text[first.start : end], "Person", first.start, end, sentence, "name")


_GENDERED = re.compile(r"(?P<run>[\u4e00-\u9fff·]{2,10})[，,]\s*[男女](?=[，,、；;\s])")


def gendered_names(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """某某，男，…: a biography that opens with the person's name and sex names a person, whatever
    the characters (盖如垠, 王庆节, 骈旭: a rare given name, a word's character, a surname missing
    from the list). The name is the end of the run of characters before the comma: three
    characters or two from a common surname (人物简介 + 邬惊雷), then from any surname, else the
    whole run of two to four characters.

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> [m.text for m in gendered_names("人物简介邬惊雷，男，1962年出生", 0, 18, 0, r)]
    ['邬惊雷']
    """
    if text.find("男", start, end) < 0 and text.find("女", start, end) < 0:
        return  # most sentences name no one's sex
    surnames = res.names.surnames
    for m in _GENDERED.finditer(text, start, end):
        run = m.group("run")
        if "·" in run:
            continue  # a dotted name: the transliteration reader has it
        name = next(
            (run[-n:] for tiers in ((1, 2), (1, 2, 3)) for n in (3, 2) if len(run) >= n and surnames.get(run[-n]) in tiers),
            run if len(run) <= 4 else "",
        )
        if name and name not in res.names.not_names:
            yield Mention(name, "Person", m.end("run") - len(name), m.end("run"), sentence, "context")


def japanese_names(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """安倍晋三, 村上春树, 小泉纯一郎: a Japanese family name (two or three characters, from
    ``japanese_surnames.txt``) and a given name of one to three Japanese name characters, ending
    where a word ends. Evidence is needed on top: jieba's name tag on the whole, a person cue
    before or after it, or a given name of two or more such characters; and the span must not be
    the head of a longer name (中山 + 大学) or inside a place or organization word (山口县).

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "作家村上春树出版了新书"
    >>> [m.text for m in japanese_names(t, r.segmenter.tokens(t), 0, r)]
    ['村上春树']
    """
    names = res.names
    family = names.japanese_surnames
    g = compiled_grammar(res)
    if not tokens or g.japanese_family.search(text, tokens[0].start, tokens[-1].end) is None:
        return  # most sentences hold no Japanese family name
    index = token_index(tokens)  # (shared with the other readers of the sentence: read only)
    starts, ending_at, token_at = index.starting_at, index.ending_at, index.token_at
    e0 = tokens[-1].end
    # 由大/a 隈/g 重信: the family name after 由 the segmenter glued to it, the founder of what the clause founds
    # (or glued to the copula after a word for people: 校长 / 为藤井辉夫/nr)
    glued_after_by = {
        t.start + 1: t for k, t in enumerate(tokens) if len(t.text) >= 2 and t.text[0] == _BY
        or len(t.text) >= 3 and t.text[0] in _COPULAS and k > 0 and names.context_before.get(tokens[k - 1].text) in ROLE_WORD_KINDS
    }
    for p in [*starts, *glued_after_by]:
        for sl in (3, 2):
            if text[p : p + sl] not in family:
                continue
            best = None
            word = starts.get(p) or glued_after_by[p]  # the segmenter's word that the family name starts (or that 由 opens)
            for gl in (3, 2, 1):
                e = p + sl + gl
                if e > e0 or not all(c in names.japanese_given for c in text[p + sl : e]):
                    continue
                glued = token_at.get(e - 1)
                if e not in ending_at and not (
                    e < len(text) and text[e] in g.name_stop and (_tagged_name(token_at, e - 1) or glued is not None and glued.end == e + 1 and p + sl <= glued.start and not res.segmenter.knows(glued.text))
                ) and not (glued is not None and glued.end == e + 1 and p + sl <= glued.start and text[e : e + 2] in g.verbs_after_names):
                    continue  # a name ends where a word ends (藤原道隆 / 作为, not 藤原道隆作 / 为), or a function character glued to it (佐藤 / 美和于/p,
                    # 石原 / 里 / 美于/p: in a word the dictionary lacks, not 作为),
                    # or the first character of a verb after names (小林 / 拓也育/vg 有: 育有)
                if text[e - 1] in g.name_stop and (text[e - 1 : e + 1] in g.kin_words or text[e - 1 : e + 2] in g.kin_words):
                    continue  # 安达义景 / 之子: a possessive and a kin word after the name, no given name ending in 之
                if text[p + sl] == "之":
                    continue  # 林远山 / 之子: 之 is inside a given name (幸之助) or ends one, never opens it
                if word.end > e and word.pos in ("ns", "nt"):
                    continue  # 山口县, 中山大学: inside a place or an organization word
                after = starts.get(e)
                if after is not None and (names_a_thing(after.text, g) or after.text in g.not_person_before):
                    continue
                tagged = word.end == e and word.pos in NAME_POS
                before = ending_at.get(p)
                cued = before is not None and before.text in names.context_before or after is not None and after.text in names.context_after
                if p not in starts and text[p - 1] == _BY and not _founder_before_date(text, p, e, g.founding_verbs):
                    continue  # (after a glued 由 only the founder's name, a date and a founding verb after it: 由井深大和 / 盛田昭夫于…创立 is two founders)
                cued = cued or p not in starts
                cued = cued or before is not None and before.text in _COPULAS and (title := ending_at.get(before.start)) is not None and title.text in names.context_before
                # (董事长 / 为 / 青木隆: a word for people and a copula before it)
                given_word = token_at.get(p + sl)
                ordinary = (
                    given_word is not None and given_word.start == p + sl and given_word.end == e and given_word.pos in _FUNCTION_WORD_POS
                    and res.segmenter.knows(given_word.text)
                )  # a word of the dictionary's (一直/d), not the segmenter's guess at one (健太/d, 一郎/m)
                if tagged or cued or gl >= 2 and not ordinary:  # (远山 / 一直/d: an adverb, no given name)
                    best = e
                    break
            if best is not None:
                yield Mention(text[p:best], "Person", p, best, sentence, "name")
                break


def tibetan_names(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """扎西顿珠, 次仁卓玛, 格桑多布杰: two or three parts of Tibetan names in a row (data
    ``tibetan_name_parts.txt``; Tibetan names have no surname), starting and ending where the
    segmenter's words do, and not heading the name of a thing (某某小学).

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> t = "牧民次仁卓玛唱了一首歌"
    >>> [m.text for m in tibetan_names(t, r.segmenter.tokens(t), 0, r)]
    ['次仁卓玛']
    """
    parts = res.names.tibetan_parts
    if not tokens or not parts:
        return
    lo, hi = tokens[0].start, tokens[-1].end
    g = compiled_grammar(res)
    if g.tibetan_part.search(text, lo, hi) is None:
        return  # no part in the sentence: most sentences
    index = token_index(tokens)  # (shared with the other readers of the sentence: read only)
    starts, starting_at, ends = index.starts, index.starting_at, index.ends
    p = lo
    while p < hi:
        e, count = p, 0
        while count < 3:
            step = next((n for n in (3, 2) if text[e : e + n] in parts), 0)
            if not step:
                break
            e, count = e + step, count + 1
        after = starting_at.get(e)
        if count >= 2 and p in starts and (e in ends or e >= hi) and not (after is not None and (names_a_thing(after.text, g) or after.text in g.not_person_before)):
            yield Mention(text[p:e], "Person", p, e, sentence, "name")
            p = e
        else:
            p += 1


_FUNCTION_WORD_POS = frozenset({"d", "ad", "c", "p", "r", "m", "q", "u", "uj", "ul", "uz", "ud", "ug", "uv", "f", "t", "y"})  # adverbs, numerals, pronouns …
_ONE_CHARACTER_KIN = frozenset("妻夫父母")  # kin words of one character before a name in a biography (妻某某，母某某)
_LIST_OPENERS = frozenset("，,、；;（(")  # what a clause of a biography's kin list opens after
_COPULAS = frozenset({"是", "为", "乃", "叫", "名叫"})
_FIELD_COLONS = frozenset("：:")  # 董事长：某某 — a post as a field's label, the holder's name its value
_NAME_COPULAS = frozenset("是为")  # the copulas that may follow a name right after its last character
_TIER_SCORE = {1: 1.0, 2: 0.5, 3: -0.5}
_NAME_THRESHOLD = 3.0
_SHORT_NAME_MARGIN = 0.5  # what a one-character given name needs more (see chinese_names)
_PAIRED_BONUS = 2.5  # what a conjunction or a list comma to a sure name (one passing the threshold by 1.0) adds
_CLOSE_MARGIN = 1.0  # how far short of the bar two names joined by a conjunction may each be
_PAIR_JOINERS = frozenset("和与")


def chinese_names(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """Chinese personal names: a surname and one or two given-name characters, scored.

    Evidence: how common the surname is (its tier), whether each given character is a usual
    given-name character, whether the span starts and ends at word boundaries (jieba's, or a
    function character such as 的/在/说), jieba's own person tag, and context words before (记者,
    经理, 教授 …) or after (表示, 先生, 说 …). A surname and one character must clear a higher bar
    than a surname and two: far more ordinary words have that shape (宋本, 贺辞, jieba tags them as
    names). The bars (3.0 and 3.5) were set on the even lines of the evaluation sets and checked on
    the odd ones (both better than one bar of 3.5 or of 3.0). A candidate just short of the threshold passes when a
    conjunction (和, 与, 及) or a list comma (、) joins it to a sure name: coordinated words are of
    one kind (某某与王志强结婚, 某某、某某回来奔丧), unless a line of business follows it (某某、曲美 /
    家具董事长: a brand). Overlapping candidates keep the best score.

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
    index = token_index(tokens)  # (shared with the other readers of the sentence: read only)
    starts, ends, by_span = index.starts, index.ends, index.by_span
    ending_at, starting_at, token_at = index.ending_at, index.starting_at, index.token_at
    found: list[tuple[float, int, int]] = []
    near: list[tuple[float, int, int]] = []
    g = compiled_grammar(res)
    surnames = names.surnames
    for opening in g.surname_start.finditer(text, s0, e0 - 1):  # (one scan in C, not a test at every character)
        p = opening.start()
        if not (surnames.get(text[p]) or surnames.get(text[p : p + 2])) or _inside_a_word(text, p, token_at, starting_at, g):
            continue  # no surname here, or a surname character inside an ordinary word (出任 董事长 …): not scored
        if _ordinal_ren(text, p, s0):
            continue  # 第三 / 任夫人: an ordinal's 任 (the third wife), no surname
        if p > s0 and text[p - 1 : p + 1] in g.post_ren_verbs:
            continue  # 后 / 任柏林/nr 大学校长: the verb of a post (后任, 调任), no surname 任
        if _ends_a_temple_name(text, p, s0, g) and (p - 2 >= s0 and text[p - 2] in g.dynasties or surnames.get(text[p + 1 : p + 2])):
            continue  # 唐高 / 宗李治/nr, 深得英/j 宗赵恒/nr: the end of a temple name (唐高宗, 英宗), the personal name comes after it
        if _ends_a_noble_title(text, p, s0, ending_at, token_at, surnames, g):
            continue  # 相 / 王李旦/nr, 宣武/nr 王萧懿/nr: the end of a noble title (相王), the personal name comes after it
        if text[p] in g.person_word_finals and _person_word_ends(text, p + 1, s0, starts, names.context_before) and not (
            text[p - 2 : p] in g.kin_words or text[p - 3 : p] in g.kin_words
        ):
            continue  # 首席执行官 / 方洋 (执行 / 官方/n 洋): the last character of a word for people, not a surname (之女 / 王慧 is no 女王)
        for sl in (2, 1):
            tier = surnames.get(text[p : p + sl])
            if not tier or (sl == 2 and p + 2 >= e0):
                continue
            for gl in (1, 2):
                e = p + sl + gl
                if e > e0:
                    break
                if not all(is_cjk(c) for c in text[p:e]):
                    break  # (what _CJK_RUN.fullmatch(text, p, e) tests, without a call of the engine)
                if sl == 1 and text[p] in _ONE_CHARACTER_KIN and (p == s0 or not is_cjk(text[p - 1])) and g.noble_titled.match(text, e):
                    continue  # ，母 / 文德皇后某某: a kin word opening a clause, then a consort's title, no surname 母
                if (word := starting_at.get(p + sl)) is not None and word.end > e and word.text in names.context_before:
                    continue  # 学者 和 / 企业家: the given name would be the start of a word for people, no name's end
                score = _name_score(text, p, e, sl, tier, s0, e0, starts, ends, by_span, ending_at, starting_at, res, token_at, g)
                bar = _NAME_THRESHOLD + (_SHORT_NAME_MARGIN if gl == 1 else 0.0)
                if score >= bar:
                    found.append((score, p, e))
                elif score >= bar - _PAIRED_BONUS:
                    near.append((score, p, e))
    firm_starts = {s for score, s, e in found if score >= _NAME_THRESHOLD + 1.0}
    firm_ends = {e for score, s, e in found if score >= _NAME_THRESHOLD + 1.0}
    covered = {k for _, s, e in found for k in range(s, e)}
    for score, s, e in near:  # 某某与某某结婚: a name joined to a sure one by a conjunction is a name too
        if covered.isdisjoint(range(s, e)) and text[e - 1] not in g.never_final and (  # (罗兰 / 是, never 罗兰是)
            (text[e : e + 1] in LIST_JOINERS and e + 1 in firm_starts and e + 1 in starts)
            or text[e : e + 1] in CONJUNCTIONS and _described_partner_at(text, e + 1, firm_starts, res.names.context_before)  # 某某与女演员某某
            or (text[s - 1 : s] in LIST_JOINERS and s - 1 in firm_ends and s in ends)
            or _partner_named_before(text, s, firm_ends, g.kin_words)  # 周杰伦与妻子 / 昆凌
        ) and not ((after := starting_at.get(e)) is not None and after.text in g.trade_words):  # (a name that passes on its own keeps its length: 林芳 / 是, no 林芳是)
            found.append((score + _PAIRED_BONUS, s, e))
    close = {(s, e) for score, s, e in near if score >= _NAME_THRESHOLD + (_SHORT_NAME_MARGIN if e - s == 2 else 0.0) - _CLOSE_MARGIN}
    partners = close | {(s, e) for _, s, e in found}
    for s, e in sorted(close):  # 周立和林慧是夫妻: two names each just short (or one a sure name), joined by a conjunction, vouch for each other
        for s2, e2 in partners:
            first, second = ((s, e), (s2, e2)) if s2 == e + 1 else ((s2, e2), (s, e))
            if second[0] == first[1] + 1 and text[first[1]] in _PAIR_JOINERS and text[first[1] - 1] not in g.name_stop and text[second[1] - 1] not in g.name_stop:
                found += [(_NAME_THRESHOLD + 1.0, *first), (_NAME_THRESHOLD + 1.0, *second)]
    taken_spans = {(s, e) for _, s, e in found}
    for _, s, e in near:  # 白立新和白立强: siblings' names joined, one surname and one generation character, vouch for each other
        if e - s == 3 and (s, e) not in taken_spans and text[e : e + 1] in _SIBLING_JOINS:
            other = next((c for c in (*near, *found) if c[1] == e + 1 and c[2] == e + 4 and text[c[1] : c[1] + 2] == text[s : s + 2]), None)
            if other is not None and text[e - 1] not in g.never_final and text[other[2] - 1] not in g.never_final:
                found += [(_NAME_THRESHOLD + 1.0, s, e), (_NAME_THRESHOLD + 1.0, other[1], other[2])]
                taken_spans |= {(s, e), (other[1], other[2])}
    passing = {(s, e) for _, s, e in found}
    # 陈 / 楚楚/nr: a surname before a two-character name-like word makes one three-character name;
    # not the end of a noble title before a name (高密侯 / 邓禹, 宣武王 / 萧懿)
    found = [
        (score + (1.0 if e - s == 3 and (s + 1, e) in passing and not _titled_name(text, s, surnames) else 0.0), s, e)
        for score, s, e in found
    ]
    # ties go to the longer name, but not to one whose last character opens a word of the
    # segmenter's that runs past it (吴京 / 凭借: 吴京, no 吴京凭)
    found.sort(key=lambda c: (-c[0], c[2] not in ends and (w := token_at.get(c[2] - 1)) is not None and w.start == c[2] - 1 and w.end > c[2], c[1] - c[2]))
    taken: set[int] = set()
    for _, s, e in found:
        if taken.isdisjoint(range(s, e)):
            e = _middle_name_thi(text, s, e, starting_at, g)
            taken.update(range(s, e))
            yield Mention(text[s:e], "Person", s, e, sentence, "name")


def _middle_name_thi(text: str, s: int, e: int, starting_at: Mapping[int, Token], g: Grammar) -> int:
    """Where a name found as a surname and 氏 (阮氏) ends when the segmenter tagged the word right after
    it a name of one or two characters (阮氏/nr 清香/nr): 氏 is a Vietnamese woman's middle name (Thị),
    and the word her given name; ``e`` otherwise (其母王氏, 王氏认为)."""
    if e - s != 2 or text[e - 1] != _CLAN_MARK or text.startswith(g.clan_words, e):
        return e
    given = starting_at.get(e)
    if given is None or given.pos not in NAME_POS or not 1 <= len(given.text) <= 2 or not all(is_cjk(c) for c in given.text) or given.text[-1] in ADMIN_CHARS:
        return e  # (李氏 / 饶州/nr 人: her home prefecture, no given name)
    return given.end


def _fills_kin_parentheses(text: str, p: int, e: int, s0: int, kin_words: Collection[str]) -> bool:
    """父（某某）母（某某）, 妻子（某某）: a name filling the parentheses right after a kin word.

    >>> _fills_kin_parentheses("获父（方正清）母", 3, 6, 0, {"父亲"})
    True
    >>> _fills_kin_parentheses("公司（方正科技）", 3, 5, 0, {"父亲"})
    False
    """
    if p - 2 < s0 or text[p - 1] not in _OPENING_PARENS or text[e : e + 1] not in _CLOSING_PARENS:
        return False
    return text[p - 2] in _ONE_CHARACTER_KIN or text[max(s0, p - 3) : p - 1] in kin_words or text[max(s0, p - 4) : p - 1] in kin_words


_OPENING_PARENS, _CLOSING_PARENS = frozenset("（("), frozenset("）)")
# a lifespan or a reign in parentheses right after a name: a year, then a range or a birth (（1902年―1955年）, （前221年－前210年在位）, （1956年生）)
_LIFESPAN = re.compile(r"[（(]\s*(?:公元前|前)?[0-9０-９]{1,4}年[^）)，,。]{0,10}?(?:[－—―\-~～–至]|出?生[）)])")


def _ordinal_ren(text: str, p: int, s0: int) -> bool:
    """text[p] is the 任 of an ordinal (第三任, 第二任 …), no surname."""
    return text[p] == "任" and p - 2 >= s0 and text[p - 2] == "第" and text[p - 1] in _NUMERALS


def _kin_and_copula(text: str, p: int, before: Token | None, glued: Token | None, ending_at: dict[int, Token], kin_words: frozenset[str]) -> bool:
    """A kin word and a copula right before the name at p: 的丈夫 / 是 / 某某, 丈夫 / 为任/v (the
    copula glued to the surname)."""
    if before is not None and before.text in _COPULAS:
        at = before.start
    elif glued is not None and glued.start < p and text[glued.start : p] in _COPULAS:
        at = glued.start
    else:
        return False
    word = ending_at.get(at)
    return word is not None and word.text in kin_words


_NOBLE_ENDS = frozenset("王侯公")


def _numeral_final(text: str, e: int, token_at: dict[int, Token]) -> bool:
    """text[e - 1] is a numeral the segmenter left a word of its own after a given-name character,
    and what follows counts nothing: a conjunction, a pause, 的 or a copula (某建三和某某, 某某三的):
    the name's last character (张三), not a count (某某三兄弟, 三人, 三次).

    >>> from kg.resources import default_resources
    >>> r = default_resources()
    >>> def at(t, name):
    ...     return _numeral_final(t, t.index(name) + len(name), token_index(r.segmenter.tokens(t)).token_at)
    >>> at("吕建三和林慧是一对夫妻", "吕建三"), at("王刚三兄弟都是医生", "王刚三")
    (True, False)
    """
    word = token_at.get(e - 1)
    return (
        text[e - 1 : e] in _NUMERALS and e >= 2 and text[e - 2] not in _NUMERALS and word is not None and word.start == e - 1 and word.end == e
        and (text[e : e + 1] in CONJUNCTIONS or text[e : e + 1] in _AFTER_NAME or text[e : e + 1] in _NAME_COPULAS or e >= len(text))
    )


def _undated_unit(text: str, e: int, token_at: dict[int, Token], g: Grammar) -> bool:
    """text[e - 1] is a date unit after a given-name character, no number, and the segmenter made it
    a word of its own or the end of its name: the name's last character, not a date.

    >>> from kg.resources import default_resources
    >>> from kg.extract.grammar import compiled_grammar
    >>> r = default_resources()
    >>> def at(t, name):
    ...     ix = token_index(r.segmenter.tokens(t))
    ...     return _undated_unit(t, t.index(name) + len(name), ix.token_at, compiled_grammar(r))
    >>> at("父亲吕松年得知后，决定留下", "吕松年"), at("张三年轻时学医", "张三年"), at("他在工厂干了十三年", "干了十三年"), at("同月丁巳日，太子即位", "丁巳日")
    (True, False, False, False)
    """
    word = token_at.get(e - 1)
    return (
        text[e - 1 : e] in g.date_unit_finals and e >= 2 and text[e - 2] not in _NUMERALS and not text[e - 2].isdigit()
        and text[e - 3 : e - 1] not in g.sexagenary  # (丁巳日: a day of the sixty-day cycle)
        and word is not None and word.end == e and (word.start == e - 1 or word.pos in NAME_POS or _time_word_given_name(word, token_at, g))
    )


def _time_word_given_name(word: Token, token_at: dict[int, Token], g: Grammar) -> bool:
    """蔡/nr 永年/t: a two-character word the segmenter tags as a time, right after a surname it tags as a
    name of its own, that is no time a text says after a name (今年, 当年, 早年 … are: ``time_after_names``)."""
    surname = token_at.get(word.start - 1)
    return (
        word.pos == "t" and len(word.text) == 2 and word.text not in g.time_after_names
        and surname is not None and surname.end == word.start and len(surname.text) == 1 and surname.pos in NAME_POS
    )


def _ends_a_noble_title(
    text: str, p: int, s0: int, ending_at: dict[int, Token], token_at: dict[int, Token], surnames: Mapping[str, int], g: Grammar
) -> bool:
    """text[p] (王, 侯, 公) ends a noble title whose first part is the segmenter's word before it, a
    single character that is no function character, kin word or word for a person (相 / 王, 吴 / 王;
    not 妾 / 王某某, 子 / 王某某) or a two-character name or place (宣武/nr 王), and a surname and another
    character follow (相王李旦: 李旦). Not after a longer word (医生 / 王李明), not a compound surname
    (公孙), not inside an ordinary word of the segmenter's (公安机关).

    >>> from kg.resources import default_resources
    >>> from kg.extract.grammar import compiled_grammar
    >>> r = default_resources()
    >>> t = "拥其父相王李旦登基"
    >>> index = token_index(r.segmenter.tokens(t))
    >>> _ends_a_noble_title(t, 4, 0, index.ending_at, index.token_at, r.names.surnames, compiled_grammar(r))
    True
    """
    if p >= len(text) or text[p] not in _NOBLE_ENDS or p <= s0 or not surnames.get(text[p + 1 : p + 2]) or surnames.get(text[p : p + 2]) or not is_cjk(text[p + 2 : p + 3] or "a"):
        return False
    at = token_at.get(p)
    if at is not None and at.start == p and len(at.text) > 1 and at.pos not in NAME_POS:
        return False
    before = ending_at.get(p)
    if before is None or not is_cjk(before.text[-1]) or before.text in g.kin_words or before.text in g.person_cues_before or before.text in _ONE_CHARACTER_KIN or before.text in _ONE_CHARACTER_CHILD:
        return False
    if text[p - 2 : p] in g.person_cues_before:
        return False  # 名 / 相 / 王安石: a word for people the segmenter cut in two (名相, a famous chancellor), no title 相王
    if len(before.text) == 1:
        return before.text not in g.name_stop and before.pos not in _GLUED_POS
    return len(before.text) == 2 and (before.pos in NAME_POS or before.pos == "ns")


def _ends_a_temple_name(text: str, k: int, s0: int, g: Grammar) -> bool:
    """text[k] (宗, 祖) ends a ruler's temple name: a dynasty and one character before it (唐高宗), or
    one of the characters of temple names said without the dynasty (高宗, 英宗: ``temple_firsts``).

    >>> from kg.resources import default_resources
    >>> g = compiled_grammar(default_resources())
    >>> _ends_a_temple_name("深得唐高宗李治", 4, 0, g), _ends_a_temple_name("深得英宗赵恒", 3, 0, g), _ends_a_temple_name("宗庆后", 0, 0, g)
    (True, True, False)
    """
    if k <= s0 or text[k] not in g.temple_titles:
        return False
    return k - 2 >= s0 and text[k - 2] in g.dynasties or text[k - 1] in g.temple_firsts


def _titled_name(text: str, s: int, surnames: Mapping[str, int]) -> bool:
    """text[s] ends a noble title glued to the word before (高密侯, 宣武王) and a surname follows.

    >>> _titled_name("高密侯邓禹之子", 2, {"侯": 2, "邓": 1})
    True
    """
    return text[s] in _NOBLE_ENDS and s > 0 and is_cjk(text[s - 1]) and bool(surnames.get(text[s + 1 : s + 2]))


def _inside_a_word(text: str, p: int, token_at: dict[int, Token], starting_at: dict[int, Token], g: Grammar) -> bool:
    """Whether a name cannot start at ``p``: inside an ordinary word of the segmenter's, after
    characters that are no function character or kin word glued on (由王/nr, 独/v 子孙/nr), and
    either deep inside it or at its end with another ordinary word after it (出任 / 董事长).
    A name the segmenter glued to one character before it (陪 + a name, one word/ng; 名 流苏/v 翊) still may."""
    inside = token_at.get(p)
    if inside is None or inside.start == p or inside.pos in NAME_POS:
        return False
    head = text[inside.start : p]
    if head in g.name_stop or head in g.kin_words or head in g.glued:
        return False  # (据谢/v 超宁: a preposition glued to the surname)
    if (head in _ONE_CHARACTER_CHILD or head in _ONE_CHARACTER_KIN) and text[inside.start - 1 : inside.start] in _ITS:
        return False  # 其 / 女王/n 雪红, 其子 / 房祖名, 其 / 夫周/n: 其女, 其子, 其夫 and a name, the kin character glued to the surname
    if head in _ONE_CHARACTER_CHILD and text[inside.start - 1 : inside.start] in _CHILD_COUNTS:
        return False  # 育有一 / 女王/n 欣然, 生下次 / 女王/n 某: a counted or ranked child and a name, the kin character glued to the surname
    if p < inside.end - 1:
        return len(head) >= 2  # 陪 + a name: one character glued before it
    after = starting_at.get(inside.end)
    return after is not None and len(after.text) >= 2 and after.pos not in NAME_POS


_DYNASTY_SIDES = frozenset("南北东西")  # 南宋, 东汉, 北魏: the side that names a dynasty with one character (not 前, 后: 两年后 / 周某)
_FIEF_POS = frozenset({"a", "ns", "n", "nz", "j"})  # what the segmenter tags a fief's name (高密/a, 南乡/ns)
_BOTH = frozenset("均都皆同")  # "both", "all": an adverb after people joined (甲与乙均毕业于…, 甲与乙同为…)
_COORDINATED = re.compile("(?:与|和|及|、|同)(?:其)?(?:夫人|妻子|丈夫|爱人|太太)?$")  # right before the second of two people
_MODEL_DASHES = frozenset("-－‐–")  # between a model's name and its number (米格－29, 苏-27)
_ORIGIN_PAUSES = frozenset("，,。；;、")  # what follows a place of origin in a biography (某省某县人，), or ends an item of a list of names


def _name_score(
    text: str, p: int, e: int, sl: int, tier: int, s0: int, e0: int, starts: set[int], ends: set[int],
    by_span: dict[tuple[int, int], Token], ending_at: dict[int, Token], starting_at: dict[int, Token], res: Resources,
    token_at: dict[int, Token], g: Grammar,
) -> float:
    """The evidence that text[p:e] (a surname of sl characters, then the given name) is a name."""
    names = res.names
    # (read once, from the compiled grammar: each is an attribute of the plain Names, looked up at every use otherwise)
    surnames, given_chars, context_before, context_after = g.surnames, g.given_chars, g.context_before, g.context_after
    span, given = text[p:e], text[p + sl : e]
    surname_char, char_before, char_after = text[p], text[p - 1], text[e : e + 1]  # (read at many tests below: one string each)
    if sl == 1 and len(span) == 2 and surnames.get(span):
        return -9.0  # 欧阳, 诸葛: a compound surname alone is no name (欧阳 + 翔 is)
    if text[e - 1] == "的":
        return -9.0  # 名叫某国的工程师: 的 never ends a given name, whatever the cues around it
    surname_alone = by_span.get((p, p + sl))  # the surname as one word of the segmenter's
    before = ending_at.get(p)
    if len(span) == 2 and span[0] in g.temple_firsts and (given in g.temple_titles or given in _RULERS_RANKS) and surnames.get(char_after):
        return -9.0  # 高宗 / 萧某, 武王 / 黎某: a temple name or a ruler's title before the personal name (its dynasty one the data lacks: 晟高宗), no person
    if given == "国" and span[0] in g.state_names and not (before is not None and before.text in context_before):
        return -9.0  # 鲁国, 楚国: an old state, named by its one character and 国 (鲁国大夫), no person (but a cue before names one: 董事长 / 某国, 名叫 / 某国)
    if (
        len(given) == 2 and surname_alone is not None and surname_alone.pos not in NAME_POS and (p + sl, e) in by_span
        and known_type(given, res) in PLACE_TYPES
        and not (before is not None and context_before.get(before.text) == "kinship")
    ):
        return -9.0  # 谈/v + 杭州: a verb that is also a surname before a known place (王海南/nr is a name; so is 丈夫 / 谭/zg 玉林, after a kin word, but 教授 / 谈 / 杭州 is not)
    if before is not None and not before.text.strip() and len(before.text) <= 2:
        before = ending_at.get(before.start, before)  # 记者 王强: a byline's space between title and name
    if all(c in g.translit for c in span) and (  # (a test per character, no set built of the span's)
        before is not None and _going_to_a_place(before, ending_at.get(before.start), g)
        or before is not None and before.text == "的" and _placed_place_before(before, ending_at, res, g)
        or char_after in _COPULAS and _said_to_be_a_place(_words_from(starting_at, e, 8), g)
    ):
        return -9.0  # 前往 / 费亚维, 在 / 巴西 / 的 / 梅基巴, 武帕法 / 是 / 波兰 / 的 / 一座 / 古城: a place (the foreign-name reader reads it)
    if (
        before is not None and before.end == p and known_type(before.text, res) in _CITY_OR_REGION
        and (first := ending_at.get(before.start)) is not None and _placed(first, before, res, g)
    ):
        return -9.0  # 在 / 上海 / 吴淞/nr 创办: a place after a placed city, in it (the address reader reads the two)
    if span in names.not_names and not _bylined(text, p, e, e0, before, context_before):
        return -9.0  # an ordinary word (高兴, 杨柳), unless a byline names it (（编辑 杨柳）)
    if sl == 1 and p > 0 and char_before in _DYNASTY_SIDES and span[0] in g.dynasties and (before is None or before.end == p and len(before.text) == 1):
        return -9.0  # 南/ns 宋抗金/nr: a side and a dynasty (南宋, 东汉, 北魏) the segmenter cut apart, no surname
    if g.fief_ranks and (g.fief_rank_finals is None or span[-1] in g.fief_rank_finals) and span.endswith(g.fief_ranks):  # (the last character tested first)
        return -9.0  # 武乡侯, 南乡亭侯: a fief and the rank held of it, a title, no name
    if (
        sl == 1 and len(span) == 3 and span[0] == g.fief_rank_before_name and surnames.get(span[1]) and before is not None and before.end == p
        and len(before.text) == 2 and before.pos in _FIEF_POS and before.text not in context_before
    ):
        return -9.0  # 高密/a 侯周立/nr: a fief, its rank and a full name (周立), no 侯 of that name
    if (
        len(span) == 3 and span[:2] in names.not_names and (p, p + 2) in by_span
        and (last_word := token_at.get(e - 1)) is not None and last_word.start == e - 1 and last_word.end > e and res.gazetteer.lookup(last_word.text) is not None
    ):
        return -9.0  # 齐聚 / 南昌: an ordinary word, then the first character of a known name after it, is no name (王国 / 华 may be)
    if char_after == "人" and before is not None and before.pos == "ns" and e - p == 2:
        return -9.0  # 山东/ns 邹平 人: a place of origin after its province (某某人), no name
    if span[-1] == "人" and e - p == 3 and before is not None and before.pos == "ns" and char_after in _ORIGIN_PAUSES:
        return -9.0  # 浙江/ns 宁海人/nr ，: the same, the county and 人 one word of the segmenter's, a pause after it
    if span[-1] in _OF_A_PLACE and known_type(span[:-1], res) in PLACE_TYPES:
        return -9.0  # 宁波人, 韩国籍: a known place and 人 or 籍, someone from there
    if (
        len(span) == 3 and (p, p + 2) in by_span and (nxt_word := token_at.get(p + 2)) is not None and nxt_word.end > e
        and known_type(span[:2], res) in PLACE_TYPES
    ):
        return -9.0  # 杭州 / 宣告: a known place, then a word that goes on past the name, is no three-character name
    if len(span) == 3 and span[2] in _PLACE_UNITS and known_type(span[:2], res) in PLACE_TYPES:
        return -9.0  # 杭州府/nr 中学堂: a known place and a unit of its administration (府, 州, 县 …), no person
    if span[-1] in _CLASS_ENDS and before is not None and before.end == p and before.text.endswith(tuple(g.school_endings)):
        return -9.0  # 北京电影学院 / 高职班/nr: a class or a department of the school before it, no person
    if len(span) == 3 and span[:2] in _DAY_TIMES and (p, p + 2) in by_span:
        return -9.0  # 至 / 凌晨/t 一时: a time of day opening the span, no surname and given name (周天/t 娜 is a name)
    if span[-1] == _WEEK and (timed := token_at.get(e - 1)) is not None and timed.start == e - 1 and timed.end > e and timed.pos == _TIME_TAG:
        return -9.0  # 库克 / 周二/t: the last character opens a weekday after the name (周二, 周末), no given name's
    if span[-1] in _TOWN_UNITS and before is not None and before.end == p and before.text[-1:] in _PLACE_UNITS and before.pos == "ns":
        return -9.0  # 鄞州区/ns 姜山镇: a town after the district or county it lies in, no person
    if span in g.not_person or given in context_after or len(given) == 1 and text[p + sl : p + sl + 2] in context_after:  # (of two characters, those are the given name)
        return -9.0  # 王先生 / 姚总 / 姚先(生): a surname and a form of address
    if len(given) == 2 and context_before.get(given) in ROLE_WORD_KINDS:
        return -9.0  # 一二九师 / 师长: a word for people is no given name (师 is the division's, a surname elsewhere)
    if len(span) == 2 and span[0] in DYNASTY_SIDES and span[1] in g.dynasties and text[e : e + 1] in _DYNASTY_AFTER:
        return -9.0  # 于东晋时, 南宋末年: a dynasty named with its side (东晋, 后唐), then its time, no person
    if context_before.get(span) in ROLE_WORD_KINDS and (p, e) in by_span:
        return -9.0  # 富商 / 之子: a word for people, a word of the segmenter's, is no name (富 a surname elsewhere)
    if before is not None and before.end == p and before.text in g.place_word_heads:
        return -9.0  # 家乡 / 邹城, 省会 / 某某: a description of a place, then the place, no person
    if given == _CLAN_MARK and text.startswith(g.clan_words, e):
        return -9.0  # 陈氏 / 兄弟, 李氏 / 家族: a family named by its surname, no person (其母王氏 is one)
    if len(span) == 3 and span[-1] in g.former_marks and char_after in _FORMER_VERBS and not text.startswith(_TEACHES, e):
        return -9.0  # 周明 / 原系 / 某公司董事长, 周明原任…: "formerly was", "formerly held", no name ending in 原 (周明原任教于 may be one)
    if surname_char in g.former_marks and text.startswith(g.person_roles, e):
        return -9.0  # 原星朗 / 总裁: "former", an organization's name and its head's title, no one named 原某某
    if surname_alone is not None and surname_alone.pos == "p" and e not in ends and e < e0:
        return -9.0  # 记者 从/p 商业银行: a preposition and the start of the next word, no name ending inside it
    if sl == 1 and surname_char in g.post_verbs_glued and before is not None and before.text.endswith(g.org_suffixes) and _placed_in_clause(text, before.start, s0):
        return -9.0  # 在某学院 / 任 / 英语讲师: after a body named after 在, 任 is the verb of the post held there, no surname
    if tier >= 3 and surname_char in g.name_stop and (nxt_org := starting_at.get(e)) is not None and nxt_org.text in g.org_suffix_set:
        return -9.0  # 记者 / 从宏天/n / 银行: a preposition glued to a body's name, before its bare ending
    if surname_char in g.name_stop and tier >= 3 and p > s0 and is_cjk(char_before) and _before_source_closer(text, e, g):
        return -9.0  # 记者 从 / 华信 (物流) / 获悉: a preposition and its source before the verb of learning, no rare surname
    if p > s0 and char_before in _SOURCE_PREPOSITIONS and g.source_closers.at(text, e):
        return -9.0  # 记者 / 从金禾/nr / 获悉: the source between the preposition and the verb of learning is a body (a person takes 处: 从某某处获悉)
    if surname_char in g.name_stop and tier >= 3 and not (
        before is not None and (len(given) == 2 or (tagged_whole := by_span.get((p, e))) is not None and tagged_whole.pos in NAME_POS) and (
            before.text in context_before or len(before.text) > 2 and before.text[-2:] in context_before
        ) or len(given) == 2 and _opens_biography(text, p, e, s0, g)
        or len(given) == 2 and (p == s0 or not is_cjk(char_before)) and (whole_name := by_span.get((p, e))) is not None and whole_name.pos in NAME_POS
        or len(given) == 2 and (p == s0 or not is_cjk(char_before) or char_before in _BIO_LEAD) and g.after_de_at.at(text, e)
        or len(given) == 2 and (p == s0 or not is_cjk(char_before)) and surname_alone is not None and surname_alone.pos not in ("p", "c")
        and (given_word := by_span.get((p + 1, e))) is not None and given_word.pos in NAME_POS and surnames.get(given[0], 9) > 2
    ):  # (万/m 长青/nr opening a clause: a numeral's character alone, then a given name jieba tags as a name, no surname of its own)
        return -9.0  # 和, 于 …: a function character before a word, not a rare surname (副县长于某某, 校长 / 于晓/nr, 于某某，男，…, 向芳玉/nr opening a clause are, and so is 于某某的妻子 opening one; 毕业 / 于清华/nr is not)
    if sl == 1 and surname_alone is not None and surname_alone.pos in _PARTICLE_POS and len(given) == 2 and (p + 1, e) in by_span and res.segmenter.knows(given):
        return -9.0  # 妻子 / 过/ug / 海关: an aspect particle before a word of the dictionary, no surname and given name
    if sl == 1 and surname_alone is not None and surname_alone.pos == "d" and (adverb := by_span.get((p + 1, e))) is not None and adverb.pos in ("d", "ad"):
        return -9.0  # 曾/d 长期/d 担任: an adverb before an adverb word, no surname and given name
    if (
        (first_word := token_at.get(p)) is not None and first_word.start == p and first_word.pos == "t" and len(first_word.text) >= 2 and first_word.end < e
        and first_word.text[-1] in _SEASON_ENDS
    ):
        return -9.0  # 夏季/t 赛, 春节/t 期间: a season's or a holiday's word opens the span (夏冬/t 梅 is a name)
    if len(given) == 1 and char_after == _BEGAT and _founder_before_date(text, p, e + 1, g.founding_verbs):
        return -9.0  # 由黄宏 / 生于1988年 / 在香港创办: between 由 and the founding's date, 生 ends the founder's name (黄宏生), no birth
    if (
        len(given) == 2 and text[e : e + 2] in g.forms_of_address and (opening_word := by_span.get((p, e - 1))) is not None and opening_word.pos not in NAME_POS
        and (glue := token_at.get(e - 1)) is not None and glue.start == e - 1 and glue.end == e + 2
    ):
        return -9.0  # 游客/n / 王先生/nr: an ordinary word, then a surname and a form of address (Mr. Wang), no name 游客王 (王敏/nr 周先生 is one)
    if char_after in g.located_after_openers and g.located_after.match(text, e) is not None:
        return -9.0  # 麦积山/nr 就位于: what is located somewhere is a place, no person
    if sl == 1 and surname_char in g.cue_adverbs and len(given) == 2 and (given in g.verbs_after_names or given in g.stop_left):
        return -9.0  # 曾效力/nr 于, 曾担任: an adverb and a verb of what people do (or of a post) the segmenter took for one name
    whole = by_span.get((p, e))  # the span as one word of the segmenter's, if it is one
    after_tok = starting_at.get(e)
    schooled = after_tok is not None and after_tok.text in g.schooling_levels and text.startswith(g.study_verbs, after_tok.end)
    if after_tok is not None and not schooled and (
        names_a_thing(after_tok.text, g) and res.gazetteer.lookup(after_tok.text) is None and not firm_form_verb(text, after_tok, g)  # (王某某 / 控股/v / 的)
        or after_tok.text in g.not_person_before
    ) and not (len(after_tok.text) == 1 and g.alias_clause.match(text, e) is not None):
        return -9.0  # 丰源中心, 白鹭村: the head of a place or organization name (not of a known one: 李伟 / 浙江大学; nor 号
        # opening a clause that gives another name: 李清照 / 号 / 易安居士，)
    if (
        len(given) == 2 and (head := by_span.get((p, e - 1))) is not None and head.pos in NAME_POS
        and (last := by_span.get((e - 1, e))) is not None and last.pos in ("v", "vn") and last.text == _BEGAT and surnames.get(char_after)
    ):
        return -9.0  # 曹操/nr 生/vn 曹丕: the segmenter's name, then 生 of its own before the next name, no three-character name (王长生/nr is one word)
    if len(given) == 2 and given[-1] in _VERBS_BEFORE_NAMES and _begets_named(text, e, starting_at, surnames, g.heirs, given[-1]):
        return -9.0  # 周立生/nr 周文博/nr、…: the verb of a genealogy glued to the father's name before the children's
    if len(given) == 2 and given[0] == "家" and given[1] in g.village_endings and not word_for_people_ends_at(text, p, names.context_before, 2, 6, s0):
        return -9.0  # 刘家沟, 张家堡: a village named after a family (but 工程师 / 陈家河: a word for people names the person)
    if len(given) == 2 and given[1] == "村" and given[0] in g.village_endings:
        return -9.0  # 张庄村/nr, 李营村: a village's name and 村, no person
    if (title_part := ending_at.get(e)) is not None and title_part.start == p and _ends_a_noble_title(text, e, s0, ending_at, token_at, surnames, g):
        return -9.0  # 齐献/nr / 王司马攸: the first part of a noble title (齐献王), no person
    if len(given) == 1 and given in _TIME_POSITIONS:
        return -9.0  # (世)纪初, (赛)季初, 年末: the start or end of a period, no one-character given name
    if text[e - 1] in g.not_final or char_after in _ASPECT and not (before is not None and context_before.get(before.text) == "kinship"):
        return -9.0  # 某浮宫 (a building), 修正了 (a verb); but 老爸某某了: a kin word before makes it a name
    if len(given) == 2 and (titled_word := token_at.get(e - 1)) is not None and titled_word.start == e - 1 and titled_word.end > e and context_after.get(titled_word.text) == "title":
        return -9.0  # 王海 / 先生 / 于: a title the segmenter read from the given name's last character on (no 王海先 + 生于)
    if len(given) == 2 and given[-1] in _BOTH and is_cjk(char_after) and _COORDINATED.search(text, max(s0, p - 4), p) is not None:
        return -9.0  # 赵刚与夫人林丽均/nr 毕业于: "both" after the second of two people joined, no given name's last character
    if char_after in _MODEL_DASHES and "0" <= text[e + 1 : e + 2] <= "9":
        return -9.0  # 米格－29, 歼-20: a dash and a number after it make a model's name, no person's
    if p > s0 and char_before == "在" and (held := starting_at.get(e)) is not None and held.text in g.held_verbs and _nothing_held(text, held.end):
        return -9.0  # 比赛在 / 温布利/nr / 举行。: where it is held, no one who holds it (在某某举行婚礼前 is)
    if char_after in CONJUNCTIONS and text[e + 1 : e + 2] in _AFTER_NAME:
        return -9.0  # 周立 / 和的: no conjunction comes before 的, the name goes on (周立和)
    if len(given) == 2 and (given[-1] in CONJUNCTIONS or given[-1] in _FOR_SOMEONE) and (text[e : e + 2] in g.kin_words or text[e : e + 3] in g.kin_words):
        return -9.0  # 陆平和 / 妻子: a conjunction before a kin word joins the person and the relative (陆平 和妻子); so does
        # a preposition of doing for someone (邱建为 / 儿子 / 举办婚礼: 邱建 为儿子)
    numbered = p - 1 == s0 or text[p - 2 : p - 1] in _BIO_LEAD  # 1朱某某毕业于……: a list's or a footnote's number
    if "0" <= text[p - 1 : p] <= "9" and not (whole is not None and (whole.pos == "nrfg" or whole.pos in NAME_POS and numbered)) and not (
        numbered and len(given) == 2 and (
            (tagged_head := by_span.get((p, e - 1))) is not None and tagged_head.pos in NAME_POS
            or (p, p + sl) in by_span and (tagged_given := by_span.get((p + sl, e))) is not None and tagged_given.pos in NAME_POS
        )
    ):
        return -9.0  # 5连胜: a count (jieba's tag for well-known people aside; after a list's number, 1朱红/nr 英 or 1朱/nr 秀英/nr: the segmenter's name, one more character or the given name tagged apart)
    score = _TIER_SCORE.get(tier, -0.5) + (1.0 if sl == 2 else 0.0)
    if given == _CLAN_MARK and _kin_word_before(text, p, s0, g.kin_words):
        score += 1.5  # 其母 / 为 / 卞氏, 娶 / 王氏: a married woman named by her surname and 氏, after a kin word (and a copula)
    # 由 / 林国生 / 于1985年创建: a founder's name between 由 and the founding's date, read once for the tests below
    founder = _founder_before_date(text, p, e, g.founding_verbs)
    if len(given) == 2 and text[e - 1 : e + 1] in g.verbs_after_names and not founder:
        return -9.0  # 林芳育/nr 有: the last character opens the verb after the name (育有); but 由黄宏生 / 于1988年创办: a founder's name
    if len(given) == 2 and _opens_ordered_kin(text, e - 1, g.kin_words):
        return -9.0  # 岳飞长 / 子: the last character opens a child's word by birth order (长子, 次女), no given name's end
    if len(given) == 2 and _dated_at(text, e - 1, g.since_marks):
        return -9.0  # 周航自/nr 2003年起: "since" and a year after the name
    if len(given) == 2 and text[e - 1] in g.since_marks and (place := starting_at.get(e)) is not None and place.pos == _PLACE_TAG:
        return -9.0  # 何启自/nr 英国/ns …毕业: "from" and a place after the name
    if text[e - 1] in _PLACE_UNITS and text.startswith(_BORDERING, e):
        return -9.0  # 西与梅林镇接壤: a town (镇, 乡, 县 …) that borders another, no person
    if len(given) == 2 and text[e - 1] in g.post_verbs_glued and _post_glued_before_org(text, p, e - 1, token_at, starting_at, res, g):
        return -9.0  # 周明任/nr 浙江大学: the last character is the verb of the post at the organization after it
    if len(given) == 2 and text[e - 1] in _NUMERALS and text[e : e + 1] == "大" and text[e - 2] not in _NUMERALS:
        return -9.0  # 唐宋八/nr 大家: a numeral and 大 open a count of the great ones (八大家, 四大名著), no name's end
    doubled = len(given) == 2 and given[0] == given[1]  # 婷婷, 丹丹: a doubled character is a given name
    tagged = len(given) == 2 and (
        whole is not None and (whole.pos in NAME_POS or whole.pos == "nz" and sl == 1 and tier == 1)
        or (given_word := by_span.get((p + sl, e))) is not None and given_word.pos in NAME_POS and (p, p + sl) in by_span
        or (tail := by_span.get((p, e + 1))) is not None and tail.pos in NAME_POS and text[e] in _GLUED_ADVERBS
        or _split_name_words(p, e, by_span, g.kin_words, surnames)
    )  # jieba's name tag on the whole (or its proper-noun tag on a common surname and two characters: 黄日华/nz),
    # or on the given name the surname stands apart from (于 / 有斌/nr)
    # the given name's last character whatever its kind: a date unit without a number (吕松年/nr, 周德 / 月)
    # or a numeral that counts nothing (吕建 / 三 / 和)
    final_char = text[e - 1]
    closing = len(given) == 2 and (
        final_char in g.date_unit_finals and _undated_unit(text, e, token_at, g) or final_char in _NUMERALS and _numeral_final(text, e, token_at)
        or char_after in _OPENING_PARENS and _LIFESPAN.match(text, e) is not None
        or whole is not None and whole.pos in NAME_POS and (time_word := starting_at.get(e)) is not None and time_word.pos == _TIME_TAG
    )  # (the characters tested first: most names end in neither; 齐子如（1902年－1955年）: a lifespan closes the name, whatever its last character;
    # so does a word of time right after the segmenter's name word: 朱清时/nr 此前/t)
    zhi_final = len(given) == 2 and given[1] == _ZHI and _zhi_ends_name(text, e, before, starting_at, context_before)
    for k, c in enumerate(given):
        final = k == len(given) - 1 and (c in g.name_final or c not in g.never_final or closing)  # 吴冠中, 谢旭人, 王同，: may end a given name
        if c in g.name_stop and k == 0 and c in given_chars and (
            tagged and (not res.segmenter.knows(given) or surname_alone is not None and surname_alone.pos in NAME_POS)  # (宫/nr 向东/nr: both halves tagged names)
            or len(given) == 2 and given[1] in given_chars and given[1] not in g.name_stop and (
                char_after in _EDGES_AFTER_NAME or before is not None and len(before.text) >= 2 and before.text in context_before
                or g.after_de_at.at(text, e) or event_at(text, e, context_after)
            )
        ):
            score -= 1.0  # 陈若仪/nr: a function character that also begins given names, in jieba's name or before a
            # given name's character and a pause, a conjunction, a copula or 在 (商人罗家俊，, 罗家俊与, 罗家俊在:
            # not 罗家 / 的, a family's) or a kin word after 的 (罗家俊的母亲) or what only people do (罗家俊执导),
            # or after a word that names a person (演员 / 罗家俊); not jieba's name over an ordinary word
            # (这 / 段时间/nr: 时间)
        elif c in g.name_stop and not (
            final and (tagged or closing or c in g.name_final and char_after in _AFTER_NAME and (c in CONJUNCTIONS or not char_after == "的"))
            or k == 1 and c in g.final_before_copula and char_after in _NAME_COPULAS or k == 1 and zhi_final
        ):  # (杨武之 / 为数学家: a copula after it, 之 ends the given name)
            score -= 3.0
        else:
            # 吴冠中/nr: jieba's tag of the whole; 某春和的: a conjunction never comes before 的
            score += 1.0 if c in given_chars or doubled or c in g.name_final or final and closing or _rare_character(token_at, p + sl + k, surnames) or (
                len(given) == 1 and whole is not None and whole.pos in NAME_POS and res.segmenter.word_tag(c) in _RARE_TAGS
                and ((nxt := starting_at.get(e)) is None or len(nxt.text) >= 2 or not is_cjk(nxt.text))
            ) else -1.0  # (苏轼/nr: a rare character, a morpheme of no word of its own, in the segmenter's two-character name,
            # a word of two characters or none after it: 谭惕/nr 吾 is 谭惕吾)
    # a function character glued to the name by the segmenter (刘涛已/nr) still marks its edge,
    # but not one inside an ordinary word (过程 遇到 is no 程遇)
    # 独子孙明 (独/v 子孙/nr 明): a kin word the segmenter glued to the surname still ends where the name starts
    left = p in starts or p == s0 or not is_cjk(char_before) or char_before in g.name_stop and _tagged_name(token_at, p)
    # 首席执行官 / 方洋 (执行 / 官方/n): a word for people, from a word's start, ends right before the name
    left = left or char_before in g.person_word_finals and _person_word_ends(text, p, s0, starts, context_before)
    glued_kin = not left and (
        text[p - 2 : p] in g.kin_words or p - 3 >= s0 and text[p - 3 : p] in g.kin_words
        or char_before in _ONE_CHARACTER_KIN and (word := token_at.get(p)) is not None and word.start == p - 1 and word.end == e
        and (word.pos in NAME_POS or word.pos == "n" and (p - 1 == s0 or text[p - 2] in _LIST_OPENERS))
        or char_before in _ONE_CHARACTER_KIN and (word := token_at.get(p)) is not None and word.start == p - 1 and word.end == p + 1
        and (given_part := token_at.get(p + 1)) is not None and given_part.start == p + 1 and given_part.end == e and given_part.pos in NAME_POS
        and (p - 1 == s0 or text[p - 2] in _LIST_OPENERS)
        or char_before == _BEGAT and (word := token_at.get(p)) is not None and word.start == p - 1 and word.end == e and word.pos in NAME_POS
        and (parent := ending_at.get(p - 1)) is not None and parent.pos in NAME_POS and parent.text[0] == surname_char
    )  # 妻林慧/nr, ，父周明/n: a one-character kin word the segmenter glued to the name (tagged a name, or opening a clause);
    # ，妻林/n 秀英/nr: glued to the surname alone, the given name a name's word of its own;
    # 周成/nrfg 生周康/nr: a genealogy's 生 glued to the child's name right after the father's (the same surname)
    titled = _ends_a_noble_title(text, p - 1, s0, ending_at, token_at, surnames, g) or _ends_a_temple_name(text, p - 1, s0, g)  # 相王 / 李旦, 唐高宗 / 李治: a title right before the name
    left = left or glued_kin or titled or founder  # (由林国/ns 生于/v: a founder's name has its edges whatever the segmenter glued)
    head = by_span.get((p, e - 1))  # jieba's word for the name without its last character, if it is one
    # the segmenter's word that opens with the name's last character and runs past the name (周明/nr 远离/v)
    last_across = (across := token_at.get(e - 1)) is not None and across.start == e - 1 and across.end > e
    lost_to_post = (
        head is not None and len(given) == 2 and char_after in g.post_verbs_glued and _two_char_word(token_at, e) and (
            head.pos in NAME_POS or context_before.get(_text_at(starting_at, e + 1)) in ("role", "title")
        )  # (杭国/ns 良任/n 总经理: whatever the head's tag, a post right after the glued verb)
        or char_after in g.post_verbs_glued and _post_glued_before_org(text, p, e, token_at, starting_at, res, g)
    ) or (
        head is not None and head.pos in NAME_POS and len(given) == 2 and last_across
        and event_at(text, e, context_after)
    )  # 俞敏/nr 洪任/n 董事长: jieba's name lost its last character to the verb of the post after it,
    # or took that verb in (周明任/nr 浙江大学); 周明/nr 远离/v 婚后: or to a word that cuts across what only people do (离婚)
    since = _dated_at(text, e, g.since_marks)  # 周航 / 自2003年起
    # 董军 / 荣于/v 1941年, 侯庆珊于/n 2012年: the segmenter glued the name (or its last character)
    # to the preposition before a year (not to a verb's first character: 林春 / 生于 1990年 is 林春, born in 1990)
    since = since or (
        _dated_at(text, e, _BEFORE_A_DATE) and (glue := token_at.get(e)) is not None and glue.start < e
        and text[e - 1 : e + 1] not in g.verbs_after_names
    )
    # 秦东 / 桂是/v: the segmenter glued the name's last character to the copula after it, in a
    # word it made up (正是, 总是 are words of its own: the name does not end inside them)
    copula_glued = char_after in g.name_tails and _two_char_word(token_at, e) and not res.segmenter.knows(text[e - 1 : e + 1])
    # 梁琼/nr 文至/p 台北: the name ends before a preposition the segmenter glued its last character to
    preposition_glued = _two_char_word(token_at, e) and glued_to_preposition(text[e - 1 : e + 1], res)
    # 林婉清生/nr 了: the segmenter glued the verb of bearing (生了, 生下, 生有) to the mother's name
    counted = char_after == _BEGAT and _COUNTED_CHILDREN.match(text, e + 1) is not None  # 黄守/nr 诚生/n 三子: children counted
    begat_glued = char_after in _VERBS_BEFORE_NAMES and (
        char_after == _BEGAT and text[e + 1 : e + 2] in _AFTER_BEGAT or counted or _begets_named(text, e + 1, starting_at, surnames, g.heirs, text[e])
    ) and (glued_begat := token_at.get(e - 1)) is not None and glued_begat.end == e + 1 and (_tagged_name(token_at, e - 1) or counted)
    # 王敏周先生 (王敏/nr 周先生/nr): the segmenter glued the name's last character to the form of address
    # after it, reading a surname and 先生 (Mr. Zhou); the name ends at the form of address all the same
    addressed = text[e : e + 2] in g.forms_of_address and (glue := token_at.get(e - 1)) is not None and glue.start == e - 1 and glue.end == e + 2
    # 施一公自/nr 美国普林斯顿大学: the segmenter's name with the preposition of where someone came from glued on, a place or a body after it
    from_glued = (
        char_after in _FROM and (glued_from := token_at.get(p)) is not None and glued_from.start == p and glued_from.end == e + 1 and glued_from.pos in NAME_POS
        and (place := starting_at.get(e + 1)) is not None and place.pos in _PLACE_OR_BODY_TAGS
    )
    right = from_glued or addressed or lost_to_post or since or copula_glued or preposition_glued or begat_glued or founder or e in ends or e >= e0 or not is_cjk(text[e]) or text[e] in _NEVER_IN_NAMES or text[e : e + 2] in g.verbs_after_names or text[e] in g.name_stop and (
        _tagged_name(token_at, e - 1) or _glued_after(token_at, e) or (before is not None and before.text in g.kin_words or glued_kin) and _two_char_word(token_at, e)
        or _two_char_word(token_at, e) and not res.segmenter.knows(text[e - 1 : e + 1])
    )  # 父亲司马敬 / 为: after a kin word even a verb-tagged glue (敬为/v) ends the name; so does a glue
    # into a word the dictionary lacks, whatever its tag (陈奕 / 迅到/v: the segmenter's guess)
    paired = e - p == 2 and _half_of_two_names(text, p, e, token_at, surnames, g.two_people_after)
    if paired:  # 周航林慧/nr 夫妇: the segmenter's one name word is two people's names
        left = right = True
        score += 2.0
    score += 0.5 if left else -1.5
    score += 0.5 if right else -1.5
    if zhi_final:
        score += 1.5  # 学者 / 顾怀之 / 创建, 其父沈敬之为, 教育家曹敬之。: an old-style given name's 之, no possessive
    if (
        len(given) == 2 and (char_after in _ORIGIN_PAUSES or context_after.get(text[e : e + 2]) == "title") and head is not None and head.pos in NAME_POS
        and (tail := by_span.get((e - 1, e))) is not None and tail.pos not in ("p", "c", "u", "uj", "x", "m", "q")
        or len(given) == 2 and _split_name_words(p, e, by_span, g.kin_words, surnames) and after_tok is not None and after_tok.pos in _CLAUSE_GOES_ON_POS
    ):  # (方慧/nr 如/nr 则/d: the last character a name of its own, the clause going on after it)
        score += 3.0  # 长子 / 庄允/nr / 恭/ag / 、 (or / 同志, a form of address): the segmenter's name stopped a character short
    glued = token_at.get(p)  # the segmenter's word at the surname, perhaps with a function character glued on
    if whole is not None:
        # jieba's name tag on the whole: more for three characters after a common surname (周韬时/nr,
        # a shape few ordinary words have); x: a word the dictionary lacks (刘雨瞳/x)
        score += (3.0 if len(span) == 3 and tier <= 2 else 2.0) if whole.pos in NAME_POS else 0.0 if whole.pos == "x" else -1.0
        if whole.pos == "nrfg" and not any(c in g.name_stop for c in given) and not (
            after_tok is not None and char_after in given_chars and char_after not in g.name_stop and all(c in g.name_stop for c in after_tok.text[1:])
        ) and not (
            (alone := ending_at.get(p)) is not None and len(alone.text) == 1 and alone.pos in NAME_POS and surnames.get(alone.text)
        ):
            score += 3.0  # 蒙恬/nrfg, 施琅/nrfg: the dictionary's tag for a known person's full name vouches
            # for its characters, unless a given-name character follows (方成/nrfg 忠以/p: 方成忠) or a
            # surname the segmenter tagged as a name of its own stands before (杜/nr 文澜/nrfg: the given name)
    elif head is not None and head.pos in NAME_POS and len(given) == 2 and (preposition_glued or _glued_into_clause(text, e, token_at, res, g) or char_after in g.name_stop and (
        _glued_after(token_at, e) or _dated_at(text, e, _BEFORE_A_DATE) and _two_char_word(token_at, e)
        or (tail := by_span.get((e - 1, e))) is not None and tail.pos in NAME_POS
    )) and token_at[e].pos not in _ADVERB_POS and text[e] != "年":
        score += 2.0  # 严成 / 忠以, 熊波/nr 升于/v 2000年: jieba's name lost its last character to the function character after it
        # (not to an adverb the dictionary holds, 周航 / 真的, nor to a word of years, 王建 / 早年, 当年), or the
        # segmenter split that glue again, the character a name's word of its own (陈家/nrfg 明/nr 在: kg.segment's name tails)
    elif lost_to_post or closing and head is not None and head.pos in NAME_POS:
        score += 2.0  # (吕松/nr 年/m, 吕建/nr 三/m: or its closing character, left a word of its own)
    elif glued is not None and glued.pos in NAME_POS and glued.start <= p and glued.end >= e:
        rest = text[glued.start : p] + text[e : glued.end]  # 王毅于/nr: jieba's person tag with a function character glued on
        if rest and (
            all(c in g.name_stop or c in _GLUED_ADVERBS for c in rest) and all(c in g.never_final or c in _GLUED_ADVERBS for c in text[e : glued.end])
            or since and rest == text[e] or glued.start == p and _PEOPLE_COUNT.fullmatch(rest) is not None or from_glued
        ) and not (
            glued.end == e + 1 and _undated_unit(text, e + 1, token_at, g)
        ) and not (
            rest == _WHEN and not res.segmenter.knows(text[e : e + 2])
        ):  # (朱清时/nr 回到: 时 is "when" only after a clause, or opening a word of time after the name: 王明 / 时任, 时年)
            score += 2.0  # (not a character that may end the given name: 林徽因/nr is no 林徽 + 因; 周航自/nr 2003年: 自 is "since")
        elif glued.start == p - 1 and glued.end == e and rest in _WEDDING_VERBS:
            score += 3.0  # 立林慧/nr 为皇后: the name's left edge after all (-1.5 above, +0.5 as one) and the segmenter's tag for it
    given_tok = by_span.get((p + sl, e))
    if len(given) == 1 and since and (
        surname_alone is not None and surname_alone.pos in NAME_POS or _two_char_word(token_at, e)
    ):
        score += 1.0  # 曹/nr 强于/v 1995年, 陆 / 建于/v 1995年: the given name glued to the preposition of the date after it
    # 由王/nr 立新/d: jieba glued a function character to the surname and tagged that a name
    dated_given = token_at.get(p + sl) if len(given) == 2 and since else None  # 由梁/n 轩伟于/nr 1964年: the given name glued to the date's 于 too
    given_tok = given_tok or (dated_given if dated_given is not None and dated_given.start == p + sl and dated_given.end == e + 1 else None)
    glued_surname = glued is not None and glued.start == p - 1 and glued.end == p + sl and (char_before in g.name_stop or char_before in g.glued) and (
        glued.pos in NAME_POS or given_tok is not None and len(given) == 2 and (given_tok.pos in NAME_POS or given_tok.pos == "nz" and char_before in g.glued)
    )  # (由钟/n 文森/nr, 据史/ng 东嘉/nr, 据谢/v 超宁/nz: the given name tagged as a name stands for the glued surname's tag)
    if glued_surname and not left:
        score += 2.0  # the name's left edge after all (scored -1.5 above as no edge; +0.5 as one)
    if (
        given_tok is not None and len(given) == 2 and given_tok.pos in _WORD_POS and not (doubled and given not in g.nickname_not_doubled)
        and (given_tok.end == e or res.segmenter.knows(given_tok.text))
    ):  # (a given name glued to the date's 于 the dictionary lacks, 存辉于/n, is the segmenter's guess, no ordinary word)
        # 段高潮, 高水准: a surname character before an ordinary word (a doubled one, 黄/a 圆圆/n, is a
        # given name unless it is an ordinary word, 天天); but 丁/nr 春阳/t: jieba
        # tagged the surname alone as a name, the word after it is the given name
        score -= 0.5 if surname_alone is not None and surname_alone.pos in NAME_POS or glued_surname else 1.5
        score += 1.0 if glued_surname else 0.0
    if given_tok is not None and len(given) == 1 and given_tok.pos not in NAME_POS and given not in g.name_stop and given in given_chars:
        score += 1.0  # 周卫 / 东: the segmenter split the last given-name character off
    if len(given) == 1 and after_tok is not None and len(after_tok.text) == 1 and (
        after_tok.text in given_chars and after_tok.text not in g.name_stop or _rare_character(token_at, e, surnames)
    ) and not _opens_ordered_kin(text, e, g.kin_words):  # (岳飞 / 长/a / 子岳云: 长子, a son, follows the name)
        score -= 2.0 if g.after_de_at.at(text, e + 1) else 1.0  # the name probably goes on (周卫 / 东), surely before 的妻子 (吕斌 / 升 / 的妻子)
    elif len(given) == 1 and after_tok is not None and len(after_tok.text) == 2 and text[e + 1 : e + 3] in g.verbs_after_names and text[e] in given_chars:
        score -= 1.5  # 郝敏/nr 晨报/n 道: the name's last character glued to the verb after it (郝敏晨 / 报道)
    elif (
        len(given) == 1 and after_tok is not None and len(after_tok.text) >= 2
        and (after_tok.pos in _GLUED_TAIL_POS or len(after_tok.text) == 2 and _dated_at(text, after_tok.end - 1, _BEFORE_A_DATE))
        and after_tok.text[0] in given_chars and after_tok.text[0] not in g.name_stop
        and (after_tok.text[1] in g.name_stop or len(after_tok.text) == 2 and _dated_at(text, after_tok.end - 1, g.since_marks))
        and after_tok.text not in g.verbs_after_names
    ):
        score -= 1.5  # 钟露 / 野是/n, 龙斌 / 建之子/n, 周国 / 哲自/p 1990年, 熊波 / 升于/v 2000年: the segmenter glued the name's last character to the function character after it
    elif len(given) == 1 and char_after in given_chars and text[e] not in g.name_stop and g.after_de_at.at(text, e + 1):
        score -= 1.5  # 张涵 / 怡和/nz / 丈夫: the name goes on to the character before 和丈夫 (张涵怡 和丈夫)
    elif (
        len(given) == 1 and after_tok is not None and after_tok.text in g.name_final and after_tok.text not in CONJUNCTIONS
        and text[e + 1 : e + 2] in _AFTER_NAME and text[e + 1 : e + 2] != "的"
    ):
        score -= 1.5  # 李国 / 中、: a character that ends given names, then a pause: the name goes on (李国中)
    # 明成祖/nr 朱棣/ns: a ruler's or noble's title the segmenter tags as a name, right before the personal name
    ruler = before is not None and before.pos in NAME_POS and (
        len(before.text) >= 3 and before.text.endswith(g.title_endings) or len(before.text) == 2 and before.text[-1] in g.temple_titles
    )  # (宪宗/nrt 萧瑾: a temple name without its dynasty)
    ruler = ruler and not (whole is not None and whole.pos in _RULERS_VERB_POS)  # (齐桓公 / 任用/v 管仲: the ruler's verb, no name)
    cue = False
    if (
        before is not None and (before.text in context_before or len(before.text) > 2 and before.text[-2:] in context_before)
        or before is not None and (before.text in _COPULAS or before.text in _FIELD_COLONS) and (role := ending_at.get(before.start)) is not None and context_before.get(role.text) in ("role", "title")
        or before is None and text[p - 1 : p] in _COPULAS and (role := ending_at.get(p - 1)) is not None and context_before.get(role.text) in ("role", "title")
        or before is not None and before.text in _ASPECT and (verb := ending_at.get(before.start)) is not None and context_before.get(verb.text) in ("object", "speech")
        or ruler or titled or glued_kin or _kin_and_copula(text, p, before, glued, ending_at, g.kin_words)
        or p - 2 in starts and text[p - 2 : p] in context_before
        or p - 3 in starts and text[p - 3 : p] in context_before
        or p - 4 in starts and text[p - 4 : p] in context_before
        or p - 5 in starts and text[p - 5 : p] in context_before
        or before is not None and before.text == "人" and (home := ending_at.get(before.start)) is not None and home.pos == "ns"  # 江西吉安人 / 刘崧: a native of a place
    ):  # 记者 / 公司员工: a role word, alone or ending a compound, introduces a name (校长 / 为龙东/ns: the copula glued to it); so do a kin
        score += 2.5  # word and a copula (老公 / 是), and a cue the segmenter split (嫁给 / 了, 娶 / 了)
        score += 1.0 if ruler else 0.0  # (a ruler's title names the very person: 唐高宗 / 李治)
        cue = True
    if (
        after_tok is not None and after_tok.text in context_after or char_after in g.pseudonym_openers and g.pseudonym.match(text, e) or char_after in _NEVER_IN_NAMES
        or after_tok is not None and after_tok.text in g.cue_adverbs and context_after.get(_text_at(starting_at, after_tok.end)) in ("event", "speech")
        or char_after in g.cue_adverbs and (glued_to := token_at.get(e)) is not None and glued_to.start < e and glued_to.end == e + 1
        and context_after.get(_text_at(starting_at, e + 1)) in ("event", "speech")  # 朱琦已/nr 出任: the adverb glued to the name
        or (e in starts or last_across)
        and "event" in (context_after.get(text[e : e + 2]), context_after.get(text[e : e + 3]), context_after.get(text[e : e + 4]))
        or char_after == "对" and g.speech_to_press.match(text, e) is not None
        or char_after in g.role_after_openers and e in starts and g.role_after.match(text, e) is not None
        or char_after in g.post_verbs_glued and _two_char_word(token_at, e) and _post_ends_clause(text, e + 1, g.people_of_bodies)  # 林家 / 豪任/n 某公司总经理
        or after_tok is not None and after_tok.text in g.cue_adverbs and g.role_after.match(text, after_tok.end) is not None
        or char_after == "：" and len(given) == 2 and (p <= s0 or char_before in _BIO_LEAD) and is_cjk(text[e + 1 : e + 2] or "a")
        or char_after in _DATE_OPENERS and text[e - 1] not in g.name_stop and (dated := _DATE_AFTER_NAME.match(text, e)) is not None and (
            event_at(text, dated.end(), context_after)
            or whole is not None and (whole.pos in NAME_POS or whole.pos == "x") and text.startswith(g.founding_verbs, dated.end())
            and not (before is not None and len(before.text) == 1 and surnames.get(before.text))
        )  # (张謇/nr 于1902年创办, 林譞/x 于…: the segmenter's name (or its word of unknown characters) founding something in a year; a body founds too, so only with
        # its tag, and not after a surname standing alone: 贲 / 卫东/nr is 贲卫东)
        or after_tok is None and text[e : e + 2] in g.verbs_after_names
        or schooled or begat_glued or addressed or char_after in g.has_children_openers and g.has_children.match(text, e) is not None
        or _fills_kin_parentheses(text, p, e, s0, g.kin_words)  # 父（某某）
        or char_after in "（(" and (note := _NOTE.match(text, e)) is not None and (titled_after := starting_at.get(note.end())) is not None
        and context_after.get(titled_after.text) in ("title", "kinship")  # 某某（某军团总司令）夫人: a note, then a title
        or text[p - 1 : p] == _BY and text.startswith(g.founding_verbs, e) or founder  # 由某某创立, 由某某于1988年创立: a founder (沈川/ns is no place there)
        or char_after in _PAIR_JOINERS and g.marriage_after.match(text, e) is not None  # 黄沾 / 与歌星某某结婚: only people marry
        or char_after in _LOCATIVE_OPENERS and _acts_at_a_place(text, e + 1, starting_at, g)  # 许家/m 印在/p 广州 / 创办: what only people do, somewhere
    ):  # 某某 / 先后 / 就读于: an adverb between the name and what only people do (曾 / 担任, 也 / 表示), or a date (某某1988年生于, 某某2001年毕业于);
        # 某某对本报记者表示: speaking to the press; 某某：我们……: a speaker's label opening the sentence;
        # 某某是某公司的创始人, 某某担任某校校长: a post someone holds;
        # 莫/d 颖慧 / 出/v 生于: such a word the segmenter cut differently (出生于 read as 出 / 生于)
        # 某某 / 高中 / 就读于: only people go to school  # 表示, 先生 …; 某某（化名）: only people go by an alias; only people marry (某某娶/嫁); 育有,
        score += 2.5  # 早年 … even when the segmenter glued their first character to the name (林芳育/nr 有)
        cue = True
    elif _opens_biography(text, p, e, s0, g):
        score += 3.0  # 某某，男，1956年出生: a biography opens with the person's name
        cue = True
    elif (p <= s0 or char_before in _BIO_LEAD) and char_after in "，," and text[e + 1 : e + 2] in ("他", "她") and text[e + 2 : e + 3] != "们":
        score += 2.5  # 某某，他的父亲……: the pronoun right after takes up the name that opens the sentence
        cue = True
    elif g.after_de_at.at(text, e) or char_after == "的" and g.counted_kin_after.match(text, e):
        score += 2.5  # 某某的父亲, 某某和妻子, 某某的第三个儿子: kin words after 的, 和, 与 … only follow people
        cue = True
    if len(given) == 1 and char_after in given_chars and _glued_into_clause(text, e + 1, token_at, res, g):
        score -= 2.0  # 郭孔/nr 丞现/n 为: the character after the name ends it, glued to the clause's adverb (郭孔丞 is the name)
    if tier >= 3 and not cue and whole is not None:
        score -= 1.0  # 常 + 青树, 花 + 红: a word the dictionary holds, whose first character is a rare surname
    if founder:
        score += 0.5  # 由郭得胜于1972年创办: 由 and a date close the name on both sides, whatever words its characters make
    return score


# 某某有三个儿子, 某某膝下育有一子一女, 某某的六个儿子: only people have children (counted, right after the name)
_WHEN = "时"
_FROM = frozenset("自从")  # where someone came from (某某自美国回国, 某某从北京出发)
_PLACE_OR_BODY_TAGS = frozenset({"ns", "nt"})  # the segmenter's tags of a place's and a body's name
_SOURCE_PREPOSITIONS = frozenset("从向")  # prepositions of a source (记者从某某获悉, 向某某了解到)
_BY = "由"  # 由某某创立: by whom a body was founded, named between 由 and the verb
_ZHI = "之"
_FORMER_VERBS = frozenset("系任")  # after 原 (formerly): the copula of formal prose, the verb of a post
_TEACHES = "任教"
_WEEK = "周"  # what a weekday opens with (周二, 周末)
_TIME_TAG = "t"  # the segmenter's tag of a word of time (此前, 目前, 昨天)
_DAY_TIMES = frozenset({"凌晨", "黄昏", "傍晚", "午夜", "清晨", "晚间", "夜间"})  # times of day whose first character is a surname
_PLACE_TAG = "ns"  # the segmenter's tag of a place's name
_PLACE_UNITS = frozenset("府州县郡市区镇乡")  # the units of a place's administration, old and new
_TOWN_UNITS = frozenset("镇乡村")  # the units below a county
_CLASS_ENDS = frozenset("班系科")  # a school's classes and departments (高职班, 中文系, 预科)
_BORDERING = ("接壤", "交界", "毗邻", "相邻", "相接")  # what only places do with each other
_DYNASTY_AFTER = frozenset("时朝末初年代中")  # what follows a dynasty's name, never a person's (东晋时, 南宋末年)
_CLAN_MARK = "氏"  # after a surname: a married woman (王氏), a scholar (钱氏认为) or a family (陈氏兄弟)
_KIN_COPULAS = frozenset("为是：:")  # between a kin word and the relative's name (其母为某某, 妻：某某)


def _partner_named_before(text: str, s: int, firm_ends: Collection[int], kin_words: Collection[str]) -> bool:
    """A sure name, a conjunction and a kin word stand right before s (某某与妻子 / 某某): the relative named there."""
    for n in (2, 1, 3):
        k = s - n - 1
        if k >= 0 and text[s - n : s] in kin_words and text[k] in CONJUNCTIONS and k in firm_ends:
            return True
    return False


def _described_partner_at(text: str, k: int, firm_starts: Collection[int], context_before: Mapping[str, str]) -> bool:
    """A word for people opens text[k:] and a sure name follows it (与 / 女演员 / 孙某某): the partner a name is joined to."""
    return any(context_before.get(text[k : k + n]) in ROLE_WORD_KINDS and k + n in firm_starts for n in range(1, 5))


def _opens_ordered_kin(text: str, k: int, kin_words: Collection[str]) -> bool:
    """At ``k`` a word for a child by birth order (长子, 次女, 幼子, 长孙) begins."""
    return text[k : k + 1] in _BIRTH_ORDER and (text[k : k + 2] in kin_words or text[k : k + 3] in kin_words)


_BIRTH_ORDER = frozenset("长次幼")  # the first character of 长子, 次女, 幼子 …


def _kin_word_before(text: str, p: int, s0: int, kin_words: Collection[str]) -> bool:
    """A kin word ends right before text[p], perhaps then a copula (其母为 / 卞氏, 娶 / 王氏)."""
    k = p - 1 if p > s0 and text[p - 1] in _KIN_COPULAS else p
    return any(text[max(s0, k - n) : k] in kin_words for n in (1, 2, 3))


def _founder_before_date(text: str, p: int, e: int, founding_verbs: Sequence[str]) -> bool:
    """text[p:e] stands between 由 and a date, and a founding verb ends the clause after it (由某某于1988年在香港创办):
    the founder's name, the passive's agent, whatever verb its last character would open (生于).

    >>> t = "创维集团是由黄宏生于1988年在香港创办的"
    >>> verbs = ("创办", "创立")
    >>> _founder_before_date(t, 6, 9, verbs), _founder_before_date("他是由王立生于1988年出生的", 3, 6, verbs)
    (True, False)
    """
    by = text[p - 1 : p] == _BY or text[p - 1 : p] == _PERSON_CHAR and _BY in text[max(0, p - 4) : p - 1]  # (由邑人某某于…: a local, a merchant)
    if by and text[e : e + 1] == _ET_AL and (others := _OTHERS_FOUNDING.match(text, e)) is not None:
        if text.startswith(tuple(founding_verbs), others.end()):
            return True  # 由某某等人倡议创办: the first of the founders, the others left unnamed, then the founding verb
        e = others.end()  # 由某某等人于1919年创办: the date after them, read below
    if not by or text[e : e + 1] != "于" or _DATE_AFTER_NAME.match(text, e) is None:
        return False
    clause = _CLAUSE_END_CHARS.split(text[e : e + _FOUNDING_REACH], maxsplit=1)[0]
    return any(verb in clause for verb in founding_verbs)


_PERSON_CHAR = "人"  # what words for someone by where they come from or what they do end in (邑人, 商人, 乡人)
_ET_AL = "等"  # "and others": 由某某等人创办, the first founder named
_OTHERS_FOUNDING = re.compile("等人?(?:共同|联合|倡议|发起|合作|合伙|集资|出资)?")  # 由某某等人倡议创办: the others, then how they founded it
_FOUNDING_REACH = 30  # characters after the name within which the founding verb of 由某某于……创办 is looked for
_ZHI_PAUSES = frozenset("，。；、,;")


def _zhi_ends_name(text: str, e: int, before: Token | None, starting_at: Mapping[int, Token], context_before: Mapping[str, str]) -> bool:
    """A given name's last character 之 (沈敬之, 顾怀之): after a word that names a person (学者, 其父,
    教育家) and before a copula, a pause or a verb (之为, 之。, 之创建); never before a noun (某某之女,
    某某之妻: the possessive) or the particles a verb takes (之所以)."""
    if before is None or not (before.text in context_before or before.text[-2:] in context_before):  # (kin words are among them: 其父)
        return False
    nxt = text[e : e + 1]
    if nxt in _NAME_COPULAS or nxt in _ZHI_PAUSES or e >= len(text):
        return True
    word = starting_at.get(e)
    return word is not None and word.pos == "v" and len(word.text) >= 2


def _before_source_closer(text: str, e: int, g: Grammar) -> bool:
    """Whether a verb that closes a phrase of a source (获悉, 了解到) follows within a few
    characters of one clause: 从某某获悉, 从某某物流获悉, 从某某处获悉 (the preposition's object ends
    there, so a name that opens with the preposition is none)."""
    for k in range(e, min(e + 12, len(text))):
        if g.source_closers.at(text, k):
            return True
        if not is_cjk(text[k]):
            return False
    return False


_FOR_SOMEONE = frozenset("为给替帮携")  # prepositions of doing for or with someone, before a relative
_PARTICLE_POS = frozenset({"ug", "ul", "uz", "uv", "ud", "uj"})  # 过, 了, 着, 地, 得, 的: the segmenter's particles
_TIME_POSITIONS = frozenset("初末底")
_DATE_OPENERS = frozenset("0123456789０１２３４５６７８９一二于")  # what a year after a name opens with (于 2017年: its preposition)
_DATE_AFTER_NAME = re.compile(r"\s*(?:于\s*)?(?:[0-9０-９]{4}|[一二][〇零○一二三四五六七八九]{3})\s*年(?:[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?)?(?:[春夏秋冬]|初|底|末)?")
_BYLINE_END = frozenset("）)】] \u3000")


_LOCATIVE_OPENERS = frozenset("在于")
_CLAUSE_ENDS = frozenset("，,。；;！？!?")
_CLAUSE_STOPS = _CLAUSE_ENDS | frozenset("：:")  # (and a label's colon)


def _acts_at_a_place(text: str, k: int, starting_at: Mapping[int, Token], g: Grammar) -> bool:
    """A place's name (the segmenter's) starts at text[k], and what only people do (出生, 求学) or a founding verb (创办)
    right after it: 某某在广州创办某公司, 某某于上海出生."""
    place = starting_at.get(k)
    return place is not None and place.pos == _PLACE_TAG and (event_at(text, place.end, g.context_after) or text.startswith(g.founding_verbs, place.end))


def _placed_in_clause(text: str, k: int, s0: int) -> bool:
    """A locative 在 or 于 stands before text[k] in its clause, at most 16 characters back (在 /
    杭州 / 电子 / 工业 / 学院): what follows the body is done there."""
    for i in range(k - 1, max(s0, k - 16) - 1, -1):
        if text[i] in _CLAUSE_STOPS:
            return False
        if text[i] in _LOCATIVE_OPENERS:
            return True
    return False


_RULERS_VERB_POS = frozenset({"v", "vd", "vn", "d", "ad", "p", "c"})
_RARE_TAGS = frozenset({"x", "zg", "g", "nz", "l"})  # the segmenter's tags for a character it holds as no word of its own


def _rare_character(token_at: dict[int, Token], k: int, surnames: Mapping[str, int]) -> bool:
    """The character at ``k`` stands alone as a word the segmenter does not know (吴敬/nr 瑷/x,
    李世/nr 勣/zg): a rare character, which after a name is a given name's more often than not;
    not a surname, which opens the next name (刘礼 / 刘/zg 焉)."""
    tok = token_at.get(k)
    return tok is not None and tok.start == k and tok.end == k + 1 and tok.pos in _RARE_TAGS and is_cjk(tok.text) and tok.text not in surnames


def _text_at(starting_at: dict[int, Token], k: int) -> str:
    """The word that starts at k, "" for none."""
    word = starting_at.get(k)
    return word.text if word is not None else ""


def _bylined(text: str, p: int, e: int, e0: int, before: Token | None, context_before: dict[str, str]) -> bool:
    """（编辑 杨柳）: a role word right before (a space between allowed) and the end of the byline
    right after (a closing bracket, a space, the sentence's end) make a name even of an ordinary
    word; 董事长高兴地说 stays a word."""
    return before is not None and context_before.get(before.text) in ("role", "title") and (e >= e0 or text[e] in _BYLINE_END)


_ASPECT = frozenset({"了", "着"})
_CITY_OR_REGION = frozenset({"City", "Region"})  # a place a place may lie in (在上海吴淞), no country (在美国 + a name may be a person's)
_AFTER_NAME = frozenset("的，。、；：！？,.;:!?")
_PAUSES_AFTER_NAME = _AFTER_NAME - {"的"}
_EDGES_AFTER_NAME = _PAUSES_AFTER_NAME | CONJUNCTIONS | _NAME_COPULAS | {"在"}  # what may follow a name at once, never a word it starts


def _half_of_two_names(
    text: str, p: int, e: int, token_at: dict[int, Token], surnames: Mapping[str, int], two_people: Collection[str]
) -> bool:
    """text[p:e] is one half of a four-character word the segmenter tagged as a name that is two
    names of a common surname and one given character each, with a word for two people right
    after it (周航林慧/nr 夫妇: 周航 and 林慧; not 宋尚龙任/nr, a name and the verb 任)."""
    word = token_at.get(p)
    if word is None or word.pos not in NAME_POS or word.end - word.start != 4 or e - p != 2 or p not in (word.start, word.start + 2):
        return False
    first, second = text[word.start], text[word.start + 2]
    return surnames.get(first, 9) <= 2 and surnames.get(second, 9) <= 2 and text.startswith(tuple(two_people), word.end)


_CLAUSE_GOES_ON_POS = frozenset({"d", "ad", "v", "p"})  # an adverb, a verb or a preposition: the clause goes on after the subject


def _split_name_words(p: int, e: int, by_span: Mapping[tuple[int, int], Token], kin_words: Collection[str], surnames: Mapping[str, int]) -> bool:
    """The segmenter tagged both a surname with one given character (p to e - 1) and the character after it alone (e - 1
    to e) as names (方慧/nr 如/nr): one name of three characters it cut in two; not a kin word or a title it tagged a name
    before a surname opening the next name (孙子/nr 陈/nr, 高宗/nr 萧/nr 启明)."""
    head, tail = by_span.get((p, e - 1)), by_span.get((e - 1, e))
    return (
        head is not None and head.pos in NAME_POS and head.text not in kin_words and tail is not None and tail.pos in NAME_POS
        and not surnames.get(tail.text)
    )


def _tagged_name(token_at: dict[int, Token], k: int) -> bool:
    tok = token_at.get(k)
    return tok is not None and (tok.pos in NAME_POS or tok.pos == "x")


def _glued_after(token_at: dict[int, Token], e: int) -> bool:
    """陈家明 / 在: the segmenter made one word (明在) of a name's last character and the
    function character after it; the name still ends there."""
    return _two_char_word(token_at, e) and token_at[e - 1].pos in _GLUED_POS  # 生下/v is a verb, no glue


def _post_glued_before_org(
    text: str, p: int, e: int, token_at: dict[int, Token], starting_at: dict[int, Token], res: Resources, g: Grammar
) -> bool:
    """The segmenter's word at p runs one character past e, into the verb of a post (任, 兼), and
    an organization follows it (周明任/nr 浙江大学/nt 校长) or a post does in the same clause, at
    once or after a name (周航任/n 董事长, 林慧任/nr 星朗 / 集团 / 董事长): text[p:e] is the name."""
    word = token_at.get(p)
    if word is None or word.pos not in NAME_POS and word.pos != "n" or word.start != p or word.end != e + 1 or text[e : e + 1] not in g.post_verbs_glued:
        return False
    nxt = starting_at.get(e + 1)
    if nxt is None:
        return False
    if word.pos in NAME_POS and (nxt.pos == "nt" or (kind := known_type(nxt.text, res)) is not None and kind not in PLACE_TYPES):
        return True
    # (a note in parentheses inside the organization's name is passed over: 某某（控股）有限公司 / 董事长)
    clause = _CLAUSE_END_CHARS.split(_NOTE.sub("", text[e + 1 : e + 1 + _POST_REACH + _NOTE_REACH]), maxsplit=1)[0][:_POST_REACH]
    return any(title in clause for title in g.executive_titles) or any(clause.endswith(title) and len(clause) >= len(title) + 2 for title in g.people_of_bodies)  # (某大学校长)


_CLAUSE_END_CHARS = re.compile(r"[，,。；;！？、（(]")
_POST_REACH = 16  # characters after the verb of a post in which its title is looked for
_NOTE = re.compile(r"[（(][^（()）]{1,12}[)）]")  # a short note in parentheses (（集团）, (中国))
_NOTE_REACH = 14  # characters more read for the notes taken out of the clause


def _post_ends_clause(text: str, k: int, posts: Collection[str]) -> bool:
    """The clause from text[k] (a few words at most) ends with a post (某某鞋业总经理，): what someone holds."""
    clause = _CLAUSE_END_CHARS.split(text[k : k + 24], maxsplit=1)[0]
    return any(clause[-n:] in posts for n in range(2, min(6, len(clause)) + 1))


def _glued_into_clause(text: str, e: int, token_at: dict[int, Token], res: Resources, g: Grammar) -> bool:
    """The segmenter made one two-character word of a name's last character and what opens the clause after it:
    an adverb, in a word the dictionary lacks (郭孔 / 丞现/n 为), or a conjunction before a kin word (长女梁思 / 顺和/nz 长子)."""
    if not _two_char_word(token_at, e):
        return False
    after = text[e]
    if after in _GLUED_ADVERBS:
        return made_up_word(text[e - 1 : e + 1], res)
    return after in CONJUNCTIONS and (text[e + 1 : e + 3] in g.kin_words or text[e + 1 : e + 4] in g.kin_words)


def _two_char_word(token_at: dict[int, Token], e: int) -> bool:
    """The segmenter made one two-character word of the characters on either side of ``e``."""
    tok = token_at.get(e - 1)
    return tok is not None and tok.start == e - 1 and tok.end == e + 1


_BEGAT = "生"  # a genealogy's verb between a parent's and a child's name (某甲生某乙)


_VERBS_BEFORE_NAMES = frozenset("生立封")  # 某甲生某乙 (begat), 某帝立某氏为皇后 (made … empress), 封某某为王


def _begets_named(text: str, k: int, starting_at: dict[int, Token], surnames: Mapping[str, int], heirs: tuple[str, ...], verb: str = _BEGAT) -> bool:
    """At ``k``, right after 生, a name the segmenter tagged as one, of a surname and a given name,
    and then a list mark or a count of children (周立生 / 周文博/nr 、…, 周立生 / 周文博/nr 二子):
    a genealogy's "begat", not a given name ending in 生 (王海生 / 周一/t); after 立 or 封, the name
    and 为 (周立立 / 林慧 / 为皇后: 周立 made 林慧 empress), or a word for a child (``heirs``: 周立立 / 其子某某为太子)."""
    nxt = starting_at.get(k)
    if verb != _BEGAT and text.startswith(heirs, k):
        return True  # 周立立 / 儿子周文杰为太子, 周立封 / 其子: a ruler making a child heir or prince
    if nxt is None or nxt.pos not in NAME_POS or not 2 <= len(nxt.text) <= 3 or not surnames.get(nxt.text[0]):
        return False
    follow = text[nxt.end : nxt.end + 2]
    if verb != _BEGAT:
        return follow[:1] == "为" or nxt.text.endswith("为")  # (林慧为/nr: the segmenter glued 为 to the name)
    return follow[:1] in ("、", "和", "与", "及", "，", ",", "。") or follow[:1] in "一二两三四五六七八九十" and follow[1:] in ("子", "女", "个")


_AFTER_BEGAT = frozenset("了下有育出")  # what follows 生 when it means "gave birth" (生了, 生下, 生有, 生育)
_COUNTED_CHILDREN = re.compile("[一二两三四五六七八九十]+[子女男]")  # after 生: children counted (生三子, 生二女)
_NEVER_IN_NAMES = frozenset("娶嫁")  # verbs of marriage the segmenter glues to a name (王/nr 刚娶/n): the name ends before them
_ONE_CHARACTER_CHILD = frozenset("子女")  # 子, 女 after 其 or 之: a son, a daughter
_ITS = frozenset("其之")
_SIBLING_JOINS = frozenset("和与及、")  # between two siblings' names (白立新和白立强, 白立新、白立强)
_CHILD_COUNTS = frozenset("一二两三四五六七八九十长次幼")  # 一女, 两子, 长女, 次子: a child counted or ranked
_SEASON_ENDS = "季节"  # 春季, 夏季, 赛季, 春节: time words no name opens with
_WEDDING_VERBS = frozenset("立纳娶嫁聘")  # verbs of taking a wife or a consort the segmenter glues before her name (立林慧/nr 为皇后)
_GLUED_POS = frozenset({"p", "c", "d", "t", "u", "uj", "ul", "uz", "ug", "ud", "uv", "r", "f", "m", "y", "e", "o"})


_WORD_POS = {"n", "d", "vn", "an", "i", "l", "ad", "t", "s", "f"}
_ADVERB_POS = frozenset({"d", "ad"})
_PEOPLE_COUNT = re.compile(r"[两二三四五六七八九十几]人")  # 韩某三人/nr 发起设立: a count of the people listed, glued to the last name
_RULERS_RANKS = frozenset("王帝")  # 武王, 文帝: after a posthumous character, a ruler's rank (no given name before a personal name)
_GLUED_ADVERBS = frozenset("现")  # 叶某中现/nr 分别担任: an adverb of the clause after the name, glued to it by the segmenter



def _player_in_clause(tokens: Sequence[Token], j: int, g: Grammar, res: Resources) -> bool:
    """In a match report, the clause after a name (tokens[j:] up to its end) holds what only a
    player or a coach does or has (受伤, 助攻, 头球 …; 帮助 / 球队: the name helps a team, so is none;
    ``player_clause`` in mentions.toml), or it helps or leads a club the gazetteer knows (帮助 /
    巴黎 / 圣日耳曼, ``player_helps``): the name is a person's, not a club's."""
    for k in range(j, min(len(tokens), j + 10)):
        word = tokens[k].text
        if word in _CLAUSE_ENDS:
            return False
        if word in g.player_clause or k > j and tokens[k - 1].text + word in g.player_clause:
            return True
        if word in g.player_helps and _known_club_at(tokens, k + 1, res):
            return True
    return False


_CLUB_TYPES = frozenset({"Organization", "City"})


def _known_club_at(tokens: Sequence[Token], k: int, res: Resources) -> bool:
    """Whether one to three words from tokens[k] name an organization the gazetteer knows (巴黎 / 圣日耳曼),
    or a city, which names its club in a match report (带领 / 巴塞罗那)."""
    run = ""
    for token in tokens[k : k + 3]:
        run += token.text
        entry = res.gazetteer.lookup(run)
        if entry is not None and res.gazetteer.entries[entry].type in _CLUB_TYPES:
            return True
    return False


def _person_cue(tokens: Sequence[Token], i: int, j: int, res: Resources, text: str = "") -> bool:
    """Is the run tokens[i:j] introduced or followed by a word that only goes with people, or
    does it open a biography (某某，男，…)?"""
    g = compiled_grammar(res)
    names = res.names
    before = tokens[i - 1].text if i > 0 else ""
    after = tokens[j].text if j < len(tokens) else ""
    if before in names.context_before or before in g.player_before or after in names.context_after or after in g.player_after:
        return True
    if text and j < len(tokens) and event_at(text, tokens[j].start, names.context_after):
        return True  # 莎士比亚/ns 出/v 生于: what only people do, the segmenter's words cut across it
    if len(before) > 2 and any(names.context_before.get(before[-n:]) in ("role", "title") for n in (2, 3, 4) if n < len(before)):
        return True  # 德国总理/nr 默茨: a word for people ends the segmenter's word before the name
    if text and j < len(tokens) and (g.after_de_at.at(text, tokens[j].start) or g.counted_kin_after.match(text, tokens[j].start) is not None):
        return True  # 某某 / 的 / 儿子, 某某 / 和 / 妻子, 某某 / 的第三个儿子: a phrase after the name that only follows people's names
    if after in g.player_adverbs and j + 1 < len(tokens) and tokens[j + 1].text in g.player_after:
        return True  # 某某 / 首次 / 入选, 某某 / 再次 / 破门
    if after in g.role_verbs and j + 1 < len(tokens) and (
        tokens[j + 1].text in g.player_before or names.context_before.get(tokens[j + 1].text) in ("role", "title")
    ):
        return True  # 某某 / 作为 / 主帅, 某某 / 担任 / 队长: the role the name holds
    if after in _COPULAS:  # 某某 / 是 / 一名 / 球员: the copula and a word for people after it
        k = j + 1
        while k < len(tokens) and k <= j + 2 and tokens[k].text in g.people_describers:
            k += 1
        if k < len(tokens) and names.context_before.get(tokens[k].text) in ("role", "title"):
            return True
        for m in range(k, min(len(tokens), j + 9)):  # 是 / 一名 / 已经 / 退役 / 的 / 西班牙 / 足球 / 运动员 / 。
            if tokens[m].text in _CLAUSE_ENDS:
                break
            if names.context_before.get(tokens[m].text) in ("role", "title") and (m + 1 == len(tokens) or tokens[m + 1].text in _CLAUSE_ENDS):
                return True  # the clause after the copula ends in a word for people: this is one
    return bool(text) and j > i and _opens_biography(text, tokens[i].start, tokens[j - 1].end, tokens[0].start, g)


_BIO_LEAD = frozenset("。！？；\n 　：:\u00a0")


def _opens_biography(text: str, p: int, e: int, s0: int, g: Grammar) -> bool:
    """text[p:e] opens its sentence (or follows a colon, a space or a fact box's heading: 简介某某)
    and is followed by what only follows a person's name there: 张三，男，…; 李四，1956年出生;
    王五（1920年—2000年）; 某某  国籍：…."""
    if g.bio_after_openers is not None and text[e : e + 1] not in g.bio_after_openers or g.bio_after.match(text, e) is None:
        return False  # (the character after the name tested first: most candidates fail there, without a call of the engine)
    if p <= s0 or text[p - 1] in _BIO_LEAD:
        return True
    return any(text.startswith(h, p - len(h)) and (p - len(h) <= s0 or text[p - len(h) - 1] in _BIO_LEAD) for h in g.bio_headings)


def _foreign_run(tok: Token, g: Grammar) -> bool:
    if tok.pos in ("v", "q", "d", "p", "m") and len(tok.text) > 1:
        return False  # 提高, 不断: ordinary words written with transliteration characters
    return tok.pos in _FOREIGN_POS and all(c in g.translit for c in tok.text)  # (no set built of the word's characters)


_OF_A_PLACE = frozenset("人籍")  # after a place: someone from there (宁波人), of its nationality (韩国籍)
_BEFORE_A_DATE = frozenset("于在自")  # prepositions that put a date after a name (某某于2005年结婚)


def _word_for_people_reaching_in(text: str, lo: int, s: int, end: int, context_before: Mapping[str, str]) -> int:
    """How many characters (0, 1 or 2) at ``s``, a foreign name's start, end a word for people that
    begins before it (铁路大 / 亨利兰: 大亨, a tycoon), leaving two characters of the name at least
    before ``end``; text before ``lo`` is not looked at.

    >>> _word_for_people_reaching_in("铁路大亨利兰·斯坦福", 0, 3, 6, {"大亨": "role"})
    1
    """
    return next((k for k in (1, 2) if end - s - k >= 2 and any(s - n >= lo and text[s - n : s + k] in context_before for n in (1, 2, 3))), 0)


def _dated_at(text: str, k: int, marks: Collection[str]) -> bool:
    """text[k] is one of ``marks`` (自, 于 …) with a year's first digit right after it (自2003年)."""
    return text[k : k + 1] in marks and "0" <= text[k + 1 : k + 2] <= "9"
_FOREIGN_POS = {"nr", "nrt", "nrfg", "ns", "nz", "n", "j", "v", "l", "q", "d", "p", "m", "zg"}  # (zg: a character the dictionary holds as no word, 姆巴/nrt 佩/zg)


def _bridge(tokens: Sequence[Token], j: int, i: int, g: Grammar) -> bool:
    """A one-character word of any tag between two transliterated names' words joins them
    (卡拉/nrt 高/a 夫斯基/nrt: one name, not 卡拉 and 夫斯基)."""
    t = tokens[j]
    return (
        j > i and len(t.text) == 1 and t.text in g.translit and j + 1 < len(tokens)
        and tokens[j - 1].pos == "nrt" and tokens[j + 1].pos == "nrt" and _foreign_run(tokens[j + 1], g)
    )


def foreign_names(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """Transliterated names without a dot (斯皮尔伯格, 舍甫琴科): runs of transliteration tokens.

    In a sentence about matches, a run that no person word introduces is a team (里昂 主场 …);
    otherwise a run jieba tags as a person is a person, and one it tags as a place is a place.
    Without a word for people around it, the run is a place where the sentence places it: after
    a verb of going or birth or a kind of place (前往 / 某某, 南部城市 / 某某), after a placed place
    and 的 (在 / 某国 / 的 / 某某), or said to be one (某某 / 是 / 一座 / 古城). After a word that only
    goes with people (导演, 总统, 儿子) its words may carry any tag (基/a 库拉/nrt).
    """
    g = compiled_grammar(res)
    names = res.names
    if not tokens:
        return
    sports = is_sports(text, tokens[0].start, tokens[-1].end, res)
    people: set[str] = set()  # names a cue made people's in this sentence
    i = 0
    translit = g.translit
    tokens = list(tokens)
    while i < len(tokens):
        tok = tokens[i]
        word = tok.text  # (read once for the tests below, which most words fail)
        if (
            word[0] in CONJUNCTIONS and len(word) >= 3 and all(c in translit for c in word[1:]) and not all(c in translit for c in word)
            and i + 1 < len(tokens) and _foreign_run(tokens[i + 1], g)
        ):
            word = word[1:]
            tok = tokens[i] = Token(word, "nrt", tok.start + 1, tok.end)  # 乔治二世 和克利/nz 普拉: the conjunction glued to the name's first part
        opening = i == 0 and len(tokens) > 1 and _foreign_run(tokens[1], g)  # 比/p 尔巴/nrt …: a sentence's first word opens a name
        if tok.pos == "p" and not opening or not all(c in translit for c in word) or word in g.glued:
            i += 1  # (a preposition opens no name: 效力于 / 贝尔格莱德, not 于贝尔格莱德, 让/v 彭敏/nr; most words are no transliteration)
            continue
        cued = i > 0 and names.context_before.get(tokens[i - 1].text) in PERSON_WORD_KINDS
        if not (_foreign_run(tok, g) or cued and _cued_part(tok, g, res)):
            i += 1
            continue
        start_at = j = i
        while j < len(tokens) and (_foreign_run(tokens[j], g) or _bridge(tokens, j, i, g) or cued and _cued_part(tokens[j], g, res)) and j - i < 4 and (
            j == i or tokens[j].text != tokens[j - 1].text and names.context_after.get(tokens[j].text) != "title"
        ):  # (金山/nr 博士: a title after the name is no part of it)
            j += 1
        run = list(tokens[i:j])
        while len(run) > 1 and len(run[-1].text) == 1 and run[-1].text in g.name_stop and run[-1].pos not in NAME_POS:
            run.pop()  # 宋杨 / 比: a function character after the name is no part of it
        while len(run) > 1 and run[0].text in g.not_team:
            run, start_at = run[1:], start_at + 1  # 本赛季/nr / 富勒姆: a word of a match report before the name
        popped = 0
        while len(run) > 1 and run[-1].text in g.not_team:
            run.pop()  # 奥斯兰德 / 本赛季/nr: … or after it (what follows it still tells what the name is: 本赛季 / 打进)
            popped += 1
        titled = start_at + len(run) < len(tokens) and tokens[start_at + len(run)].text in g.noble_after_name  # 挪威 / 英格丽德 / 公主
        country_first = len(run) > 1 and not sports and known_type(run[0].text, res) in ("Country", "Region")
        if country_first:  # 巴西 / 圣保罗/nr, 海南 / 文昌/nr: a known country or province and a name right after it, no title
            run, start_at = run[1:], start_at + 1  # between: a place in the country, not a person (but a princess before her title)
        in_country = country_first and not titled
        s, e = run[0].start, run[-1].end
        s += _word_for_people_reaching_in(text, tokens[0].start, s, e, names.context_before)  # 大 / 亨利/nrt 兰: 大亨, then 利兰
        if e - s >= 3 and _dated_at(text, e - 1, _BEFORE_A_DATE):
            e -= 1  # 杜东于/nr 2005年: a preposition of time the segmenter glued to the name
        elif run[-1] is tokens[j - 1] and j < len(tokens) and _glued_tail(tokens[j], g, res):
            e += 1  # 图尔/nrt 宁是/v: the name's last character glued to the copula after it
        word = text[s:e]
        tags = {t.pos for t in run}
        named = bool(tags & (NAME_POS | {"ns"}))
        chinese = (
            len(word) <= 3 and names.surnames.get(word[0], 9) <= 2 and "nrt" not in tags
            and all(c in names.given_chars for c in word[1:])
        )
        i = j
        if word in names.not_names or word in g.pos_stop or word in g.not_team or chinese:
            continue  # 本赛季/nr: a word of a match report that names nothing
        after = start_at + len(run) + popped
        if after < len(tokens) and (
            names_a_thing(tokens[after].text, g) or tokens[after].text in g.not_person_before
            or len(tokens[after].text) == 1 and after + 1 < len(tokens) and is_cjk(tokens[after].text) and _CJK_RUN.fullmatch(tokens[after + 1].text) is not None
            and names_a_thing(tokens[after].text + tokens[after + 1].text, g)
        ):
            continue  # 卡尔森中心, 莫里斯美术馆, 某某 / 大 / 教堂: the head of a longer name; 某某最佳导演: a prize
        known = known_type(word, res)
        head = None if cued or in_country or known is not None else next(
            ((w, kind) for w, kind in g.organization_heads_before if text.endswith(w, 0, s)), None
        )
        if head is not None and len(word) >= 2 and (tags & _TRANSLIT_NAME_TAGS or not res.segmenter.knows(word)) and _described_head(
            tokens[max(0, start_at - 3) : start_at], s - len(head[0]), s
        ):
            yield Mention(word, head[1], s, e, sentence, "translit")
            continue  # 机器人公司 / 库卡: a described kind of body right before the name, as before a Latin name (在公司 / 某某: none;
            # 协会 / 英文/nz 全称: a word of the dictionary)
        # (导演 / 巴西: a known country, not a name; 丈夫 / 英文/nz: a word of the dictionary)
        cued = cued and not in_country and all(_cued_part(t, g, res) for t in run) and known is None
        if cued and len(word) == 2 and after < len(tokens):
            role = tokens[after].text  # 女子 / 登山 / 运动员: the field of the word for people after it, no name
            cued = not (names.context_before.get(role) == "role" and role not in names.context_after)
        if len(word) < 2 or (len(word) == 2 and not (tags & {"nrt", "nr"}) and not sports and not cued and not (
            after < len(tokens) and event_at(text, tokens[after].start, names.context_after)
            and not (start_at > 0 and tokens[start_at - 1].text in g.locative)
        )):  # (普京/ns 出/v 生于: what only people do right after two characters; not after 在: 在某地出生 is the place's)
            continue
        if not named and len(word) < 4 and not cued:
            continue
        person = _person_cue(tokens, start_at, after, res, text) or word in people
        person = person or sports and _player_in_clause(tokens, after, g, res)  # 某某在第35分钟头球破门, 某某此役送出两次助攻
        if not person and not sports and after < len(tokens) and _admin_tail_word(tokens[after].text, g):
            tail = tokens[after]  # 阿克/nrt 伦市/ns: the segmenter cut the city's name before its last character
            yield Mention(text[s : tail.end], "Place", s, tail.end, sentence, "pos")
            continue
        went = start_at > 0 and _going_to_a_place(tokens[start_at - 1], tokens[start_at - 2] if start_at > 1 else None, g)
        went = went and not (after < len(tokens) and tokens[after].text in g.places_of_people)  # (前往 / 某某 / 家中: a person's home)
        went = went or _held_at(text, tokens, start_at, after, g)
        if not person and not sports and (_placed_after_de(tokens, start_at, res, g) or went or _said_to_be_a_place(tokens[after : after + 8], g)):
            yield Mention(word, "Place", s, e, sentence, "pos")  # 在德国的 / 维斯巴登, 法国南部的 / 某某, 前往 / 某某: a place
            continue
        if person and sports and after < len(tokens) and tokens[after].text in g.player_before and word not in people:
            before = tokens[start_at - 1].text if start_at > 0 else ""
            person = before in names.context_before or before in g.player_before  # 某某队长/主帅 某某: the team's
        if sports and ("ns" in tags or known in PLACE_TYPES) and start_at > 0 and tokens[start_at - 1].text in g.locative:
            continue  # 到希腊打客场, 生于/阿尔巴尼亚/nrt: the country, not its team (the gazetteer has the place)
        if (in_country or start_at > 0 and tokens[start_at - 1].pos == "ns" and tokens[start_at - 1].end == s and not sports) and not titled:
            yield Mention(word, "Place", s, e, sentence, "pos")  # 加州圣莫尼卡: a place in a place (挪威 / 英格丽德 / 公主: a princess)
        elif sports and not person and len(word) >= 2 and not g.place_label.search(text, max(0, s - 10), s):
            player = after < len(tokens) and (
                tokens[after].text in g.country_players or tokens[after].text in g.origin_marks
                or tokens[after].text in g.player_sports and after + 1 < len(tokens) and tokens[after + 1].text in g.country_players
            )
            if player and known == "Country":
                continue  # 巴西球员, 荷兰门将, 尼日利亚足球运动员, 巴西籍球员: the player's country (the gazetteer has it), not a club
            yield Mention(word, "Organization", s, e, sentence, "team")  # (国籍：某国 is the country)
        elif person or (tags & {"nrt", "nrfg"} or "nr" in tags) and len(word) >= 3:
            if person:
                people.add(word)  # one sense per sentence: a player's fact box names him again later
            yield Mention(word, "Person", s, e, sentence, "translit")  # two characters (安德, 米拉) need a cue
        elif "ns" in tags and len(word) >= 3:
            yield Mention(word, "Place", s, e, sentence, "pos")


_ROLE_LENGTHS = (2, 3, 4, 5)  # the lengths of the words for people that may end on a surname character (法官, 执行官, 首席执行官)


def _described_head(before: Sequence[Token], k: int, s: int) -> bool:
    """The kind of body ending at ``s`` (its first character at ``k``) has words of description before it (机器人 /
    公司, 游戏 / 开发商, one word 医疗器械公司): the word that ends at ``k``, or holds the kind, is a noun or an adjective,
    no preposition (在 / 公司: the company one is at)."""
    return any((t.end == k or t.start < k and t.end == s) and t.pos in _DESCRIBING_POS for t in before)


_TRANSLIT_NAME_TAGS = frozenset({"nrt", "nr", "nrfg"})  # the segmenter's tags of a (transliterated) name
_DESCRIBING_POS = frozenset({"n", "nz", "vn", "a", "b", "an", "j", "eng", "ns", "nt", "l"})


def _person_word_ends(text: str, k: int, s0: int, starts: set[int], words: Mapping[str, str]) -> bool:
    """A word for people (``context_before``) that starts at a word of the segmenter's ends at k."""
    return any(k - n in starts and text[k - n : k] in words for n in _ROLE_LENGTHS if k - n >= s0)


def _cued_part(tok: Token, g: Grammar, res: Resources) -> bool:
    """After a word that only goes with people (导演 / 基/a 库拉/nrt, 总统 / 法塞/ns, 前锋 / 基克皮/n),
    a word of transliteration characters is part of a foreign name whatever its tag: one
    character, a word the dictionary lacks, or one it tags as a name or a place."""
    word = tok.text
    if len(word) > 3 or not all(c in g.translit for c in word) or tok.pos in ("p", "c", "u", "uj", "x", "m"):
        return False
    return len(word) == 1 or tok.pos in NAME_POS or tok.pos == "ns" or not res.segmenter.knows(word)  # (丈夫 / 英文/nz: a word)


def _going_to_a_place(word: Token, before: Token | None, g: Grammar) -> bool:
    """``word`` (with ``before`` it, if any) is a verb of going or birth or a kind of place, so a
    name right after it is a place (前往 / 某某, 出生 / 在 / 某某, 移居 / 到 / 了 / 某某, 南部城市 / 某某)."""
    return word.text in g.place_verbs or word.text in g.place_kinds or before is not None and before.text + word.text in g.place_verbs


def _nothing_held(text: str, k: int) -> bool:
    """What follows a verb of holding that ends at k names nothing held: the clause ends, or 的
    or 了 and the clause's end follow (举行。, 举行的年会, 召开了，)."""
    if text[k : k + 1] == "了":
        k += 1
    return k >= len(text) or text[k] == "的" or not (is_cjk(text[k]) or text[k].isalnum())


def _held_at(text: str, tokens: Sequence[Token], i: int, j: int, g: Grammar) -> bool:
    """tokens[i:j] stand between 在 and a verb of holding with no object after it, so they name
    where something is held (决赛在 / 温布利/nr / 举行。, 在 / 某某 / 召开 / 的 / 年会); with an object
    they are who holds it (在 / 某某 / 举行 / 婚礼 / 前: a person). So do those between 在 and a verb of
    founding, unless 的 follows it (在 / 阿姆霍特 / 创立; 在 / 某某 / 创立 / 的 / 公司 is his company)."""
    if not (i > 0 and tokens[i - 1].text == "在" and j < len(tokens)):
        return False
    if tokens[j].text in g.founding_verbs:  # 在 / 阿姆霍特 / 创立(了某公司): where it was founded (not 在 / 某某 / 创立 / 的 / 公司: his)
        return not text.startswith("的", tokens[j].end)
    return tokens[j].text in g.held_verbs and _nothing_held(text, tokens[j].end)


def _said_to_be_a_place(following: Sequence[Token], g: Grammar) -> bool:
    """The words after a name open with the copula, and the clause says what kind of place the
    name is (某某 / 是 / 一座 / 美丽 / 的 / 城市)."""
    if not following or not (following[0].text in _COPULAS or following[0].text[-1:] in _COPULAS and len(following[0].text) == 2):
        return False  # (图尔 / 宁是/v: the copula glued to the name's last character)
    last = None
    for t in following[1:8]:
        if t.pos == "x":
            break
        last = t
    return last is not None and last.text in g.place_kinds  # the clause's last word (not 这座城市 / 的 / 市长)


def _words_from(starting_at: dict[int, Token], k: int, n: int) -> list[Token]:
    """Up to n words of the segmenter's from offset k on."""
    out: list[Token] = []
    while len(out) < n and (word := starting_at.get(k)) is not None:
        out.append(word)
        k = word.end
    return out


def _glued_tail(tok: Token, g: Grammar, res: Resources) -> bool:
    """A transliteration character and a character that ends no name in a word the dictionary
    lacks (宁是/v, 斯说/v), or a kin word after a name (斯之子/nr): the last character of the name
    before it, glued to the next word."""
    word = tok.text
    if len(word) < 2 or word[0] not in g.translit:
        return False
    if word[1] == "之" and res.names.context_after.get(word[1:]) == "kinship":
        return True  # (the dictionary's odd entries aside: it holds 斯之子/nr)
    return len(word) == 2 and word[1] in g.name_tails and not res.segmenter.knows(word)


def _admin_tail_word(word: str, g: Grammar) -> bool:
    """A transliteration character and an administrative ending as one word (伦市, 斯州)."""
    return len(word) == 2 and word[0] in g.translit and word[1] in ADMIN_CHARS


def _placed_place_before(de: Token, ending_at: dict[int, Token], res: Resources, g: Grammar) -> bool:
    """The 的 ``de`` follows a placed place (see ``_placed``): what follows it is a place in it."""
    place = ending_at.get(de.start)
    first = ending_at.get(place.start) if place is not None else None
    return place is not None and first is not None and _placed(first, place, res, g)


def _placed_after_de(tokens: Sequence[Token], k: int, res: Resources, g: Grammar) -> bool:
    """tokens[k] follows a placed place and 的 (在 / 德国 / 的 / 某某, 法国 / 南部 / 的 / 某某): a
    place in that place, not a person."""
    return k >= 3 and tokens[k - 1].text == "的" and _placed(tokens[k - 3], tokens[k - 2], res, g)


def _placed(first: Token, place: Token, res: Resources, g: Grammar) -> bool:
    """``place`` is a place after a locative (在 / 德国) or a direction after a place (法国 / 南部)."""
    if place.text in g.directions:
        return first.pos == "ns" or known_type(first.text, res) in PLACE_TYPES
    return (place.pos == "ns" or known_type(place.text, res) in PLACE_TYPES) and first.text in g.locative


def noble_names(
    text: str, tokens: Sequence[Token], sentence: int, res: Resources, places: dict[int, tuple[int, str]]
) -> Iterator[Mention]:
    """Court and noble titles that name one person with the name before them: a surname and a
    consort's title (某皇后, 某夫人, 某贵妃), or a two-character reign, posthumous or fief name
    and a royal title (某某公主, 某某天皇, 某某帝), or a ruler's temple name, a dynasty, one
    character and 宗 or 祖 (宋某宗, 元某祖). ``places`` maps the start of a gazetteer
    place to its end and type: a country never names a titled person (某国天皇 is an office),
    and no place does before an office title (罗马皇帝).

    The name before the title must start a word or follow a boundary character (封为 + 某某公主),
    and the title must end a word, so a title inside a longer word or after a full name stays out.
    The lords of the old states are named by the state, a posthumous name and the rank (赵武灵王,
    齐桓公: ``lord``).
    """
    if not tokens:
        return
    g = compiled_grammar(res)
    index = token_index(tokens)  # (shared with the other readers of the sentence: read only)
    starts, ends, by_span = index.starts, index.ends, index.by_span
    lo, hi = tokens[0].start, tokens[-1].end
    for m in g.noble.finditer(text, lo, hi):
        title = m.group()
        # a temple name's 宗 the segmenter glued to the personal name after it (宋徽 / 宗赵佶) still ends it
        if m.end() not in ends and not (title in g.temple_titles and (m.start() - 2, m.start()) in by_span and res.names.surnames.get(text[m.end() : m.end() + 1])):
            continue
        for size in (2, 1):
            temple = size == 2 and title in g.temple_titles  # 宋 / 徽 / 宗: a dynasty and one character
            if title not in (g.noble_after_name if size == 2 else g.noble_after_surname) and not temple:
                continue
            p = m.start() - size
            name = text[p : m.start()]
            if temple and (p < lo or name[0] not in g.dynasties or not is_cjk(name[1]) or name[1] in g.name_stop):
                continue
            if p < lo or not all(is_cjk(c) and c not in _NUMERALS and (size == 1 or c not in g.name_stop) for c in name) or name in g.noble_not_names:
                continue
            if size == 2 and name in g.kin_words and not res.names.surnames.get(name):
                continue  # 儿子 / 王子/nr 轩: a kin word before a name that opens with the title's characters (王子轩; 长孙皇后 is a surname's)
            if size == 2 and name[0] in _ONE_CHARACTER_KIN and res.names.surnames.get(name[1]):
                continue  # 母 / 刘皇后: a kin word glued before a surname and a consort's title
            if size == 1 and _ordinal_ren(text, p, lo):
                continue  # 第三 / 任夫人: the third wife, no Madame Ren
            after_dynasty = p - 1 >= lo and text[p - 1] in g.dynasties and title in g.noble_office  # 北魏 / 道武帝
            kin_before = text[p - 1] in _ONE_CHARACTER_KIN and (p - 1 == lo or not is_cjk(text[p - 2]))  # ，母 / 文德皇后: a kin word glued on
            if not (p in starts or p == lo or text[p - 1] in g.name_stop or not is_cjk(text[p - 1]) or after_dynasty or kin_before):
                continue
            if size == 1 and any(t.start < p < t.end for t in tokens):
                continue  # 王中山 / 夫人: the end of a word of the segmenter's (a name, 中山/ns), no surname (a man's 夫人 is his wife)
            word = by_span.get((p, m.start()))
            if word is not None and word.pos in _NOT_TITLED_POS and not (size == 2 and res.names.surnames.get(name)):
                continue  # 现存/v 公主: a verb or an adverb before the title, no name (but 独孤/v 皇后: a compound surname)
            if size == 1 and (res.names.surnames.get(name) is None or name in g.name_stop and (p, m.end()) not in by_span):
                continue  # 和 / 夫人: a function character that is also a surname names someone only as one word (万贵妃/nr)
            if title in g.noble_office and name[-1] in _REALM_ENDS:
                continue  # 宋朝皇帝, 某国天皇: the office of a realm
            if size == 2 and p > lo and text[p - 1] in _OPENING_QUOTES and text[m.end() : m.end() + 1] in _CLOSING_QUOTES:
                continue  # “体操王子”李宁, “钢琴王子”: a title quoted alone is an epithet, nobody's name
            place = places.get(p)
            if place is not None and place[0] == m.start() and (place[1] == "Country" or title in g.noble_office):
                continue
            p -= 1 if after_dynasty else 0  # the dynasty is part of the designation, as in 宋太祖: 魏 / 道武帝
            if title in g.noble_office and p - 1 >= lo and text[p] in g.dynasties and text[p - 1] in DYNASTY_SIDES:
                p -= 1  # and so is the side or order that names it: 北魏道武帝, 北周武帝
            elif title == _EMPEROR_OF_JAPAN and p - 1 >= lo and text[p - 1] == "后" and (p - 1 == lo or not is_cjk(text[p - 2]) or text[p - 2] in _BEFORE_LATER):
                p -= 1  # 后 / 伏见天皇: "the later", part of the name (后醍醐天皇), not "after" (此后, 战后)
            yield Mention(text[p : m.end()], "Person", p, m.end(), sentence, "noble")
            break
    for m in g.lord.finditer(text, lo, hi):  # 赵武灵王, 齐桓公: a state, a posthumous name and a rank
        p, e = m.start(), m.end()
        if not (p in starts or p == lo or not is_cjk(text[p - 1]) or text[p - 1] in g.name_stop):
            continue
        if not (e in ends or e >= hi or not is_cjk(text[e]) or text[e] in g.name_stop):
            continue  # 宋文公 / 司: the rank's character opens a word of its own (公司), no lord
        yield Mention(m.group(), "Person", p, e, sentence, "noble")


_NUMERALS = frozenset("一二三四五六七八九十百千两几")
_JUNIOR = "小"  # before a foreign name: "Junior" (小罗伯特·唐尼)
_EMPEROR_OF_JAPAN = "天皇"
_BEFORE_LATER = frozenset("的是为与和及、由被让给")  # what comes before a name opening with 后 ("the later"), never before 后 "after"
_GLUED_TAIL_POS = frozenset({"n", "v", "ng", "vg", "nr", "l", "p"})  # what the segmenter tags a given name's last character glued to 是, 于 …
DYNASTY_SIDES = frozenset("北南东西前后")  # 北魏, 东汉, 后周: a dynasty named by its side or its order
_NOT_TITLED_POS = frozenset({"v", "vd", "d", "p", "c", "r", "m", "uj", "ul", "ad"})  # not t: reign names (嘉靖/t) are tagged as times
_REALM_ENDS = frozenset("朝国代族界")
_OPENING_QUOTES = frozenset("“「『\"'")
_CLOSING_QUOTES = frozenset("”」』\"'")
