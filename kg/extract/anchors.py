"""The characters a regular expression cannot match without: read off its parsed pattern, they
let a caller skip the expression on text that holds none of them (a relation rule's trigger
words, the founding verbs of the mention grammar).
"""

from __future__ import annotations

import functools
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


@functools.lru_cache(maxsize=1)
def _parsed(pattern: str) -> Any:
    """The parse of a pattern, kept for the next question about the same one (a caller asks for
    a pattern's required characters, then for its first ones: one parse of a long rule, not two)."""
    return _sre_parse.parse(pattern)


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
        parsed = _parsed(regex.pattern)
        chosen = _required(parsed, frozenset(ignored)) or frozenset()
        every = tuple(dict.fromkeys(_required_all(parsed, frozenset(ignored))))  # (each set once, in pattern order)
    except Exception:  # an internal parser that changed: no sets, run the expression everywhere
        return frozenset(), ()
    return chosen, every


def required_words(regex: re.Pattern[str], ignored: Collection[str] = ()) -> tuple[tuple[str, ...], ...]:
    """Sets of words (runs of two or more characters, no ASCII, none of ``ignored``) every match of ``regex``
    holds one of each: a run of literal characters the pattern's top-level sequence must match
    (and its groups' and repeats' of at least one), or an alternation whose branches each must;
    the sets with longer words first (the likelier to miss). A test of ``word in text`` per set is
    cheaper than the search it saves (a relation rule's trigger words, 毕业于: most sentences that
    hold 毕 and 业 hold no 毕业于); empty when the pattern is case-blind or cannot be read.

    >>> required_words(re.compile("(?P<s>a)(?:毕业于|就读于)(?=x)大学"))
    (('毕业于', '就读于'), ('大学',))
    >>> required_words(re.compile("甲(?:乙)?丙"))
    ()
    """
    try:
        parsed = _parsed(regex.pattern)
        if _parsed_flags(parsed):
            return ()
        found = _words_all(list(parsed), frozenset(ignored))
    except Exception:  # an internal parser that changed: no words, run the expression everywhere
        return ()
    sets = [s for s in dict.fromkeys(found) if all(len(w) >= 2 for w in s)]
    return tuple(sorted(sets, key=lambda s: (-min(map(len, s)), len(s))))


def _words_all(items: list[Any], ignored: frozenset[str]) -> list[tuple[str, ...]]:
    """The sets of words a parsed sequence must match one of each (``required_words``)."""
    out: list[tuple[str, ...]] = []
    run = ""  # the literal characters matched one after another so far
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and av >= 128 and chr(av) not in ignored:
            run += chr(av)
            continue
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # (a lookaround or an anchor consumes nothing: the characters on both sides are adjacent)
        if run:
            out.append((run,))
            run = ""
        if name == "SUBPATTERN":
            if not av[1] & re.IGNORECASE:
                out += _words_all(list(av[3]), ignored)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[0] >= 1:
                out += _words_all(list(av[2]), ignored)
        elif name == "ATOMIC_GROUP":
            out += _words_all(list(av), ignored)
        elif name == "BRANCH":
            alternatives: list[str] = []
            for branch in av[1]:
                words = [s for s in _words_all(list(branch), ignored) if len(s) == 1]
                if not words:
                    break  # a branch that needs no one word: the alternation needs none
                alternatives.append(max(words, key=lambda s: len(s[0]))[0])
            else:
                out.append(tuple(dict.fromkeys(alternatives)))
    if run:
        out.append((run,))
    return out


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


def compile_led(pattern: str) -> re.Pattern[str]:
    r"""``re.compile(pattern)``, led by a lookahead for the characters its matches start with
    when the regular-expression engine would otherwise try the whole pattern at every offset (a
    pattern that opens with lookbehinds, 之前不是儿子: ``(?<!儿子)(?<!女儿)…``, or an alternation
    whose branches open with sets or optional parts); no lookahead when the pattern already opens
    with a character or a set the engine skips to, or when those characters cannot be read off
    (a match may start with any character, or be empty). The lookahead only restates what the
    pattern needs: the matches are the same. The pattern is compiled once, and parsed for the
    lookahead by the parse its required characters are then read from.

    >>> compile_led("(?<!儿子)(?:甲|乙)丙").pattern
    '(?=[乙甲])(?:(?<!儿子)(?:甲|乙)丙)'
    >>> compile_led("甲(?<!儿子)").pattern
    '甲(?<!儿子)'
    >>> compile_led("(?<!儿子).丙").pattern
    '(?<!儿子).丙'
    >>> compile_led(r"(?:\s*（)?由|[0-9]{4}年").pattern
    '(?=[0-9\\s由（])(?:(?:\\s*（)?由|[0-9]{4}年)'
    """
    lead = _lead(pattern)
    # The pattern goes in a group after the lookahead: written before an alternation's first
    # branch, the lookahead would gate that branch alone and the engine would still try every
    # other branch at every offset (the founding verbs' search took three times as long).
    return re.compile(f"{lead}(?:{pattern})" if lead else pattern)


def opening_characters(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of ``regex`` starts with, where they are a few single characters
    (no range, no category such as \\s, no empty match, no flags): a caller that tests the character
    at an offset first skips a call of ``match`` there that would fail at once (a call costs far
    more than the test). None where they cannot be read off.

    >>> sorted(opening_characters(re.compile("(?:就|也)?(?:位于|地处)")))
    ['也', '位', '地', '就']
    >>> opening_characters(re.compile(r"\\s*位于")) is None, opening_characters(re.compile("(?:位于)?")) is None
    (True, True)
    """
    if regex.flags & ~re.UNICODE:
        return None  # (the parse below reads the pattern without them)
    try:
        parsed = _parsed(regex.pattern)
        if _parsed_flags(parsed):
            return None
        first, empty = _first_characters(list(parsed))
    except Exception:  # a parser that changed: no shortcut
        return None
    if first is None or empty:
        return None
    chars: set[str] = set()
    for item in first:  # (re.escape'd characters: a backslash before a character that is no letter or digit)
        c = item[1] if len(item) == 2 and item[0] == "\\" and not item[1].isalnum() else item
        if len(c) != 1:
            return None  # a range or a category
        chars.add(c)
    return frozenset(chars)


def _lead(pattern: str) -> str:
    """The lookahead ``compile_led`` puts before ``pattern``, "" for none (and for a pattern the
    parser rejects: compiling it says why)."""
    try:
        parsed = _parsed(pattern)
        if _parsed_flags(parsed) or _engine_skips(list(parsed)):
            return ""
        first, empty = _first_characters(list(parsed))
    except Exception:  # a bad pattern, or an internal parser that changed: the pattern as it is
        return ""
    if first is None or empty or not first:
        return ""
    return f"(?=[{''.join(sorted(first))}])"


def _parsed_flags(parsed: Any) -> int:
    """The flags a pattern sets for itself ((?i), (?x) …) past Unicode matching: with them, the
    parse might mislead (case ignored), so the pattern gets no lookahead."""
    return int(parsed.state.flags) & ~re.UNICODE


def _engine_skips(items: list[Any]) -> bool:
    """The pattern opens (inside its groups) with a character, a set of characters or an
    alternation whose branches each open with a character: the engine's search skips to those;
    or with ^, which fails at once past the start."""
    while items and str(items[0][0]) == "SUBPATTERN":
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    name = str(op)
    if name in ("LITERAL", "IN") or name == "AT" and str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
        return True
    return name == "BRANCH" and all(branch and str(list(branch)[0][0]) == "LITERAL" for branch in av[1])


def _first_characters(items: list[Any]) -> tuple[set[str] | None, bool]:
    """What a match of the parsed sequence can start with, as the items of a character class
    (None: any character, or unknown), and whether the sequence can match nothing at all."""
    first: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # (a lookaround or an anchor consumes nothing)
        found, empty = _first_of_one(name, av)
        if found is None:
            return None, False
        first |= found
        if not empty:
            return first, False
    return first, True


_CLASS_ESCAPES = {  # the character categories a class may hold, as written in one
    "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
}


# The characters besides its two cases that a Latin letter matches in a case-blind pattern (Unicode
# case folding, as the regular-expression engine of Python 3.11 applies it: the Kelvin sign is k).
_FOLDED_TO = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _case_blind(items: set[str]) -> set[str] | None:
    r"""The class items ``items`` (single characters, escaped or not) stand for in a case-blind part
    of a pattern ((?i:vs) starts with v or V): each Latin letter with its other case, a character
    without case as it is; None (unknown) for a range, a category or another cased character.

    >>> sorted(_case_blind({"v", "主", "\\("}))
    ['V', '\\(', 'v', '主']
    >>> _case_blind({"a-z"}) is None
    True
    """
    out: set[str] = set()
    for item in items:
        c = item[1] if len(item) == 2 and item[0] == "\\" and not item[1].isalnum() else item
        if len(c) != 1:
            return None  # a range or a category
        if c.isascii() and c.isalpha():
            out |= {re.escape(c.lower()), re.escape(c.upper()), *_FOLDED_TO.get(c.lower(), "")}
        elif c.lower() == c.upper() == c:
            out.add(item)
        else:
            return None
    return out


def _first_of_one(name: str, av: Any) -> tuple[set[str] | None, bool]:
    """``_first_characters`` of one parsed item: the items of a character class (a character,
    a range, a category such as \\s) one of which its match starts with."""
    if name == "LITERAL":
        return {re.escape(chr(av))}, False
    if name == "IN":  # [长次幼], [0-9], \s: one of these (a negated set: unknown)
        items: set[str] = set()
        for o, a in av:
            if str(o) == "LITERAL":
                items.add(re.escape(chr(a)))
            elif str(o) == "RANGE":
                items.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            elif str(o) == "CATEGORY" and str(a) in _CLASS_ESCAPES:
                items.add(_CLASS_ESCAPES[str(a)])
            else:
                return None, False
        return items, False
    if name == "SUBPATTERN":
        _, added, _, inner = av
        found, empty = _first_characters(list(inner))
        return (_case_blind(found), empty) if added & re.IGNORECASE and found is not None else (found, empty)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        found, empty = _first_characters(list(av[2]))
        return found, empty or av[0] == 0
    if name == "ATOMIC_GROUP":
        return _first_characters(list(av))
    if name == "BRANCH":
        first: set[str] = set()
        any_empty = False
        for branch in av[1]:
            found, empty = _first_characters(list(branch))
            if found is None:
                return None, False
            first |= found
            any_empty = any_empty or empty
        return first, any_empty
    return None, False  # any character, a negated one, a category, a back reference …
