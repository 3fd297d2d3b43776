"""Pictures with alt text, the top view, and the offline 3D view."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
import trimesh
from PIL import Image

from makerkit.model import Solid, box, nametag


def _image(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_preview_draws_the_solid_with_its_alt_text(lang):
    tag = nametag("Camille")
    picture = tag.preview()
    pixels = _image(picture.png)
    drawn = (np.abs(pixels.astype(int) - 255).sum(axis=2) > 30).mean()
    assert 0.1 < drawn < 0.9
    assert "Camille" in picture.alt and "4" in picture.alt
    assert tag._repr_png_() == picture.png or tag._repr_png_().startswith(b"\x89PNG")
    assert 'alt="' in tag._repr_html_()


def test_top_view():
    picture = box(40, 20, 10).top_view()
    assert picture.png.startswith(b"\x89PNG")
    assert "40 × 20 × 10" in picture.alt


def test_a_large_mesh_is_thinned_for_display():
    big = trimesh.creation.icosphere(subdivisions=7, radius=30)  # 327,680 faces
    solid = Solid.from_trimesh(big)
    picture = solid.preview()
    pixels = _image(picture.png)
    assert (np.abs(pixels.astype(int) - 255).sum(axis=2) > 30).mean() > 0.2


def test_open_meshes_are_drawn_too():
    mesh = trimesh.creation.box((10, 10, 10))
    mesh.update_faces(np.arange(12) != 0)
    assert Solid.from_trimesh(mesh).preview().png.startswith(b"\x89PNG")


def test_view3d_is_offline(tmp_path):
    view = nametag("Zoé").view3d()
    assert "three" in view.html.lower()
    assert not re.search(r"<script[^>]+src=", view.html)
    assert not re.search(r"(cdn|unpkg|jsdelivr|googleapis)", view.html, re.IGNORECASE)
    assert "srcdoc" in view._repr_html_() and "Zoé" in view._repr_html_()
    path = view.save(tmp_path / "tag.html")
    assert path.read_text(encoding="utf-8") == view.html


def test_large_print_makes_bigger_pictures():
    from makerkit.display import large_print

    normal = _image(box(20, 10, 5).preview().png).shape
    large_print(True)
    try:
        big = _image(box(20, 10, 5).preview().png).shape
    finally:
        large_print(False)
    assert big[0] > normal[0] and big[1] > normal[1]


def test_problem_faces_are_drawn_in_orange_even_on_big_meshes():
    from makerkit.model import check, cylinder

    mushroom = Solid.from_trimesh(
        (cylinder(6, 10) + cylinder(30, 3).move(z=10))
        .to_trimesh()
        .subdivide()
        .subdivide()
        .subdivide()
    )
    assert mushroom.faces > 30_000
    report = check(mushroom)
    pixels = _image(report.picture().png).reshape(-1, 3).astype(int)
    orange = (pixels[:, 0] > 150) & (pixels[:, 1] > 90) & (pixels[:, 1] < 180) & (pixels[:, 2] < 60)
    assert orange.sum() > 1000


def test_alt_text_tells_pieces_holes_and_open_surfaces(lang, models):
    from makerkit.model import check, cylinder, load

    holed = (box(20, 10, 5) - cylinder(4, 5)).about
    two = (box(20, 10, 5) + box(2, 2, 2).move(x=30)).about
    teapot = check(models / "teapot.stl").solid.about
    words = {"en": ("hole", "2 separate", "open"), "fr": ("trou", "2 morceaux", "ouverte")}[lang]
    assert words[0] in holed and words[1] in two and words[2] in teapot
    assert "teapot.stl" in teapot
    assert words[2] not in load(models / "20mm-xyz-cube.stl").about


def test_each_flat_face_has_one_shade_so_a_gable_roof_looks_like_one():
    import numpy as np

    from makerkit.model import box, hull
    from makerkit.model.preview import _face_heights

    ridge = box(20, 0.01, 0.01).move(z=10)
    house = box(20, 20, 10) + hull(box(20, 20, 0.01).move(z=10), ridge.move(z=6))
    vertices, faces = house.triangles()
    tri = vertices[faces]
    cross = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    normals = cross / np.linalg.norm(cross, axis=1, keepdims=True)
    heights = _face_heights(tri, normals)
    roof = np.flatnonzero((normals[:, 2] > 0.1) & (normals[:, 2] < 0.99))
    for side in (normals[roof, 1] > 0, normals[roof, 1] < 0):
        assert np.ptp(heights[roof[side]]) < 1e-9  # one roof side: one shade
    assert np.ptp(tri[roof][:, :, 2].mean(axis=1)) > 1  # its triangles' own heights differ


def test_the_3d_view_page_speaks_the_learners_language(tmp_path):
    from makerkit.i18n import language
    from makerkit.model import box

    with language("fr"):
        view = box(20, 10, 5).view3d()
    page = view.html
    assert '<html lang="fr">' in page and "trimesh" not in page.split("</title>")[0]
    assert "<title>Vue 3D : Un solide de 20 × 10 × 5 mm.</title>" in page
    assert 'aria-describedby="makerkit-about"' in page and "souris" in page
    saved = view.save(tmp_path / "vue.html")
    assert saved.read_text(encoding="utf-8") == page


def test_ascii_is_for_stl_only(tmp_path, lang):
    from makerkit.errors import MakerkitError
    from makerkit.model import box

    with pytest.raises(MakerkitError) as caught:
        box(10, 10, 10).save(tmp_path / "b.3mf", ascii=True)
    assert caught.value.key == "model.ascii_stl_only"
