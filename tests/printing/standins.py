"""Local stand-ins for PrusaLink and Moonraker, written from their published API descriptions.

Neither can run here (PrusaLink is firmware on Prusa printers or a Raspberry Pi service
talking to a real printer over serial; Moonraker needs Klipper and its printer), so the
adapters are tested against these small HTTP servers that answer as the documents say:

* PrusaLink: ``spec/openapi.yaml`` of prusa3d/Prusa-Link-Web (API v1): ``/api/version``,
  ``/api/v1/status``, ``/api/v1/job``, ``/api/v1/storage``, ``PUT /api/v1/files/{storage}/{path}``
  with ``Print-After-Upload`` and ``Overwrite`` as RFC 8941 booleans (``?1``/``?0``), HTTP
  digest sign-in (security scheme ``digestAuth``) or ``X-Api-Key``.
* Moonraker: ``docs/external_api`` (printer.md, file_manager.md) and ``docs/printer_objects.md``
  of Arksine/moonraker: ``GET /printer/objects/query`` wrapped as ``{"result": …}``,
  ``POST /server/files/upload`` (multipart; ``root``, ``print``, ``checksum`` → 422 when it
  does not match), ``print_stats.state`` standby/printing/paused/complete/cancelled/error,
  ``virtual_sdcard.progress`` from 0 to 1, ``X-Api-Key`` when the server requires it.

The tests move the "printer" along (``finish()``, ``stop()``, ``start_other_print()``).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

#: A small G-code file the checker passes on the Ender-3 V2 (homed, heated, inside the bed).
SAFE = (
    "G90\nM83\nM140 S60\nM104 S210\nG28\nM190 S60\nM109 S210\nG1 Z0.2 F600\n"
    "G1 X50 Y50 F3000\nG1 X80 Y50 E1.5 F1200\nG1 X80 Y80 E1.5 F1200\nG1 Z10 F600\n"
    "M104 S0\nM140 S0\n"
)


class StandIn:
    """A server in a thread; ``uploads`` keeps what it received (name → bytes, headers)."""

    def __init__(self) -> None:
        self.uploads: dict[str, bytes] = {}
        self.upload_headers: dict[str, dict[str, str]] = {}
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"standin": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, handler: _Handler, method: str) -> None:
        raise NotImplementedError


class _Handler(BaseHTTPRequestHandler):
    standin: StandIn

    def log_message(self, *args) -> None:  # quiet
        pass

    def body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def send(self, status: int, data=None, headers: dict[str, str] | None = None) -> None:
        payload = b"" if data is None else json.dumps(data).encode()
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if data is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _go(self, method: str) -> None:
        with self.standin.lock:
            self.standin.requests.append((method, self.path))
            self.standin.answer(self, method)

    def do_GET(self):
        self._go("GET")

    def do_PUT(self):
        self._go("PUT")

    def do_POST(self):
        self._go("POST")

    def do_DELETE(self):
        self._go("DELETE")


# --- PrusaLink ----------------------------------------------------------------------------
class PrusaLinkStandIn(StandIn):
    """PrusaLink v1 as its OpenAPI description gives it (digest sign-in, or an API key)."""

    realm = "Printer API"

    def __init__(self, user: str = "maker", password: str = "secret", api_key: str | None = None):
        super().__init__()
        self.user, self.password, self.api_key = user, password, api_key
        self.state = "IDLE"
        self.job_id = 0
        self.progress = 0.0
        self.file: str | None = None
        self.nonce = secrets.token_hex(8)

    # the printer's own life
    def finish(self) -> None:
        self.state, self.progress = "FINISHED", 100.0

    def stop(self) -> None:
        self.state = "STOPPED"

    def start_other_print(self, name: str = "from-the-printer-screen.gcode") -> None:
        self.job_id += 1
        self.state, self.progress, self.file = "PRINTING", 0.0, name

    # HTTP
    def _signed_in(self, h: _Handler, method: str) -> bool:
        if self.api_key is not None and h.headers.get("X-Api-Key") == self.api_key:
            return True
        auth = h.headers.get("Authorization", "")
        if not auth.startswith("Digest "):
            return False
        fields = dict(
            (k.strip(), v.strip().strip('"'))
            for k, v in (p.split("=", 1) for p in auth[7:].split(",") if "=" in p)
        )
        md5 = lambda s: hashlib.md5(s.encode()).hexdigest()  # noqa: E731 - RFC 7616's MD5
        ha1 = md5(f"{self.user}:{self.realm}:{self.password}")
        ha2 = md5(f"{method}:{fields.get('uri', '')}")
        expected = md5(
            f"{ha1}:{fields.get('nonce')}:{fields.get('nc')}:{fields.get('cnonce')}:"
            f"{fields.get('qop')}:{ha2}"
        )
        return fields.get("username") == self.user and fields.get("response") == expected

    def answer(self, h: _Handler, method: str) -> None:
        body = h.body()
        if not self._signed_in(h, method):
            challenge = (
                f'Digest realm="{self.realm}", nonce="{self.nonce}", qop="auth", algorithm=MD5'
            )
            return h.send(401, {"title": "Unauthorized"}, {"WWW-Authenticate": challenge})
        path = urlsplit(h.path).path
        if method == "GET" and path == "/api/version":
            return h.send(200, {"api": "2.0.0", "server": "2.1.2", "text": "PrusaLink"})
        if method == "GET" and path == "/api/v1/status":
            data = {"printer": {"state": self.state, "temp_nozzle": 24.0, "temp_bed": 23.5}}
            if self.state in ("PRINTING", "PAUSED", "FINISHED", "STOPPED"):
                data["job"] = {"id": self.job_id, "progress": self.progress, "time_printing": 10}
            return h.send(200, data)
        if method == "GET" and path == "/api/v1/job":
            if self.state not in ("PRINTING", "PAUSED", "FINISHED", "STOPPED"):
                return h.send(204)
            return h.send(
                200,
                {
                    "id": self.job_id,
                    "state": self.state,
                    "progress": self.progress,
                    "time_printing": 10,
                    "file": {
                        "name": (self.file or "")[:8].upper(),
                        "display_name": self.file,
                        "path": "/usb",
                        "m_timestamp": 0,
                    },
                },
            )
        if method == "GET" and path == "/api/v1/storage":
            return h.send(
                200,
                {
                    "storage_list": [
                        {
                            "name": "usb",
                            "type": "USB",
                            "path": "/usb",
                            "available": True,
                            "read_only": False,
                        }
                    ]
                },
            )
        if method == "PUT" and path.startswith("/api/v1/files/"):
            storage, _, name = unquote(path[len("/api/v1/files/") :]).partition("/")
            if storage != "usb":
                return h.send(404, {"title": "Not Found"})
            if name in self.uploads and h.headers.get("Overwrite") != "?1":
                return h.send(409, {"title": "Conflict", "text": "File already exists"})
            start = h.headers.get("Print-After-Upload") == "?1"
            if start and self.state in ("PRINTING", "PAUSED", "BUSY", "ATTENTION"):
                return h.send(409, {"title": "Conflict", "text": "Printer is busy"})
            self.uploads[name] = body
            self.upload_headers[name] = dict(h.headers)
            if start:
                self.job_id += 1
                self.state, self.progress, self.file = "PRINTING", 0.0, name
            return h.send(201)
        return h.send(404, {"title": "Not Found"})


# --- Moonraker ----------------------------------------------------------------------------
class MoonrakerStandIn(StandIn):
    """Moonraker's HTTP API as documented, in front of an imaginary Klipper printer."""

    def __init__(self, api_key: str | None = None) -> None:
        super().__init__()
        self.api_key = api_key
        self.klippy = "ready"
        self.state = "standby"
        self.progress = 0.0
        self.file = ""

    def finish(self) -> None:
        self.state, self.progress = "complete", 1.0

    def stop(self) -> None:
        self.state = "cancelled"

    def start_other_print(self, name: str = "from-the-screen.gcode") -> None:
        self.state, self.progress, self.file = "printing", 0.0, name

    def answer(self, h: _Handler, method: str) -> None:
        body = h.body()
        if self.api_key is not None and h.headers.get("X-Api-Key") != self.api_key:
            return h.send(401, {"error": {"code": 401, "message": "Unauthorized"}})
        parts = urlsplit(h.path)
        if method == "GET" and parts.path == "/printer/objects/query":
            wanted = set(parse_qs(parts.query, keep_blank_values=True))
            status = {
                "webhooks": {"state": self.klippy, "state_message": "Printer is ready"},
                "print_stats": {
                    "filename": self.file,
                    "state": self.state,
                    "message": "",
                    "print_duration": 1.0,
                    "total_duration": 1.0,
                    "filament_used": 0.0,
                },
                "virtual_sdcard": {
                    "progress": self.progress,
                    "is_active": self.state == "printing",
                    "file_path": self.file or None,
                },
            }
            return h.send(
                200,
                {
                    "result": {
                        "eventtime": 1.0,
                        "status": {k: v for k, v in status.items() if k in wanted},
                    }
                },
            )
        if method == "POST" and parts.path == "/server/files/upload":
            message = BytesParser(policy=HTTP).parsebytes(
                b"Content-Type: " + h.headers["Content-Type"].encode() + b"\r\n\r\n" + body
            )
            form, data, name = {}, None, None
            for part in message.iter_parts():
                field = part.get_param("name", header="content-disposition")
                if field == "file":
                    name, data = part.get_filename(), part.get_payload(decode=True)
                else:
                    form[field] = part.get_payload(decode=True).decode()
            if data is None or not name:
                return h.send(400, {"error": {"code": 400, "message": "No file"}})
            if form.get("checksum") and hashlib.sha256(data).hexdigest() != form["checksum"]:
                return h.send(422, {"error": {"code": 422, "message": "File checksum mismatch"}})
            self.uploads[name] = data
            self.upload_headers[name] = form
            started = False
            if form.get("print") == "true" and self.state in ("standby", "complete", "cancelled"):
                self.state, self.progress, self.file, started = "printing", 0.0, name, True
            item = {
                "path": name,
                "root": form.get("root", "gcodes"),
                "modified": 1.0,
                "size": len(data),
                "permissions": "rw",
            }
            return h.send(
                201,
                {
                    "item": item,
                    "print_started": started,
                    "print_queued": False,
                    "action": "create_file",
                },
            )
        return h.send(404, {"error": {"code": 404, "message": "Not Found"}})
