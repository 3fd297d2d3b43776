# Wait for the forward button, then go (simple style, docs/robot.md).
def step(robot):
    if robot.pressed("forward"):
        robot.memory["go"] = True
    if robot.memory.get("go"):
        robot.forward(300)
