"""The safety gate: what goes to a printer is exactly what was checked, for that printer.

:func:`prepare` turns what a learner gives (a G-code file or text, a model file,
a ``Solid``, a slice) into the bytes that would be uploaded — a model is sliced with the
target printer's profile first. :func:`inspect` runs makerkit's safety check
(:func:`makerkit.gcode.check_gcode`) on those very bytes for the printer's profile and the
material, and estimates time, filament and grams. A checker that fails is a refusal,
never a pass.

>>> found = prepare("G28\\nG1 Z5 F600\\nG1 X500 F3000\\n", "prusa-mini", "pla")
>>> verdict = inspect(found.gcode, "prusa-mini", "pla")
>>> verdict.ok, [p["code"] for p in verdict.errors], len(verdict.sha256)
(False, ['out_of_bounds'], 64)
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from makerkit.errors import MakerkitError, PrintingError

__all__ = [
    "MAX_GCODE_BYTES",
    "Prepared",
    "Verdict",
    "prepare",
    "inspect",
    "target_fingerprint",
]

MAX_GCODE_BYTES = 200 * 1024 * 1024  # far above a day's print; refuses a runaway file
GCODE_SUFFIXES = (".gcode", ".gco", ".g", ".gc")
MODEL_SUFFIXES = (".stl", ".3mf", ".obj", ".ply", ".off")


@dataclass
class Verdict:
    """The check's answer: ``ok``, its report (plain data), the estimate and the checksum."""

    ok: bool
    report: dict[str, Any]
    estimate: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""
    size_bytes: int = 0

    @property
    def errors(self) -> list[dict[str, Any]]:
        return [p for p in self.report.get("problems", []) if p.get("severity") == "error"]


def sha256(data: bytes) -> str:
    """The file's SHA-256, as hexadecimal."""
    return hashlib.sha256(data).hexdigest()


def target_fingerprint(profile: str, material: str) -> str:
    """A short digest of the printer's and the material's profiles (bed, temperatures, speeds…).

    When a profile changes after a job was checked, the job is checked again before it goes.

    >>> target_fingerprint("prusa-mk4", "pla") == target_fingerprint("prusa-mk4", "pla")
    True
    """
    from makerkit.printers import get_material, get_printer

    prn, mat = get_printer(profile), get_material(material)
    blob = json.dumps(
        {
            "printer": [prn.id, prn.bed_mm, prn.max_hotend_c, prn.max_bed_c, prn.data],
            "material": [mat.id, mat.data],
        },
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


@dataclass
class Prepared:
    """What would be uploaded (``gcode``), where it came from, and the model when there is one.

    The model (binary STL, placed as sliced) lets the facilitator put the job on a class
    plate later; hand-written G-code has none.
    """

    gcode: bytes
    source: str
    model_stl: bytes | None = None


def _sliced(mesh: Any, profile: str, material: str, source: str) -> Prepared:
    from makerkit.slicing import slice as slice_model

    result = slice_model(mesh, profile, material)
    return Prepared(result.gcode.encode("utf-8"), source, _stl(result.mesh))


def _stl(mesh: Any) -> bytes | None:
    if mesh is None:
        return None
    tm = mesh.to_trimesh() if hasattr(mesh, "to_trimesh") else mesh
    return bytes(tm.export(file_type="stl"))


def prepare(item: Any, profile: str, material: str) -> Prepared:
    """The G-code bytes to upload for ``item`` (and its model, when it is one).

    ``item`` may be G-code (``bytes``, or a ``str`` holding G-code lines), a file name
    (``.gcode``, or a model file ``.stl``/``.3mf``/``.obj`` that is sliced for ``profile``),
    a ``Solid`` or a trimesh (sliced), or a slice made with ``mk.slice`` for that printer.
    """
    from makerkit.slicing import SliceResult
    from makerkit.slicing.model_input import as_mesh

    if isinstance(item, Prepared):
        return Prepared(_limited(item.gcode), item.source, item.model_stl)
    if isinstance(item, SliceResult):
        if item.printer.id != profile:
            raise PrintingError(
                "printing.slice_for_other_printer", sliced=item.printer.id, profile=profile
            )
        if item.material.id != material:
            raise PrintingError(
                "printing.slice_for_other_material", sliced=item.material.id, material=material
            )
        return Prepared(item.gcode.encode("utf-8"), "slice", _stl(item.mesh))
    if isinstance(item, bytes | bytearray):
        return Prepared(_limited(bytes(item)), "gcode")
    if isinstance(item, str) and not _names_a_file(item):
        return Prepared(_limited(item.encode("utf-8")), "gcode")
    if isinstance(item, str | os.PathLike):
        from makerkit.files import existing_file, read_bytes

        path = existing_file(item)
        if path.suffix.lower() in GCODE_SUFFIXES:
            if path.stat().st_size > MAX_GCODE_BYTES:
                raise PrintingError(
                    "printing.file_too_big", path=str(path), limit_mb=MAX_GCODE_BYTES // 2**20
                )
            return Prepared(read_bytes(path), path.name)
        return _sliced(as_mesh(path), profile, material, path.name)
    if hasattr(item, "to_trimesh") or (hasattr(item, "vertices") and hasattr(item, "faces")):
        return _sliced(as_mesh(item), profile, material, type(item).__name__.lower())
    raise PrintingError("printing.cannot_print", kind=type(item).__name__)


def _names_a_file(text: str) -> bool:
    """A string is a file name when such a file exists or it ends like one (else: G-code lines)."""
    if "\n" in text or len(text) > 4096:
        return False
    suffix = Path(text).suffix.lower()
    return Path(text).expanduser().exists() or suffix in (*GCODE_SUFFIXES, *MODEL_SUFFIXES)


def _limited(data: bytes) -> bytes:
    if len(data) > MAX_GCODE_BYTES:
        raise PrintingError(
            "printing.file_too_big", path="gcode", limit_mb=MAX_GCODE_BYTES // 2**20
        )
    return data


def inspect(data: bytes, profile: str, material: str) -> Verdict:
    """Check ``data`` for the printer ``profile`` and ``material``; estimate it when it is safe.

    Any failure of the checker itself is a refusal (``printing.check_failed``), never a pass.
    """
    from makerkit.gcode import check_gcode, read_gcode

    digest = sha256(data)
    try:
        toolpath = read_gcode(data)  # read once: the check and the estimate share it
        report = check_gcode(toolpath, profile, material).to_dict()
    except MakerkitError as err:  # unreadable G-code: say why, in plain words
        return Verdict(False, _refusal_report(profile, err.key, str(err)), {}, digest, len(data))
    except Exception as exc:  # a crash of the checker must never let a file through
        from makerkit.i18n import t

        message = t("printing.check_failed", error=f"{type(exc).__name__}: {exc}")
        return Verdict(
            False, _refusal_report(profile, "check_failed", message), {}, digest, len(data)
        )
    estimate: dict[str, Any] = {}
    if report["ok"]:
        estimate = _estimate(toolpath, profile, material)
    return Verdict(bool(report["ok"]), report, estimate, digest, len(data))


def _refusal_report(profile: str, code: str, message: str) -> dict[str, Any]:
    return {
        "ok": False,
        "printer": profile,
        "lines": 0,
        "problems": [
            {"code": code, "line": 0, "message": message, "severity": "error", "count": 1}
        ],
    }


def _estimate(toolpath: Any, profile: str, material: str) -> dict[str, Any]:
    from makerkit.gcode import estimate

    est = estimate(toolpath, profile, material)
    return {
        "time_s": round(float(est.time_s), 1),
        "filament_mm": round(float(est.filament_mm), 1),
        "filament_g": round(float(est.filament_g), 2),
    }
