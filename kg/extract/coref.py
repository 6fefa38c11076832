"""Coreference for pronouns: 我/你 in interviews, 我们 as the speaker's organization, 他/她.

Interviews (``Sentence.turn`` set by ``kg.text``): the interviewee is the person the document
says it interviews (an ``interviewed`` relation in the narrative), else the person named most
often outside the questions. In answers (and outside questions) 我 is the interviewee; in
questions 你/您 is the interviewee. 我们 in answers is the organization the interviewee is most
tied to (founded counts twice, works for once), when one stands out. 他/她 opening a sentence (no person
named before it there) resolve to the person the sentence before was about (``topics``, from
kg.extract.relations.read_sentence: 某某…。1983年毕业于…，师从甲。他的妻子… is 某某's wife, not 甲's);
else to the most recent person named in the same or the two previous sentences, only when exactly one
person is there, or to the person a conjunction joins them to (某某和他的妻子), or to the head of a phrase that named two relatives
(某某的儿子某某入选国家队，他的母亲…: the son); failing all these, 他/她 opening a clause is the
person its own sentence opened with (歌手甲先后与乙、丙结婚，她与乙的女儿…); so does 其 opening a sentence before a kin word
(某某…。其父某某…; a later 其 of the same sentence is the same person: 其妻甲为教师，其子乙…), and before what only a body has it is the one organization named there (某公司…。其总部…); 该公司,
该校 … likewise to the one organization of their kind named there (one of exactly their kind first:
该公司 takes up the one company beside an exchange or a regulator). A surname alone and a form of address (黄女士,
王先生) is the last person of that surname named in the same or the two previous sentences. Outside an interview,
我 is the person the writer names as themselves (我叫某某，…); 后者 and 前者 are the last and the one before of the
people or bodies just named (kg.extract.mentions.latter_or_former).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from kg.extract.mentions import ADDRESS_WINDOW, LATTER_FORMER, SURNAME_ADDRESSES, addressed_person, latter_or_former
from kg.model import Coreference, Document, Mention, Relation

_WINDOW = 2
# 该公司 (a Company pronoun) takes up a company or an organization of no known kind, 该校 a school …
_ORG_KINDS = {
    "Company": ("Company", "Organization"),
    "EducationalOrganization": ("EducationalOrganization",),
    "Organization": ("Organization", "Company", "EducationalOrganization", "GovernmentOrganization"),
}


def _speaker_labels(doc: Document, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Sentence → the person a transcript's label names as its speaker (李明：…, 刘强东: …): a name opening a
    sentence, a colon right after it; the label holds for the sentences after it on the same line, until another
    label (主持人：…) opens one.

    >>> from kg.text import read_document
    >>> d = read_document("t", text="主持人：您在哪里读的博士？李明：我在香港大学读的博士。后来回国了。")
    >>> {k: m.text for k, m in _speaker_labels(d, [Mention("李明", "Person", 13, 15, 1, "name")]).items()}
    {1: '李明', 2: '李明'}
    """
    text = doc.text
    named = {m.start: m for m in mentions if m.type == "Person" and m.source != "pronoun" and text[m.end : m.end + 1] in _LABEL_COLONS}
    labels: dict[int, Mention] = {}
    speaker: Mention | None = None
    line = -1
    for sentence in doc.sentences:
        here = text.rfind("\n", 0, sentence.start) + 1
        if here != line:
            speaker, line = None, here  # a label holds on its own line only
        if _LABEL.match(text, sentence.start, sentence.end) is not None:
            speaker = named.get(sentence.start)  # (主持人：, 问：: a label naming no person ends the one before)
        if speaker is not None:
            labels[sentence.index] = speaker
    return labels


_LABEL = re.compile(r"[^\s，,。；;：:！？!?]{1,12}[：:]")  # a transcript's label opening a sentence (李明：, 主持人：)
_LABEL_COLONS = ("：", ":")


def _best_form(mentions: Sequence[Mention], target: Mention) -> Mention:
    """The longest mention with the same surface as target (its fullest form in the text)."""
    same = [m for m in mentions if m.text == target.text]
    return max(same, key=lambda m: (len(m.text), -m.start))


def find_interviewee(doc: Document, mentions: Sequence[Mention], relations: Sequence[Relation]) -> Mention | None:
    if not any(s.turn for s in doc.sentences):
        return None
    guests = [r.object for r in relations if r.predicate == "interviewed" and r.object.type == "Person" and r.object.source != "pronoun"]
    if guests:
        return guests[0]
    named = [m for m in mentions if m.type == "Person" and m.source != "pronoun" and doc.sentences[m.sentence].turn != "question"]
    if not named:
        return None
    counts = Counter(m.text for m in named)
    text, _ = counts.most_common(1)[0]
    return _best_form(named, next(m for m in named if m.text == text))


def resolve_pronouns(
    doc: Document, mentions: Sequence[Mention], relations: Sequence[Relation], topics: Mapping[int, Mention] | None = None
) -> Iterator[Coreference]:
    guest = find_interviewee(doc, mentions, relations)
    guest_org: Mention | None = None
    if guest is not None:
        ties: Counter[str] = Counter()
        forms: dict[str, Mention] = {}
        for r in relations:
            names_guest = (r.subject.text == guest.text or r.subject.text in guest.text.split()) or r.subject.source == "pronoun" and r.subject.text == "我"
            if r.predicate in ("founded", "worksFor") and r.object.top == "Organization" and r.object.source != "pronoun" and names_guest:
                key = r.object.key or r.object.text
                ties[key] += 2 if r.predicate == "founded" else 1
                forms.setdefault(key, r.object)
        ranked = ties.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            guest_org = forms[ranked[0][0]]
    people: dict[int, list[Mention]] = {}
    orgs: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "Person" and m.source != "pronoun":
            people.setdefault(m.sentence, []).append(m)
        elif m.top == "Organization" and m.source != "pronoun":
            orgs.setdefault(m.sentence, []).append(m)
    topics = topics or {}
    resolved: dict[Mention, Mention] = {}
    self_named = _self_named(doc.text, mentions) if guest is None else None  # 我叫某某，…: the writer
    labels = _speaker_labels(doc, mentions)
    for m in mentions:
        if m.source != "pronoun":
            continue
        turn = doc.sentences[m.sentence].turn
        if m.text == "我" and (speaker := labels.get(m.sentence)) is not None and speaker.end < m.start:
            yield Coreference(m, speaker, "coref.speaker_label")  # 李明：我是在香港大学读的博士: the speaker the line's label names
        elif guest is not None and m.text == "我" and turn != "question":
            yield Coreference(m, guest, "coref.interview.speaker")
        elif guest is not None and m.text in ("你", "您") and turn == "question":
            yield Coreference(m, guest, "coref.interview.addressee")
        elif m.text in LATTER_FORMER:
            if (referent := latter_or_former(m, mentions)) is not None:
                yield Coreference(m, referent, "coref.latter_former")  # 甲与乙结婚，后者…: 乙
        elif self_named is not None and m.text == "我":
            yield Coreference(m, self_named, "coref.self_named")
        elif guest_org is not None and m.text == "我们" and turn != "question":
            yield Coreference(m, guest_org, "coref.interview.speaker_org")
        elif m.type == "Person" and m.text[1:] in SURNAME_ADDRESSES:
            addressed = addressed_person(m, [p for k in range(m.sentence - ADDRESS_WINDOW, m.sentence + 1) for p in people.get(k, ())])
            if addressed is not None:  # 黄美玉…。黄女士育有二子: the last person of that surname named before
                yield Coreference(m, addressed, "coref.surname_address")
        elif m.text in ("他", "她") or m.text == "其" and m.type == "Person":
            window = [p for k in range(m.sentence - _WINDOW, m.sentence + 1) for p in people.get(k, ()) if p.end <= m.start]
            joined = _joined_before(doc.text, m, people.get(m.sentence, ()))
            topic = topics.get(m.sentence - 1)
            topic = resolved.get(topic, topic) if topic is not None else None
            parallel = next((resolved[q] for q in reversed(list(resolved)) if q.text == _ITS and q.sentence == m.sentence), None) if m.text == _ITS else None
            if joined is not None:
                yield Coreference(m, joined, "coref.joined_person")
            elif parallel is not None:
                resolved[m] = parallel  # 其妻甲为教师，其子乙…: each 其 of the sentence the same person
                yield Coreference(m, parallel, "coref.parallel_its")
            elif topic is not None and topic.source != "pronoun" and not any(p.end <= m.start for p in people.get(m.sentence, ())):
                resolved[m] = topic  # 某某…。1983年毕业于…，师从甲。他的妻子…: the person the text goes on about, not 甲
                yield Coreference(m, topic, "coref.topic")
            elif (head := _kin_phrase_head(doc.text, m, people.get(m.sentence, ()), relations)) is not None:
                resolved[m] = head  # 某某的儿子某某入选国家队，他的母亲…: the clause was about the son
                yield Coreference(m, head, "coref.kin_phrase_head")
            elif window and len({p.text for p in window}) == 1:
                resolved[m] = window[-1]
                yield Coreference(m, window[-1], "coref.recent_person")
            elif (same := [p for p in people.get(m.sentence, ()) if p.end <= m.start]) and len({p.text for p in same}) == 1:
                resolved[m] = same[-1]  # 另一位作者甲是加拿大人，他在…: the one person the sentence named before it (others only in sentences before)
                yield Coreference(m, same[-1], "coref.sentence_person")
            elif (subject := topics.get(m.sentence)) is not None and subject.sentence == m.sentence and _opens_clause_after(doc.text, doc.sentences[m.sentence].start, subject, m):
                resolved[m] = subject  # 歌手甲先后与乙、丙结婚，她与乙的女儿丁…: several people before it, the clause goes on about the subject
                yield Coreference(m, subject, "coref.sentence_subject")
        elif m.top == "Organization" and m.text.startswith(_OWN) and (own_body := _own_body(m, orgs)) is not None:
            yield Coreference(m, own_body, "coref.own_organization")
        elif m.top == "Organization" and m.text != "我们":
            kinds = _ORG_KINDS.get(m.type, ())
            window = [
                o for k in range(m.sentence - _WINDOW, m.sentence + 1) for o in orgs.get(k, ())
                if o.end <= m.start and o.type in kinds and not _former_name(doc.text, o)
            ]
            own = [o for o in window if o.type == m.type]  # 该公司 and one company beside an exchange, a regulator …
            # failing one body, a bare kind of body (俱乐部, 公司) takes the one whose name ends in that kind
            # (俱乐部 after 某某足球俱乐部 and a league: the club)
            ending = [o for o in window if len(m.text) >= 2 and m.text[0] not in _DEMONSTRATIVES and o.text.endswith(m.text)]
            for named in (own, window, ending):
                if named and len(_entities(named)) == 1:  # one entity, under any of its names (招商银行 … 招行 … 该行)
                    yield Coreference(m, named[-1], "coref.recent_organization")
                    break


def _self_named(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The person a text's writer names as themselves (我叫某某, 我是某某, 本人某某): whom its 我 stands for (not
    someone the writer is related to: 我是某某的儿子)."""
    return next(
        (
            m for m in mentions
            if m.type == "Person" and m.source != "pronoun" and text[max(0, m.start - 3) : m.start].endswith(_SELF_NAMING) and text[m.end : m.end + 1] not in _OF
        ),
        None,
    )


_OF = ("的", "之")  # after the name a writer gives: someone the writer is related to (我是某某的儿子)
_SELF_NAMING = ("我叫", "我是", "我名叫", "本人")  # what a writer names themselves after


def _former_name(text: str, org: Mention) -> bool:
    """The organization is named as another's former name (某中学创办于1865年，原名某书院，…该校: the school, once
    the academy), so it is no second body a pronoun could stand for."""
    return text[max(0, org.start - 4) : org.start].rstrip("：:为是").endswith(_FORMER_NAME_WORDS)


_FORMER_NAME_WORDS = ("原名", "旧名", "初名", "原称", "旧称", "曾用名", "前身")
_DEMONSTRATIVES = "该本此这那"  # (该公司, 本校: a pronoun of its own, no bare kind)
_OWN = "本"  # 本公司, 本校, 本行: "our company", the body whose text it is
_ITS = "其"


def _own_body(pronoun: Mention, orgs: Mapping[int, Sequence[Mention]]) -> Mention | None:
    """The body 本公司 (本校, 本行 …) stands for: the first of its kind the text names before it, the
    body whose announcement or page it is (江南钢铁股份有限公司公告 … 曾任某集团副总经理，现任本公司总经理:
    not the group named last, which 该公司 would be)."""
    kinds = _ORG_KINDS.get(pronoun.type, ())
    named = [o for k in sorted(orgs) if k <= pronoun.sentence for o in orgs[k] if o.end <= pronoun.start and o.type in kinds]
    own = [o for o in named if o.type == pronoun.type] or named
    return own[0] if own else None


def _entities(orgs: Sequence[Mention]) -> set[str]:
    """The organizations ``orgs`` name, one key each: the gazetteer's entry, else the name, a name
    that opens a longer one counted with it (某某科技股份有限公司（以下简称“某某科技”）: one firm).

    >>> sorted(_entities([Mention("星辰科技股份有限公司", "Company", 0, 10, 0, "suffix"), Mention("星辰科技", "Company", 14, 18, 0, "short")]))
    ['星辰科技股份有限公司']

    A declared short name made of the full name's characters in order counts with it too
    (某某动力汽车有限公司（简称某某汽车）); one the text merely names beside it does not (中国银行, 中国建设银行).
    """
    names = {o.key or o.text for o in orgs}
    declared = {o.text for o in orgs if o.source == "short" and not o.key}
    return {
        n for n in names
        if not any(other != n and (other.startswith(n) or n in declared and _abbreviates(n, other)) for other in names)
    }


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is made of ``full``'s characters in order, from its first: a declared short name
    (某某动力汽车有限公司（简称某某汽车）) that does not open the full name.

    >>> _abbreviates("赤霄汽车", "赤霄动力汽车有限公司"), _abbreviates("汽车赤霄", "赤霄动力汽车有限公司")
    (True, False)
    """
    if not short or short[0] != full[:1]:
        return False
    rest = iter(full)
    return all(c in rest for c in short)


_KIN_PHRASE = re.compile(r"的[\u4e00-\u9fff]{1,3}(?<![是为])")  # 某某的儿子 / 某某: a kin word between the two names (no copula: 某某的母亲是某某)
_OBJECT_MARKS = frozenset("和与跟同对把被给比向将")  # 和某某的母亲某某相比: the phrase a preposition's object, no clause's subject
_CLAUSE_OPENING = re.compile(r"[，,；;]\s*$")


def _opens_clause_after(text: str, start: int, subject: Mention, pronoun: Mention) -> bool:
    """Whether the pronoun opens a clause after the person its sentence (from ``start``) opened with
    (that sentence's topic, kg.extract.relations.read_sentence), a preposition's object no subject
    (和某某的母亲某某相比，她的父亲…)."""
    return (
        subject.source != "pronoun" and subject.end <= pronoun.start and _CLAUSE_OPENING.search(text, subject.end, pronoun.start) is not None
        and not any(c in _OBJECT_MARKS for c in text[start : subject.start])
    )


def _kin_phrase_head(text: str, pronoun: Mention, people: Sequence[Mention], relations: Sequence[Relation]) -> Mention | None:
    """The person a clause opening with 他/她 takes up when the sentence so far named two people as
    one phrase, one the other's relative (某某的儿子某某入选国家队，他的母亲…): the phrase's head, the
    second, whom the clause before was about. The two must be a fact of the sentence's (a child, a
    spouse), the second no possessor of something after it (某某的儿子某某的妻子), and the pronoun
    must open a clause after them. A pronoun of the other sex than the kin word's is the first
    (某某的父亲某某是作曲家，她的丈夫…: 她 is the daughter)."""
    before = [p for p in people if p.end <= pronoun.start]
    if len(before) != 2 or before[0].text == before[1].text or not _CLAUSE_OPENING.search(text, before[1].end, pronoun.start):
        return None
    owner, head = before
    phrase = _KIN_PHRASE.fullmatch(text, owner.end, head.start)
    if phrase is None or text[head.end : head.end + 1] == "的" or text[owner.start - 1 : owner.start] in _OBJECT_MARKS:
        return None
    other_sex = _kin_gender(phrase.group()[1:]) not in ("", pronoun.text)  # 某某的父亲某某是作曲家，她的丈夫…: 她 is no father
    related = any(
        r.sentence == pronoun.sentence and r.predicate in ("childOf", "spouse") and {r.subject.text, r.object.text} == {owner.text, head.text} for r in relations
    )
    if not related:
        return None
    return owner if other_sex else head  # (the father ruled out, 她 is the daughter the phrase opened with)


def _kin_gender(kin: str) -> str:
    """The pronoun a kin word's person takes: 他 for a male relative (父亲, 长子, 丈夫, 妹夫), 她 for a
    female one (母亲, 长女, 妻子, 舅妈), "" when the word does not say (孩子, 子女). The word's head, its
    last character, says it (妹夫 is a man, 舅妈 a woman), after a suffix (亲, 子, 儿) that follows a
    character of one sex (父亲, 妻子, 女儿); 子 ending a word of its own is a son (儿子, 长子).

    >>> [_kin_gender(k) for k in ("父亲", "长女", "妻子", "妹夫", "舅妈", "女儿", "儿子", "孩子", "子女")]
    ['他', '她', '她', '他', '她', '她', '他', '', '']
    """
    if kin in _CHILDREN:
        return ""
    core = kin[:-1] if len(kin) > 1 and kin[-1] in _KIN_SUFFIXES and (kin[-2] in _MALE_KIN or kin[-2] in _FEMALE_KIN) else kin
    head = core[-1:]
    if head in _MALE_KIN or head == "子":
        return "他"
    if head in _FEMALE_KIN:
        return "她"
    return ""


_MALE_KIN = frozenset("父爸夫兄哥弟爷叔伯舅公婿")
_FEMALE_KIN = frozenset("母妈妻姐妹奶姑姨婶嫂婆女")
_KIN_SUFFIXES = frozenset("亲子儿")  # 父亲, 妻子, 女儿: after a character of one sex, a suffix of the word
_CHILDREN = frozenset({"孩子", "子女", "儿女", "小孩", "独生子女"})  # words of children of either sex


_JOINED = re.compile(r"(?:[（(][^（()）]{0,30}[)）])?\s*(?:和|与|同|及|以及|带着|携)$")


def _joined_before(text: str, pronoun: Mention, people: Sequence[Mention]) -> Mention | None:
    """The person a conjunction joins the pronoun to (某某（字某某）和他的儿子某某: 他 is 某某, whoever
    else the sentence names): the last person named before it, with only a note in parentheses and
    the conjunction between them (a name inside that note is passed over)."""
    before = [p for p in people if p.end <= pronoun.start]
    return next((p for p in reversed(before) if _JOINED.fullmatch(text, p.end, pronoun.start)), None)
