"""Entity resolution: aliases across scripts and forms, short forms, near misses, stable IRIs."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.firm_names import names_reader
from kg.model import Resolution
from kg.resolve import resolve_entities, slug
from kg.resources import Resources
from kg.text import read_document


def _resolve(res: Resources, *texts: str) -> tuple[Resolution, list[object]]:
    xs = [extract(read_document(f"doc{i}", text=t), res) for i, t in enumerate(texts)]
    return resolve_entities(xs, res.gazetteer, names_reader(res)), xs  # as the CLI does


def _entity_of(resolution: Resolution, xs: list[object], surface: str) -> str:
    for x in xs:
        for m in x.mentions:  # type: ignore[attr-defined]
            if m.text == surface:
                found = resolution.entity_of(x.document.id, m)  # type: ignore[attr-defined]
                assert found, f"{surface} has no entity"
                return found
    raise AssertionError(f"{surface} was not found as a mention")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("记者采访了 Satya Nadella。Satya 在会上说，他很高兴。", "Satya Nadella", "Satya"),  # given name
        ("Clément Martin 来自巴黎。后来 Clement Martin 去了纽约。", "Clément Martin", "Clement Martin"),  # accents
        ("HuggingFace 是一家公司。Hugging Face 总部位于纽约。", "HuggingFace", "Hugging Face"),  # spaces
        ("他毕业于斯坦福大学。斯坦福的校园很大。", "斯坦福大学", "斯坦福"),  # short form
        ("她考入了巴黎综合理工学院。巴黎理工的课程很难。", "巴黎综合理工学院", "巴黎理工"),  # short form
        ("学校的法文名是 École Polytechnique，有人写成巴黎理工大学（Echo Polytechnique）。", "École Polytechnique", "Echo Polytechnique"),  # near miss
        ("我认识了玛丽·居里 (Marie Curie)，后来又见到 Marie Curie。", "玛丽·居里", "Marie Curie"),  # bilingual pair
        ("谷歌发布了新产品。Google 的股价上涨。", "谷歌", "Google"),  # zh / en via the gazetteer
        # a short name declared in parentheses, then used alone
        ("杭州星河科技有限公司（以下简称“星河科技”）成立于2008年。星河科技的创始人是王立新。", "杭州星河科技有限公司", "星河科技"),
        # a company's trade name, undeclared: the other names its full name gives it
        ("宁波星河视讯信息技术股份有限公司是一家科技企业。星河视讯成立于2001年。", "宁波星河视讯信息技术股份有限公司", "星河视讯"),
        ("宁波远帆物流股份有限公司成立于2008年。远帆物流的创始人是周航。", "宁波远帆物流股份有限公司", "远帆物流"),
        ("中国华光集团有限公司召开会议。华光集团董事长周航主持了会议。", "中国华光集团有限公司", "华光集团"),  # a group without its legal form
    ],
)
def test_forms_of_one_thing_are_one_entity(res: Resources, text: str, a: str, b: str) -> None:
    resolution, xs = _resolve(res, text)
    assert _entity_of(resolution, xs, a) == _entity_of(resolution, xs, b)


def test_given_name_stays_apart_when_ambiguous(res: Resources) -> None:
    resolution, xs = _resolve(res, "Thomas Müller 和 Thomas Edison 都来了。Thomas 先走了。")
    ids = {_entity_of(resolution, xs, "Thomas Müller"), _entity_of(resolution, xs, "Thomas Edison")}
    assert len(ids) == 2
    assert _entity_of(resolution, xs, "Thomas") not in ids


def test_same_name_same_iri_across_documents_and_runs(res: Resources) -> None:
    first, xs1 = _resolve(res, "Satya Nadella 是微软的首席执行官。", "他毕业于清华大学。")
    second, xs2 = _resolve(res, "他毕业于清华大学。", "Satya Nadella 是微软的首席执行官。", "清华大学在北京。")
    for name in ("Satya Nadella", "微软", "清华大学"):
        assert _entity_of(first, xs1, name) == _entity_of(second, xs2, name)


def test_pronoun_links_to_the_interviewee(res: Resources) -> None:
    text = "本刊记者与工程师 Alan Smith 进行了一次访谈。\n你在哪里读的大学？\n我毕业于剑桥大学，后来一直在伦敦工作。\n你最喜欢哪个城市？\n我最喜欢爱丁堡，那里很美。\n"
    resolution, xs = _resolve(res, text)
    x = xs[0]
    me = [m for m in x.mentions if m.text == "我"]  # type: ignore[attr-defined]
    assert me and all(resolution.entity_of(x.document.id, m) == _entity_of(resolution, xs, "Alan Smith") for m in me)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("label", "expected"),
    [("Héctor García-Molina", "hector-garcia-molina"), ("Hugging Face", "hugging-face"), ("<script>", "script"), ("北京", "%E5%8C%97%E4%BA%AC")],
)
def test_slugs_are_iri_safe(label: str, expected: str) -> None:
    assert slug(label) == expected


def test_we_is_the_interviewees_organization(res: Resources) -> None:
    text = (
        "本刊记者与蔚来汽车创始人李斌进行了一次专访。\n"
        "李斌创办了蔚来汽车。\n"
        "你们的总部在哪里？\n"
        "我们的总部位于上海，我们在合肥设有工厂。\n"
        "你们明年的计划是什么？\n"
        "我们会推出新的车型，也会继续投入研发。\n"
    )
    x = extract(read_document("interview", text=text), res)
    we = {c.antecedent.text for c in x.coreferences if c.mention.text == "我们"}
    assert we == {"蔚来汽车"}


def test_a_declared_short_name_is_the_subject_of_what_the_text_says_of_it(res: Resources) -> None:
    x = extract(read_document("d", text="杭州星河科技有限公司（简称：星河科技）成立于2008年。后来星河科技在上海设立了分公司，星河科技的创始人是王立新。"), res)
    facts = {(r.subject.text, r.predicate, r.object.text) for r in x.relations}
    assert ("杭州星河科技有限公司", "foundingDate", "2008年") in facts  # the declaration is dropped: the full name founds
    assert ("王立新", "founded", "星河科技") in facts
    assert sum(m.text == "星河科技" for m in x.mentions) == 3


def test_two_short_names_declared_in_one_sentence_each_belong_to_their_organization(res: Resources) -> None:
    text = "杭州星河科技有限公司（以下简称星河科技）与宁波海光电子有限公司（以下简称海光电子）签约。海光电子的总部在宁波。"
    resolution, xs = _resolve(res, text)
    assert _entity_of(resolution, xs, "杭州星河科技有限公司") == _entity_of(resolution, xs, "星河科技")
    assert _entity_of(resolution, xs, "宁波海光电子有限公司") == _entity_of(resolution, xs, "海光电子")
    assert _entity_of(resolution, xs, "星河科技") != _entity_of(resolution, xs, "海光电子")


def test_a_trade_name_two_companies_give_stays_apart(res: Resources) -> None:
    resolution, xs = _resolve(res, "宁波远帆物流股份有限公司和杭州远帆科技有限公司都成立于2008年。远帆的创始人是周航。")
    firms = {_entity_of(resolution, xs, "宁波远帆物流股份有限公司"), _entity_of(resolution, xs, "杭州远帆科技有限公司")}
    assert len(firms) == 2 and _entity_of(resolution, xs, "远帆") not in firms


@pytest.mark.parametrize(("text", "org", "place"), [("周航毕业于宁波大学。宁波是一座港口城市。", "宁波大学", "宁波"), ("杭州钢铁集团有限公司成立于1957年。杭州是一座城市。", "杭州钢铁集团有限公司", "杭州")])
def test_a_known_place_is_never_the_short_form_of_a_body_named_after_it(res: Resources, text: str, org: str, place: str) -> None:
    resolution, xs = _resolve(res, text)
    assert _entity_of(resolution, xs, org) != _entity_of(resolution, xs, place)


def test_an_organization_is_published_with_the_names_its_full_name_gives(res: Resources) -> None:
    resolution, xs = _resolve(res, "宁波星河视讯信息技术股份有限公司成立于2001年。")
    entity = next(e for e in resolution.entities if ("zh", "宁波星河视讯信息技术股份有限公司") in e.labels)
    assert {"星河视讯", "宁波星河视讯"} <= set(entity.aliases)


def test_a_short_name_declared_without_parentheses(res: Resources) -> None:
    """某某中学简称某某一中，…: the short name is the school's, as in parentheses."""
    resolution, xs = _resolve(res, "远帆县第一中学简称远帆一中，始建于1951年。远帆一中的校训是求实。")
    assert _entity_of(resolution, xs, "远帆县第一中学") == _entity_of(resolution, xs, "远帆一中")
