"""The other names an organization's full name gives it.

Chinese enterprise names follow one structure (企业名称登记管理规定): the administrative area of
registration, the trade name (字号), the line of business (行业) and the legal form (组织形式):
宁波 / 星河视讯 / 信息技术 / 股份有限公司. Texts call such a firm by its trade name (星河视讯), with
or without its line of business or its area (宁波远帆, 远帆教育), and call an organization abroad
without the country written before it (加拿大某某大学 is 某某大学) or without the charter word
that heads its official name (国立某某大学 is 某某大学). These are names of the same
entity, not parts of it (a university's college is another body, 某某大学某某学院 is no name of
某某大学). Resolution links a short form found elsewhere to the one full name that gives it
(kg.resolve), and a fact about the organization may be named by any of them (kg.evaluate).

Only text and data are read: the gazetteer's places, and the grammar's legal endings, firm
forms (集团, 控股 …) and lines of business (``trade_words``, ``registered_name_verbs``,
``business_lines`` in ``data/patterns/mentions.toml``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache

from kg.extract.grammar import ADMIN_CHARS, Grammar, compiled_grammar, is_cjk
from kg.model import top_type
from kg.resources import Gazetteer, Resources

_MAX_PLACES = 3  # 中国 / 浙江省 / 宁波市 / 某某有限公司
_MIN_LEFT = 3  # what a place leaves must still be a name: two characters and an ending at least


def other_names(text: str, gazetteer: Gazetteer, g: Grammar) -> tuple[str, ...]:
    """The names an organization's full name ``text`` gives it besides itself: without the
    places that open it, and, for a company, without its legal form and without its line of
    business as well (the trade name).

    >>> from kg.resources import default_resources
    >>> from kg.extract.grammar import compiled_grammar
    >>> r = default_resources()
    >>> other_names("宁波星河视讯信息技术股份有限公司", r.gazetteer, compiled_grammar(r))
    ('宁波星河视讯', '宁波星河视讯信息技术', '星河视讯', '星河视讯信息技术', '星河视讯信息技术股份有限公司')
    >>> other_names("中国华光集团有限公司", r.gazetteer, compiled_grammar(r))
    ('中国华光', '中国华光集团', '华光', '华光集团', '华光集团有限公司')
    >>> other_names("加拿大星河大学", r.gazetteer, compiled_grammar(r))
    ('星河大学',)
    >>> other_names("浙江大学", r.gazetteer, compiled_grammar(r))
    ()
    >>> other_names("国立星河大学", r.gazetteer, compiled_grammar(r))
    ('星河大学',)
    """
    company = _without_legal_form(text, g) is not None
    forms = [text, *_without_places(text, gazetteer, company)]
    forms += [f[len(h) :] for f in list(forms) for h in g.charter_heads if f.startswith(h) and len(f) - len(h) >= _MIN_LEFT]  # 国立清华大学 is 清华大学
    names: set[str] = set()
    for form in forms:
        names.add(form)
        body = _without_legal_form(form, g)
        if body is None:
            continue
        group = next((form[: -len(e)] for e in g.group_legal_forms if form.endswith(e)), "")
        if len(group) >= 4 and group.endswith("集团") and not group.endswith(("（集团", "(集团")):
            names.add(group)  # 某某集团有限公司 is 某某集团 too (中国华光集团有限公司, 华光集团)
        trade_name = _without_lines_of_business(body, g.trade_words | g.business_lines | set(g.firm_forms))
        if trade_name is None:
            continue  # 钢管集团: no trade name, so no name of its own without the place
        names.add(body)
        names.add(trade_name)
    names.discard(text)
    return tuple(sorted(n for n in names if len(n) >= 2 and not _bare(n, g) and not _is_place(n, gazetteer)))




def names_reader(res: Resources) -> Callable[[str], tuple[str, ...]]:
    """``other_names`` under the resources' gazetteer and grammar, each name worked out once (what
    kg.resolve is given)."""
    g = compiled_grammar(res)

    @lru_cache(maxsize=1 << 16)
    def read(text: str) -> tuple[str, ...]:
        return other_names(text, res.gazetteer, g)

    return read


def _without_places(text: str, gazetteer: Gazetteer, company: bool) -> list[str]:
    """The name after each place that opens it: a gazetteer place (with or without its 省 or
    市), then, after one, also an area of a few characters ending in 省, 市, 县 or 区 (某省某县).
    A company's name is its trade name wherever it is registered, so every place goes; other
    bodies keep the last place before the name (北京电影学院 is no 电影学院), unless it is a
    country (加拿大某某大学 is 某某大学, 中国建设银行 is 建设银行)."""
    out: list[str] = []
    rest = text
    for level in range(_MAX_PLACES):
        size, country = _leading_place(rest, gazetteer, level > 0)
        if not size or len(rest) - size < _MIN_LEFT:
            break
        following = _leading_place(rest[size:], gazetteer, True)[0]
        if not company and not country and not (following and len(rest) - size - following >= _MIN_LEFT):
            break  # 北京电影学院, 硅谷创业社区 (创业社区 is no place and no name): the body keeps its place
        rest = rest[size:]
        out.append(rest)
    return out


def _leading_place(text: str, gazetteer: Gazetteer, after_place: bool) -> tuple[int, bool]:
    """The length of the place ``text`` opens with (0 for none) and whether it is a country:
    the longest gazetteer place, its administrative character included (宁波 / 宁波市); after
    another place, also two to four characters ending in one (某县)."""
    for size in range(min(len(text) - 1, 10), 1, -1):
        kind = _place_type(text[:size], gazetteer)
        if kind is not None:
            return size + (text[size : size + 1] in ADMIN_CHARS), kind == "Country"
    if after_place:
        return next((k + 1 for k in range(1, 4) if text[k : k + 1] in ADMIN_CHARS and all(is_cjk(c) for c in text[: k + 1])), 0), False
    return 0, False


def _is_place(name: str, gazetteer: Gazetteer) -> bool:
    """A place the gazetteer knows, with or without its administrative character (杭州, 杭州市)."""
    return _place_type(name, gazetteer) is not None or name[-1:] in ADMIN_CHARS and _place_type(name[:-1], gazetteer) is not None


def _place_type(name: str, gazetteer: Gazetteer) -> str | None:
    """The gazetteer's type of ``name`` when it is a place (Country, City …), else None."""
    entry = gazetteer.lookup(name) if name else None
    kind = gazetteer.entries[entry].type if entry is not None else None
    return kind if kind is not None and top_type(kind) == "Place" else None


def _without_legal_form(text: str, g: Grammar) -> str | None:
    """A company's name without its legal ending (or 集团 alone) and the firm forms before it
    (某某国际控股有限公司 → 某某, 某某（集团）有限公司 → 某某); None for a name that is no company's."""
    endings = sorted((*g.registered_endings, "公司", "集团"), key=len, reverse=True)
    ending = next((e for e in endings if text.endswith(e)), None)
    if ending is None:
        return None
    body = text[: -len(ending)]
    stripped = True
    while stripped:
        stripped = False
        for form in g.firm_forms:
            if body.endswith(form) and len(body) > len(form):
                body, stripped = body[: -len(form)], True
    return body if len(body) >= 2 else None


def _without_lines_of_business(body: str, lines: Collection[str]) -> str | None:
    """The trade name: ``body`` without the lines of business at its end (星河视讯信息技术 →
    星河视讯); None when nothing of two characters or more is left."""
    longest = max((len(w) for w in lines), default=0)
    cut = True
    while cut:
        cut = False
        for size in range(min(longest, len(body) - 2), 0, -1):
            if body[-size:] in lines:
                body, cut = body[:-size], True
                break
    return body if len(body) >= 2 and body not in lines else None


def _bare(name: str, g: Grammar) -> bool:
    """A line of business or a firm form alone (科技, 集团) names nothing (nor does a place alone:
    杭州钢铁集团 is no 杭州)."""
    return name in g.trade_words or name in g.business_lines or name in g.firm_forms
