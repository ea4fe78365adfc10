"""Gold readers and scorers of `chronik eval ner` / `chronik eval parse`, on files we write."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from chronik.eval.ner import NerScore, read_ner, spans_from_tags
from chronik.eval.parse import ParseScore, read_conllu

GERMEVAL = """#\tselbst geschrieben
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tbesucht\tO\tO
4\tdie\tO\tO
5\tBerliner\tB-LOCderiv\tO
6\tCharité\tB-ORG\tB-LOC
7\t.\tO\tO

#\tzweiter Satz
1\tDer\tO\tO
2\tTatort\tB-OTH\tO
3\tspielt\tO\tO
4\tin\tO\tO
5\tKöln\tB-LOC\tO
"""

CONLL = """-DOCSTART- -X- O O

Die ART O O
Polizei NN O B-organization
Hamburg NE O I-organization
meldet VVFIN O O
2019 CARD I-NP O
"""

CONLLU = """# text = Er geht zum Markt.
1\tEr\ter\tPRON\tPPER\tCase=Nom\t3\tnsubj\t_\t_
2-3\tzum\t_\t_\t_\t_\t_\t_\t_\t_
2\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_
3\tdem\tder\tDET\tART\t_\t5\tdet\t_\t_
4\tgeht\tgehen\tVERB\tVVFIN\t_\t0\troot\t_\t_
5\tMarkt\tMarkt\tNOUN\tNN\t_\t4\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t4\tpunct\t_\t_
"""


def test_germeval_outer_level_scores_per_loc_org_only(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    first, second = read_ner(path)
    assert first.words[:2] == ["Angela", "Merkel"]
    assert spans_from_tags(first.tags) == {(0, 2, "PER"), (5, 6, "ORG")}  # LOCderiv not scored
    assert spans_from_tags(second.tags) == {(4, 5, "LOC")}  # OTH not scored


def test_conll_with_other_label_names(tmp_path: Path) -> None:
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, encoding="utf-8")
    (sent,) = read_ner(path)
    assert sent.words == ["Die", "Polizei", "Hamburg", "meldet", "2019"]
    assert spans_from_tags(sent.tags) == {(1, 3, "ORG")}


def test_seqeval_chunking_starts_a_span_at_a_stray_inside_tag() -> None:
    assert spans_from_tags(["I-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == {
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")}


def test_exact_span_match_precision_recall() -> None:
    score = NerScore()
    score.add(gold={(0, 2, "PER"), (3, 4, "LOC")}, pred={(0, 2, "PER"), (3, 5, "LOC")})
    result = score.as_dict()
    assert result["precision"] == 0.5 and result["recall"] == 0.5
    assert result["per_type"]["PER"]["f1"] == 1.0
    assert result["per_type"]["LOC"]["f1"] == 0.0


def test_conllu_words_of_a_multiword_token(tmp_path: Path) -> None:
    path = tmp_path / "gold.conllu"
    path.write_text(CONLLU.replace("2\tzu", "2\tzu").replace(
        "Er\ter\tPRON\tPPER\tCase=Nom\t3", "Er\ter\tPRON\tPPER\tCase=Nom\t4"), encoding="utf-8")
    (sent,) = read_conllu(path)
    assert sent.tokens == ["Er", "zum", "geht", "Markt", "."] or sent.tokens[1] == "zum"
    assert [w.form for w in sent.words] == ["Er", "zu", "dem", "geht", "Markt", "."]
    assert sent.words[2].space_after is True and sent.words[1].space_after is False
    doc = Doc(Vocab(), words=[w.form for w in sent.words],
              pos=[w.upos for w in sent.words], lemmas=[w.lemma for w in sent.words],
              heads=[3, 4, 4, 3, 3, 3], deps=["nsubj", "case", "det", "ROOT", "obl", "punct"])
    score = ParseScore()
    score.add(sent, doc)
    assert score.as_dict()["upos"] == 1.0
    assert score.as_dict()["las"] == 1.0


def test_score_from_a_later_sentence(tmp_path: Path) -> None:
    """``--from 2`` scores the second sentence only (the gazetteer alone finds "Köln")."""
    import spacy

    from chronik.eval.ner import score_ner
    from chronik.language import add_gazetteer

    path = tmp_path / "gold.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    nlp = spacy.blank("de")
    nlp.add_pipe("ner")  # an empty statistical NER, only so that the gazetteer is added
    nlp.initialize()
    add_gazetteer(nlp)
    result = score_ner(nlp, path, first=2).as_dict()
    assert result["sentences"] == 1
    assert result["per_type"]["LOC"]["support"] == 1
    assert result["per_type"]["LOC"]["recall"] == 1.0
