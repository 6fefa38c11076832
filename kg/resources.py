"""Everything the extractor knows, loaded from ``data/`` once and validated.

Knowledge lives in data files; this module only reads and checks them:
- ``data/gazetteer/*.tsv``: places, organizations, works, products (never people);
- ``data/names/*.txt``: surname and given-name statistics, transliteration characters,
  person context words, words that are not names;
- ``data/patterns/*.toml``: mention suffix grammars, relation and event trigger rules, time words.

A broken file fails here, at load, with its path and line.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ResourceError
from kg.model import SUBTYPES
from kg.segment import Segmenter, find_words

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The matching key of a Latin-script name: no accents, case, spaces, hyphens or dots.

    >>> fold("Clément") == fold("Clement"), fold("Hugging Face") == fold("HuggingFace")
    (True, True)
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-_.·'’]+", "", stripped).lower()


@lru_cache(maxsize=1 << 16)
def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    type: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    wikidata: str

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.zh, self.en, *self.aliases) if n)


@dataclass(frozen=True)
class WordList:
    """Words of two characters or more, each with a value (an id), to find in texts (kg.segment.find_words)."""

    values: dict[str, str]
    heads: frozenset[str]  # the words' first two characters
    stems: frozenset[str]  # their proper prefixes of two characters or more (a longer word goes on from each)

    @staticmethod
    def of(values: dict[str, str]) -> WordList:
        return WordList(values, frozenset(w[:2] for w in values), frozenset(w[:k] for w in values for k in range(2, len(w))))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, value) for every word occurring in text, overlaps included: by end, the longer first."""
        return find_words(text, self.values, self.heads, self.stems)


@dataclass(eq=False)
class Gazetteer:
    entries: dict[str, GazetteerEntry]
    _names: WordList = field(repr=False)  # CJK names of two characters or more → id, the first entry's
    _latin: dict[str, str] = field(repr=False)
    _cjk: dict[str, str] = field(repr=False)  # CJK name → id
    # A city's name without its 市 where the data gives no such alias (大同市, 长治市, 海口市: 大同, 海口 are
    # ordinary words too): read only where the text places it (kg.extract.mentions.held_back_places)
    _held_back: WordList | None = field(default=None, repr=False)

    def find_cjk(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, id) for every CJK name occurring in text (overlaps included): by end, the longer first."""
        return self._names.find(text)

    def find_held_back(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, id) for every held-back short name of a city occurring in text."""
        return [] if self._held_back is None else self._held_back.find(text)

    def lookup(self, name: str) -> str | None:
        """The id of a name (CJK exact, Latin folded), or None."""
        if has_cjk(name):
            return self._cjk.get(name)
        return self._latin.get(fold(name))

    def latin_keys(self) -> dict[str, str]:
        return self._latin


GAZETTEER_COLUMNS = ["id", "type", "zh", "en", "aliases", "wikidata"]
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")


def load_gazetteer(folder: Path) -> Gazetteer:
    entries: dict[str, GazetteerEntry] = {}
    searched: dict[str, str] = {}  # the CJK names found in texts (two characters or more) → id
    latin: dict[str, str] = {}
    cjk: dict[str, str] = {}
    for path in sorted(folder.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines or lines[0].split("\t") != GAZETTEER_COLUMNS:
            raise ResourceError(f"{path}:1: header must be {' '.join(GAZETTEER_COLUMNS)} (tab-separated)")
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 6:
                raise ResourceError(f"{path}:{number}: expected 6 tab-separated fields, got {len(fields)}")
            entry_id, type_, zh, en, aliases, wikidata = (f.strip() for f in fields)
            if type_ not in SUBTYPES or type_ in ("Person", "Time"):
                raise ResourceError(f"{path}:{number}: unknown type {type_!r} (the gazetteer holds no people)")
            if entry_id in entries:
                raise ResourceError(f"{path}:{number}: duplicate id {entry_id!r}")
            if wikidata and not _WIKIDATA.match(wikidata):
                raise ResourceError(f"{path}:{number}: wikidata {wikidata!r} is not a Q-id")
            entry = GazetteerEntry(
                entry_id, type_, zh, en, tuple(a.strip() for a in aliases.split("|") if a.strip()), wikidata
            )
            entries[entry_id] = entry
            for name in entry.names():
                if has_cjk(name):
                    cjk.setdefault(name, entry_id)
                    if len(name) >= 2 and name not in searched:
                        searched[name] = entry_id
                elif len(fold(name)) >= 2:
                    latin.setdefault(fold(name), entry_id)
    held_back: dict[str, str] = {}
    for entry in entries.values():
        short = entry.zh[:-1]
        if entry.type == "City" and entry.zh.endswith("市") and len(short) >= 2 and short not in cjk and short not in held_back:
            held_back[short] = entry.id
    return Gazetteer(entries, WordList.of(searched), latin, cjk, WordList.of(held_back) if held_back else None)


def _read_list(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([f.strip() for f in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Names:
    surnames: dict[str, int]  # surname → tier (1 common … 3 also a common word)
    given_chars: frozenset[str]
    translit_chars: frozenset[str]
    japanese_surnames: frozenset[str]
    japanese_given: frozenset[str]
    tibetan_parts: frozenset[str]  # 扎西, 卓玛 …: parts of Tibetan names (two or more make one)
    latin_given: frozenset[str]  # folded
    context_before: dict[str, str]  # word → kind
    context_after: dict[str, str]
    not_names: frozenset[str]


def load_names(folder: Path) -> Names:
    def rows(name: str) -> list[list[str]]:
        path = folder / name
        if not path.exists():
            raise ResourceError(f"{path}: missing; the extractor needs it")
        return _read_list(path)

    surnames = {r[0]: int(r[1]) if len(r) > 1 and r[1].isdigit() else 2 for r in rows("surnames.txt")}
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for number, r in enumerate(rows("person_context.txt"), start=1):
        if len(r) != 3 or r[1] not in ("before", "after"):
            raise ResourceError(f"{folder / 'person_context.txt'}: entry {number} {r!r}: expected word, before|after, kind")
        (before if r[1] == "before" else after)[r[0]] = r[2]
    return Names(
        surnames=surnames,
        given_chars=frozenset(r[0] for r in rows("given_name_chars.txt")),
        translit_chars=frozenset(r[0] for r in rows("translit_chars.txt")),
        japanese_surnames=frozenset(r[0] for r in rows("japanese_surnames.txt")),
        japanese_given=frozenset(r[0] for r in rows("japanese_given_chars.txt")),
        tibetan_parts=frozenset(r[0] for r in rows("tibetan_name_parts.txt")),
        latin_given=frozenset(fold(r[0]) for r in rows("latin_given_names.txt")),
        context_before=before,
        context_after=after,
        not_names=frozenset(r[0] for r in rows("not_names.txt")),
    )


def load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ResourceError(f"{path}: missing; the extractor needs it") from None
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{path}: {exc}") from None


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of the first occurrence of needle in a data file (for error messages)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    return 0


@dataclass(eq=False)
class Resources:
    gazetteer: Gazetteer
    names: Names
    mention_patterns: dict[str, Any]
    relation_rules: tuple[Any, ...]  # kg.extract.relations.RelationRule
    event_rules: dict[str, Any]
    time_words: dict[str, Any]
    segmenter: Segmenter
    data_dir: Path


def load_resources(data_dir: Path | None = None, segmenter: str = "rjieba") -> Resources:
    """Load and validate all data files; build the segmenter with the gazetteer as user words."""
    from kg.extract.relations import load_relation_rules  # the rules' grammar lives with them

    data_dir = data_dir or DATA_DIR
    gazetteer = load_gazetteer(data_dir / "gazetteer")
    names = load_names(data_dir / "names")
    patterns = data_dir / "patterns"
    mention_patterns = load_toml(patterns / "mentions.toml")
    relation_rules = load_relation_rules(patterns / "relations.toml")
    event_rules = load_toml(patterns / "events.toml")
    time_words = load_toml(patterns / "time.toml")
    pos_of = {"Country": "ns", "City": "ns", "Region": "ns", "Place": "ns"}
    words = sorted(
        {
            (name, pos_of.get(entry.type, "nt" if SUBTYPES[entry.type] == "Organization" else "nz"))
            for entry in gazetteer.entries.values()
            for name in entry.names()
            if has_cjk(name) and len(name) >= 2
        }
        # a registered name's legal form is one word, so the segmenter cannot glue its last
        # word to the next (有限责任 / 公司总部)
        | {(ending, "n") for ending in mention_patterns.get("registered_company_endings", ())}
        # and a kind of local bank is one word too (农村 / 信用社 would leave 某市农村 a place)
        | {(kind, "n") for kind in mention_patterns.get("placed_bank_kinds", ())}
        # and words its dictionary lacks that it would otherwise cut across (传位 / 于: not 传 / 位于)
        | {(word, "v") for word in mention_patterns.get("segmenter_verbs", ())}
        # and nouns it would cut across into the name after them (正 / 妻张 / 春华: 正妻 / 张春华)
        | {(word, "n") for word in mention_patterns.get("segmenter_nouns", ())}
    )
    return Resources(
        gazetteer=gazetteer,
        names=names,
        mention_patterns=mention_patterns,
        relation_rules=relation_rules,
        event_rules=event_rules,
        time_words=time_words,
        segmenter=Segmenter(
            segmenter, words, mention_patterns.get("segmenter_split_words", ()), mention_patterns.get("segmenter_name_tails", ()),
            mention_patterns.get("segmenter_regrouped", ()), mention_patterns.get("segmenter_heads", ()),
            mention_patterns.get("segmenter_name_heads", ()), mention_patterns.get("segmenter_place_heads", ()),
        ),
        data_dir=data_dir,
    )


@lru_cache(maxsize=4)
def default_resources(segmenter: str = "rjieba") -> Resources:
    """Load once per process (the CLI and workers call this)."""
    return load_resources(None, segmenter)
