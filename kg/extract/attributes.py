"""Countries (and continents) named as an attribute of the noun after them, not as a place.

In 德国汽车工业, 法国人 or 美国某机构 the country's name modifies the word it is written against:
the sentence says something of the industry, the people or the body, not of a place. Such a
name is kept as a mention while the relations read the sentence (某某是法国人 gives the person's
nationality), and dropped after them unless a relation, an event or a pronoun's antecedent uses
it. A country stays a place where a locative word stands before it (在德国, 来自巴西, 前往日本),
where a verb or an adverb follows it (the clause's subject or object: 代表巴西参加比赛) and where a
pause, 的 or a list's word follows it (德国的, 德国和法国, 德国、); the words and tags are data
(``[attributes]`` in mentions.toml).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.model import Coreference, Event, Mention, Relation, Token

_COUNTRY = "Country"


def _modifies(text: str, m: Mention, starting_at: Mapping[int, Token], keep_after: frozenset[str], modified: frozenset[str]) -> bool:
    """The country's name is written against the word after it: a word the segmenter tags as a
    noun (any ``n…`` tag) or one of ``modified`` (adjectives, numerals, Latin words …), or the
    rest of the segmenter's word that holds the name, not opening with one of ``keep_after``. A
    verb or an adverb after it makes it the clause's subject or object (代表巴西参加比赛), which
    stays a place."""
    following = text[m.end : m.end + 1]
    if not following or following in keep_after:
        return False
    word = starting_at.get(m.end)
    if word is None:  # one word with what follows (加拿大人, 中国版): the segmenter read them together
        return "\u4e00" <= following <= "\u9fff" or following.isascii() and following.isalnum()
    return word.pos[:1] == "n" or word.pos in modified


def attributive_countries(
    text: str,
    mentions: Iterable[Mention],
    relations: Iterable[Relation],
    events: Iterable[Event],
    coreferences: Iterable[Coreference],
    starting_at: Mapping[int, Token],
    ending_at: Mapping[int, Token],
    before_places: frozenset[str],
    keep_after: frozenset[str],
    modified: frozenset[str],
    regions: frozenset[str] = frozenset(),
) -> set[Mention]:
    """The countries among ``mentions`` (and the continents and macro-regions whose gazetteer ids
    are ``regions``: 亚洲选手, 北美市场) that only modify the word after them (none of the facts
    uses them), and whose word before is no locative word or place verb (``before_places``: 在德国;
    not 遭到 / 德国人), as places.py reads a locative before a place. ``starting_at`` and
    ``ending_at``: the words of the countries' sentences by their start and end.

    >>> from kg.model import Mention, Token
    >>> text = "德国汽车工业发达，她在德国留学。"
    >>> first, second = Mention("德国", "Country", 0, 2, 0, "gazetteer"), Mention("德国", "Country", 10, 12, 0, "gazetteer")
    >>> words = [Token("汽车", "n", 2, 4), Token("在", "p", 9, 10), Token("德国", "ns", 10, 12), Token("留学", "v", 12, 14)]
    >>> starting_at, ending_at = {t.start: t for t in words}, {t.end: t for t in words}
    >>> sorted(m.start for m in attributive_countries(text, [first, second], [], [], [], starting_at, ending_at, frozenset({"在"}), frozenset("的和"), frozenset()))
    [0]
    """
    used: set[Mention] = set()
    for r in relations:
        used.update((r.subject, r.object))
    for ev in events:
        used.update(m for _, m in ev.arguments)
        if ev.place is not None:
            used.add(ev.place)
    for c in coreferences:
        used.add(c.antecedent)
    return {
        m
        for m in mentions
        if (m.type == _COUNTRY or m.key in regions) and m not in used and _modifies(text, m, starting_at, keep_after, modified)
        and not ((before := ending_at.get(m.start)) is not None and before.text in before_places)
    }
