"""`makerkit slice`: a model file in, G-code (and a layer picture) out."""

from __future__ import annotations

import argparse
import sys

from makerkit.cli import Outcome, decimal


def register(sub, common) -> None:
    p = sub.add_parser("slice", parents=[common], help="slice a model into G-code")
    p.add_argument("file", help="model file (STL, 3MF, OBJ)")
    p.add_argument("--printer", default="prusa-mk4", help="printer id (see: makerkit printers)")
    p.add_argument("--material", default="pla", help="material id: pla, petg, tpu")
    p.add_argument(
        "--unit", default=None, help="unit the file was drawn in: mm, cm, m, inch or auto"
    )
    p.add_argument(
        "--layer-height",
        type=decimal,
        default=None,
        metavar="MM",
        help="layer height in mm (default: 0.2)",
    )
    p.add_argument(
        "--infill",
        type=decimal,
        default=None,
        metavar="PCT",
        help="how full the inside is, 0 to 100 %% (default: 20)",
    )
    p.add_argument("--pattern", default=None, metavar="NAME", help="lines, grid or triangles")
    p.add_argument(
        "--walls", type=int, default=None, metavar="N", help="number of walls (default: 2)"
    )
    p.add_argument(
        "--top",
        type=int,
        default=None,
        metavar="N",
        help="number of solid layers on top (default: 4)",
    )
    p.add_argument(
        "--bottom",
        type=int,
        default=None,
        metavar="N",
        help="number of solid layers underneath (default: 4)",
    )
    p.add_argument(
        "--adhesion",
        default=None,
        metavar="skirt|brim|none",
        help="a line around the part (skirt), a rim stuck to it (brim) or nothing (default: skirt)",
    )
    p.add_argument(
        "--supports", action="store_true", default=False, help="hold up the parts that overhang"
    )
    p.add_argument(
        "--vase",
        action="store_true",
        default=False,
        help="vase mode: one wall that spirals up, no top",
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT.gcode", help="G-code file to write"
    )
    p.add_argument("--preview", default=None, metavar="OUT.png", help="picture of a layer")
    p.set_defaults(func=run)


class _Progress:
    """A bar on the terminal (stderr), nothing when the output is a file or a pipe."""

    def __init__(self, label_key: str, steps: int) -> None:
        from makerkit.i18n import t

        self.on = sys.stdout.isatty() and sys.stderr.isatty()
        self.label = t(label_key) if self.on else ""  # no bar: no words to look up
        self.steps, self.done = steps, 0

    def step(self) -> None:
        self.done += 1
        if self.on:
            filled = int(30 * self.done / self.steps)
            sys.stderr.write(f"\r{self.label} [{'█' * filled}{' ' * (30 - filled)}] ")
            sys.stderr.write(f"{int(100 * self.done / self.steps)} %")
            if self.done >= self.steps:
                sys.stderr.write("\n")
            sys.stderr.flush()


def run(args: argparse.Namespace) -> Outcome:
    from makerkit.cli.model import plain_notes
    from makerkit.errors import SliceError
    from makerkit.i18n import number, t
    from makerkit.model import load
    from makerkit.slicing import SliceSettings, slice

    bar = _Progress("slicing.progress", 3 + bool(args.preview))
    overrides = {
        "layer_height_mm": args.layer_height,
        "infill_percent": args.infill,
        "infill_pattern": args.pattern,
        "walls": args.walls,
        "top_layers": args.top,
        "bottom_layers": args.bottom,
        "adhesion": args.adhesion,
    }
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if args.supports:
        overrides["supports"] = True
    if args.vase:
        overrides["vase"] = True
    bar.step()
    model = args.file
    if args.unit is not None:
        with plain_notes():  # "read in metres (sizes × 1000)": a line, not a Python warning
            model = load(args.file, unit=args.unit)
    try:
        result = slice(model, args.printer, args.material, SliceSettings(), **overrides)
    except SliceError as err:
        if err.key == "slicing.wrong_units":
            raise _wrong_units(args.file) from err
        raise
    bar.step()
    path = result.save(args.output)
    bar.step()
    data = {**result.summary(), "gcode": str(path), "printer": result.printer.id}
    data["notes"] = [t(n) for n in result.notes]
    lines = list(data["notes"])
    if args.preview:
        layer = len(result.layers) // 2
        picture = result.preview(layer)
        saved = picture.save(args.preview)
        data["preview"] = str(saved)
        data["alt"] = picture.alt
        bar.step()
    if args.json:  # the summary in words is for people; --json prints the data alone
        return Outcome(data)
    numbers = {
        "layers": data["layers"],
        "filament_m": number(data["filament_mm"] / 1000, 2),
        "filament_g": number(data["filament_g"], 1),
        "cost": number(data["cost"], 2),
        "gcode": data["gcode"],
    }
    if data["time_s"] is not None:
        minutes = int(round(data["time_s"] / 60))
        numbers["time"] = (
            f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"
        )
        lines.append(t("slicing.summary", **numbers))
    else:
        lines.append(t("slicing.summary_no_time", **numbers))
    if args.preview:
        lines.append(t("slicing.preview_written", layer=layer, path=data["preview"]))
    return Outcome(data, "\n".join(lines))


def _wrong_units(path: str):
    """The slicer's "drawn in other units" refusal, said with the command line's option."""
    import warnings

    from makerkit.errors import SliceError
    from makerkit.i18n import number, t
    from makerkit.model import load
    from makerkit.model.units import guess_unit

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        guess = guess_unit(load(path))
    unit = guess.unit if guess.unit in ("cm", "m", "inch") else "auto"
    return SliceError(
        "slicing.cli_wrong_units",
        path=path,
        size=guess.values["size"],
        unit_name=t(f"model.unit_name_{guess.unit}"),
        unit=unit,
        x=number(guess.size_mm[0]),
        y=number(guess.size_mm[1]),
        z=number(guess.size_mm[2]),
    )
