"""A learner's robot program, in either of its two styles.

**Thymio style**, the same text runs on a real Thymio through ``tdmclient``: global
variables named as on the robot (``prox_horizontal``, ``prox_ground_delta``,
``motor_left_target``, ``leds_top`` …) and functions decorated with ``@onevent``, named
after the robot's events (``prox`` 10 times a second, ``timer0``, ``button_center`` …)::

    @onevent
    def prox():
        global motor_left_target, motor_right_target
        ...

**Simple style**, for young learners: a function ``step(robot)`` called 10 times a
second, with ``robot.forward()``, ``robot.turn_left()``, ``robot.sees_line()`` …

A program can be given as a file path, as source text, as the ``step`` function itself,
or as a namespace (a module, ``globals()``) holding ``step`` or ``@onevent`` functions.

>>> load_program("def step(robot):\\n    robot.forward()\\n").style
'simple'
>>> load_program("motor_left_target = 100\\nmotor_right_target = 100\\n").style
'thymio'
"""

from __future__ import annotations

import builtins
import inspect
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from makerkit.errors import RobotError
from makerkit.robot.aseba import NATIVES_NAME, Natives
from makerkit.robot.aseba_check import robot_api

__all__ = ["Program", "load_program", "onevent", "ProgramCrash", "THYMIO_EVENTS"]


def _events() -> dict[str, float | None]:
    return {name: (hz or None) for name, hz in robot_api().events.items()}


# The Thymio's own events and how often the robot raises them (None: on a change or a timer).
THYMIO_EVENTS: dict[str, float | None] = _events()


class ProgramCrash(Exception):
    """The learner's program stopped with an error: ``key`` and values for the message."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key, self.values = key, values


def onevent(func: Callable | str) -> Callable:
    """Mark a function as the handler of the Thymio event of the same name (``@onevent``).

    >>> @onevent
    ... def prox():
    ...     pass
    >>> prox._thymio_event
    'prox'
    """
    if isinstance(func, str):  # onevent("prox") used as a decorator factory

        def mark(f: Callable) -> Callable:
            f._thymio_event = func  # type: ignore[attr-defined]
            return f

        return mark
    func._thymio_event = func.__name__  # type: ignore[attr-defined]
    return func


@dataclass
class Program:
    """A loaded program: its ``style`` (``"thymio"`` or ``"simple"``) and what to call."""

    style: str
    filename: str
    source: str | None = None
    step: Callable | None = None
    namespace: dict[str, Any] | None = None
    handlers: dict[str, Callable] = field(default_factory=dict)

    @contextmanager
    def named_in_errors(self) -> Iterator[None]:
        """A :class:`~makerkit.errors.RobotError` raised inside names this program's file."""
        try:
            yield
        except RobotError as err:
            if self.filename and not self.filename.startswith("<"):
                err.values.setdefault("program", Path(self.filename).name)
            raise

    def fresh_namespace(self, printed: list[str], natives: Natives | None = None) -> dict[str, Any]:
        """A namespace for one run, with the robot's variables and functions (Thymio style)."""
        ns = thymio_variables()
        natives = natives or Natives(ns)
        natives.variables = ns
        ns.update(thymio_functions(natives, printed))
        ns["__name__"] = "__main__"
        ns["__builtins__"] = _builtins_with_thymio_module(ns, natives, printed)
        return ns


def thymio_variables() -> dict[str, Any]:
    """The robot's variables as a Thymio program sees them, at rest.

    >>> v = thymio_variables()
    >>> v["prox_horizontal"], v["motor_left_target"], v["RED"]
    ([0, 0, 0, 0, 0, 0, 0], 0, [32, 0, 0])
    """
    api = robot_api()
    ns: dict[str, Any] = {name: [0] * size if size else 0 for name, size in api.variables.items()}
    ns.update(acc=[0, 0, 22], temperature=220)  # lying flat, 22 °C
    ns.update({name: list(rgb) for name, rgb in api.constants.items()})
    return ns


class _Exit(Exception):
    """The program called ``exit()``."""


def thymio_functions(natives: Natives, printed: list[str]) -> dict[str, Any]:
    """``onevent``, ``emit``, ``exit``, ``print``, the robot's ``nf_…`` and ``math_…``
    functions, and the helpers of programs compiled with the robot's rules."""

    def emit(name: str, *args: Any) -> None:
        printed.append(f"emit {name} {list(args)}" if args else f"emit {name}")

    def exit_(status: int = 0) -> None:
        raise _Exit(status)

    def print_(*args: Any, **kwargs: Any) -> None:
        if len(printed) < 1000:
            printed.append(" ".join(str(a) for a in args))

    ns: dict[str, Any] = dict(natives.functions())
    ns.update(onevent=onevent, emit=emit, exit=exit_, print=print_)
    ns[NATIVES_NAME] = natives
    return ns


def _builtins_with_thymio_module(
    ns: dict[str, Any], natives: Natives, printed: list[str]
) -> dict[str, Any]:
    """Builtins where ``from thymio import *`` and ``import clock`` work as with tdmclient."""
    real_import = builtins.__import__

    def thymio_import(name, globals=None, locals=None, fromlist=(), level=0):
        if name in ("thymio", "clock"):
            module = types.ModuleType(name)
            if name == "thymio":
                for key, value in ns.items():
                    if not key.startswith("_") and key not in ("onevent", "emit", "exit", "print"):
                        setattr(module, key, value)
            else:
                for key, value in natives.clock().items():
                    setattr(module, key, value)
            return module
        return real_import(name, globals, locals, fromlist, level)

    table = dict(vars(builtins))
    table["__import__"] = thymio_import
    table["print"] = ns["print"]
    table["exit"] = ns["exit"]
    return table


def load_program(program: Any) -> Program:
    """Turn what the learner gave (path, source text, function, namespace) into a :class:`Program`."""
    if isinstance(program, Program):
        return program
    if isinstance(program, Path) or (
        isinstance(program, str) and "\n" not in program and program.strip().endswith(".py")
    ):
        from makerkit.files import existing_file

        path = existing_file(program)
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise RobotError("robot.program_unreadable", path=str(path), reason=str(err)) from err
        with Program("thymio", str(path)).named_in_errors():
            return _from_source(source, str(path))
    if isinstance(program, str):
        return _from_source(program, "<program>")
    if callable(program) and not isinstance(program, type):
        try:
            n_args = len(inspect.signature(program).parameters)
        except (TypeError, ValueError):
            n_args = 1
        if n_args != 1:
            raise RobotError("robot.step_arguments", name=getattr(program, "__name__", "step"))
        code = getattr(program, "__code__", None)
        return Program("simple", code.co_filename if code else "<step>", step=program)
    if isinstance(program, dict) or hasattr(program, "__dict__"):
        space = program if isinstance(program, dict) else vars(program)
        step = space.get("step")
        if callable(step):
            return load_program(step)
        handlers = {
            f._thymio_event: f
            for f in space.values()
            if callable(f) and isinstance(getattr(f, "_thymio_event", None), str)
        }
        if handlers:
            first = next(iter(handlers.values()))
            return Program(
                "thymio", first.__code__.co_filename, namespace=first.__globals__, handlers=handlers
            )
    raise RobotError("robot.program_kind", kind=type(program).__name__)


def _from_source(source: str, filename: str) -> Program:
    from makerkit.robot.mistakes import remember_source, syntax_error

    remember_source(filename, source)
    try:
        code = compile(source, filename, "exec")
    except SyntaxError as err:
        raise syntax_error(err, filename) from None
    names = set(code.co_names) | {
        c.co_name for c in code.co_consts if isinstance(c, types.CodeType)
    }
    style = "simple" if "step" in names and "onevent" not in names else "thymio"
    return Program(style, filename, source=source)
