"""A national team's member is its country's national.

A rule makes a person a member of a national team (入选墨西哥国家队, 代表加纳国奥队出战: ``memberOf``
with the team as its object, ``object_ends`` the file's ``national_teams``); the team's name
opens with its country's (墨西哥 / 国家队), so the person is that country's national. The team stays
one mention (an organization, in the graph); the country is a second mention inside it, made
only for this fact, so that the fact's object is the country the gazetteer knows.

>>> from kg.resources import default_resources
>>> from kg.model import Mention, Relation
>>> gazetteer = default_resources().gazetteer
>>> player = Mention("卡洛斯", "Person", 0, 3, 0, "translit")
>>> team = Mention("墨西哥国家队", "Organization", 5, 11, 0, "team")
>>> fact = Relation(player, "memberOf", team, 0, 0.7, "memberOf.national_team")
>>> [(m.text, m.start, m.end, r.predicate, r.object.text) for m, r in team_nationals([fact], gazetteer, ("国家队",))]
[('墨西哥', 5, 8, 'nationality', '墨西哥')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from kg.model import Mention, Relation
from kg.resources import Gazetteer

RULE = "nationality.national_team"
_CONFIDENCE = 0.8  # a national team's player is its country's national (one naturalized is too)


def team_nationals(relations: Iterable[Relation], gazetteer: Gazetteer, team_words: Sequence[str]) -> Iterator[tuple[Mention | None, Relation]]:
    """For every ``memberOf`` fact whose object is a national team (its name ends with one of
    ``team_words`` and opens with a country's name the gazetteer knows, the longest such:
    墨西哥U23国家队 too), the country as a mention inside the team's (None when an earlier pair made
    it: 甲和乙入选某国国家队) and the member's nationality."""
    if not team_words:
        return
    ends = tuple(team_words)
    made: dict[tuple[int, int], Mention] = {}  # one country mention per team mention, however many players
    for fact in relations:
        team = fact.object
        if fact.predicate != "memberOf" or fact.subject.top != "Person" or not team.text.endswith(ends):
            continue
        best: tuple[int, str] | None = None
        for start, end, entry_id in gazetteer.find_cjk(team.text):
            if start == 0 and gazetteer.entries[entry_id].type == "Country" and (best is None or end > best[0]):
                best = (end, entry_id)
        if best is None:
            continue  # 国家队 alone, or a club's name: no country named
        end, entry_id = best
        span = (team.start, team.start + end)
        country = made.get(span)
        new = country is None
        if country is None:
            country = made[span] = Mention(team.text[:end], "Country", *span, team.sentence, "team", entry_id)
        yield (country if new else None), Relation(fact.subject, "nationality", country, fact.sentence, _CONFIDENCE, RULE, "", None)
