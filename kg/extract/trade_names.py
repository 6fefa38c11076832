"""Firms called by their trade name and line of business alone: 星河科技, 鼎航游戏, 泰佳置业.

A Chinese enterprise name is the area of registration, the trade name (字号), the line of business
(行业) and the legal form (kg.extract.firm_names); news and filings call a firm by the middle two
(某某科技 宣布 …, 某某地产 董事长 …) without any ending the suffix grammar could read. The trade name
is mostly a word coined for the firm, which the segmenter's dictionary lacks: two characters it put
together itself (its guess at a word it does not know, whatever it tags it). Such a word right
before one or two lines of business that are nouns (``trade_words``, ``business_lines`` in
``data/patterns/mentions.toml``; not the verbs of ``registered_name_verbs``, 销售, 制作 …, which
name a firm's trade only inside a registered name) is read as the firm's name, also after a
preposition the segmenter glued to it (从泰海/ns 汽车). A dictionary word before them (发展 / 科技,
知名 / 投资) is not, unless it is a noun opening its clause and what follows says a firm is meant
(星河 / 地产 / 旗下, 蓝鲸 / 游戏 / 发布公告: ``firm_cues_after``); nor is a locative (店内/f), nor a line
of business used as a verb (某某 / 投资/v 了: a person investing), nor the head of a longer name
(某某金融 / 商务区, read by the suffix grammar) or of a person's role (某某 / 制作 / 人), so the
reading of a made-up name does not depend on the rest of the sentence.

>>> from kg.resources import default_resources
>>> r = default_resources()
>>> t = "鼎航游戏发布公告称，公司上半年净利润增长两成。"
>>> [(m.text, m.type) for m in trade_name_firms(t, r.segmenter.tokens(t), 0, r)]
[('鼎航游戏', 'Company')]
>>> t = "他们正在发展科技产业。"
>>> list(trade_name_firms(t, r.segmenter.tokens(t), 0, r))
[]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.extract.grammar import PERSON_WORD_KINDS, Grammar, compiled_grammar, glued_to_made_up_word, made_up_word, names_a_thing
from kg.model import Mention, Token
from kg.resources import Resources

_MAX_LINES = 2  # 某某 / 信息 / 技术: a trade name and at most two lines of business
_VERB_TAGS = frozenset({"v", "vd", "vg"})  # 投资/v, 服务/v: a line of business used as a verb
_AFTER_A_VERB = frozenset("了过着")  # 某某投资了…: what follows a verb, never a firm's name
_OWN_WORD_TAGS = frozenset({"n", "nr", "nz", "a"})  # 星河/n, 蓝鲸/nr, 宏远/a: the tags of a dictionary word the segmenter may give a trade name
_ADJECTIVE = "a"
_OF = "的"  # between a firm and what it has (某某科技的总部, 的股价)
_DESCRIBING_TAGS = frozenset({"a", "b", "v", "d", "ad"})  # 知名/v, 大型/b, 新兴/b: words that describe a kind before it


def trade_name_firms(text: str, tokens: Sequence[Token], sentence: int, res: Resources) -> Iterator[Mention]:
    """Firms named by a made-up trade name and one or two lines of business (module docstring)."""
    g = compiled_grammar(res)
    lines = g.firm_lines
    for k in range(len(tokens) - 1):
        if tokens[k + 1].text not in lines:
            continue  # (the cheap test first: most words come before no line of business)
        tok = tokens[k]
        start = tok.start + 1 if glued_to_made_up_word(tok.text, g, res) else tok.start
        made_up = start > tok.start or _made_up_trade_name(tok, g, res)
        own_word = not made_up and _own_word_trade_name(tok, tokens[k - 1] if k else None, g, res)
        if not made_up and not own_word:
            continue
        if _given_name(tokens, k, res):
            continue  # 基金经理 / 钱/n / 一鸣/v / 管理: a person's given name after the surname, no trade name
        if k > 0 and res.names.context_before.get(tokens[k - 1].text) in PERSON_WORD_KINDS:
            continue  # 其长子 / 王凯/nr / 管理: after a kin word or a word for people, a person's name, no trade name
        m = k + 1
        while m < len(tokens) and m - k <= _MAX_LINES and _line_of_business(tokens[m], g):
            m += 1
            if tokens[m - 1].text in g.firm_forms:
                break  # 某某 / 集团 / 信息 披露: a firm's form ends its name
        if m > k + 2 and m < len(tokens) and tokens[m].text in g.executive_titles and tokens[m - 1].text in g.title_modifiers:
            m -= 1  # 某某 / 科技 / 技术 / 总监: the last word is the function the title heads, no line of the firm's
        if m == k + 1 or tokens[m - 1].pos in _VERB_TAGS:
            continue
        nxt = tokens[m].text if m < len(tokens) else ""
        if nxt[:1] in _AFTER_A_VERB or nxt in g.trade_line_people or nxt in g.trade_line_fields or names_a_thing(nxt, g):
            continue  # (某某 / 智能 / 研究: a field of work, no firm)
        if nxt in g.described_firm_kinds and k > 0 and (tokens[k - 1].pos in _DESCRIBING_TAGS or tokens[k - 1].text in g.company_kinds):
            continue  # 是 / 知名/v / 轻食 / 连锁 / 品牌: a kind of firm described, no trade name
        if own_word and not _firm_cue_at(text, tokens[m - 1].end, g):
            continue  # 星河 / 地产: a word of the dictionary names a firm only before what only a firm has (旗下, 发布公告)
        if own_word and tok.pos == _ADJECTIVE and tokens[m - 1].text not in g.firm_forms:
            continue  # 宏远/a 集团: an adjective's word names a firm only before a firm's form (明远/a 投资 / 董事长 一职: none)
        yield Mention(text[start : tokens[m - 1].end], "Company", start, tokens[m - 1].end, sentence, "trade")


def firm_before(tokens: Sequence[Token], i: int, g: Grammar, res: Resources) -> bool:
    """A firm this module reads ends right before tokens[i]: a made-up trade name and a line of
    business (某某汽车 / 技术部: the department is the firm's)."""
    if i < 2 or tokens[i - 1].text not in g.firm_lines:
        return False
    trade = tokens[i - 2]
    return _made_up_trade_name(trade, g, res) or glued_to_made_up_word(trade.text, g, res)


def _made_up_trade_name(tok: Token, g: Grammar, res: Resources) -> bool:
    """A made-up word (帆启/v, 泰佳/z; ``grammar.made_up_word``), no function character first, no
    locative (店内/f), no person's full name (张坤/nrfg 管理) and no word the grammar stops names at (起任/v: the verb
    of a post)."""
    word = tok.text
    if tok.pos in ("f", "nrfg") or word[:1] in g.glued or word[:1] in g.name_stop or word in g.pos_stop or word in g.stop_left or word in res.names.not_names:
        return False
    return made_up_word(word, res)


def _own_word_trade_name(tok: Token, before: Token | None, g: Grammar, res: Resources) -> bool:
    """A two-character noun of the dictionary's (星河/n, 蓝鲸/n; an adjective only before a firm's form,
    宏远/a 集团) opening its clause (or after a kind of firm: 汽车企业 / 星驰 / 汽车), no line of business,
    kind, stop word or ordinary word the name readers know: a trade name when what follows the
    lines of business says a firm is meant (``_firm_cue_at``)."""
    word = tok.text
    return (
        tok.pos in _OWN_WORD_TAGS and len(word) == 2 and (before is None or before.pos == "x" or before.text in g.founded_generic)
        and word not in g.trade_words and word not in g.firm_lines and word not in g.pos_stop and word not in g.stop_left
        and word not in g.founded_generic and word not in g.body_kinds and word not in res.names.not_names and word[0] not in g.name_stop
    )


def _given_name(tokens: Sequence[Token], k: int, res: Resources) -> bool:
    """tokens[k] follows a surname alone that follows a word for a person (经理 / 钱 / 一鸣): the given name."""
    return k >= 2 and len(tokens[k - 1].text) == 1 and res.names.surnames.get(tokens[k - 1].text) is not None and tokens[k - 2].text in res.names.context_before


def _firm_cue_at(text: str, k: int, g: Grammar) -> bool:
    """What only a firm has or does right after text[k], perhaps after 的 (旗下, 发布公告, 股价, 的总部: ``firm_cues_after``;
    以12亿元收购: a price paid for another firm, ``firm_cues_after_price``)."""
    if text.startswith(_OF, k):
        return text.startswith(g.firm_cues_after, k + 1)
    return text.startswith(g.firm_cues_after, k) or g.firm_price_cue.match(text, k) is not None


def _line_of_business(tok: Token, g: Grammar) -> bool:
    return tok.text in g.firm_lines
