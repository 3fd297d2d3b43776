# Follow the line, simple style (docs/robot.md).
def step(robot):
    if robot.line_left() and robot.line_right():
        robot.forward()
    elif robot.line_left():
        robot.veer_left()
        robot.memory["side"] = "left"
    elif robot.line_right():
        robot.veer_right()
        robot.memory["side"] = "right"
    elif robot.memory.get("side") == "left":
        robot.turn_left()
    else:
        robot.turn_right()
