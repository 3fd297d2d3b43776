# Get out of the maze by keeping a wall on the right (simple style, docs/robot.md:
# prox[4] looks front right, prox[2] straight ahead; above 2000 a wall is within 9 cm).
def step(robot):
    p = robot.prox
    if p[2] > 1500 or p[1] > 2200 or p[3] > 2200:
        robot.turn_left(180)
    elif p[4] > 2600:
        robot.motors(100, 200)
    elif p[4] > 900:
        robot.forward(200)
    else:
        robot.motors(200, 110)
