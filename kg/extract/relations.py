"""Relations between mentions, found by trigger rules written as data.

A rule (``data/patterns/relations.toml``) is a regular expression over the *abstract sentence*:
the sentence with every mention replaced by a placeholder ``⟦index:Subtype⟧`` (private-use
brackets). Macros name mention classes: ``{PER}``, ``{ORG}``, ``{EDU}``, ``{PLACE}``, ``{TIME}``,
``{AREA}`` (a country, city or region: no street address) …; ``{ORG+}`` is a coordinated list (``A、B 和 C``); ``{GAP}`` / ``{GAP:n}`` skip up to 12 / n
characters, crossing times and places but no other mention; ``{GAPP:n}`` crosses places only;
``{GAPX:n}`` crosses any mention but a person (``{NCX:n}`` the same within a clause, crossing no pause); ``{COUNTED}``
is an optional count and description of the people just named (三位某大学校友); ``{WHERE}`` a place described
in words where something was done (在一间租来的公寓里); ``{INVESTS}`` what an investor does in a round of funding (``investor_verbs``
: 领投, 跟投); ``{GAPB:n}`` any mention but a business (a company or a body of no
known kind: 公司总部… after people and schools named since the company); ``{NC:n}`` skips no comma either; ``{PEOPLE}`` is
``{PER+}`` or a list of people each described first (由主唱甲和吉他手乙); ``{COUPLE}`` is a
person, or two a child is named after (甲和乙, 甲和其妻子乙, 甲和公主乙);
``{ROLE}`` matches a role word from the rule file, ``{OCC}`` an occupation (作家, 足球运动员 …),
``{KIN}`` a kin word of the file's ``[kinship]`` table (rules with the predicate ``kin`` find a
person's relatives for kg.extract.kinship to compose). The
named groups ``s`` and ``o`` hold the subject(s) and object(s) (every placeholder inside them),
``t`` a time and ``role`` the role words. Without ``t``, the sentence's time (when it has
exactly one) qualifies the fact, unless the rule says ``timed = false`` (appositions such as
``谷歌联合创始人 X`` state no time). A rule with ``respectively = true`` pairs the n-th subject
with the n-th object (``甲和乙分别毕业于丙和丁``), instead of every subject with every object. Direction is normalized by the groups, so a passive
rule (``X 被 Y 收购``) simply puts ``s`` on X.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mypy_extensions import mypyc_attr

from kg.errors import ResourceError
from kg.extract.anchors import character_requirements, compile_led, required_words
from kg.extract.grammar import alternation
from kg.extract.kinship import KIN, SPOUSE
from kg.extract.short_names import DECLARED_END, DECLARES
from kg.model import Mention, Relation, TimeValue

OPEN, CLOSE = "\ue000", "\ue001"
_PLACEHOLDER = re.compile(f"{OPEN}(\\d+):(\\w+){CLOSE}")

CLASSES: dict[str, tuple[str, ...]] = {
    "PER": ("Person",),
    "ORG": ("Organization", "Company", "EducationalOrganization", "GovernmentOrganization", "Community", "ResearchProject"),
    "EDU": ("EducationalOrganization",),
    "COMPANY": ("Company", "Organization"),
    "GOV": ("GovernmentOrganization",),
    "PLACE": ("Place", "Country", "City", "Region"),
    "COUNTRY": ("Country",),
    "CITY": ("City", "Region", "Place"),
    "AREA": ("Country", "City", "Region"),  # an administrative area: no street address, no site
    "WORK": ("Work", "Software", "Publication"),
    "PRODUCT": ("Product",),
    "TIME": ("Time",),
}
CLASSES["CREATION"] = CLASSES["ORG"] + CLASSES["WORK"] + CLASSES["PRODUCT"]
CLASSES["ENT"] = tuple(sorted({t for k, v in CLASSES.items() if k != "TIME" for t in v}))

_CROSSABLE = "|".join(("Time",) + CLASSES["PLACE"])
_PLACES = "|".join(CLASSES["PLACE"])
_LIST_JOIN = (
    r"\s*(?:、|，|,|和|与|及|以及|跟|同|(?:及|和|与)其(?:子|女|妻|夫|妻子|丈夫|夫人|儿子|女儿|父|父亲|兄|弟)"
    r"|(?:和|与|同|跟)(?:其|他的|她的)?(?:合伙人|同学|大学同学|同窗|大学同窗|好友|朋友|搭档|同事|校友)"
    r"|(?:、|和|及)(?:(?:一个|一|另一)(?:儿子|女儿|子|女)|[长次三四五六七幼](?:子|女)))\s*"
)  # (甲及其子乙, 甲与合伙人乙, 育有一子甲和一女乙, 育有长女甲和长子乙: both)
# A note after an organization in a list that gives its other name, the body it became or was
# (（现某某大学）, （原某某学院）, （某某大学前身）): the name inside is one of the list's too.
_RENAMED_NOTE = r"(?:\s*[（(](?:现|今|原|现名|今名|原名|后更名为|后改名为|后并入)[^（()）。，,]{1,48}[)）]|\s*[（(][^（()）。，,]{1,48}前身[)）])?"
_MACRO = re.compile(r"\{(\w+)(\+?)(?::(\d+))?\}")


def _class_regex(name: str) -> str:
    return f"{OPEN}\\d+:(?:{'|'.join(CLASSES[name])}){CLOSE}"


def expand(
    pattern: str, roles: Sequence[str], occupations: Sequence[str] = (), kin: Sequence[str] = (), role_prefixes: Sequence[str] = (),
    role_units: Sequence[str] = (), invests: Sequence[str] = (),
) -> str:
    """Expand macros into a Python regular expression.

    >>> rule = re.compile(expand("(?P<s>{PER}){GAP}毕业于(?P<o>{ORG+})", []))
    >>> bool(rule.search(abstract("张伟，2002年毕业于浙江大学", 0, 15, [Mention("张伟", "Person", 0, 2, 0, "name"), Mention("2002年", "Time", 3, 8, 0, "time"), Mention("浙江大学", "EducationalOrganization", 11, 15, 0, "gazetteer")])))
    True
    """

    def one(match: re.Match[str]) -> str:
        name, plus, n = match.groups()
        if name == "GAP":  # may cross times and places, never a person or an organization
            return f"(?:[^{OPEN}{CLOSE}。！？；]|{OPEN}\\d+:(?:{_CROSSABLE}){CLOSE}){{0,{n or 12}}}?"
        if name == "GAPP":  # crosses places only (a time between is nearer to what it dates)
            return f"(?:[^{OPEN}{CLOSE}。！？；]|{OPEN}\\d+:(?:{_PLACES}){CLOSE}){{0,{n or 12}}}?"
        if name == "GAPX":  # crosses any mention but a person (a registry office, a district …)
            return _gap_crossing_all_but(CLASSES["PER"], n)
        if name == "GAPB":  # crosses any mention but a business (公司总部… takes up the company named last)
            return _gap_crossing_all_but(CLASSES["COMPANY"], n)
        if name == "NCX":  # crosses any mention but a person, and no pause (某大学校友、某公司创始人某某)
            return _gap_crossing_all_but(CLASSES["PER"], n, "。！？；;，,、")
        if name == "COUNTED":  # people counted and described after they are named (甲、乙三位某大学校友), or nothing
            return f"(?:[一二两三四五六七八九十几多]+(?:位|名)(?:[^{OPEN}{CLOSE}。，,；;]|{_class_regex('ORG')}|{_class_regex('PLACE')}){{0,10}}?)?"
        if name == "INVESTS":  # what a body does in a round of funding (``investor_verbs``: 领投, 跟投): an investor, not the firm funded
            if not invests:
                raise KeyError(name)
            return alternation(invests)
        if name == "WHERE":  # where something was done, in a room or a building described (在一间租来的公寓里, 在车库中)
            return f"在[^{OPEN}{CLOSE}。，,；;]{{1,10}}?(?:里|中|内)"
        if name == "NC":  # a gap that crosses no comma either
            return f"[^{OPEN}{CLOSE}。！？；，,]{{0,{n or 12}}}?"
        if name == "PEOPLE":  # a list of people, or of people each described first (由主唱甲和吉他手乙, 由某国教师甲与某市商人乙:
            # a place in a description is inside the group too; the rule file's subjects_never keeps it from being a subject)
            person, place = _class_regex("PER"), _class_regex("PLACE")
            # (… or named as the one before's spouse: 由甲和他的妻子乙, the pronoun the one before)
            described = f"{person}(?:\\s*(?:、|和|与|及|以及)\\s*(?:{person}的(?=妻子|丈夫|夫人|爱人|太太))?(?:[^{OPEN}{CLOSE}。，,；;、和与及]|{place}){{1,8}}?{person})+"
            return f"(?:{person}(?:{_LIST_JOIN}{person})*|{described})"
        if name == "COUPLE":  # one person, or two named together as a child's parents (甲和乙, 甲和其妻子乙, 甲和公主乙)
            person = _class_regex("PER")
            return f"{person}(?:\\s*(?:和|与|及|、)\\s*(?:其)?(?:妻子|夫人|丈夫|爱人)?[^{OPEN}{CLOSE}，,。；;、和与及的]{{0,4}}?\\s*{person})?"
        if name in ("ROLE", "OCC", "KIN"):
            words = roles if name == "ROLE" else occupations if name == "OCC" else kin
            if not words:
                raise KeyError(name)
            # a role word is whole (atomic: 董事长 that fails what follows never falls back to 董事),
            # after a rank the file's ``role_prefixes`` give (首席 / 总建筑师, 常务 / 副总经理)
            ranked = f"(?:{alternation(role_prefixes)})?" if role_prefixes else ""
            # and after the part of a school it is held in (经济学院 / 副院长): the role's name holds it
            unit = f"(?:[\u4e00-\u9fff]{{1,10}}?(?:{alternation(role_units)}))?" if role_units else ""
            # (no role in the name of a board before the post on it: 董事 / 会董事长 is the board's chair)
            return f"(?>{unit}{ranked}(?:{alternation(words)}))(?![会局](?:董事|主席|秘书|成员))" if name == "ROLE" else f"(?:{alternation(words)})"
        if name not in CLASSES:
            raise KeyError(name)
        single = _class_regex(name)
        if plus and name in ("ORG", "EDU") and role_units:  # 就读于某大学某学院和某大学: a school's part after an item
            single = f"{single}(?:[^{OPEN}{CLOSE}，,。、；;和与及的]{{1,10}}?(?:{alternation(role_units)}))?"
        if plus and name in ("ORG", "EDU"):  # 毕业于甲学院（现乙大学）和丙大学: an item's other name in a note, the list goes on after it
            single = f"{single}{_RENAMED_NOTE}"
        return f"{single}(?:{_LIST_JOIN}{single})*" if plus else single

    return _MACRO.sub(one, pattern)


def _gap_crossing_all_but(kinds: tuple[str, ...], n: str | None, stops: str = "。！？；") -> str:
    """Up to ``n`` (12) characters of one sentence, crossing any mention but one of ``kinds`` ({GAPX}, {GAPB}) and
    none of ``stops`` ({NCX}: no pause either)."""
    return f"(?:[^{OPEN}{CLOSE}{stops}]|{OPEN}\\d+:(?!(?:{'|'.join(kinds)}){CLOSE})\\w+{CLOSE}){{0,{n or 12}}}?"


def _object_ends(value: object, data: dict[str, object], where: str, rule_id: str, field: str = "object_ends") -> tuple[str, ...]:
    """A rule's ``object_ends`` (or ``object_not_ends``): a list of words, or the name of one of the file's lists."""
    words = data.get(value, None) if isinstance(value, str) else value
    if not isinstance(words, list | tuple) or not all(isinstance(w, str) and w for w in words):
        raise ResourceError(f"{where}: rule {rule_id}: {field} is a list of words or the name of one of the file's lists (got {value!r})")
    return tuple(sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class RelationRule:
    id: str
    predicate: str
    regex: re.Pattern[str]
    confidence: float
    role: str = ""
    example: str = ""
    timed: bool = True  # attach the sentence's single time as a qualifier
    needs: tuple[frozenset[str], ...] = ()  # mention types the s and o groups need: a sentence without them is skipped
    anchors: frozenset[str] = frozenset()  # characters one of which every match holds (empty: no such set)
    topic_object: bool = False  # in a topic chain, the topic may be this rule's object (某公司，创始人：某某)
    defeasible: bool = False  # a reading another rule's stated fact overrules (born in a country: its national)
    unintroduced: bool = False  # the subject is no relative a kin word introduces in its clause (父亲是演员某某，母亲…: the mother is not 某某's)
    requires: tuple[frozenset[str], ...] = ()  # more sets of characters every match hits one of each (kg.extract.anchors.character_requirements)
    object_ends: tuple[str, ...] = ()  # the object's name ends with one of these (a national team: 某国国家队), when given
    object_not_ends: tuple[str, ...] = ()  # … and with none of these (加入某党 is no job: memberOf.joined reads it)
    words: tuple[tuple[str, ...], ...] = ()  # sets of words every match holds one of each (kg.extract.anchors.required_words)
    respectively: bool = False  # 甲、乙的董事长分别是丙和丁: the n-th subject goes with the n-th object (as many of each), not every pair


@mypyc_attr(native_class=False)  # compiled (kg.native), a tuple's subclass stays a Python class
class RuleSet(tuple[RelationRule, ...]):
    """The rules of one rule file, in order, and the file's kin words (``chain_kin``): a person
    a clause introduces by one (父亲 X, 妻子 Y) is the topic's relative, not a new topic."""

    kin: re.Pattern[str] | None = None
    kin_paths: dict[str, str] = {}  # kin word → its path from the person (``[kinship]``; kg.extract.kinship)
    breaks: re.Pattern[str] = re.compile(r"[，,；;]")  # where a clause of a topic chain starts
    relative: re.Pattern[str] | None = None  # 之女， right after a person: that person's unnamed relative
    marrying: re.Pattern[str] | None = None  # a clause opening with a verb of marrying (``chain_marrying``), perhaps then its partner
    kin_named: re.Pattern[str] | None = None  # a kin word, then a person (，其子某某): a relative named in a clause
    named_relative: re.Pattern[str] | None = None  # 之女某某 right after a person: that person's relative, named
    introduced: re.Pattern[str] | None = None  # a kin word right before a person (女儿某某): someone's relative
    child_named: re.Pattern[str] | None = None  # a clause ending with a child born and named (育有一女某某)
    present: re.Pattern[str] | None = None  # a clause opening with a word of the present (目前, 现): after a child named, the child's
    described: re.Pattern[str] | None = None  # a kin word opening the clause before a person, perhaps described (父亲是演员某某)
    advised: re.Pattern[str] | None = None  # a word introducing the topic's teacher right before a person (师从某某, 导师是某某)
    renamed: re.Pattern[str] | None = None  # an organization's other name opening a clause (，原某某工作室，): the topic itself
    agents: re.Pattern[str] | None = None  # a clause opening with 由 (``chain_agents``): those it names are agents
    formed_into: re.Pattern[str] | None = None  # 甲与乙合并组建为丙 (``chain_formed``): an opening clause forming another body
    opening: re.Pattern[str] | None = None  # the topic opening a sentence (``_OPENING``, after a ``chain_frames`` clause)
    role_bodies: dict[str, frozenset[str]] = {}  # a post's word → the kinds of body that have it (校长: schools)
    objects_never: dict[str, frozenset[str]] = {}  # a predicate → the kinds of body its object never is (studiedAt: companies)
    subjects_never: dict[str, frozenset[str]] = {}  # a predicate → the kinds its subject never is (founded: places)
    national_teams: tuple[str, ...] = ()  # what a national team's name ends with after its country's (国家队, 国奥队; kg.extract.teams)
    continued: re.Pattern[str] | None = None  # a sentence opening with no subject of its own (1990年获…, 后任…): the text's topic goes on
    negated: re.Pattern[str] | None = None  # a negation in the clause between a fact's two names (``negations``: 并没有, 从未)
    planned: re.Pattern[str] | None = None  # a word of a plan after the fact's first name in its clause (``plans``: 计划, 拟)
    supposed: re.Pattern[str] | None = None  # a word of supposition or hearsay opening the clause of a fact's first name (``unstated_openers``),
    # or one of belief right before it (``unstated_beliefs``)

    def like(self, rules: Iterable[RelationRule]) -> RuleSet:
        """Other rules under this file's kin words (a rule alone, rules without their prefilter)."""
        other = RuleSet(rules)
        other.kin, other.kin_paths, other.breaks = self.kin, self.kin_paths, self.breaks
        other.relative, other.named_relative, other.introduced, other.described = self.relative, self.named_relative, self.introduced, self.described
        other.agents, other.opening, other.renamed, other.role_bodies = self.agents, self.opening, self.renamed, self.role_bodies
        other.formed_into = self.formed_into
        other.objects_never, other.national_teams, other.continued = self.objects_never, self.national_teams, self.continued
        other.subjects_never, other.negated, other.supposed, other.planned = self.subjects_never, self.negated, self.supposed, self.planned
        other.child_named, other.present, other.advised = self.child_named, self.present, self.advised
        return other


# The most words of a set a rule is prefiltered with (a longer list, the role words', costs about
# as many tests of ``in`` as the search it would save).
_MOST_WORDS = 16


def load_relation_rules(path: Path) -> RuleSet:
    from kg.rdf.vocab import DATATYPE_RELATIONS, RELATION_PROPERTIES
    from kg.resources import line_of, load_toml

    data = load_toml(path)
    roles = [str(r) for r in data.get("roles", [])]
    role_prefixes = [str(r) for r in data.get("role_prefixes", [])]
    role_units = [str(r) for r in data.get("role_units", [])]
    invests = [str(r) for r in data.get("investor_verbs", [])]
    occupations = [str(r) for r in data.get("occupations", [])]
    paths = data.get("kinship", {})
    rules = []
    seen: set[str] = set()
    for raw in data.get("rule", []):
        rule_id = str(raw.get("id", ""))
        where = f"{path}:{line_of(path, rule_id) if rule_id else 0}"
        if not rule_id or rule_id in seen:
            raise ResourceError(f"{where}: every rule needs a unique id (got {rule_id!r})")
        seen.add(rule_id)
        predicate = raw.get("predicate", "")
        if predicate not in RELATION_PROPERTIES and predicate not in DATATYPE_RELATIONS and predicate != KIN:
            raise ResourceError(f"{where}: rule {rule_id} names unknown predicate {predicate!r}")
        try:
            regex = compile_led(expand(str(raw["pattern"]), roles, occupations, list(paths), role_prefixes, role_units, invests))  # (the same matches, found sooner: see compile_led)
        except KeyError as exc:
            raise ResourceError(f"{where}: rule {rule_id} uses unknown macro {{{exc.args[0]}}} or lacks a pattern") from None
        except re.error as exc:
            raise ResourceError(f"{where}: rule {rule_id} has a bad pattern: {exc}") from None
        if "s" not in regex.groupindex or "o" not in regex.groupindex:
            raise ResourceError(f"{where}: rule {rule_id} needs groups (?P<s>…) and (?P<o>…)")
        confidence = float(raw.get("confidence", 0.7))
        if not 0 < confidence <= 1:
            raise ResourceError(f"{where}: rule {rule_id} confidence must be in (0, 1]")
        anchors, requires = _requirements(regex)
        rules.append(
            RelationRule(
                rule_id, predicate, regex, confidence, str(raw.get("role", "")), str(raw.get("example", "")), bool(raw.get("timed", True)),
                _needs(str(raw["pattern"])), anchors, bool(raw.get("topic_object", False)), bool(raw.get("defeasible", False)),
                bool(raw.get("unintroduced", False)), requires, _object_ends(raw.get("object_ends", ()), data, where, rule_id),
                _object_ends(raw.get("object_not_ends", ()), data, where, rule_id, "object_not_ends"),
                tuple(words for words in required_words(regex, (OPEN, CLOSE)) if len(words) <= _MOST_WORDS),
                bool(raw.get("respectively", False)),
            )
        )
    ruleset = RuleSet(rules)
    bad = [f"{w}={p!r}" for w, p in paths.items() if not (isinstance(p, str) and (p in ("C", "W", "WF", "WM") or p and set(p) <= set("FMS")))]
    if bad:
        raise ResourceError(
            f"{path}:{line_of(path, '[kinship]')}: kin paths are letters F, M, S, or C (child) or W (spouse) alone, or WF, WM (a spouse's parent) (got {', '.join(bad)})"
        )
    ruleset.kin_paths = dict(paths)
    ruleset.role_bodies = {str(word): frozenset(str(t) for t in kinds) for word, kinds in data.get("role_bodies", {}).items()}
    ruleset.objects_never = {str(p): frozenset(str(t) for t in kinds) for p, kinds in data.get("objects_never", {}).items()}
    ruleset.subjects_never = {str(p): frozenset(str(t) for t in kinds) for p, kinds in data.get("subjects_never", {}).items()}
    ruleset.national_teams = tuple(str(w) for w in data.get("national_teams", []))
    negations = [str(w) for w in data.get("negations", [])]
    ruleset.negated = re.compile(alternation(negations)) if negations else None
    plans = [str(w) for w in data.get("plans", [])]
    ruleset.planned = re.compile(alternation(plans)) if plans else None
    unstated_openers = [str(w) for w in data.get("unstated_openers", [])]
    beliefs = [str(w) for w in data.get("unstated_beliefs", [])]
    if unstated_openers or beliefs:
        ruleset.supposed = re.compile(f"(?P<opening>{alternation(unstated_openers) or '(?!)'})|(?P<belief>{alternation(beliefs) or '(?!)'})")
    openers = [str(w) for w in data.get("subjectless_openers", [])]
    if openers:  # 1983年本科毕业于…, 后任…, 在某公司任职: a sentence that goes on about the topic of the one before
        adverbs = alternation([str(w) for w in data.get("subjectless_adverbs", [])]) or "(?!)"
        at_body = alternation([str(w) for w in data.get("subjectless_after_body", [])]) or "(?!)"
        org = f"{OPEN}\\d+:(?:{'|'.join(CLASSES['ORG'])}){CLOSE}"
        time = f"{OPEN}\\d+:Time{CLOSE}"
        person = f"{OPEN}\\d+:Person{CLOSE}"
        # … or 与 and the partner of what the clause says the two did (2012年与演员某某结婚: the topic married)
        together = alternation([str(w) for w in data.get("subjectless_with_partner", [])]) or "(?!)"
        ruleset.continued = re.compile(
            f"\\s*(?:(?:于|在|从)?{time}\\s*(?:起|开始|以来)?\\s*(?:[，,]\\s*)?)?(?:{adverbs})*\\s*(?:{alternation(openers)}|在{org}(?:{at_body})"
            f"|(?:与|和|同|跟)[^{OPEN}{CLOSE}，,。]{{0,8}}?{person}[^{OPEN}{CLOSE}，,。]{{0,8}}?(?:{together}))"
        )
    for rule in rules:
        if rule.predicate == KIN and "role" not in rule.regex.groupindex:
            raise ResourceError(f"{path}:{line_of(path, rule.id)}: kin rule {rule.id} needs a group (?P<role>…) for the kin word")
    frames = [str(w) for w in data.get("chain_frames", [])]
    # 据了解，某公司…: a clause that only says where the news comes from opens the sentence before its topic
    # (据某机构消息，…, 据某报报道，…: a source after 据 is named, and is no topic either)
    frame = f"(?:[^{OPEN}{CLOSE}，,。！？]{{0,10}}?(?:{alternation(frames)})[，,：:]\\s*|据[^，,。！？]{{1,60}}?(?:{alternation(frames)}|消息|称)[，,：:]\\s*)?" if frames else ""
    ruleset.opening = re.compile(frame + _OPENING_TOPIC)
    agents = [str(w) for w in data.get("chain_agents", [])]
    if agents:  # after a time and an adverb, perhaps: ，2005年又由甲和乙合并组建
        ruleset.agents = re.compile(f"(?:{OPEN}\\d+:Time{CLOSE}[，, ]*)?(?:又|后|再|便|曾|已|并)?(?:{alternation(agents)})")
    formed = [str(w) for w in data.get("chain_formed", [])]
    if formed:  # 甲与乙合并组建为丙: the body formed, perhaps after a few characters of its name the readers missed
        verbs = alternation([str(w) for w in data.get("chain_formed_verbs", [])]) or "(?!)"
        org = f"{OPEN}\\d+:(?:{'|'.join(CLASSES['ORG'])}){CLOSE}"
        ruleset.formed_into = re.compile(f"(?:{alternation(formed)})(?:{verbs})?为[^{OPEN}{CLOSE}，,。；;]{{0,8}}{org}")
    chain_kin = [str(w) for w in data.get("chain_kin", [])]
    marrying = [str(w) for w in data.get("chain_marrying", [])]
    kin = chain_kin + [w for w in paths if w not in chain_kin]  # the [kinship] words keep chains going too
    aliases = [str(w) for w in data.get("chain_alias", [])] + [str(w) for w in data.get("chain_children", [])]
    org_aliases = [str(w) for w in data.get("chain_org_alias", [])]
    if org_aliases:
        org = f"{OPEN}\\d+:(?:{'|'.join(CLASSES['ORG'])}){CLOSE}"
        # (the former name may be described first, the clause ending with it: ，前身是清政府在南京创办的某学堂，)
        anything = f"(?:[^{OPEN}{CLOSE}，,。；;]|{OPEN}\\d+:\\w+{CLOSE})"
        ruleset.renamed = re.compile(  # (a charter word may open the former name: 原名国立某某大学)
            f"^\\s*(?:{alternation(org_aliases)})\\s*(?:[：:]|为|是)?\\s*(?:(?<=[为是]){anything}{{1,24}}?{org}\\s*$|[“\"「]?(?:国立|省立|市立|县立|私立)?{org}[”\"」]?)"
        )
    if kin:
        words, before = alternation(kin), alternation(kin + aliases)
        placeholder = f"{OPEN}\\d+:\\w+{CLOSE}"
        kin_word = f"(?:第.任|第[一二三四五六七八九十]{{1,3}}|现任|前)?(?:{words})"  # 妻子, 第二任妻子, 前妻子, 第四子 …
        place = f"{OPEN}\\d+:(?:{'|'.join(CLASSES['PLACE'])}){CLOSE}"
        origin = f"{place}[人籍]"  # 妻子是杭州人某某: a place of origin first
        person = f"{OPEN}\\d+:(?:{'|'.join(CLASSES['PER'])}){CLOSE}"
        # 父亲 X (a relative introduced, perhaps described first: 爷爷是宁波的某某, 父亲是中国台湾演员某某; or a list of them:
        # 姐姐是甲、乙), 又名 X (the topic's other name), 生下 X (a child born), or a clause that is
        # only X 的妻子 / X 之女 / X 与 Y 的女儿 (the topic is their relative; 某某之女也来了 is someone else)
        # … and a clause opening with 与 X, perhaps described first (后与童年好友某某: X is the topic's partner in what the clause says;
        # 和 too, which opens no clause as "and": ，和某某结婚; after where, ，1927年在上海与某某结婚, 在苏联期间与某某结婚, 在日本东京与某某结婚)
        lead = _starting_one_of(kin + aliases)  # (the engine tries the long alternations only where one of their words may start)
        ruleset.kin = re.compile(
            f"{lead}(?:{before})(?:是|为|：|:)?\\s*(?!的)[^{OPEN}{CLOSE}，,。]{{0,12}}?(?:{place})+[^{OPEN}{CLOSE}，,。]{{0,12}}?{person}|"
            f"{lead}(?:{before})(?:是|为|：|:)?\\s*(?:(?!的)[^{OPEN}{CLOSE}，,。]{{0,12}}?)?(?:{origin})?{placeholder}(?:\\s*[、和及]\\s*{placeholder}){{0,4}}|{placeholder}(?:(?:和|与|及|、){placeholder})?(?:的|之)?{kin_word}(?:之一)?(?=[。！？]?\\s*$)"
            f"|^(?:{OPEN}\\d+:Time{CLOSE}[，, ]*)?(?:便|又|还|曾|后|后来|随后|并){{0,2}}(?:(?:在|于)(?:{place}){{1,2}}(?:期间|时|时期)?)?(?:与|同|跟|和)(?:[^{OPEN}{CLOSE}，,。]{{1,6}}?)?{placeholder}"
        )
        # (the partner may be described first, a body or a place in it: ，后嫁给了在某大学任教的华人教授 X)
        described = f"{OPEN}\\d+:(?:{'|'.join(CLASSES['ORG'] + CLASSES['PLACE'])}){CLOSE}"
        if marrying:  # ，15岁时就嫁给了 X, ，后来娶了 X: X is the one the topic married, not a new topic
            # (not ，其女儿嫁给了 X, a relative's marriage, nor 娶某某的 X, the one who married)
            ruleset.marrying = re.compile(
                f"^(?:(?:于|在)?{OPEN}\\d+:Time{CLOSE}[，, ]*)?(?P<wed>(?:(?!{words}|其|他的|她的)[^{OPEN}{CLOSE}，,。的]){{0,8}}?(?:{alternation(marrying)})了?)"
                f"(?P<partner>(?:(?:[^{OPEN}{CLOSE}，,。的]|{described}){{1,8}}?|(?:[^{OPEN}{CLOSE}，,。]|{described}){{1,16}}?的[^{OPEN}{CLOSE}，,。的]{{0,6}}?)?{person}(?!的))?"
            )
            ruleset.kin_named = re.compile(f"(?:{words})[^{OPEN}{CLOSE}，,。]{{0,12}}?{person}")
        ruleset.relative = re.compile(f"(?:的|之){kin_word}(?=[，,；;])")  # unnamed: 某某之女，…
        ruleset.introduced = re.compile(f"(?:{words})\\s*$")  # 生下女儿某某: the one before the kin word is the topic
        advisors = [str(w) for w in data.get("chain_advisors", [])]
        if advisors:
            ruleset.advised = re.compile(f"(?:{alternation(advisors)})(?:是|为|：|:)?\\s*$")
        children = [str(w) for w in data.get("chain_children", [])]
        present = [str(w) for w in data.get("chain_present", [])]
        if children and present:  # 育有一女某某，目前就读于…: what the clause after the child says now is the child's, not the topic's
            ruleset.child_named = re.compile(f"(?:{alternation(children)})[^{OPEN}{CLOSE}，,。]{{0,6}}?{person}\\s*$")
            ruleset.present = re.compile(f"^\\s*(?:{alternation(present)})")
        ruleset.described = re.compile(f"(?:^|[，,；;])\\s*(?:其|他的|她的|{person}的?)?(?:{words})(?:是|为|：|:)?(?:[^{OPEN}{CLOSE}，,。；;]|{place}){{0,12}}$")
        titles = alternation([str(w) for w in data.get("chain_titles", [])]) or "(?!)"
        # 某某之女甲, 某某元帅的独女甲; a child by birth order needs no 的 (某某次子甲)
        ruleset.named_relative = re.compile(f"(?:(?:{titles})?(?:的|之){kin_word}|(?:{alternation(_BIRTH_ORDER_CHILDREN)})){OPEN}\\d+:Person{CLOSE}")
        # a fact box with no commas (某某 父亲：甲 母亲：乙 妻子：丙): each kin or box label opens a clause of its own
        label_words = kin + [str(w) for w in data.get("chain_labels", [])]
        labels, lead = alternation(label_words), _starting_one_of(label_words)
        # … and, in a box copied from a web page with spaces for colons (某公司 成立日期 2011年 总部地址 某市:
        # the abstract sentence drops the spaces next to names and times), a label right between two of
        # them that is no post (某公司 董事长 某某 is one phrase, whatever the spaces)
        posts = {str(w) for w in data.get("roles", [])}
        box = [w for w in label_words if w not in posts and w not in kin]
        # (not right after an organization: 谷歌创始人某某, 某公司成立日期2011年 are that body's fields, not the topic's)
        bodies = "".join(f"(?<!:{kind}{CLOSE})" for kind in sorted(CLASSES["ORG"]))
        spaced = f"|{_starting_one_of(box)}(?<={CLOSE}){bodies}(?=(?:{alternation(box)}){OPEN})" if box else ""
        ruleset.breaks = re.compile(f"[，,；;]|{lead}(?<=[^，,；;\\s{OPEN}])(?=(?:{labels})[：:])|{lead}(?<={CLOSE})(?=(?:{labels})[：:]){spaced}")
    return ruleset


def _starting_one_of(words: Sequence[str]) -> str:
    """A lookahead for the first characters of ``words``, to put before an alternation of them:
    the regex engine then passes most offsets at one test instead of one per word (it finds no
    such shortcut itself for an alternation inside a longer pattern); empty when a word is empty
    (an alternation with an empty word starts anywhere).

    >>> _starting_one_of(["父亲", "母亲", "妻子"])
    '(?=[妻母父])'
    """
    if not words or not all(words):
        return ""
    return f"(?=[{''.join(sorted({re.escape(w[0]) for w in words}))}])"


def _requirements(regex: re.Pattern[str]) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The rule's anchors, characters of the text (no placeholder's, no ASCII) one of which every
    match must hold (most rules need a trigger word: 毕业于, 妻子, 创办 …), and all the sets of such
    characters every match hits one of each: a sentence that misses any one set cannot match (创
    and 始 of 的创始人, each needed), so the rule is not run on it; read off one parse
    (kg.extract.anchors).

    >>> sorted(_requirements(re.compile("(?P<s>a)(?:毕业于|就读于)(?P<o>b)"))[0])
    ['毕', '读']
    >>> _requirements(re.compile("(?P<s>a)(?:CEO|总裁)(?P<o>b)"))[0]
    frozenset()
    >>> [''.join(sorted(s)) for s in _requirements(re.compile("(?P<s>a)的创始人(?P<o>b)"))[1]]
    ['的', '创', '始', '人']
    """
    return character_requirements(regex, frozenset((OPEN, CLOSE)))


_GROUP_CLASS = re.compile(r"\(\?P<[so]>\{(\w+)\+?\}\)")  # a group that is one macro, no alternatives


def _needs(pattern: str) -> tuple[frozenset[str], ...]:
    """The mention types of a rule's subject and object groups that are one macro
    (``(?P<s>{PER+})``; a group with alternatives needs nothing): without one of each in the
    sentence the rule cannot match, so it is not run.

    >>> [sorted(n) for n in _needs("(?P<s>{PER}){GAP}毕业于(?P<o>{EDU+})")]
    [['Person'], ['EducationalOrganization']]
    >>> _needs("(?P<s>{ORG}|{PER})发布(?P<o>{WORK+}|{PRODUCT+})")
    ()
    """
    return tuple(frozenset(CLASSES[_GROUP_MACROS.get(name, name)]) for name in _GROUP_CLASS.findall(pattern) if _GROUP_MACROS.get(name, name) in CLASSES)


_GROUP_MACROS = {"PEOPLE": "PER"}  # a macro of more than a class, and the class every match of it holds


# a partner in parentheses: (Thomas Wolf), or a declared short name: （以下简称“某某”）
_OPEN_PAREN = re.compile(rf"\s*[（(]\s*(?:{DECLARES})?$")
_CLOSE_PAREN = re.compile(DECLARED_END)
# another name in parentheses, former or pen name: 某银行（前身为某某储蓄银行）成立于…, 某某（笔名某某）
# 的女儿: what follows is said of the name before it
_FORMER_OPEN = re.compile(r"\s*[（(]\s*(?:前身(?:为|是)|原名|原称|旧称|原为|曾用名|曾名|笔名|艺名|本名|又名|别名|字|号|英文名)\s*[：:]?\s*[“\"「]?$")
_NOTES_CLOSE = re.compile(r"\s*[，,；;][^()（）]{0,80}?[)）]")


def _notes_close(text: str, pos: int, later: Sequence[Mention]) -> re.Match[str] | None:
    """（字伯言，号怡斋）: more notes after another name in parentheses, naming nothing, go with it."""
    notes = _NOTES_CLOSE.match(text, pos)
    return notes if notes is not None and not any(pos <= x.start < notes.end() for x in later) else None


_BARE_OPEN = re.compile(r"\s*[（(]\s*$")  # an organization's other name alone in parentheses after it
_ORG_TYPES = frozenset(CLASSES["ORG"])
_FORMER_CLOSE = re.compile(r"[”\"」]?\s*[)）]")


def abstract(text: str, start: int, end: int, mentions: Sequence[Mention]) -> str:
    """The sentence with each mention replaced by ``⟦i:Subtype⟧`` (i = index in mentions).

    A bilingual partner in parentheses (``托马斯·沃尔夫 (Thomas Wolf)``) or a short name declared
    there (``某某有限公司（以下简称“某某”）``) is dropped with its parentheses: rules see one name. So
    is another name in parentheses right after a name, former or pen name (``某银行（前身为某某储蓄银行）
    成立于…``, ``某某（笔名某某）的女儿``), or an organization alone in parentheses after one
    (``某某学院（某某大学）``): what follows is said of the name before it. A person's name right
    after their title, its partner (``某宗某某``), is dropped the same way.
    Spaces around a mention (Latin names inside Chinese text are usually set off by spaces:
    ``是 Python 的``) are dropped, so rules need not allow them.
    """
    parts = []
    pos = start
    for i, m in enumerate(mentions):
        opening = _OPEN_PAREN.search(text, pos, m.start) if m.alt and i > 0 and mentions[i - 1].alt == m.text else None
        if opening is not None:
            close = _CLOSE_PAREN.match(text, m.end)
            # （Thomas Wolf，1987年—）: dates or notes after the partner keep their parentheses
            parts.append(text[pos : opening.start()] if close else text[pos : m.start])
            pos = close.end() if close else m.end
            continue
        if m.alt and i > 0 and mentions[i - 1].alt == m.text and mentions[i - 1].end == m.start == pos and m.top == "Person":
            pos = m.end  # 某宗某某: a title and the name right after it are one person, one name for the rules
            continue
        after_name = i > 0 and mentions[i - 1].end == pos
        former = _FORMER_OPEN.search(text, pos, m.start) if after_name else None
        if former is None and after_name and m.type in _ORG_TYPES and mentions[i - 1].type in _ORG_TYPES:
            former = _BARE_OPEN.match(text, pos, m.start)  # 某某学院（某某大学）: the school's other name
        if former is not None and (close := _FORMER_CLOSE.match(text, m.end) or _notes_close(text, m.end, mentions[i + 1 :])) is not None:
            parts.append(text[pos : former.start()])
            pos = close.end()
            continue
        parts.append(text[pos : m.start].strip(" \t\u00a0\u3000") if i > 0 or pos > start else text[pos : m.start].rstrip(" \t\u00a0\u3000"))
        parts.append(f"{OPEN}{i}:{m.type}{CLOSE}")
        pos = m.end
    parts.append(text[pos:end].lstrip(" \t\u00a0\u3000") if mentions else text[pos:end])
    return "".join(parts)


_CLAUSE_BREAK = re.compile(r"[，,；;]")
_COMMAS = "，,"  # (a comma right before an object: an apposition, or a clause of its own)
# A fact box's labels for the name of what the box is about (姓名：某某, 公司名称：某某有限公司)
_NAME_LABELS = "姓名|中文名|本名|名字|名称|企业名称|公司名称|公司全称|全称|学校名称|机构名称|单位名称|医院名称|中文名称|品牌名称|品牌"
# A fact box's field on a line of its own (国籍：中国, 总部地址：某市): a label of a few characters and a colon
_FIELD_LINE = re.compile(f"(?!(?:{_NAME_LABELS})[：:])[\\u4e00-\\u9fff]{{1,8}}[：:]")
# The topic opens the sentence, perhaps after an interview's label (答：), a time and a few characters (人物简介, 1977年), or a person
# or a body after their country or place and a description (日本作家某某, 美国第44任总统某某, 香港实业家某某, 日本软件公司某某).
_TOPIC_KINDS = "|".join(CLASSES["PER"] + CLASSES["ORG"])  # (a country before a person or a body named after it: 美国总统某某, 日本软件公司某某)
_OPENING_TOPIC = (
    f"(?:[（(][^（()）。]{{0,30}}[)）]\\s*)?(?:(?:问|答|Q|A)\\s*[：:]\\s*)?(?:{OPEN}\\d+:Time{CLOSE}[，, ]?)?(?:(?:{_NAME_LABELS})[：:]\\s*)?(?:(?:[\u4e00-\u9fff]{{1,2}}裔)?{OPEN}\\d+:(?:{_PLACES}){CLOSE}(?=[^{OPEN}{CLOSE}，,。：:]{{1,8}}?{OPEN}\\d+:(?:{_TOPIC_KINDS}){CLOSE}))?[^{OPEN}{CLOSE}，,。：:]{{0,8}}?(?<!是)(?<!于)(?P<topic>{OPEN}(\\d+):(\\w+){CLOSE})"
)
_OPENING = re.compile(_OPENING_TOPIC)  # a fact box's name label (姓名：某某) may open the sentence, and a byline in parentheses before it ((记者某某)某某，…);
# the place before the topic's description may follow an origin (俄裔英国物理学家某某)
# Mentions that can be the topic of a chain, by family: a clause naming another member of the
# same family starts a new chain.
_TOPICS = {t: "Person" for t in CLASSES["PER"]} | {t: "Organization" for t in CLASSES["ORG"]}
# Facts a clause may state with the topic as their object: 某某娶妻甲，生了乙 (乙 childOf 某某). Other
# rules read the topic put before the clause as adjacent to it (⟦公司⟧⟦某某⟧任董事长 is no 公司某某).
_TOPIC_AS_OBJECT = frozenset({"childOf", "spouse"})
_COPULA_STARTS = ("是", "为")
_ADVERB_COPULA = re.compile(r"(?:也|还|亦|则|都|同样|曾经?|原本|本来|原来)?(?:是|为)")  # 他的妻子甲也是医生: the copula, an adverb before it
_COMMA_COPULA = re.compile(r"[，,]\s*(?:是|为)")  # 某某的生母甲，是乙的夫人: the copula after a comma is the relative's too
# what may stand between 某某的妻子 and the name that says who she is: a comma, perhaps her other relative (乙的儿媳)
_NAMES_THE_RELATIVE = re.compile(f"[，,](?:{OPEN}\\d+:Person{CLOSE}(?:的|之)[^{OPEN}{CLOSE}，,。；;]{{1,3}})?")
# A clause that says whose child someone is (，为宰相某某之女, ，是某某的长子) right after a person the
# clause before named (娶妻某氏，为…之女): it describes that person, whom the rules read it of, not the topic
_WHOSE_CHILD = re.compile(r"(?:是|为|系)[^，,。；;]*?(?:之[长次三四幼独]?[子女]|的(?:[长次小]?女儿|[长次小]?儿子|[长次三幼][子女]))")
_ENDS_WITH_PERSON = re.compile(f"{OPEN}(\\d+):Person{CLOSE}\\s*$")
_DESCENDANT = re.compile("(?<![妻男])[子女孙媳婿]")  # kin words of descent (儿子, 孙女, 长子, 女婿; not 妻子): a child or grandchild
CHAIN_FACTOR = 0.9  # a fact read through a topic chain is a little less certain


def find_relations(
    text: str, start: int, end: int, sentence: int, mentions: Sequence[Mention], rules: Sequence[RelationRule], carried: Mention | None = None,
    couple: tuple[Mention, Mention] | None = None,
) -> Iterator[Relation]:
    """Relations stated in one sentence. ``mentions`` are that sentence's, in text order.

    Rules run on the abstract sentence, then on each later clause with the sentence's topic put
    in front of it: in ``陈红，1975年出生于武汉，本科毕业于武汉大学，后在剑桥大学获得博士学位``
    every clause is about 陈红 (a Chinese topic chain). The topic is a person or an organization
    that opens the sentence; a clause that names another of the same kind ends the chain (the
    topic named again or a pronoun, 她 or 他, does not), unless a kin word introduces that
    person (``，父亲陈某，母亲林某``: the topic's parents), makes the topic that person's
    relative (``，是某某的第三任妻子，…，某某之女``), or the clause opens with 与 and that person
    (``，2010年与某某创办了…``: the topic's partner). When the sentence opens with the topic's
    named relative as the subject of a copula (``某某的父亲甲是画家，善书法，是某院的创办人``), a
    clause with no kin word and no other person goes on about the relative.

    A sentence with no subject of its own (``1983年本科毕业于某大学，1989年获某大学博士学位``: what
    ``continued`` reads, the rule file's ``subjectless_openers``) goes on about ``carried``, the
    topic of the sentence before (``read_sentence``): its clauses are read as the chain's are,
    with that topic put in front, and state only the topic's facts. A sentence that opens with
    两人, 夫妻俩 … right after one that married ``couple`` (甲与乙结婚。两人育有一女丙) is read with
    the couple's names in their place; of what it then states, only the couple's facts are kept.
    """
    yield from read_sentence(text, start, end, sentence, mentions, rules, carried, couple)[0]


def read_sentence(
    text: str, start: int, end: int, sentence: int, mentions: Sequence[Mention], rules: Sequence[RelationRule], carried: Mention | None = None,
    couple: tuple[Mention, Mention] | None = None,
) -> tuple[list[Relation], Mention | None]:
    """The relations one sentence states (``find_relations``) and the person or organization it is
    about, for the sentence after it: the one that opens it (``陈红，1975年出生于武汉``), the relative it
    names there (``李明的父亲李强是一名医生。曾任…``: the next sentence is about 李强), or, when it opens with
    no subject of its own, ``carried``; None when none. The abstract sentence, the test for a subject
    and the opening are read once for both."""
    abstract_text = abstract(text, start, end, mentions)
    continues = carried is not None and (_continues(abstract_text, rules) or _field_line(text, start, end))
    opening = None if continues else (getattr(rules, "opening", None) or _OPENING).match(abstract_text)
    if opening is not None and opening.group(3) not in _TOPICS:
        opening = None
    enough = len(mentions) >= (1 if carried is not None or couple is not None else 2)
    facts = list(_facts(abstract_text, sentence, mentions, rules, carried if continues else None, couple, opening)) if enough else []
    return facts, carried if continues else _opening_topic(abstract_text, opening, mentions, rules)


def _facts(
    abstract_text: str, sentence: int, mentions: Sequence[Mention], rules: Sequence[RelationRule], carried: Mention | None,
    couple: tuple[Mention, Mention] | None, opening: re.Match[str] | None,
) -> Iterator[Relation]:
    """``find_relations`` on the abstract sentence: ``carried`` is given only when the sentence goes
    on about it, ``opening`` only when a topic opens the sentence."""
    times = [m for m in mentions if m.type == "Time"]
    seen: set[tuple[int, str, int]] = set()
    own = list(_apply(abstract_text, mentions, rules, times, sentence, seen, None))
    yield from own
    married = couple_of(own, getattr(rules, "kin_paths", None))
    if married is not None:  # 甲与乙结婚，2015年两人的长女丙出生: a later clause's 两人 is the couple the sentence married
        last = max(married[0].end, married[1].end)
        for later in _COUPLE_IN_CLAUSE.finditer(abstract_text):
            if _ends_before(abstract_text, later.start(), mentions, last):
                yield from _couples_facts("", abstract_text[later.end("pair") :], married, mentions, rules, times, sentence, seen)
        for child in _CHILD_OF_COUPLE.finditer(abstract_text):  # …系夫妻关系，丙先生系二人之子: the couple's child
            if _ends_before(abstract_text, child.start(), mentions, last):
                yield from _couples_facts(abstract_text[child.start() : child.start("pair")], abstract_text[child.end("pair") :], married, mentions, rules, times, sentence, seen)
    if couple is not None and (pair := _COUPLE_OPENING.match(abstract_text)) is not None:
        yield from _couples_facts(abstract_text[: pair.start("pair")], abstract_text[pair.end("pair") :], couple, mentions, rules, times, sentence, seen)
    if carried is not None:  # (tested before the opening: its few words before a topic may be such a verb, 获某大学…)
        stitched = f"{OPEN}{len(mentions)}:{carried.type}{CLOSE}" + abstract_text
        with_topic = [*mentions, carried]
        yield from _apply(stitched, with_topic, rules, times, sentence, seen, carried)
        topic_opening = _OPENING.match(stitched)
        if topic_opening is not None and topic_opening.group(3) in _TOPICS:
            yield from _follow_chain(stitched, topic_opening, with_topic, rules, times, sentence, seen)
        return
    if opening is None:
        return
    yield from _follow_chain(abstract_text, opening, mentions, rules, times, sentence, seen)
    if _TOPICS[opening.group(3)] == "Organization" and (head := _HEADED_PERSON.match(abstract_text, opening.start("topic"))) is not None:
        # 某公司董事长兼总裁某某毕业于…，其父某某…: the organization's head, named after it, is a topic
        # too (each chain states only facts of its own topic: the firm's seat, the head's father)
        yield from _follow_chain(abstract_text, head, mentions, rules, times, sentence, seen)
    if _TOPICS[opening.group(3)] == "Organization":
        # 某公司由某某创立，某某本科毕业于甲大学，后在乙大学获得博士学位: a later clause opening with a person starts
        # that person's chain of clauses (the company's chain goes on beside it: each states only its own topic's facts)
        for later in _CLAUSE_PERSON.finditer(abstract_text, opening.end()):
            yield from _follow_chain(abstract_text, later, mentions, rules, times, sentence, seen)


def _couples_facts(
    before: str, after: str, couple: tuple[Mention, Mention], mentions: Sequence[Mention], rules: Sequence[RelationRule],
    times: list[Mention], sentence: int, seen: set[tuple[int, str, int]],
) -> Iterator[Relation]:
    """The facts of the abstract text ``before`` + the couple's two names + ``after`` (两人 read as 甲和乙)
    that are about one of the couple."""
    a, b = len(mentions), len(mentions) + 1
    named = f"{OPEN}{a}:{couple[0].type}{CLOSE}和{OPEN}{b}:{couple[1].type}{CLOSE}"
    stitched = before + named + after
    yield from (r for r in _apply(stitched, [*mentions, *couple], rules, times, sentence, seen, None) if r.subject in couple or r.object in couple)


# A sentence opening (after a short clause of the news' source, 据悉，, or a time) with the couple the
# sentence before married: 两人, 夫妻俩 …, 他们 before 的 (他们的女儿某某)
_COUPLE_OPENING = re.compile(
    f"\\s*(?:[^{OPEN}{CLOSE}，,。]{{1,6}}[，,]\\s*)?(?:{OPEN}\\d+:Time{CLOSE}[，, ]*)?(?P<pair>两人|二人|夫妻俩|夫妇俩|夫妻二人|夫妇二人|两口子|小两口|(?:他们|她们)(?=的))"
)


# A later clause of the sentence opening (after a time) with the couple it married: 两人的长女, 二人之女, 二人所生之子, 夫妻俩育有, 他们的长女,
# 两人都毕业于 …, or the couple joined to the one just named (其夫人某某女士和他们的子女…)
_COUPLE_IN_CLAUSE = re.compile(
    f"(?:[，,；;]\\s*(?:{OPEN}\\d+:Time{CLOSE}[，, ]*)?|(?<=女士|先生)(?:和|及|与)|(?<={CLOSE})(?:和|及|与))(?P<pair>两人|二人|夫妻俩|夫妇俩|夫妻二人|夫妇二人|两口子|小两口|(?:他们|她们)(?=的))(?=的|之|所生|婚后|共|育有|生有|生下|生了|先后|都|均|皆|也都|同为|一同|一起|此前|早年|曾|同在|同时)"
)  # (…，两人此前同在某大学学习: both studied there)


# A later clause naming someone the couple's child with a copula (…，周小川先生系二人之子, 乙是两人的女儿)
_CHILD_OF_COUPLE = re.compile(f"(?<=[，,；;]){OPEN}\\d+:Person{CLOSE}(?:先生|女士)?(?:系|是|为)(?P<pair>两人|二人|夫妇|夫妻)(?=之|的)")


def _ends_before(abstract_text: str, k: int, mentions: Sequence[Mention], end: int) -> bool:
    """A placeholder before abstract_text[k] stands for a mention ending at ``end`` (the later of the
    couple's two names): the couple is named before the clause at k."""
    before = [mentions[int(m.group(1))] for m in _PLACEHOLDER.finditer(abstract_text, 0, k)]
    return any(m.end == end for m in before)


def couple_of(relations: Iterable[Relation], paths: Mapping[str, str] | None = None) -> tuple[Mention, Mention] | None:
    """The two people a sentence's relations marry (the last such fact), for the sentence after it; with the
    rules' ``kin_paths``, a kin word naming a spouse marries them too (某某之妻某某: the kin rule's fact)."""
    married = [r for r in relations if r.predicate == "spouse" or paths is not None and r.predicate == KIN and paths.get(r.role) == SPOUSE]
    return (married[-1].subject, married[-1].object) if married else None


def _field_line(text: str, start: int, end: int) -> bool:
    """The sentence is a fact box's field on a line of its own (国籍：中国, 总部：某市), but not its name's
    (姓名：某某 opens a box of its own): it goes on about the topic of the line before, the box's.

    >>> _field_line("姓名：林某\\n国籍：中国\\n", 6, 11), _field_line("姓名：林某\\n国籍：中国\\n", 0, 5)
    (True, False)
    >>> _field_line("林某是演员。国籍：中国", 6, 11)
    False
    """
    if _FIELD_LINE.match(text, start) is None:
        return False  # (the cheap test first: most sentences open with no label)
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : len(text) if line_end < 0 else line_end].strip()


def _continues(abstract_text: str, rules: Sequence[RelationRule]) -> bool:
    """The sentence opens with no subject of its own (a time, an adverb, then a verb: ``continued``)."""
    continued = getattr(rules, "continued", None)
    return continued is not None and continued.match(abstract_text) is not None


def _opening_topic(abstract_text: str, opening: re.Match[str] | None, mentions: Sequence[Mention], rules: Sequence[RelationRule]) -> Mention | None:
    """The topic that opens the sentence, or the relative named right after it (read_sentence)."""
    if opening is None:
        return None
    named_relative = getattr(rules, "named_relative", None)
    named = named_relative.match(abstract_text, opening.end()) if named_relative is not None and _TOPICS[opening.group(3)] == "Person" else None
    holder = _PLACEHOLDER.search(named.group()) if named is not None else None
    return mentions[int(holder.group(1))] if holder is not None else mentions[int(opening.group(2))]


_ACTS = re.compile("(?:曾|曾经|早年|先后|也|都)?(?:毕业于|就读于|求学于|考入|留学|任职于|任教于|创办|创立|出生于|生于)")  # what a relative did, named right after
_GOES_ON = re.compile("(?:后|后来|随后|之后|此后|再|又)(?!来的)")  # a clause with no subject of its own going on after one
_FIRST = "第一"  # 第一夫人: the First Lady, a title, no one's wife the sentence leaves unnamed
_NARRATORS = frozenset({"我", "我的", "我们的", "我家"})  # the writer whose relative a kin word opening a sentence names (我的父亲某某; a kin word
# alone, 父亲某某，…, often lists the relatives of someone the text is about, who stays the topic: DuIE lost two facts)
_BIRTH_ORDER_CHILDREN = ("长子", "次子", "三子", "四子", "幼子", "独子", "长女", "次女", "三女", "幼女", "独女")  # named right after the parent, no 的 needed


# A clause (after a time) opening with a person: 某公司…，某某本科毕业于…
_CLAUSE_PERSON = re.compile(f"[，,；;]\\s*(?:{OPEN}\\d+:Time{CLOSE}[，, ]*)?(?P<topic>{OPEN}(\\d+):(Person){CLOSE})")


# An organization opening the sentence, then its head named after the post (某公司董事长兼总裁某某).
_HEADED_PERSON = re.compile(f"{OPEN}\\d+:\\w+{CLOSE}(?:的)?[^{OPEN}{CLOSE}，,。：:；;]{{1,16}}?(?P<topic>{OPEN}(\\d+):(Person){CLOSE})")


def _follow_chain(
    abstract_text: str, opening: re.Match[str], mentions: Sequence[Mention], rules: Sequence[RelationRule],
    times: list[Mention], sentence: int, seen: set[tuple[int, str, int]],
) -> Iterator[Relation]:
    """The facts of the clauses after ``opening`` (a match whose ``topic`` group, and groups 2 and
    3, give the topic's placeholder, index and type) about that topic (``find_relations``)."""
    topic = opening.group("topic")
    topic_mention = mentions[int(opening.group(2))]
    family = _TOPICS[opening.group(3)]
    relative = getattr(rules, "relative", None)
    if family == "Person" and relative is not None and relative.match(abstract_text, opening.end()):
        return  # 某某之女，1950年出生: the sentence is about the relative, not about 某某 (某某的父亲甲，… is)
    named_relative = getattr(rules, "named_relative", None)
    # 某某的父亲甲是考古学家，…，是某院的创办人: a clause with no kin word goes on about 甲, the relative
    # (one with a kin word, ，祖父乙为…, still names the topic's relative)
    named = named_relative.match(abstract_text, opening.end()) if family == "Person" and named_relative is not None else None
    relative_of_topic = None  # (its placeholder, its mention) when the relative is the subject of a copula or of the opening clause's verb
    if named is not None and (_ADVERB_COPULA.match(abstract_text, named.end()) or _COMMA_COPULA.match(abstract_text, named.end())):
        holder = _PLACEHOLDER.search(named.group())
        if holder is not None:
            relative_of_topic = (holder.group(), mentions[int(holder.group(1))])
    named_end = named.end() if named is not None else -1
    descendant_opens = named is not None and relative_of_topic is None and _DESCENDANT.search(_PLACEHOLDER.sub("", named.group())) is not None
    if named is not None and relative_of_topic is None and named.end() < len(abstract_text) and _CLAUSE_BREAK.match(abstract_text, named.end()) is None:
        holder = _PLACEHOLDER.search(named.group())
        if holder is not None:  # 某某之妻甲出身于商人家庭，毕业于…: 甲 is the subject of the opening clause's verb, and a later
            relative_of_topic = (holder.group(), mentions[int(holder.group(1))])  # clause with no kin word goes on about her
    introduced = getattr(rules, "introduced", None)
    kin_before = introduced.search(abstract_text, 0, opening.start("topic")) if family == "Person" and introduced is not None else None
    if kin_before is not None and abstract_text[: kin_before.start()].strip() not in _NARRATORS and not abstract_text.endswith(_FIRST, 0, kin_before.start()):
        return  # 自从生下女儿某某，妻子…: the unnamed parent is the topic, not the daughter (but 我的祖父某某曾就读于…，1930年与…结婚:
        # the writer's relative, named as the sentence opens, is its topic)
    kin = getattr(rules, "kin", None)
    agents = getattr(rules, "agents", None)
    breaks = getattr(rules, "breaks", _CLAUSE_BREAK)
    formed_into = getattr(rules, "formed_into", None)
    first = breaks.search(abstract_text, opening.end()) if formed_into is not None and family == "Organization" else None
    if formed_into is not None and family == "Organization" and formed_into.search(abstract_text, opening.end(), first.start() if first is not None else len(abstract_text)):
        return  # 甲与乙合并组建为丙，总部设在…: the clauses after go on about 丙, which the rules read themselves
    marrying = getattr(rules, "marrying", None) if family == "Person" else None
    kin_named = getattr(rules, "kin_named", None)
    relative_before = False  # the clause before named a relative of the topic's (，其子某某，)
    child_named, present = (getattr(rules, "child_named", None), getattr(rules, "present", None)) if family == "Person" else (None, None)
    child_before = False  # the clause before ended with a child born and named (，育有一女某某，)
    described: str | None = None  # the relative the clause before named and described with a copula (，他的妻子某某是声乐家，)
    acted: str | None = None  # the relative the clause before named as the subject of what it did (，母亲某某毕业于…，)
    for brk in breaks.finditer(abstract_text, opening.end()):
        clause = abstract_text[brk.end() :]
        head = breaks.split(clause, maxsplit=1)[0]
        relative = kin_named.search(head) if kin_named is not None else None
        after_relative, relative_before = relative_before, relative is not None
        holder = _PLACEHOLDER.findall(relative.group())[-1][0] if relative is not None else None  # the relative's placeholder number
        described_before, described = described, (
            holder if relative is not None and head.startswith(_COPULA_STARTS, relative.end()) and not head.startswith(_ITS) else None
        )  # (not one opening with 其 itself: ，其父甲为…，其夫乙… lists the topic's relatives)
        if described_before is not None and family == "Person" and head.startswith(_ITS):
            who = mentions[int(described_before)]
            yield from _apply(f"{OPEN}{described_before}:{who.type}{CLOSE}，" + head, mentions, rules, times, sentence, seen, who)
            continue  # ，他的妻子某某是声乐教育家，其父为某某: 其 is the relative the clause before named and described
        acted_before, acted = acted, holder if relative is not None and _ACTS.match(head, relative.end()) is not None else None
        if acted_before is not None and family == "Person" and _GOES_ON.match(head) is not None and _PLACEHOLDER.search(head) is not None and not any(
            _TOPICS.get(kind) == "Person" for _, kind in _PLACEHOLDER.findall(head)
        ):
            who = mentions[int(acted_before)]
            yield from _apply(f"{OPEN}{acted_before}:{who.type}{CLOSE}" + head, mentions, rules, times, sentence, seen, who)
            continue  # ，母亲某某毕业于北京大学，后赴斯坦福大学攻读MBA: the relative who acted in the clause before goes on
        after_child, child_before = child_before, child_named is not None and child_named.search(head) is not None
        if after_child and present is not None and present.match(head):
            continue  # ，育有一女某某，目前就读于…: the child's present, not the topic's
        if marrying is not None and (wed := marrying.match(head)) is not None:
            if after_relative and wed.group("wed"):
                continue  # ，其子某某，又娶了某某: whose marriage? the relative's just named more likely; read nothing
            if wed.group("partner"):
                head = head[wed.end() :]  # ，后来嫁给了某某: the one the topic married, no new topic
        if (
            family == "Person" and _WHOSE_CHILD.match(head)
            and (last := _ENDS_WITH_PERSON.search(abstract_text, 0, brk.start())) is not None and mentions[int(last.group(1))].text != topic_mention.text
        ):
            continue  # 某某娶妻甲，为乙之女: the daughter is 甲, named last, not the topic
        if relative_of_topic is not None and brk.start() == named_end and head.startswith(_COPULA_STARTS):
            yield from _apply(relative_of_topic[0] + head, mentions, rules, times, sentence, seen, relative_of_topic[1])
            continue  # 某某的生母甲，是乙的第二任夫人: the copula right after the relative is said of her (that clause only)
        if relative_of_topic is not None and family == "Person" and head.startswith(_ITS):
            yield from _apply(relative_of_topic[0] + "，" + head, mentions, rules, times, sentence, seen, relative_of_topic[1])
            continue  # 某某之女甲也是一位作家，其夫乙是画家: 其 is the relative the clause before was about (read as 甲，其夫乙…,
            # the pause kept: the rules of 其 read it after one)
        if kin is not None and family == "Person":
            bare = kin.sub("", head)  # 父亲 X, 妻子 Y: the topic's relatives keep the chain going
            if relative_of_topic is not None and bare == head:
                if not any(_TOPICS.get(kind) == "Person" for _, kind in _PLACEHOLDER.findall(head)):  # naming no one else: said of the relative
                    # (that clause only: a later one with a kin word, ，母亲乙, names the topic's relative, not the relative's)
                    yield from _apply(relative_of_topic[0] + head, mentions, rules, times, sentence, seen, relative_of_topic[1])
                continue
            if relative_of_topic is not None and bare != head and kin_named is not None and kin_named.search(head) is None:
                yield from _apply(relative_of_topic[0] + head, mentions, rules, times, sentence, seen, relative_of_topic[1])
                continue  # 我的父亲甲曾就读于…，1930年与乙结婚: a partner after 与 (no kin word) is the relative's, who goes on as the subject
            if descendant_opens and bare != head:
                continue  # 某某的孙子甲被封为王，…，儿子乙: whose son? 甲's more likely than the topic's; read nothing
                # (某某的曾祖父甲…，祖父乙…: a list of the topic's forebears goes on about the topic)
            head = bare
        renamed = getattr(rules, "renamed", None)
        if family == "Organization" and renamed is not None and (alias := renamed.match(head)) is not None:
            head = head[alias.end() :]  # ，原某某工作室，: the topic's former name, no new topic
        if agents is not None and agents.match(head):
            yield from _apply(topic + clause, mentions, rules, times, sentence, seen, topic_mention)
            continue  # 由甲和乙合并组建: said of the topic; 甲 and 乙 take nothing over
        if any(
            _TOPICS.get(kind) == family and mentions[int(k)].text != topic_mention.text and mentions[int(k)].source != "pronoun"
            for k, kind in _PLACEHOLDER.findall(head)
        ):
            break  # another person (or organization) takes over the chain; the topic named again or a pronoun does not
        yield from _apply(topic + clause, mentions, rules, times, sentence, seen, topic_mention)


@dataclass(frozen=True)
class _Plan:
    """The rules to try on sentences holding a given set of mention types, with the character
    sets each needs (by their numbers): a rule runs only on a text whose characters hit all its sets."""

    rules: tuple[RelationRule, ...]  # the runnable rules in rule order
    needs: tuple[tuple[int, ...], ...]  # the numbers of the sets each of them needs (a few at most)
    sets_of: dict[str, tuple[int, ...]]  # a character → the numbers of the needed sets that hold it
    count: int  # how many needed sets there are (numbered from 0)

    def met(self, chars: frozenset[str]) -> list[bool]:
        """For each needed set, by its number, whether ``chars`` hit it (a flag a set: a rule's
        few are then read at a test each, no big integer made and compared at each rule)."""
        met = [False] * self.count
        sets_of = self.sets_of
        for c in sets_of.keys() & chars:
            for number in sets_of[c]:
                met[number] = True
        return met


# (id of a rule set, mention types present) → (that rule set, its plan); id of a rule set → (that
# rule set, what its rules need). The entries hold the rule set itself, so its id cannot be reused
# by another while they live; both are pure functions of the rule set (rules are frozen; a rule set
# is read, never changed) and the types, so a remembered one is the one that would be built again.
_RUNNABLE: dict[tuple[int, frozenset[str]], tuple[Sequence[RelationRule], _Plan]] = {}
_SETS: dict[int, tuple[Sequence[RelationRule], _Needs]] = {}


@dataclass(frozen=True)
class _Needs:
    """What the rules of a rule set need, read once per rule set (_needed_sets)."""

    sets: tuple[tuple[int, ...], ...]  # the numbers of the character sets each rule needs, in rule order
    sets_of: dict[str, tuple[int, ...]]  # a character → the numbers of the needed sets that hold it
    types: tuple[tuple[frozenset[str], ...], ...]  # the distinct mention types the rules ask for (RelationRule.needs)
    types_of: tuple[int, ...]  # each rule's, as its position in ``types``
    count: int  # how many distinct character sets the rules need


def _needed_sets(rules: Sequence[RelationRule]) -> _Needs:
    """A number for each distinct set of characters the rules need (their anchors and the other
    sets they require): the numbers each rule needs, in rule order, and those each character hits;
    and the distinct mention types they need (some thirty among the rules)."""
    cached = _SETS.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    if len(_SETS) > 64:
        _SETS.clear()
    number_of: dict[frozenset[str], int] = {}  # each distinct needed set → its number
    numbers_of: dict[str, list[int]] = {}
    needs = []
    kinds: dict[tuple[frozenset[str], ...], int] = {}
    types_of = []
    for rule in rules:
        need: list[int] = []
        for chars in (rule.anchors, *rule.requires):
            if not chars:
                continue
            number = number_of.get(chars)
            if number is None:
                number = number_of[chars] = len(number_of)
                for c in chars:
                    numbers_of.setdefault(c, []).append(number)
            if number not in need:
                need.append(number)
        needs.append(tuple(need))
        types_of.append(kinds.setdefault(rule.needs, len(kinds)))
    found = _Needs(tuple(needs), {c: tuple(numbers) for c, numbers in numbers_of.items()}, tuple(kinds), tuple(types_of), len(number_of))
    _SETS[id(rules)] = (rules, found)
    return found


def _runnable(rules: Sequence[RelationRule], present: frozenset[str]) -> _Plan:
    """The rules whose subject and object can be found among the mention types ``present``,
    in rule order, with the characters they need; remembered per rule set and set of types
    (sentences repeat a few of them)."""
    key = (id(rules), present)
    cached = _RUNNABLE.get(key)
    if cached is not None and cached[0] is rules:
        return cached[1]
    if len(_RUNNABLE) > 4096:
        _RUNNABLE.clear()
    needs = _needed_sets(rules)
    found = [not any(present.isdisjoint(types) for types in kind) for kind in needs.types]  # (each distinct kind tested once)
    planned = [(rule, need) for rule, need, kind in zip(rules, needs.sets, needs.types_of, strict=True) if found[kind]]
    plan = _Plan(tuple(rule for rule, _ in planned), tuple(need for _, need in planned), needs.sets_of, needs.count)
    _RUNNABLE[key] = (rules, plan)
    return plan


def _holds_words(text: str, words: tuple[tuple[str, ...], ...]) -> bool:
    """``text`` holds one word of each set."""
    for alternatives in words:
        for word in alternatives:
            if word in text:
                break
        else:
            return False
    return True


def _only_at_start(text: str, mentions: Sequence[Mention], topic: Mention) -> bool:
    """Whether one mention alone is the topic (equal to it) and its placeholder opens ``text`` and
    stands nowhere else in it (the topic put in front of a clause of the chain): a match whose
    subject or object group holds the topic then starts at 0, and the search's matches that start
    later hold another subject and object, which _apply drops for the chain.

    >>> who, other = Mention("陈红", "Person", 0, 2, 0, "name"), Mention("武汉", "City", 8, 10, 0, "gazetteer")
    >>> _only_at_start(f"{OPEN}0:Person{CLOSE}出生于{OPEN}1:City{CLOSE}", [who, other], who)
    True
    >>> _only_at_start(f"出生于{OPEN}1:City{CLOSE}", [who, other], who)
    False
    """
    index = -1
    for k, m in enumerate(mentions):
        if m is topic or m.start == topic.start and m == topic:  # (a mention of another start is never equal)
            if index >= 0:
                return False  # two mentions equal to the topic: either may stand for it
            index = k
    mark = f"{OPEN}{index}:"
    return index >= 0 and text.startswith(mark) and text.find(mark, 1) < 0


def _apply(
    abstract_text: str,
    mentions: Sequence[Mention],
    rules: Sequence[RelationRule],
    times: Sequence[Mention],
    sentence: int,
    seen: set[tuple[int, str, int]],
    topic: Mention | None,
) -> Iterator[Relation]:
    chars = frozenset(abstract_text)
    relative = getattr(rules, "relative", None)
    named_relative = getattr(rules, "named_relative", None)
    described = getattr(rules, "described", None)
    advised = getattr(rules, "advised", None)
    bodies: dict[str, frozenset[str]] = getattr(rules, "role_bodies", {})  # a post's word → the kinds of body that have it
    objects_never: dict[str, frozenset[str]] = getattr(rules, "objects_never", {})  # a predicate → the kinds its object never is
    subjects_never: dict[str, frozenset[str]] = getattr(rules, "subjects_never", {})  # a predicate → the kinds its subject never is
    negated: re.Pattern[str] | None = getattr(rules, "negated", None)
    supposed: re.Pattern[str] | None = getattr(rules, "supposed", None)
    planned: re.Pattern[str] | None = getattr(rules, "planned", None)
    # where the sentence's one time stands in the abstract text (-1: none, or more than one), found once for all matches
    time_at = abstract_text.find(f"{OPEN}{next((k for k, m in enumerate(mentions) if m is times[0]), -1)}:") if len(times) == 1 else -1
    plan = _runnable(rules, frozenset(kind for _, kind in _PLACEHOLDER.findall(abstract_text)))
    met = plan.met(chars)  # (for each needed set of characters, by its number)
    # a clause of a chain keeps only the facts whose subject (or object) is the topic put in front
    # of it: where nothing else in the text stands for the topic, only a match from the start can
    # hold it, and one match there is all the search would keep (see _only_at_start)
    at_start = topic is not None and _only_at_start(abstract_text, mentions, topic)
    for rule, need in zip(plan.rules, plan.needs, strict=True):
        if not all(met[number] for number in need):
            continue  # a set of characters every match holds one of is missing: no match
        if rule.words and not _holds_words(abstract_text, rule.words):
            continue  # … or a set of words (毕 and 业 without 毕业于): no match either, found at a few tests of ``in``
        pos = 0
        while pos >= 0 and (match := rule.regex.match(abstract_text) if at_start else rule.regex.search(abstract_text, pos)) is not None:
            pos = -1 if at_start else match.start() + 1
            subjects = [mentions[int(i)] for i, kind in _PLACEHOLDER.findall(match.group("s")) if kind != "Time"]  # (甲1924年与乙: the year is no subject)
            objects = [mentions[int(i)] for i, _ in _PLACEHOLDER.findall(match.group("o"))]
            if topic is not None and topic not in subjects and not (objects == [topic] and (rule.predicate in _TOPIC_AS_OBJECT or rule.topic_object)):
                continue  # a clause of the chain states a fact of the topic's (its subject, or the parent of 生了 X)
            if relative is not None and (kin := relative.match(abstract_text, match.end("s"))) is not None and match.start("o") >= kin.end() and not (
                _NAMES_THE_RELATIVE.fullmatch(abstract_text, kin.end(), match.start("o")) and all(o.top == "Person" for o in objects)
            ):
                continue  # 某某的长子，1950年出生: what follows is about 某某's unnamed son (某某的妻子，甲 names her, and so
                # does 某某的妻子，乙的表妹甲: the one named next, described by another relative of hers)
            if match.start("o") > match.start() and abstract_text[match.start("o") - 1] in _COMMAS and objects and all(o.source == "pronoun" for o in objects):
                continue  # 某某的第二任妻子，她在上海长大: a pronoun after a comma opens a clause of its own, it is no one's apposition
            if named_relative is not None and match.end() == match.end("o") and named_relative.match(abstract_text, match.end("o")):
                continue  # 甲的母亲是某某之女乙: the mother is 乙, 某某 her father
            if rule.unintroduced and described is not None and described.search(abstract_text, 0, match.start("s")):
                continue  # ，父亲是演员某某，母亲是某某: both the topic's parents, not the father's mother
            if (
                advised is not None and match.end("s") <= match.start("o") and advised.search(abstract_text, max(0, match.start("s") - 8), match.start("s"))
                and _CLAUSE_BREAK.search(abstract_text, match.end("s"), match.start("o")) is not None
            ):
                continue  # 某某师从甲，在某大学获得博士学位: the teacher is no subject of the clause after
            if rule.timed and (negated is not None or supposed is not None or planned is not None) and _not_stated(abstract_text, match, negated, supposed, planned):
                continue  # 某某并没有毕业于某校, 据传某某将出任…, 如果某某出任…: denied, heard or supposed, not stated (what
                # an apposition describes stays: 据传某公司董事长某某将…, 某帝没有让位于自己的儿子某某)
            groups = rule.regex.groupindex
            role = rule.role or (match.group("role") if "role" in groups and match.group("role") else "")
            time: TimeValue | None = None
            if "t" in groups and match.group("t"):
                found = [mentions[int(i)] for i, _ in _PLACEHOLDER.findall(match.group("t"))]
                time = found[0].time if found else None
            elif rule.timed and len(times) == 1 and _dates_the_match(abstract_text, match, time_at):
                time = times[0].time
            confidence = rule.confidence * (CHAIN_FACTOR if topic is not None else 1.0)
            kinds = [bodies[w] for w in bodies if w in role] if role else []  # 校长: only a school has one
            never = objects_never.get(rule.predicate, frozenset())  # 毕业于: no company
            unable = subjects_never.get(rule.predicate, frozenset())  # 由某国医生某某创办: the country founds nothing
            if rule.respectively and len(subjects) != len(objects):
                continue  # 分别: each subject with the object in its place, or nothing
            for k, s in enumerate(subjects):
                if s.type in unable:
                    continue
                for o in objects[k : k + 1] if rule.respectively else objects:
                    if s is o or s.text == o.text or (s.source == o.source == "pronoun"):
                        continue
                    if any(o.type not in k for k in kinds) or o.type in never:
                        continue  # 某大学隶属于某部，现任校长某某: no ministry has a 校长, the post is the school's
                    if rule.object_ends and not o.text.endswith(rule.object_ends):
                        continue  # 入选某国国家队: a national team, not any body
                    if rule.object_not_ends and o.text.endswith(rule.object_not_ends):
                        continue  # 加入某党: a party's member, no job there
                    key = (s.start, rule.predicate, o.start)
                    if key in seen:
                        continue
                    seen.add(key)
                    yield Relation(s, rule.predicate, o, sentence, round(confidence, 3), rule.id, role.strip(), time)


def _not_stated(
    abstract_text: str, match: re.Match[str], negated: re.Pattern[str] | None, supposed: re.Pattern[str] | None, planned: re.Pattern[str] | None = None
) -> bool:
    """The fact a match reads is denied (a negation in the last clause of what stands between its two
    names: 某某并没有毕业于某校, 从未担任过), only planned (a word of a plan after its first name, in the
    clause of the match: 某某计划明年赴某大学攻读…, 甲与乙拟于下月举行婚礼), or only supposed or heard (a word
    of supposition or hearsay opening the clause of its first name: 如果某某出任…, 据传某某将出任…, 很多人以为某某创办了…)."""
    first, second = sorted((match.span("s"), match.span("o")))
    between = _CLAUSE_BREAK.split(abstract_text[first[1] : second[0]])[-1]  # (周明虽然没有读完高中，却考入了某校: the clause of the fact only)
    if negated is not None and negated.search(between):
        return True
    if planned is not None and (plan := planned.search(abstract_text, first[1], max(match.end(), second[1]))) is not None:
        if _CLAUSE_MARK.search(abstract_text, first[1], plan.start()) is None:
            return True
    if supposed is None:
        return False
    opening = max(abstract_text.rfind(c, 0, first[0]) for c in _CLAUSE_MARKS) + 1
    heard = supposed.search(abstract_text, opening, first[0])
    # a word of hearsay or supposition opening the clause (据传某公司董事长某某将出任…) speaks for all of it; one of
    # belief only for what follows it at once (很多人以为某某创办了…, not 本以为会进入娱乐圈的某某嫁给了…)
    return heard is not None and (
        heard.group("opening") is not None and not abstract_text[opening : heard.start()].strip()
        or heard.group("belief") is not None and first[0] - heard.end() <= _SUPPOSED_REACH and OPEN not in abstract_text[heard.end() : first[0]]
    )


_CLAUSE_MARKS = "，,；;。！？"
_ITS = "其"  # "his, her, its": opening a clause, the one the clause before was about
_CLAUSE_MARK = re.compile(f"[{_CLAUSE_MARKS}]")
_PRESENT = re.compile("现任|现为|现在|目前|如今|至今")
_DATING = re.compile("(?:这是|那是|这时是|当时是|时值|时为|时间是|时间为)\\s*$")


def _dates_the_match(abstract_text: str, match: re.Match[str], at: int) -> bool:
    """The sentence's one time (its placeholder at ``at`` in the abstract text, -1 when not found) may
    date what a timed rule read elsewhere in it, but not from a later
    clause (某某出生于仙桃，1991年毕业于…: the year is the graduation's) unless that clause only dates what
    was said (…卖给了谷歌，这是2006年左右), nor from an earlier one when the
    match's clause says it holds now (1987年由某某创立，其女儿某某现任副董事长).

    >>> text = f"出生于{OPEN}0:City{CLOSE}，{OPEN}1:Time{CLOSE}毕业"
    >>> at = text.find(f"{OPEN}1:")
    >>> _dates_the_match(text, re.search("出生于", text), at), _dates_the_match(text, re.search("毕业", text), at)
    (False, True)
    """
    if at < 0 or match.start() <= at < match.end():
        return True
    if at >= match.end():  # (a later clause that only dates what was said, 这是2006年左右, dates it)
        return _CLAUSE_MARK.search(abstract_text, match.end(), at) is None or _DATING.search(abstract_text, max(0, at - 4), at) is not None
    if _CLAUSE_MARK.search(abstract_text, at, match.start()) is None:
        return True
    opening = max((m.end() for m in _CLAUSE_MARK.finditer(abstract_text, 0, match.start())), default=0)
    return _PRESENT.search(abstract_text, opening, match.end()) is None
_SUPPOSED_REACH = 4  # characters at most between a word of belief and the fact's first name


def overruled(relations: Sequence[Relation], rules: Iterable[RelationRule]) -> list[Relation]:
    """The relations without the defeasible readings the document overrules: a fact a
    ``defeasible`` rule reads (出生于某国: that country's national) is dropped when another rule
    states the same predicate of the same person by name (国籍：某国) anywhere in the document.

    >>> from kg.model import Mention
    >>> who, born, stated = Mention("卡尔", "Person", 0, 2, 0, "translit"), Mention("冰岛", "Country", 5, 7, 0, "gazetteer"), Mention("挪威", "Country", 9, 11, 0, "gazetteer")
    >>> weak = RelationRule("nationality.born", "nationality", re.compile("x"), 0.6, defeasible=True)
    >>> facts = [Relation(who, "nationality", born, 0, 0.6, "nationality.born"), Relation(who, "nationality", stated, 0, 0.8, "nationality.field")]
    >>> [r.object.text for r in overruled(facts, [weak])]
    ['挪威']
    """
    weak = {rule.id for rule in rules if rule.defeasible}
    if not weak:
        return list(relations)
    stated = {(r.subject.text, r.predicate) for r in relations if r.rule not in weak}
    return [r for r in relations if r.rule not in weak or (r.subject.text, r.predicate) not in stated]
