"""The real-Thymio adapter against tdmclient's own dummy Thymio Device Manager.

The dummy server (``python -m tdmclient server``'s ``Server``) runs in this process,
listening on 127.0.0.1 only, on a free port; every wait is bounded.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

tdmclient = pytest.importorskip("tdmclient")

from makerkit.errors import RobotError  # noqa: E402
from makerkit.robot.real import RealThymio, run_on_thymio, transpile  # noqa: E402


class LocalServer(tdmclient.Server):
    """tdmclient's dummy server, listening on the loopback interface only."""

    def start(self):
        self.stop()
        self.socket_listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket_listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket_listener.bind(("127.0.0.1", self.port))
        self.socket_listener.listen(5)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def manager():
    """A dummy Thymio Device Manager with one simulated Thymio II: (port, node)."""

    def start(with_robot: bool = True):
        port = _free_port()
        server = LocalServer(port=port)
        node = tdmclient.ServerNode(
            type=tdmclient.ThymioFB.NODE_TYPE_THYMIO2,
            variables={
                "motor.left.target": [0],
                "motor.right.target": [0],
                "prox.horizontal": [0, 0, 1250, 0, 0, 0, 0],
            },
        )
        if with_robot:
            server.nodes.add(node)
        server.start()
        threading.Thread(target=server.loop_forever, daemon=True).start()
        started.append(server)
        return port, node

    started: list = []
    yield start
    for server in started:
        server.stop_requested = True
        if server.socket_listener is not None:
            server.socket_listener.close()


def test_connect_read_set_motors_and_disconnect(manager, program):
    port, node = manager()
    start = time.monotonic()
    with RealThymio(port=port, timeout_s=3) as thymio:
        assert thymio.read("prox.horizontal") == [0, 0, 1250, 0, 0, 0, 0]
        thymio.set_motors(120, -600)
        deadline = time.monotonic() + 3
        while node.variables["motor.left.target"] != [120] and time.monotonic() < deadline:
            time.sleep(0.02)
        assert node.variables["motor.left.target"] == [120]
        assert node.variables["motor.right.target"] == [-500]  # clamped like the robot
        aseba = thymio.run_program(program("wall_stopper").read_text())
        assert "onevent prox" in aseba and "motor.left.target" in aseba
    assert thymio.client is None and node.status == tdmclient.ThymioFB.NODE_STATUS_AVAILABLE
    assert time.monotonic() - start < 10


def test_run_on_thymio_sends_the_learner_program(manager, program):
    port, _ = manager()
    aseba = run_on_thymio(program("line_follower"), port=port, timeout_s=3)
    assert "prox.ground.delta" in aseba


def test_no_manager_and_no_robot_are_explained_quickly(manager, lang):
    start = time.monotonic()
    with pytest.raises(RobotError) as info:
        RealThymio(port=_free_port(), timeout_s=1).open()
    assert "Thymio Device Manager" in str(info.value)
    port, _ = manager(with_robot=False)
    with pytest.raises(RobotError) as info:
        RealThymio(port=port, timeout_s=0.5).open()
    assert ("robot" in str(info.value).lower()) and info.value.key == "robot.real.no_robot"
    assert time.monotonic() - start < 5


def test_reference_programs_transpile_for_the_real_robot(program):
    for name in ("line_follower", "obstacle_avoider", "wall_stopper"):
        code, _ = transpile(program(name).read_text())
        assert "onevent prox" in code
    with pytest.raises(RobotError) as info:
        transpile("x = 1.5\n")
    assert info.value.key == "robot.aseba.float"  # the same words as the simulator


def test_gap_follower_transpiles_too(program):
    code, _ = transpile(program("gap_follower").read_text())
    assert "lost" in code
