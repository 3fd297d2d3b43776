import pytest

from makerkit import checks
from makerkit.errors import CheckFailed
from makerkit.i18n import language


def hint(func, *args, lang="en", **kwargs) -> str:
    with language(lang):
        with pytest.raises(CheckFailed) as info:
            func(*args, **kwargs)
        assert isinstance(info.value, AssertionError)  # nbgrader counts it as a failed test
        return str(info.value)


def test_equal_gives_the_value_and_the_goal_in_both_languages():
    assert "3" in hint(checks.equal, 3, 4, "legs") and "4" in hint(checks.equal, 3, 4, "legs")
    fr = hint(checks.equal, 3, 4, "pattes", lang="fr")
    assert fr.startswith("Presque !") and "« pattes »" in fr


def test_defined_finds_the_callers_variable_and_explains_a_missing_one():
    camille = "Camille"  # noqa: F841 - looked up by name below
    assert checks.defined("camille", locals()) == "Camille"
    assert "tag" in hint(checks.defined, "tag", {})
    assert "Maj + Entrée" in hint(checks.defined, "tag", {}, lang="fr")


def test_numbers_close_and_between():
    checks.close(10.02, 10, 0.05)
    checks.between(3, 1, 5)
    assert "about 10" in hint(checks.close, 11, 10, 0.5, "width")
    assert "from 1 to 5" in hint(checks.between, 9, 1, 5, "height")
    assert hint(checks.between, "nine", 1, 5)  # not a number: a hint, not a TypeError


def test_text_checks():
    assert checks.has_text(" Léo ") == "Léo"
    assert "quotes" in hint(checks.has_text, 42, "name")
    assert "vide" in hint(checks.has_text, "   ", "prénom", lang="fr")


@pytest.fixture
def model():
    return pytest.importorskip("makerkit.model.solid")


def test_shape_checks_on_real_solids(model):
    import trimesh

    plate = model.Solid.from_trimesh(trimesh.creation.box((40, 20, 3)))
    ring = plate - model.Solid.from_trimesh(
        trimesh.creation.cylinder(radius=3, height=10).apply_translation((12, 0, 0))
    )
    checks.closed(plate)
    checks.fits_bed(plate, "prusa-mk4")
    checks.size_between(plate, 20, 100)
    checks.has_hole(ring)
    assert "hole" in hint(checks.has_hole, plate)
    assert "10 mm" in hint(checks.size_between, plate, 50, 100) or "50" in hint(
        checks.size_between, plate, 50, 100
    )
    huge = model.Solid.from_trimesh(trimesh.creation.box((400, 20, 3)))
    assert "mm" in hint(checks.fits_bed, huge, "prusa-mk4")
    assert "3D" in hint(checks.is_solid, "not a shape", "tag")


def test_open_surface_is_not_closed(model):
    import trimesh

    box = trimesh.creation.box((10, 10, 10))
    box.update_faces(list(range(len(box.faces) - 1)))  # one face missing: a gap
    assert "gap" in hint(checks.closed, model.Solid.from_trimesh(box))


class _Result:
    def __init__(self, passed, hint=""):
        self.passed, self.hint = passed, hint


def test_robot_and_gcode_results():
    checks.reached_end(_Result(True))
    assert "Turn earlier." in hint(checks.reached_end, _Result(False, "Turn earlier."))
    assert "robot result" in hint(checks.reached_end, 3)
    assert "safety report" in hint(checks.gcode_safe, "G28")


def test_bravo_speaks_the_notebook_language(capsys):
    with language("fr"):
        checks.bravo()
    assert "Bravo" in capsys.readouterr().out


def test_printable_and_saved_with_real_models(model, tmp_path):
    from makerkit.model import check, cylinder, nametag

    tag = nametag("Léo")
    checks.printable(check(tag, printer="prusa-mk4"))
    checks.has_hole(tag)
    assert "printer" in hint(checks.printable, check(cylinder(300, 5), printer="prusa-mk4"))
    assert "report" in hint(checks.printable, tag)
    assert "cannot find" in hint(checks.saved, tmp_path / "none.stl")
    checks.saved(tag.save(tmp_path / "leo.stl"))


def test_shape_checks_judge_the_triangles_not_replaced_methods(monkeypatch):
    """A notebook cell that replaces Solid's properties cannot make a wrong shape pass."""
    import makerkit as mk

    solid = type(mk.box(1, 1, 1))
    monkeypatch.setattr(solid, "size_mm", property(lambda self: (50.0, 10.0, 3.0)))
    monkeypatch.setattr(solid, "is_closed", property(lambda self: True))
    assert "400" in hint(checks.size_between, mk.box(10, 10, 400), 30, 150)
    assert "400" in hint(checks.fits_bed, mk.box(10, 10, 400), "prusa-mini")
    vertices, faces = mk.box(10, 10, 10).triangles()
    monkeypatch.setattr(solid, "triangles", lambda self: (vertices, faces[:-2]))
    assert "gap" in hint(checks.closed, mk.box(10, 10, 10))
