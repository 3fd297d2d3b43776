"""`makerkit gcode info|check|explain|plot`: read, check, explain and draw a G-code file."""

from __future__ import annotations

import argparse

from makerkit.cli import Outcome

FLAVOR_HELP = (
    "firmware: marlin, prusa, klipper, reprapfirmware, bambu, laser, cnc (default: from the file)"
)


def register(sub, common) -> None:
    group = sub.add_parser("gcode", parents=[common], help="read, check, explain and draw G-code")
    cmds = group.add_subparsers(dest="gcode_command", metavar="COMMAND")

    p = cmds.add_parser("info", parents=[common], help="read and simulate: time, filament, size")
    p.add_argument("file", help="G-code file")
    p.add_argument("--printer", default=None, help="printer id, for limits the file does not set")
    p.add_argument("--material", default="pla", help="material id: pla, petg, tpu")
    p.add_argument("--flavor", default=None, help=FLAVOR_HELP)
    p.set_defaults(func=run_info)

    p = cmds.add_parser("check", parents=[common], help="is it safe for this printer?")
    p.add_argument("file", help="G-code file")
    p.add_argument("--printer", required=True, help="printer id (see: makerkit printers)")
    p.add_argument("--material", default=None, help="material id: pla, petg, tpu")
    p.add_argument("--flavor", default=None, help=FLAVOR_HELP)
    p.set_defaults(func=run_check)

    p = cmds.add_parser("explain", parents=[common], help="each line in plain words")
    p.add_argument("file", help="G-code file")
    p.add_argument("--from", dest="start", type=int, default=None, metavar="N", help="first line")
    p.add_argument("--to", dest="end", type=int, default=None, metavar="M", help="last line")
    p.add_argument("--flavor", default=None, help=FLAVOR_HELP)
    p.set_defaults(func=run_explain)

    p = cmds.add_parser("plot", parents=[common], help="picture of the nozzle path")
    p.add_argument("file", help="G-code file")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.png",
        help="picture to write (its description beside it, .txt)",
    )
    p.add_argument("--layer", type=int, default=None, metavar="N", help="one layer (0 = first)")
    p.add_argument(
        "--color-by",
        default="feature",
        choices=("feature", "speed", "travel"),
        help="colours: feature (walls, infill …), speed, or travel (printing or not)",
    )
    p.add_argument("--view", default="2d", choices=("2d", "3d"), help="2d (seen from above) or 3d")
    p.add_argument("--printer", default=None, help="draw this printer's bed")
    p.add_argument("--flavor", default=None, help=FLAVOR_HELP)
    p.set_defaults(func=run_plot)
    group.set_defaults(func=lambda args: _usage(group))


def _usage(parser) -> Outcome:
    parser.print_help()
    return Outcome(status=2)


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h} h {m:02d} min {s:02d} s" if h else f"{m} min {s:02d} s"


def run_info(args: argparse.Namespace) -> Outcome:
    from makerkit.gcode.reader import read_gcode
    from makerkit.gcode.simulate import estimate
    from makerkit.i18n import number, t

    tp = read_gcode(args.file, flavour=args.flavor)
    est = estimate(tp, args.printer, args.material)
    box = tp.bounds(extruding_only=True) or tp.bounds(extruding_only=False)
    # the object's size: without the start sequence's purge line (layer -1)
    part = tp.select(tp.layer >= 0).bounds(extruding_only=True) if tp.layer_count else None
    part = part or box
    bounds = (
        {"min": [round(float(v), 3) for v in box[0]], "max": [round(float(v), 3) for v in box[1]]}
        if box
        else None
    )
    data = {
        "file": str(args.file),
        "lines": tp.meta.get("lines", 0),
        "moves": len(tp),
        "layers": tp.layer_count,
        "time_s": round(est.time_s, 1),
        "filament_mm": round(est.filament_mm, 1),
        "filament_g": round(est.filament_g, 2),
        "bounds": bounds,
        "size_mm": [round(float(hi - lo), 2) for lo, hi in zip(*part, strict=True)]
        if part
        else None,
        "slicer": tp.meta.get("slicer"),
        "slicer_estimate_s": tp.meta.get("slicer_estimate_s"),
        "slicer_filament_mm": tp.meta.get("slicer_filament_mm"),
        "flavor": tp.meta.get("flavour"),
        "machine": tp.meta.get("machine"),
        "max_hotend_c": est.max_hotend_c,
        "max_bed_c": est.max_bed_c,
        "unknown_commands": tp.meta.get("unknown_commands", [])[:50],
        "warnings": tp.meta.get("warnings", []),
    }
    lines = [
        t(
            "gcode.info_summary",
            lines=number(data["lines"], 0, unit="core.unit.line"),
            moves=number(data["moves"], 0, unit="core.unit.move"),
            layers=number(data["layers"], 0, unit="core.unit.layer"),
            time=_duration(est.time_s),
            filament_m=number(est.filament_mm / 1000, 2),
            filament_g=number(est.filament_g, 1),
        )
    ]
    if data["slicer_estimate_s"] or data["slicer_filament_mm"]:
        time_s, filament_mm = data["slicer_estimate_s"], data["slicer_filament_mm"]
        key = "gcode.info_slicer" if time_s and filament_mm else "gcode.info_slicer_one"
        said = [_duration(time_s)] if time_s else []
        said += [t("gcode.info_filament_m", m=number(filament_mm / 1000, 2))] if filament_mm else []
        lines.append(
            t(
                key,
                slicer=data["slicer"] or t("gcode.info_a_slicer"),
                time=said[0],
                filament=said[-1],
            )
        )
    if part:
        x, y, z = (number(v) for v in data["size_mm"])
        lines.append(t("gcode.info_size", x=x, y=y, z=z))
    lines += [f"  ⚠ {w['message']}" for w in data["warnings"][:10]]
    return Outcome(data, "\n".join(lines))


def run_check(args: argparse.Namespace) -> Outcome:
    from makerkit.gcode.safety import check_gcode

    report = check_gcode(args.file, args.printer, args.material, flavour=args.flavor)
    return Outcome(report.to_dict(), str(report), 0 if report.ok else 1)


def run_explain(args: argparse.Namespace) -> Outcome:
    from makerkit.gcode.explain import explain_gcode

    rows = explain_gcode(args.file, start=args.start, end=args.end, flavour=args.flavor)
    return Outcome({"lines": rows.to_dicts(), "truncated": rows.truncated}, str(rows))


def run_plot(args: argparse.Namespace) -> Outcome:
    from makerkit.gcode.plot import plot_toolpath
    from makerkit.gcode.reader import read_gcode
    from makerkit.i18n import t

    tp = read_gcode(args.file, flavour=args.flavor)
    pic = plot_toolpath(
        tp, layer=args.layer, color_by=args.color_by, view=args.view, printer=args.printer
    )
    path = pic.save(args.output)
    return Outcome(
        {"file": str(path), "alt": pic.alt}, t("gcode.plot_written", path=str(path), alt=pic.alt)
    )
