"""The maps of one sentence's tokens by offset that several readers look words up in (where
words start and end, the word at a character, the word of a span), built once per sentence.

The segmenter makes one list of tokens per sentence and every reader gets that same list, so
the maps of the list asked for last are kept: asked again for the same list (the same object,
of the same length and last token), the readers share one build instead of one each. The maps
are read, never changed, by the readers; the list they were built from is held with them, so
its id cannot be reused by another list while they are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.model import Token


@dataclass(frozen=True, slots=True)
class TokenIndex:
    """Maps of one sentence's tokens by offset (read them only: they are shared)."""

    starts: set[int]  # where a word starts
    ends: set[int]  # where a word ends
    by_span: dict[tuple[int, int], Token]  # (start, end) → the word
    starting_at: dict[int, Token]  # start → the word
    ending_at: dict[int, Token]  # end → the word
    token_at: dict[int, Token]  # every character's offset → the word holding it


_last: tuple[Sequence[Token], int, Token | None, TokenIndex] | None = None  # (tokens, their number, the last one, their maps)


def token_index(tokens: Sequence[Token]) -> TokenIndex:
    """The maps of ``tokens`` (those of the list asked for last are kept: see the module).

    >>> from kg.model import Token
    >>> index = token_index([Token("王强", "nr", 0, 2), Token("说", "v", 2, 3)])
    >>> sorted(index.starts), sorted(index.ends), index.token_at[1].text, index.by_span[(2, 3)].text
    ([0, 2], [2, 3], '王强', '说')
    """
    global _last
    last = _last
    count = len(tokens)
    final = tokens[-1] if count else None
    if last is not None and last[0] is tokens and last[1] == count and last[2] is final:
        return last[3]
    starting_at: dict[int, Token] = {}
    ending_at: dict[int, Token] = {}
    by_span: dict[tuple[int, int], Token] = {}
    token_at: dict[int, Token] = {}
    for t in tokens:  # (one pass, each token's offsets read once: a later token takes a key over, as in one map at a time)
        start, end = t.start, t.end
        starting_at[start] = t
        ending_at[end] = t
        by_span[(start, end)] = t
        for k in range(start, end):
            token_at[k] = t
    index = TokenIndex(
        set(starting_at),  # (the same offsets as the maps' keys, their objects reused: no token read twice)
        set(ending_at),
        by_span,
        starting_at,
        ending_at,
        token_at,
    )
    _last = (tokens, count, final, index)
    return index
