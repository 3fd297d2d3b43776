"""Fixtures of the slicing tests: the test models (tests/data/models) scaled to millimetres."""

from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path

import pytest
import trimesh

# The test modules import their helpers by name; with pytest's importlib mode the folder
# is not on sys.path, so register the helpers module here (conftest is loaded first).
_spec = importlib.util.spec_from_file_location(
    "slicing_helpers", Path(__file__).with_name("slicing_helpers.py")
)
slicing_helpers = importlib.util.module_from_spec(_spec)
sys.modules["slicing_helpers"] = slicing_helpers
_spec.loader.exec_module(slicing_helpers)


@pytest.fixture(scope="session")
def mm_models(models):
    """A few of the test models, scaled to millimetres (trimesh meshes)."""
    out = {}
    cube = trimesh.load(models / "20mm-xyz-cube.stl")
    out["cube"] = cube
    torus = trimesh.load(models / "torus.stl")
    torus.apply_scale(15.0)
    out["torus"] = torus
    sphere = trimesh.load(models / "unit_sphere.stl")
    sphere.apply_scale(10.0)
    out["sphere"] = sphere
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        teapot = trimesh.load(models / "teapot.stl")
    out["teapot"] = teapot
    return out
