"""Bridges over air held on two sides, and supports with an interface and a Z gap."""

from __future__ import annotations

import re

import numpy as np
import pytest
import trimesh
from slicing_helpers import t_shape

from makerkit.gcode.reader import read_gcode
from makerkit.gcode.toolpath import FEATURE_CODES
from makerkit.slicing import slice


def span(deck_mm: float = 2.0) -> trimesh.Trimesh:
    """A 36 mm deck on two 8 mm pillars: a 20 mm span along x."""
    pillar = trimesh.creation.box((8, 10, 8))
    left, right = pillar.copy(), pillar.copy()
    left.apply_translation((-14, 0, 4))
    right.apply_translation((14, 0, 4))
    deck = trimesh.creation.box((36, 10, deck_mm))
    deck.apply_translation((0, 0, 8 + deck_mm / 2))
    return trimesh.boolean.union([left, right, deck], engine="manifold")


def printed(tp, feature):
    return tp.is_extruding & (tp.feature == FEATURE_CODES[feature])


def directions(tp, mask, longer_than_mm):
    d = tp.ends[mask] - tp.starts[mask]
    long = np.hypot(d[:, 0], d[:, 1]) > longer_than_mm
    return set(np.round(np.degrees(np.arctan2(d[long, 1], d[long, 0])) % 180).astype(int)) - {180}


@pytest.fixture(scope="module")
def bridged():
    return slice(span(), "creality-ender3-v2", adhesion="none")


def test_a_span_is_bridged_along_its_length_and_anchored(bridged):
    tp = bridged.toolpath
    b = printed(tp, "bridge")
    # the deck's first layer only, and nothing of it printed as ordinary skin over the air
    assert set(tp.layer[b].tolist()) == {40}
    assert directions(tp, b, 5.0) == {0}  # along x, pillar to pillar
    cx = float(bridged.mesh.bounds.mean(axis=0)[0])
    x = np.r_[tp.starts[b, 0], tp.ends[b, 0]]
    # the air is 20 mm wide (cx ± 10): the lines go on past it onto the pillars
    assert x.min() < cx - 11 and x.max() > cx + 11
    skin_over_air = printed(tp, "skin") & (tp.layer == 40) & (np.abs(tp.x - cx) < 9)
    assert not skin_over_air.any()
    assert not bridged.layers[40].bridge.is_empty and "bridge" in repr(bridged.layers[40])


def test_bridges_use_the_profile_speed_and_flow(bridged):
    tp = bridged.toolpath
    b = printed(tp, "bridge")
    assert np.allclose(tp.speed_mm_s[b], 25)  # Creality.ini bridge_speed
    # plastic per mm: the Ender profile's bridge flow (0.95) of an ordinary line of that width
    skin = printed(tp, "skin") & (tp.layer == 41)
    per_mm = tp.e / np.maximum(tp.lengths_mm, 1e-9)
    long_b, long_s = b & (tp.lengths_mm > 5), skin & (tp.lengths_mm > 5)
    assert np.median(per_mm[long_b]) == pytest.approx(0.95 * np.median(per_mm[long_s]), rel=0.01)


def test_the_bridge_fan_runs_while_bridging():
    # TPU: 80 % for bridges, 70 % otherwise (the vendors' bridge_fan_speed and fan speed)
    text = slice(span(), "creality-ender3-v2", "tpu", adhesion="none").gcode
    at = text.index(";TYPE:BRIDGE")
    assert text[at:].split("\n")[1] == "M106 S204"
    after = text[at:].split(";TYPE:")[1]
    assert "M106 S178" in text[at + len(after) : at + len(after) + 400]


def test_a_cantilever_is_not_a_bridge():
    tp = slice(t_shape(), "prusa-mk4", adhesion="none").toolpath
    assert not printed(tp, "bridge").any()


def test_a_hole_ceiling_is_bridged_across_the_hole():
    block = trimesh.creation.box((30, 20, 10))
    block.apply_translation((0, 0, 5))
    tunnel = trimesh.creation.box((40, 6, 4))  # a 6 mm wide tunnel along x
    tunnel.apply_translation((0, 0, 4))
    model = trimesh.boolean.difference([block, tunnel], engine="manifold")
    tp = slice(model, "prusa-mk4", adhesion="none").toolpath
    b = printed(tp, "bridge")
    assert b.any() and set(tp.layer[b].tolist()) == {30}  # the layer above the tunnel (6 mm)
    assert directions(tp, b, 3.0) == {90}  # across the tunnel, the short way


@pytest.fixture(scope="module")
def supported():
    return slice(t_shape(), "prusa-mk4", supports=True, adhesion="none")


def test_supports_have_an_interface_under_a_z_gap(supported):
    tp = supported.toolpath
    top = printed(tp, "support_interface")
    base = printed(tp, "support")
    assert top.any() and base.any()
    # the bar starts at z = 10 mm (layer 50); the profile's contact distance is 0.2 mm: one
    # layer of air, and the two interface layers below it (interface_layers = 2)
    assert sorted(set(tp.layer[top].tolist())) == [47, 48]
    assert tp.z[base].max() < tp.z[top].min()
    assert tp.z[top].max() == pytest.approx(10.0 - 0.2, abs=1e-6)
    # interface lines are dense: 0.2 mm of air between them (profile interface_spacing)
    ys = np.sort(np.unique(np.round(tp.y[top & (tp.layer == 48)], 2)))
    assert len(ys) > 10


def test_interface_lines_cross_the_first_skin_above(supported):
    tp = supported.toolpath
    top = printed(tp, "support_interface") & (tp.layer == 48)
    skin = printed(tp, "skin") & (tp.layer == 50)
    under, over = directions(tp, top, 3.0), directions(tp, skin, 3.0)
    assert len(under) == 1 and len(over) == 1
    assert abs(next(iter(under)) - next(iter(over))) == 90
    # the layers below turn by 90° too, as skins do
    below = printed(tp, "support_interface") & (tp.layer == 47)
    assert directions(tp, below, 3.0) == over


def test_support_interface_is_named_in_the_gcode_and_the_preview(supported):
    text = supported.gcode
    assert ";TYPE:SUPPORT-INTERFACE" in text
    back = read_gcode(text)
    assert (back.is_extruding & (back.feature == FEATURE_CODES["support_interface"])).any()
    assert not supported.layers[48].support_interface.is_empty
    pic = supported.preview(48)
    assert re.search("support interface", pic.alt)
