"""The interactive graph page: one self-contained HTML file that opens from disk with no network.

pyvis builds the network (nodes, edges, vis-network options); the page itself is ours, in
``viz/`` (a Jinja template with autoescaping, CSS and script), because pyvis's template links
Bootstrap from a CDN and runs HTML from labels. vis-network's script is read at run time from the
installed pyvis package and inlined. The graph travels as JSON in a ``<script type=
"application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page builds every piece of
text with ``textContent``: labels, aliases and evidence are text, never HTML. A
Content-Security-Policy forbids any network access and runs only our two scripts (by hash).

>>> from kg.graphview import GraphView, ViewNode
>>> view = GraphView(nodes=(ViewNode("http://x/a", "entity", "Person", "Person", label_zh="<b>张三</b>"),), edges=())
>>> page = render_html(view, title="demo")
>>> "<b>张三</b>" in page, "\\\\u003cb\\\\u003e张三" in page
(False, True)
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Any

from rdflib import Graph

from kg.errors import KgError
from kg.graphview import (
    ENTITY_TYPES,
    NODE_TYPES,
    Evidence,
    GraphView,
    Period,
    ViewEdge,
    ViewNode,
    filter_view,
    find_node,
    graph_view,
    neighbourhood,
    term_label,
)
from kg.rdf.io import atomic_write, read_dataset

VIZ_DIR = Path(__file__).resolve().parent.parent / "viz"
LAYOUTS = ("physics", "static")
LANGS = ("zh", "en")
LARGE_GRAPH = 400  # above this many nodes the layout is computed in Python (static) by default
FREEZE_AFTER = 150  # above this many nodes physics stops once the layout is stable
FONT = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
CSP = "default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
# type → (colour, vis-network shape); the legend shows the same.
STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    "Work": ("#b07aa1", "hexagon"),
    "Product": ("#edc948", "star"),
    "Other": ("#9d9d9d", "dot"),
    "Event": ("#e15759", "diamond"),
    "Time": ("#76b7b2", "triangleDown"),
}


@dataclass(frozen=True)
class VizResult:
    path: str
    nodes: int
    edges: int
    layout: str


# ---------------------------------------------------------------------------------------------
# input


def load_graph(source: str | Path) -> Graph:
    """A graph file (any format kg.rdf.io reads, parsed into memory) or a store directory
    (kg.store, opened read-only through oxrdflib)."""
    path = Path(source)
    if path.is_dir():
        from kg.store import open_dataset

        return open_dataset(path)
    return read_dataset(path)


# ---------------------------------------------------------------------------------------------
# assets


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's standalone script, as shipped inside the installed pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"), key=lambda p: tuple(int(x) for x in p.parent.name[4:].split(".") if x.isdigit()))
    if not found:
        raise KgError(f"vis-network.min.js not found under {lib}; reinstall pyvis (pip install 'pyvis>=0.3.2')")
    return found[-1].read_text(encoding="utf-8")


def _asset(name: str) -> str:
    path = VIZ_DIR / name
    if not path.is_file():
        raise KgError(f"{path}: the viewer's {name} is missing; reinstall kg from its source tree")
    return path.read_text(encoding="utf-8")


def _inline_safe(code: str, what: str) -> str:
    lowered = code.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise KgError(f"{what} cannot be inlined: it contains an HTML end tag or comment opener")
    return code


def json_for_html(data: object) -> str:
    """JSON that can sit inside ``<script type="application/json">``: no ``<``, ``>``, ``&``.

    >>> json_for_html({"a": "</script><b>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


# ---------------------------------------------------------------------------------------------
# the network


def node_metrics(view: GraphView) -> tuple[dict[str, int], dict[str, float]]:
    """Degree and PageRank (networkx) of every node of the view."""
    import networkx as nx

    g = nx.DiGraph()
    g.add_nodes_from(n.key for n in view.nodes)
    degree = dict.fromkeys((n.key for n in view.nodes), 0)
    for e in view.edges:
        degree[e.source] += 1
        degree[e.target] += 1
        if g.has_edge(e.source, e.target):
            g[e.source][e.target]["weight"] += 1.0
        else:
            g.add_edge(e.source, e.target, weight=1.0)
    rank: dict[str, float] = nx.pagerank(g, weight="weight") if len(g) else {}
    return degree, rank


def _sizes(view: GraphView, metric: dict[str, float]) -> dict[str, float]:
    top = max((metric[n.key] for n in view.nodes if n.kind == "entity"), default=0.0) or 1.0
    out: dict[str, float] = {}
    for n in view.nodes:
        if n.kind == "entity":
            out[n.key] = round(10 + 24 * math.sqrt(max(metric[n.key], 0.0) / top), 1)
        else:
            out[n.key] = 7.0 if n.kind == "event" else 8.0
    return out


def positions(view: GraphView, spacing: float = 55.0, edge_length: float = 110.0) -> dict[str, tuple[float, float]]:
    """Static positions (kg.layout's force layout), scaled so that neighbours sit at least
    ``spacing`` px apart and edges are about ``edge_length`` px long, whichever spreads more."""
    from scipy.spatial import cKDTree

    from kg.layout import force_layout

    index = {n.key: i for i, n in enumerate(view.nodes)}
    pairs = sorted({(index[e.source], index[e.target]) for e in view.edges})
    pos = force_layout(len(view.nodes), pairs)
    scale = 1.0
    if len(pos) > 1:
        dist, _ = cKDTree(pos).query(pos, k=2)
        scale = spacing / max(median(float(d) for d in dist[:, 1]), 1e-9)
    if pairs:
        lengths = [math.dist(pos[a], pos[b]) for a, b in pairs]
        scale = max(scale, edge_length / max(median(lengths), 1e-9))
    return {n.key: (round(pos[i][0] * scale, 1), round(pos[i][1] * scale, 1)) for i, n in enumerate(view.nodes)}


def _node_label(n: ViewNode, lang: str) -> str:
    if n.kind == "event":
        return term_label(n.subtype, lang)
    return n.label(lang)


def _edge_label(e: ViewEdge, lang: str) -> str:
    return term_label(e.predicate, lang)


def _title(n: ViewNode, lang: str) -> str:
    kind = term_label(n.subtype if n.kind == "event" else n.type, lang)
    name = n.label(lang) if n.kind != "time" else n.label_zh
    return f"{name}\n{kind}"


def choose_layout(n_nodes: int, layout: str = "") -> str:
    """``layout`` if given, else physics up to LARGE_GRAPH nodes and static above.

    >>> choose_layout(50), choose_layout(5000), choose_layout(5000, "physics")
    ('physics', 'static', 'physics')
    """
    if layout and layout not in LAYOUTS:
        raise KgError(f"--layout {layout!r}: choose physics or static")
    return layout or ("static" if n_nodes > LARGE_GRAPH else "physics")


def vis_options(n_nodes: int, layout: str) -> dict[str, Any]:
    """vis-network options for a graph of ``n_nodes`` drawn with ``layout``."""
    large = n_nodes > LARGE_GRAPH
    physics: dict[str, Any] = {"enabled": False}
    if layout == "physics":
        physics = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.008, "springLength": 110, "springConstant": 0.06, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 150 if large else 400, "updateInterval": 50, "fit": True},
            "minVelocity": 1.0,
        }
    return {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1,
            "borderWidthSelected": 3,
            "font": {"face": FONT, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"face": FONT, "size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff", "color": "#555555"},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "selectionWidth": 2,
        },
        "layout": {"improvedLayout": n_nodes <= 100, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 250,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        },
        "physics": physics,
    }


class _IdList(list[str]):
    """A list with set-speed ``in``: pyvis 0.3.2 tests membership in ``node_ids`` for every edge
    (``source in self.get_nodes()``), which makes 5,000 nodes and 10,000 edges take seconds."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[object] = set()

    def append(self, item: str) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def build_network(
    view: GraphView,
    lang: str = "zh",
    layout: str = "physics",
    sizes: dict[str, float] | None = None,
    at: dict[str, tuple[float, float]] | None = None,
) -> Any:
    """The pyvis Network of the view (ids ``n0…`` and ``e0…`` in the view's order)."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.node_ids = _IdList()  # pyvis checks each edge's ends against this list: make it O(1)
    ids = {n.key: f"n{i}" for i, n in enumerate(view.nodes)}
    sizes = sizes or {}
    for n in view.nodes:
        colour, shape = STYLES[n.type]
        extra: dict[str, Any] = {}
        if at is not None:
            extra.update(x=at[n.key][0], y=at[n.key][1])
        if n.kind != "entity":
            extra["font"] = {"size": 10, "color": "#555555"}
        net.add_node(
            ids[n.key],
            label=_node_label(n, lang) or " ",
            shape=shape,
            color={"background": colour, "border": "#333333" if n.kind == "entity" else colour, "highlight": {"background": colour, "border": "#000000"}},
            size=sizes.get(n.key, 10.0),
            title=_title(n, lang),
            **extra,
        )
    for i, e in enumerate(view.edges):
        relation = e.kind == "relation"
        net.add_edge(
            ids[e.source],
            ids[e.target],
            id=f"e{i}",
            label=_edge_label(e, lang),
            color={"color": "#8a99a8" if relation else "#d4a5a5", "highlight": "#222222", "hover": "#444444"},
            width=1.6 if relation else 1.0,
            dashes=not relation,
        )
    net.options = vis_options(len(view.nodes), layout)
    return net


# ---------------------------------------------------------------------------------------------
# the page


def _period(p: Period | None) -> list[object] | None:
    return [round(p.begin, 4), round(p.end, 4), p.text] if p else None


def _evidence(ev: Evidence) -> dict[str, object]:
    return {"parts": [list(x) for x in ev.parts], "confidence": ev.confidence, "document": ev.document, "rule": ev.rule, "time": ev.time, "role": ev.role}


def page_data(view: GraphView, *, title: str, lang: str = "zh", layout: str = "", focus: str = "", depth: int = 1) -> dict[str, Any]:
    """Everything the page's script reads: vis-network's nodes, edges and options (from pyvis),
    the panel's details of each node and edge, the legend and the filters."""
    if lang not in LANGS:
        raise KgError(f"--lang {lang!r}: choose zh or en")
    layout = choose_layout(len(view.nodes), layout)
    degree, rank = node_metrics(view)
    size_degree = _sizes(view, {k: float(v) for k, v in degree.items()})
    size_rank = _sizes(view, rank)
    net = build_network(view, lang, layout, size_degree, positions(view) if layout == "static" else None)
    nodes, edges, _, _, _, options = net.get_network_data()
    ids = {n.key: f"n{i}" for i, n in enumerate(view.nodes)}
    type_counts = {t: sum(1 for n in view.nodes if n.type == t) for t in NODE_TYPES}
    relation_counts: dict[str, int] = {}
    for e in view.edges:
        name = e.predicate if e.kind == "relation" else "_event"
        relation_counts[name] = relation_counts.get(name, 0) + 1
    link_names = sorted({e.predicate for e in view.edges if e.kind != "relation"})
    return {
        "title": title,
        "lang": lang,
        "layout": layout,
        "freeze": len(view.nodes) > FREEZE_AFTER,
        "focus": ids.get(focus) if focus else None,
        "depth": depth,
        "types": [
            {"name": t, "en": term_label(t, "en"), "zh": term_label(t, "zh"), "color": STYLES[t][0], "shape": STYLES[t][1], "count": type_counts[t]}
            for t in NODE_TYPES
            if type_counts[t] or t in ENTITY_TYPES[:5]
        ],
        "relations": [
            {"name": name, "en": term_label(name, "en") if name != "_event" else "event links", "zh": term_label(name, "zh") if name != "_event" else "事件关联", "count": count}
            for name, count in sorted(relation_counts.items(), key=lambda kv: (kv[0] == "_event", -kv[1], kv[0]))
        ],
        "terms": {
            name: {"en": term_label(name, "en"), "zh": term_label(name, "zh")}
            for name in sorted({*link_names, *relation_counts, *(n.subtype for n in view.nodes), *NODE_TYPES} - {"_event"})
        },
        "network": {"nodes": nodes, "edges": edges, "options": options if isinstance(options, dict) else json.loads(options)},
        "nodes": {
            ids[n.key]: {
                "key": n.key,
                "kind": n.kind,
                "type": n.type,
                "subtype": n.subtype,
                "zh": n.label_zh,
                "en": n.label_en,
                "aliases": list(n.aliases),
                "wikidata": n.wikidata,
                "period": _period(n.period),
                "confidence": n.confidence,
                "evidence": [_evidence(x) for x in n.evidence],
                "attributes": [list(a) for a in n.attributes],
                "degree": degree[n.key],
                "pagerank": round(rank.get(n.key, 0.0), 6),
                "size": {"degree": size_degree[n.key], "pagerank": size_rank[n.key]},
            }
            for n in view.nodes
        },
        "edges": {
            f"e{i}": {
                "from": ids[e.source],
                "to": ids[e.target],
                "predicate": e.predicate,
                "kind": e.kind,
                "confidence": e.confidence,
                "evidence": [_evidence(x) for x in e.evidence],
                "period": _period(e.period),
            }
            for i, e in enumerate(view.edges)
        },
    }


def render_html(view: GraphView, *, title: str, lang: str = "zh", layout: str = "", focus: str = "", depth: int = 1) -> str:
    """The page as a string (see the module docstring)."""
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(VIZ_DIR), autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.get_template("graph.html.j2")
    vis_js = _inline_safe(vis_network_js(), "vis-network.min.js")
    app_js = _inline_safe(_asset("viewer.js"), "viz/viewer.js")
    css = _inline_safe(_asset("viewer.css"), "viz/viewer.css")
    data = page_data(view, title=title, lang=lang, layout=layout, focus=focus, depth=depth)
    return template.render(
        title=title,
        lang="zh-Hans" if lang == "zh" else "en",
        csp=CSP.format(scripts=f"{_sha256(vis_js)} {_sha256(app_js)}"),
        css=Markup(css),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
        data=Markup(json_for_html(data)),
    )


def write_html(html: str, output: str | Path) -> None:
    atomic_write(output, lambda tmp: tmp.write_text(html, encoding="utf-8"))


def default_output(source: str | Path) -> Path:
    """``graph.trig`` → ``graph.html`` beside it; a store folder ``st/`` → ``st.html``."""
    path = Path(source)
    return path.parent / f"{path.name if path.is_dir() else path.stem}.html"


def viz(
    source: str | Path,
    output: str | Path | None = None,
    *,
    focus: str = "",
    depth: int = 1,
    types: Sequence[str] = (),
    min_confidence: float = 0.0,
    lang: str = "zh",
    layout: str = "",
) -> VizResult:
    """Read a graph, narrow it (types, confidence, neighbourhood of ``focus``) and write the page."""
    if lang not in LANGS:
        raise KgError(f"--lang {lang!r}: choose zh or en")
    choose_layout(0, layout)
    out = Path(output) if output else default_output(source)
    view = filter_view(graph_view(load_graph(source)), types, min_confidence)
    focus_key = ""
    if focus:
        focus_key = find_node(view, focus).key
        view = neighbourhood(view, focus_key, depth)
    html = render_html(view, title=Path(source).name, lang=lang, layout=layout, focus=focus_key, depth=depth)
    write_html(html, out)
    return VizResult(path=str(out), nodes=len(view.nodes), edges=len(view.edges), layout=choose_layout(len(view.nodes), layout))
