"""The same Thymio-style program on a real Thymio, through the Thymio Device Manager.

Needs the optional extra ``makerkit[thymio]`` (``tdmclient``) and the Thymio Device
Manager (it comes with Thymio Suite). The program is turned into the robot's own
language by ``tdmclient``'s transpiler, exactly as ``python -m tdmclient run`` does.
Every wait is bounded: with no manager or no robot, a clear message comes in a few
seconds.

    with RealThymio() as thymio:
        thymio.read("prox.horizontal")          # [0, 0, 1250, 0, 0, 0, 0]
        thymio.set_motors(100, 100)
        thymio.run_program(open("line.py").read())
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from makerkit.errors import RobotError

__all__ = ["RealThymio", "run_on_thymio", "transpile"]

DEFAULT_PORT = 8596  # the Thymio Device Manager's TCP port
_POLL_S = 0.02


def _tdmclient():
    try:
        import tdmclient
    except ImportError:
        raise RobotError("robot.real.missing") from None
    return tdmclient


def transpile(source: str) -> tuple[str, list[tuple[str, int]]]:
    """The program in the Thymio's language (Aseba), and the events it needs registered.

    The program is first checked as the simulator checks it
    (:func:`~makerkit.robot.aseba_check.check_program`): what one refuses, the other
    refuses with the same words. Arithmetic keeps Python's grouping: tdmclient 0.1.21
    writes ``a - (b + c)`` as ``a - b + c``, which the robot computes differently.

    >>> code, events = transpile("motor_left_target = 100\\n")
    >>> "motor.left.target = 100" in code
    True
    """
    from makerkit.robot.aseba_check import check_program

    _tdmclient()
    check_program(source)
    from tdmclient.atranspiler import TranspilerError
    from tdmclient.module_clock import ModuleClock
    from tdmclient.module_thymio import ModuleThymio

    tr = _grouping_transpiler()()
    tr.modules = {**tr.modules, "thymio": ModuleThymio(tr), "clock": ModuleClock(tr)}
    tr.set_preamble("from thymio import *\n")
    try:
        tr.set_source(source)
        tr.transpile()
    except SyntaxError as err:
        from makerkit.robot.mistakes import syntax_error

        raise syntax_error(err) from None
    except (TranspilerError, ValueError, TypeError, KeyError, AttributeError) as err:
        raise RobotError("robot.real.transpile", error=str(err) or type(err).__name__) from None
    events = []
    if tr.print_format_strings:
        events.append(("_print", 1 + tr.print_max_num_args))
    if tr.has_exit_event:
        events.append(("_exit", 1))
    events += list(tr.events_in.items()) + list(tr.events_out.items())
    return tr.get_output(), events


def _grouping_transpiler() -> type:
    """tdmclient's transpiler, with parentheses kept around a right-hand operand of the same
    priority (``a - (b + c)``, ``a * (b // c)``): without them the robot computes another
    number than Python and the simulator."""
    import ast

    from tdmclient.atranspiler import ATranspiler

    ops = {
        ast.Add: ("+", ATranspiler.PRI_ADD),
        ast.Sub: ("-", ATranspiler.PRI_ADD),
        ast.Mult: ("*", ATranspiler.PRI_MULT),
        ast.FloorDiv: ("/", ATranspiler.PRI_MULT),
        ast.Mod: ("%", ATranspiler.PRI_MOD),
        ast.LShift: ("<<", ATranspiler.PRI_SHIFT),
        ast.RShift: (">>", ATranspiler.PRI_SHIFT),
        ast.BitAnd: ("&", ATranspiler.PRI_BINARY_AND),
        ast.BitOr: ("|", ATranspiler.PRI_BINARY_OR),
        ast.BitXor: ("^", ATranspiler.PRI_BINARY_XOR),
    }

    class GroupingTranspiler(ATranspiler):
        def compile_expr(self, node, context, priority_container=ATranspiler.PRI_LOW):
            found = ops.get(type(node.op)) if isinstance(node, ast.BinOp) else None
            if found is None or context.list_length(node) is not None:
                return super().compile_expr(node, context, priority_container)
            op, priority = found
            left, aux, _ = self.compile_expr(node.left, context, priority)
            # the robot's manuals rank % apart from * and /: group both ways round
            tight = ATranspiler.PRI_MULT if priority == ATranspiler.PRI_MOD else priority
            right, aux_right, _ = self.compile_expr(node.right, context, tight + 1)
            code = f"{left} {op} {right}"
            if priority < priority_container:
                code = f"({code})"
            return code, aux + aux_right, False

    return GroupingTranspiler


def _wake_reader(tdm: Any) -> None:
    """End tdmclient's reader thread now: it otherwise waits for one more packet."""
    import socket

    sock = getattr(getattr(tdm, "io", None), "socket", None)
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    reader = getattr(tdm, "input_thread", None)
    if reader is not None:
        reader.join(timeout=2.0)


class RealThymio:
    """A connection to one real Thymio (locked for this program while open)."""

    def __init__(
        self, address: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout_s: float = 5.0
    ) -> None:
        self.address, self.port, self.timeout_s = address, port, timeout_s
        self.client: Any = None
        self.node: Any = None

    # -- connecting ---------------------------------------------------------------------

    def __enter__(self) -> RealThymio:
        self.open()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def open(self) -> None:
        """Connect to the manager and lock the first Thymio it knows."""
        tdm = _tdmclient()
        try:
            self.client = tdm.ClientAsync(tdm_addr=self.address, tdm_port=self.port)
        except OSError:
            raise RobotError(
                "robot.real.no_manager", address=self.address, port=self.port
            ) from None
        if self.client.tdm is None:
            raise RobotError("robot.real.no_manager", address=self.address, port=self.port)
        deadline = time.monotonic() + self.timeout_s
        node = None
        while time.monotonic() < deadline:
            self.client.process_waiting_messages()
            node = self.client.first_node()
            if node is not None and node.status in (
                self.client.NODE_STATUS_AVAILABLE,
                self.client.NODE_STATUS_BUSY,
            ):
                break
            node = None
            time.sleep(_POLL_S)
        if node is None:
            self.close()
            raise RobotError("robot.real.no_robot", timeout_s=self.timeout_s)
        if self._wait(node.lock_node()) is not None:
            self.close()
            raise RobotError("robot.real.busy")
        self.node = node

    def close(self) -> None:
        """Stop the motors, unlock the robot and disconnect."""
        if self.client is None:
            return
        try:
            if self.node is not None:
                self._wait(self.node.unlock())
        finally:
            self.node = None
            tdm = self.client.tdm
            self.client.disconnect()
            self.client = None
            _wake_reader(tdm)

    def _wait(self, coroutine: Any) -> Any:
        """Run one of tdmclient's coroutines to its end, within ``timeout_s``."""
        deadline = time.monotonic() + self.timeout_s
        result = None
        try:
            while True:
                coroutine.send(None)
                if time.monotonic() > deadline:
                    coroutine.close()
                    raise RobotError("robot.real.no_robot", timeout_s=self.timeout_s)
        except StopIteration as done:
            result = done.value
        return result

    # -- using the robot ----------------------------------------------------------------

    def read(self, name: str) -> list[int]:
        """A robot variable by its Thymio name, e.g. ``"prox.horizontal"``."""
        node = self.node
        if not node.watch_flags & self.client.WATCHABLE_INFO_VARIABLES:
            self._wait(node.watch(variables=True))
        deadline = time.monotonic() + self.timeout_s
        while name not in node.var:
            if time.monotonic() > deadline:
                raise RobotError("robot.real.no_robot", timeout_s=self.timeout_s)
            self.client.process_waiting_messages()
            time.sleep(_POLL_S)
        return list(node.var[name])

    def set_motors(self, left: int, right: int) -> None:
        """Set ``motor.left.target`` and ``motor.right.target`` (−500 … 500)."""
        left, right = (max(-500, min(500, int(v))) for v in (left, right))
        self._wait(
            self.node.set_variables({"motor.left.target": [left], "motor.right.target": [right]})
        )

    def run_program(self, source: str) -> str:
        """Send a Thymio-style Python program to the robot and start it; returns its Aseba."""
        code, events = transpile(source)
        if events:
            self._wait(self.node.register_events(events))
        error = self._wait(self.node.compile(code))
        if error is not None:
            raise RobotError("robot.real.compile", error=error.get("error_msg", error))
        self._wait(self.node.run())
        return code

    def stop(self) -> None:
        """Stop the program and the motors."""
        self._wait(self.node.stop())
        self.set_motors(0, 0)


def run_on_thymio(
    program: Any, address: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout_s: float = 5.0
) -> str:
    """Run a Thymio-style program (file, text) on a real Thymio; returns the Aseba sent.

    The program keeps running on the robot after this returns, as with Thymio Suite.
    """
    from makerkit.robot.program import load_program

    prog = load_program(program)
    if prog.source is None or prog.style != "thymio":
        raise RobotError("robot.real.transpile", error="step(robot)")
    with RealThymio(address, port, timeout_s) as thymio:
        return thymio.run_program(prog.source)
