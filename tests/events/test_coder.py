"""The coder on hand-made Docs: roles, coordination, passives, dates, evidence, header."""

from __future__ import annotations

from chronik.events import code_doc, load_resources

RES = load_resources()


def _codes(doc):
    return [(e.code, e.source, e.target, e.mode) for e in code_doc(doc, RES)]


def test_invitation_with_separable_particle(doc_maker) -> None:
    doc = doc_maker("Lawrow lädt Kim nach Moskau ein .".split(),
                    actors=[(0, 1, "RUSGOV"), (2, 3, "PRKGOV"), (4, 5, "RUSGOV")])
    (event,) = code_doc(doc, RES)
    assert (event.code, event.source, event.target) == ("036", "RUSGOV", "PRKGOV")
    assert event.trigger == "lädt ... ein"
    assert event.pattern == "verb:einladen"
    assert event.plover == "AGREE"
    assert doc.text[event.evidence["start"]:event.evidence["end"]].startswith("lädt")


def test_subject_after_the_verb_in_v2(doc_maker) -> None:
    doc = doc_maker("Am Montag empfing Kim den Minister Lawrow .".split(),
                    actors=[(3, 4, "PRKGOV"), (4, 7, "RUSGOV")])
    assert _codes(doc) == [("043", "PRKGOV", "RUSGOV", "asserted")]


def test_passive_agent_is_the_source(doc_maker) -> None:
    doc = doc_maker("Der Reporter wurde von der Polizei festgenommen .".split(),
                    actors=[(0, 2, "TURMED"), (4, 6, "TURCOP")])
    assert _codes(doc) == [("173", "TURCOP", "TURMED", "asserted")]


def test_passive_without_agent_takes_the_sector_from_the_dictionary(doc_maker) -> None:
    doc = doc_maker("Der Reporter wurde festgenommen .".split(), actors=[(0, 2, "TURMED")])
    (event,) = code_doc(doc, RES)
    assert (event.source, event.target, event.source_text) == ("TURCOP", "TURMED", None)


def test_coordinated_subjects_give_one_event_each(doc_maker) -> None:
    doc = doc_maker("Paris und Berlin kritisierten Moskau .".split(),
                    actors=[(0, 1, "FRAGOV"), (2, 3, "DEUGOV"), (4, 5, "RUSGOV")])
    assert _codes(doc) == [("111", "FRAGOV", "RUSGOV", "asserted"),
                           ("111", "DEUGOV", "RUSGOV", "asserted")]


def test_between_gives_a_dyad_for_a_symmetric_noun(doc_maker) -> None:
    doc = doc_maker("Die Kämpfe zwischen der Armee und den Rebellen dauern an .".split(),
                    actors=[(3, 5, "SDNMIL"), (6, 8, "SDNREB")])
    assert _codes(doc) == [("190", "SDNMIL", "SDNREB", "asserted")]


def test_reported_speech_source_follows_the_verb(doc_maker) -> None:
    doc = doc_maker("Man sei bereit , sagte Lawrow gegenüber Kim .".split(),
                    actors=[(5, 6, "RUSGOV"), (7, 8, "PRKGOV")])
    assert _codes(doc) == [("010", "RUSGOV", "PRKGOV", "asserted")]


def test_no_event_without_a_source_actor(doc_maker) -> None:
    doc = doc_maker("Die Zeitung kritisierte Moskau .".split(), actors=[(3, 4, "RUSGOV")])
    assert _codes(doc) == []


def test_date_from_the_clause_else_the_article_else_none(doc_maker) -> None:
    words = "Lawrow reiste am Donnerstag nach Pjöngjang .".split()
    actors = [(0, 1, "RUSGOV"), (5, 6, "PRKGOV")]
    dated = doc_maker(words, actors, timexes=[(2, 4, "2018-05-31")], published="2018-06-01")
    (event,) = code_doc(dated, RES)
    assert (event.date, event.date_text, event.date_from) == ("2018-05-31", "am Donnerstag",
                                                             "text")
    (event,) = code_doc(doc_maker(words, actors, published="2018-06-01"), RES)
    assert (event.date, event.date_from) == ("2018-06-01", "article")
    (event,) = code_doc(doc_maker(words, actors), RES)
    assert (event.date, event.date_from) == (None, None)


def test_a_later_date_in_the_text_makes_the_event_planned(doc_maker) -> None:
    doc = doc_maker("Kim trifft Trump am 12. Juni .".split(),
                    actors=[(0, 1, "PRKGOV"), (2, 3, "USAGOV")],
                    timexes=[(3, 6, "2018-06-12")], published="2018-06-01")
    assert _codes(doc) == [("040", "PRKGOV", "USAGOV", "planned")]


def test_tokens_before_the_body_are_skipped(doc_maker) -> None:
    words = "Berlin kritisiert Moskau . Paris lobt Rom .".split()
    doc = doc_maker(words, actors=[(0, 1, "DEUGOV"), (2, 3, "RUSGOV"), (4, 5, "FRAGOV"),
                                   (6, 7, "ITAGOV")], body_start=len("Berlin kritisiert Moskau. "))
    events = code_doc(doc, RES)
    assert [(e.code, e.source) for e in events] == [("051", "FRAGOV")]
    sentence_start = doc[4].idx
    assert sentence_start <= events[0].evidence["start"] < sentence_start + len(events[0].sentence)


def test_dependency_roles_when_the_doc_is_parsed(doc_maker) -> None:
    # "Moskau kritisiert Berlin ." parsed: the object comes first in the word order here,
    # "Berlin kritisiert Moskau" reversed by the parse only.
    words = ["Den", "Plan", "kritisiert", "Moskau", "."]
    doc = doc_maker(words, actors=[(0, 2, "DEUGOV"), (3, 4, "RUSGOV")],
                    heads=[1, 2, 2, 2, 2], deps=["det", "obj", "ROOT", "nsubj", "punct"],
                    lemmas=["der", "Plan", "kritisieren", "Moskau", "."],
                    pos=["DET", "NOUN", "VERB", "PROPN", "PUNCT"])
    assert _codes(doc) == [("111", "RUSGOV", "DEUGOV", "asserted")]


def test_an_actor_inside_a_non_actor_subject_speaks_for_it(doc_maker) -> None:
    doc = doc_maker("Ein Kommentar in der Zeitung forderte den Kanzler zum Rücktritt auf .".split(),
                    actors=[(3, 5, "DEUMED"), (6, 8, "DEUGOV")])
    assert _codes(doc) == [("1041", "DEUMED", "DEUGOV", "asserted")]


def test_an_event_noun_as_subject_does_not_lend_its_attribute(doc_maker) -> None:
    doc = doc_maker("Das Attentat des IS auf das Hotel forderte Opfer .".split(),
                    actors=[(2, 4, "EGYREB"), (5, 7, "EGYCVL")])
    assert _codes(doc) == [("180", "EGYREB", "EGYCVL", "asserted")]


def test_implicit_police_of_the_country_where_it_happened(doc_maker) -> None:
    doc = doc_maker("In Marokko ist ein Belgier festgenommen worden .".split(),
                    actors=[(1, 2, "MARGOV"), (3, 5, "BELCRM")])
    assert _codes(doc) == [("173", "MARCOP", "BELCRM", "asserted")]


def test_a_demand_is_addressed_to_the_subject_of_its_content_clause(doc_maker) -> None:
    doc = doc_maker("Die Opposition fordert , dass der Präsident zurücktritt .".split(),
                    actors=[(0, 2, "TUROPP"), (5, 7, "TURGOV")])
    assert ("1041", "TUROPP", "TURGOV", "asserted") in _codes(doc)


def test_the_content_of_a_demand_is_not_a_further_event(doc_maker) -> None:
    doc = doc_maker("Die Opposition fordert , dass der Präsident zurücktritt .".split(),
                    actors=[(0, 2, "TUROPP"), (5, 7, "TURGOV")])
    assert [code for code, *_ in _codes(doc)] == ["1041"]


def test_a_visit_needs_an_official_traveller(doc_maker) -> None:
    words = "Der Mann reiste nach Syrien .".split()
    assert _codes(doc_maker(words, actors=[(0, 2, "MARCVL"), (4, 5, "SYRGOV")])) == []
    assert _codes(doc_maker(words, actors=[(0, 2, "MARGOV"), (4, 5, "SYRGOV")])) == [
        ("042", "MARGOV", "SYRGOV", "asserted")]


def test_a_denial_answers_the_accusation_before_it(doc_maker) -> None:
    words = "Die Opposition wirft der Armee Folter vor . Die Regierung weist den Vorwurf zurück .".split()
    doc = doc_maker(words, actors=[(0, 2, "SYROPP"), (3, 5, "SYRMIL"), (8, 10, "SYRGOV")])
    assert _codes(doc) == [("1122", "SYROPP", "SYRMIL", "asserted"),
                           ("016", "SYRGOV", "SYROPP", "asserted")]


def test_implicit_agent_from_the_article_when_the_sentence_names_no_place(doc_maker) -> None:
    words = "Kairo kritisiert Doha . Der Reporter wurde abgeschoben .".split()
    doc = doc_maker(words, actors=[(0, 1, "EGYGOV"), (2, 3, "QATGOV"), (4, 6, "AUSMED")])
    events = code_doc(doc, RES)
    assert (events[-1].code, events[-1].source, events[-1].target) == ("174", "EGYGOV", "AUSMED")


def test_killing_fighters_is_combat_killing_civilians_is_not(doc_maker) -> None:
    words = "Die Miliz tötete die Männer .".split()
    fighters = doc_maker(words, actors=[(0, 2, "LBYREB"), (3, 5, "LBYREB")])
    assert [(e.code, e.plover) for e in code_doc(fighters, RES)] == [("190", "ASSAULT")]
    civilians = doc_maker(words, actors=[(0, 2, "LBYREB"), (3, 5, "LBYCVL")])
    assert [e.code for e in code_doc(civilians, RES)] == ["180"]


def test_relative_clause_after_a_nominal_trigger_names_its_source(doc_maker) -> None:
    doc = doc_maker("Es folgten Drohungen , die Teheran gegen Riad ausstieß .".split(),
                    actors=[(5, 6, "IRNGOV"), (7, 8, "SAUGOV")])
    assert _codes(doc) == [("130", "IRNGOV", "SAUGOV", "asserted")]


def test_a_demand_noun_addresses_the_subject_of_its_dass_clause(doc_maker) -> None:
    doc = doc_maker("Die Forderung der Gewerkschaft , dass die Regierung handelt , ist alt .".split(),
                    actors=[(2, 4, "FRALAB"), (6, 8, "FRAGOV")])
    assert _codes(doc) == [("100", "FRALAB", "FRAGOV", "asserted")]


def test_a_wie_clause_is_no_content_clause_for_a_noun(doc_maker) -> None:
    doc = doc_maker("Die Forderung der Gewerkschaft , wie die Regierung sagt , ist alt .".split(),
                    actors=[(2, 4, "FRALAB"), (6, 8, "FRAGOV")])
    assert _codes(doc) == []


def test_genitive_actor_inside_the_trigger_preposition_phrase_is_the_target(doc_maker) -> None:
    doc = doc_maker("Die Drohungen Moskaus gegen Dutzende Abgeordnete des Parlaments nehmen zu .".split(),
                    actors=[(2, 3, "RUSGOV"), (6, 8, "MDALEG")])
    assert _codes(doc) == [("130", "RUSGOV", "MDALEG", "asserted")]


def test_a_visit_in_a_setting_phrase_belongs_to_the_clause_subject(doc_maker) -> None:
    doc = doc_maker("Das sei gut , sagte Blinken bei einem Besuch in Ankara .".split(),
                    actors=[(5, 6, "USAGOV"), (10, 11, "TURGOV")])
    assert _codes(doc) == [("042", "USAGOV", "TURGOV", "asserted")]


def test_a_comma_in_a_noun_list_does_not_split_the_clause(doc_maker) -> None:
    doc = doc_maker("Die Junta ging gegen Anhänger der Partei in Armee , Justiz und Presse vor .".split(),
                    actors=[(0, 2, "MMRGOV"), (5, 7, "MMROPP")])
    assert _codes(doc) == [("170", "MMRGOV", "MMROPP", "asserted")]


def test_an_event_without_a_target_continues_its_source_s_latest_exchange(doc_maker) -> None:
    doc = doc_maker("Die Polizei stürmte den Sender . Die Beamten setzten Tränengas ein .".split(),
                    actors=[(0, 2, "TURCOP"), (3, 5, "TURMED"), (6, 8, "TURCOP")])
    assert _codes(doc)[1] == ("175", "TURCOP", "TURMED", "asserted")


def test_a_statement_keeps_no_target_from_the_exchange_before_it(doc_maker) -> None:
    doc = doc_maker("Die Polizei stürmte den Sender . Die Polizei warnte vor Gewalt .".split(),
                    actors=[(0, 2, "TURCOP"), (3, 5, "TURMED"), (6, 8, "TURCOP")])
    assert _codes(doc)[1] == ("012", "TURCOP", None, "asserted")


def test_a_protest_without_addressee_is_aimed_at_the_protesters_own_state(doc_maker) -> None:
    doc = doc_maker("Tausende Bauern protestierten in Paris .".split(), actors=[(0, 2, "FRACVL")])
    assert _codes(doc) == [("141", "FRACVL", "FRAGOV", "asserted")]


def test_what_an_actor_must_do_in_reported_speech_is_the_speaker_s_demand(doc_maker) -> None:
    doc = doc_maker("Russland müsse seine Truppen abziehen , sagte die Ministerin .".split(),
                    actors=[(0, 1, "RUSGOV"), (7, 9, "DEUGOV")])
    (event,) = code_doc(doc, RES)
    assert (event.code, event.source, event.target, event.mode) == \
        ("100", "DEUGOV", "RUSGOV", "asserted")
    assert event.trigger == "müsse"


def test_the_owner_named_in_a_passive_subject_suffers_the_event(doc_maker) -> None:
    doc = doc_maker("Das Büro des Senders wurde durchsucht .".split(), actors=[(2, 4, "TURMED")])
    (event,) = code_doc(doc, RES)
    assert (event.code, event.source, event.target) == ("170", "TURCOP", "TURMED")


def test_a_genitive_behind_adjectives_is_the_noun_s_actor(doc_maker) -> None:
    doc = doc_maker("Die Drohungen der neuen russischen Regierung gegen Kiew nehmen zu .".split(),
                    actors=[(5, 6, "RUSGOV"), (7, 8, "UKRGOV")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("13", "RUSGOV", "UKRGOV")]


def test_a_country_adjective_before_a_nominal_trigger_is_its_source(doc_maker) -> None:
    doc = doc_maker("Seit einem iranischen Raketentest wächst die Sorge .".split(),
                    actors=[(1, 3, "IRNMIL")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == [("150", "IRNMIL", None)]


def test_a_place_named_with_in_is_the_setting_not_the_target(doc_maker) -> None:
    doc = doc_maker("Die Milizen haben im Irak Giftgas eingesetzt .".split(),
                    actors=[(0, 2, "SYRREB"), (4, 5, "IRQGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == [("2041", "SYRREB", None)]


def test_what_an_actor_must_do_is_not_an_event_that_happened(doc_maker) -> None:
    doc = doc_maker("Seoul müsse sich entschuldigen .".split(), actors=[(0, 1, "KORGOV")])
    assert code_doc(doc, RES) == []


def test_an_allegation_with_sollen_is_still_coded(doc_maker) -> None:
    doc = doc_maker("Die Milizen sollen Giftgas eingesetzt haben , sagte der Minister .".split(),
                    actors=[(0, 2, "SYRREB"), (7, 9, "USAGOV")])
    assert [(e.code, e.source) for e in code_doc(doc, RES)] == [("2041", "SYRREB")]


def test_where_a_meeting_takes_place_decides_visit_or_third_place(doc_maker) -> None:
    visit = doc_maker("In Kairo traf Kerry den Präsidenten .".split(),
                      actors=[(1, 2, "EGYGOV"), (3, 4, "USAGOV"), (4, 6, "EGYGOV")])
    hosted = doc_maker("Putin traf Erdogan in Moskau .".split(),
                       actors=[(0, 1, "RUSGOV"), (2, 3, "TURGOV"), (4, 5, "RUSGOV")])
    third = doc_maker("Kerry traf Abbas in Jordanien .".split(),
                      actors=[(0, 1, "USAGOV"), (2, 3, "PSEGOV"), (4, 5, "JORGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(visit, RES)] == \
        [("042", "USAGOV", "EGYGOV")]
    assert [(e.code, e.source, e.target) for e in code_doc(hosted, RES)] == \
        [("042", "TURGOV", "RUSGOV")]
    assert [(e.code, e.source, e.target) for e in code_doc(third, RES)] == \
        [("044", "USAGOV", "PSEGOV")]


def test_a_short_parenthesis_does_not_end_the_clause(doc_maker) -> None:
    doc = doc_maker("Die Polizei hat Anhänger der Miliz ( IS ) festgenommen .".split(),
                    actors=[(0, 2, "IRNCOP"), (4, 6, "IRNREB"), (7, 8, "IRNREB")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("173", "IRNCOP", "IRNREB")]


def test_seit_with_a_noun_phrase_is_no_clause(doc_maker) -> None:
    doc = doc_maker("Indien wirft Pakistan seit Jahren Spionage vor .".split(),
                    actors=[(0, 1, "INDGOV"), (2, 3, "PAKGOV")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("11", "INDGOV", "PAKGOV")]


def test_an_article_less_genitive_plural_is_an_attribute_not_a_target(doc_maker) -> None:
    doc = doc_maker("Die Milizen haben nach Angaben lokaler Medien Kämpfer getötet .".split(),
                    actors=[(0, 2, "LBYREB"), (6, 7, "LBYMED"), (7, 8, "LBYREB")])
    assert [(e.source, e.target) for e in code_doc(doc, RES)] == [("LBYREB", "LBYREB")]


def test_a_country_adjective_in_an_attribution_is_no_target(doc_maker) -> None:
    doc = doc_maker("Die Armee beschoss nach syrischen Angaben ein Dorf .".split(),
                    actors=[(0, 2, "TURMIL"), (4, 5, "SYRGOV")])
    assert [(e.source, e.target) for e in code_doc(doc, RES)] in ([], [("TURMIL", None)])


def test_von_after_a_noun_of_release_names_who_is_released(doc_maker) -> None:
    doc = doc_maker("Die Freilassung von Badawi durch die Behörden überrascht .".split(),
                    actors=[(3, 4, "SAUMED"), (5, 7, "SAUGOV")])
    assert [(e.code[:3], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("084", "SAUGOV", "SAUMED")]


def test_von_before_an_attributive_participle_is_not_the_passive_agent(doc_maker) -> None:
    doc = doc_maker("Die von Badawi gegründete Zeitung wurde von den Behörden verboten .".split(),
                    actors=[(2, 3, "SAUCVL"), (4, 5, "SAUMED"), (7, 9, "SAUGOV")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("17", "SAUGOV", "SAUMED")]


def test_coordinated_subjects_acting_on_each_other_give_both_directions(doc_maker) -> None:
    doc = doc_maker("Pakistan und Indien beschuldigen sich gegenseitig .".split(),
                    actors=[(0, 1, "PAKGOV"), (2, 3, "INDGOV")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("11", "PAKGOV", "INDGOV"), ("11", "INDGOV", "PAKGOV")]


def test_an_infinitive_with_zu_and_a_modal_takes_the_main_subject(doc_maker) -> None:
    doc = doc_maker("Die Regierung kündigte an , mit der Opposition verhandeln zu wollen .".split(),
                    actors=[(0, 2, "ARMGOV"), (6, 8, "ARMOPP")])
    assert [(e.code, e.source, e.target, e.mode) for e in code_doc(doc, RES)] == \
        [("046", "ARMGOV", "ARMOPP", "planned")]


def test_von_after_a_nominal_trigger_is_not_the_passive_agent(doc_maker) -> None:
    doc = doc_maker("Während des Besuchs von Papst Franziskus in Kuba wurden Dissidenten "
                    "festgenommen .".split(),
                    actors=[(4, 6, "VATGOV"), (7, 8, "CUBGOV"), (9, 10, "CUBOPP")])
    arrests = [(e.source, e.target) for e in code_doc(doc, RES) if e.code.startswith("17")]
    assert arrests == [("CUBCOP", "CUBOPP")]


def test_nobody_cooperates_with_itself(doc_maker) -> None:
    doc = doc_maker("Sie teilen alle Informationen mit der serbischen Regierung .".split(),
                    actors=[(0, 1, "SRBGOV"), (5, 8, "SRBGOV")])
    assert code_doc(doc, RES) == []


def test_an_impersonal_passive_names_its_target_with_a_preposition(doc_maker) -> None:
    doc = doc_maker("Gegen den Minister wird ermittelt .".split(), actors=[(1, 3, "DEUGOV")])
    assert [(e.code, e.target) for e in code_doc(doc, RES)] == [("091", "DEUGOV")]


def test_a_visit_in_a_setting_phrase_is_an_event_of_its_own(doc_maker) -> None:
    doc = doc_maker("Nach seinem Besuch in Polen kritisierte Lawrow die Regierung .".split(),
                    actors=[(4, 5, "POLGOV"), (6, 7, "RUSGOV"), (8, 10, "POLGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("042", "RUSGOV", "POLGOV"), ("111", "RUSGOV", "POLGOV")]


def test_a_setting_phrase_takes_its_party_from_the_phrase_only(doc_maker) -> None:
    doc = doc_maker("Bei seinen Gesprächen verteidigte Kerry das Abkommen mit dem Iran .".split(),
                    actors=[(4, 5, "USAGOV"), (8, 10, "IRNGOV")])
    assert [e.code[:2] for e in code_doc(doc, RES)] == ["05"]


def test_a_list_of_named_persons_is_one_clause(doc_maker) -> None:
    doc = doc_maker("Der Australier A. , der Kanadier B. und der Ägypter C. wurden von einem "
                    "Gericht zu Haftstrafen verurteilt .".split(),
                    actors=[(0, 3, "AUSMED"), (4, 7, "CANMED"), (8, 11, "EGYMED"),
                            (14, 16, "EGYJUD")])
    assert [(e.source, e.target) for e in code_doc(doc, RES)] == \
        [("EGYJUD", "AUSMED"), ("EGYJUD", "CANMED"), ("EGYJUD", "EGYMED")]


def test_list_members_share_the_first_members_preposition(doc_maker) -> None:
    doc = doc_maker("Er sei nach Deutschland , Belgien und Marokko gereist .".split(),
                    actors=[(3, 4, "DEUGOV"), (5, 6, "BELGOV"), (7, 8, "MARGOV")])
    assert code_doc(doc, RES) == []


def test_a_separable_support_verb_gives_its_noun_the_subject(doc_maker) -> None:
    doc = doc_maker("Moskau stieß neue Drohungen gegen Kiew aus .".split(),
                    actors=[(0, 1, "RUSGOV"), (5, 6, "UKRGOV")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("13", "RUSGOV", "UKRGOV")]


def test_the_genitive_of_the_object_comes_before_a_later_prepositional_party(doc_maker) -> None:
    doc = doc_maker("Der Berichterstatter kritisierte den Umgang Israels mit den Rechten der "
                    "Palästinenser .".split(),
                    actors=[(0, 2, "IGOUNO"), (5, 6, "ISRGOV"), (10, 12, "PSEGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("111", "IGOUNO", "ISRGOV")]


def test_a_headline_participle_without_auxiliary_is_passive(doc_maker) -> None:
    doc = doc_maker("Ein Soldat durch Mine getötet .".split(), actors=[(0, 2, "TURMIL")])
    assert code_doc(doc, RES) == []  # the soldier is the victim; nobody named killed him
    doc = doc_maker("Drei Soldaten bei Beschuss verletzt .".split(), actors=[(0, 2, "TURMIL")])
    assert code_doc(doc, RES) == []


def test_criticism_after_its_reported_content_targets_the_contents_subject(doc_maker) -> None:
    doc = doc_maker("Israel gehe dem nicht nach , kritisierte der Berichterstatter der UNO "
                    ".".split(), actors=[(0, 1, "ISRGOV"), (9, 11, "IGOUNO")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES) if e.code == "111"] == \
        [("111", "IGOUNO", "ISRGOV")]


def test_the_party_of_a_setting_phrase_is_not_the_verbs_target(doc_maker) -> None:
    doc = doc_maker("Nach seinem Besuch in Washington reiste Xi zur Vollversammlung der UN "
                    "weiter .".split(),
                    actors=[(4, 5, "USAGOV"), (6, 7, "CHNGOV"), (9, 11, "IGOUNO")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("042", "CHNGOV", "USAGOV"), ("042", "CHNGOV", "IGOUNO")]


def test_a_nominative_relative_clause_is_the_antecedents_act(doc_maker) -> None:
    doc = doc_maker("Gesucht wird der Attentäter , der eine Israelin erstochen hatte .".split(),
                    actors=[(7, 8, "ISRCVL")])
    assert code_doc(doc, RES) == []  # the victim is no source; the attacker is no actor


def test_a_noun_subject_behind_the_verb_that_is_no_actor_leaves_no_source(doc_maker) -> None:
    doc = doc_maker("Am Montag traf die Delegation den Präsidenten Putin .".split(),
                    actors=[(6, 8, "RUSGOV")])
    assert code_doc(doc, RES) == []


def test_coordinated_nominal_triggers_are_two_events_with_shared_parties(doc_maker) -> None:
    doc = doc_maker("Die Spannung wächst seit einem nordkoreanischen Atomtest und einem "
                    "Raketenstart .".split(), actors=[(5, 6, "PRKMIL")])
    assert [(e.code, e.source, e.trigger) for e in code_doc(doc, RES)] == \
        [("150", "PRKMIL", "Atomtest"), ("150", "PRKMIL", "Raketenstart")]


def test_a_state_passive_names_its_agent_with_von(doc_maker) -> None:
    doc = doc_maker("Die Stadt ist von den Rebellen besetzt .".split(),
                    actors=[(0, 2, "SYRGOV"), (4, 6, "SYRREB")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("19", "SYRREB", "SYRGOV")]
    doc = doc_maker("Zwei Polizisten sind verletzt .".split(), actors=[(0, 2, "FRACOP")])
    assert code_doc(doc, RES) == []


def test_a_sein_perfect_is_active(doc_maker) -> None:
    doc = doc_maker("Lawrow ist nach Nordkorea gereist .".split(),
                    actors=[(0, 1, "RUSGOV"), (3, 4, "PRKGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("042", "RUSGOV", "PRKGOV")]


def test_indirect_speech_goes_on_into_the_next_sentence(doc_maker) -> None:
    doc = doc_maker("Die Armee drohte Seoul . Seoul müsse sich entschuldigen .".split(),
                    actors=[(0, 2, "PRKMIL"), (3, 4, "KORGOV"), (5, 6, "KORGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("130", "PRKMIL", "KORGOV"), ("100", "PRKMIL", "KORGOV")]


def test_the_first_noun_phrase_of_a_relative_clause_is_its_subject(doc_maker) -> None:
    doc = doc_maker("Es waren Kämpfer der Miliz , die die Bewohner des Dorfes getötet haben "
                    ".".split(), actors=[(2, 5, "NGAREB"), (7, 9, "CMRCVL")])
    assert [(e.source, e.target) for e in code_doc(doc, RES)] == [("NGAREB", "CMRCVL")]


def test_von_after_a_nominalization_is_its_attribute_not_the_agent(doc_maker) -> None:
    doc = doc_maker("In der EU wird um die Verteilung von Flüchtlingen verhandelt .".split(),
                    actors=[(1, 3, "IGOEU"), (8, 9, "---REF")])
    assert code_doc(doc, RES) == []


def test_between_a_known_and_an_unknown_party_is_no_dyad(doc_maker) -> None:
    doc = doc_maker("Der Krieg zwischen der Regierung und der Front dauert an .".split(),
                    actors=[(3, 5, "ETHGOV")])
    assert code_doc(doc, RES) == []


def test_a_quoted_title_does_not_split_its_clause(doc_maker) -> None:
    doc = doc_maker('Ausgabe der Zeitschrift " Nokta " beschlagnahmt .'.split(),
                    actors=[(1, 6, "TURMED")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("1711", "TURCOP", "TURMED")]


def test_an_actor_compound_names_its_event_and_agent(doc_maker) -> None:
    doc = doc_maker("Die Polizeirazzia gegen die Zeitung dauerte Stunden .".split(),
                    actors=[(0, 2, "TURCOP"), (3, 5, "TURMED")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("17", "TURCOP", "TURMED")]


def test_agent_nouns_are_no_events() -> None:
    assert RES.noun("kämpfer") is None and RES.noun("attentäter") is None
    assert RES.noun("kämpfe").id == "noun:kampf"


def test_a_target_belongs_to_its_own_verb_phrase(doc_maker) -> None:
    doc = doc_maker("Berlin verurteilte den Angriff und kündigte Hilfe für Kiew an .".split(),
                    actors=[(0, 1, "DEUGOV"), (8, 9, "UKRGOV")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("03", "DEUGOV", "UKRGOV")]


def test_coordinated_subjects_of_a_mutual_act_are_its_parties(doc_maker) -> None:
    doc = doc_maker("Serbien und Kosovo nahmen unter Vermittlung der EU Gespräche auf .".split(),
                    actors=[(0, 1, "SRBGOV"), (2, 3, "XKXGOV"), (6, 8, "IGOEU")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("04", "SRBGOV", "XKXGOV")]


def test_a_participle_like_its_infinitive_after_wurden_is_passive(doc_maker) -> None:
    doc = doc_maker("Geiseln wurden von der Hamas an das Rote Kreuz übergeben .".split(),
                    actors=[(0, 1, "ISRCVL"), (3, 5, "PSEREB"), (6, 9, "NGOIRC")])
    assert [(e.source, e.target) for e in code_doc(doc, RES)] == [("PSEREB", "ISRCVL")]


def test_a_trigger_in_the_genitive_of_another_names_its_content(doc_maker) -> None:
    doc = doc_maker("Washington verkündete die Aufhebung der Sanktionen gegen Syrien .".split(),
                    actors=[(0, 1, "USAGOV"), (7, 8, "SYRGOV")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("08", "USAGOV", "SYRGOV")]


def test_a_zu_infinitive_that_needs_a_target_and_has_none_is_no_event(doc_maker) -> None:
    doc = doc_maker("Der König rief dazu auf , zu einer Lösung zu kommen .".split(),
                    actors=[(0, 2, "JORGOV")])
    assert [e.code for e in code_doc(doc, RES) if e.code.startswith("04")] == []


def test_a_repeated_preposition_gives_one_event_per_party(doc_maker) -> None:
    doc = doc_maker("Kerry traf mit dem Außenminister und anschließend mit dem Präsidenten "
                    "zusammen .".split(),
                    actors=[(0, 1, "USAGOV"), (3, 5, "EGYGOV"), (8, 10, "EGYGOV")])
    assert [(e.code, e.target_text) for e in code_doc(doc, RES)] == \
        [("040", "dem Außenminister"), ("040", "dem Präsidenten")]


def test_a_possessive_does_not_break_a_coordination(doc_maker) -> None:
    doc = doc_maker("Xi und sein Amtskollege Obama nutzten ihr Treffen .".split(),
                    actors=[(0, 1, "CHNGOV"), (3, 5, "USAGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("040", "CHNGOV", "USAGOV")]


def test_a_passive_clause_opened_by_its_auxiliary_shares_the_first_subject(doc_maker) -> None:
    doc = doc_maker("Die Abgeordneten reisten nach Cizre , wurden aber von der Armee gestoppt "
                    ".".split(), actors=[(0, 2, "TURLEG"), (9, 11, "TURMIL")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)
            if e.code.startswith("17")] == [("17", "TURMIL", "TURLEG")]


def test_a_zu_infinitive_judged_by_the_next_clause_is_no_event(doc_maker) -> None:
    doc = doc_maker("Die Presse zu ignorieren , sei ein Fehler , schrieb die Zeitung .".split(),
                    actors=[(0, 2, "GBRMED"), (9, 11, "GBRMED")])
    assert [e.code for e in code_doc(doc, RES) if e.trigger == "ignorieren"] == []


def test_the_attack_in_a_setting_phrase_is_the_agent_of_a_passive_killing(doc_maker) -> None:
    doc = doc_maker("Bei einem russischen Angriff wurden zwei Zivilisten getötet .".split(),
                    actors=[(1, 3, "RUSMIL"), (5, 7, "UKRCVL")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("180", "RUSMIL", "UKRCVL")]


def test_a_target_less_killing_after_a_targeted_attack_is_the_same_happening(doc_maker) -> None:
    doc = doc_maker("Zehn Menschen wurden bei türkischen Luftschlägen gegen die PKK getötet "
                    ".".split(), actors=[(4, 5, "TURMIL"), (7, 9, "TURREB")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("19", "TURMIL", "TURREB")]


def test_deaths_take_attacker_and_code_from_the_attack_in_their_setting(doc_maker) -> None:
    doc = doc_maker("Bei dem Bombenanschlag der Miliz starben zwölf Zivilisten .".split(),
                    actors=[(3, 5, "SOMREB"), (6, 8, "SOMCVL")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == \
        [("183", "SOMREB", "SOMCVL")]
    doc = doc_maker("Zwei Polizisten starben bei einem Unfall .".split(), actors=[(0, 2, "FRACOP")])
    assert code_doc(doc, RES) == []


def test_a_subordinate_clause_opened_by_a_noun_subject_that_is_no_actor(doc_maker) -> None:
    doc = doc_maker("Er sagte , dass die Delegierten Gespräche mit Burundis Regierung erwägen "
                    ".".split(), actors=[(8, 10, "BDIGOV")])
    assert code_doc(doc, RES) == []


def test_a_short_insertion_between_dashes_does_not_split_the_clause(doc_maker) -> None:
    doc = doc_maker("Der Sicherheitsrat – einschließlich China und Russland – verhängte Sanktionen "
                    "gegen Nordkorea .".split(),
                    actors=[(0, 2, "IGOUNO"), (4, 5, "CHNGOV"), (6, 7, "RUSGOV"), (11, 12, "PRKGOV")])
    assert [(e.source, e.target) for e in code_doc(doc, RES)][0] == ("IGOUNO", "PRKGOV")


def test_a_consequence_clause_is_no_content_of_a_rejection(doc_maker) -> None:
    doc = doc_maker("Pjöngjang verstieß gegen Resolutionen , weshalb der Sicherheitsrat Sanktionen "
                    "gegen Nordkorea verhängte .".split(),
                    actors=[(0, 1, "PRKGOV"), (6, 8, "IGOUNO"), (10, 11, "PRKGOV")])
    assert ("163", "IGOUNO", "PRKGOV") in [(e.code, e.source, e.target) for e in code_doc(doc, RES)]


def test_uber_before_a_number_is_no_preposition(doc_maker) -> None:
    doc = doc_maker("Der Reporter wurde von über tausend Polizisten festgenommen .".split(),
                    actors=[(0, 2, "EGYMED"), (6, 7, "EGYCOP")])
    assert [(e.source, e.target) for e in code_doc(doc, RES)] == [("EGYCOP", "EGYMED")]


def test_a_relative_clause_is_no_medium_that_speaks(doc_maker) -> None:
    doc = doc_maker("Die Polizisten stürmten das Camp , die mit Wasserwerfern auf Flüchtlinge "
                    "feuerten .".split(), actors=[(10, 11, "SDNREF")])
    assert [e.source for e in code_doc(doc, RES)] == []


def test_an_attributive_participle_is_no_support_verb(doc_maker) -> None:
    doc = doc_maker("Der Ökonom rechnet mit einer fortgesetzten Annäherung an die USA .".split(),
                    actors=[(0, 2, "SGPCVL"), (8, 10, "USAGOV")])
    assert code_doc(doc, RES) == []


def test_a_first_conjunct_with_attributes_still_shares_its_parties(doc_maker) -> None:
    doc = doc_maker("Die Spannung wächst seit einem nordkoreanischen Atomtest im Januar – dem "
                    "vierten des Landes – und einem Raketenstart .".split(),
                    actors=[(5, 6, "PRKMIL")])
    assert [(e.code, e.source, e.trigger) for e in code_doc(doc, RES)] == \
        [("150", "PRKMIL", "Atomtest"), ("150", "PRKMIL", "Raketenstart")]


def test_militants_killed_by_no_one_named_were_killed_by_the_state(doc_maker) -> None:
    doc = doc_maker("Mehr als 30 Kämpfer der PKK seien getötet worden .".split(),
                    actors=[(3, 6, "TURREB")])
    assert [(e.code[:2], e.source, e.target) for e in code_doc(doc, RES)] == \
        [("19", "TURMIL", "TURREB")]


def test_a_fear_given_as_a_reason_is_a_motive_not_a_comment(doc_maker) -> None:
    doc = doc_maker("Die Abgeordneten reisten ab , weil sie Gewalt gegen die Kurden befürchten "
                    ".".split(), actors=[(0, 2, "TURLEG"), (6, 7, "TURLEG"), (9, 11, "TURCVL")])
    assert [e.code for e in code_doc(doc, RES) if e.code.startswith("01")] == []
