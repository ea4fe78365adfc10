"""Toponym recognition: where a Doc names a place, and in which frame.

Sources, in order of trust: a dateline at the start of the body ("Damaskus – …"), a place frame
("in/nach/aus/bei [der] [adjective] [Hafenstadt] X"), a LOC entity from the language layer, and
a German name of a country or region anywhere. A GeoNames alternate name alone (which may be a
common word in German) counts only inside a frame, a dateline or a LOC entity. Lowercase words —
adjectives such as "russischen" — are never places.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from chronik.geo.gazetteer import Candidate, Gazetteer
from chronik.geo.lexicon import GeoLexicon

ENTITY_LABELS = frozenset({"LOC", "GPE"})
MAX_WORDS = 5
MAX_MODIFIERS = 3
SENTENCE_END = frozenset({".", "!", "?"})


@dataclass(frozen=True)
class Toponym:
    """A place name in the text: ``rule`` is how it was found (``dateline``, ``frame:at``,
    ``frame:to``, ``frame:from``, ``frame:attributive``, ``contained`` — "Springfield in
    Illinois" —,
    ``ent`` or ``name``)."""

    start: int
    end: int
    text: str
    rule: str
    candidates: tuple[Candidate, ...]

    @property
    def strong(self) -> bool:
        return any(c.source in ("pinned", "german") for c in self.candidates)


def _is_name_start(token: Token) -> bool:
    """A capitalised word (or hyphenated compound); all-capital words (acronyms) only when short."""
    text = token.text
    if not text[:1].isupper() or not (token.is_alpha or "-" in text):
        return False
    return not (text.isupper() and len(text) > 3)


def _match(doc: Doc, text: str, i: int, gaz: Gazetteer, limit: int) -> tuple[int, tuple[Candidate, ...]]:
    """Longest gazetteer name starting at token ``i`` (its end token index and candidates)."""
    first = doc[i]
    for k in range(min(MAX_WORDS, gaz.max_words, limit - i), 0, -1):
        last = doc[i + k - 1]
        if k > 1 and not (last.text[:1].isupper() or last.text[:1].isdigit()):
            continue
        if any(t.is_punct and t.text not in ("-", "'", ".") for t in doc[i:i + k]):
            continue
        found = gaz.candidates(text[first.idx:last.idx + len(last.text)])
        if found:
            return i + k, found
    return i, ()


def _frame_role(doc: Doc, i: int, lex: GeoLexicon, floor: int) -> tuple[str | None, bool]:
    """The frame role of a name starting at token ``i`` (from the preposition before it), and
    whether an article governs the name directly ("im Tal", "in der Halle": a common noun, unless
    a German place name says otherwise)."""
    j = i - 1
    if j - 1 >= floor and doc[j].text == "von" and doc[j - 1].text in lex.spot_nouns:
        return "at", False
    place_noun = j >= floor and doc[j].text[:1].isupper() and lex.is_place_noun(doc[j].text)
    if place_noun:
        j -= 1
    modifiers = 0
    while j >= floor and modifiers < MAX_MODIFIERS:
        word = doc[j]
        lower = word.text.casefold()
        if lower in lex.prepositions or lower in lex.determiners:
            break
        if word.is_lower or word.like_num:
            modifiers += 1
            j -= 1
            continue
        return None, False
    article = j >= floor and doc[j].text.casefold() in lex.determiners
    if article:
        j -= 1
    if j < floor or doc[j].text.casefold() not in lex.prepositions:
        return None, False
    preposition = doc[j].text.casefold()
    article = not place_noun and (article or preposition in lex.article_prepositions
                                  or preposition in lex.german_name_prepositions)
    if j - 1 >= floor and doc[j - 1].text in lex.attributive_heads:
        return "attributive", article
    return lex.prepositions[preposition], article


def _contained(doc: Doc, text: str, end: int, candidates: tuple[Candidate, ...], gaz: Gazetteer,
               lex: GeoLexicon) -> bool:
    """True for a name followed by "in [der] Y" where Y is a place in the same country as one of
    the name's candidates ("Springfield in Illinois")."""
    j = end
    if j >= len(doc) or lex.prepositions.get(doc[j].text.casefold()) != "at":
        return False
    j += 1
    if j < len(doc) and doc[j].text.casefold() in lex.determiners:
        j += 1
    if j >= len(doc) or not _is_name_start(doc[j]):
        return False
    _end, outer = _match(doc, text, j, gaz, len(doc))
    if any(c.entry.is_country for c in candidates):
        return False
    countries = {c.entry.country for c in candidates}
    return any(c.entry.country in countries for c in outer)


def _dateline_end(doc: Doc, end: int, lex: GeoLexicon) -> bool:
    """True when the name ending before token ``end`` is followed by [(agency)] and a dash."""
    j = end
    while j + 1 < len(doc) and doc[j].text == "/" and doc[j + 1].text[:1].isupper():
        j += 2  # "Wien/Moskau – …": the first place is the dateline
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 8, len(doc))) if doc[k].text == ")"), None)
        if close is None:
            return False
        j = close + 1
    return j < len(doc) and doc[j].text in lex.dateline_dashes


def sentence_bounds(doc: Doc, first: int = 0) -> list[tuple[int, int]]:
    """Token ranges of sentences from token ``first``, split after "." "!" "?" before a
    capitalised word, a digit or a quote, and at line breaks.

    Geolocation splits on its own so that datelines and clauses do not depend on how well the
    language layer's sentence splitter does on a given text.
    """
    bounds = []
    begin = first
    for k in range(first, len(doc) - 1):
        token, nxt = doc[k], doc[k + 1]
        ends = token.text in SENTENCE_END and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()
                                               or nxt.is_quote)
        if ends or "\n" in token.whitespace_ + (nxt.text if nxt.is_space else ""):
            bounds.append((begin, k + 1))
            begin = k + 1
    if begin < len(doc):
        bounds.append((begin, len(doc)))
    return [(a, b) for a, b in bounds if any(not t.is_space for t in doc[a:b])]


def _directional(word: str, gaz: Gazetteer, lex: GeoLexicon) -> tuple[Candidate, ...]:
    """Candidates of a country or region with a compass prefix ("Ostukraine", "Nordsyrien"):
    the German names of the rest, so the part of a country resolves to that country."""
    for prefix in lex.direction_prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            rest = word[len(prefix):]
            found = gaz.candidates(rest[:1].upper() + rest[1:])
            strong = tuple(c for c in found if c.source in ("pinned", "german"))
            if strong:
                return strong
    return ()


def _coordinated(text: str, previous: Toponym, start: int, lex: GeoLexicon) -> str | None:
    """The frame of the previous place when this one is coordinated with it ("in Libyen und
    Tunesien")."""
    if not previous.rule.startswith("frame:"):
        return None
    gap = text[previous.end:start].replace(",", " , ").split()
    return previous.rule if gap and all(w in lex.coordinators for w in gap) else None


def find_toponyms(doc: Doc, gaz: Gazetteer, lex: GeoLexicon) -> list[Toponym]:
    """All toponyms at or after ``doc._.body_start``, in text order, not overlapping."""
    body_start = doc._.body_start or 0
    first = next((t.i for t in doc if t.idx >= body_start), len(doc))
    dateline_starts = set()
    for a, _b in sentence_bounds(doc, first)[:lex.dateline_max_sentences]:
        while a < len(doc) and doc[a].is_space:
            a += 1
        dateline_starts.add(a)
    entity_tokens: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS and ent.start_char >= body_start:
            entity_tokens.update(range(ent.start, ent.end))

    doc_text = doc.text
    found: list[Toponym] = []
    i = first
    while i < len(doc):
        token = doc[i]
        if not _is_name_start(token):
            i += 1
            continue
        end, candidates = _match(doc, doc_text, i, gaz, len(doc))
        if not candidates:
            end, candidates = i + 1, _directional(token.text, gaz, lex)
        if not candidates:
            i += 1
            continue
        text = doc[i:end].text
        strong = any(c.source in ("pinned", "german") for c in candidates)
        if text in lex.not_places and not strong:
            i += 1
            continue
        rule = None
        if i in dateline_starts and _dateline_end(doc, end, lex):
            rule = "dateline"
        else:
            role, article = _frame_role(doc, i, lex, first)
            if role is not None and (strong or not article):
                rule = f"frame:{role}"
            elif entity_tokens.intersection(range(i, end)):
                rule = "ent"
            elif strong and any(c.entry.feature[0] in "ALTH" for c in candidates):
                rule = "name"
            elif role is None and _contained(doc, doc_text, end, candidates, gaz, lex):
                rule = "contained"
            if found and (rule is None or rule in ("ent", "name")):
                rule = _coordinated(doc_text, found[-1], token.idx, lex) or rule
        if rule is None:
            i += 1
            continue
        found.append(Toponym(token.idx, doc[end - 1].idx + len(doc[end - 1].text), text, rule,
                             candidates))
        i = end
    return found


def iter_name_spans(words: list[str], gaz: Gazetteer) -> Iterator[tuple[int, int]]:
    """Word index ranges of gazetteer names in a plain word list, longest first from the left."""
    i = 0
    while i < len(words):
        for k in range(min(MAX_WORDS, len(words) - i), 0, -1):
            if words[i][:1].isupper() and gaz.candidates(" ".join(words[i:i + k])):
                yield i, i + k
                i += k
                break
        else:
            i += 1
