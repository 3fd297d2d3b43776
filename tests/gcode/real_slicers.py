"""Make G-code with the real PrusaSlicer and CuraEngine, for tests and the benchmark.

PrusaSlicer's command line loads flat ``.ini`` files only, so the vendor bundle's presets
(which inherit from each other) are flattened here. CuraEngine needs Cura's machine
definitions (``fdmprinter.def.json`` …): they are looked for where makerkit's own slicing
comparison looks (``MAKERKIT_CURA_DEFINITIONS``, then the usual Cura folders).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

PRUSA_PROFILES = Path("/usr/share/PrusaSlicer/profiles")

# makerkit printer id -> (bundle, printer preset, print preset, filament preset)
PRUSA_PRESETS = {
    "prusa-mk3s": (
        "PrusaResearch",
        "Original Prusa i3 MK3S & MK3S+",
        "0.20mm QUALITY @MK3",
        "Prusament PLA",
    ),
    "creality-ender3-v2": (
        "Creality",
        "Creality Ender-3 V2 (0.4 mm nozzle)",
        "0.20 mm NORMAL (0.4 mm nozzle) @CREALITY",
        "Generic PLA @CREALITY",
    ),
    "creality-ender3": (
        "Creality",
        "Creality Ender-3 (0.4 mm nozzle)",
        "0.20 mm NORMAL (0.4 mm nozzle) @CREALITY",
        "Generic PLA @CREALITY",
    ),
}

CURA_MACHINES = {
    "creality-ender3-v2": ("creality_ender3", "creality_base_extruder_0"),
    "creality-ender3": ("creality_ender3", "creality_base_extruder_0"),
    "prusa-mk3s": ("prusa_i3_mk3", "prusa_i3_mk3_extruder_0"),
}


def _read_bundle(name: str) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in (PRUSA_PROFILES / f"{name}.ini").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
        elif current is not None and "=" in line:
            key, value = line.split("=", 1)
            current[key.strip()] = value.strip()
    return sections


def _resolve(sections: dict[str, dict[str, str]], kind: str, name: str) -> dict[str, str]:
    own = sections[f"{kind}:{name}"]
    out: dict[str, str] = {}
    for parent in [p.strip() for p in own.get("inherits", "").split(";") if p.strip()]:
        out.update(_resolve(sections, kind, parent.strip('"')))
    out.update(own)
    return out


def prusa_config(printer_id: str, **overrides: object) -> str:
    """A flat PrusaSlicer ``.ini`` for one of :data:`PRUSA_PRESETS`."""
    bundle, printer, prnt, filament = PRUSA_PRESETS[printer_id]
    sections = _read_bundle(bundle)
    config: dict[str, str] = {}
    for kind, name in (("printer", printer), ("print", prnt), ("filament", filament)):
        config.update(_resolve(sections, kind, name))
    for key in ("inherits", "renamed_from", "compatible_printers", "compatible_printers_condition"):
        config.pop(key, None)
    config.update({k: str(v) for k, v in overrides.items()})
    return "\n".join(f"{k} = {v}" for k, v in config.items()) + "\n"


def prusa_slice(
    stl: Path, out: Path, printer_id: str, scale: float = 1.0, **overrides: object
) -> Path:
    """Slice ``stl`` with PrusaSlicer for ``printer_id``; returns the G-code path."""
    out = Path(out)
    ini = out.with_suffix(".ini")
    ini.write_text(prusa_config(printer_id, **overrides), encoding="utf-8")
    cmd = ["prusa-slicer", "--export-gcode", "--load", str(ini), "--center", "100,100"]
    if scale != 1.0:
        cmd += ["--scale", str(scale)]
    cmd += ["-o", str(out), str(stl)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    return out


def cura_definitions() -> Path | None:
    """The folder holding Cura's ``fdmprinter.def.json``, if one is installed (the same
    places makerkit's own slicing comparison looks in)."""
    from makerkit.errors import SliceError
    from makerkit.slicing.external import cura_definitions as resources

    try:
        return resources() / "definitions"
    except SliceError:
        return None


def cura_slice(
    stl: Path, out: Path, printer_id: str, scale: float = 1.0, **settings: object
) -> Path:
    """Slice ``stl`` with CuraEngine for ``printer_id``; returns the G-code path."""
    defs = cura_definitions()
    if defs is None or shutil.which("CuraEngine") is None:
        raise FileNotFoundError("CuraEngine or Cura's machine definitions are missing")
    machine, extruder = CURA_MACHINES[printer_id]
    extruders = defs.parent / "extruders"
    env = dict(os.environ, CURA_ENGINE_SEARCH_PATH=f"{defs}:{extruders}")
    stl = Path(stl)
    if scale != 1.0:
        import trimesh

        mesh = trimesh.load(stl, force="mesh")
        mesh.apply_scale(scale)
        stl = Path(out).with_suffix(".scaled.stl")
        mesh.export(stl)
    base = {
        "roofing_layer_count": 1,
        "adhesion_type": "skirt",
        "layer_height": 0.2,
        "material_print_temperature": 210,
        "material_bed_temperature": 60,
        "material_print_temperature_layer_0": 215,
        "material_bed_temperature_layer_0": 60,
        "mesh_position_x": 0,
        "mesh_position_y": 0,
        "center_object": "true",
    }
    if printer_id == "creality-ender3-v2":  # Cura 4.13 has the Ender-3 only: give it the V2's bed
        base.update({"machine_width": 220, "machine_depth": 220})
    base.update(settings)
    # Cura's front end fills {setting} placeholders in the start and end G-code; the
    # engine alone does not, so do it here as Cura would.
    chain = _cura_chain(defs, machine)
    for key in ("machine_start_gcode", "machine_end_gcode"):
        text = str(base.get(key, chain.get(key, "")))
        for name in re.findall(r"{(\w+)}", text):
            value = base.get(name, chain.get(name))
            if value is not None:
                text = text.replace("{" + name + "}", str(value))
        base[key] = text
    cmd = ["CuraEngine", "slice", "-j", str(defs / f"{machine}.def.json")]
    for k, v in base.items():
        cmd += ["-s", f"{k}={v}"]
    cmd += ["-e0", "-j", str(extruders / f"{extruder}.def.json"), "-l", str(stl), "-o", str(out)]
    subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=600)
    return Path(out)


def _cura_chain(defs: Path, machine: str) -> dict[str, object]:
    """Default values of a Cura machine definition and the ones it inherits from."""
    values: dict[str, object] = {}
    chain = []
    name: str | None = machine
    while name:
        data = json.loads((defs / f"{name}.def.json").read_text(encoding="utf-8"))
        chain.append(data)
        name = data.get("inherits")
    for data in reversed(chain):
        for key, spec in data.get("overrides", {}).items():
            if "default_value" in spec:
                values[key] = spec["default_value"]
    return values
