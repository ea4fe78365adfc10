"""Event placement on hand-made Docs with hand-made events (as the event coder would write)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from chronik.geo.component import GeoLocator
from chronik.geo.gazetteer import load_gazetteer
from chronik.geo.lexicon import load_lexicon
from chronik.model import Event


def _event(doc: Doc, trigger: str, code: str, source: str | None = None,
           target: str | None = None, occurrence: int = 0) -> Event:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(trigger, start + 1)
    return Event(doc="test", article="a", sentence="", code=code, source=source, target=target,
                 evidence={"start": start, "end": start + len(trigger)})


def _locate(nlp: spacy.language.Language, text: str, *specs: tuple, body_start: int = 0,
            locs: tuple[str, ...] = ()) -> list:
    """Locations of hand-made events; ``locs`` are marked as LOC entities, as the language
    layer's NER would."""
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label="LOC")
                for name in locs]
    doc._.body_start = body_start
    doc._.events = [_event(doc, *spec) for spec in specs]
    GeoLocator(load_gazetteer(), load_lexicon())(doc)
    return [e.location for e in doc._.events]


def test_the_place_in_the_events_clause(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Die Minister trafen sich am Montag in Warschau.", ("trafen", "040"))
    assert (loc["text"], loc["name"], loc["country"], loc["rule"]) == \
        ("Warschau", "Warsaw", "POL", "clause")
    assert loc["geonames_id"] == 756135


def test_a_visit_goes_to_its_destination(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Bei Regen in Berlin reiste die Kanzlerin nach Moskau.",
                    ("reiste", "042"))
    assert loc["name"] == "Moscow"


def test_two_events_two_places(nlp: spacy.language.Language) -> None:
    first, second = _locate(
        nlp, "Im Anschluss an die Gespräche in Kairo reist die Ministerin nach Amman.",
        ("Gespräche", "040"), ("reist", "042"))
    assert (first["name"], second["name"]) == ("Cairo", "Amman")


def test_a_place_in_a_subordinate_clause_does_not_govern(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Wien – Es sei ernst, weil in Mali gekämpft werde, sagte er.",
                    ("sagte", "010"))
    assert (loc["name"], loc["rule"]) == ("Vienna", "dateline")


def test_the_dateline_when_the_sentence_names_no_place(nlp: spacy.language.Language) -> None:
    _title, loc = _locate(nlp, "Ein Titel ohne Ort. Damaskus – Rebellen griffen einen Posten an.",
                          ("Titel", "010"), ("griffen", "190"))
    assert (loc["name"], loc["rule"]) == ("Damascus", "dateline")
    assert _title["rule"] == "dateline"


def test_the_last_place_carries_over(nlp: spacy.language.Language) -> None:
    _first, loc = _locate(nlp, "Die Polizei nahm in Lyon zwei Männer fest. Sie wurden verhört.",
                          ("nahm", "173"), ("verhört", "090"))
    assert (loc["name"], loc["rule"]) == ("Lyon", "discourse")


def test_a_visit_without_a_place_goes_to_the_targets_capital(
        nlp: spacy.language.Language) -> None:
    [visit] = _locate(nlp, "Der Außenminister besuchte den Nachbarn.",
                      ("besuchte", "042", "RUSGOV", "PRKGOV"))
    assert (visit["name"], visit["rule"]) == ("Pyongyang", "visit_capital")
    [host] = _locate(nlp, "Der Präsident empfing seinen Gast.",
                     ("empfing", "043", "FRAGOV", "DEUGOV"))
    assert (host["name"], host["rule"]) == ("Paris", "visit_capital")


def test_no_rule_no_location(nlp: spacy.language.Language) -> None:
    assert _locate(nlp, "Die Opposition kritisierte den Plan.", ("kritisierte", "111")) == [None]


def test_an_attributive_place_is_not_the_events_place(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Die Regierung in Peking kritisierte die Entscheidung.",
                    ("kritisierte", "111"))
    assert loc is None


def test_the_specific_place_before_its_container(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Milizen kämpften in Kirkuk im Nordirak.", ("kämpften", "190"))
    assert loc["name"] == "Kirkuk"


def test_nothing_before_the_body_start_is_a_place(nlp: spacy.language.Language) -> None:
    text = "Kopf aus Paris\nIn Madrid wurde gestreikt."
    doc = nlp(text)
    doc._.body_start = text.index("In Madrid")
    GeoLocator(load_gazetteer(), load_lexicon())(doc)
    assert [s.text for s in doc.spans["places"]] == ["Madrid"]


def test_adjectives_are_not_places(nlp: spacy.language.Language) -> None:
    doc = GeoLocator(load_gazetteer(), load_lexicon())(
        nlp("Russische und chinesische Diplomaten sprachen über syrische Flüchtlinge."))
    assert list(doc.spans["places"]) == []


def test_component_is_registered_with_spacy(nlp: spacy.language.Language) -> None:
    import chronik.geo  # noqa: F401  (registers chronik_geo)

    pipeline = spacy.blank("de")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("chronik_geo")
    doc = pipeline("Ein Anschlag erschütterte in der afghanischen Hauptstadt Kabul ein Hotel.")
    place = doc.spans["places"][0]._.place
    assert (place.name, place.country, place.feature) == ("Kabul", "AFG", "P.PPLC")


def test_a_region_dateline_stands_for_the_city_the_article_names(
        nlp: spacy.language.Language) -> None:
    first, _second = _locate(
        nlp, "Kurdistan – Zwei Polizisten wurden verletzt. Die Bombe explodierte vor einer Schule "
        "in Erbil.", ("verletzt", "180"), ("Bombe", "180"))
    assert (first["name"], first["rule"]) == ("Erbil", "dateline")


def test_a_headline_event_happened_where_its_body_event_did(
        nlp: spacy.language.Language) -> None:
    title, body = _locate(
        nlp, "Polizei nimmt Verdächtige fest. Paris – Die Polizei hat am Montag in Lyon drei "
        "Verdächtige festgenommen.",
        ("nimmt", "173", "FRACOP", "FRACVL"), ("festgenommen", "173", "FRACOP", "FRACVL"))
    assert (body["name"], body["rule"]) == ("Lyon", "clause")
    assert (title["name"], title["rule"]) == ("Lyon", "headline")


def test_a_headline_without_a_body_twin_takes_the_dateline(nlp: spacy.language.Language) -> None:
    title, _body = _locate(
        nlp, "Streit um Zölle. Rom – Die Polizei hat in Neapel drei Männer festgenommen.",
        ("Streit", "111", "ITAGOV", "USAGOV"), ("festgenommen", "173", "ITACOP", "ITACVL"))
    assert (title["name"], title["rule"]) == ("Rome", "dateline")


def test_an_actor_stays_where_it_last_acted(nlp: spacy.language.Language) -> None:
    *_, again = _locate(
        nlp, "Die Armee beschoss Stellungen bei Charkiw. Die Polizei nahm in Kiew zwei Männer "
        "fest. Die Armee setzte den Beschuss fort.",
        ("beschoss", "190", "UKRMIL", "RUSMIL"), ("nahm", "173", "UKRCOP", "UKRCVL"),
        ("setzte", "190", "UKRMIL", "RUSMIL"))
    assert (again["name"], again["rule"]) == ("Kharkiv", "actor")


def test_an_organisation_speaks_from_its_seat(nlp: spacy.language.Language) -> None:
    _arrest, statement = _locate(
        nlp, "Ankara – Die Polizei nahm zwei Journalisten fest. Die EU zeigte sich besorgt.",
        ("nahm", "173", "TURCOP", "TURMED"), ("besorgt", "110", "IGOEU", "TURGOV"))
    assert (statement["name"], statement["rule"]) == ("Brussels", "seat")


def test_where_another_actor_spoke_is_not_carried_over(nlp: spacy.language.Language) -> None:
    *_, protest = _locate(
        nlp, "Istanbul – Die Polizei räumte am Morgen einen Platz. Eine Sprecherin kritisierte "
        "in Brüssel das Vorgehen. Danach protestierten Hunderte Menschen.",
        ("räumte", "170", "TURCOP", "TURCVL"), ("kritisierte", "111", "IGOEU", "TURCOP"),
        ("protestierten", "141", "TURCVL", "TURCOP"))
    assert (protest["name"], protest["rule"]) == ("Istanbul", "dateline")


def test_a_place_that_belongs_to_another_noun_yields(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Tausende demonstrierten in Tiflis gegen die Wahlen in Abchasien.",
                    ("demonstrierten", "141"))
    assert loc["name"] == "Tbilisi"
    [fight] = _locate(nlp, "Die Armee meldete schwere Kämpfe bei Bachmut.", ("Kämpfe", "190"))
    assert fight["name"] == "Bakhmut"


def test_a_time_noun_does_not_own_the_place(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Über den Streit im Parlament sprachen sie am Montag in Prag.",
                    ("sprachen", "040"))
    assert loc["name"] == "Prague"


def test_of_two_dateline_places_the_one_of_the_source(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Kiew/Moskau (dpa) – Russland hat die Ukraine scharf kritisiert.",
                    ("kritisiert", "111", "RUSGOV", "UKRGOV"))
    assert (loc["name"], loc["rule"]) == ("Moscow", "dateline")


def test_a_trips_destination_in_a_relative_clause(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Die Ministerin begann ihre Reise, die sie danach nach Oslo führt.",
                    ("Reise", "042", "DEUGOV", "NORGOV"))
    assert (loc["name"], loc["rule"]) == ("Oslo", "clause")


def test_the_place_a_clause_is_about_without_a_preposition(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Raketen trafen am Abend die Hafenstadt Odessa.", ("trafen", "190"))
    assert (loc["name"], loc["rule"]) == ("Odesa", "clause")


def test_a_wire_story_of_our_own(nlp: spacy.language.Language) -> None:
    """Headline, dateline with agency, a frame with a place noun, a carried-over statement and a
    statement with its own place, as a news agency writes them."""
    text = ("Tote nach Angriff auf Charkiw. Kiew (dpa) – Bei einem russischen Luftangriff auf die "
            "ostukrainische Großstadt Charkiw sind mindestens drei Menschen getötet worden. Der "
            "Bürgermeister sagte, die Rettungsarbeiten dauerten an. Präsident Selenskyj forderte "
            "am Abend in Kiew mehr Flugabwehr.")
    title, attack, mayor, appeal = _locate(
        nlp, text, ("Angriff", "190", "RUSMIL", "UKRCVL"), ("getötet", "190", "RUSMIL", "UKRCVL"),
        ("sagte", "010", "UKRGOV", None), ("forderte", "0231", "UKRGOV", None))
    assert (attack["name"], attack["rule"]) == ("Kharkiv", "clause")
    assert (title["name"], title["rule"]) == ("Kharkiv", "headline")
    assert (mayor["name"], mayor["rule"]) == ("Kharkiv", "discourse")
    assert (appeal["name"], appeal["rule"]) == ("Kyiv", "clause")


def test_a_district_carried_over_stands_for_its_city(nlp: spacy.language.Language) -> None:
    raid, arrest = _locate(
        nlp, "Berlin – Die Polizei durchsuchte ein Büro im Bezirk Neukölln. Später nahmen "
        "Beamte zwei Männer fest.",
        ("durchsuchte", "170", "DEUCOP", "DEUCVL"), ("nahmen", "173", "DEUCOP", "DEUCVL"))
    assert (raid["text"], raid["rule"]) == ("Neukölln", "clause")
    assert (arrest["name"], arrest["rule"]) == ("Berlin", "actor")


def test_a_country_visited_or_a_town_attacked_without_a_preposition(
        nlp: spacy.language.Language) -> None:
    [visit] = _locate(nlp, "Die Ministerin besuchte am Montag Ägypten.",
                      ("besuchte", "042", "DEUGOV", "EGYGOV"))
    assert (visit["name"], visit["rule"]) == ("Egypt", "clause")
    [attack] = _locate(nlp, "Berlin – Raketen trafen in der Nacht Charkiw.",
                       ("trafen", "190", "RUSMIL", "UKRCVL"), locs=("Charkiw",))
    assert (attack["name"], attack["rule"]) == ("Kharkiv", "clause")
    [critic] = _locate(nlp, "Berlin – Die Regierung kritisierte Ägypten.",
                       ("kritisierte", "111", "DEUGOV", "EGYGOV"))
    assert critic["rule"] == "dateline"


def test_an_origin_on_the_verb_places_a_withdrawal(nlp: spacy.language.Language) -> None:
    [loc] = _locate(nlp, "Kiew – Die Armee zog ihre Truppen aus Cherson ab.",
                    ("zog", "087", "RUSMIL", "UKRGOV"))
    assert (loc["name"], loc["rule"]) == ("Kherson", "clause")
    [refugees] = _locate(nlp, "Wien – Die Behörden versorgten Flüchtlinge aus Syrien.",
                         ("versorgten", "070", "AUTGOV", "SYRREF"))
    assert refugees["rule"] == "dateline"


def test_the_dateline_region_named_again_stands_for_its_city(
        nlp: spacy.language.Language) -> None:
    first, _second = _locate(
        nlp, "Kurdistan – Bei einem Anschlag im Norden Kurdistans starben zwei Menschen. Die Bombe "
        "explodierte vor einer Schule in Erbil.", ("Anschlag", "180"), ("Bombe", "180"))
    assert (first["name"], first["rule"]) == ("Erbil", "clause")


def test_without_a_dateline_an_early_event_happened_at_the_lead_place(
        nlp: spacy.language.Language) -> None:
    first, second = _locate(nlp, "Bei einem Anschlag starben zehn Menschen. Die Bombe explodierte "
                            "vor einer Moschee in Kabul.", ("Anschlag", "180"), ("Bombe", "180"))
    assert (second["name"], second["rule"]) == ("Kabul", "clause")
    assert (first["name"], first["rule"]) == ("Kabul", "lead")


def test_last_resort_the_country_the_event_happens_to(nlp: spacy.language.Language) -> None:
    home, attack = _locate(nlp, "Die Regierung verteilte Saatgut an Bauern. Die Miliz überfiel "
                           "ein Dorf.", ("verteilte", "070", "KENGOV", "KENCVL"),
                           ("überfiel", "180", "SOMREB", "KENCVL"))
    assert (home["name"], home["rule"]) == ("Kenya", "actor_country")
    assert (attack["name"], attack["rule"]) == ("Kenya", "actor_country")
