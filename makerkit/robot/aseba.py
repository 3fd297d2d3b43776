"""Thymio-style programs computed as the robot computes them (Aseba semantics).

On a real Thymio every variable is a 16-bit signed whole number: from −32768 to 32767,
and a result beyond wraps round to the other end (32767 + 1 is −32768). Division rounds
towards zero (``-7 // 2`` is −3 on the robot, −4 in Python) and the remainder keeps the
sign of the number divided (``-7 % 2`` is −1, 1 in Python). A list index below 0 stops
the program. :func:`robot_code` compiles a learner's program so that the simulator
computes exactly so; :class:`Natives` gives the robot's own functions (``math_min``,
``nf_leds_top``, ``clock.seconds`` …) with the same rules.

>>> ns = {"__aseba__": Natives({})}
>>> exec(robot_code("a = -7 // 2\\nb = -7 % 2\\nc = 32767 + 1\\nd = 300 * 200\\n"), ns)
>>> ns["a"], ns["b"], ns["c"], ns["d"]
(-3, -1, -32768, -5536)
"""

from __future__ import annotations

import ast
import copy
import math
import random
from collections.abc import Callable
from typing import Any

from makerkit.robot.aseba_check import robot_api

__all__ = ["robot_code", "wrap16", "Natives", "NATIVES_NAME"]

NATIVES_NAME = "__aseba__"  # where the compiled program finds the helpers below


def wrap16(value: int) -> int:
    """``value`` as a 16-bit signed number, wrapped round as on the robot.

    >>> wrap16(40000), wrap16(-32769), wrap16(5)
    (-25536, 32767, 5)
    """
    return ((int(value) + 32768) & 0xFFFF) - 32768


def _div(a: int, b: int) -> int:
    """Whole-number division as the robot does it: towards zero."""
    if b == 0:
        raise ZeroDivisionError("division by zero")
    q = abs(a) // abs(b)
    return wrap16(q if (a < 0) == (b < 0) else -q)


def _mod(a: int, b: int) -> int:
    """The remainder as the robot gives it: with the sign of ``a``."""
    if b == 0:
        raise ZeroDivisionError("division by zero")
    r = abs(a) % abs(b)
    return wrap16(-r if a < 0 else r)


def _index(i: int) -> int:
    if i < 0:
        raise IndexError(f"index {i}: the robot counts places from 0")
    return i


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


# -- compiling a program so that it computes as the robot --------------------------------


def _c(value: int) -> ast.Constant:
    return ast.Constant(value)


def _native(name: str, *args: ast.expr) -> ast.Call:
    func = ast.Attribute(ast.Name(NATIVES_NAME, ast.Load()), name, ast.Load())
    return ast.Call(func, list(args), [])


def _wrap(node: ast.expr) -> ast.expr:
    # ((x + 32768) & 65535) - 32768, inline: no call per operation
    shifted = ast.BinOp(node, ast.Add(), _c(32768))
    return ast.BinOp(ast.BinOp(shifted, ast.BitAnd(), _c(0xFFFF)), ast.Sub(), _c(32768))


def _load(target: ast.expr) -> ast.expr:
    node = copy.deepcopy(target)
    node.ctx = ast.Load()
    return node


def _is_list(node: ast.expr) -> bool:
    return isinstance(node, ast.List) or (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mult)
        and (isinstance(node.left, ast.List) or isinstance(node.right, ast.List))
    )


class _ToRobot(ast.NodeTransformer):
    """Rewrite arithmetic, indices, comparisons and ``for`` loops with the robot's rules."""

    def __init__(self) -> None:
        self.loops = 0

    def visit_BinOp(self, node: ast.BinOp) -> ast.expr:
        if _is_list(node):
            return node
        self.generic_visit(node)
        op = type(node.op)
        if op is ast.FloorDiv:
            return ast.copy_location(_native("div", node.left, node.right), node)
        if op is ast.Mod:
            return ast.copy_location(_native("mod", node.left, node.right), node)
        if op in (ast.Add, ast.Sub, ast.Mult, ast.LShift):
            return ast.copy_location(_wrap(node), node)
        return node  # &, |, ^, >> of 16-bit numbers stay 16-bit

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.expr:
        if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
            return node  # a negative number written in the program
        self.generic_visit(node)
        if isinstance(node.op, ast.USub):
            return ast.copy_location(_wrap(node), node)
        if isinstance(node.op, ast.Not):
            return ast.copy_location(ast.IfExp(node, _c(1), _c(0)), node)
        return node

    def visit_Compare(self, node: ast.Compare) -> ast.expr:
        # a comparison kept in a variable is 1 or 0 on the robot, not True or False
        self.generic_visit(node)
        return ast.copy_location(ast.IfExp(node, _c(1), _c(0)), node)

    def _test(self, node: ast.expr) -> ast.expr:
        """A condition (``if``, ``while``): no need to turn it into 1 or 0."""
        if isinstance(node, ast.Compare):
            self.generic_visit(node)
            return node
        if isinstance(node, ast.BoolOp):
            node.values = [self._test(v) for v in node.values]
            return node
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            node.operand = self._test(node.operand)
            return node
        return self.visit(node)

    def visit_If(self, node: ast.If) -> ast.If:
        node.test = self._test(node.test)
        node.body = self._block(node.body)
        node.orelse = self._block(node.orelse)
        return node

    def visit_While(self, node: ast.While) -> ast.While:
        node.test = self._test(node.test)
        node.body = self._block(node.body)
        node.orelse = self._block(node.orelse)
        return node

    def visit_IfExp(self, node: ast.IfExp) -> ast.IfExp:
        node.test = self._test(node.test)
        node.body = self.visit(node.body)
        node.orelse = self.visit(node.orelse)
        return node

    def _block(self, nodes: list[ast.stmt]) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for node in nodes:
            new = self.visit(node)
            out.extend(new if isinstance(new, list) else [new])
        return out

    def visit_Subscript(self, node: ast.Subscript) -> ast.Subscript:
        self.generic_visit(node)
        index = node.slice
        if not (isinstance(index, ast.Constant) and isinstance(index.value, int)):
            node.slice = ast.copy_location(_native("index", index), index)
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.Constant:
        if isinstance(node.value, bool):  # True and False are 1 and 0 on the robot
            return ast.copy_location(ast.Constant(int(node.value)), node)
        return node

    def visit_Call(self, node: ast.Call) -> ast.expr:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "abs":
            return ast.copy_location(_wrap(node), node)  # abs(-32768) is -32768 on the robot
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.Assign:
        self.generic_visit(node)
        if isinstance(node.value, (ast.Name, ast.Attribute)):  # copies a list, as the robot
            node.value = ast.copy_location(_native("copy", node.value), node.value)
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.Assign:
        value = ast.copy_location(ast.BinOp(_load(node.target), node.op, node.value), node)
        assign = ast.Assign([node.target], self.visit(value))
        self.visit(node.target)
        return ast.copy_location(assign, node)

    def visit_For(self, node: ast.For) -> list[ast.stmt]:
        # as tdmclient writes it for the robot: a while loop; the variable ends at the limit
        self.generic_visit(node)
        args = node.iter.args  # type: ignore[attr-defined]
        i = node.target.id  # type: ignore[attr-defined]
        self.loops += 1
        limit, step = f"_aseba_limit{self.loops}", f"_aseba_step{self.loops}"
        start = args[0] if len(args) > 1 else _c(0)
        stmts: list[ast.stmt] = [
            ast.Assign([ast.Name(i, ast.Store())], start),
            ast.Assign([ast.Name(limit, ast.Store())], args[-1] if len(args) < 3 else args[1]),
        ]
        name = ast.Name(i, ast.Load())
        if len(args) == 3:
            stmts.append(ast.Assign([ast.Name(step, ast.Store())], args[2]))
            by = ast.Name(step, ast.Load())
            left = _wrap(ast.BinOp(name, ast.Mult(), by))
            right = _wrap(ast.BinOp(ast.Name(limit, ast.Load()), ast.Mult(), by))
            test = ast.Compare(left, [ast.Lt()], [right])
            increment = _wrap(ast.BinOp(name, ast.Add(), ast.Name(step, ast.Load())))
        else:
            test = ast.Compare(name, [ast.Lt()], [ast.Name(limit, ast.Load())])
            increment = _wrap(ast.BinOp(name, ast.Add(), _c(1)))
        body = [*node.body, ast.Assign([ast.Name(i, ast.Store())], increment)]
        stmts.append(ast.While(test, body, []))
        stmts += node.orelse  # no break on the robot: the else part always runs
        for stmt in stmts:
            ast.copy_location(stmt, node)
            ast.fix_missing_locations(stmt)
        return stmts


def robot_code(source: str, filename: str = "<program>") -> Any:
    """Compile a checked Thymio-style program (see :func:`~makerkit.robot.aseba_check.check_program`)
    so that it computes with the robot's 16-bit whole numbers. Line numbers are the
    learner's own. The code expects :class:`Natives` under ``__aseba__`` in its namespace.
    """
    tree = _ToRobot().visit(ast.parse(source, filename))
    ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec")


def robot_function(func: Callable) -> Callable:
    """The same function recompiled with the robot's rules (for ``@onevent`` functions
    defined in a notebook), or the function itself if its text cannot be found."""
    import inspect
    import textwrap
    import types

    try:
        source = textwrap.dedent(inspect.getsource(func))
        first = func.__code__.co_firstlineno
    except (OSError, TypeError):
        return func
    tree = ast.parse(source)
    ast.increment_lineno(tree, first - 1)
    tree.body[0].decorator_list = []
    tree = _ToRobot().visit(tree)
    ast.fix_missing_locations(tree)
    module = compile(tree, func.__code__.co_filename, "exec")
    code = next(c for c in module.co_consts if isinstance(c, types.CodeType))
    new = types.FunctionType(code, func.__globals__, func.__name__)
    new._thymio_event = getattr(func, "_thymio_event", func.__name__)  # type: ignore[attr-defined]
    return new


# -- the robot's own functions -------------------------------------------------------------


class Natives:
    """The robot's functions and the helpers compiled programs call, for one run.

    ``variables``: the program's namespace (the LED functions write its lists);
    ``ticks``: a function giving the number of ``buttons`` events so far (for ``clock``);
    ``seed``: for ``math_rand``.
    """

    div = staticmethod(_div)
    mod = staticmethod(_mod)
    index = staticmethod(_index)
    copy = staticmethod(_copy)

    def __init__(
        self, variables: dict[str, Any], ticks: Callable[[], int] | None = None, seed: int = 0
    ) -> None:
        self.variables = variables
        self._ticks = ticks or (lambda: 0)
        self._ticks_reset = 0
        self._random = random.Random(seed)

    def functions(self) -> dict[str, Callable]:
        """Every robot function by its Python name (``nf_leds_top``, ``math_min`` …)."""
        api = robot_api()
        out: dict[str, Callable] = {}
        for name, spec in api.functions.items():
            own = getattr(self, name, None)
            if own is None:
                returns = spec.get("returns", False)
                own = _silent_with_value if returns else _silent
            out[name] = own
        return out

    def clock(self) -> dict[str, Callable]:
        """The functions of tdmclient's ``clock`` module."""
        return {"ticks_50Hz": self.ticks_50Hz, "seconds": self.seconds, "reset": self.reset}

    # clock: tdmclient counts the robot's ``buttons`` events
    def ticks_50Hz(self) -> int:  # noqa: N802 (the robot's own name)
        return wrap16(self._ticks() - self._ticks_reset)

    def seconds(self) -> int:
        return _div(self.ticks_50Hz(), 50)

    def reset(self) -> None:
        self._ticks_reset = self._ticks()

    # LEDs: the values are kept as given; what the robot shows is cut to 0 … 32
    def _leds(self, name: str, values: tuple[int, ...]) -> None:
        current = self.variables.get(name)
        if not isinstance(current, list):
            current = self.variables[name] = [0] * len(values)
        current[: len(values)] = [wrap16(v) for v in values]

    def nf_leds_top(self, r: int, g: int, b: int) -> None:
        self._leds("leds_top", (r, g, b))

    def nf_leds_bottom_left(self, r: int, g: int, b: int) -> None:
        self._leds("leds_bottom_left", (r, g, b))

    def nf_leds_bottom_right(self, r: int, g: int, b: int) -> None:
        self._leds("leds_bottom_right", (r, g, b))

    def nf_leds_circle(self, *values: int) -> None:
        self._leds("leds_circle", values)

    # math: scalar forms
    @staticmethod
    def math_min(a: int, b: int) -> int:
        return min(a, b)

    @staticmethod
    def math_max(a: int, b: int) -> int:
        return max(a, b)

    @staticmethod
    def math_clamp(x: int, low: int, high: int) -> int:
        return max(low, min(high, x))

    @staticmethod
    def math_muldiv(a: int, b: int, c: int) -> int:
        return _div_wide(a * b, c)

    def math_rand(self) -> int:
        return self._random.randint(-32768, 32767)

    @staticmethod
    def math_sqrt(x: int) -> int:
        return math.isqrt(x) if x > 0 else 0

    @staticmethod
    def math_atan2(y: int, x: int) -> int:
        return wrap16(round(math.atan2(y, x) * 32768 / math.pi))

    @staticmethod
    def math_sin(angle: int) -> int:
        return round(math.sin(angle * math.pi / 32768) * 32767)

    @staticmethod
    def math_cos(angle: int) -> int:
        return round(math.cos(angle * math.pi / 32768) * 32767)

    # math: list forms, results written into the first list
    @staticmethod
    def nf_math_copy(dest: list, src: list) -> None:
        dest[:] = src[: len(dest)]

    @staticmethod
    def nf_math_fill(dest: list, value: int) -> None:
        dest[:] = [value] * len(dest)

    @staticmethod
    def nf_math_addscalar(dest: list, src: list, value: int) -> None:
        dest[:] = [wrap16(a + value) for a in src]

    @staticmethod
    def nf_math_add(dest: list, a: list, b: list) -> None:
        dest[:] = [wrap16(x + y) for x, y in zip(a, b, strict=False)]

    @staticmethod
    def nf_math_sub(dest: list, a: list, b: list) -> None:
        dest[:] = [wrap16(x - y) for x, y in zip(a, b, strict=False)]

    @staticmethod
    def nf_math_mul(dest: list, a: list, b: list) -> None:
        dest[:] = [wrap16(x * y) for x, y in zip(a, b, strict=False)]

    @staticmethod
    def nf_math_div(dest: list, a: list, b: list) -> None:
        dest[:] = [_div(x, y) for x, y in zip(a, b, strict=False)]

    @staticmethod
    def nf_math_min(dest: list, a: list, b: list) -> None:
        dest[:] = [min(x, y) for x, y in zip(a, b, strict=False)]

    @staticmethod
    def nf_math_max(dest: list, a: list, b: list) -> None:
        dest[:] = [max(x, y) for x, y in zip(a, b, strict=False)]

    @staticmethod
    def nf_math_clamp(dest: list, src: list, low: list, high: list) -> None:
        dest[:] = [max(lo, min(hi, x)) for x, lo, hi in zip(src, low, high, strict=False)]

    def nf_math_rand(self, dest: list) -> None:
        dest[:] = [self.math_rand() for _ in dest]

    @staticmethod
    def nf_math_sort(values: list) -> None:
        values.sort()

    @staticmethod
    def nf_math_muldiv(dest: list, a: list, b: list, c: list) -> None:
        dest[:] = [_div_wide(x * y, z) for x, y, z in zip(a, b, c, strict=False)]

    def nf_math_atan2(self, dest: list, y: list, x: list) -> None:
        dest[:] = [self.math_atan2(p, q) for p, q in zip(y, x, strict=False)]

    def nf_math_sin(self, dest: list, src: list) -> None:
        dest[:] = [self.math_sin(a) for a in src]

    def nf_math_cos(self, dest: list, src: list) -> None:
        dest[:] = [self.math_cos(a) for a in src]

    def nf_math_sqrt(self, dest: list, src: list) -> None:
        dest[:] = [self.math_sqrt(a) for a in src]

    def nf_math_rot2(self, dest: list, src: list, angle: int) -> None:
        c, s = self.math_cos(angle), self.math_sin(angle)
        x, y = src[0], src[1]
        dest[:2] = [_div_wide(x * c - y * s, 32767), _div_wide(x * s + y * c, 32767)]


def _div_wide(a: int, b: int) -> int:
    """A division of a 32-bit product, as the robot's ``muldiv``, back to 16 bits."""
    if b == 0:
        raise ZeroDivisionError("division by zero")
    q = abs(a) // abs(b)
    return wrap16(q if (a < 0) == (b < 0) else -q)


def _silent(*args: Any) -> None:
    """A robot function the simulator does not show (sound, small LEDs, SD card)."""


def _silent_with_value(*args: Any) -> int:
    return 0
