"""Files that ask too much: 3MF zip bombs, thousands of copies, components that multiply,
points without three coordinates, far-away points. Each gets a clear answer, quickly."""

from __future__ import annotations

import io
import re
import tracemalloc
import zipfile

import pytest

from makerkit.errors import MakerkitError
from makerkit.model import box, check, load


def _3mf(tmp_path, change=None, extra: dict | None = None, name="m.3mf"):
    box(10, 10, 10).save(tmp_path / "seed.3mf")
    with zipfile.ZipFile(tmp_path / "seed.3mf") as seed:
        entries = {n: seed.read(n) for n in seed.namelist()}
    model = next(n for n in entries if n.endswith(".model"))
    if change:
        entries[model] = change(entries[model])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in {**entries, **(extra or {})}.items():
            z.writestr(n, data)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def _error_key(path) -> str:
    with pytest.raises(MakerkitError) as caught:
        load(path)
    assert not str(caught.value).startswith("model.")
    return caught.value.key


def test_25000_build_items_are_refused(tmp_path, lang):
    def many(xml):
        item = re.search(rb"<item [^>]*/>", xml)[0]
        copies = b"".join(
            b'<item objectid="1" transform="1 0 0 0 1 0 0 0 1 %d 0 0"/>' % (12 * i)
            for i in range(25_000)
        )
        return xml.replace(item, copies)

    path = _3mf(tmp_path, many)
    assert path.stat().st_size < 200_000
    assert _error_key(path) == "model.3mf_too_many_items"


def test_a_few_hundred_copies_still_load(tmp_path):
    def some(xml):
        item = re.search(rb"<item [^>]*/>", xml)[0]
        return xml.replace(
            item, b"".join(b'<item objectid="1" transform="1 0 0 0 1 0 0 0 1 %d 0 0"/>' % (12 * i) for i in range(300))
        )  # fmt: skip

    solid = load(_3mf(tmp_path, some), unit="mm")
    assert solid.faces == 300 * 12 and len(solid.parts) == 300


def test_components_that_multiply_are_refused(tmp_path):
    def holder(ident: int, child: int) -> bytes:
        parts = b'<component objectid="%d"/>' % child * 20
        return b'<object id="%d" type="model"><components>%s</components></object>' % (ident, parts)

    def nested(xml):
        xml = xml.replace(
            b"</resources>", holder(91, 1) + holder(92, 91) + holder(93, 92) + b"</resources>"
        )
        return re.sub(rb'(<item [^>]*?)objectid="\d+"', rb'\1objectid="93"', xml)  # fmt: skip

    assert _error_key(_3mf(tmp_path, nested)) == "model.3mf_too_many_instances"


def test_a_zip_bomb_entry_is_never_unpacked(tmp_path):
    path = _3mf(tmp_path, extra={"Metadata/zeros.bin": bytes(300 << 20)})
    assert path.stat().st_size < 1_000_000  # 300 MB of zeros packed small
    tracemalloc.start()
    try:
        solid = load(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert solid.volume_mm3 == pytest.approx(1000)
    assert peak < 20 * 1024 * 1024


def test_a_model_part_bigger_than_it_says_is_refused(tmp_path):
    from makerkit.model import threemf

    path = _3mf(tmp_path, lambda xml: xml + b" " * (threemf.MAX_PART_BYTES + 10))
    assert _error_key(path) == "model.3mf_part_too_big"


def test_entities_in_a_3mf_are_refused(tmp_path):
    def with_entities(xml):
        return xml.replace(b"<model", b'<!DOCTYPE m [<!ENTITY a "aaaa">]><model', 1)

    assert _error_key(_3mf(tmp_path, with_entities)) == "model.not_a_model"


@pytest.mark.parametrize(
    "text",
    ["v 0 0\nv 1 0\nv 0 1\nv 1 1\nf 1 2 3\nf 2 4 3\n", "v 0 0 0\nv 1 0\nv 0 1 0\nf 1 2 3\n"],
)
def test_points_with_two_coordinates_are_refused_at_load(tmp_path, lang, text):
    path = tmp_path / "flat.obj"
    path.write_text(text)
    assert _error_key(path) in {"model.bad_coordinates", "model.not_a_model"}


def test_two_coordinate_obj_is_refused_before_check_or_slice(tmp_path):
    path = tmp_path / "flat.obj"
    path.write_text("v 0 0\nv 1 0\nv 0 1\nv 1 1\nf 1 2 3\nf 2 4 3\n")
    assert _error_key(path) == "model.bad_coordinates"
    with pytest.raises(MakerkitError):
        check(path)


def test_points_absurdly_far_away_are_refused(tmp_path):
    path = tmp_path / "far.obj"
    path.write_text("v 0 0 0\nv 1e12 0 0\nv 0 1 0\nv 0 0 1\nf 1 2 3\nf 1 3 4\nf 1 4 2\nf 2 4 3\n")
    assert _error_key(path) == "model.too_far"


def test_loading_an_open_file_prints_nothing_raw(tmp_path, capfd):
    import warnings

    path = tmp_path / "open.obj"
    path.write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 2 3\nf 1 4 2\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        solid = load(path)
        assert solid.volume_mm3 >= 0 and check(solid).codes and solid.about
        try:
            solid.repaired()
        except MakerkitError as err:
            assert err.key == "model.cannot_repair"
    out, err = capfd.readouterr()
    assert err == "" and out == ""
    assert all(w.category is UserWarning and "-packages" not in w.filename for w in caught)


def test_a_zip_of_a_version_python_cannot_open_gets_a_clear_error(tmp_path):
    path = _3mf(tmp_path)
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        data[at + 6 : at + 8] = (64).to_bytes(2, "little")  # "version needed to extract": 6.4
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    assert _error_key(path) == "model.not_a_model"


def test_numbers_too_big_for_stl_give_words_not_numpy_warnings(tmp_path, capfd):
    import warnings

    import trimesh

    text = trimesh.exchange.stl.export_stl_ascii(trimesh.creation.box((5, 5, 5)))
    path = tmp_path / "huge.stl"
    path.write_text(text.replace("vertex 2.5", "vertex 1e39", 1).replace("vertex", "vertx", 1))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(MakerkitError):
            load(path)
    assert not caught and capfd.readouterr().err == ""


def test_far_points_in_a_later_solid_of_a_file_are_refused(tmp_path):
    import numpy as np
    import trimesh

    cube = trimesh.creation.box((5, 5, 5))
    open_cube = trimesh.Trimesh(cube.vertices, cube.faces[np.arange(12) != 3], process=False)
    first = trimesh.exchange.stl.export_stl_ascii(open_cube)  # not closed: read on, open
    far = trimesh.exchange.stl.export_stl_ascii(cube).replace("vertex 2.5", "vertex 99999999999", 1)
    path = tmp_path / "two.stl"
    path.write_text(first + far)
    assert _error_key(path) == "model.too_far"
