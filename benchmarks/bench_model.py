"""Modelling benchmark: import time, name tags, pictures; each beside the plain way.

Anchors, measured in the same run on the same machine:
- ``import makerkit`` beside ``import trimesh`` plus matplotlib's ``Figure``;
- ``nametag`` beside the same tag built with trimesh alone (``trimesh.creation`` boxes,
  cylinders and extruded letter polygons, joined with ``trimesh.boolean``);
- the name-tag picture and a 200,000-face picture beside matplotlib's own 3D plot
  (``mpl_toolkits.mplot3d``, ``plot_trisurf``) of the same triangles.

STL files (section ``model-stl``): load and save of a 500,000-triangle binary STL and a
50,000-triangle text STL with makerkit (numpy-stl underneath), with makerkit's own STL code
before numpy-stl (read from git history, same run) and with trimesh's loader and exporter.

Operations (section ``model-ops``): each new operation on a pencil-holder-sized model (a
70 mm cylinder 90 mm tall, a 70 mm star, twelve holes around) beside the library underneath
doing the same directly (manifold3d, shapely, trimesh), same run.

Run: ``python benchmarks/bench_model.py [main] [stl] [ops]`` (``make bench`` runs them all).
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import time
import warnings
from functools import reduce
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from report import table, write_section  # noqa: E402

NAMES = [
    "Camille", "Hélène-Françoise", "Zoé", "Léo", "Chloé", "Noémie", "Jean-Luc", "Maëlys",
    "Gaëtan", "Françoise", "Œdipe", "Inès", "Raphaël", "Anaïs", "Jérôme", "Bérénice",
    "Loïc", "Agnès", "Stéphane", "Ève",
]  # fmt: skip


def _median_s(func, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _import_s(statement: str, repeat: int = 5) -> float:
    code = f"import time; t=time.perf_counter(); {statement}; print(time.perf_counter()-t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return statistics.median(runs)


def trimesh_nametag(name: str):
    """The same name tag, the plain way: trimesh primitives and trimesh.boolean."""
    import shapely
    import trimesh
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath

    prop = FontProperties(family="DejaVu Sans", weight="bold")
    path = TextPath((0, 0), name, size=11.0, prop=prop)
    rings = [shapely.Polygon(p) for p in path.to_polygons(closed_only=True) if len(p) >= 4]
    ink = reduce(lambda a, b: a.symmetric_difference(b), [r.buffer(0) for r in rings])
    x0, y0, x1, y1 = ink.bounds
    letters = [
        trimesh.creation.extrude_polygon(g, 1.2).apply_translation((-x0 + 12, -y0 + 3, 2.4))
        for g in getattr(ink, "geoms", [ink])
    ]
    width, depth = (x1 - x0) + 15, (y1 - y0) + 6
    plate = trimesh.creation.box((width, depth, 2.4)).apply_translation((width / 2, depth / 2, 1.2))
    hole = trimesh.creation.cylinder(radius=2.0, height=10).apply_translation((5.5, depth / 2, 0))
    joined = trimesh.boolean.union([plate, *letters])
    return trimesh.boolean.difference([joined, hole])


def mplot3d_picture(vertices, faces) -> bytes:
    """A picture the plain matplotlib way: a 3D axes and plot_trisurf."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.0, 3.6))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(projection="3d")
    ax.plot_trisurf(
        vertices[:, 0], vertices[:, 1], vertices[:, 2], triangles=faces, color="#56B4E9"
    )
    ax.set_axis_off()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _row(what, ours_s, anchor_s, target_s, anchor_name):
    if anchor_s is None:
        met = "yes" if target_s is None or ours_s < target_s else "**no**"
        target = f"< {target_s * 1000:.0f} ms" if target_s else "—"
        return [what, f"{ours_s * 1000:.2f} ms", "—", "—", target, met]
    ratio = f"{anchor_s / ours_s:.1f}× faster" if anchor_s and ours_s else "—"
    met = "yes" if target_s is None or ours_s < target_s else "**no**"
    target = f"< {target_s * 1000:.0f} ms" if target_s else "—"
    return [
        what,
        f"{ours_s * 1000:.1f} ms",
        f"{anchor_s * 1000:.1f} ms ({anchor_name})",
        ratio,
        target,
        met,
    ]


def main() -> None:
    warnings.simplefilter("ignore")
    rows = []

    t_import = _import_s("import makerkit")
    t_import_anchor = _import_s("import trimesh, matplotlib.figure")
    rows.append(
        _row("`import makerkit`", t_import, t_import_anchor, 0.3, "import trimesh + matplotlib")
    )

    import trimesh

    from makerkit.model import Solid, check, nametag

    nametag("Warm-up")  # fonts loaded, outlines cache started
    per_name = []
    for name in NAMES:
        t0 = time.perf_counter()
        tag = nametag(name)
        per_name.append(time.perf_counter() - t0)
        assert tag.is_closed
    anchor_per_name = []
    trimesh_nametag("Warm-up")
    for name in NAMES:
        t0 = time.perf_counter()
        trimesh_nametag(name)
        anchor_per_name.append(time.perf_counter() - t0)
    rows.append(
        _row(
            f"name tag, new name (median of {len(NAMES)})",
            statistics.median(per_name),
            statistics.median(anchor_per_name),
            0.05,
            "trimesh.creation + trimesh.boolean",
        )
    )
    rows.append(
        _row(
            f"name tag, new name (slowest of {len(NAMES)})",
            max(per_name),
            max(anchor_per_name),
            0.05,
            "same",
        )
    )
    t_again = _median_s(lambda: nametag("Camille"))
    rows.append(_row("name tag, same name again (cached)", t_again, None, 0.05, ""))

    tag = nametag("Camille")
    t_check = _median_s(lambda: check(tag))
    rows.append([
        "printability check of the name tag", f"{t_check * 1000:.1f} ms", "—", "—", "—", "—",
    ])  # fmt: skip

    tag.preview()
    t_pic = _median_s(tag.preview)
    vertices, faces = tag.triangles()
    t_pic_anchor = _median_s(lambda: mplot3d_picture(vertices, faces), repeat=3)
    rows.append(
        _row(
            f"name-tag picture ({tag.faces:,} faces)",
            t_pic,
            t_pic_anchor,
            0.15,
            "mplot3d plot_trisurf",
        )
    )

    big_mesh = trimesh.creation.torus(40, 12, major_sections=500, minor_sections=200)
    big = Solid.from_trimesh(big_mesh)
    big.preview()
    t_big = _median_s(big.preview)
    t_big_anchor = _median_s(lambda: mplot3d_picture(big_mesh.vertices, big_mesh.faces), repeat=1)
    rows.append(
        _row(f"picture of {big.faces:,} faces", t_big, t_big_anchor, 0.5, "mplot3d plot_trisurf")
    )

    load_1min = os.getloadavg()[0]
    body = table(["measure", "makerkit", "plain way (anchor)", "ratio", "target", "met"], rows)
    body += (
        f"\n\nLoad average during the run: {load_1min:.1f} on {os.cpu_count()} cores "
        "(other work was running: absolute times are inflated, the ratios hold).\n\n"
        "Name tags: a new name is built from cached letter outlines; the same name again comes "
        "from the cache of built tags (a solid never changes). Default tag: 8 mm letters, 2.4 mm plate, 1.2 mm raised letters, 4 mm "
        "ring hole. The anchor builds the same tag with trimesh alone; its letters lose the "
        "overlapping accents that makerkit's non-zero fill keeps. Pictures are 500 × 360 px PNG; "
        "makerkit draws back-face-culled flat-shaded triangles in one Agg call and merges "
        "vertices closer than a display pixel on meshes over 30,000 faces.\n"
    )
    write_section("model", "Modelling: import, name tags, pictures", body)
    print(body)


# The last commit with makerkit's hand-written STL reader and writer.
OLD_STL_COMMIT = "f3627ed"


def _old_exchange():
    """makerkit's exchange module as it was before numpy-stl (from git), or None."""
    import types

    root = Path(__file__).resolve().parents[1]
    try:
        source = subprocess.run(
            ["git", "show", f"{OLD_STL_COMMIT}:makerkit/model/exchange.py"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("old_exchange")
    exec(compile(source, "old_exchange.py", "exec"), module.__dict__)
    return module


def bench_stl() -> None:
    """Load and save big STL files: makerkit now, makerkit before numpy-stl, trimesh."""
    import tempfile

    import trimesh

    from makerkit.model import Solid, load

    warnings.simplefilter("ignore")
    old = _old_exchange()
    work = Path(tempfile.mkdtemp(prefix="bench-stl-"))
    cases = [
        ("binary", False, trimesh.creation.torus(40, 12, major_sections=1000, minor_sections=250)),
        ("text", True, trimesh.creation.torus(40, 12, major_sections=250, minor_sections=100)),
    ]
    rows = []
    for kind, ascii, mesh in cases:
        solid = Solid.from_trimesh(mesh)
        n = solid.faces
        path = solid.save(work / f"{kind}.stl", ascii=ascii)
        repeat = 3
        t_new = _median_s(lambda path=path: load(path), repeat)
        t_old = _median_s(lambda path=path: old.load(path), repeat) if old else None
        t_tri = _median_s(lambda path=path: trimesh.load(path), repeat)
        assert load(path).is_closed and load(path).faces == n
        rows.append(_stl_row(f"load {n:,}-triangle {kind} STL", t_new, t_old, t_tri))
        target = work / f"{kind}-out.stl"

        def save_new(solid=solid, target=target, ascii=ascii):
            target.unlink(missing_ok=True)
            solid.save(target, ascii=ascii)

        def save_old(solid=solid, target=target, ascii=ascii):
            target.unlink(missing_ok=True)
            old.save(solid, target, ascii=ascii)

        def save_tri(mesh=mesh, target=target, ascii=ascii):
            target.unlink(missing_ok=True)
            mesh.export(target, file_type="stl_ascii" if ascii else "stl")

        t_new = _median_s(save_new, repeat)
        t_old = _median_s(save_old, repeat) if old else None
        t_tri = _median_s(save_tri, repeat)
        rows.append(_stl_row(f"save {n:,}-triangle {kind} STL", t_new, t_old, t_tri))
    load_1min = os.getloadavg()[0]
    body = table(
        [
            "measure",
            "makerkit (numpy-stl)",
            "makerkit before",
            "trimesh",
            "vs before",
            "vs trimesh",
        ],
        rows,
    )
    body += (
        f"\n\nLoad average during the run: {load_1min:.1f} on {os.cpu_count()} cores. "
        "Median of 3. *Load* is the whole `makerkit.load` (read, join shared corners, build "
        "the closed solid with manifold3d, unit sense) beside `trimesh.load` (read and merge "
        "vertices); *save* writes the file atomically (temporary file, fsync, rename). "
        f"*Before* is makerkit's own STL code at commit {OLD_STL_COMMIT}, read from git "
        "history in the same run. Text STL is read by numpy-stl's C reader (`speedups`), "
        "with a keyword count that hands a file with a misspelt line to its strict Python "
        "reader for the message.\n"
    )
    write_section("model-stl", "Modelling: STL files (numpy-stl)", body)
    print(body)


def _stl_row(what, new_s, old_s, trimesh_s):
    def ms(v):
        return "—" if v is None else f"{v * 1000:.0f} ms"

    def ratio(anchor):
        if anchor is None:
            return "—"
        return (
            f"{anchor / new_s:.1f}× faster" if anchor >= new_s else f"{new_s / anchor:.1f}× slower"
        )

    return [what, ms(new_s), ms(old_s), ms(trimesh_s), ratio(old_s), ratio(trimesh_s)]


def bench_ops() -> None:
    """Each new operation beside the library underneath, on a pencil-holder-sized model."""
    import tempfile

    import manifold3d
    import shapely
    import trimesh

    from makerkit.model import (
        box,
        circle,
        cylinder,
        hull,
        minkowski,
        prism,
        sphere,
        star,
        svg_shape,
    )

    warnings.simplefilter("ignore")
    cup = cylinder(70, 90)
    outline = star(5, 70, 28)
    hole = prism(6, 8, 10).rotate(x=90).move(y=34, z=15)
    rows = []

    def done(result):
        # manifold3d evaluates lazily: ask for the triangles so the work is really done
        for r in result if isinstance(result, tuple) else (result,):
            if hasattr(r, "num_tri"):
                r.num_tri()
            elif hasattr(r, "faces") and not isinstance(r.faces, np.ndarray):
                _ = r.faces
            elif hasattr(r, "area_mm2"):
                _ = r.area_mm2
            elif hasattr(r, "area"):
                _ = r.area

    def row(what, ours, anchor, anchor_name, repeat=5):
        def run_ours():
            done(ours())

        def run_anchor():
            done(anchor())

        run_ours(), run_anchor()  # warm up
        t_ours, t_anchor = _median_s(run_ours, repeat), _median_s(run_anchor, repeat)
        ratio = t_anchor / t_ours
        said = f"{ratio:.1f}× faster" if ratio >= 1 else f"{1 / ratio:.1f}× slower"
        rows.append(
            [what, f"{t_ours * 1000:.2f} ms", f"{t_anchor * 1000:.2f} ms ({anchor_name})", said]
        )

    poly = shapely.Polygon(outline.points()[0])
    row(
        "2D offset 1.2 mm (star 70 mm)",
        lambda: outline.offset(1.2),
        lambda: poly.buffer(1.2),
        "shapely buffer",
    )
    ball = manifold3d.Manifold.sphere(2.5, 16)
    row(
        "shell 2.5 mm, open top (cylinder 70 × 90)",
        lambda: cup.shell(2.5, open_top=True),
        lambda: cup._manifold - cup._manifold.minkowski_difference(ball),
        "manifold3d Minkowski difference",
        3,
    )
    copies = [hole._manifold.rotate((0, 0, 30.0 * i)) for i in range(12)]
    row(
        "repeat_around: 12 holes joined",
        lambda: hole.repeat_around(12),
        lambda: manifold3d.Manifold.batch_boolean(copies, manifold3d.OpType.Add),
        "manifold3d batch_boolean",
    )
    meshes = [cup.to_trimesh(), sphere(30).move(x=60).to_trimesh()]
    row(
        "hull of a cup and a ball",
        lambda: hull(cup, sphere(30).move(x=60)),
        lambda: trimesh.util.concatenate(meshes).convex_hull,
        "trimesh convex_hull",
    )
    small = sphere(4, segments=16).centred(z=True)
    row(
        "Minkowski: box 60 × 40 × 20 with a 4 mm ball",
        lambda: minkowski(box(60, 40, 20), small),
        lambda: box(60, 40, 20)._manifold.minkowski_sum(small._manifold),
        "manifold3d minkowski_sum",
    )
    row(
        "rounded box 60 × 40 × 20, 3 mm edges",
        lambda: box(60, 40, 20, rounded_mm=3),
        lambda: box(54, 34, 14)._manifold.minkowski_sum(manifold3d.Manifold.sphere(3, 24)),
        "manifold3d Minkowski of a box and a ball",
    )
    row(
        "resize to 100 mm tall",
        lambda: cup.resize(z_mm=100),
        lambda: cup.to_trimesh().apply_scale(100 / 90),
        "trimesh apply_scale",
    )
    row(
        "on_face: a disc on the cup's side",
        lambda: circle(20).extrude(2).on_face(cup, "front"),
        lambda: (
            manifold3d.Manifold.cylinder(2, 10, 10, 80).rotate((90, 0, 0)).translate((0, -35, 45))
        ),
        "manifold3d rotate + translate",
    )
    folder = Path(tempfile.mkdtemp(prefix="bench-svg-"))
    drawing = folder / "star.svg"
    points = " ".join(f"{x:.3f},{-y:.3f}" for x, y in outline.points()[0])
    drawing.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="70mm" height="70mm" viewBox="-35 -35 70 70"><polygon points="{points}"/></svg>'
    )
    row(
        "SVG import of a star drawing",
        lambda: svg_shape(drawing),
        lambda: trimesh.load_path(str(drawing)),
        "trimesh.load_path (no units)",
    )
    load_1min = os.getloadavg()[0]
    body = table(["operation", "makerkit", "library underneath, directly", "ratio"], rows)
    body += (
        f"\n\nLoad average during the run: {load_1min:.1f} on {os.cpu_count()} cores. Median of 5 "
        "(3 for the shell). makerkit's figure includes its checks and conversions (a Solid "
        "from the result, units in mm); the anchor is the bare call. The shell of a convex "
        "solid cuts its face planes moved in (scipy's half-space intersection, then a hull), "
        "exact walls; manifold3d's Minkowski difference erodes by a ball (any solid, slower).\n"
    )
    write_section("model-ops", "Modelling: operations beside the libraries underneath", body)
    print(body)


if __name__ == "__main__":
    parts = sys.argv[1:] or ["main", "stl", "ops"]
    if "main" in parts:
        main()
    if "stl" in parts:
        bench_stl()
    if "ops" in parts:
        bench_ops()
