"""`makerkit printers`: the printer and material profiles."""

from __future__ import annotations

import argparse

from makerkit.cli import Outcome


def register(sub, common) -> None:
    p = sub.add_parser("printers", parents=[common], help="printer and material profiles")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> Outcome:
    from makerkit.i18n import number, t
    from makerkit.printers import list_materials, list_printers

    printers = [{"id": p.id, "name": p.name, "bed_mm": list(p.bed_mm)} for p in list_printers()]
    materials = [{"id": m.id, "name": m.name} for m in list_materials()]
    id_width = max(len(row["id"]) for row in printers + materials)
    name_width = max(len(p["name"]) for p in printers)
    lines = [t("cli.printers_title")]
    lines += [
        f"  {p['id']:<{id_width}}  {p['name']:<{name_width}}  "
        + " × ".join(number(v, 1) for v in p["bed_mm"])
        + " mm"
        for p in printers
    ]
    lines += ["", t("cli.materials_title")]
    lines += [f"  {m['id']:<{id_width}}  {m['name']}" for m in materials]
    return Outcome({"printers": printers, "materials": materials}, "\n".join(lines))
