# Stop on the grey square (simple style, docs/robot.md: grey reads about 495).
def step(robot):
    if robot.on_grey():
        robot.stop()
    else:
        robot.forward(150)
