"""A person's name found once in a document names the person wherever else it stands there;
so does an organization's name its grammar read once (润泽地产总经理某某…，润泽地产携旗下…).

The name readers score each occurrence on its own context: a title, a kin word or a verb that
only goes with people makes a weak name (a rare surname, a given name that is also a word) sure
in one place (记者方媛报道), and the same name a sentence later, with nothing around it, scores too
low (方媛很喜欢唱歌). One sense per document: an occurrence of the exact name a reader found,
standing as a word of its own (the segmenter's words start and end with it, or one word of the
segmenter's tagged as a name is it), that no other mention covers, is the same person. A name
inside a longer word (高洁 of 品格高洁 is one adjective), cut off a longer name (方媛 of 方媛媛),
covered by an organization (方媛科技) or heading the name of a thing (某某城堡, 某某中心: the
reader's own test) is not taken. (A word jieba's dictionary tags as a name everywhere, 一片林海,
is read as one by the readers themselves already.) The other way round, a name a reader cut short
where the text reads a longer name found elsewhere in the document is that longer name.

>>> from kg.model import Mention, Token
>>> text = "记者方媛报道。方媛很喜欢唱歌"
>>> found = [[Mention("方媛", "Person", 2, 4, 0, "name")], []]
>>> tokens = [[Token("记者", "n", 0, 2), Token("方媛", "nr", 2, 4), Token("报道", "v", 4, 6), Token("。", "x", 6, 7)],
...           [Token("方媛", "nr", 7, 9), Token("很", "d", 9, 10), Token("喜欢", "v", 10, 12), Token("唱歌", "v", 12, 14)]]
>>> from kg.extract.grammar import compiled_grammar
>>> from kg.resources import default_resources
>>> g = compiled_grammar(default_resources())
>>> [(m.text, m.start, m.sentence) for m in repeated_names(text, found, tokens, [0, 1], g)[1]]
[('方媛', 7, 1)]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.grammar import NAME_POS, Grammar, names_a_thing
from kg.model import Mention, Token

_DOT = "·"  # between the parts of a foreign name (比尔·盖茨)
# readers whose people are names read off the text (not pronouns, not a fact box's field)
_NAME_SOURCES = frozenset({"name", "translit", "latin", "run"})
# readers whose organizations are names read off the text by their grammar (a suffix, a registered form,
# a branch's, a head's title after it, a founding verb before it): not the gazetteer's (it finds every
# occurrence itself), not the segmenter's tag alone (pos), not a pronoun (该公司), not a trade name read
# from a line of business alone (专业 / 简餐连锁 / 企业 may be no name, and once is enough to be wrong)
_ORG_SOURCES = frozenset({"suffix", "registered", "branch", "titled", "founded"})


def repeated_names(
    text: str, found: Sequence[Sequence[Mention]], tokens: Sequence[Sequence[Token]], sentences: Sequence[int], g: Grammar
) -> list[list[Mention]]:
    """Each sentence's mentions (``found``, in document order, with their ``tokens`` and sentence
    indexes) with the other occurrences of the people's names the document found added, and of the
    organizations' names a grammar reader found (``_ORG_SOURCES``), each of the kind it was read as."""
    names = {m.text for ms in found for m in ms if m.top == "Person" and m.source in _NAME_SOURCES and len(m.text) >= 2}
    bodies = {m.text: m.type for ms in found for m in ms if m.top == "Organization" and m.source in _ORG_SOURCES and len(m.text) >= 3}
    # … and the family name of a foreign name written with its dot (比尔·盖茨 … 盖茨于1975年…): the same person
    family = {m.text.rsplit(_DOT, 1)[1] for ms in found for m in ms if m.top == "Person" and m.source in _NAME_SOURCES and _DOT in m.text}
    kind_of = dict.fromkeys(names | {f for f in family if len(f) >= 2}, "Person") | {n: t for n, t in bodies.items() if n not in names}
    longer: dict[str, list[str]] = {}  # a name → the longer names found that start with it
    for n in names:
        for k in range(2, len(n)):
            if n[:k] in names:
                longer.setdefault(n[:k], []).append(n)
    out = [_completed(text, ms, longer) if longer else list(ms) for ms in found]
    if not kind_of:
        return out
    bounds: list[int] = []  # each sentence's first offset, in order (an empty sentence takes the one before)
    for toks in tokens:
        bounds.append(toks[0].start if toks else bounds[-1] if bounds else 0)
    hits: dict[int, list[tuple[int, int]]] = {}  # sentence → occurrences not yet a mention
    known = {(m.start, m.end) for ms in found for m in ms}
    for name in sorted(kind_of, key=len, reverse=True):  # a longer name first: 方媛媛 before 方媛
        at = text.find(name)
        while at >= 0:
            if (at, at + len(name)) not in known:
                k = bisect_right(bounds, at) - 1
                if k >= 0 and tokens[k] and at + len(name) <= tokens[k][-1].end:
                    hits.setdefault(k, []).append((at, at + len(name)))
            at = text.find(name, at + 1)
    for k, spans in hits.items():
        toks = tokens[k]
        starts = {t.start for t in toks}
        ends = {t.end for t in toks}
        whole = {(t.start, t.end) for t in toks if t.pos in NAME_POS}
        words = {(t.start, t.end) for t in toks if t.pos not in NAME_POS and t.pos not in ("x", "nz", "eng")}
        word_at = {t.start: t.text for t in toks}
        taken = [(m.start, m.end) for m in out[k]]
        for s, e in spans:
            kind = kind_of[text[s:e]]
            person = kind == "Person"
            if not (s in starts and e in ends or person and (s, e) in whole) or person and (s, e) in words:
                continue  # inside a longer word, a longer name, or one ordinary word of the dictionary (高洁/a)
            if any(a < e and s < b for a, b in taken):
                continue  # another mention has it (an organization, a longer name)
            after = word_at.get(e, "")
            if after and (names_a_thing(after, g) or person and after in g.not_person_before):
                continue  # 某某城堡, 某某中心: the head of a name of a thing (某某地产 / 集团: a longer body's)
            out[k].append(Mention(text[s:e], kind, s, e, sentences[k], "repeated"))
            taken.append((s, e))
        out[k].sort(key=lambda m: m.start)
    return out


def _completed(text: str, mentions: Sequence[Mention], longer_names: dict[str, list[str]]) -> list[Mention]:
    """A sentence's mentions, a name cut short where the text reads a longer name the document
    found elsewhere made that name (陈正 / 封到 where 陈正封 stands whole a clause later: the
    segmenter glued the last character to the verb after it), unless another mention holds the rest."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.top != "Person" or m.source not in _NAME_SOURCES:
            continue
        longer = [n for n in longer_names.get(m.text, ()) if text.startswith(n, m.start)]
        if not longer:
            continue
        e = m.start + max(len(n) for n in longer)
        if any(o is not m and o.start < e and m.end < o.end for o in out):
            continue
        out[k] = replace(m, text=text[m.start : e], end=e)
    return out
