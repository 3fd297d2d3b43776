"""What a real Thymio accepts in a Thymio-style program, checked before it runs.

A Thymio-style program goes to the robot through ``tdmclient``'s transpiler, which turns
a small part of Python into the robot's language (Aseba): whole numbers from −32768 to
32767, lists of them, ``if``/``elif``/``else``, ``while``, ``for … in range(…)`` and
functions. :func:`check_program` refuses, with the line and a message in the learner's
language, what the robot would refuse; the simulator and :func:`makerkit.robot.real.transpile`
both call it, so both say the same words.

>>> check_program("motor_left_target = 200\\n")
>>> try:
...     check_program("motor_left_target = 200.5\\n")
... except RobotError as err:
...     err.key, err.values["line"]
('robot.aseba.float', 1)
"""

from __future__ import annotations

import ast
import difflib
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from makerkit.errors import RobotError

__all__ = ["check_program", "check_functions", "missing_globals", "robot_api", "RobotApi"]


@dataclass(frozen=True)
class RobotApi:
    """The robot's variables (size: 0 for a number), constants, functions and events."""

    variables: dict[str, int]
    constants: dict[str, list[int]]
    functions: dict[str, dict[str, Any]]
    clock: dict[str, dict[str, Any]]
    events: dict[str, float]
    min: int
    max: int
    leds_max: int


@cache
def robot_api() -> RobotApi:
    """The Thymio's programming interface, from ``data/aseba.toml`` and ``data/thymio2.toml``."""
    here = Path(__file__).parent / "data"
    data = tomllib.loads((here / "aseba.toml").read_text("utf-8"))
    thymio = tomllib.loads((here / "thymio2.toml").read_text("utf-8"))
    events = {name: float(hz) for name, hz in thymio["events"].items()}
    return RobotApi(
        variables=dict(data["variables"]),
        constants=dict(data["constants"]),
        functions=dict(data["functions"]),
        clock=dict(data["clock"]),
        events=events,
        min=int(data["numbers"]["min"]),
        max=int(data["numbers"]["max"]),
        leds_max=int(data["numbers"]["leds_max"]),
    )


_UNSUPPORTED_WORDS = {
    ast.Break: "break",
    ast.Continue: "continue",
    ast.Try: "try",
    ast.With: "with",
    ast.ClassDef: "class",
    ast.Lambda: "lambda",
    ast.Delete: "del",
    ast.Assert: "assert",
    ast.Raise: "raise",
    ast.Nonlocal: "nonlocal",
    ast.Dict: "{…: …}",
    ast.Set: "{…}",
    ast.Tuple: "(…, …)",
    ast.ListComp: "[… for …]",
    ast.SetComp: "{… for …}",
    ast.DictComp: "{…: … for …}",
    ast.GeneratorExp: "(… for …)",
    ast.JoinedStr: 'f"…"',
    ast.Slice: "[…:…]",
    ast.Starred: "*",
    ast.NamedExpr: ":=",
    ast.Await: "await",
    ast.Yield: "yield",
    ast.YieldFrom: "yield",
    ast.AsyncFunctionDef: "async def",
}
_OPERATORS = {ast.Pow: "**", ast.MatMult: "@", ast.Is: "is", ast.IsNot: "is not"}
_OPERATORS.update({ast.In: "in", ast.NotIn: "not in"})
_ROBOT_OPS = (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod, ast.LShift, ast.RShift)
_ROBOT_OPS += (ast.BitAnd, ast.BitOr, ast.BitXor)
_PYTHON_HINTS = {"min": "math_min", "max": "math_max", "sqrt": "math_sqrt", "random": "math_rand"}


def _refuse(key: str, node: ast.AST | None, **values: Any) -> RobotError:
    """The refusal ``robot.aseba.<key>`` at the node's line; ``close`` (a name the learner
    may have meant) picks the ``<key>_close`` message when there is one."""
    if "close" in values:
        if values["close"]:
            key += "_close"
        else:
            del values["close"]
    return RobotError(f"robot.aseba.{key}", line=getattr(node, "lineno", 0) or 0, **values)


def _close(name: str, known: list[str]) -> str:
    found = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    return found[0] if found else ""


@dataclass
class _Scope:
    """A function (or the top of the program): its variables and what it declared global."""

    name: str | None = None
    onevent: bool = False
    node: ast.FunctionDef | None = None
    vars: dict[str, int | None] = field(default_factory=dict)
    globals: set[str] = field(default_factory=set)
    returns: bool | None = None
    calls: set[str] = field(default_factory=set)


class _Checker:
    def __init__(self, known: dict[str, int | None] | None = None) -> None:
        self.api = robot_api()
        self.top = _Scope(vars=dict(known or {}))
        self.functions: dict[str, _Scope] = {}
        self.imported: dict[str, str] = {}  # name usable in the program -> robot name
        self.modules: set[str] = set()  # modules imported whole (thymio.x, clock.x)
        self.collect = False

    # -- the program -------------------------------------------------------------------

    def program(self, tree: ast.Module) -> None:
        self._import_all("thymio")  # tdmclient's preamble: from thymio import *
        top_code = []
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                self._define(node)
            else:
                top_code.append(node)
        for node in top_code:
            self.statement(node, self.top)
        for scope in self.functions.values():  # first: each function's own variables
            self.collect = True
            self.block(scope.node.body, scope)
            self.collect = False
            if scope.returns is None:
                scope.returns = False
        for scope in self.functions.values():
            self.block(scope.node.body, scope)
        for node in top_code:  # again, now that what each function gives back is known
            self.statement(node, self.top)
        for scope in self.functions.values():
            if self._recursive(scope.name, scope.name, set()):
                raise _refuse("recursive", scope.node, name=scope.name)

    def _recursive(self, start: str, name: str, seen: set[str]) -> bool:
        for called in self.functions[name].calls:
            if called == start:
                return True
            if called not in seen and called in self.functions:
                seen.add(called)
                if self._recursive(start, called, seen):
                    return True
        return False

    def _define(self, node: ast.FunctionDef) -> None:
        onevent = False
        for deco in node.decorator_list:
            if not (isinstance(deco, ast.Name) and deco.id == "onevent"):
                raise _refuse("decorator", node, name=node.name)
            onevent = True
        if node.name in self.functions:
            raise _refuse("function_twice", node, name=node.name)
        args = node.args
        if args.defaults or args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
            raise _refuse("arguments_style", node, name=node.name)
        names = [a.arg for a in args.args]
        if len(set(names)) != len(names):
            raise _refuse("arguments_style", node, name=node.name)
        if onevent:
            self._check_event(node.name, node, names)
        self.functions[node.name] = _Scope(
            name=node.name, onevent=onevent, node=node, vars={a: None for a in names}
        )

    def _check_event(self, name: str, node: ast.AST, args: list[str]) -> None:
        events = self.api.events
        if name not in events:
            raise _refuse(
                "unknown_event",
                node,
                name=name,
                valid=", ".join(events),
                close=_close(name, list(events)),
            )
        if args:
            raise _refuse("event_arguments", node, name=name)

    # -- statements --------------------------------------------------------------------

    def block(self, nodes: list[ast.stmt], scope: _Scope) -> None:
        for node in nodes:
            self.statement(node, scope)

    def statement(self, node: ast.stmt, scope: _Scope) -> None:
        kind = type(node)
        if kind is ast.Assign:
            self._assign(node, scope)
        elif kind is ast.AugAssign:
            self._augassign(node, scope)
        elif kind is ast.Expr:
            self._expr_statement(node, scope)
        elif kind is ast.If or kind is ast.While:
            self.expr(node.test, scope, test=True)
            self.block(node.body, scope)
            self.block(node.orelse, scope)
        elif kind is ast.For:
            self._for(node, scope)
        elif kind is ast.Global:
            if scope.name is None:
                return
            for name in node.names:
                if name in scope.vars and self.collect:
                    raise _refuse("global_late", node, name=name)
                scope.globals.add(name)
        elif kind is ast.Pass:
            return
        elif kind is ast.Return:
            self._return(node, scope)
        elif kind is ast.Import:
            for alias in node.names:
                self._module(alias.name, node)
                self.modules.add(alias.asname or alias.name)
        elif kind is ast.ImportFrom:
            self._module(node.module or "", node)
            for alias in node.names:
                if alias.name == "*":
                    self._import_all(node.module)
                else:
                    self.imported[alias.asname or alias.name] = alias.name
        elif kind is ast.FunctionDef:
            raise _refuse("nested_function", node, name=node.name)
        else:
            raise _refuse("unsupported", node, what=_UNSUPPORTED_WORDS.get(kind, kind.__name__))

    def _module(self, name: str, node: ast.AST) -> None:
        if name not in ("thymio", "clock"):
            raise _refuse("unknown_module", node, name=name)

    def _import_all(self, module: str | None) -> None:
        api = self.api
        names = (
            api.clock if module == "clock" else {**api.variables, **api.constants, **api.functions}
        )
        self.imported.update({n: n for n in names})

    def _target(self, target: ast.expr, scope: _Scope) -> tuple[str, ast.expr | None]:
        if isinstance(target, ast.Subscript):
            name = self._dotted(target.value)
            return name, target.slice
        if isinstance(target, (ast.Name, ast.Attribute)):
            return self._dotted(target), None
        raise _refuse("unsupported", target, what=_UNSUPPORTED_WORDS.get(type(target), "="))

    def _assign(self, node: ast.Assign, scope: _Scope) -> None:
        if len(node.targets) != 1:
            raise _refuse("unsupported", node, what="a = b = …")
        name, index = self._target(node.targets[0], scope)
        self._not_constant(name, node)
        value = node.value
        size = self.list_size(value, scope)
        copies = isinstance(value, (ast.Name, ast.Attribute)) and index is None
        if size is not None:
            if index is not None:
                raise _refuse("list_in_place", node, name=name)
            for element in self.list_elements(value):
                self.expr(element, scope)
        elif copies:
            size = self.size_of(self._dotted(value), value, scope)
        else:
            self.expr(value, scope)
        if index is None:
            self._declare(name, size, scope, node)
        else:
            self._indexed(name, index, scope, node)

    def _declare(self, name: str, size: int | None, scope: _Scope, node: ast.AST) -> None:
        robot = self._robot_name(name)
        if robot in self.api.variables and (scope.name is None or name in scope.globals):
            expected = self.api.variables[robot] or None
            if expected != size:
                raise self._size_error(name, expected, size, node)
            return
        target = self.top if (scope.name is not None and name in scope.globals) else scope
        if name in target.vars:
            if target.vars[name] != size:
                raise self._size_error(name, target.vars[name], size, node)
        elif scope.name is None or self.collect or name in scope.globals:
            target.vars[name] = size

    def _size_error(self, name: str, expected: int | None, given: int | None, node: ast.AST):
        if expected is None:
            return _refuse("list_to_number", node, name=name)
        if given is None:
            return _refuse("number_to_list", node, name=name, size=expected)
        return _refuse("list_size", node, name=name, expected=expected, given=given)

    def _not_constant(self, name: str, node: ast.AST) -> None:
        if self._robot_name(name) in self.api.constants:
            raise _refuse("constant", node, name=name)

    def _indexed(self, name: str, index: ast.expr, scope: _Scope, node: ast.AST) -> None:
        size = self.size_of(name, node, scope)
        if size is None:
            if self.collect:
                return  # maybe a name not known yet: the second pass says which
            raise _refuse("not_a_list", node, name=name)
        self.expr(index, scope)
        value = _constant_int(index)
        if value is not None and not 0 <= value < size:
            raise _refuse("index", node, name=name, index=value, last=size - 1)

    def _augassign(self, node: ast.AugAssign, scope: _Scope) -> None:
        if isinstance(node.op, ast.Div):
            raise _refuse("division", node)
        if not isinstance(node.op, _ROBOT_OPS):
            self._operator(node.op, node)
        name, index = self._target(node.target, scope)
        self._not_constant(name, node)
        if (
            index is None
            and scope.name is not None
            and not self.collect
            and name not in scope.vars
            and name not in scope.globals
        ):
            raise _refuse("forgot_global", node, name=name, function=scope.name)
        size = self.size_of(name, node, scope)
        if index is None and size is not None:
            raise _refuse("list_use", node, name=name)
        self.expr(node.value, scope)
        if index is not None:
            self._indexed(name, index, scope, node)

    def _expr_statement(self, node: ast.Expr, scope: _Scope) -> None:
        value = node.value
        if isinstance(value, ast.Constant) and (isinstance(value.value, str) or value.value is ...):
            return  # a docstring or "..."
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
            name = value.func.id
            if name == "print":
                for arg in value.args:
                    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                        self.expr(arg, scope)
                if value.keywords:
                    raise _refuse("print_options", node)
                return
            if name == "emit":
                first = value.args[0] if value.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    raise _refuse("emit", node)
                for arg in value.args[1:]:
                    self.expr(arg, scope)
                return
            if name == "exit":
                if len(value.args) > 1:
                    raise _refuse("arguments", node, name="exit", expected=1, given=len(value.args))
                for arg in value.args:
                    self.expr(arg, scope)
                return
            if name == "onevent":
                self._onevent_call(value, scope)
                return
        self.expr(value, scope, statement=True)

    def _onevent_call(self, call: ast.Call, scope: _Scope) -> None:
        args = call.args
        if not args or len(args) > 2 or not isinstance(args[0], ast.Name):
            raise _refuse("onevent_call", call)
        function = self.functions.get(args[0].id)
        if function is None:
            raise _refuse("unknown_function", call, name=args[0].id, close="")
        event = args[0].id
        if len(args) == 2:
            if not (isinstance(args[1], ast.Constant) and isinstance(args[1].value, str)):
                raise _refuse("onevent_call", call)
            event = args[1].value
        self._check_event(event, call, [a.arg for a in function.node.args.args])
        function.onevent = True

    def _for(self, node: ast.For, scope: _Scope) -> None:
        it = node.iter
        if not isinstance(node.target, ast.Name):
            raise _refuse("for_range", node)
        if not (
            isinstance(it, ast.Call)
            and isinstance(it.func, ast.Name)
            and it.func.id == "range"
            and 1 <= len(it.args) <= 3
            and not it.keywords
        ):
            raise _refuse("for_range", node)
        self._declare(node.target.id, None, scope, node)
        for arg in it.args:
            self.expr(arg, scope)
        self.block(node.body, scope)
        self.block(node.orelse, scope)

    def _return(self, node: ast.Return, scope: _Scope) -> None:
        if scope.name is None:
            raise _refuse("return_outside", node)
        has_value = node.value is not None
        if scope.onevent and has_value:
            raise _refuse("return_event", node, name=scope.name)
        if scope.returns is None:
            scope.returns = has_value
        elif scope.returns != has_value:
            raise _refuse("return_mixed", node, name=scope.name)
        if has_value:
            self.expr(node.value, scope)

    # -- expressions -------------------------------------------------------------------

    def expr(self, node: ast.expr, scope: _Scope, test: bool = False, statement: bool = False):
        kind = type(node)
        if kind is ast.Constant:
            self._constant(node)
        elif kind is ast.Name or kind is ast.Attribute:
            name = self._dotted(node)
            if self.size_of(name, node, scope) is not None:
                raise _refuse("list_use", node, name=name)
        elif kind is ast.BinOp:
            if self.list_size(node, scope) is not None:
                raise _refuse("list_in_expression", node)
            if isinstance(node.op, ast.Div):
                raise _refuse("division", node)
            if not isinstance(node.op, _ROBOT_OPS):
                self._operator(node.op, node)
            self.expr(node.left, scope)
            self.expr(node.right, scope)
        elif kind is ast.UnaryOp:
            self.expr(node.operand, scope, test=isinstance(node.op, ast.Not) and test)
        elif kind is ast.BoolOp:
            for value in node.values:
                self.expr(value, scope, test=test)
        elif kind is ast.Compare:
            for op in node.ops:
                if type(op) in _OPERATORS:
                    self._operator(op, node)
            self.expr(node.left, scope)
            for other in node.comparators:
                self.expr(other, scope)
        elif kind is ast.IfExp:
            self.expr(node.test, scope, test=True)
            self.expr(node.body, scope)
            self.expr(node.orelse, scope)
        elif kind is ast.Subscript:
            self._indexed(self._dotted(node.value), node.slice, scope, node)
        elif kind is ast.Call:
            self._call(node, scope, statement)
        elif kind is ast.List:
            if not node.elts:
                raise _refuse("empty_list", node)
            raise _refuse("list_in_expression", node)
        else:
            raise _refuse("unsupported", node, what=_UNSUPPORTED_WORDS.get(kind, kind.__name__))

    def _operator(self, op: ast.AST, node: ast.AST) -> None:
        raise _refuse("operator", node, operator=_OPERATORS.get(type(op), type(op).__name__))

    def _constant(self, node: ast.Constant) -> None:
        value = node.value
        if isinstance(value, bool):
            return
        if isinstance(value, float):
            whole = int(value) if value == value and abs(value) < 1e18 else 0
            raise _refuse("float", node, value=repr(value), whole=str(whole))  # code: no 1 000
        if isinstance(value, int):
            if not self.api.min <= value <= self.api.max + 1:  # -32768 is written -(32768)
                raise _refuse("too_big", node, value=value)
            return
        if isinstance(value, str):
            raise _refuse("text", node)
        raise _refuse("unsupported", node, what=repr(value))

    def _call(self, node: ast.Call, scope: _Scope, statement: bool) -> None:
        if node.keywords:
            raise _refuse("keyword_arguments", node)
        name = self._dotted(node.func)
        args = node.args
        user = self.functions.get(name)
        if user is not None:
            scope.calls.add(name)
            expected = len(user.node.args.args)
            if len(args) != expected:
                raise _refuse("arguments", node, name=name, expected=expected, given=len(args))
            for arg in args:
                self.expr(arg, scope)
            if not statement and not self.collect and user.returns is False:
                raise _refuse("no_value", node, name=name)
            return
        if name in ("abs", "len"):
            if len(args) != 1:
                raise _refuse("arguments", node, name=name, expected=1, given=len(args))
            if name == "abs":
                self.expr(args[0], scope)
            elif self.list_size(args[0], scope) is None and not (
                isinstance(args[0], ast.Name) and self.size_of(args[0].id, node, scope) is not None
            ):
                raise _refuse("len", node)
            return
        robot = self._robot_function(name)
        if robot is None:
            known = [*self.imported, *self.functions, "abs", "len"]
            hint = _PYTHON_HINTS.get(name, "") or _close(name, known)
            raise _refuse("unknown_function", node, name=name, close=hint)
        kinds = robot["args"]
        if len(args) != len(kinds):
            raise _refuse("arguments", node, name=name, expected=len(kinds), given=len(args))
        for arg, kind in zip(args, kinds, strict=True):
            if kind == "l":
                if self.list_size(arg, scope) is not None:
                    for element in self.list_elements(arg):
                        self.expr(element, scope)
                elif not (
                    isinstance(arg, ast.Name) and self.size_of(arg.id, arg, scope) is not None
                ):
                    raise _refuse("list_argument", node, name=name)
            else:
                self.expr(arg, scope)
        if not statement and not robot.get("returns", False):
            raise _refuse("no_value", node, name=name)

    def _robot_function(self, name: str) -> dict[str, Any] | None:
        if "." in name:
            module, short = name.split(".", 1)
            if module not in self.modules:
                return None
            table = self.api.clock if module == "clock" else self.api.functions
            return table.get(short)
        original = self.imported.get(name)
        if original is None:
            return None
        return self.api.functions.get(original) or self.api.clock.get(original)

    # -- names and sizes ---------------------------------------------------------------

    def _dotted(self, node: ast.expr) -> str:
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            raise _refuse("unsupported", node, what=_UNSUPPORTED_WORDS.get(type(node), "…."))
        parts.append(node.id)
        return ".".join(reversed(parts))

    def _robot_name(self, name: str) -> str | None:
        if "." in name:
            module, short = name.split(".", 1)
            return short if module == "thymio" and module in self.modules else None
        return self.imported.get(name)

    def size_of(self, name: str, node: ast.AST, scope: _Scope) -> int | None:
        """The list length of a variable, None for a number; refuses an unknown name."""
        local = scope.name is not None and name in scope.vars and name not in scope.globals
        if local:
            return scope.vars[name]
        if name in self.top.vars and (scope.name is not None or name in self.top.vars):
            return self.top.vars[name]
        robot = self._robot_name(name)
        if robot in self.api.variables:
            return self.api.variables[robot] or None
        if robot in self.api.constants:
            return len(self.api.constants[robot])
        if self.collect and scope.name is not None:
            return None  # a function's variables are all known only after this pass
        known = [*scope.vars, *self.top.vars, *self.imported]
        raise _refuse("unknown_name", node, name=name, close=_close(name, known))

    def list_size(self, node: ast.expr, scope: _Scope) -> int | None:
        """The length of a list written in the program (``[…]`` or ``[…] * n``), else None."""
        if isinstance(node, ast.List):
            if not node.elts:
                raise _refuse("empty_list", node)
            return len(node.elts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
            for lst, count in ((node.left, node.right), (node.right, node.left)):
                if isinstance(lst, ast.List):
                    n = _constant_int(count)
                    if n is not None and lst.elts:
                        return len(lst.elts) * n
        return None

    def list_elements(self, node: ast.expr) -> list[ast.expr]:
        if isinstance(node, ast.List):
            return list(node.elts)
        for lst in (node.left, node.right):  # type: ignore[attr-defined]
            if isinstance(lst, ast.List):
                return list(lst.elts)
        return []


def _constant_int(node: ast.expr) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) is int
    ):
        return -node.operand.value
    return None


def check_program(source: str, known: dict[str, int | None] | None = None) -> None:
    """Raise a :class:`~makerkit.errors.RobotError` (key ``robot.aseba.…``, with the line) if
    a real Thymio cannot run this Thymio-style program; return None if it can.

    ``known``: variables defined elsewhere (a notebook's), name -> list length or None.

    >>> check_program("x = 7 // 2\\nleds_top = [32, 0, 0]\\n")
    >>> try:
    ...     check_program("x = 7 / 2\\n")
    ... except RobotError as err:
    ...     err.key
    'robot.aseba.division'
    """
    try:
        tree = ast.parse(source)
        compile(tree, "<program>", "exec")  # what Python itself refuses (global after use …)
    except SyntaxError as err:
        from makerkit.robot.mistakes import syntax_error

        raise syntax_error(err) from None
    _Checker(known).program(tree)


def check_functions(handlers: dict[str, Any], namespace: dict[str, Any]) -> None:
    """Check ``@onevent`` functions defined in a notebook (and the functions they call) as
    :func:`check_program` checks a file; the line in a message is the line in the cell.
    Functions whose text cannot be found (typed at a bare prompt) are not checked."""
    import inspect
    import textwrap

    chunks: list[
        tuple[int, int, str]
    ] = []  # (first line in the text, first line in the cell, text)
    seen: set[str] = set()
    todo = list(handlers.values())
    while todo:
        func = todo.pop()
        name = getattr(func, "__name__", "")
        if name in seen:
            continue
        seen.add(name)
        try:
            text = textwrap.dedent(inspect.getsource(func))
        except (OSError, TypeError):
            continue
        first = sum(c[2].count("\n") for c in chunks) + 1
        chunks.append((first, func.__code__.co_firstlineno, text))
        for used in func.__code__.co_names:
            other = namespace.get(used)
            if inspect.isfunction(other) and used not in seen:
                todo.append(other)
    api = robot_api()
    known: dict[str, int | None] = {}
    for key, value in namespace.items():
        if key.startswith("_") or key in api.variables or key in api.constants:
            continue
        if type(value) is int or type(value) is bool:
            known[key] = None
        elif isinstance(value, list) and value and all(type(v) is int for v in value):
            known[key] = len(value)
    try:
        check_program("".join(c[2] for c in chunks), known)
    except RobotError as err:
        line = int(err.values.get("line", 0))
        for start, cell_line, text in chunks:
            if start <= line < start + text.count("\n"):
                err.values["line"] = cell_line + line - start
        raise


def missing_globals(source: str) -> list[tuple[str, str, int]]:
    """The classic mistake: a function gives a value to a robot variable or to a variable
    of the whole program without ``global``, so the value stays inside the function.
    ``(function, variable, line)`` for each, in order.

    >>> missing_globals("speed = 0\\n@onevent\\ndef prox():\\n    motor_left_target = 200\\n")
    [('prox', 'motor_left_target', 4)]
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    shared = set(robot_api().variables)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            shared.update(t.id for t in node.targets if isinstance(t, ast.Name))
    found = []
    for func in tree.body:
        if not isinstance(func, ast.FunctionDef):
            continue
        declared = {n for g in ast.walk(func) if isinstance(g, ast.Global) for n in g.names}
        args = {a.arg for a in func.args.args}
        for node in ast.walk(func):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AugAssign):
                targets = [node.target]
            for target in targets:
                name = getattr(target, "id", None)
                if name in shared and name not in declared and name not in args:
                    found.append((func.name, name, node.lineno))
                    declared.add(name)
    return found
