"""Actor recognition in hand-written German sentences, with the article date."""

from __future__ import annotations

import pytest

from chronik.actors import code_text


def codes(text, date=None, actors=None):
    return [(span.text, mention.code) for span, mention in code_text(text, date, actors)]


@pytest.mark.parametrize("text, date, expected", [
    ("Außenminister Sergej Lawrow reiste nach Pjöngjang.", "2018-06-01",
     [("Außenminister Sergej Lawrow", "RUSGOV"), ("Pjöngjang", "PRKGOV")]),
    ("Nordkoreas Machthaber Kim Jong-un ließ Raketen testen.", "2018-06-01",
     [("Nordkoreas Machthaber Kim Jong-un", "PRKGOV")]),
    ("Kreml-Chef Wladimir Putin empfing US-Präsident Donald Trump.", "2018-07-16",
     [("Kreml-Chef Wladimir Putin", "RUSGOV"), ("US-Präsident Donald Trump", "USAGOV")]),
    ("Der russische Chefdiplomat traf die Vertreter Seouls.", "2018-06-01",
     [("Der russische Chefdiplomat", "RUSGOV"), ("die Vertreter Seouls", "KORGOV")]),
    ("Die syrische Opposition warf der Regierung in Damaskus Folter vor.", "2015-08-01",
     [("Die syrische Opposition", "SYROPP"), ("der Regierung in Damaskus", "SYRGOV")]),
    ("Russland und China enthielten sich.", None, [("Russland", "RUSGOV"), ("China", "CHNGOV")]),
    ("Das Weiße Haus dementierte einen Bericht der EU-Kommission.", None,
     [("Das Weiße Haus", "USAGOV"), ("der EU-Kommission", "IGOEU")]),
    ("Der israelische Verteidigungsminister besuchte Washington.", "2016-06-01",
     [("Der israelische Verteidigungsminister", "ISRGOV"), ("Washington", "USAGOV")]),
])
def test_names_and_descriptions(actors, text, date, expected):
    assert codes(text, date, actors) == expected


def test_same_name_other_date(actors):
    assert codes("Kim Jong-un besuchte eine Schule.", "2005-05-01", actors) == [
        ("Kim Jong-un", "PRKELI")]
    assert codes("Präsident Putin sprach im Fernsehen.", "2010-01-01", actors) == [
        ("Präsident Putin", "RUSGOV")]


def test_rebels_take_the_country_of_the_article(actors):
    text = "In Syrien gehen die Kämpfe weiter. Rebellen beschossen einen Stützpunkt."
    assert ("Rebellen", "SYRREB") in codes(text, "2016-01-01", actors)


def test_surname_after_full_mention(actors):
    text = "Die Regierung von Präsidentin Park Geun-hye protestierte. Park nannte den Test gefährlich."
    found = codes(text, "2016-01-10", actors)
    assert ("Park", "KORGOV") in found


def test_unknown_person_introduced_with_a_role(actors):
    text = "Der Abgeordnete Jan Beispielmann wurde in Kiew festgenommen. Beispielmann bestritt alles."
    found = dict(codes(text, "2015-01-01", actors))
    assert found["Der Abgeordnete Jan Beispielmann"] == "UKRLEG"
    assert found["Beispielmann"] == "UKRLEG"


def test_pronouns_and_definite_descriptions_point_back(actors):
    text = ("Nordkoreas Machthaber Kim Jong-un besichtigte eine Fabrik. "
            "Der Machthaber sagte, er sei zufrieden.")
    found = code_text(text, "2018-06-01", actors)
    by_text = {span.text: mention for span, mention in found}
    assert by_text["Der Machthaber"].code == "PRKGOV"
    assert by_text["Der Machthaber"].antecedent == (0, len("Nordkoreas Machthaber Kim Jong-un"))
    assert by_text["er"].code == "PRKGOV"
    assert by_text["er"].antecedent is not None


def test_entries_and_fields(actors):
    (span, mention), = code_text("Sergej Lawrow lächelte.", "2018-06-01", actors)
    assert (mention.code, mention.country, mention.sector) == ("RUSGOV", "RUS", "GOV")
    assert mention.entry == "person:lawrow" and mention.name == "Sergej Lawrow"


def test_surname_of_a_former_office_holder(actors):
    # the only "Maduro" in the dictionary, no office at the date: home country + ELI
    assert codes("Maduro wurde in New York angeklagt.", "2026-02-01", actors) == [
        ("Maduro", "VENELI")]


def test_former_office_holders(actors):
    text = ("Der Ex-Staatschef Nicolas Sarkozy kritisierte Hollande. "
            "Der frühere Präsident sagte, er habe nichts falsch gemacht.")
    found = dict(codes(text, "2015-06-01", actors))
    assert found["Der Ex-Staatschef Nicolas Sarkozy"] == "FRAOPP"   # his role in 2015
    assert found["Hollande"] == "FRAGOV"
    assert found["Der frühere Präsident"] == "FRAOPP"               # Sarkozy, not Hollande
    assert codes("Die ehemalige Ministerin schwieg.", "2015-06-01", actors) == [
        ("Die ehemalige Ministerin", "---ELI")]


@pytest.mark.parametrize("text, expected", [
    ("Die Trump-Regierung und das Pentagon drohten den Huthi-Rebellen.",
     ["USAGOV", "USAMIL", "YEMREB"]),
    ("Israels Armee griff Hamas-Kämpfer an; die Hisbollah reagierte.",
     ["ISRMIL", "PSEREB", "LBNREB"]),
    ("NATO-Generalsekretär Mark Rutte traf Selenskyj in Kyjiw.", ["IGONAT", "UKRGOV", "UKRGOV"]),
    ("Irans Revolutionsgarden und Hisbollah-Chef Naim Kassem warnten Netanjahu.",
     ["IRNMIL", "LBNREB", "ISRGOV"]),
    ("Der Kreml-Sprecher Dmitri Peskow wies die Vorwürfe Washingtons zurück.",
     ["RUSGOV", "USAGOV"]),
    ("Chinas Außenminister Wang Yi empfing seinen russischen Amtskollegen Sergej Lawrow.",
     ["CHNGOV", "RUSGOV"]),
])
def test_compounds_and_appositions_2025(actors, text, expected):
    assert [code for _text, code in codes(text, "2025-03-10", actors)] == expected
