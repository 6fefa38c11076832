"""SPARQL over a graph: run queries with bound parameters, the catalogue of named queries
(``data/queries/*.rq``), the SPARQL 1.1 result formats, a lexical scan of query text (what the
endpoint refuses before evaluation), and the shortest connection between two entities.

Parameters are always bound as RDF terms through pyoxigraph's ``substitutions`` (SEP-0007),
never formatted into query text; a bound variable must be projected by the query (or ``*``).

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://p/knows"), ox.NamedNode("http://e/b")))
>>> result = run_query(store, "SELECT ?s ?o WHERE { ?s ?p ?o }", {"s": ox.NamedNode("http://e/a")})
>>> print(render(result, "csv").data.decode())
s,o\r
http://e/a,http://e/b\r
<BLANKLINE>
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias
from urllib.parse import unquote
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.errors import KgError, ResourceError, first_line
from kg.rdf.mapping import DEFAULT_BASE
from kg.rdf.vocab import CLASSES, DATATYPE_RELATIONS, KG, PREFIXES, RELATION_PROPERTIES

QUERIES_DIR = Path(__file__).resolve().parent.parent / "data" / "queries"

Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class QueryError(KgError):
    """A query that cannot run: bad syntax, an unknown name, a parameter that binds nothing."""


# --------------------------------------------------------------------------- the catalogue

PARAM_KINDS = ("entity", "class", "property", "iri", "literal")


@dataclass(frozen=True)
class Param:
    """A parameter of a named query: ``# @param NAME KIND description`` in the .rq header.

    Kinds: ``entity`` (a label, alias or IRI, resolved to the entity's IRI), ``class`` (``Person``
    or an IRI), ``property`` (``founded`` or an IRI), ``iri``, ``literal`` (a plain string)."""

    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str  # the first comment line: what the query answers
    description: str  # the whole comment, without @param lines
    params: tuple[Param, ...]
    text: str
    builtin: bool = False  # computed in Python (shortest), not a .rq file


SHORTEST = NamedQuery(
    name="shortest",
    summary="The shortest connection between two entities (through any relation, either direction).",
    description="The shortest connection between two entities (through any relation, either direction).\n"
    "Computed with networkx over the plain relation triples; each row is one step.",
    params=(
        Param("from", "entity", "where the path starts (a label, alias or IRI)"),
        Param("to", "entity", "where the path ends (a label, alias or IRI)"),
    ),
    text="",
    builtin=True,
)

_PARAM_LINE = re.compile(r"@param\s+([A-Za-z_][A-Za-z0-9_]*)\s+(\w+)\s*(.*)")


def parse_named_query(name: str, text: str, source: str = "") -> NamedQuery:
    """A named query from its .rq text: the leading ``#`` comment says what it answers."""
    comment: list[str] = []
    params: list[Param] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        if body.startswith("@param"):
            m = _PARAM_LINE.fullmatch(body)
            if not m or m.group(2) not in PARAM_KINDS:
                raise ResourceError(f"{source or name}:{lineno}: write `# @param NAME KIND description`, KIND one of {', '.join(PARAM_KINDS)}")
            if not re.search(rf"[?$]{m.group(1)}\b", strip_comments(text)):
                raise ResourceError(f"{source or name}:{lineno}: parameter {m.group(1)!r} is not a variable of the query")
            params.append(Param(m.group(1), m.group(2), m.group(3).strip()))
        else:
            comment.append(body)
    while comment and not comment[-1]:
        comment.pop()
    if not comment or not comment[0]:
        raise ResourceError(f"{source or name}:1: start the query with a `# …` comment saying what it answers")
    return NamedQuery(name=name, summary=comment[0], description="\n".join(comment), params=tuple(params), text=text)


def load_catalogue(folder: Path = QUERIES_DIR) -> tuple[NamedQuery, ...]:
    """Every named query: the ``*.rq`` files of ``folder`` and the built-in ``shortest``, by name."""
    queries = [parse_named_query(p.stem, p.read_text(encoding="utf-8"), str(p)) for p in sorted(folder.glob("*.rq"))]
    return tuple(sorted([*queries, SHORTEST], key=lambda q: q.name))


def find_query(name: str, folder: Path = QUERIES_DIR) -> NamedQuery:
    for q in load_catalogue(folder):
        if q.name == name:
            return q
    raise QueryError(f"no named query {name!r}; `kg query --list` shows them")


def format_catalogue(queries: Sequence[NamedQuery]) -> str:
    lines = []
    for q in queries:
        lines.append(f"{q.name:<24} {q.summary}")
        for p in q.params:
            lines.append(f"{'':<24}   --bind {p.name}=…  ({p.kind}) {p.description}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- lexical scan

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<bnode>_:[\w.\-]*)
  | (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w.\-:%]|\\.)*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<op>&&|\|\||!=|<=|>=|\^\^|.)
    """,
    re.X | re.S,
)
_OPERATORS = {"&&", "||", "!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "|", "^", "!", "?"}
_GROUPING = {"UNION", "OPTIONAL", "MINUS", "FILTER", "BIND", "GRAPH", "EXISTS", "NOT"}
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "DATA"})
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class QueryScan:
    """What a lexical pass over query text finds (comments and string literals skipped)."""

    form: str  # SELECT, ASK, CONSTRUCT, DESCRIBE or "" (none found)
    update_keywords: tuple[str, ...]  # INSERT, DELETE, LOAD, CLEAR, DROP, … found as keywords
    service: bool  # a SERVICE clause (federated query: an HTTP request)
    from_graphs: tuple[str, ...]  # IRIs after FROM / FROM NAMED (prefixed names expanded)
    depth: int  # deepest nesting of (), {} and []
    operators: int  # operators and group patterns: a size measure the evaluator can survive
    variables: tuple[str, ...] = field(default=())


def _tokens(text: str, iris: bool = True) -> Iterator[tuple[str, str]]:
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        assert m is not None  # the op alternative matches any character
        kind = m.lastgroup or "op"
        if kind == "iri" and not iris:
            kind, value = "op", "<"
            pos += 1
        else:
            value = m.group()
            pos = m.end()
        if kind not in ("ws", "comment"):
            yield kind, value


def strip_comments(text: str) -> str:
    """Query text without comments and string literals (what a keyword search should look at)."""
    return " ".join(value for kind, value in _tokens(text) if kind != "string")


def scan_query(text: str) -> QueryScan:
    """A conservative lexical scan of SPARQL text.

    >>> s = scan_query('PREFIX g: <http://x/> SELECT * FROM g:one WHERE { ?s ?p "SERVICE" } # LOAD')
    >>> s.form, s.service, s.update_keywords, s.from_graphs
    ('SELECT', False, (), ('http://x/one',))
    >>> scan_query("INSERT DATA { <a> <b> <c> }").update_keywords
    ('INSERT', 'DATA')
    """
    tokens = list(_tokens(text))
    prefixes: dict[str, str] = {}
    form = ""
    updates: list[str] = []
    graphs: list[str] = []
    variables: dict[str, None] = {}
    depth = deepest = operators = 0
    service = False
    for i, (kind, value) in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
        if kind == "var":
            variables[value[1:]] = None
        elif kind == "op":
            if value in "({[":
                depth += 1
                deepest = max(deepest, depth)
            elif value in ")}]":
                depth = max(depth - 1, 0)
            elif value in _OPERATORS:
                operators += 1
        elif kind == "word":
            word = value.upper()
            if word == "PREFIX" and i + 2 < len(tokens) and tokens[i + 1][0] == "pname" and tokens[i + 2][0] == "iri":
                prefixes[tokens[i + 1][1].rstrip(":").split(":")[0]] = tokens[i + 2][1][1:-1]
            elif word in FORMS and not form:
                form = word
            elif word in UPDATE_KEYWORDS:
                updates.append(word)
            elif word == "SERVICE":
                service = True
            elif word in _GROUPING:
                operators += 1
            elif word == "FROM":
                j = i + 2 if following[0] == "word" and following[1].upper() == "NAMED" else i + 1
                target_kind, target = tokens[j] if j < len(tokens) else ("", "")
                if target_kind == "iri":
                    graphs.append(target[1:-1])
                elif target_kind == "pname":
                    prefix, _, local = target.partition(":")
                    graphs.append(prefixes.get(prefix, f"{prefix}:") + local)
                else:
                    graphs.append(target or "?")
    # Second pass, with "<" never read as the start of an IRI: a SERVICE keyword cannot hide
    # inside something the first pass took for an IRI.
    raw = [t for t in _tokens(text, iris=False)]
    for i, (kind, value) in enumerate(raw[:-1]):
        if kind == "word" and value.upper() == "SERVICE" and (raw[i + 1][0] in ("var", "pname") or raw[i + 1][1] in ("<", "SILENT")):
            service = True
    return QueryScan(
        form=form,
        update_keywords=tuple(updates),
        service=service,
        from_graphs=tuple(graphs),
        depth=deepest,
        operators=operators,
        variables=tuple(variables),
    )


# Beyond these, pyoxigraph's recursive parser and evaluator can overflow the stack (measured:
# 10,000 nested brackets or chained operators crash the process; 2,000 do not).
MAX_DEPTH = 64
MAX_OPERATORS = 2000


def check_size(scan: QueryScan, max_depth: int = MAX_DEPTH, max_operators: int = MAX_OPERATORS) -> None:
    if scan.depth > max_depth:
        raise QueryError(f"query nested {scan.depth} levels deep; the limit is {max_depth}")
    if scan.operators > max_operators:
        raise QueryError(f"query has {scan.operators} operators and group patterns; the limit is {max_operators}")


# --------------------------------------------------------------------------- running

def run_query(
    store: ox.Store,
    text: str,
    bindings: Mapping[str, Term] | None = None,
    *,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Evaluate a query. The default graph is the union of all graphs, unless the protocol's
    ``default_graphs`` (default-graph-uri) or the query's FROM clauses name some; ``named_graphs``
    (named-graph-uri) limits GRAPH. ``bindings`` are substituted as terms, never as text."""
    scan = scan_query(text)
    check_size(scan)
    substitutions = {ox.Variable(name): term for name, term in (bindings or {}).items()}
    options: dict[str, object] = {}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    elif not scan.from_graphs:  # FROM / FROM NAMED in the query define its dataset
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        return store.query(text, substitutions=substitutions or None, **options)  # type: ignore[arg-type]
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {first_line(exc)}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        message = first_line(exc)
        if "projection" in message:
            message += " (a bound variable must be selected: add it to SELECT, or use SELECT *)"
        raise QueryError(f"query failed: {message}") from None


def _iri(value: str) -> ox.NamedNode:
    raw = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    try:
        return ox.NamedNode(raw)
    except ValueError:
        raise QueryError(f"{value!r} is not a valid IRI") from None


def _looks_like_iri(value: str) -> bool:
    return (value.startswith("<") and value.endswith(">")) or bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value))


def _vocabulary_term(value: str, names: Sequence[str], what: str) -> ox.NamedNode:
    if _looks_like_iri(value):
        return _iri(value)
    local = value.removeprefix("kg:")
    if local not in names:
        same = [n for n in names if n.lower() == local.lower()]
        if len(same) != 1:
            raise QueryError(f"{value!r} is not a kg {what}; one of {', '.join(names)}")
        local = same[0]
    return ox.NamedNode(str(KG[local]))


def bind_value(store: ox.Store, kind: str, value: str) -> Term:
    """A ``--bind`` value as the RDF term for a parameter of ``kind`` (see :class:`Param`)."""
    if kind == "entity":
        return resolve_entity(store, value)
    if kind == "class":
        return _vocabulary_term(value, CLASSES, "class")
    if kind == "property":
        return _vocabulary_term(value, (*RELATION_PROPERTIES, *DATATYPE_RELATIONS), "property")
    if kind == "iri":
        return _iri(value)
    if kind == "literal":
        return ox.Literal(value)
    # not declared (an ad-hoc query): an IRI when it looks like one, else a plain string
    return _iri(value) if _looks_like_iri(value) else ox.Literal(value)


def parse_binds(pairs: Sequence[str]) -> dict[str, str]:
    """``name=value`` pairs (from ``--bind``) as a dict."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"--bind {pair!r}: write NAME=VALUE (NAME a variable of the query)")
        out[name] = value
    return out


def bind_params(store: ox.Store, text: str, values: Mapping[str, str], params: Sequence[Param] = ()) -> dict[str, Term]:
    """Turn ``--bind`` values into terms, checking each names a variable of the query."""
    declared = {p.name: p for p in params}
    present = set(scan_query(text).variables)
    bound: dict[str, Term] = {}
    for name, value in values.items():
        if name not in declared and name not in present:
            known = ", ".join(sorted(declared) or sorted(present)) or "none"
            raise QueryError(f"--bind {name}: the query has no variable ?{name} (parameters: {known})")
        bound[name] = bind_value(store, declared[name].kind if name in declared else "", value)
    return bound


_FIND_ENTITY = f"""SELECT DISTINCT ?entity ?label ?text ?kind WHERE {{
  VALUES ?kind {{ <{RDFS_LABEL}> <{SKOS_ALT}> }}
  ?entity ?kind ?label .
  FILTER(LCASE(STR(?label)) = LCASE(STR(?text)))
}}"""


def resolve_entity(store: ox.Store, value: str) -> ox.NamedNode:
    """An entity IRI from an IRI, a label or an alias (case-insensitive); labels win over aliases.

    Ambiguous or unknown names are errors that list what matched."""
    if _looks_like_iri(value):
        return _iri(value)
    found = store.query(_FIND_ENTITY, use_default_graph_as_union=True, substitutions={ox.Variable("text"): ox.Literal(value)})
    assert isinstance(found, ox.QuerySolutions)
    rows = list(found)
    by_label = sorted({r["entity"].value for r in rows if r["kind"].value == RDFS_LABEL})  # type: ignore[index]
    candidates = by_label or sorted({r["entity"].value for r in rows})  # type: ignore[index]
    if not candidates:
        raise QueryError(f"no entity is labelled {value!r}; give an IRI or another name (`kg query GRAPH entities` lists them)")
    if len(candidates) > 1:
        raise QueryError(f"{value!r} names {len(candidates)} entities ({', '.join(candidates[:5])}); give one IRI")
    return ox.NamedNode(candidates[0])


def label_of(store: ox.Store, node: ox.NamedNode | ox.BlankNode, lang: str = "") -> str:
    """A display label: ``lang`` if given, else English, else Chinese, else the IRI's last part."""
    labels: dict[str, str] = {}
    for quad in store.quads_for_pattern(node, ox.NamedNode(RDFS_LABEL), None, None):
        if isinstance(quad.object, ox.Literal):
            labels.setdefault(quad.object.language or "", quad.object.value)
    fallback = unquote(node.value.rstrip("/").rsplit("/", 1)[-1])
    return labels.get(lang) or labels.get("en") or labels.get("zh") or next(iter(labels.values()), fallback)


# --------------------------------------------------------------------------- shortest connection

@dataclass(frozen=True)
class Step:
    subject: str
    predicate: str
    object: str


@dataclass(frozen=True)
class Connection:
    """A shortest path: the entities along it and the relation triple behind each step
    (as stored: a step may be walked from object to subject)."""

    nodes: tuple[str, ...]
    steps: tuple[Step, ...]


def relation_graph(store: ox.Store) -> object:
    """The plain relation triples between entities as a networkx MultiDiGraph (edge key: predicate)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for name in RELATION_PROPERTIES:
        predicate = str(KG[name])
        for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            if isinstance(quad.object, ox.NamedNode) and isinstance(quad.subject, ox.NamedNode):
                graph.add_edge(quad.subject.value, quad.object.value, key=predicate)
    return graph


def shortest_connection(store: ox.Store, source: ox.NamedNode, target: ox.NamedNode) -> Connection | None:
    """The shortest chain of relations from ``source`` to ``target``, ignoring direction; None
    when they are not connected. Ties are broken deterministically (sorted neighbours)."""
    import networkx as nx

    directed = relation_graph(store)
    undirected = nx.Graph()
    for s, o in sorted(directed.edges()):  # type: ignore[attr-defined]
        undirected.add_edge(s, o)
    for node in (source, target):
        if node.value not in undirected:
            raise QueryError(f"{node.value} takes part in no relation")
    try:
        path = nx.shortest_path(undirected, source.value, target.value)
    except nx.NetworkXNoPath:
        return None
    steps = []
    for a, b in zip(path, path[1:], strict=False):
        forward = sorted(directed.get_edge_data(a, b, default={}))  # type: ignore[attr-defined]
        backward = sorted(directed.get_edge_data(b, a, default={}))  # type: ignore[attr-defined]
        steps.append(Step(a, forward[0], b) if forward else Step(b, backward[0], a))
    return Connection(nodes=tuple(path), steps=tuple(steps))


def connection_table(store: ox.Store, connection: Connection | None) -> Table:
    """A connection as result rows: step, subject, subjectLabel, relation, object, objectLabel."""
    names = ("step", "subject", "subjectLabel", "relation", "object", "objectLabel")
    rows: list[tuple[Term | None, ...]] = []
    for i, step in enumerate(connection.steps if connection else (), start=1):
        s, o = ox.NamedNode(step.subject), ox.NamedNode(step.object)
        integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
        rows.append((ox.Literal(str(i), datatype=integer), s, ox.Literal(label_of(store, s)), ox.NamedNode(step.predicate), o, ox.Literal(label_of(store, o))))
    return Table(names, tuple(rows))


# --------------------------------------------------------------------------- result formats

@dataclass(frozen=True)
class Table:
    """Solutions as plain data (the shape of a SELECT result)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]


Answer: TypeAlias = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | Table


@dataclass(frozen=True)
class Rendered:
    data: bytes
    media_type: str
    count: int  # rows or triples written
    truncated: bool  # the row cap was hit


RESULT_MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8",
}
GRAPH_MEDIA_TYPES = {
    "ttl": ("text/turtle; charset=utf-8", ox.RdfFormat.TURTLE),
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
# what each format name means for CONSTRUCT / DESCRIBE results
_GRAPH_ALIASES = {"table": "ttl", "json": "jsonld", "xml": "rdfxml", "ttl": "ttl", "nt": "nt", "jsonld": "jsonld", "rdfxml": "rdfxml"}
FORMAT_NAMES = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld")


def _rows(result: ox.QuerySolutions | Table) -> tuple[tuple[str, ...], Iterator[tuple[Term | None, ...]]]:
    if isinstance(result, Table):
        return result.variables, iter(result.rows)
    names = tuple(v.value for v in result.variables)
    return names, (tuple(solution[i] for i in range(len(names))) for solution in result)


def _take(rows: Iterator[tuple[Term | None, ...]], limit: int | None) -> tuple[list[tuple[Term | None, ...]], bool]:
    taken: list[tuple[Term | None, ...]] = []
    for row in rows:
        if limit is not None and len(taken) >= limit:
            return taken, True
        taken.append(row)
    return taken, False


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")}}


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    parts = "".join(f"<{k}>{_xml_term(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object"))
    return f"<triple>{parts}</triple>"


def _plain(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _compact(term: Term | None) -> str:
    """A term for people: prefixed or percent-decoded IRIs, literals without quotes."""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and re.fullmatch(r"[\w.-]*", term.value[len(ns):]):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{unquote(term.value.removeprefix(DEFAULT_BASE))}>"
    return _plain(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = _width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def format_table(variables: Sequence[str], rows: Sequence[Sequence[Term | None]], max_width: int = 60) -> str:
    """Aligned columns for a terminal (CJK characters count double)."""
    cells = [[_fit(_compact(t), max_width) for t in row] for row in rows]
    widths = [max([_width(v), *(_width(r[i]) for r in cells)]) for i, v in enumerate(variables)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(variables), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _select(variables: Sequence[str], rows: Sequence[Sequence[Term | None]], fmt: str) -> str:
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}}, ensure_ascii=False) + "\n"
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
        body = "".join(
            "<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row, strict=True) if t is not None) + "</result>"
            for row in rows
        )
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>{head}</head><results>{body}</results></sparql>\n'
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_plain(t) for t in row] for row in rows)
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)] + ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return "\n".join(lines) + "\n"
    return format_table(variables, rows)


def _boolean(value: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}) + "\n"
    if fmt == "xml":
        word = "true" if value else "false"
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/><boolean>{word}</boolean></sparql>\n'
    return ("true" if value else "false") + "\n"


def render(result: Answer, fmt: str = "table", max_rows: int | None = None) -> Rendered:
    """Serialize a result: SELECT and ASK as table, csv, tsv, json or xml (the SPARQL 1.1 result
    formats); CONSTRUCT and DESCRIBE as ttl, nt, jsonld or rdfxml (``table`` means Turtle, ``json``
    JSON-LD, ``xml`` RDF/XML). At most ``max_rows`` rows or triples; ``truncated`` says if more."""
    if isinstance(result, ox.QueryBoolean):
        if fmt not in RESULT_MEDIA_TYPES:
            raise QueryError(f"an ASK result comes as {', '.join(RESULT_MEDIA_TYPES)}, not {fmt}")
        return Rendered(_boolean(bool(result), fmt).encode("utf-8"), RESULT_MEDIA_TYPES[fmt], 1, False)
    if isinstance(result, ox.QueryTriples):
        name = _GRAPH_ALIASES.get(fmt)
        if name is None:
            raise QueryError(f"a CONSTRUCT or DESCRIBE result comes as ttl, nt, jsonld or xml (RDF/XML), not {fmt}")
        media_type, rdf_format = GRAPH_MEDIA_TYPES[name]
        triples: list[ox.Triple] = []
        truncated = False
        for triple in result:
            if max_rows is not None and len(triples) >= max_rows:
                truncated = True
                break
            triples.append(triple)
        prefixes = PREFIXES if name in ("ttl", "rdfxml") else None
        data = ox.serialize(triples, format=rdf_format, prefixes=prefixes) or b""
        return Rendered(data, media_type, len(triples), truncated)
    if fmt not in RESULT_MEDIA_TYPES:
        raise QueryError(f"a SELECT result comes as {', '.join(RESULT_MEDIA_TYPES)}, not {fmt}")
    variables, rows = _rows(result)
    taken, truncated = _take(rows, max_rows)
    return Rendered(_select(variables, taken, fmt).encode("utf-8"), RESULT_MEDIA_TYPES[fmt], len(taken), truncated)


# --------------------------------------------------------------------------- one call for the CLI

def answer(
    store: ox.Store,
    query: str,
    binds: Mapping[str, str] | None = None,
    *,
    named: NamedQuery | None = None,
) -> Answer:
    """Run a named query (``named``; ``shortest`` included) or query text with ``--bind`` values."""
    values = dict(binds or {})
    if named is not None and named.builtin:
        missing = [p.name for p in named.params if p.name not in values]
        if missing:
            raise QueryError(f"shortest needs --bind from=… --bind to=… (missing: {', '.join(missing)})")
        unknown = sorted(set(values) - {p.name for p in named.params})
        if unknown:
            raise QueryError(f"shortest takes from and to, not {', '.join(unknown)}")
        source, target = resolve_entity(store, values["from"]), resolve_entity(store, values["to"])
        return connection_table(store, shortest_connection(store, source, target))
    text = named.text if named is not None else query
    bindings = bind_params(store, text, values, named.params if named else ())
    return run_query(store, text, bindings)

