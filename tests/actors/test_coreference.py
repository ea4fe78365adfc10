"""Pronouns and definite descriptions: agreement, binding in the clause, demonstratives,
"es" for states, and what refers back to whom (sentences written for these tests)."""

from __future__ import annotations

import pytest

from chronik.actors import code_text


def _pairs(text, date, actors):
    return [(span.text, m.code) for span, m in code_text(text, date, actors)]


def _antecedent(text, date, actors, surface):
    for span, m in code_text(text, date, actors):
        if span.text == surface:
            return text[m.antecedent[0]:m.antecedent[1]] if m.antecedent else None
    raise AssertionError(f"{surface!r} not coded")


def test_object_pronoun_is_not_the_subject_of_its_clause(actors):
    text = "Obama traf Putin. Er kritisierte ihn."
    assert _pairs(text, "2016-05-01", actors)[2:] == [("Er", "USAGOV"), ("ihn", "RUSGOV")]
    assert _antecedent(text, "2016-05-01", actors, "ihn") == "Putin"


def test_binding_sees_through_a_resolved_description(actors):
    # "Der Präsident" is Obama, so "ihn" in the same clause must be Putin
    text = "Obama traf Putin. Der Präsident kritisierte ihn."
    assert _pairs(text, "2016-05-01", actors)[-1] == ("ihn", "RUSGOV")


def test_a_new_clause_lifts_the_binding(actors):
    text = "Macron rief an. Er sagte, ihm sei das wichtig."
    assert [c for _t, c in _pairs(text, "2024-05-01", actors)] == ["FRAGOV"] * 3


def test_demonstrative_takes_the_most_recent_mention(actors):
    assert _pairs("Biden warnte Netanjahu. Dieser wies das zurück.", "2024-05-01", actors)[-1] == (
        "Dieser", "ISRGOV")


def test_demonstrative_determiner_is_no_pronoun(actors):
    codes = _pairs("Biden warnte Netanjahu. Dieser Schritt sei falsch.", "2024-05-01", actors)
    assert [t for t, _c in codes] == ["Biden", "Netanjahu"]


@pytest.mark.parametrize("text, expected", [
    ("Baerbock traf Wang Yi. Die Ministerin sprach offen.", "DEUGOV"),
    ("Wang Yi traf Baerbock. Die Ministerin sprach offen.", "DEUGOV"),
    ("Baerbock traf Wang Yi. Der Minister sprach offen.", "CHNGOV"),
])
def test_definite_description_agrees_in_gender(actors, text, expected):
    assert _pairs(text, "2024-05-01", actors)[-1][1] == expected


def test_feminine_and_plural_countries_are_antecedents(actors):
    assert _pairs("Die Ukraine bat Polen um Hilfe. Sie erhielt Waffen.", None, actors)[-1] == (
        "Sie", "UKRGOV")
    assert _pairs("Die USA warnten Kuba. Sie drohten mit Sanktionen.", None, actors)[-1] == (
        "Sie", "USAGOV")


@pytest.mark.parametrize("text, expected", [
    ("Peking reagierte empört. Es kündigte Gegenmaßnahmen an.", ["CHNGOV", "CHNGOV"]),
    ("Peking reagierte empört. Es gibt Streit.", ["CHNGOV"]),
    ("Peking reagierte empört. Es kam zu Protesten.", ["CHNGOV"]),
    ("Merkel reagierte empört. Es kündigte sich Streit an.", ["DEUGOV"]),
])
def test_es_refers_to_a_state_only_as_a_personal_subject(actors, text, expected):
    assert [c for _t, c in _pairs(text, "2015-01-01", actors)] == expected


def test_counted_demonyms_are_people_not_the_state(actors):
    pairs = _pairs("In Iran wurden zwei Deutsche festgenommen. Die Deutschen protestierten.",
                   None, actors)
    assert ("Deutsche", "DEUCVL") in pairs
    assert pairs[-1] == ("Die Deutschen", "DEUGOV")


def test_state_organ_does_not_take_a_private_persons_country(actors):
    text = "Die Behörden in Iran nahmen zwei Deutsche fest. Die Beamten schwiegen."
    assert _pairs(text, None, actors)[-1] == ("Die Beamten", "IRNCOP")


def test_headline_description_is_no_antecedent_for_a_later_one(actors):
    text = "Marokko meldet Festnahme. Ein Belgier wurde in Rabat gefasst. Der Verdächtige schwieg."
    assert _pairs(text, None, actors)[-1] == ("Der Verdächtige", "BELCRM")


def test_relational_noun_without_owner(actors):
    text = "Die Polizei in Hamburg nahm zwei Männer fest. Ein Sprecher sagte, sie seien bewaffnet."
    assert ("Ein Sprecher", "DEUCOP") in _pairs(text, None, actors)
    assert _pairs("Ein Sprecher sagte nichts.", None, actors) == []


def test_surname_after_unknown_given_name_is_not_the_listed_person(actors):
    # Tony Abbott is listed; Greg Abbott is not
    assert all(c != "AUSGOV" for _t, c in _pairs(
        "Der Gouverneur von Texas, Greg Abbott, klagte.", "2024-05-01", actors))


def test_federal_institutions_default_to_germany_but_follow_an_austrian_article(actors):
    assert _pairs("Die Bundesregierung kritisierte Moskau.", None, actors)[0][1] == "DEUGOV"
    text = "Österreich und Österreich. Die Bundesregierung in Wien schwieg."
    assert _pairs(text, None, actors)[-1][1] == "AUTGOV"
