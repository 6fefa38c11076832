"""A place of birth written after its country is two places: the country and the place in it.

出生于美国加利福尼亚州, 出生在法国东部, 出生于西班牙南部城市塞维利亚: the readers take such a run
as one place (an address, or one word of the segmenter's), which is what a news text's annotator
marks and what a graph of places wants in most sentences. After a verb of birth (``birth_verbs``
in ``[birthplaces]`` of mentions.toml) the country matters on its own: it is where the person
is from, and the rules for a birthplace (bornIn, and nationality from a country of birth) read
it. There the run is split, before the relations read the sentence, into the country (a
gazetteer country the run opens with) and the place in it, without a direction (东部) or a kind
of place (城市) in between; when nothing but those is left the country alone is the mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.grammar import PLACE_TYPES, Grammar
from kg.model import Mention
from kg.resources import Resources


def split_birthplaces(text: str, mentions: Sequence[Mention], res: Resources, g: Grammar) -> list[Mention]:
    """``mentions`` with each place after a verb of birth that opens with a country split in two.

    >>> from kg.resources import default_resources
    >>> from kg.extract.grammar import compiled_grammar
    >>> r = default_resources()
    >>> t = "他出生于美国加利福尼亚州。"
    >>> [(m.text, m.type) for m in split_birthplaces(t, [Mention("美国加利福尼亚州", "Place", 4, 12, 0, "address")], r, compiled_grammar(r))]
    [('美国', 'Country'), ('加利福尼亚州', 'Region')]
    """
    out: list[Mention] = []
    for m in mentions:
        born = m.top == "Place" and m.type != "Country" and g.birth_before.search(text, max(0, m.start - _REACH), m.start) is not None
        out.extend(_split(text, m, res, g) if born else (m,))
    return out


_REACH = 8  # characters before the place in which the verb of birth is looked for (出生在, 诞生于 …)


def _split(text: str, m: Mention, res: Resources, g: Grammar) -> tuple[Mention, ...]:
    found = next(((n, key) for n in range(min(len(m.text) - 1, 6), 1, -1) for key, kind in (_entry(m.text[:n], res),) if kind == "Country"), None)
    if found is None:
        return (m,)
    country, country_key = found
    first = Mention(m.text[:country], "Country", m.start, m.start + country, m.sentence, "gazetteer", key=country_key)
    rest = m.start + country
    for words in (g.directions, g.place_kinds):  # 法国东部, 西班牙南部城市塞维利亚: what sits between the two names
        rest += next((len(w) for w in sorted(words, key=len, reverse=True) if text.startswith(w, rest)), 0)
    if m.end - rest < 2:
        return (first,)
    place = text[rest : m.end]
    key, kind = _entry(place, res)
    if kind in PLACE_TYPES:
        return first, Mention(place, kind, rest, m.end, m.sentence, "gazetteer", key=key)
    return first, Mention(place, "Place", rest, m.end, m.sentence, m.source)


def _entry(name: str, res: Resources) -> tuple[str, str]:
    """The gazetteer's id and type of ``name``, or two empty strings for a name it lacks."""
    entry = res.gazetteer.lookup(name)
    return (entry, res.gazetteer.entries[entry].type) if entry is not None else ("", "")
