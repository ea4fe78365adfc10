"""Find dictionary forms in a Doc: one Aho-Corasick pass over the folded text, kept where the
match starts and ends on token boundaries (or at a hyphen inside a compound token)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from chronik.actors.dictionary import ActorDictionary
from chronik.actors.entries import Reading
from chronik.actors.forms import case_ok, fold

HYPHEN = "-"


@dataclass(frozen=True)
class Atom:
    """A dictionary form found in the text: chars ``[start, end)``, tokens ``[tok_start, tok_end)``."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    readings: tuple[Reading, ...]
    owner: tuple[Reading, ...] = ()

    def kinds(self) -> set[str]:
        return {r.kind for r in self.readings}

    def first(self, *kinds: str) -> Reading | None:
        for reading in self.readings:
            if reading.kind in kinds:
                return reading
        return None


@dataclass(frozen=True)
class Boundaries:
    starts: frozenset[int]
    ends: frozenset[int]
    token_starts: tuple[int, ...]
    token_ends: frozenset[int]

    @classmethod
    def of(cls, doc: Doc) -> Boundaries:
        starts, ends, tstarts, tends = set(), set(), [], set()
        for token in doc:
            begin, stop = token.idx, token.idx + len(token.text)
            starts.add(begin)
            ends.add(stop)
            tstarts.append(begin)
            tends.add(stop)
            text = token.text
            for offset, char in enumerate(text):
                if char == HYPHEN and 0 < offset < len(text) - 1:
                    ends.add(begin + offset)
                    starts.add(begin + offset + 1)
        return cls(frozenset(starts), frozenset(ends), tuple(tstarts), frozenset(tends))

    def token_of(self, char: int) -> int:
        return bisect_right(self.token_starts, char) - 1


def find_atoms(doc: Doc, dictionary: ActorDictionary, folded: str | None = None,
               body_start: int = 0) -> list[Atom]:
    """Leftmost-longest dictionary matches in ``doc`` (no overlaps), in text order."""
    text = doc.text
    folded = fold(text) if folded is None else folded
    bounds = Boundaries.of(doc)
    best: dict[int, tuple[int, tuple[Reading, ...]]] = {}
    for last, form in dictionary.automaton.iter(folded):
        start, end = last - len(form) + 1, last + 1
        if start < body_start or start not in bounds.starts or end not in bounds.ends:
            continue
        surface = text[start:end]
        inside = end not in bounds.token_ends
        readings = tuple(r for r in dictionary.readings[form]
                         if case_ok(r.case, surface) and (inside or not r.prefix))
        if not readings:
            continue
        if start not in best or best[start][0] < end:
            best[start] = (end, readings)
    atoms: list[Atom] = []
    last_end = -1
    for start in sorted(best):
        end, readings = best[start]
        if start < last_end:
            continue
        atoms.append(Atom(start, end, bounds.token_of(start), bounds.token_of(end - 1) + 1,
                          readings))
        last_end = end
    atoms.extend(_compound_heads(doc, dictionary, folded, atoms, body_start))
    atoms.sort(key=lambda a: a.start)
    return atoms


def _compound_heads(doc: Doc, dictionary: ActorDictionary, folded: str, atoms: list[Atom],
                    body_start: int) -> list[Atom]:
    """Closed compounds ending in a head role noun: "Verteidigungsminister", "Tamilenrebellen".
    A known country form before the head ("Palästinenserpräsident") becomes its owner."""
    covered = {i for atom in atoms for i in range(atom.tok_start, atom.tok_end)}
    found = []
    for token in doc:
        text = token.text
        if token.i in covered or token.idx < body_start or len(text) < 7 or not text[0].isupper():
            continue
        low = folded[token.idx:token.idx + len(text)]
        for cut in range(3, len(low) - 4):
            heads = dictionary.heads.get(low[cut:])
            if not heads:
                continue
            owner = tuple(r for r in dictionary.readings.get(low[:cut], ())
                          if r.kind in ("people", "place", "seat", "igo", "group"))
            found.append(Atom(token.idx, token.idx + len(text), token.i, token.i + 1, heads,
                              owner))
            break
    return found
