"""Run a learner's program on the simulated robot: events, time limits, the result.

>>> from makerkit.robot.arena import Arena
>>> run = run_program("def step(robot):\\n    robot.forward()\\n", Arena.named("empty"), seconds=2)
>>> run.error is None, round(run.trajectory.distance_cm)
(True, 15)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from makerkit.robot.arena import Arena, Pose
from makerkit.robot.aseba import NATIVES_NAME, Natives, robot_code, robot_function
from makerkit.robot.aseba_check import (
    check_functions,
    check_program,
    missing_globals,
    robot_api,
)
from makerkit.robot.controls import RobotControls
from makerkit.robot.guard import Guard, ProgramTimeout
from makerkit.robot.mistakes import crash_from, timeout_error
from makerkit.robot.program import (
    THYMIO_EVENTS,
    Program,
    ProgramCrash,
    _Exit,
    load_program,
)
from makerkit.robot.simulation import Simulation
from makerkit.robot.thymio import DT_S
from makerkit.robot.trajectory import Trajectory

__all__ = ["Run", "run_program", "CALL_LIMIT_S"]

CALL_LIMIT_S = 2.0  # one call of the learner's code may take this long (wall clock)
_BUTTON_HOLD_S = 0.3  # a press by a hand lasts a few tenths of a second
_LEDS_MAX = robot_api().leds_max


@dataclass
class Run:
    """What happened: the :class:`Trajectory`, the program's printed lines, an error if any."""

    trajectory: Trajectory
    style: str
    error: str | None = None
    error_key: str | None = None
    error_values: dict[str, Any] = field(default_factory=dict)
    printed: list[str] = field(default_factory=list)
    # (function, variable, line): a function gives a value to a robot or shared variable
    # without declaring it ``global`` (the value stays inside the function)
    missing_globals: list[tuple[str, str, int]] = field(default_factory=list)

    def error_message(self, lang: str | None = None) -> str | None:
        """The error in ``lang`` (default: the current language), or None."""
        from makerkit.i18n import t

        return t(self.error_key, lang=lang, **self.error_values) if self.error_key else None

    def text(self) -> str:
        """What happened, in a sentence or two of the current language."""
        said = self.trajectory.describe()
        return f"{said} {self.error}" if self.error else said

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        from makerkit.notebook.messages import message_html

        box = message_html(self.error, "error") if self.error else ""
        return box + self.picture()._repr_html_()

    def picture(self, title: str | None = None):
        """The arena and the path as a :class:`~makerkit.display.Picture`."""
        return self.trajectory.picture(title=title)

    def animation(self, seconds_per_frame: float = 0.2):
        """An animation that plays offline in a notebook."""
        return self.trajectory.animation(seconds_per_frame=seconds_per_frame)

    def sensor_bars(self, t_s: float | None = None):
        """What the sensors read at ``t_s`` (default: the end), as bars."""
        return self.trajectory.sensor_bars(t_s)


class _Controller:
    """Calls the learner's code at the right steps."""

    finished = False

    def begin(self) -> None: ...

    def next_due(self) -> int:
        raise NotImplementedError

    def at(self, step: int) -> None: ...


class _SimpleController(_Controller):
    """``step(robot)`` 10 times a second, from the start."""

    def __init__(
        self, program: Program, sim: Simulation, guard: Guard, printed: list[str], buttons: _Buttons
    ):
        self.sim, self.guard, self.buttons = sim, guard, buttons
        self.robot = RobotControls(sim)
        self.every = int(round(1.0 / (THYMIO_EVENTS["prox"] * DT_S)))
        if program.step is not None:
            self.step = program.step
        else:
            ns = program.fresh_namespace(printed)
            guard.call(exec, compile(program.source, program.filename, "exec"), ns)
            self.step = ns.get("step")
            if not callable(self.step):
                raise ProgramCrash("robot.step_missing")
        self.next = 0

    def next_due(self) -> int:
        return min(self.next, self.buttons.next_due())

    def at(self, step: int) -> None:
        self.buttons.sample(step, self.sim)
        if step >= self.next:
            self.guard.call(self.step, self.robot)
            self.next = step + self.every


class _ThymioController(_Controller):
    """Thymio-style globals and ``@onevent`` handlers, raised as the robot raises them.

    With ``aseba`` (the default) the program is first checked against what a real Thymio
    accepts, then computed with the robot's 16-bit whole numbers (see :mod:`makerkit.robot.aseba`).
    """

    def __init__(
        self,
        program: Program,
        sim: Simulation,
        guard: Guard,
        printed: list[str],
        buttons: _Buttons,
        aseba: bool = True,
        seed: int = 0,
    ):
        self.sim, self.guard, self.program, self.aseba = sim, guard, program, aseba
        self.printed, self.buttons = printed, buttons
        natives = Natives({}, ticks=lambda: buttons.samples, seed=seed)
        if program.namespace is not None:  # functions from a notebook or a module
            self.ns = program.namespace
            fresh = program.fresh_namespace(printed, natives)
            for key, value in fresh.items():
                if key != "__builtins__" and (not key.startswith("__") or key == NATIVES_NAME):
                    self.ns[key] = value
            natives.variables = self.ns
            self.handlers = dict(program.handlers)
        else:
            self.ns = program.fresh_namespace(printed, natives)
            self.handlers = {}
        # steps between two events (acc: 6.25): the k-th comes at step round(k × period)
        self.periodic = {
            name: 1.0 / (hz * DT_S) for name, hz in THYMIO_EVENTS.items() if hz is not None
        }
        self.count = dict.fromkeys(self.periodic, 0)
        self.next: dict[str, int] = {}
        self.timer_period = [0, 0]

    def begin(self) -> None:
        self._write_sensors()
        program = self.program
        if program.source is not None:
            if self.aseba:
                with program.named_in_errors():
                    check_program(program.source)
                code = robot_code(program.source, program.filename)
            else:
                code = compile(program.source, program.filename, "exec")
            self.guard.call(exec, code, self.ns)
            for value in list(self.ns.values()):
                event = getattr(value, "_thymio_event", None)
                if callable(value) and isinstance(event, str):
                    self.handlers[event] = value
        elif self.aseba:
            check_functions(self.handlers, self.ns)
            self.handlers = {name: robot_function(f) for name, f in self.handlers.items()}
        unknown = [name for name in self.handlers if name not in THYMIO_EVENTS]
        if unknown:
            raise ProgramCrash(
                "robot.unknown_event", name=unknown[0], valid=", ".join(THYMIO_EVENTS)
            )
        for name, every in self.periodic.items():
            if name in self.handlers:
                self.next[name] = int(round(every))
        self._read_outputs()

    def next_due(self) -> int:
        due = min(self.next.values(), default=self.sim.n_max)
        return max(min(due, self.buttons.next_due()), self.sim.i)

    def at(self, step: int) -> None:
        for name in self.buttons.sample(step, self.sim):
            self.ns[name] = self.sim.buttons[name]
            if name in self.handlers:
                self._raise(name)
        for name in list(self.next):
            if self.next[name] <= step:
                if name in self.periodic:
                    self.count[name] += 1
                    self.next[name] = int(round(self.periodic[name] * (self.count[name] + 1)))
                else:
                    self.next[name] = step + self._period(name)
                self._raise(name)

    def _period(self, name: str) -> int:
        index = int(name[-1])
        return max(1, int(round(self.timer_period[index] / 1000.0 / DT_S)))

    def _raise(self, name: str) -> None:
        self._write_sensors()
        self.guard.call(self.handlers[name])
        self._read_outputs()

    def _write_sensors(self) -> None:
        ns, sim = self.ns, self.sim
        ground = sim.ground_now()
        for key, values in (
            ("prox_horizontal", sim.prox_now()),
            ("prox_ground_delta", ground),
            ("prox_ground_reflected", list(ground)),
        ):
            current = ns.get(key)
            if isinstance(current, list) and len(current) == len(values):
                current[:] = values
            else:
                ns[key] = values
        ns["motor_left_speed"] = int(sim.speed_left)
        ns["motor_right_speed"] = int(sim.speed_right)
        for name, value in sim.buttons.items():
            ns[name] = value

    def _read_outputs(self) -> None:
        ns, sim = self.ns, self.sim
        targets = ns.get("motor_left_target"), ns.get("motor_right_target")
        try:
            left, right = int(targets[0]), int(targets[1])  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            bad = next(v for v in targets if not isinstance(v, int | float) or v != v)
            raise ProgramCrash("robot.bad_motor", value=repr(bad)) from None
        sim.set_motors(left, right)
        leds = ns.get("leds_top")
        if isinstance(leds, list) and len(leds) >= 3:
            sim.leds_top = [_led(v) for v in leds[:3]]
        # timers restart when their period changes, as on the robot
        periods = ns.get("timer_period", [0, 0])
        for index in (0, 1):
            name = f"timer{index}"
            period = int(periods[index]) if len(periods) > index else 0
            if period != self.timer_period[index]:
                self.timer_period[index] = period
                self.next.pop(name, None)
                if period > 0 and name in self.handlers:
                    self.next[name] = sim.i + self._period(name)


def _led(value: Any) -> int:
    """What an LED shows for a value: 0 (off) … 32 (full); the robot cuts the rest."""
    try:
        return max(0, min(_LEDS_MAX, int(value)))
    except (TypeError, ValueError):
        return 0


class _Buttons:
    """Button presses during a run, seen by the robot 20 times a second (its ``buttons`` rate).

    ``presses``: ``(time_s, name)`` or ``(time_s, name, hold_s)``, name ``"center"``,
    ``"forward"``, ``"backward"``, ``"left"`` or ``"right"``.
    """

    def __init__(self, presses: list[tuple] | None) -> None:
        self.every = int(round(1.0 / (THYMIO_EVENTS["buttons"] * DT_S)))
        changes: list[tuple[int, str, int]] = []
        for press in presses or []:
            t_s, name = float(press[0]), f"button_{press[1]}"
            if name not in _BUTTON_NAMES:
                from makerkit.errors import RobotError

                raise RobotError(
                    "robot.errors.unknown_button",
                    name=press[1],
                    valid="center, forward, backward, left, right",
                )
            hold_s = float(press[2]) if len(press) > 2 else _BUTTON_HOLD_S
            start = int(round(t_s / DT_S))
            changes += [(start, name, 1), (start + max(1, int(round(hold_s / DT_S))), name, 0)]
        self.changes = sorted(changes)
        self.samples = 0  # buttons events so far (tdmclient's clock counts them)

    def next_due(self) -> int:
        """The next sampling step at or after the next change (none: far away)."""
        if not self.changes:
            return 1 << 30
        first = self.changes[0][0]
        return -(-first // self.every) * self.every

    def sample(self, step: int, sim: Simulation) -> list[str]:
        """Apply the changes due by ``step``; the names of the buttons that changed."""
        self.samples = step // self.every
        if step % self.every:
            return []
        changed = []
        while self.changes and self.changes[0][0] <= step:
            _, name, value = self.changes.pop(0)
            if sim.buttons[name] != value:
                sim.buttons[name] = value
                changed.append(name)
        return changed


_BUTTON_NAMES = (
    "button_center",
    "button_forward",
    "button_backward",
    "button_left",
    "button_right",
)


def run_program(
    program: Any,
    arena: Arena | str = "empty",
    seconds: float = 30.0,
    seed: int = 0,
    noise: bool = False,
    pose: Pose | None = None,
    buttons: list[tuple] | None = None,
    call_limit_s: float = CALL_LIMIT_S,
    until: Callable[[Simulation], bool] | None = None,
    aseba: bool = True,
) -> Run:
    """Run ``program`` on a simulated Thymio in ``arena`` for ``seconds`` (simulated time).

    ``buttons``: presses to make during the run, e.g. ``[(0.5, "center")]`` or
    ``[(2.0, "forward", 0.5)]`` (held 0.5 s). ``aseba``: a Thymio-style program is checked
    and computed as the real robot does (16-bit whole numbers; see :mod:`makerkit.robot.aseba`);
    ``False`` runs it as plain Python. A learner's
    error or a call that takes longer than ``call_limit_s`` ends the run; the
    :class:`Run` then carries the message. A program that cannot be read raises
    :class:`~makerkit.errors.RobotError`. ``until(sim)``, if given, ends the run early
    when it returns True (checked each time the program is called).
    """
    from makerkit.errors import RobotError

    if isinstance(arena, str):
        arena = Arena.named(arena, seed=seed)
    if not 0 < seconds <= 3600:
        raise RobotError("robot.bad_seconds", seconds=seconds)
    prog = load_program(program)
    sim = Simulation(arena, pose=pose, seed=seed, noise=noise, seconds=seconds)
    presses = _Buttons(buttons)
    printed: list[str] = []
    error: tuple[str, dict[str, Any]] | None = None
    try:
        with Guard(call_limit_s) as guard:
            try:
                ctrl: _Controller
                if prog.style == "simple":
                    ctrl = _SimpleController(prog, sim, guard, printed, presses)
                else:
                    ctrl = _ThymioController(prog, sim, guard, printed, presses, aseba, seed)
                ctrl.begin()
                while not sim.done:
                    due = ctrl.next_due()
                    if due > sim.i:
                        sim.advance(due - sim.i)
                    if sim.done:
                        break
                    ctrl.at(sim.i)
                    if until is not None and until(sim):
                        break
            except ProgramTimeout as stop:
                error = timeout_error(stop, prog.filename, call_limit_s, sim.time_s)
            except ProgramCrash as crash:
                error = (crash.key, crash.values)
            except _Exit:
                pass
            except RobotError:
                raise
            except Exception as err:  # the learner's own code failed
                crash = crash_from(err, prog.filename)
                error = (crash.key, {**crash.values, "time_s": round(float(sim.time_s), 1)})
    except ProgramTimeout as stop:  # arrived just as the run ended
        error = timeout_error(stop, prog.filename, call_limit_s, sim.time_s)
    run = Run(trajectory=sim.trajectory(), style=prog.style, printed=printed)
    if prog.style == "thymio" and prog.source is not None:
        run.missing_globals = missing_globals(prog.source)
    if error is not None:
        run.error_key, run.error_values = error
        run.error = run.error_message()
    return run
