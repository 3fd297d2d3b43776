"""The address learners type, and its QR code for tablets.

The address is the machine's own on the library's network: read from the network
interfaces (nothing is sent anywhere to find it), a private IPv4 address first.

>>> import ipaddress
>>> ipaddress.ip_address(lan_address()).version
4
>>> "█" in qr_text("http://192.168.1.20:8000") or "#" in qr_text("http://192.168.1.20:8000")
True
"""

from __future__ import annotations

import io
import ipaddress
from pathlib import Path

__all__ = ["lan_address", "qr_text", "save_qr", "session_url"]


def lan_address() -> str:
    """The machine's address on its local network (``127.0.0.1`` when it has none)."""
    import psutil

    stats = psutil.net_if_stats()
    found = []
    for name, addresses in psutil.net_if_addrs().items():
        if name in stats and not stats[name].isup:
            continue
        for a in addresses:
            try:
                ip = ipaddress.ip_address(a.address)
            except ValueError:
                continue
            if ip.version == 4 and not (ip.is_loopback or ip.is_link_local):
                found.append((not ip.is_private, name, a.address))
    return sorted(found)[0][2] if found else "127.0.0.1"


def session_url(ip: str, port: int) -> str:
    """``http://IP:PORT`` (the LAN address when ``ip`` is empty or ``0.0.0.0``)."""
    host = ip if ip and ip not in ("0.0.0.0", "::") else lan_address()
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}" if port != 80 else f"http://{host}"


def qr_text(url: str) -> str:
    """The QR code of ``url`` drawn with block characters, for the terminal."""
    import segno

    out = io.StringIO()
    segno.make(url, error="m").terminal(out=out, compact=True)
    return out.getvalue()


def save_qr(url: str, path: str | Path) -> Path:
    """Write the QR code of ``url`` as a PNG (large enough to scan from across a table)."""
    import segno

    segno.make(url, error="m").save(str(path), scale=12, border=4)
    return Path(path)
