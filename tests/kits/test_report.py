import csv
import io

from makerkit.kits.grade import CellResult, ClassResult, LearnerResult
from makerkit.kits.report import class_chart, class_csv, feedback_html, write_reports
from makerkit.kits.submissions import Rejection


def a_class(tmp_path, lang="fr", learners=True):
    rows = []
    if learners:
        rows = [
            LearnerResult(
                "fox", [CellResult("t1", "Étape 1", 2, 2), CellResult("t2", "Étape 2", 3, 3)]
            ),
            LearnerResult(
                "owl",
                [CellResult("t1", "Étape 1", 2, 2), CellResult("t2", "Étape 2", 0, 3, "Presque !")],
                notes=[("kits.note_timeout", {})],
            ),
            LearnerResult(
                "cat",
                [CellResult("t1", "Étape 1", 0, 2, "x"), CellResult("t2", "Étape 2", 0, 3, "y")],
            ),
        ]
    return ClassResult(
        "kite",
        lang,
        "Cerf-volant",
        rows,
        [Rejection("dog", "kits.reject_no_notebook", {"files": "a.txt"})],
        tmp_path,
    )


def test_feedback_pages_in_the_kit_language(tmp_path):
    result = a_class(tmp_path)
    owl = feedback_html(result, result.learners[1])
    assert '<html lang="fr">' in owl and "2 points sur 5" in owl
    assert "Presque !" in owl and "trop longtemps" in owl and "Réussi !" in owl
    english = a_class(tmp_path, "en")
    assert "out of 5 points" in feedback_html(english, english.learners[0])


def test_class_table_and_chart(tmp_path):
    result = a_class(tmp_path)
    rows = list(csv.reader(io.StringIO(class_csv(result))))
    assert rows[0] == [
        "participant",
        "points",
        "points maximum",
        "pourcentage",
        "Étape 1",
        "Étape 2",
        "remarques",
    ]
    assert rows[1][:4] == ["cat", "0", "5", "0"] and rows[3][:4] == ["owl", "2", "5", "40"]
    assert rows[-1][0] == "dog" and "aucun carnet" in rows[-1][-1]
    chart = class_chart(result)
    assert chart.png[:4] == b"\x89PNG"
    assert (
        "3 participants" in chart.alt
        and "1 avec tous les points" in chart.alt
        and "1 à zéro" in chart.alt
    )


def test_an_empty_class_still_reports(tmp_path):
    result = a_class(tmp_path / "out", learners=False)
    write_reports(result)
    assert (tmp_path / "out" / "class.csv").is_file() and (tmp_path / "out" / "class.png").is_file()
    assert result.as_dict()["learners"] == [] and result.as_dict()["rejected"][0]["id"] == "dog"
