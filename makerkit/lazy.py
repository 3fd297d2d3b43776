"""Public names that load their module on first use, so ``import makerkit`` stays quick.

A package lists ``name -> "module"`` (the attribute has the same name) or
``name -> "module:attribute"`` and gets its module ``__getattr__`` and ``__dir__``:

>>> import sys, types
>>> pkg = types.ModuleType("demo_pkg"); sys.modules["demo_pkg"] = pkg
>>> pkg.__getattr__, pkg.__dir__ = lazy_names("demo_pkg", {"sqrt": "math", "tau": "math:tau"})
>>> round(pkg.tau, 2), pkg.sqrt(9.0)
(6.28, 3.0)
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(
    package: str, targets: dict[str, str], public: Iterable[str] | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package``, loading each of ``targets`` when first used."""
    listed = sorted(set(public if public is not None else targets))

    def __getattr__(name: str) -> Any:
        target = targets.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module_name, _, attr = target.partition(":")
        value = getattr(importlib.import_module(module_name), attr or name)
        setattr(sys.modules[package], name, value)  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:
        return listed

    return __getattr__, __dir__
