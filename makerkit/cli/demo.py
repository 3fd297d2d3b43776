"""`makerkit demo` commands."""

from __future__ import annotations


def register(sub, common) -> None:
    """Add this group's commands to the parser (filled in by the demo work)."""
