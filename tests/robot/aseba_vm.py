"""A small interpreter of the Aseba text tdmclient's transpiler writes, for the tests.

It runs the robot's side of the comparison: the program as the real Thymio receives it,
computed with the rules of the Aseba virtual machine (16-bit signed integers, C division
and remainder, ``abs``), written from the Aseba language reference independently of
makerkit's own rewriting of Python. Only what tdmclient emits is understood: ``var``,
assignments (``=``, ``+=`` …, ``++``), ``if/elseif/else/end``, ``while/do/end``,
``sub``/``callsub``/``return``, ``onevent``, ``emit`` and the ``call``s of a few natives.
"""

from __future__ import annotations

import ast
import re

_INT16 = 1 << 16


def _w(v: int) -> int:
    return ((int(v) + 32768) % _INT16) - 32768


def _cdiv(a: int, b: int) -> int:
    if b == 0:
        raise ZeroDivisionError
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _cmod(a: int, b: int) -> int:
    return a - _cdiv(a, b) * b


class AsebaVM:
    """Variables and code of one transpiled program; ``run_event(name)`` runs a handler."""

    def __init__(self, code: str, variables: dict[str, list[int]]) -> None:
        self.vars = {name: list(values) for name, values in variables.items()}
        self.printed: list[list[int]] = []
        lines = [ln.strip() for ln in code.splitlines()]
        self.lines = [ln for ln in lines if ln]
        self.blocks: dict[str, int] = {}
        init_end = len(self.lines)
        for i, line in enumerate(self.lines):
            m = re.match(r"(onevent|sub) (\S+)$", line)
            if m:
                self.blocks[f"{m.group(1)} {m.group(2)}"] = i + 1
                init_end = min(init_end, i)
        for line in self.lines[:init_end]:
            m = re.match(r"var (\S+?)(?:\[(\d+)\])?(?: = (.*))?$", line)
            if m:
                size = int(m.group(2) or 1)
                self.vars.setdefault(m.group(1), [0] * size)
        self._exec(0, init_end, skip_vars=True)

    # -- running -------------------------------------------------------------------------

    def run_event(self, name: str) -> None:
        start = self.blocks.get(f"onevent {name}")
        if start is not None:
            self._exec(start, self._block_end(start))

    def _block_end(self, start: int) -> int:
        i = start
        while i < len(self.lines) and not re.match(r"(onevent|sub) ", self.lines[i]):
            i += 1
        return i

    def _exec(self, i: int, end: int, skip_vars: bool = False) -> str | None:
        while i < end:
            line = self.lines[i]
            if line.startswith("var "):
                i += 1
                continue
            if line.startswith("if "):
                i = self._if(i, end)
                if i < 0:
                    return "return"
                continue
            if line.startswith("while "):
                cond = line[len("while ") : -len(" do")]
                body_end = self._matching_end(i)
                while self._eval(cond):
                    if self._exec(i + 1, body_end) == "return":
                        return "return"
                i = body_end + 1
                continue
            if line == "return":
                return "return"
            if line.startswith("callsub "):
                start = self.blocks[f"sub {line.split()[1]}"]
                self._exec(start, self._block_end(start))
            elif line.startswith("emit "):
                m = re.match(r"emit (\S+)(?: \[(.*)\])?$", line)
                args = [self._eval(a) for a in _split_args(m.group(2))] if m.group(2) else []
                self.printed.append([m.group(1), *args])
            elif line.startswith("call "):
                self._call(line[5:])
            else:
                self._assign(line)
            i += 1
        return None

    def _matching_end(self, i: int) -> int:
        depth = 0
        for j in range(i, len(self.lines)):
            word = self.lines[j].split(" ")[0]
            if word in ("if", "while"):
                depth += 1
            elif word == "end":
                depth -= 1
                if depth == 0:
                    return j
        raise ValueError("no end")

    def _if(self, i: int, end: int) -> int:
        close = self._matching_end(i)
        # the branches: the lines 'elseif …' and 'else' at this depth
        branches = [(i, self.lines[i][3 : -len(" then")])]
        depth = 0
        for j in range(i + 1, close):
            word = self.lines[j].split(" ")[0]
            if word in ("if", "while"):
                depth += 1
            elif word == "end":
                depth -= 1
            elif depth == 0 and word == "elseif":
                branches.append((j, self.lines[j][7 : -len(" then")]))
            elif depth == 0 and word == "else":
                branches.append((j, None))
        bounds = [b[0] for b in branches[1:]] + [close]
        for (start, cond), stop in zip(branches, bounds, strict=True):
            if cond is None or self._eval(cond):
                if self._exec(start + 1, stop) == "return":
                    return -1
                break
        return close + 1

    # -- statements and expressions ------------------------------------------------------

    def _assign(self, line: str) -> None:
        m = re.match(r"(\S+?)(?:\[(.*)\])? *(\+\+|--|[-+*/%&|^]=|<<=|>>=|=) *(.*)$", line)
        name, index, op, value = m.groups()
        target = self.vars[name]
        k = self._eval(index) if index is not None else None
        if op in ("++", "--"):
            result = _w(target[k or 0] + (1 if op == "++" else -1))
            target[k or 0] = result
            return
        if value.startswith("["):
            target[:] = [self._eval(v) for v in _split_args(value[1:-1])]
            return
        if op == "=" and index is None and len(target) > 1:
            target[:] = list(self.vars[value])
            return
        v = self._eval(value)
        if k is not None and not 0 <= k < len(target):
            raise IndexError("out of bounds")
        if op != "=":
            v = self._binary(op[:-1], target[k or 0], v)
        target[k or 0] = v

    def _call(self, text: str) -> None:
        m = re.match(r"(\S+)\((.*)\)$", text)
        name, args = m.group(1), _split_args(m.group(2))
        if name in ("math.min", "math.max", "math.clamp", "math.muldiv"):
            dest = self._ref(args[0])
            vals = [self._eval(a.strip("[]")) for a in args[1:]]
            if name == "math.min":
                r = min(vals)
            elif name == "math.max":
                r = max(vals)
            elif name == "math.clamp":
                r = max(vals[1], min(vals[2], vals[0]))
            else:
                r = _w(_cdiv(vals[0] * vals[1], vals[2]))
            dest[0][dest[1]] = r
        elif name in ("leds.top", "leds.bottom.left", "leds.bottom.right", "leds.circle"):
            self.vars[name][:] = [self._eval(a) for a in args]

    def _ref(self, text: str) -> tuple[list[int], int]:
        m = re.match(r"(\S+?)(?:\[(.*)\])?$", text)
        return self.vars[m.group(1)], self._eval(m.group(2)) if m.group(2) else 0

    def _eval(self, text: str) -> int:
        return self._node(ast.parse(_pythonish(text), mode="eval").body)

    def _node(self, node: ast.AST) -> int:
        if isinstance(node, ast.Constant):
            return int(node.value)
        if isinstance(node, ast.Name):
            return self.vars[_dotted(node.id)][0]
        if isinstance(node, ast.Subscript):
            values = self.vars[_dotted(node.value.id)]
            k = self._node(node.slice)
            if not 0 <= k < len(values):
                raise IndexError("out of bounds")
            return values[k]
        if isinstance(node, ast.UnaryOp):
            v = self._node(node.operand)
            if isinstance(node.op, ast.USub):
                return _w(-v)
            if isinstance(node.op, ast.Invert):
                return _w(~v)
            if isinstance(node.op, ast.Not):
                return int(not v)
            return v
        if isinstance(node, ast.BinOp):
            ops = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Mod: "%"}
            ops.update({ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|"})
            ops[ast.BitXor] = "^"
            return self._binary(ops[type(node.op)], self._node(node.left), self._node(node.right))
        if isinstance(node, ast.Compare):
            a, b = self._node(node.left), self._node(node.comparators[0])
            op = type(node.ops[0])
            return int(
                {
                    ast.Lt: a < b,
                    ast.LtE: a <= b,
                    ast.Gt: a > b,
                    ast.GtE: a >= b,
                    ast.Eq: a == b,
                    ast.NotEq: a != b,
                }[op]
            )
        if isinstance(node, ast.BoolOp):
            values = [self._node(v) for v in node.values]
            return int(all(values) if isinstance(node.op, ast.And) else any(values))
        if isinstance(node, ast.Call) and node.func.id == "abs":
            return _w(abs(self._node(node.args[0])))
        raise ValueError(ast.dump(node))

    @staticmethod
    def _binary(op: str, a: int, b: int) -> int:
        if op == "+":
            return _w(a + b)
        if op == "-":
            return _w(a - b)
        if op == "*":
            return _w(a * b)
        if op == "/":
            return _w(_cdiv(a, b))
        if op == "%":
            return _w(_cmod(a, b))
        if op == "<<":
            return _w(a << b)
        if op == ">>":
            return _w(a >> b)
        if op == "&":
            return _w(a & b)
        if op == "|":
            return _w(a | b)
        return _w(a ^ b)


def _split_args(text: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def _pythonish(text: str) -> str:
    # dotted robot names are valid Python attribute chains; keep them as one name
    return re.sub(
        r"\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)", lambda m: m.group(1).replace(".", "__DOT__"), text
    )


def _dotted(name: str) -> str:
    return name.replace("__DOT__", ".")
