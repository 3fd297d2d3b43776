"""Fixtures of the slicing tests: the shared test models scaled to millimetres."""

from __future__ import annotations

import warnings

import pytest
import trimesh


@pytest.fixture(scope="session")
def mm_models(models):
    """A few models from the shared folder, scaled to millimetres (trimesh meshes)."""
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
