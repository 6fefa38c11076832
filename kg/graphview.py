"""The graph as the viewer shows it: any dataset that follows docs/rdf.md projected onto nodes and
edges, with everything the page's side panel needs (labels, aliases, evidence, times).

Three kinds of node: entities (by top-level class, or ``Other`` when a fact names an untyped
IRI), events (``kg:Event``, drawn as small nodes linked to their participants, place and time)
and times (one node per distinct event time). Edges are relations (one per subject, predicate and
object, carrying the evidence of every statement of that fact) and event links (role, place,
time). Plain data in, plain frozen data out; nothing here knows about HTML.

>>> from rdflib import Dataset, Literal, URIRef
>>> from rdflib.namespace import RDF, RDFS
>>> from kg.rdf.vocab import KG
>>> ds = Dataset()
>>> a, b = URIRef("http://x/entity/person/a"), URIRef("http://x/entity/organization/b")
>>> ds.add((a, RDF.type, KG.Person)); ds.add((a, RDFS.label, Literal("张三", lang="zh")))  # doctest: +ELLIPSIS
<...>
>>> ds.add((b, RDF.type, KG.Company)); ds.add((a, KG.worksFor, b))  # doctest: +ELLIPSIS
<...>
>>> view = graph_view(ds)
>>> [(n.type, n.subtype, n.label_zh or n.label_en) for n in view.nodes]
[('Person', 'Person', '张三'), ('Organization', 'Company', 'b')]
>>> [(e.predicate, e.confidence) for e in view.edges]
[('worksFor', None)]
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError
from kg.model import SUBTYPES
from kg.rdf.vocab import DATATYPE_RELATIONS, DCTERMS, KG, NIF, OWL, PROV, RDF, RDFS, RELATION_PROPERTIES, SKOS

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"
ENTITY_TYPES: tuple[str, ...] = ("Person", "Organization", "Place", "Work", "Product", "Other")
NODE_TYPES: tuple[str, ...] = (*ENTITY_TYPES, "Event", "Time")
WIKIDATA = "http://www.wikidata.org/entity/"
# Role names are free text in the graph (kg:roleName); these are the ones our rules write.
ROLE_LABELS_ZH: dict[str, str] = {
    "acquired": "被收购方",
    "acquirer": "收购方",
    "destination": "目的地",
    "employee": "雇员",
    "employer": "雇主",
    "founder": "创始人",
    "interviewee": "受访者",
    "interviewer": "采访者",
    "launcher": "发起者",
    "organization": "机构",
    "participant": "参与者",
    "project": "项目",
    "school": "学校",
    "student": "学生",
    "traveler": "旅行者",
    "place": "地点",
    "time": "时间",
}
# Node types of the view that are not kg: classes.
_VIEW_LABELS: dict[str, tuple[str, str]] = {"Time": ("Time", "时间"), "Other": ("Other", "其他")}
_OBJECT_RELATIONS = tuple(name for name in RELATION_PROPERTIES if name not in DATATYPE_RELATIONS)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DATE = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


@dataclass(frozen=True)
class Evidence:
    """One sentence behind a fact or event, cut into pieces: ``(text, mark)`` with mark ``""``,
    ``"subject"``, ``"object"`` or ``"trigger"``; joined, the pieces are the sentence."""

    parts: tuple[tuple[str, str], ...]
    confidence: float | None
    document: str
    rule: str = ""
    time: str = ""
    role: str = ""

    @property
    def sentence(self) -> str:
        return "".join(text for text, _ in self.parts)


@dataclass(frozen=True)
class Period:
    """A time as fractional years, ``[begin, end)``, and the words to show for it."""

    begin: float
    end: float
    text: str


@dataclass(frozen=True)
class ViewNode:
    key: str  # the IRI; ``time:{value}`` for time nodes
    kind: str  # "entity" | "event" | "time"
    type: str  # one of NODE_TYPES
    subtype: str  # the most specific kg: class (or the type)
    label_zh: str = ""
    label_en: str = ""
    aliases: tuple[str, ...] = ()
    wikidata: str = ""  # a QID, only from owl:sameAs
    period: Period | None = None
    confidence: float | None = None
    evidence: tuple[Evidence, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()  # (kg: property, value), e.g. foundingDate

    def label(self, lang: str = "zh") -> str:
        first, second = (self.label_zh, self.label_en) if lang == "zh" else (self.label_en, self.label_zh)
        return first or second or self.key

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a search may match: labels, then aliases."""
        return tuple(dict.fromkeys(n for n in (self.label_zh, self.label_en, *self.aliases) if n))


@dataclass(frozen=True)
class ViewEdge:
    source: str
    target: str
    predicate: str  # a relation's local name; for event links the role name, "place" or "time"
    kind: str  # "relation" | "role" | "place" | "time"
    confidence: float | None = None  # the highest over the evidence; None: a plain triple
    evidence: tuple[Evidence, ...] = ()
    period: Period | None = None


@dataclass(frozen=True)
class GraphView:
    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]

    def node(self, key: str) -> ViewNode:
        for n in self.nodes:
            if n.key == key:
                return n
        raise KeyError(key)


# ---------------------------------------------------------------------------------------------
# labels of ontology terms


@lru_cache(maxsize=1)
def term_labels() -> dict[str, tuple[str, str]]:
    """Local name → (English, Chinese) label of every kg: term, from ontology/kg.ttl."""
    out: dict[str, tuple[str, str]] = {}
    if not ONTOLOGY.is_file():
        return out
    g = Graph()
    g.parse(ONTOLOGY, format="turtle")
    ns = str(KG._NS)
    for term in set(g.subjects(RDFS.label, None)):
        if not isinstance(term, URIRef) or not str(term).startswith(ns):
            continue
        en = zh = ""
        for lit in g.objects(term, RDFS.label):
            if isinstance(lit, Literal):
                if (lit.language or "").startswith("zh"):
                    zh = zh or str(lit)
                else:
                    en = en or str(lit)
        out[str(term)[len(ns) :]] = (en, zh)
    return out


def term_label(name: str, lang: str) -> str:
    """The label of a kg: term or event role in ``lang`` (``zh`` or ``en``), else the name itself.

    >>> term_label("studiedAt", "zh"), term_label("founder", "en"), term_label("Time", "zh")
    ('就读于', 'founder', '时间')
    """
    if name in ROLE_LABELS_ZH:
        return ROLE_LABELS_ZH[name] if lang == "zh" else name
    en, zh = term_labels().get(name) or _VIEW_LABELS.get(name, ("", ""))
    return (zh or en or name) if lang == "zh" else (en or name)


# ---------------------------------------------------------------------------------------------
# small readers


def _local(iri: Node) -> str:
    text = str(iri)
    return text[len(str(KG._NS)) :] if text.startswith(str(KG._NS)) else re.split(r"[/#]", text.rstrip("/#"))[-1]


def _tail(iri: Node) -> str:
    return unquote(re.split(r"[/#]", str(iri).rstrip("/#"))[-1])


def _float(node: Node | None) -> float | None:
    if not isinstance(node, Literal):
        return None
    try:
        return float(node.toPython())
    except (TypeError, ValueError):
        return None


def _int(node: Node | None) -> int | None:
    if not isinstance(node, Literal):
        return None
    try:
        return int(str(node))
    except ValueError:
        return None


def _year_range(value: str) -> tuple[float, float] | None:
    m = _DATE.match(value.strip())
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3) and m.group(2):
        start = year + (int(m.group(2)) - 1) / 12 + (int(m.group(3)) - 1) / 365
        return start, start + 1 / 365
    if m.group(2):
        start = year + (int(m.group(2)) - 1) / 12
        return start, start + 1 / 12
    return float(year), year + 1.0


def _union(g: Graph) -> Iterable[tuple[Node, Node, Node]]:
    if isinstance(g, Dataset):
        return ((s, p, o) for s, p, o, _ in g.quads((None, None, None, None)))
    return g.triples((None, None, None))


class _Index:
    """Every triple of the union graph by subject and predicate (one pass, then dict lookups)."""

    def __init__(self, ds: Graph) -> None:
        self.po: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
        self.by_pred: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        seen: set[tuple[Node, Node, Node]] = set()
        # a Dataset's triples() is the union of its graphs (default_union); quads() would also
        # name each triple's graphs, which costs more than the rest of the projection
        triples: Iterable[tuple[Node, Node, Node]] = ds.triples((None, None, None)) if isinstance(ds, Dataset) and ds.default_union else _union(ds)
        for s, p, o in triples:
            if (s, p, o) in seen:
                continue
            seen.add((s, p, o))
            self.po[s][p].append(o)
            self.by_pred[p].append((s, o))

    def objects(self, s: Node, p: Node) -> list[Node]:
        found = self.po.get(s)
        return sorted(found.get(p, ()), key=str) if found else []

    def one(self, s: Node, p: Node) -> Node | None:
        found = self.objects(s, p)
        return found[0] if found else None

    def text(self, s: Node, p: Node) -> str:
        found = self.one(s, p)
        return str(found) if found is not None else ""

    def period(self, s: Node) -> Period | None:
        text = self.text(s, KG.timeText)
        value, begin, end = self.text(s, KG.time), self.text(s, KG.begin), self.text(s, KG.end)
        approx = self.text(s, KG.approximate).lower() == "true"
        if value and (r := _year_range(value)):
            return Period(r[0], r[1], text or ("~" if approx else "") + value)
        b, e = _year_range(begin) if begin else None, _year_range(end) if end else None
        lo, hi = b or e, e or b
        if lo is not None and hi is not None:
            shown = "–".join(dict.fromkeys(v for v in (begin, end) if v))
            return Period(lo[0], hi[1], text or ("~" if approx else "") + shown)
        return None


def _parts(sentence: str, spans: Sequence[tuple[int, int, str]]) -> tuple[tuple[str, str], ...]:
    """Cut ``sentence`` at the spans (first wins where two overlap)."""
    out: list[tuple[str, str]] = []
    at = 0
    for start, end, mark in sorted(spans):
        if start < at or not (0 <= start < end <= len(sentence)):
            continue
        if start > at:
            out.append((sentence[at:start], ""))
        out.append((sentence[start:end], mark))
        at = end
    if at < len(sentence):
        out.append((sentence[at:], ""))
    return tuple(out)


def _span(sentence: str, text: str, start: int | None, end: int | None, mark: str) -> list[tuple[int, int, str]]:
    """The mention's span in the sentence: the recorded offsets when they hold, else its first
    occurrence, else nothing."""
    if text and start is not None and end is not None and sentence[start:end] == text:
        return [(start, end, mark)]
    if text and (found := sentence.find(text)) >= 0:
        return [(found, found + len(text), mark)]
    return []


def _lang_of(lit: Literal) -> str:
    lang = (lit.language or "").lower()
    if lang.startswith("zh"):
        return "zh"
    if lang:
        return "en" if lang.startswith("en") else lang
    return "zh" if _CJK.search(str(lit)) else "en"


# ---------------------------------------------------------------------------------------------
# the projection


def graph_view(ds: Graph) -> GraphView:
    """Project a dataset (or graph) following docs/rdf.md onto the viewer's nodes and edges."""
    ix = _Index(ds)
    class_top = {name: top for name, top in SUBTYPES.items() if top != "Time"}
    documents: dict[Node, str] = {}

    def document(node: Node | None) -> str:
        if node is None:
            return ""
        if node not in documents:
            documents[node] = ix.text(node, DCTERMS.title) or _tail(node)
        return documents[node]

    def evidence(holder: Node, spans: list[tuple[str, str, str, str]], conf: float | None, role: str = "") -> Evidence | None:
        ev = ix.one(holder, PROV.wasDerivedFrom)
        sentence = ix.text(ev, NIF.anchorOf) if ev is not None else ""
        if not sentence:
            return None
        base = _int(ix.one(ev, NIF.beginIndex)) if ev is not None else None
        cut: list[tuple[int, int, str]] = []
        for text, begin_p, end_p, mark in spans:
            b, e = _int(ix.one(holder, KG[begin_p])) if begin_p else None, _int(ix.one(holder, KG[end_p])) if end_p else None
            rel_b = b - base if b is not None and base is not None else None
            rel_e = e - base if e is not None and base is not None else None
            cut += _span(sentence, text, rel_b, rel_e, mark)
        period = ix.period(holder)
        return Evidence(
            parts=_parts(sentence, cut),
            confidence=conf,
            document=document(ix.one(holder, KG.document) or (ix.one(ev, NIF.referenceContext) if ev is not None else None)),
            rule=ix.text(holder, KG.rule),
            time=period.text if period else "",
            role=role,
        )

    # entities ---------------------------------------------------------------------------------
    typed: dict[Node, list[str]] = defaultdict(list)
    for s, o in ix.by_pred.get(RDF.type, ()):
        name = _local(o)
        if str(o).startswith(str(KG._NS)) and (name in class_top or name == "Event"):
            typed[s].append(name)
    events = sorted((s for s, names in typed.items() if "Event" in names), key=str)
    event_set = set(events)
    entity_types: dict[Node, tuple[str, str]] = {}
    for s, names in typed.items():
        if s in event_set:
            continue
        tops = sorted({class_top[n] for n in names if n in class_top}, key=ENTITY_TYPES.index)
        top = tops[0]
        subs = sorted(n for n in names if n in class_top and class_top[n] == top and n != top)
        entity_types[s] = (top, subs[0] if subs else top)

    # relations --------------------------------------------------------------------------------
    facts: dict[tuple[Node, str, Node], list[Evidence]] = {}
    for name in _OBJECT_RELATIONS:
        for s, o in ix.by_pred.get(KG[name], ()):
            if isinstance(s, URIRef) and isinstance(o, URIRef) and s != o and s not in event_set and o not in event_set:
                facts.setdefault((s, name, o), [])
    fact_periods: dict[tuple[Node, str, Node], list[Period]] = defaultdict(list)
    fact_conf: dict[tuple[Node, str, Node], list[float]] = defaultdict(list)
    statements = [s for s, o in ix.by_pred.get(RDF.type, ()) if o == KG.Statement]
    for st in sorted(set(statements), key=str):
        subj, pred, obj = ix.one(st, RDF.subject), ix.one(st, RDF.predicate), ix.one(st, RDF.object)
        if not (isinstance(subj, URIRef) and isinstance(obj, URIRef) and isinstance(pred, URIRef)) or subj == obj:
            continue
        name = _local(pred)
        if name not in _OBJECT_RELATIONS or subj in event_set or obj in event_set:
            continue
        fact = (subj, name, obj)
        conf = _float(ix.one(st, KG.confidence))
        ev = evidence(
            st,
            [
                (ix.text(st, KG.subjectText), "subjectBegin", "subjectEnd", "subject"),
                (ix.text(st, KG.objectText), "objectBegin", "objectEnd", "object"),
            ],
            conf,
            ix.text(st, KG.role),
        )
        facts.setdefault(fact, [])
        if ev is not None:
            facts[fact].append(ev)
        if conf is not None:
            fact_conf[fact].append(conf)
        if (period := ix.period(st)) is not None:
            fact_periods[fact].append(period)

    # nodes ------------------------------------------------------------------------------------
    nodes: dict[str, ViewNode] = {}

    def entity(s: Node) -> str:
        key = str(s)
        if key in nodes:
            return key
        top, sub = entity_types.get(s, ("Other", "Other"))
        labels: dict[str, list[str]] = defaultdict(list)
        for lit in ix.objects(s, RDFS.label):
            if isinstance(lit, Literal):
                labels[_lang_of(lit)].append(str(lit))
        zh = labels["zh"][0] if labels["zh"] else ""
        en = labels["en"][0] if labels["en"] else ""
        extra = [x for lang, xs in labels.items() for x in xs if x not in (zh, en)]
        aliases = [str(lit) for lit in ix.objects(s, SKOS.altLabel) if isinstance(lit, Literal)]
        qids = [str(o)[len(WIKIDATA) :] for o in ix.objects(s, OWL.sameAs) if str(o).startswith(WIKIDATA)]
        attributes = tuple((name, str(o)) for name in DATATYPE_RELATIONS for o in ix.objects(s, KG[name]))
        nodes[key] = ViewNode(
            key=key,
            kind="entity",
            type=top,
            subtype=sub,
            label_zh=zh,
            label_en=en if (en or zh) else _tail(s),
            aliases=tuple(dict.fromkeys(a for a in (*extra, *aliases) if a not in (zh, en))),
            wikidata=next((q for q in qids if re.fullmatch(r"Q\d+", q)), ""),
            attributes=attributes,
        )
        return key

    for s in sorted(entity_types, key=str):
        if isinstance(s, URIRef):
            entity(s)

    edges: list[ViewEdge] = []
    for (s, name, o), evs in facts.items():
        confs = fact_conf.get((s, name, o), [])
        periods = fact_periods.get((s, name, o), [])
        edges.append(
            ViewEdge(
                source=entity(s),
                target=entity(o),
                predicate=name,
                kind="relation",
                confidence=max(confs) if confs else None,
                evidence=tuple(sorted(evs, key=lambda e: (-(e.confidence or 0), e.document, e.sentence))),
                period=Period(min(p.begin for p in periods), max(p.end for p in periods), "; ".join(dict.fromkeys(p.text for p in periods)))
                if periods
                else None,
            )
        )

    # events -----------------------------------------------------------------------------------
    for ev_node in events:
        key = str(ev_node)
        kinds = sorted(_local(t) for t in ix.objects(ev_node, RDF.type) if str(t).startswith(str(KG._NS)) and _local(t) != "Event")
        labels = {_lang_of(lit): str(lit) for lit in ix.objects(ev_node, RDFS.label) if isinstance(lit, Literal)}
        conf = _float(ix.one(ev_node, KG.confidence))
        trigger = ix.text(ev_node, KG.trigger)
        period = ix.period(ev_node)
        ev = evidence(ev_node, [(trigger, "", "", "trigger")], conf)
        nodes[key] = ViewNode(
            key=key,
            kind="event",
            type="Event",
            subtype=kinds[0] if kinds else "Event",
            label_zh=labels.get("zh", ""),
            label_en=labels.get("en", "") or ("" if labels.get("zh") else kinds[0] if kinds else "Event"),
            period=period,
            confidence=conf,
            evidence=(ev,) if ev else (),
        )
        linked: set[Node] = set()
        for part in ix.objects(ev_node, KG.hasParticipation):
            agent = ix.one(part, KG.agent)
            if isinstance(agent, URIRef) and agent not in event_set:
                role = ix.text(part, KG.roleName) or "participant"
                edges.append(ViewEdge(key, entity(agent), role, "role", conf, (), period))
                linked.add(agent)
        for agent in ix.objects(ev_node, KG.participant):
            if isinstance(agent, URIRef) and agent not in linked and agent not in event_set:
                edges.append(ViewEdge(key, entity(agent), "participant", "role", conf, (), period))
                linked.add(agent)
        for place in ix.objects(ev_node, KG.place):
            if isinstance(place, URIRef) and place not in event_set:
                edges.append(ViewEdge(key, entity(place), "place", "place", conf, (), period))
        if period is not None:
            tkey = f"time:{period.text}"
            if tkey not in nodes:
                nodes[tkey] = ViewNode(key=tkey, kind="time", type="Time", subtype="Time", label_zh=period.text, period=period)
            edges.append(ViewEdge(key, tkey, "time", "time", conf, (), period))

    order = {kind: i for i, kind in enumerate(("entity", "event", "time"))}
    ordered = sorted(nodes.values(), key=lambda n: (order[n.kind], NODE_TYPES.index(n.type), n.label("en").casefold(), n.key))
    return GraphView(nodes=tuple(ordered), edges=tuple(sorted(set(edges), key=lambda e: (e.source, e.kind, e.predicate, e.target))))


# ---------------------------------------------------------------------------------------------
# narrowing the view


def _prune(view: GraphView, keep: set[str]) -> GraphView:
    """Nodes in ``keep`` and the edges between them; time nodes left without an event go too."""
    edges = [e for e in view.edges if e.source in keep and e.target in keep]
    timed = {e.target for e in edges if e.kind == "time"}
    keep = {k for k in keep if not k.startswith("time:") or k in timed}
    return GraphView(
        nodes=tuple(n for n in view.nodes if n.key in keep),
        edges=tuple(e for e in edges if e.source in keep and e.target in keep),
    )


def type_names() -> dict[str, str]:
    """Every name ``--types`` accepts (lower-cased) → the class local name it stands for."""
    names = {n.lower(): n for n in (*NODE_TYPES, *SUBTYPES)}
    for name, (en, zh) in term_labels().items():
        if name in names.values():
            names.setdefault(en.lower(), name)
            names.setdefault(zh, name)
    return names


def filter_view(view: GraphView, types: Sequence[str] = (), min_confidence: float = 0.0) -> GraphView:
    """Keep the nodes whose type or subtype is in ``types`` (all when empty; class local names,
    English or Chinese labels) and the facts and events with confidence ≥ ``min_confidence`` (a
    plain triple without a statement counts as certain). Time nodes follow their events."""
    if not 0.0 <= min_confidence <= 1.0:
        raise InputError(f"--min-confidence {min_confidence}: give a number between 0 and 1")
    known = type_names()
    wanted: set[str] = set()
    for raw in types:
        name = known.get(raw.strip().lower()) or known.get(raw.strip())
        if name is None:
            choices = ", ".join(sorted({*NODE_TYPES, *SUBTYPES} - {"Time"}))
            raise InputError(f"--types {raw!r}: not a type; choose from {choices}")
        wanted.add(name)

    def type_ok(n: ViewNode) -> bool:
        return not wanted or n.kind == "time" or n.type in wanted or n.subtype in wanted

    def conf_ok(c: float | None) -> bool:
        return c is None or c >= min_confidence

    nodes = [n for n in view.nodes if type_ok(n) and (n.kind != "event" or conf_ok(n.confidence))]
    edges: list[ViewEdge] = []
    for e in view.edges:
        if e.kind == "relation" and min_confidence > 0:
            evs = tuple(x for x in e.evidence if conf_ok(x.confidence))
            if not conf_ok(e.confidence) and not evs:
                continue
            confs = [x.confidence for x in evs if x.confidence is not None]
            e = replace(e, evidence=evs, confidence=max(confs) if confs else e.confidence)
        edges.append(e)
    return _prune(GraphView(tuple(nodes), tuple(edges)), {n.key for n in nodes})


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def find_node(view: GraphView, query: str) -> ViewNode:
    """The entity named ``query``: its IRI, a label or an alias (case- and width-insensitive)."""
    q = _norm(query)
    if not q:
        raise InputError("--focus: give an entity's name or IRI")
    exact = [n for n in view.nodes if n.kind == "entity" and (n.key == query or q in {_norm(x) for x in n.names})]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        labelled = [n for n in exact if q in {_norm(n.label_zh), _norm(n.label_en)}]
        if len(labelled) == 1:
            return labelled[0]
        listed = "; ".join(f"{n.label('en')} <{n.key}>" for n in exact[:5])
        raise InputError(f"--focus {query!r} names {len(exact)} entities ({listed}); give the IRI")
    partial = [n for n in view.nodes if n.kind == "entity" and any(q in _norm(x) for x in n.names)]
    hint = f"; did you mean {', '.join(repr(n.label('zh')) for n in partial[:5])}?" if partial else ""
    raise InputError(f"--focus {query!r}: no entity with that name or IRI in the graph{hint}")


def neighbourhood(view: GraphView, key: str, depth: int) -> GraphView:
    """The node ``key`` and everything within ``depth`` hops. A relation is one hop; reaching an
    event, its place or its time is half a hop, so depth 1 shows the co-participants of events."""
    if depth < 0:
        raise InputError(f"--depth {depth}: give 0 or more")
    adjacent: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for e in view.edges:
        w = 2 if e.kind == "relation" else 1
        adjacent[e.source].append((e.target, w))
        adjacent[e.target].append((e.source, w))
    limit = 2 * depth
    dist = {key: 0}
    queue = [(0, key)]
    while queue:
        d, k = heapq.heappop(queue)
        if d > dist.get(k, limit + 1):
            continue
        for nxt, w in adjacent[k]:
            nd = d + w
            if nd <= limit and nd < dist.get(nxt, limit + 1):
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    return _prune(view, set(dist))
