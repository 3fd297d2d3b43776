# ruff: noqa: F821  (the robot provides onevent and its variables)
# Drive to the wall and stop before touching it (Thymio style, docs/robot.md:
# prox_horizontal[2] reads about 3000 when the wall is 6 cm away).


@onevent
def prox():
    global motor_left_target, motor_right_target
    if prox_horizontal[2] > 3500:
        motor_left_target = 0
        motor_right_target = 0
    else:
        motor_left_target = 200
        motor_right_target = 200
