"""The actor dictionary as data: generated countries, curated forms, dated persons."""

from __future__ import annotations

import re

import pycountry
import pytest

from chronik.actors import ActorDictionary
from chronik.actors.build_countries import output_path, render
from chronik.actors.dictionary import shipped_dir
from chronik.actors.forms import expand, fold
from chronik.actors.userdict import add_alias, add_person

CODE = re.compile(r"^([A-Z]{3}|---)([A-Z]{2,4})?$")


def test_countries_file_is_up_to_date():
    assert output_path().read_text(encoding="utf-8") == render(), (
        "run: python -m chronik.actors.build_countries")


def test_every_iso_country_is_known(actors):
    for country in pycountry.countries:
        assert country.alpha_3 in actors.countries
    assert actors.lookup("Nordkorea")[0].code == "PRKGOV"
    assert actors.lookup("Elfenbeinküste")[0].country == "CIV"


def test_brace_alternation():
    assert expand("Außenminister{|s|n}") == ["Außenminister", "Außenministers", "Außenministern"]
    assert expand("Weiße{|n} Haus{|es}") == ["Weiße Haus", "Weiße Hauses", "Weißen Haus",
                                            "Weißen Hauses"]


def test_folding_keeps_offsets_and_ignores_diacritics():
    assert fold("Erdoğan") == fold("Erdogan")
    assert len(fold("İstanbul")) == len("İstanbul")


@pytest.mark.parametrize("form", ["Russland", "Russlands", "russische", "russischen",
                                  "russischer", "russisches", "russischem", "Russe", "Russen",
                                  "Russin", "Moskau", "Moskaus", "Kreml", "Kremls"])
def test_inflected_country_forms(actors, form):
    assert [m.code for m in actors.lookup(form)] == ["RUSGOV"]


@pytest.mark.parametrize("name, date, code", [
    ("Lawrow", "2018-06-01", "RUSGOV"),
    ("Sergej Lawrow", "2000", "RUSGOV"),          # UN ambassador then
    ("Kim Jong-un", "2018-06", "PRKGOV"),
    ("Kim Jong-un", "2005-03-01", "PRKELI"),      # held no office: home country + ELI
    ("Donald Trump", "2005", "USABUS"),
    ("Donald Trump", "2022-05-01", "USAOPP"),
    ("Federica Mogherini", "2016", "IGOEU"),
    ("Federica Mogherini", "2014-06", "ITAGOV"),
    ("Merz", "2023-01-01", "DEUOPP"),
    ("Merz", "2025-06-01", "DEUGOV"),
    ("Tusk", "2016", "IGOEU"),
])
def test_person_codes_depend_on_the_date(actors, name, date, code):
    assert [m.code for m in actors.lookup(name, date)] == [code]


def test_without_date_the_latest_role_wins(actors):
    assert actors.lookup("Federica Mogherini")[0].code == "IGOEU"
    assert actors.lookup("Annalena Baerbock")[0].code == "IGOUNO"


def test_ambiguous_short_names_need_a_date_or_context(actors):
    # "Kim" is several North Korean leaders; at a date only the active ones remain
    assert {m.entry for m in actors.lookup("Kim", "2005")} == {"person:kim-jong-il",
                                                               "person:kim-yong-nam"}


def test_person_entries_are_well_formed(actors):
    for person in actors.persons.values():
        assert person.roles, person.id
        for role in person.roles:
            assert CODE.match(role.code), (person.id, role.code)
            for value in (role.start, role.end):
                assert value is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), (person.id, value)
            assert role.start is None or role.end is None or role.start <= role.end, person.id


def test_dictionary_size(actors):
    stats = actors.stats()
    assert stats["countries"] >= 249 and stats["countries_curated"] >= 120
    assert stats["persons"] >= 400 and stats["person_roles"] >= 600


def test_user_folder_is_merged(tmp_path):
    add_person(tmp_path, "Erika Musterfrau", "DEUGOV", "2026-01-01", None, "Ministerin",
               aliases=["E. Musterfrau"], gender="f")
    add_alias(tmp_path, "Sergei Wiktorowitsch Lawrow", "lawrow")
    actors = ActorDictionary.load(extra_dirs=[tmp_path], use_env=False)
    assert actors.lookup("Musterfrau", "2026-02-01")[0].code == "DEUGOV"
    assert actors.lookup("Sergei Wiktorowitsch Lawrow", "2019")[0].entry == "person:lawrow"
    assert shipped_dir() in actors.dirs and tmp_path.resolve() in actors.dirs


def test_user_folder_from_environment(tmp_path, monkeypatch):
    add_person(tmp_path, "Max Mustermann", "AUTOPP", "2020", None)
    monkeypatch.setenv("CHRONIK_ACTORS_DIR", str(tmp_path))
    assert ActorDictionary.load().lookup("Max Mustermann")[0].code == "AUTOPP"


def test_a_title_in_the_text_names_a_role_the_person_held_before_the_article_date() -> None:
    from chronik.actors.coder import code_text

    def codes(text: str, date: str) -> list[str]:
        return [mention.code for _span, mention in code_text(text, date)]

    assert codes("Bundeskanzler Olaf Scholz reiste nach Kiew.", "2025-06-10")[0] == "DEUGOV"
    assert codes("Der frühere Bundeskanzler Olaf Scholz reiste nach Kiew.", "2025-06-10")[0] \
        == "DEUELI"
    assert codes("Olaf Scholz reiste nach Kiew.", "2025-06-10")[0] == "DEUELI"


def test_a_one_word_name_is_a_person_only_when_the_article_gives_it_in_full() -> None:
    import spacy
    from spacy.tokens import Span

    from chronik.actors.coder import _unlisted_names

    nlp = spacy.blank("de")
    doc = nlp("Tarik Toros sprach . Toros sagte , Chlorgas sei eingesetzt worden .")
    doc.ents = [Span(doc, 0, 2, "PER"), Span(doc, 4, 5, "PER"), Span(doc, 7, 8, "PER")]
    names = [doc[p.start:p.end].text for p in _unlisted_names(doc, [], 0)]
    assert names == ["Tarik Toros", "Toros"]
