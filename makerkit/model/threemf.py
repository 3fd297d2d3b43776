"""3MF files made safe to open: bounded before trimesh reads them.

A 3MF file is a zip archive of XML parts. A small file can ask for a lot: an entry that
unpacks to gigabytes (a zip bomb), thousands of ``<item>`` copies of one object, or
components of components that multiply. Before trimesh reads a file, :func:`bounded_3mf`

- refuses an archive with too many entries, or a model part larger (as declared, and as
  really unpacked, read in pieces) than :data:`MAX_PART_BYTES`;
- keeps only the model parts (thumbnails, textures and any other entry are never unpacked);
- refuses a document type declaration (3MF has none: entities could multiply the text);
- counts the build items, the objects they place (through components, any depth) and the
  triangles this makes, and refuses more than :data:`MAX_ITEMS`, :data:`MAX_INSTANCES` or
  :data:`MAX_TRIANGLES` with a clear message.

>>> import io, zipfile
>>> part = b'<model><resources/><build>' + b'<item objectid="1"/>' * 5000 + b'</build></model>'
>>> buf = io.BytesIO()
>>> with zipfile.ZipFile(buf, "w") as z:
...     z.writestr("3D/3dmodel.model", part)
>>> try:
...     bounded_3mf(buf.getvalue(), "many.3mf")
... except Exception as err:
...     print(err.key)
model.3mf_too_many_items
"""

from __future__ import annotations

import io
import re
import zipfile

from makerkit.errors import ModelError

__all__ = ["bounded_3mf", "MAX_PART_BYTES", "MAX_ITEMS", "MAX_INSTANCES", "MAX_TRIANGLES"]

MAX_ENTRIES = 10_000  # entries in the archive
MAX_PART_BYTES = 256 * 1024 * 1024  # one unpacked model part (about 3 million triangles)
MAX_ITEMS = 1_000  # <item> copies on the build plate
MAX_INSTANCES = 1_000  # objects placed, counting components inside components
MAX_TRIANGLES = 5_000_000  # triangles once every object is placed
_CHUNK = 1 << 20
# Tags that place or hold geometry; the optional prefix is a namespace ("m:object").
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(object|item|component|triangle)\b([^>]*)>")
_OBJECT_ID = re.compile(rb"""\b(?:objectid|id)\s*=\s*["']([^"']*)["']""")


def bounded_3mf(data: bytes, path: str) -> bytes:
    """A zip holding only the model parts of the 3MF ``data``, checked against the limits."""
    eocd = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if eocd >= 0 and len(data) >= eocd + 12:
        entries = int.from_bytes(data[eocd + 10 : eocd + 12], "little")
        if entries > MAX_ENTRIES and entries != 0xFFFF:
            raise ModelError("model.3mf_too_many_entries", path=path, limit=MAX_ENTRIES)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # a damaged or odd archive: zipfile raises many kinds
        raise ModelError("model.not_a_model", path=path) from exc
    if len(infos) > MAX_ENTRIES:
        raise ModelError("model.3mf_too_many_entries", path=path, limit=MAX_ENTRIES)
    models = [i for i in infos if i.filename.lower().endswith(".model") and not i.is_dir()]
    if not any(i.filename.lower().lstrip("/") == "3d/3dmodel.model" for i in models):
        raise ModelError("model.not_a_model", path=path)
    parts: dict[str, bytes] = {}
    total = 0
    for info in models:
        if info.file_size > MAX_PART_BYTES or total + info.file_size > 2 * MAX_PART_BYTES:
            raise ModelError("model.3mf_part_too_big", path=path, limit_mb=MAX_PART_BYTES >> 20)
        text = _unpacked(archive, info, path)
        total += len(text)
        if b"<!DOCTYPE" in text[:4096] or b"<!ENTITY" in text:
            raise ModelError("model.not_a_model", path=path)
        parts[info.filename] = text
    _check_counts(parts.values(), path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as small:
        for name, text in parts.items():
            small.writestr(name, text)
    return out.getvalue()


def _unpacked(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> bytes:
    """An entry's bytes, read in pieces: an entry that unpacks to more than it declared
    (or than the limit) is refused without being unpacked whole."""
    limit = min(info.file_size, MAX_PART_BYTES)
    pieces, size = [], 0
    try:
        with archive.open(info) as f:
            while piece := f.read(_CHUNK):
                size += len(piece)
                if size > limit:
                    raise ModelError(
                        "model.3mf_part_too_big", path=path, limit_mb=MAX_PART_BYTES >> 20
                    )
                pieces.append(piece)
    except ModelError:
        raise
    except Exception as exc:  # a damaged entry: zlib, CRC, truncated data …
        raise ModelError("model.not_a_model", path=path) from exc
    return b"".join(pieces)


def _check_counts(parts, path: str) -> None:
    """Refuse more build items, placed objects or placed triangles than the limits."""
    triangles: dict[bytes, int] = {}
    children: dict[bytes, list[bytes]] = {}
    items: list[bytes] = []
    for text in parts:
        current = None
        for found in _TAG.finditer(text):
            tag, attributes = found[1], found[2]
            if tag == b"triangle":
                if current is not None:
                    triangles[current] = triangles.get(current, 0) + 1
                continue
            ident = _OBJECT_ID.search(attributes)
            name = ident[1] if ident else b""
            if tag == b"object":
                current = name
                triangles.setdefault(name, 0)
                children.setdefault(name, [])
            elif tag == b"component" and current is not None:
                children[current].append(name)
            elif tag == b"item":
                items.append(name)
                if len(items) > MAX_ITEMS:
                    raise ModelError("model.3mf_too_many_items", path=path, limit=MAX_ITEMS)
    placed: dict[bytes, tuple[int, int]] = {}  # object → (objects placed, triangles placed)

    def expand(name: bytes, depth: int) -> tuple[int, int]:
        if name in placed:
            return placed[name]
        if depth > 32:  # components nested this deep are a loop or a trap
            raise ModelError("model.not_a_model", path=path)
        count, tris = (1 if triangles.get(name) else 0), triangles.get(name, 0)
        for child in children.get(name, []):
            c, t = expand(child, depth + 1)
            count, tris = count + c, tris + t
            if count > MAX_INSTANCES or tris > MAX_TRIANGLES:
                break
        placed[name] = (max(count, 1), tris)
        return placed[name]

    count = tris = 0
    for name in items:
        c, t = expand(name, 0)
        count, tris = count + c, tris + t
        if count > MAX_INSTANCES:
            raise ModelError("model.3mf_too_many_instances", path=path, limit=MAX_INSTANCES)
        if tris > MAX_TRIANGLES:
            raise ModelError("model.too_many_faces", path=path, limit=MAX_TRIANGLES)
