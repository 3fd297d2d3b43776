# Get out of the maze by keeping a wall on the right (simple style, docs/robot.md:
# prox[4] looks front right, prox[2] straight ahead; above 2000 a wall is within 9 cm).
# The sides see nothing: when the right wall ends, go on about 10 cm before turning
# right on the spot, so that the body clears the end of the wall.
def step(robot):
    p = robot.prox
    m = robot.memory
    if p[2] > 1500 or p[1] > 2200 or p[3] > 2200:
        robot.turn_left(180)
        m["open"] = 0
    elif p[4] > 2600:
        robot.motors(100, 200)
        m["open"] = 0
    elif p[4] > 900:
        robot.forward(200)
        m["open"] = 0
    else:
        m["open"] = m.get("open", 0) + 1
        if m["open"] <= 14:
            robot.forward(200)
        elif m["open"] <= 26:
            robot.turn_right(150)
        else:
            robot.motors(200, 110)
