"""Loading and saving 3D files, and every kind of bad file a learner may bring."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from makerkit.errors import MakerkitError
from makerkit.model import box, check, cylinder, load, nametag


@pytest.mark.parametrize(
    "name, ascii", [("a.stl", False), ("a.stl", True), ("a.3mf", False), ("a.obj", False)]
)
def test_save_and_load_round_trip(tmp_path, name, ascii):
    part = box(20, 10, 5) - cylinder(4, 5)
    path = part.save(tmp_path / name, ascii=ascii)
    back = load(path)
    assert back.is_closed
    assert back.size_mm == pytest.approx(part.size_mm, abs=1e-3)
    assert back.volume_mm3 == pytest.approx(part.volume_mm3, rel=1e-4)
    if name.endswith(".stl"):
        assert path.read_bytes().startswith(b"solid") == ascii


def test_saving_again_keeps_the_previous_version(tmp_path):
    box(10, 10, 10).save(tmp_path / "a.stl")
    with pytest.warns(UserWarning):
        box(20, 10, 10).save(tmp_path / "a.stl")
    assert len(list((tmp_path / ".makerkit-backup").iterdir())) == 1


def _binary_stl(mesh: trimesh.Trimesh) -> bytes:
    return trimesh.exchange.stl.export_stl(mesh)


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


CUBE = trimesh.creation.box((20, 20, 20))
GOOD_ASCII = trimesh.exchange.stl.export_stl_ascii(CUBE)


@pytest.mark.parametrize(
    "name, data, key",
    [
        ("empty.stl", b"", "model.file_empty"),
        ("blank.stl", b"   \n\n", "model.file_empty"),
        ("noise.stl", np.random.default_rng(1).bytes(3000), "model.not_a_model"),
        ("letter.stl", "Chère Hélène,\nvoici le modèle.\n".encode(), "model.stl_is_text"),
        ("cut.stl", _binary_stl(CUBE)[:-120], "model.stl_truncated"),
        ("syntax.stl", GOOD_ASCII.replace("vertex", "vertx", 1).encode(), "model.stl_syntax"),
        (
            "notnum.stl",
            GOOD_ASCII.replace("vertex ", "vertex abc ", 1).encode(),
            "model.stl_syntax",
        ),
        ("twovertices.stl", GOOD_ASCII.replace("endloop", "", 1).encode(), "model.stl_syntax"),
        ("nofaces.stl", b"solid nothing\nendsolid nothing\n", "model.no_faces"),
        ("drawing.dxf", b"0\nSECTION\n", "model.unknown_format"),
        ("broken.3mf", b"PK\x03\x04 not really a zip", "model.not_a_model"),
    ],
)
def test_bad_files_give_a_clear_error_in_both_languages(tmp_path, lang, name, data, key):
    path = _write(tmp_path, name, data)
    with pytest.raises(MakerkitError) as caught:
        load(path)
    assert caught.value.key == key
    text = str(caught.value)
    assert name in text and not text.startswith("model.")
    assert caught.value.message("fr") != caught.value.message("en")
    with pytest.raises(MakerkitError):
        check(path)


def test_missing_path_and_folder(tmp_path, lang):
    with pytest.raises(MakerkitError) as caught:
        load(tmp_path / "nothing.stl")
    assert caught.value.key == "core.file_missing"
    with pytest.raises(MakerkitError) as caught:
        load(tmp_path)
    assert caught.value.key == "core.file_is_folder"


def test_zero_size_solid_is_reported_empty(tmp_path):
    flat = trimesh.Trimesh(
        vertices=[[0, 0, 0], [10, 0, 0], [0, 10, 0], [10, 10, 0]], faces=[[0, 1, 2], [1, 3, 2]]
    )
    report = check(_write(tmp_path, "flat.stl", _binary_stl(flat)))
    assert report.codes == ["empty"] and not report.ok
    point = trimesh.Trimesh(vertices=[[1, 1, 1]] * 3, faces=[[0, 1, 2]], process=False)
    path = _write(tmp_path, "point.stl", _binary_stl(point))
    try:
        report = check(path)
    except MakerkitError as err:
        assert err.key == "model.no_faces"
    else:
        assert report.codes == ["empty"]


def test_an_inverted_face_is_found(tmp_path):
    mesh = CUBE.copy()
    faces = mesh.faces.copy()
    faces[5] = faces[5][::-1]
    mesh.faces = faces
    report = check(_write(tmp_path, "flipped.stl", _binary_stl(mesh)))
    assert report.codes[0] == "not_closed" and not report.ok
    assert 5 in report.problems[0].faces


def test_a_missing_triangle_is_found(tmp_path):
    mesh = CUBE.copy()
    mesh.update_faces(np.arange(len(mesh.faces)) != 7)
    solid = load(_write(tmp_path, "hole.stl", _binary_stl(mesh)))
    assert not solid.is_closed
    report = check(solid)
    assert "not_closed" in report.codes
    assert 2 <= len(report.problems[0].faces) <= 4  # the faces around the hole
    assert solid.repaired().is_closed


def test_a_ten_metre_model_is_too_big_with_a_scale(tmp_path, lang):
    path = box(10_000, 3000, 2000).save(tmp_path / "building.stl")
    with pytest.warns(UserWarning):
        load(path)
    report = check(path)
    assert report.codes == ["too_big"] and not report.ok
    fix = report.problems[0].fix
    assert "0.001" in fix  # drawn in micrometres


def test_unit_option_scales(tmp_path):
    path = box(2, 1, 1).save(tmp_path / "inch.stl")
    assert load(path, unit="inch").size_mm == pytest.approx((50.8, 25.4, 25.4))
    assert load(path, unit="auto").size_mm == pytest.approx((50.8, 25.4, 25.4))
    with pytest.raises(MakerkitError):
        load(path, unit="furlong")


def test_nametag_stl_is_read_back_closed(tmp_path):
    path = nametag("Hélène-Françoise").save(tmp_path / "t.stl")
    back = load(path)
    assert back.is_closed and check(back).ok


def test_a_3mf_in_inches_is_read_in_millimetres(tmp_path):
    import io
    import zipfile

    box(1, 2, 3).save(tmp_path / "b.3mf")
    original = zipfile.ZipFile(tmp_path / "b.3mf")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as changed:
        for name in original.namelist():
            data = original.read(name)
            if name.endswith(".model"):
                data = data.replace(b'unit="millimeter"', b'unit="inch"')
            changed.writestr(name, data)
    path = _write(tmp_path, "inch.3mf", out.getvalue())
    assert load(path).size_mm == pytest.approx((25.4, 50.8, 76.2), abs=1e-3)


def test_real_world_stl_variants(tmp_path):
    # text STL in capitals with Windows line ends, and a binary STL whose header says "solid"
    shouting = GOOD_ASCII.upper().replace("\n", "\r\n").encode()
    assert load(_write(tmp_path, "caps.stl", shouting)).volume_mm3 == pytest.approx(8000)
    binary = _binary_stl(CUBE)
    tricky = b"solid cube exported by a CAD program".ljust(80, b" ") + binary[80:]
    assert load(_write(tmp_path, "tricky.stl", tricky)).volume_mm3 == pytest.approx(8000)
