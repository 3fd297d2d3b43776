"""STL through numpy-stl: the files real programs write, several solids, and broken ones."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from makerkit.errors import MakerkitError
from makerkit.model import box, cylinder, load
from makerkit.model.stl import read_stl, write_stl

CUBE = trimesh.creation.box((20, 20, 20))


def _ascii(mesh: trimesh.Trimesh, name: str = "") -> str:
    text = trimesh.exchange.stl.export_stl_ascii(mesh)
    return text.replace("solid", f"solid {name}", 1) if name else text


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode())
    return p


def test_two_solids_in_one_text_file_load_as_one_solid_with_two_parts(tmp_path):
    # As in slicers' test corpora: "solid Test1 … endsolid Test1 solid Test2 … endsolid Test2".
    left = _ascii(CUBE, "Test1")
    right = _ascii(CUBE.copy().apply_translation((30, 0, 0)), "Test2")
    path = _write(tmp_path, "two.stl", left + right)
    solid = load(path)
    assert solid.is_closed
    assert len(solid.parts) == 2
    assert sorted(round(p.volume_mm3) for p in solid.parts) == [8000, 8000]
    assert solid.size_mm == pytest.approx((50, 20, 20))
    assert [len(t) for t in read_stl(path)] == [12, 12]


def test_overlapping_solids_are_joined_as_a_slicer_prints_them(tmp_path):
    moved = CUBE.copy().apply_translation((10, 0, 0))
    path = _write(tmp_path, "overlap.stl", _ascii(CUBE, "a") + _ascii(moved, "b"))
    solid = load(path)
    assert len(solid.parts) == 1 and solid.volume_mm3 == pytest.approx(12_000)


@pytest.mark.parametrize(
    "line_end, tail", [("\n", ""), ("\r\n", "\r\n"), ("\r", "\r"), ("\n", "\n\n \n\t\n")]
)
def test_every_line_ending_and_trailing_blank_lines(tmp_path, line_end, tail):
    text = (_ascii(CUBE, "a") + _ascii(CUBE.copy().apply_translation((40, 0, 0)), "b")).rstrip()
    path = _write(tmp_path, "ends.stl", text.replace("\n", line_end) + tail)
    solid = load(path)
    assert len(solid.parts) == 2 and solid.volume_mm3 == pytest.approx(16_000)


def test_binary_file_whose_header_starts_with_solid(tmp_path):
    binary = trimesh.exchange.stl.export_stl(CUBE)
    tricky = b"solid  made by a CAD program, binary anyway".ljust(80, b" ") + binary[80:]
    assert load(_write(tmp_path, "tricky.stl", tricky)).volume_mm3 == pytest.approx(8000)


def test_a_solid_name_with_stl_words_in_it(tmp_path):
    path = _write(tmp_path, "named.stl", _ascii(CUBE, "vertex facet normal endloop"))
    assert load(path).volume_mm3 == pytest.approx(8000)


def test_a_mistake_in_the_second_solid_names_its_line_in_the_file(tmp_path, lang):
    first = _ascii(CUBE, "a")
    second = _ascii(CUBE.copy().apply_translation((40, 0, 0)), "b")
    broken = second.replace("vertex ", "vertex abc ", 1)
    path = _write(tmp_path, "bad2.stl", first + broken)
    with pytest.raises(MakerkitError) as caught:
        load(path)
    assert caught.value.key == "model.stl_syntax"
    line = (first + broken).split("\n").index(next(x for x in broken.split("\n") if "abc" in x))
    assert caught.value.values["line"] == line + 1
    assert "abc" in caught.value.values["text"]


@pytest.mark.parametrize("cut", [0.5, 0.97])
def test_a_text_file_cut_short_says_so(tmp_path, lang, cut):
    text = _ascii(CUBE, "a")
    path = _write(tmp_path, "cut.stl", text[: int(len(text) * cut)])
    with pytest.raises(MakerkitError) as caught:
        load(path)
    assert caught.value.key in {"model.stl_text_cut", "model.stl_syntax"}
    assert "cut.stl" in str(caught.value)


@pytest.mark.parametrize("ascii", [False, True])
def test_round_trip_keeps_every_corner(tmp_path, ascii):
    part = (box(20, 10, 5) - cylinder(4.123456, 5)).move(x=100.25, y=-7.5)
    path = part.save(tmp_path / "p.stl", ascii=ascii)
    vertices, faces = part.triangles()
    (read,) = read_stl(path)
    assert read.shape == (len(faces), 3, 3)
    assert np.allclose(read, vertices[faces], atol=1e-5)
    back = load(path)
    assert back.is_closed and back.volume_mm3 == pytest.approx(part.volume_mm3, rel=1e-6)


def test_written_normals_are_unit_vectors_pointing_out(tmp_path):
    path = box(10, 10, 10).save(tmp_path / "b.stl")
    mesh = trimesh.load(path)
    from stl import mesh as stl_mesh

    normals = stl_mesh.Mesh.from_file(str(path), calculate_normals=False).normals
    assert np.allclose(np.linalg.norm(normals, axis=1), 1.0, atol=1e-6)
    assert np.allclose(normals, mesh.face_normals, atol=1e-5)


def test_saving_the_same_solid_twice_makes_no_backup(tmp_path):
    for ascii in (False, True):
        box(10, 10, 10).save(tmp_path / f"same{ascii}.stl", ascii=ascii)
        box(10, 10, 10).save(tmp_path / f"same{ascii}.stl", ascii=ascii)
    assert not (tmp_path / ".makerkit-backup").exists()


def test_other_programs_read_what_makerkit_writes(tmp_path):
    part = box(20, 10, 5) - cylinder(4, 5)
    for ascii in (False, True):
        path = part.save(tmp_path / f"o{ascii}.stl", ascii=ascii)
        mesh = trimesh.load(path)
        assert mesh.is_watertight
        assert mesh.volume == pytest.approx(part.volume_mm3, rel=1e-6)


def test_an_open_solid_among_closed_ones_loads_open(tmp_path):
    open_cube = CUBE.copy()
    open_cube.update_faces(np.arange(12) != 3)
    path = _write(tmp_path, "mixed.stl", _ascii(CUBE, "a") + _ascii(open_cube, "b"))
    solid = load(path)
    assert not solid.is_closed and solid.faces == 23


def test_write_stl_from_triangle_arrays(tmp_path):
    tri = np.array([[[0, 0, 0], [1, 0, 0], [0, 1, 0]]], dtype=np.float32)
    path = write_stl([tri, tri + 5], tmp_path / "t.stl")
    (read,) = read_stl(path)
    assert len(read) == 2


def test_a_binary_file_with_bytes_after_its_triangles_reads(tmp_path):
    binary = trimesh.exchange.stl.export_stl(CUBE) + b"\x00" * 37
    assert load(_write(tmp_path, "padded.stl", binary)).volume_mm3 == pytest.approx(8000)
