"""The graph viewer: the RDF → view projection, the filters, the page (escaping, CSP, offline),
the CLI, and the page itself in headless Chromium (skipped without a browser, except in CI where
KG_REQUIRE_BROWSER=1 makes a missing browser a failure)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg import build_dataset
from kg.cli import main
from kg.errors import InputError
from kg.graphview import filter_view, find_node, graph_view, neighbourhood
from kg.layout import force_layout
from kg.rdf.io import write_dataset
from kg.rdf.mapping import new_dataset
from kg.rdf.vocab import DCTERMS, KG, NIF, PROV
from kg.stats import graph_stats
from kg.viz import default_output, json_for_html, load_graph, page_data, render_html, viz

from .conftest import SAMPLE

BASE = "https://kg.example.org/"
XSS = "<img src=x onerror=alert(1)>"
BREAK = "</script><script>window.__pwned=1;alert(2)</script>"
ODD = "{{7*7}} ${alert(3)} <!-- \u2028 & &amp; \\u003c"
HOSTILE = (XSS, BREAK, ODD, "张<b>三</b>", "<svg onload=alert(6)>.txt", "<script>alert(5)</script>")

OTHER_TEXT = "1999年，马云在杭州创立了阿里巴巴。李明毕业于清华大学，后来在华为工作。"


# ---------------------------------------------------------------------------------------------
# inputs


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return build_dataset([(SAMPLE.name, SAMPLE.read_text(encoding="utf-8"))])


def hostile_dataset() -> Dataset:
    """A graph following docs/rdf.md whose names, evidence and titles are all attacks."""
    ds = new_dataset()
    g = ds.graph(URIRef(BASE + "graph/entities"))
    d = ds.graph(URIRef(BASE + "graph/doc/0"))
    a, o = URIRef(BASE + "entity/person/x"), URIRef(BASE + "entity/organization/y")
    g.add((a, RDF.type, KG.Person))
    g.add((a, RDFS.label, Literal(XSS, lang="en")))
    g.add((a, RDFS.label, Literal("张<b>三</b>", lang="zh")))
    g.add((a, SKOS.altLabel, Literal(BREAK)))
    g.add((a, SKOS.altLabel, Literal(ODD)))
    g.add((o, RDF.type, KG.Company))
    g.add((o, RDFS.label, Literal(BREAK, lang="en")))
    g.add((o, OWL.sameAs, URIRef("javascript:alert(4)//www.wikidata.org/entity/Q1")))
    d.add((a, KG.worksFor, o))
    st, ev, doc = URIRef(BASE + "statement/1"), URIRef(BASE + "evidence/1"), URIRef(BASE + "doc/0")
    sentence = f"{XSS} 任职于 {BREAK}。"
    n = XSD.nonNegativeInteger
    for p, v in (
        (RDF.type, KG.Statement),
        (RDF.subject, a),
        (RDF.predicate, KG.worksFor),
        (RDF.object, o),
        (KG.confidence, Literal(Decimal("0.8"), datatype=XSD.decimal)),
        (KG.rule, Literal("<script>alert(5)</script>")),
        (KG.subjectText, Literal(XSS)),
        (KG.subjectBegin, Literal(0, datatype=n)),
        (KG.subjectEnd, Literal(len(XSS), datatype=n)),
        (KG.objectText, Literal(BREAK)),
        (KG.objectBegin, Literal(len(XSS) + 5, datatype=n)),
        (KG.objectEnd, Literal(len(XSS) + 5 + len(BREAK), datatype=n)),
        (PROV.wasDerivedFrom, ev),
        (KG.document, doc),
    ):
        d.add((st, p, v))
    d.add((ev, NIF.anchorOf, Literal(sentence)))
    d.add((ev, NIF.beginIndex, Literal(0, datatype=n)))
    d.add((doc, RDF.type, KG.Document))
    d.add((doc, DCTERMS.title, Literal("<svg onload=alert(6)>.txt")))
    e = URIRef(BASE + "event/1")
    d.add((e, RDF.type, KG.Event))
    d.add((e, RDF.type, KG.Founding))
    d.add((e, RDFS.label, Literal("Founding: " + XSS, lang="en")))
    d.add((e, KG.participant, a))
    d.add((e, KG.time, Literal("2020", datatype=XSD.gYear)))
    d.add((e, KG.timeText, Literal("<i>2020</i>", lang="zh")))
    return ds


def expected_nodes(ds: Dataset) -> int:
    """Entities (by the stats module), events, and distinct event times: what the page counts."""
    entities = sum(n for _, n in graph_stats(ds).entities)
    events = set(ds.subjects(RDF.type, KG.Event))
    times = {(str(ds.value(e, KG.time)), str(ds.value(e, KG.begin)), str(ds.value(e, KG.end))) for e in events}
    times.discard(("None", "None", "None"))
    return entities + len(events) + len(times)


# ---------------------------------------------------------------------------------------------
# the projection


def test_view_counts_match_the_graph(demo: Dataset) -> None:
    view = graph_view(demo)
    assert len(view.nodes) == expected_nodes(demo)
    facts = {(s, p, o) for p in (KG.studiedAt, KG.worksFor, KG.founded, KG.launched, KG.acquiredBy) for s, o in demo.subject_objects(p)}
    relations = {(e.source, e.predicate, e.target) for e in view.edges if e.kind == "relation"}
    assert {(str(s), str(p).rsplit("#", 1)[1], str(o)) for s, p, o in facts} <= relations


def test_evidence_marks_the_mentions(demo: Dataset) -> None:
    view = graph_view(demo)
    stanford = find_node(view, "Stanford University")
    edge = next(e for e in view.edges if e.target == stanford.key and e.predicate == "studiedAt")
    ev = edge.evidence[0]
    assert ev.sentence.startswith("Julien Chaumond 毕业于")
    assert ("斯坦福大学", "object") in ev.parts and ("Julien Chaumond", "subject") in ev.parts
    assert ev.document == SAMPLE.name and ev.confidence == pytest.approx(0.9)


def test_events_link_participants_place_and_time() -> None:
    view = graph_view(build_dataset([("other.txt", OTHER_TEXT)]))
    founding = [n for n in view.nodes if n.kind == "event" and n.subtype == "Founding"]
    assert len(founding) == 1
    links = {(e.kind, e.predicate, view.node(e.target).label("zh")) for e in view.edges if e.source == founding[0].key}
    assert {("role", "founder", "马云"), ("role", "organization", "阿里巴巴"), ("place", "place", "杭州市"), ("time", "time", "1999年")} <= links
    assert founding[0].period is not None and (founding[0].period.begin, founding[0].period.end) == (1999, 2000)
    assert ("relation", "studiedAt", "清华大学") in {(e.kind, e.predicate, view.node(e.target).label("zh")) for e in view.edges}


@pytest.mark.parametrize(
    ("types", "kept"),
    [
        (["Person"], {"Person"}),
        (["组织", "event"], {"Organization", "Event", "Time"}),
        (["EducationalOrganization"], {"Organization"}),
    ],
)
def test_filter_by_type(demo: Dataset, types: list[str], kept: set[str]) -> None:
    view = filter_view(graph_view(demo), types)
    assert view.nodes and {n.type for n in view.nodes} <= kept
    keys = {n.key for n in view.nodes}
    assert all(e.source in keys and e.target in keys for e in view.edges)


def test_filter_by_confidence(demo: Dataset) -> None:
    full = graph_view(demo)
    high = filter_view(full, min_confidence=0.85)
    assert 0 < len([e for e in high.edges if e.kind == "relation"]) < len([e for e in full.edges if e.kind == "relation"])
    assert all((e.confidence or 1) >= 0.85 for e in high.edges if e.kind == "relation")
    assert all((n.confidence or 1) >= 0.85 for n in high.nodes if n.kind == "event")


def test_filter_rejects_unknown_type(demo: Dataset) -> None:
    with pytest.raises(InputError, match="not a type"):
        filter_view(graph_view(demo), ["Dragon"])


@pytest.mark.parametrize("query", ["斯坦福", "斯坦福大学", "stanford university", "https://kg.example.org/entity/organization/stanford-university"])
def test_find_node_by_label_alias_or_iri(demo: Dataset, query: str) -> None:
    assert find_node(graph_view(demo), query).label("en") == "Stanford University"


def test_find_node_not_found_suggests(demo: Dataset) -> None:
    with pytest.raises(InputError, match="did you mean"):
        find_node(graph_view(demo), "Stanford")  # a part of a name, not a name


def test_neighbourhood_depth(demo: Dataset) -> None:
    view = graph_view(demo)
    stanford = find_node(view, "斯坦福大学")
    one = neighbourhood(view, stanford.key, 1)
    two = neighbourhood(view, stanford.key, 2)
    zero = neighbourhood(view, stanford.key, 0)
    labels = {n.label("en") for n in one.nodes}
    assert "Julien Chaumond" in labels and "Hugging Face" not in labels
    assert "Hugging Face" in {n.label("en") for n in two.nodes}
    assert len(zero.nodes) == 1 and len(one.nodes) < len(two.nodes) < len(view.nodes)


def test_layout_is_deterministic_and_spreads_nodes() -> None:
    edges = [(i, (i * 7 + 3) % 300) for i in range(300)] + [(i, i + 1) for i in range(299)]
    a, b = force_layout(300, edges, seed=3), force_layout(300, edges, seed=3)
    assert a == b
    xs, ys = {round(x, 3) for x, _ in a}, {round(y, 3) for _, y in a}
    assert len(xs) > 250 and len(ys) > 250


# ---------------------------------------------------------------------------------------------
# the page as text


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def test_page_has_no_external_resource_and_a_strict_csp(demo: Dataset) -> None:
    html = render_html(graph_view(demo), title="demo")
    parser = _Tags()
    parser.feed(html)
    assert not [t for t, a in parser.tags if t in ("link", "img", "iframe", "object") or "src" in a or "href" in a]
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";")[0]  # scripts run by hash only
    assert csp.count("'sha256-") == 2 and len(parser.scripts) == 3  # data, vis-network, ours
    assert "vis-network" in html and "cdn" not in html.lower().replace("cdn_", "")


def test_hostile_text_stays_data(tmp_path: Path) -> None:
    html = render_html(graph_view(hostile_dataset()), title=BREAK)
    for text in HOSTILE:
        assert text not in html
    parser = _Tags()
    parser.feed(html)
    assert len(parser.scripts) == 3
    data = json.loads(parser.scripts[0])
    names = [n["en"] for n in data["nodes"].values()] + [a for n in data["nodes"].values() for a in n["aliases"]]
    assert XSS in names and BREAK in names and ODD in names
    assert all(n["wikidata"] == "" for n in data["nodes"].values())  # javascript: "links" are dropped
    assert "<title>&lt;/script&gt;" in html


def test_json_for_html_escapes_markup() -> None:
    text = json_for_html({"a": BREAK + "&\u2028"})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"a": BREAK + "&\u2028"}


def test_static_layout_positions_every_node(demo: Dataset) -> None:
    data = page_data(graph_view(demo), title="t", layout="static")
    assert data["layout"] == "static" and data["network"]["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["network"]["nodes"])
    physics = page_data(graph_view(demo), title="t")
    assert physics["layout"] == "physics" and "x" not in physics["network"]["nodes"][0]


# ---------------------------------------------------------------------------------------------
# the command


def test_cli_writes_the_page(demo: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = tmp_path / "g.trig"
    write_dataset(demo, graph)
    assert main(["viz", str(graph), "--lang", "en", "--types", "Person,Organization", "Event"]) == 0
    out = default_output(graph)
    assert out == tmp_path / "g.html" and out.is_file()
    assert re.search(r"wrote .*g\.html \(\d+ nodes, \d+ edges, physics layout\)", capsys.readouterr().err)
    page = out.read_text(encoding="utf-8")
    assert '"lang":"en"' in page and '"type":"Place"' not in page


def test_cli_focus(demo: Dataset, tmp_path: Path) -> None:
    graph = tmp_path / "g.trig"
    write_dataset(demo, graph)
    result = viz(graph, tmp_path / "f.html", focus="斯坦福", depth=1)
    assert 2 < result.nodes < len(graph_view(demo).nodes)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["viz", "{tmp}/missing.trig"], "no such graph file"),
        (["viz", "{tmp}/g.trig", "--focus", "Nobody Here"], "no entity with that name"),
        (["viz", "{tmp}/g.trig", "--depth", "2"], "--depth needs --focus"),
        (["viz", "{tmp}/g.trig", "--types", "Dragon"], "not a type"),
        (["viz", "{tmp}"], "not a kg store"),
    ],
)
def test_cli_errors_are_one_line(demo: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    write_dataset(demo, tmp_path / "g.trig")
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "g.html").exists()


def test_store_and_file_give_the_same_page_data(demo: Dataset, tmp_path: Path) -> None:
    from kg.store import save_dataset

    save_dataset(tmp_path / "store", demo)
    write_dataset(demo, tmp_path / "g.trig")
    from_store, from_file = graph_view(load_graph(tmp_path / "store")), graph_view(load_graph(tmp_path / "g.trig"))
    assert from_store == from_file and len(from_store.nodes) == expected_nodes(demo)
    result = viz(tmp_path / "store")
    assert result.path == str(tmp_path / "store.html") and result.nodes == len(from_file.nodes)


# ---------------------------------------------------------------------------------------------
# the page in a real browser



class Visit:
    """A page opened from disk, with every console message, dialog and request recorded."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url) if r.url != self.url else None)
        self.page.goto(self.url)
        self.page.wait_for_selector('body[data-ready="1"]', state="attached", timeout=30000)

    def count(self) -> tuple[int, int]:
        el = self.page.locator("#count")
        return int(el.get_attribute("data-shown")), int(el.get_attribute("data-total"))

    def search(self, text: str) -> str:
        self.page.fill("#search", text)
        self.page.press("#search", "Enter")
        self.page.wait_for_selector("#panel:not([hidden]) h2")
        return str(self.page.text_content("#panel-body h2"))

    def clean(self) -> None:
        assert self.errors == [] and self.dialogs == [] and self.requests == []


@pytest.fixture(scope="module")
def demo_page(browser: Any, demo: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Visit]:
    out = tmp_path_factory.mktemp("viz") / "demo.html"
    out.write_text(render_html(graph_view(demo), title="demo"), encoding="utf-8")
    visit = Visit(browser, out)
    yield visit
    visit.page.close()


def test_browser_demo_opens_offline_and_counts(demo_page: Visit, demo: Dataset) -> None:
    shown, total = demo_page.count()
    assert shown == total == expected_nodes(demo)
    assert demo_page.page.evaluate("document.querySelectorAll('canvas').length") == 1
    demo_page.clean()


@pytest.mark.parametrize("query", ["斯坦福", "Stanford"])
def test_browser_search_focuses_the_node(demo_page: Visit, query: str) -> None:
    assert demo_page.search(query) == "斯坦福大学"
    selected = demo_page.page.evaluate("window.kgViewer.network.getSelectedNodes()")
    assert [demo_page.page.evaluate(f"window.kgViewer.data.nodes[{json.dumps(selected[0])}].en")] == ["Stanford University"]
    demo_page.clean()


def test_browser_panel_shows_evidence(demo_page: Visit) -> None:
    demo_page.search("斯坦福大学")
    sentences = demo_page.page.locator("#panel-body .evidence .sentence").all_text_contents()
    assert any("Julien Chaumond 毕业于" in s for s in sentences), sentences
    assert "斯坦福大学" in demo_page.page.locator("#panel-body .evidence mark.object").all_text_contents()
    assert "huggingface_cto_interview.txt" in str(demo_page.page.text_content("#panel-body .evidence .doc"))
    demo_page.clean()


def test_browser_clicking_an_edge_shows_its_evidence(demo_page: Visit) -> None:
    page = demo_page.page
    if page.is_visible("#panel-close"):
        page.click("#panel-close")
    edge = page.evaluate(
        """() => { const v = window.kgViewer, d = v.data;
            return Object.keys(d.edges).find(k => d.edges[k].predicate === 'studiedAt' && d.nodes[d.edges[k].to].en === 'Stanford University'); }"""
    )
    page.evaluate(
        f"""() => {{ const v = window.kgViewer, e = v.data.edges[{json.dumps(edge)}];
            v.network.setOptions({{physics: {{enabled: false}}}});
            const p = v.network.getPositions([e.from, e.to]);
            v.network.moveTo({{position: {{x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2}}, scale: 1.5}}); }}"""
    )
    # the curve's midpoint is near the centre: find a pixel there that hits the edge, and no node
    spot = page.evaluate(
        f"""() => {{ const n = window.kgViewer.network, r = document.getElementById('graph').getBoundingClientRect();
            for (let d = 0; d < 60; d += 2) for (const [dx, dy] of [[d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, -d], [d, -d], [-d, d]]) {{
                const p = {{x: r.width / 2 + dx, y: r.height / 2 + dy}};
                if (n.getEdgeAt(p) === {json.dumps(edge)} && n.getNodeAt(p) === undefined) return [r.left + p.x, r.top + p.y];
            }} return null; }}"""
    )
    assert spot is not None
    page.mouse.click(spot[0], spot[1])
    page.wait_for_selector("#panel:not([hidden]) .evidence")
    assert page.evaluate("window.kgViewer.network.getSelectedEdges()") == [edge]
    assert page.text_content("#panel-body h2") == "就读于"
    assert "斯坦福大学" in page.locator("#panel-body .evidence mark.object").all_text_contents()
    demo_page.clean()


def test_browser_type_filter_hides_nodes(demo_page: Visit) -> None:
    page = demo_page.page
    shown, total = demo_page.count()
    persons = page.evaluate("Object.values(window.kgViewer.data.nodes).filter(n => n.type === 'Person').length")
    page.uncheck('input[data-type="Person"]')
    after, _ = demo_page.count()
    hidden = page.evaluate("window.kgViewer.nodes.get({filter: n => n.hidden}).length")
    assert persons > 0 and after == shown - persons and hidden == persons
    page.check('input[data-type="Person"]')
    assert demo_page.count() == (total, total)
    demo_page.clean()


def test_browser_relation_filter_hides_edges(demo_page: Visit) -> None:
    page = demo_page.page
    studied = page.evaluate("Object.values(window.kgViewer.data.edges).filter(e => e.predicate === 'studiedAt').length")
    page.uncheck('input[data-relation="studiedAt"]')
    hidden = page.evaluate("window.kgViewer.edges.get({filter: e => e.hidden}).map(e => window.kgViewer.data.edges[e.id].predicate)")
    assert studied > 0 and hidden == ["studiedAt"] * studied
    page.check('input[data-relation="studiedAt"]')
    assert page.evaluate("window.kgViewer.edges.get({filter: e => e.hidden}).length") == 0
    demo_page.clean()


def test_browser_language_toggle_and_period(demo_page: Visit) -> None:
    page = demo_page.page
    labels = page.evaluate("window.kgViewer.edges.get().map(e => e.label)")
    assert "就读于" in labels
    page.click("#lang")
    assert "studied at" in page.evaluate("window.kgViewer.edges.get().map(e => e.label)")
    page.click("#lang")
    page.evaluate("window.kgViewer.setPeriod(2001, 2001)")
    shown, total = demo_page.count()
    assert 0 < shown < total
    page.click("#period-clear")
    assert demo_page.count() == (total, total)
    demo_page.clean()


def test_browser_double_click_focuses_neighbourhood(demo_page: Visit) -> None:
    page = demo_page.page
    node = page.evaluate("Object.keys(window.kgViewer.data.nodes).find(k => window.kgViewer.data.nodes[k].en === 'Stanford University')")
    page.evaluate(f"window.kgViewer.network.moveTo({{position: window.kgViewer.network.getPositions([{json.dumps(node)}])[{json.dumps(node)}], scale: 1}})")
    box = page.locator("#graph").bounding_box()
    page.mouse.dblclick(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#focus-chip:not([hidden])")
    shown, total = demo_page.count()
    assert 2 < shown < total
    page.click("#focus-clear")
    assert demo_page.count() == (total, total)
    demo_page.clean()


def test_browser_csp_blocks_network(demo_page: Visit) -> None:
    blocked = demo_page.page.evaluate(
        """() => new Promise(done => {
            document.addEventListener('securitypolicyviolation', e => done(e.effectiveDirective), {once: true});
            fetch('http://127.0.0.1:9/x').catch(() => {});
            setTimeout(() => done('none'), 3000);
        })"""
    )
    assert blocked == "connect-src" and demo_page.requests == []
    demo_page.errors.clear()  # the violation report itself is a console error


def test_browser_hostile_names_render_as_text(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    viz_html = render_html(graph_view(hostile_dataset()), title=BREAK)
    out.write_text(viz_html, encoding="utf-8")
    visit = Visit(browser, out)
    page = visit.page
    assert visit.count() == (4, 4)
    assert visit.search("img src") == "张<b>三</b>"
    body = str(page.text_content("#panel-body"))
    for text in (XSS, BREAK, "<svg onload=alert(6)>.txt", "<script>alert(5)</script>"):
        assert text in body
    page.click("#lang")
    assert page.text_content("#panel-body h2") == XSS
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, svg[onload], b, i').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.title() == BREAK + " · kg"
    visit.clean()
    page.close()
