"""Broken and hostile 3D files for fuzzing the loader (used by tests and benchmarks/fuzz_model.py).

Each case starts from a good file (binary or text STL, 3MF, OBJ) and applies one to three
mutations drawn from a ``random.Random``: bytes changed, cut, inserted, repeated or removed;
numbers replaced by nasty ones (nan, inf, 1e308, words); lines dropped, repeated or cut
short (points with two coordinates); the triangle count of a binary STL changed; for 3MF,
the XML inside mutated, build items repeated thousands of times, components nested to
multiply, or a large entry of zeros added (a small zip bomb).
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from functools import cache

NASTY_NUMBERS = [
    b"nan", b"inf", b"-inf", b"1e39", b"1e308", b"-1e308", b"-0", b"99999999999",
    b"", b"abc", b"0x10", b"1,5", b"1e-320", b"4294967296", b"-1",
]  # fmt: skip
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


@cache
def seeds() -> tuple[tuple[str, bytes], ...]:
    """Good files to start from: (suffix, content)."""
    import tempfile
    from pathlib import Path

    import trimesh

    from makerkit.model import box, cylinder

    part = box(12, 8, 4) - cylinder(3, 4).move(x=2)
    folder = Path(tempfile.mkdtemp(prefix="mesh-fuzz-"))
    out = []
    for name, ascii in (("p.stl", False), ("p.stl", True), ("p.3mf", False), ("p.obj", False)):
        path = folder / f"{len(out)}{name}"
        part.save(path, ascii=ascii)
        data = path.read_bytes()
        out.append((path.suffix, _same_every_run(data) if name.endswith(".3mf") else data))
    two = trimesh.exchange.stl.export_stl_ascii(trimesh.creation.box((5, 5, 5)))
    out.append((".stl", (two + two.replace("solid", "solid second", 1)).encode()))
    return tuple(out)


def _same_every_run(data: bytes) -> bytes:
    """A 3MF without its random UUIDs and dates, so case i is the same file on every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w") as fixed:
        for n, name in enumerate(z.namelist()):
            content = re.sub(
                rb'UUID="[^"]*"', b'UUID="00000000-0000-0000-0000-%012d"' % n, z.read(name)
            )
            fixed.writestr(
                zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED
            )
    return out.getvalue()


def case(rng: random.Random) -> tuple[str, bytes]:
    """One fuzz case: a suffix and the file's bytes."""
    suffix, data = rng.choice(seeds())
    if rng.random() < 0.03:
        return suffix, rng.randbytes(rng.randrange(0, 5000))
    for _ in range(rng.randint(1, 3)):
        data = mutate(rng, suffix, data)
    return suffix, data


def mutate(rng: random.Random, suffix: str, data: bytes) -> bytes:
    """One mutation of ``data`` (a file with this suffix)."""
    if suffix == ".3mf" and rng.random() < 0.7:
        return _mutate_3mf(rng, data)
    if suffix == ".stl" and not data.lstrip().startswith(b"solid") and rng.random() < 0.2:
        return _stl_count(rng, data)
    text = suffix == ".obj" or data.lstrip().startswith(b"solid")
    ops = [_flip, _cut, _insert, _repeat, _delete]
    if text:
        ops += [_nasty_number, _nasty_number, _lines, _lines, _short_points]
    return rng.choice(ops)(rng, data)


def _flip(rng, data):
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _cut(rng, data):
    return data[: rng.randrange(len(data) + 1)]


def _insert(rng, data):
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


def _repeat(rng, data):
    if not data:
        return data
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, 400))
    return data[:b] + data[a:b] * rng.randint(1, 50) + data[b:]


def _delete(rng, data):
    if not data:
        return data
    a = rng.randrange(len(data))
    return data[:a] + data[a + rng.randint(1, 200) :]


def _nasty_number(rng, data):
    # numbers of a 64 KB window: a case is made in milliseconds even from a 16 MB file
    start = rng.randrange(max(1, len(data) - 65_536))
    found = list(_NUMBER.finditer(data, start, start + 65_536))
    if not found:
        return data
    out = data
    for m in sorted(
        rng.sample(found, min(len(found), rng.randint(1, 5))), key=lambda m: -m.start()
    ):
        out = out[: m.start()] + rng.choice(NASTY_NUMBERS) + out[m.end() :]
    return out


def _lines(rng, data):
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    how = rng.randrange(3)
    if how == 0:
        del lines[i]
    elif how == 1:
        lines[i:i] = [lines[i]] * rng.randint(1, 20)
    else:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def _short_points(rng, data):
    """Points with fewer than three coordinates ("v 1 2", "vertex 1 2")."""
    lines = data.split(b"\n")
    points = [i for i, line in enumerate(lines) if line.strip()[:1] in (b"v",)]
    for i in rng.sample(points, min(len(points), rng.randint(1, len(points) or 1))):
        words = lines[i].split()
        lines[i] = b" ".join(words[: max(1, len(words) - rng.randint(1, 2))])
    return b"\n".join(lines)


def _stl_count(rng, data):
    if len(data) < 84:
        return data
    count = rng.choice([0, 1, 2**32 - 1, 2**31, rng.randrange(2**32), (len(data) - 84) // 50 + 1])
    return data[:80] + count.to_bytes(4, "little") + data[84:]


def _mutate_3mf(rng, data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            entries = {n: z.read(n) for n in z.namelist()}
    except Exception:
        return _flip(rng, data)
    name = next((n for n in entries if n.endswith(".model")), None)
    if name is None:
        return data
    xml = entries[name]
    how = rng.randrange(6)
    if how == 0:  # many copies on the plate
        item = re.search(rb"<item [^>]*/>", xml)
        if item:
            n = rng.choice([2, 50, 1500, 25_000])
            copies = b"".join(
                item[0].replace(b'transform="', b'transform="1 0 0 0 1 0 0 0 1 %d 0 0" x="' % i)
                for i in range(n)
            )
            xml = xml.replace(item[0], copies)
    elif how == 1:  # components inside components: 40 × 40 × 40 placed objects
        xml = xml.replace(b"</resources>", _nested_components() + b"</resources>")
        xml = re.sub(rb'(<item [^>]*?)objectid="\d+"', rb'\1objectid="903"', xml, count=1)
    elif how == 2:
        xml = rng.choice([_nasty_number, _lines, _flip, _delete, _repeat])(rng, xml)
    elif how == 3:  # a big entry of zeros, never used (a small zip bomb)
        entries["Metadata/zeros.bin"] = bytes(rng.choice([1, 20, 60]) << 20)
    elif how == 4:  # an entity declaration (3MF has none)
        xml = xml.replace(
            b"<model", b'<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><model', 1
        )
    else:  # mutate the zip itself
        return rng.choice([_flip, _cut, _insert, _delete])(rng, data)
    entries[name] = xml
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, content in entries.items():
            z.writestr(n, content)
    return out.getvalue()


def _nested_components() -> bytes:
    def holder(ident: int, child: int) -> bytes:
        parts = b"".join(b'<component objectid="%d"/>' % child for _ in range(40))
        return b'<object id="%d" type="model"><components>%s</components></object>' % (ident, parts)

    return holder(901, 1) + holder(902, 901) + holder(903, 902)
