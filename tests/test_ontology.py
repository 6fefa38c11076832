"""The ontology, the SHACL shapes and the generated vocabulary agree with docs/rdf.md."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.rdf import gen_vocab
from kg.rdf.vocab import CLASSES, DATATYPE_RELATIONS, KG, RELATION_PROPERTIES

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
RDF_DOC = ROOT / "docs" / "rdf.md"
KG_NS = "https://kg.example.org/ontology#"
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")

# rdflib's own TriG parser and Dataset use deprecated rdflib APIs internally.
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning"
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def _defined_terms(graph: Graph) -> set[str]:
    return {
        str(s)[len(KG_NS) :]
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }


def _labels(graph: Graph, term: URIRef, lang: str) -> list[str]:
    return [
        str(o)
        for o in graph.objects(term, RDFS.label)
        if isinstance(o, Literal) and o.language == lang
    ]


# --- the ontology --------------------------------------------------------------------------


def test_ontology_parses_with_rdflib(ontology: Graph) -> None:
    assert (URIRef("https://kg.example.org/ontology"), RDF.type, OWL.Ontology) in ontology


def test_ontology_parses_with_oxigraph(ontology: Graph) -> None:
    quads = list(pyoxigraph.parse(path=ONTOLOGY, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(ontology)


def test_every_kg_term_of_the_doc_is_defined(ontology: Graph) -> None:
    used = set(re.findall(r"kg:(\w+)", RDF_DOC.read_text(encoding="utf-8")))
    assert len(used) > 50
    assert used - _defined_terms(ontology) == set()


def test_every_term_has_labels_and_comment(ontology: Graph) -> None:
    for name in _defined_terms(ontology):
        term = URIRef(KG_NS + name)
        assert len(_labels(ontology, term, "en")) == 1, name
        assert len(_labels(ontology, term, "zh")) == 1, name
        comments = [o for o in ontology.objects(term, RDFS.comment) if isinstance(o, Literal)]
        assert any(c.language == "en" for c in comments), name


def test_relation_properties_have_en_and_zh_labels(ontology: Graph) -> None:
    assert len(RELATION_PROPERTIES) == 23
    for name in RELATION_PROPERTIES:
        term = KG[name]
        assert (term, RDF.type, KG.RelationProperty) in ontology
        assert _labels(ontology, term, "en"), name
        assert _labels(ontology, term, "zh"), name


def test_relation_properties_match_the_doc() -> None:
    doc = RDF_DOC.read_text(encoding="utf-8")
    section = doc.split("Relation properties", 1)[1].split("Statement node", 1)[0]
    assert set(re.findall(r"kg:(\w+)", section)) == set(RELATION_PROPERTIES)
    assert DATATYPE_RELATIONS == ("birthDate", "deathDate", "foundingDate")


def test_property_kinds(ontology: Graph) -> None:
    for name in RELATION_PROPERTIES:
        kind = OWL.DatatypeProperty if name in DATATYPE_RELATIONS else OWL.ObjectProperty
        assert (KG[name], RDF.type, kind) in ontology, name
    for a, b in [
        ("founded", "foundedBy"),
        ("created", "createdBy"),
        ("launched", "launchedBy"),
        ("advisorOf", "advisor"),
    ]:
        assert (KG[a], OWL.inverseOf, KG[b]) in ontology
    wdt = "http://www.wikidata.org/prop/direct/"
    assert (KG.foundedBy, OWL.equivalentProperty, URIRef(wdt + "P112")) in ontology
    assert (KG.studiedAt, OWL.equivalentProperty, URIRef(wdt + "P69")) in ontology
    assert (KG.advisor, OWL.equivalentProperty, URIRef(wdt + "P184")) in ontology


def test_classes_are_declared(ontology: Graph) -> None:
    for name in CLASSES:
        assert (KG[name], RDF.type, OWL.Class) in ontology, name
    assert (
        KG.Evidence,
        RDFS.subClassOf,
        URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String"),
    ) in ontology


# --- the generated vocabulary --------------------------------------------------------------


def test_vocab_is_up_to_date() -> None:
    assert gen_vocab.check() is None


def test_vocab_generation_is_deterministic() -> None:
    assert gen_vocab.render() == gen_vocab.render()


def test_vocab_check_detects_drift(tmp_path: Path) -> None:
    stale = tmp_path / "vocab.py"
    stale.write_text(gen_vocab.render().replace("    worksFor: URIRef", ""), encoding="utf-8")
    assert gen_vocab.main(["--check", "--output", str(stale)]) == 1
    assert gen_vocab.main(["--output", str(stale)]) == 0
    assert gen_vocab.main(["--check", "--output", str(stale)]) == 0


@pytest.mark.parametrize("name", ["studiedAtt", "Foundation"])
def test_vocab_fails_on_unknown_term(name: str) -> None:
    with pytest.raises(AttributeError):
        getattr(KG, name)


# --- the shapes ----------------------------------------------------------------------------


def test_shapes_parse_and_list_the_relation_properties(shapes: Graph) -> None:
    lists = [
        {str(x)[len(KG_NS) :] for x in Collection(shapes, node)}
        for node in shapes.objects(None, SH["in"])
    ]
    assert lists == [set(RELATION_PROPERTIES)]


TEXT = "Julien Chaumond 毕业于斯坦福大学。"
SAMPLE = """\
@prefix kg: <https://kg.example.org/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix person: <https://kg.example.org/entity/person/> .
@prefix organization: <https://kg.example.org/entity/organization/> .
@prefix b: <https://kg.example.org/> .

<https://kg.example.org/graph/entities> {
    person:julien-chaumond a kg:Person ;
        rdfs:label "Julien Chaumond"@en , "朱利安·肖蒙"@zh ;
        skos:altLabel "Chaumond"@en .

    organization:stanford-university a kg:EducationalOrganization , kg:Organization ;
        rdfs:label "Stanford University"@en , "斯坦福大学"@zh ;
        owl:sameAs wd:Q41506 .
}

<https://kg.example.org/graph/doc/@H@> {
    person:julien-chaumond kg:studiedAt organization:stanford-university .

    <https://kg.example.org/statement/0123456789abcdef> a kg:Statement , rdf:Statement ;
        rdf:subject person:julien-chaumond ;
        rdf:predicate kg:studiedAt ;
        rdf:object organization:stanford-university ;
        kg:confidence 0.9 ;
        kg:rule "studiedAt.biyeyu" ;
        kg:time "2016"^^xsd:gYear ;
        kg:subjectText "Julien Chaumond" ; kg:subjectBegin 0 ; kg:subjectEnd 15 ;
        kg:objectText "斯坦福大学" ; kg:objectBegin 19 ; kg:objectEnd 24 ;
        prov:wasDerivedFrom <https://kg.example.org/evidence/fedcba9876543210> ;
        kg:document <https://kg.example.org/doc/@H@> .

    <https://kg.example.org/evidence/fedcba9876543210> a kg:Evidence , nif:String ;
        nif:anchorOf "@TEXT@" ;
        nif:beginIndex "0"^^xsd:nonNegativeInteger ;
        nif:endIndex "25"^^xsd:nonNegativeInteger ;
        nif:referenceContext <https://kg.example.org/doc/@H@> .

    <https://kg.example.org/doc/@H@> a kg:Document , nif:Context ;
        dcterms:title "chaumond.txt" ;
        kg:contentHash "@HASH@" ; kg:length 25 ;
        dcterms:date "2023-06-01"^^xsd:date .

    <https://kg.example.org/event/00112233aabbccdd> a kg:Education , kg:Event ;
        rdfs:label "Julien Chaumond 就读斯坦福大学"@zh ;
        kg:participant person:julien-chaumond , organization:stanford-university ;
        kg:hasParticipation <https://kg.example.org/event/00112233aabbccdd/role/1> ,
                            <https://kg.example.org/event/00112233aabbccdd/role/2> ;
        kg:time "2016"^^xsd:gYear ;
        kg:approximate true ; kg:timeText "2016 年"@zh ;
        kg:trigger "毕业于" ; kg:confidence 0.85 ; kg:rule "studiedAt.biyeyu" ;
        prov:wasDerivedFrom <https://kg.example.org/evidence/fedcba9876543210> ;
        kg:document <https://kg.example.org/doc/@H@> .

    <https://kg.example.org/event/00112233aabbccdd/role/1>
        kg:agent person:julien-chaumond ; kg:roleName "student" .
    <https://kg.example.org/event/00112233aabbccdd/role/2>
        kg:agent organization:stanford-university ; kg:roleName "organization" .
}
"""


def _sample(template: str = SAMPLE) -> str:
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    return template.replace("@HASH@", digest).replace("@H@", digest[:16]).replace("@TEXT@", TEXT)


def _validate(trig: str, shapes: Graph) -> tuple[bool, set[URIRef]]:
    data = Dataset()
    data.parse(data=trig, format="trig")
    conforms, results, _ = validate(data, shacl_graph=shapes, inference="none")
    assert isinstance(results, Graph)
    paths = {p for p in results.objects(None, SH.resultPath) if isinstance(p, URIRef)}
    return bool(conforms), paths


def test_sample_is_valid_trig_for_oxigraph(tmp_path: Path) -> None:
    path = tmp_path / "sample.trig"
    path.write_text(_sample(), encoding="utf-8")
    store = pyoxigraph.Store()
    store.load(path=path, format=pyoxigraph.RdfFormat.TRIG)
    # The query of docs/rdf.md (plus the rdf: prefix), over the union of the named graphs.
    query = """
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX kg: <https://kg.example.org/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?s ?p ?o ?confidence ?rule ?sentence WHERE {
          ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
              kg:confidence ?confidence ; kg:rule ?rule ; prov:wasDerivedFrom ?ev .
          ?ev nif:anchorOf ?sentence .
        }
    """
    rows = list(store.query(query, use_default_graph_as_union=True))
    assert len(rows) == 1
    assert rows[0]["sentence"].value == TEXT
    assert rows[0]["p"].value == KG_NS + "studiedAt"


def test_sample_conforms(shapes: Graph) -> None:
    conforms, paths = _validate(_sample(), shapes)
    assert conforms, paths


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        pytest.param(
            "kg:confidence 0.9 ;", "kg:confidence 1.5 ;", KG.confidence, id="confidence-above-1"
        ),
        pytest.param(
            "prov:wasDerivedFrom <https://kg.example.org/evidence/fedcba9876543210> ;\n"
            "        kg:document <https://kg.example.org/doc/@H@> .\n\n"
            "    <https://kg.example.org/evidence/",
            "kg:document <https://kg.example.org/doc/@H@> .\n\n"
            "    <https://kg.example.org/evidence/",
            PROV_DERIVED,
            id="statement-without-evidence",
        ),
        pytest.param(
            'rdfs:label "Julien Chaumond"@en ,',
            'rdfs:label "Julien Chaumond"@en , "J. Chaumond"@en ,',
            RDFS.label,
            id="two-en-labels",
        ),
    ],
)
def test_broken_samples_fail(shapes: Graph, old: str, new: str, path: URIRef) -> None:
    assert SAMPLE.count(old) == 1
    conforms, paths = _validate(_sample(SAMPLE.replace(old, new)), shapes)
    assert not conforms
    assert paths == {path}
