"""The graph page at 100, 1k and 5k nodes: time to first stable frame in headless Chromium.

    python bench/bench_viz.py [--sizes 100 1000 5000] [--skip-physics-above 5000]

For each size, a synthetic knowledge graph that follows docs/rdf.md (people, organisations,
places, works; facts with statements and evidence; events with participants, place and year) is
written as TriG, then `kg viz` reads it and writes the page, once with each layout. Each page is
opened from disk in headless Chromium (Debian's /usr/bin/chromium through Playwright) and timed
from navigation start to the first frame drawn after the layout is stable (the page sets
``data-ready`` then). The baseline, measured in the same run, is vis-network's own way: physics
in the page until stable (`--layout physics`); the ratio shows what the precomputed layout saves.
Also timed on the default page: a type filter (click → next frame) and a search. The goal: a
5,000-node graph opens and is usable within 5 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rdflib import Dataset, Literal, URIRef  # noqa: E402
from rdflib.namespace import RDF, RDFS, SKOS, XSD  # noqa: E402

from kg.graphview import graph_view  # noqa: E402
from kg.rdf.io import read_dataset, write_dataset  # noqa: E402
from kg.rdf.mapping import new_dataset  # noqa: E402
from kg.rdf.vocab import DCTERMS, KG, NIF, PROV  # noqa: E402
from kg.viz import choose_layout, render_html, write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
BASE = "https://kg.example.org/"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
ORG_WORDS = ("星河", "云帆", "天工", "远景", "青松", "长风", "北辰", "海纳", "启明", "万象")
ORG_KINDS = (("科技", KG.Company), ("大学", KG.EducationalOrganization), ("研究院", KG.ResearchProject), ("基金会", KG.Community))
PLACES = ("北京", "上海", "杭州", "深圳", "成都", "武汉", "南京", "西安", "苏州", "广州", "巴黎", "纽约", "伦敦", "东京")


def synthetic(n_nodes: int, seed: int = 1) -> Dataset:
    """A graph of ``n_nodes`` view nodes (a fifth events, up to 31 years, the rest entities), with
    preferential attachment so that a few organisations and places become hubs."""
    rng = random.Random(seed)
    ds = new_dataset()
    ents = ds.graph(URIRef(BASE + "graph/entities"))
    doc = URIRef(BASE + "doc/synthetic")
    g = ds.graph(URIRef(BASE + "graph/doc/synthetic"))
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, DCTERMS.title, Literal("synthetic.txt")))
    n_events = max(1, n_nodes // 5)
    n_years = min(31, n_events)
    n_ent = n_nodes - n_events - n_years
    people: list[tuple[URIRef, str]] = []
    orgs: list[tuple[URIRef, str]] = []
    places: list[tuple[URIRef, str]] = []
    weight: dict[URIRef, int] = {}

    def entity(kind: str, cls: URIRef, top: URIRef, name: str, i: int) -> URIRef:
        iri = URIRef(f"{BASE}entity/{kind}/{kind}-{i}")
        ents.add((iri, RDF.type, cls))
        ents.add((iri, RDF.type, top))
        ents.add((iri, RDFS.label, Literal(name, lang="zh")))
        if rng.random() < 0.3:
            ents.add((iri, SKOS.altLabel, Literal(f"{name[:2]}{i}", lang="zh")))
        weight[iri] = 1
        return iri

    for i in range(max(3, n_ent // 20)):
        name = PLACES[i % len(PLACES)] + ("" if i < len(PLACES) else str(i))
        places.append((entity("place", KG.City, KG.Place, name, i), name))
    for i in range(max(3, n_ent * 3 // 10)):
        word, (suffix, cls) = rng.choice(ORG_WORDS), rng.choice(ORG_KINDS)
        name = f"{word}{suffix}{i}"
        orgs.append((entity("organization", cls, KG.Organization, name, i), name))
    for i in range(n_ent - len(places) - len(orgs)):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) + str(i)
        people.append((entity("person", KG.Person, KG.Person, name, i), name))

    def pick(pool: list[tuple[URIRef, str]]) -> tuple[URIRef, str]:
        a, b = rng.choice(pool), rng.choice(pool)  # two draws, keep the busier: hubs grow
        return a if weight[a[0]] >= weight[b[0]] else b

    count = 0

    def fact(s: tuple[URIRef, str], p: str, o: tuple[URIRef, str], verb: str) -> None:
        nonlocal count
        count += 1
        weight[s[0]] += 1
        weight[o[0]] += 1
        g.add((s[0], KG[p], o[0]))
        st, ev = URIRef(f"{BASE}statement/{count}"), URIRef(f"{BASE}evidence/{count}")
        sentence = f"{s[1]}{verb}{o[1]}。"
        nn = XSD.nonNegativeInteger
        for pred, value in (
            (RDF.type, KG.Statement),
            (RDF.subject, s[0]),
            (RDF.predicate, KG[p]),
            (RDF.object, o[0]),
            (KG.confidence, Literal(Decimal(str(round(rng.uniform(0.5, 0.95), 2))), datatype=XSD.decimal)),
            (KG.rule, Literal(f"{p}.synthetic")),
            (KG.subjectText, Literal(s[1])),
            (KG.subjectBegin, Literal(0, datatype=nn)),
            (KG.subjectEnd, Literal(len(s[1]), datatype=nn)),
            (KG.objectText, Literal(o[1])),
            (KG.objectBegin, Literal(len(s[1]) + len(verb), datatype=nn)),
            (KG.objectEnd, Literal(len(s[1]) + len(verb) + len(o[1]), datatype=nn)),
            (PROV.wasDerivedFrom, ev),
            (KG.document, doc),
        ):
            g.add((st, pred, value))
        g.add((ev, NIF.anchorOf, Literal(sentence)))
        g.add((ev, NIF.beginIndex, Literal(0, datatype=nn)))

    for person in people:
        fact(person, "worksFor", pick(orgs), "任职于")
        if rng.random() < 0.6:
            fact(person, "studiedAt", pick(orgs), "毕业于")
        if rng.random() < 0.3:
            fact(person, "bornIn", pick(places), "出生于")
        if rng.random() < 0.15:
            fact(person, "knows", rng.choice(people), "认识")
    for org in orgs:
        fact(org, "headquarteredIn", pick(places), "总部位于")
    for i in range(n_events):
        founder, org, place = rng.choice(people), pick(orgs), pick(places)
        event = URIRef(f"{BASE}event/{i}")
        g.add((event, RDF.type, KG.Event))
        g.add((event, RDF.type, KG.Founding))
        g.add((event, RDFS.label, Literal(f"Founding: {founder[1]}、{org[1]}", lang="zh")))
        g.add((event, KG.confidence, Literal(Decimal("0.8"), datatype=XSD.decimal)))
        for j, (role, who) in enumerate((("founder", founder), ("organization", org))):
            part = URIRef(f"{event}/role/{j}")
            g.add((event, KG.participant, who[0]))
            g.add((event, KG.hasParticipation, part))
            g.add((part, KG.agent, who[0]))
            g.add((part, KG.roleName, Literal(role)))
        g.add((event, KG.place, place[0]))
        year = 1990 + (i if i < n_years else rng.randrange(n_years))  # every year used once at least
        g.add((event, KG.time, Literal(str(year), datatype=XSD.gYear)))
    return ds


def open_page(browser: Any, path: Path, interact: bool) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_selector('body[data-ready="1"]', state="attached", timeout=180_000)
    out = {"ready_ms": float(page.evaluate("window.kgViewer.readyAt"))}
    if interact:
        out["filter_ms"] = float(
            page.evaluate(
                """() => new Promise(done => {
                    const t = performance.now();
                    window.kgViewer.network.once('afterDrawing', () => done(performance.now() - t));
                    document.querySelector('input[data-type="Person"]').click();
                })"""
            )
        )
        out["search_ms"] = float(page.evaluate("() => { const t = performance.now(); window.kgViewer.search('王'); return performance.now() - t; }"))
    page.close()
    if errors:
        raise SystemExit(f"{path.name}: page errors: {errors[:3]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    ap.add_argument("--skip-physics-above", type=int, default=10**9, help="skip the (slow) physics baseline above this size")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        )
        for size in args.sizes:
            trig = Path(tmp) / f"g{size}.trig"
            write_dataset(synthetic(size), trig)
            t0 = time.perf_counter()
            ds = read_dataset(trig)
            t1 = time.perf_counter()
            view = graph_view(ds)
            t2 = time.perf_counter()
            pages: dict[str, Path] = {}
            page_s: dict[str, float] = {}
            for layout in ("static", "physics"):
                t = time.perf_counter()
                html = render_html(view, title=trig.name, layout=layout)
                page_s[layout] = time.perf_counter() - t
                pages[layout] = Path(tmp) / f"g{size}-{layout}.html"
                write_html(html, pages[layout])
            default = choose_layout(len(view.nodes))
            static = open_page(browser, pages["static"], interact=default == "static")
            physics = (
                open_page(browser, pages["physics"], interact=default == "physics") if size <= args.skip_physics_above else {"ready_ms": float("nan")}
            )
            chosen = static if default == "static" else physics
            rows.append(
                {
                    "size": size,
                    "nodes": len(view.nodes),
                    "edges": len(view.edges),
                    "mb": pages[default].stat().st_size / 1e6,
                    "read": t1 - t0,
                    "view": t2 - t1,
                    "page": page_s[default],
                    "static": static["ready_ms"],
                    "physics": physics["ready_ms"],
                    "default": default,
                    "filter": chosen.get("filter_ms", float("nan")),
                    "search": chosen.get("search_ms", float("nan")),
                }
            )
            print(f"… {size}: done", file=sys.stderr)
        browser.close()

    print("\nkg viz: time to first stable frame in headless Chromium (ms from navigation start)\n")
    head = f"{'size':>5} {'nodes':>6} {'edges':>6} {'html MB':>8} {'read s':>7} {'view s':>7} {'page s':>7} │ {'static':>8} {'physics':>8} {'physics/static':>15} │ {'default':>8} {'filter ms':>9} {'search ms':>9}  ≤5 s"
    print(head)
    print("─" * len(head))
    for r in rows:
        ratio = r["physics"] / r["static"] if r["static"] else float("nan")
        ready = r["static"] if r["default"] == "static" else r["physics"]
        ok = "yes" if ready + r["filter"] < 5000 else "NO"
        print(
            f"{r['size']:>5} {r['nodes']:>6} {r['edges']:>6} {r['mb']:>8.2f} {r['read']:>7.2f} {r['view']:>7.2f} {r['page']:>7.2f} │ "
            f"{r['static']:>8.0f} {r['physics']:>8.0f} {ratio:>14.1f}× │ {r['default']:>8} {r['filter']:>9.0f} {r['search']:>9.1f}  {ok}"
        )
    print("\nstatic: positions computed in Python (kg.layout), physics off; physics: vis-network's")
    print("forceAtlas2 in the page until stable, then frozen (the baseline). read: parse the TriG;")
    print("view: RDF → nodes and edges; page: layout, PageRank, pyvis and the HTML for the default.")


if __name__ == "__main__":
    main()
