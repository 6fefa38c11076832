"""The characters a regular expression cannot match without: read off its parsed pattern, they
let a caller skip the expression on text that holds none of them (a relation rule's trigger
words, the founding verbs of the mention grammar).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

try:  # the regular-expression parser the anchors are read with (re._parser since 3.11)
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse


# Characters most Chinese sentences hold (the commonest few hundred): anchors without them rule
# more text out.
_FREQUENT = frozenset("的一是了在不和有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车")


def required_characters(regex: re.Pattern[str], ignored: Collection[str] = ()) -> frozenset[str]:
    """Characters (no ASCII, none of ``ignored``) one of which every match of ``regex`` holds;
    empty when there is no such set (or the parser is not the one this reads).

    >>> sorted(required_characters(re.compile("(?:毕业于|就读于)")))
    ['毕', '读']
    >>> required_characters(re.compile("(?:CEO|总裁)"))
    frozenset()
    """
    return character_requirements(regex, ignored)[0]


def character_requirements(regex: re.Pattern[str], ignored: Collection[str] = ()) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """``required_characters`` and all the sets of characters (no ASCII, none of ``ignored``)
    each of which every match of ``regex`` hits: one per item of the pattern's top-level sequence
    (and of the groups and repeats of at least one inside it) that needs one, so that text missing
    any one of them cannot match; the pattern is parsed once (the parse of a long rule is most of
    the work).

    >>> [''.join(sorted(s)) for s in character_requirements(re.compile("(?:毕业于|就读于)(?:大学|学院)"))[1]]
    ['毕读', '大院']
    >>> [''.join(sorted(s)) for s in character_requirements(re.compile("妻子(?:是)?"))[1]]
    ['妻', '子']
    """
    try:
        parsed = _sre_parse.parse(regex.pattern)
        chosen = _required(parsed, frozenset(ignored)) or frozenset()
        every = tuple(dict.fromkeys(_required_all(parsed, frozenset(ignored))))  # (each set once, in pattern order)
    except Exception:  # an internal parser that changed: no sets, run the expression everywhere
        return frozenset(), ()
    return chosen, every


def _required_all(items: Any, ignored: frozenset[str]) -> list[frozenset[str]]:
    """Every set of characters one of which a sequence of parsed items must match (a sequence
    must match all its items; a branch contributes the one set ``_required_one`` reads off it)."""
    out: list[frozenset[str]] = []
    for op, av in items:
        name = str(op)
        if name == "SUBPATTERN":
            out += _required_all(av[3], ignored)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[0] >= 1:
                out += _required_all(av[2], ignored)
        elif name == "ATOMIC_GROUP":
            out += _required_all(av, ignored)
        else:
            found = _required_one(name, av, ignored)
            if found is not None:
                out.append(found)
    return out


def _required(items: Any, ignored: frozenset[str]) -> frozenset[str] | None:
    """The best set of characters one of which a sequence of parsed items must match: the
    smallest, and of two as small the one without a character most sentences hold (创 rather
    than 的 in 的创始人)."""
    best: frozenset[str] | None = None
    for op, av in items:
        found = _required_one(str(op), av, ignored)
        if found is not None and (best is None or _cost(found) < _cost(best)):
            best = found
    return best


def _cost(chars: frozenset[str]) -> tuple[bool, int]:
    return (not _FREQUENT.isdisjoint(chars), len(chars))


def _required_one(op: str, av: Any, ignored: frozenset[str]) -> frozenset[str] | None:
    if op == "LITERAL":
        c = chr(av)
        return frozenset(c) if ord(c) >= 128 and c not in ignored else None
    if op == "IN":  # [长次幼]: one of these
        chars = [chr(a) for o, a in av if str(o) == "LITERAL"]
        if len(chars) != len(av) or any(ord(c) < 128 or c in ignored for c in chars):
            return None
        return frozenset(chars)
    if op == "SUBPATTERN":
        return _required(av[3], ignored)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _required(av[2], ignored) if av[0] >= 1 else None
    if op == "ATOMIC_GROUP":
        return _required(av, ignored)
    if op == "BRANCH":
        branches = [_required(b, ignored) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*[b for b in branches if b is not None])
    return None
