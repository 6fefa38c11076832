"""Word segmentation and POS tags with character offsets.

Two backends with the same dictionary: ``rjieba`` (jieba-rs, the Rust port; the default, about
50× faster than jieba's ``posseg``) and ``jieba`` (the Python reference, its own ``Tokenizer``
and ``POSTokenizer`` instances, never the global singleton). Each gets the gazetteer's names as
user words so that they are not split, and a few dictionary words are taken out so that they
are split (``split``: 公司总部 glues an organization's suffix to the word after it), and a
word tagged as a name that ends in one of ``name_tails`` (the copula 是, which ends no name:
林红是/nr) is split before it. Offsets are computed and checked: the words must re-join to the
text exactly.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Final, Protocol

from kg.model import Token

BACKENDS = ("rjieba", "jieba")

# Token's slots, written directly: the frozen dataclass's own __init__ goes through
# object.__setattr__ for each field, which made building the tokens a tenth of the segmenter's time
# (Final: the compiled module keeps them in C statics, not looked up in its globals at every token)
_SET_TOKEN_FIELDS: Final = tuple(Token.__dict__[name].__set__ for name in ("text", "pos", "start", "end"))
_NEW_OBJECT: Final = object.__new__
_TOKEN: Final = Token
assert [name for name in Token.__dataclass_fields__] == ["text", "pos", "start", "end"], "Token's fields changed: see _token"


def _token(text: str, pos: str, start: int, end: int) -> Token:
    """``Token(text, pos, start, end)``, made faster (the same frozen token: equal, hashed and
    shown alike).

    >>> _token("王强", "nr", 0, 2) == Token("王强", "nr", 0, 2), _token("王强", "nr", 0, 2)
    (True, Token(text='王强', pos='nr', start=0, end=2))
    """
    token: Token = _NEW_OBJECT(_TOKEN)
    set_text, set_pos, set_start, set_end = _SET_TOKEN_FIELDS
    set_text(token, text)
    set_pos(token, pos)
    set_start(token, start)
    set_end(token, end)
    return token


def find_words(text: str, values: dict[str, str], heads: frozenset[str], stems: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, value) of every word of ``values`` (each two characters or more) occurring in
    ``text``, overlaps included, in the order an Aho-Corasick automaton reports them: by where
    they end, the longer first. ``heads`` holds the words' first two characters, ``stems`` their
    proper prefixes of two characters or more (a longer word goes on from each).

    A scan from each offset, not an automaton: most offsets open no word's first two characters,
    and fail at one set lookup; pyahocorasick's automaton looks a character up among a node's
    children one by one, and its root has one for each of the gazetteer's ~900 first characters
    (the gazetteer's search took 6% of the extraction; this one a tenth of that).

    >>> words = {"北京": "a", "北京大学": "b", "大学": "c"}
    >>> find_words("在北京大学", words, frozenset({"北京", "大学"}), frozenset({"北京", "北京大"}))
    [(1, 3, 'a'), (1, 5, 'b'), (3, 5, 'c')]
    """
    found: list[tuple[int, int, str]] = []
    last = len(text)
    for s in range(last - 1):
        piece = text[s : s + 2]
        if piece not in heads:
            continue
        e = s + 2
        while True:
            value = values.get(piece)
            if value is not None:
                found.append((s, e, value))
            if e >= last or piece not in stems:
                break
            e += 1
            piece = text[s:e]
    found.sort(key=_end_then_longest)
    return found


def _end_then_longest(found: tuple[int, int, str]) -> tuple[int, int]:
    return found[1], found[0]


class _Tagger(Protocol):
    def tag(self, text: str) -> list[tuple[str, str]]: ...

    def knows(self, word: str) -> bool: ...


class _RJiebaTagger:
    def __init__(self, words: Iterable[tuple[str, str]], split: Iterable[str]) -> None:
        import rjieba

        self._jieba = rjieba.Jieba()
        for word, tag in words:
            self._jieba.add_word(word, None, tag)
        for word in split:
            self._jieba.add_word(word, 0, None)  # frequency 0 takes the word out

    def tag(self, text: str) -> list[tuple[str, str]]:
        return self._jieba.tag(text)

    def knows(self, word: str) -> bool:
        return bool(self._jieba.has_word(word))


class _JiebaTagger:
    def __init__(self, words: Iterable[tuple[str, str]], split: Iterable[str]) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        tokenizer = self._tokenizer = jieba.Tokenizer()
        self._pos = jieba.posseg.POSTokenizer(tokenizer)
        for word, tag in words:
            tokenizer.add_word(word, None, tag)
            self._pos.word_tag_tab[word] = tag
        for word in split:
            tokenizer.del_word(word)

    def tag(self, text: str) -> list[tuple[str, str]]:
        return [(pair.word, pair.flag) for pair in self._pos.cut(text)]

    def knows(self, word: str) -> bool:
        self._tokenizer.check_initialized()
        return bool(self._tokenizer.FREQ.get(word))


NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})  # the tags jieba gives people's names (kg.extract.grammar.NAME_POS)


class Segmenter:
    """``Segmenter("rjieba", [("巴黎综合理工学院", "nt")], ["公司总部"]).tokens(text, 0, len(text))``."""

    def __init__(
        self, backend: str = "rjieba", words: Iterable[tuple[str, str]] = (), split: Iterable[str] = (), name_tails: Iterable[str] = (),
        regrouped: Iterable[str] = (), heads: Iterable[str] = (), name_heads: Iterable[str] = (), place_heads: Iterable[str] = (),
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown segmenter {backend!r}; choose one of {', '.join(BACKENDS)}")
        self.backend = backend
        split = tuple(split)
        words = tuple(words)
        self._split = frozenset(split)
        self._tagger: _Tagger = _RJiebaTagger(words, split) if backend == "rjieba" else _JiebaTagger(words, split)
        # each tail character with the segmenter's own tag for it alone (是/v, 第/m, 后/f)
        self._name_tails = {c: (self._tagger.tag(c) or [(c, "x")])[0][1] for c in name_tails if len(c) == 1}
        # two-character words the segmenter cuts across a longer word before (武汉市/ns 民/ng: 武汉 / 市民), by their last character
        # (each with its tag: the dictionary's when it holds the word whole, else a verb it cut, 出生 / 于)
        self._regrouped = {w[1:]: (w, tagged[0][1] if len(tagged := self._tagger.tag(w)) == 1 else "v") for w in regrouped if 2 <= len(w) <= 3}
        # characters that open no word the segmenter's guess glues them into (他于/p, 其于/c: a pronoun
        # and the preposition after it), and none a name it tags after a name (某某/nr 是晓东/nr: the
        # copula), each with the segmenter's own tag for it alone
        self._heads = {c: (self._tagger.tag(c) or [(c, "x")])[0][1] for c in heads if len(c) == 1}
        self._name_heads = {c: (self._tagger.tag(c) or [(c, "x")])[0][1] for c in name_heads if len(c) == 1}
        # and prepositions it reads as a surname before a known place after a verb (出生 / 于柏林/nr: 于 / 柏林)
        self._place_heads = frozenset(c for c in place_heads if len(c) == 1)
        self._places = frozenset(w for w, tag in words if tag == "ns")  # the places added as words (the gazetteer's)

    def knows(self, word: str) -> bool:
        """Is ``word`` in the dictionary (or a user word)? A word the segmenter made up from
        characters it did not know as a word (its HMM's guesses: 帆达, 伟启) is not."""
        return word not in self._split and self._tagger.knows(word)

    def word_tag(self, word: str) -> str | None:
        """The dictionary's tag of ``word`` when the segmenter reads it alone as one word (横店 → ns),
        None when it reads it as more than one.

        >>> segmenter = Segmenter()
        >>> segmenter.word_tag("杭州"), segmenter.word_tag("杭州天气")
        ('ns', None)
        """
        tagged = self._tagger.tag(word)
        return tagged[0][1] if len(tagged) == 1 else None

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """Tokens of ``text[start:end]`` with offsets into ``text``."""
        end = len(text) if end is None else end
        piece = text[start:end]
        tagged = self._tagger.tag(piece)
        out: list[Token] = []
        append, tails = out.append, self._name_tails  # (read once: this loop runs for every word of the text)
        heads, name_heads, place_heads = self._heads, self._name_heads, self._place_heads
        pos = start
        named = False  # the word before is one tagged a name
        for word, tag in tagged:
            after = pos + len(word)
            if tag in NAME_TAGS and word[0] in place_heads and after - pos >= 3 and out and out[-1].pos[:1] == "v" and word[1:] in self._places:
                append(_token(word[0], "p", pos, pos + 1))  # 出生 / 于柏林/nr: the preposition and the place
                append(_token(word[1:], "ns", pos + 1, after))
                named = False
                pos = after
                continue
            head = name_heads.get(word[0]) if named and tag in NAME_TAGS else None if tag in NAME_TAGS else heads.get(word[0])
            if head is not None and 2 <= after - pos <= 4 and not self._tagger.knows(word):
                # 他于/p 2009年, 某某/nr 是晓东/nr: a pronoun or a copula glued to the word after it (王/nr 其明/nr is a name's)
                rest = word[1:]
                append(_token(word[0], head, pos, pos + 1))
                append(_token(rest, tag if tag in NAME_TAGS else (self._tagger.tag(rest) or [(rest, "x")])[0][1], pos + 1, after))
            elif tag in NAME_TAGS and after - pos >= 3 and word[-1] in tails:
                # 林红是/nr: a character that never ends a name, glued to one, is a word of its own
                append(_token(word[:-1], tag, pos, after - 1))
                append(_token(word[-1], tails[word[-1]], after - 1, after))
            elif named and (2 <= after - pos <= 3 and tag not in NAME_TAGS or after - pos == 2) and word[-1] in tails and not self._tagger.knows(word):
                # 罗志/nr 坚后/a, 佐藤/nrt 健一是/d, 谢国/nr 梁犯/nr: the segmenter's guess glued a name's last characters to a
                # tail after it (嫁给某某后); they and the tail are words of their own
                append(_token(word[:-1], "nr", pos, after - 1))
                append(_token(word[-1], tails[word[-1]], after - 1, after))
            else:
                append(_token(word, tag, pos, after))
            named = tag in NAME_TAGS
            pos = after
        if pos != end or "".join([w for w, _ in tagged]) != piece:
            raise RuntimeError(f"segmenter {self.backend} lost characters at offset {start}")
        return self._regroup(out) if self._regrouped else out

    def _regroup(self, tokens: list[Token]) -> list[Token]:
        """武汉市/ns 民/ng → 武汉/ns 市民/n, 梅西出/nr 生于/v → 梅西/nr 出生于: a word of ``regrouped`` the
        segmenter cut across the longer word before it (its first character that word's last) is read
        whole again."""
        for k in range(len(tokens) - 1, 0, -1):
            word, before = tokens[k], tokens[k - 1]
            regrouped = self._regrouped.get(word.text) if len(word.text) <= 2 else None
            if regrouped is None:
                continue
            whole, tag = regrouped
            if len(before.text) >= 3 and before.text[-1] == whole[0] and before.end == word.start:
                tokens[k - 1 : k + 1] = [_token(before.text[:-1], before.pos, before.start, before.end - 1), _token(whole, tag, before.end - 1, word.end)]
        return tokens
