"""Bodies a text introduces by their name: 一家名为星河的公司, 一个叫“远帆”的工作室, 一所名叫青禾的学校.

A counter (一家, 一所 …), a word of naming (名为, 叫 …), the name, 的, and a word for the kind of
body (公司, 学校, 基金会 …; a few words may stand before it: 一家名为X的初创公司) name an organization
of that kind, whatever the name is made of: a word of the dictionary (星河), a coined one, or a
Latin name (LinguaLab), none of which the suffix or trade-name grammars would read without an
ending of their own. The words are data (``[naming]`` in ``data/patterns/mentions.toml``).

>>> from kg.resources import default_resources
>>> t = "2018年，她创立了一家名为LinguaLab的初创公司。"
>>> [(m.text, m.type) for m in named_bodies(t, 0, len(t), 0, default_resources())]
[('LinguaLab', 'Company')]
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.grammar import compiled_grammar
from kg.model import Mention
from kg.resources import Resources


def named_bodies(text: str, start: int, end: int, sentence: int, res: Resources) -> Iterator[Mention]:
    """The organizations of text[start:end] introduced by their name (module docstring)."""
    g = compiled_grammar(res)
    for match in g.named_body.finditer(text, start, end):  # (the name's pattern starts and ends on no space)
        yield Mention(match.group("name"), g.named_body_kinds[match.group("kind")], match.start("name"), match.end("name"), sentence, "named")
