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
from typing import NamedTuple

from spacy.tokens import Doc, Token

from chronik.geo.gazetteer import Candidate, Gazetteer
from chronik.geo.lexicon import GeoLexicon
from chronik.geo.names import name_key

ENTITY_LABELS = frozenset({"LOC", "GPE"})
MAX_WORDS = 5
MAX_MODIFIERS = 3
GENITIVE_MIN_POPULATION = 100_000
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
    host: int = -1  # character offset of the noun the place phrase follows; -1: none
    district: bool = False  # named as part of a town ("im Bezirk X", "im Stadtteil X")

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
    longest = min(MAX_WORDS, gaz.max_words, limit - i)
    if name_key(first.text) not in gaz.multiword_starts:
        longest = 1
    for k in range(longest, 0, -1):
        last = doc[i + k - 1]
        if k > 1 and not (last.text[:1].isupper() or last.text[:1].isdigit()):
            continue
        if any(t.is_punct and t.text not in ("-", "'", ".") for t in doc[i:i + k]):
            continue
        found = gaz.candidates(text[first.idx:last.idx + len(last.text)])
        if found:
            return i + k, found
    return i, ()


class Frame(NamedTuple):
    """How a name is framed: ``role`` from its preposition (``at``, ``to``, ``from``,
    ``attributive``; ``None`` without one), whether an article governs the name directly ("im
    Tal", "in der Halle": a common noun, unless a German place name says otherwise), and the first
    token of the phrase (its preposition, else its article or noun)."""

    role: str | None
    article: bool
    start: int


def _frame_role(doc: Doc, i: int, lex: GeoLexicon, floor: int) -> Frame:
    """The frame of a name starting at token ``i``, read from the words before it."""
    j = i - 1
    if j - 1 >= floor and doc[j].text == lex.spot_linker:
        if doc[j - 1].text.casefold() in lex.direction_adverbs:       # "nördlich von Kiew"
            return Frame("at", False, j - 1)
        if doc[j - 1].text in lex.spot_nouns:                         # "am Flughafen von Lyon"
            outer = _frame_role(doc, j - 1, lex, floor)
            return Frame("at", False, outer.start)
    head = _genitive_head(doc, i, lex, floor)
    if head is not None:
        # "im Norden Syriens", "im Osten der besetzten Ukraine", "in der Nähe Kiews": the head's
        # frame
        outer = _frame_role(doc, head, lex, floor)
        if outer.role is not None:
            return Frame(outer.role, False, outer.start)
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
        return Frame(None, False, j + 1)
    article = j >= floor and doc[j].text.casefold() in lex.determiners
    if article:
        j -= 1
    if j < floor or doc[j].text.casefold() not in lex.prepositions:
        return Frame(None, False, j + 1)
    preposition = doc[j].text.casefold()
    article = not place_noun and (article or preposition in lex.article_prepositions
                                  or preposition in lex.german_name_prepositions)
    if j - 1 >= floor and doc[j - 1].text in lex.attributive_heads:
        return Frame("attributive", article, j)
    return Frame(lex.prepositions[preposition], article, j)


def _host(doc: Doc, start: int, lex: GeoLexicon, floor: int, tagged: bool) -> int:
    """Character offset of the noun a place phrase starting at token ``start`` follows ("Wahlen
    in Abchasien", "Kämpfen bei Awdijiwka"), or -1 when it follows no noun: then it hangs on the verb
    or stands alone. A time noun ("am Montag in Warschau") is no host. Without tags a capitalised
    word inside the sentence counts as a noun (German capitalises nouns)."""
    k = start - 1
    if k < floor:
        return -1
    token = doc[k]
    if token.text.casefold() in lex.time_nouns or not token.is_alpha:
        return -1
    if tagged:
        return token.idx if token.pos_ == "NOUN" else -1
    before = doc[k - 1] if k - 1 >= floor else None
    inside = before is not None and before.text not in SENTENCE_END and not before.is_space
    return token.idx if token.text[:1].isupper() and inside else -1


def _after_place_noun(doc: Doc, i: int, lex: GeoLexicon, floor: int) -> bool:
    """True for a name right after a place noun without a preposition: "die Hafenstadt Odessa
    wurde beschossen", "griffen die Armeebasis Ramstein an" — the place the clause is about."""
    return i - 1 >= floor and doc[i - 1].text[:1].isupper() and lex.is_place_noun(doc[i - 1].text)


def _contained(doc: Doc, text: str, end: int, candidates: tuple[Candidate, ...], gaz: Gazetteer,
               lex: GeoLexicon) -> bool:
    """True for a name followed by "in [der] Y" where Y is a region or country of the same
    country as one of the name's candidates ("Springfield in Illinois"; not "ein Sieg von
    Dortmund in Bremen": a town does not lie in another town)."""
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
    return any(c.entry.country in countries and not c.entry.feature.startswith("P")
               for c in outer)


def _dateline_tail(doc: Doc, j: int, lex: GeoLexicon) -> bool:
    """True when token ``j`` starts what follows a dateline's places: [, date] [(agency)] or
    [agency], then a dash ("Damaskus – …", "Berlin (dpa) – …", "BERLIN taz | …",
    "Kiew, 3. März (Reuters) – …")."""
    if j < len(doc) and doc[j].text == ",":
        # a date of at most four tokens: "3. März", "3. März 2024", "03.03.2024"
        stop = next((k for k in range(j + 1, min(j + 6, len(doc)))
                     if doc[k].text == "(" or doc[k].text in lex.dateline_dashes), None)
        if stop is None or not any(t.like_num or t.text[:1].isdigit() for t in doc[j + 1:stop]):
            return False
        j = stop
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 8, len(doc))) if doc[k].text == ")"), None)
        if close is None:
            return False
        j = close + 1
    elif j < len(doc) and doc[j].text in lex.dateline_agencies:
        j += 1
    return j < len(doc) and doc[j].text in lex.dateline_dashes


def _dateline_spans(doc: Doc, text: str, start: int, gaz: Gazetteer, lex: GeoLexicon
                    ) -> list[tuple[int, int]]:
    """Token spans of the places of a dateline at token ``start`` ("Wien/Moskau (dpa) – …" gives
    both; capitals as in "KIEW (dpa) –" are read too), or ``[]`` when no dateline starts there."""
    spans = []
    j = start
    while j < len(doc) and doc[j].text[:1].isupper():
        end, candidates = _match(doc, text, j, gaz, len(doc))
        strong = any(c.source in ("pinned", "german") for c in candidates)
        if candidates and not (doc[j:end].text in lex.not_places and not strong):
            spans.append((j, end))
        elif not spans:
            return []
        else:
            end = j + 1  # a later place the gazetteer lacks ("Wien/Gumpoldskirchen – …")
        if not (end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].text[:1].isupper()):
            break
        j = end + 1
    return spans if spans and _dateline_tail(doc, end, lex) else []


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


def _genitive(word: str, gaz: Gazetteer, lex: GeoLexicon, framed: bool) -> tuple[Candidate, ...]:
    """Candidates of a genitive place name ("Syriens", "Moskaus", "des Gazastreifens",
    "Nordsyriens"). After a spot noun or a direction word ("im Norden Charkiws", "südlich
    Bachmuts", ``framed``) any place; elsewhere German names of any place, other names only of
    capitals, countries, regions and cities of 100,000 or more (GeoNames alternate names only of
    capitals), so that "Googles" or "Georges" stay what they are."""
    suffix = next((s for s in lex.genitive_suffixes if word.endswith(s)), None)
    if suffix is None or len(word) < 5 or word in lex.not_places:
        return ()
    stem = word[:-len(suffix)]
    found = gaz.candidates(stem) or _directional(stem, gaz, lex)
    if framed:
        return found
    return tuple(c for c in found if c.source in ("pinned", "german")
                 or c.entry.feature == "P.PPLC"
                 or (c.source == "name" and (c.entry.feature.startswith("A")
                                             or c.entry.population >= GENITIVE_MIN_POPULATION)))


def _city_adjective(word: str, gaz: Gazetteer, lex: GeoLexicon) -> tuple[Candidate, ...]:
    """The city a German city adjective names ("Berliner", "Genfer", "Münchner", "Bremer";
    irregular ones such as "Zürcher" from frames.yaml): cities of 100,000 or more and capitals
    only, so that "Sprecher" or "Bauer" stay nouns."""
    if word in lex.city_adjectives:
        stems = [lex.city_adjectives[word]]
    elif len(word) > 5 and word not in lex.not_places:
        stems = [word[:-len(cut)] + add for cut, add in lex.adjective_stems if word.endswith(cut)]
    else:
        return ()
    for stem in stems:
        found = tuple(c for c in gaz.candidates(stem) if c.entry.feature.startswith("P")
                      and (c.entry.feature == "P.PPLC"
                           or c.entry.population >= GENITIVE_MIN_POPULATION))
        if found:
            return found
    return ()


def _genitive_head(doc: Doc, i: int, lex: GeoLexicon, floor: int) -> int | None:
    """The spot noun a name at ``i`` is the genitive of, if any: "im Norden Syriens", "im Osten
    der Ukraine", "im Süden des umkämpften Gazastreifens", "im Osten der Stadt Charkiw"."""
    k = i - 1
    if k >= floor and doc[k].text[:1].isupper() and lex.is_place_noun(doc[k].text):
        k -= 1
    modifiers = 0
    while k >= floor and modifiers < MAX_MODIFIERS and doc[k].is_lower \
            and doc[k].text not in lex.genitive_articles:
        k -= 1
        modifiers += 1
    if k >= floor and doc[k].text in lex.genitive_articles:
        k -= 1
    elif modifiers or k < i - 1:
        return None  # modifiers or a place noun need their article: "der besetzten Ukraine"
    return k if k > floor and doc[k].text in lex.spot_nouns else None


def _genitive_frame(doc: Doc, i: int, lex: GeoLexicon, floor: int) -> bool:
    """True when the word at ``i`` follows a spot noun or a direction word, with an optional
    genitive article ("im Norden Charkiws", "am Rande des Gazastreifens", "südlich Bachmuts")."""
    j = i - 1
    if j >= floor and doc[j].text in lex.genitive_articles:
        j -= 1
    return j >= floor and (doc[j].text in lex.spot_nouns
                           or doc[j].text.casefold() in lex.direction_adverbs)


def _coordinated(text: str, previous: Toponym, start: int, lex: GeoLexicon) -> str | None:
    """The frame of the previous place when this one is coordinated with it ("in Libyen und
    Tunesien")."""
    if not previous.rule.startswith("frame:"):
        return None
    gap = text[previous.end:start].replace(",", " , ").split()
    return previous.rule if gap and all(w in lex.coordinators for w in gap) else None


@dataclass(frozen=True)
class _View:
    """One document as toponym recognition reads it (its text built once: ``Doc.text`` is
    rebuilt on every access)."""

    doc: Doc
    text: str
    floor: int      # first token of the body
    tagged: bool    # the language layer gave part-of-speech tags


def _rule(view: _View, i: int, end: int, candidates: tuple[Candidate, ...], gaz: Gazetteer,
          lex: GeoLexicon, in_entity: bool) -> tuple[str | None, int]:
    """How the name at tokens ``i:end`` is a place (``None``: it is not taken as one), and the
    host noun of its phrase (see :func:`_host`)."""
    doc, floor = view.doc, view.floor
    strong = any(c.source in ("pinned", "german") for c in candidates)
    frame = _frame_role(doc, i, lex, floor)
    host = _host(doc, frame.start, lex, floor, view.tagged)
    if frame.role is not None and (strong or not frame.article):
        return f"frame:{frame.role}", host
    if frame.role is None and _contained(doc, view.text, end, candidates, gaz, lex):
        return "contained", host
    if frame.role is None and _after_place_noun(doc, i, lex, floor):
        return "apposition", host
    if in_entity:
        return "ent", -1
    if strong and any(c.entry.feature[0] in "ALTH" for c in candidates):
        return "name", -1
    return None, -1


def _adjective_toponym(view: _View, i: int, gaz: Gazetteer, lex: GeoLexicon) -> Toponym | None:
    """A city adjective in a place frame before its noun ("bei der Münchner
    Sicherheitskonferenz", "auf dem Brüsseler Gipfel"): the event happens in that city. Outside a
    frame ("die Pekinger Führung") it names an actor, not a place."""
    doc = view.doc
    token = doc[i]
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return None
    candidates = _city_adjective(token.text, gaz, lex)
    if not candidates:
        return None
    frame = _frame_role(doc, i, lex, view.floor)
    if frame.role not in ("at", "to", "from"):
        return None
    return Toponym(token.idx, token.idx + len(token.text), token.text, f"frame:{frame.role}",
                   candidates, _host(doc, frame.start, lex, view.floor, view.tagged))


def find_toponyms(doc: Doc, gaz: Gazetteer, lex: GeoLexicon) -> list[Toponym]:
    """All toponyms at or after ``doc._.body_start``, in text order, not overlapping."""
    body_start = doc._.body_start or 0
    first = next((t.i for t in doc if t.idx >= body_start), len(doc))
    doc_text = doc.text
    view = _View(doc, doc_text, first, doc.has_annotation("POS"))
    datelines: dict[int, int] = {}
    for a, _b in sentence_bounds(doc, first)[:lex.dateline_max_sentences]:
        while a < len(doc) and doc[a].is_space:
            a += 1
        datelines.update(_dateline_spans(doc, doc_text, a, gaz, lex))
        if datelines:
            break
    entity_tokens: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS and ent.start_char >= body_start:
            entity_tokens.update(range(ent.start, ent.end))

    found: list[Toponym] = []
    i = first
    while i < len(doc):
        token = doc[i]
        if i in datelines:
            end = datelines[i]
            found.append(Toponym(token.idx, doc[end - 1].idx + len(doc[end - 1].text),
                                 doc[i:end].text, "dateline", gaz.candidates(doc[i:end].text)))
            i = end
            continue
        if not _is_name_start(token):
            i += 1
            continue
        end, candidates = _match(doc, doc_text, i, gaz, len(doc))
        genitive = False
        if not candidates:
            end, candidates = i + 1, _directional(token.text, gaz, lex)
        if not candidates and token.text.endswith(lex.genitive_suffixes):
            candidates = _genitive(token.text, gaz, lex, _genitive_frame(doc, i, lex, first))
            genitive = bool(candidates)
        if not candidates and token.text.endswith(lex.adjective_endings):
            adjective = _adjective_toponym(view, i, gaz, lex)
            if adjective is not None:
                found.append(adjective)
            i += 1
            continue
        if not candidates:
            i += 1
            continue
        text = doc[i:end].text
        strong = any(c.source in ("pinned", "german") for c in candidates)
        if text in lex.not_places and not strong:
            i += 1
            continue
        rule, host = _rule(view, i, end, candidates, gaz, lex,
                           bool(entity_tokens.intersection(range(i, end))))
        if genitive and end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            # a genitive before its noun only says whose: "in Kenias Hauptstadt Nairobi"
            rule, host = ("name" if rule else None), -1
        if found and (rule is None or rule in ("ent", "name")):
            rule = _coordinated(doc_text, found[-1], token.idx, lex) or rule
        if rule is None:
            i += 1
            continue
        district = i - 1 >= first and doc[i - 1].text in lex.district_nouns
        found.append(Toponym(token.idx, doc[end - 1].idx + len(doc[end - 1].text), text, rule,
                             candidates, host, district))
        i = end
    return found


def iter_name_spans(words: list[str], gaz: Gazetteer, lex: GeoLexicon | None = None
                    ) -> Iterator[tuple[int, int, tuple[Candidate, ...]]]:
    """Place names in a plain word list ("Norden Syriens", "Region Kursk"), left to right: word
    index ranges and candidates. Gazetteer names longest first; with ``lex`` also compass
    compounds ("Nordsyrien") and genitives ("Syriens"), and common nouns that are alternate names
    of some town ("Norden", "Region") are skipped."""
    i = 0
    while i < len(words):
        span = _word_span(words, i, gaz, lex) if words[i][:1].isupper() else None
        if span is None:
            i += 1
            continue
        yield span
        i = span[1]


def _word_span(words: list[str], i: int, gaz: Gazetteer, lex: GeoLexicon | None
               ) -> tuple[int, int, tuple[Candidate, ...]] | None:
    """The longest place name starting at word ``i`` (see :func:`iter_name_spans`)."""
    for k in range(min(MAX_WORDS, len(words) - i), 0, -1):
        text = " ".join(words[i:i + k])
        found = gaz.candidates(text)
        if found and lex is not None and text in lex.not_places \
                and not any(c.source in ("pinned", "german") for c in found):
            found = ()
        if not found and k == 1 and lex is not None:
            found = _directional(text, gaz, lex) or _genitive(text, gaz, lex, True)
        if found:
            return i, i + k, found
    return None
