# ruff: noqa: F821  (the robot provides onevent and its variables)
# Follow a black line with the two ground sensors (Thymio style).
# Written from docs/robot.md: below 350 a ground sensor sees the black line;
# the line is wider than the gap between the sensors, so both see black when centred.
last_side = 0  # where the line was last seen: -1 left, 1 right


@onevent
def prox():
    global motor_left_target, motor_right_target, last_side
    left_black = prox_ground_delta[0] < 350
    right_black = prox_ground_delta[1] < 350
    if left_black and right_black:
        motor_left_target = 220
        motor_right_target = 220
    elif left_black:
        # only the left sensor is on the line: the line bends to the left
        motor_left_target = 60
        motor_right_target = 220
        last_side = -1
    elif right_black:
        motor_left_target = 220
        motor_right_target = 60
        last_side = 1
    elif last_side < 0:
        motor_left_target = -100
        motor_right_target = 150
    else:
        motor_left_target = 150
        motor_right_target = -100
