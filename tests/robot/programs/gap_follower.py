# ruff: noqa: F821, SIM108  (the robot provides onevent and its variables; keep plain if for the Thymio)
# Follow a line that has a gap (Thymio style, docs/robot.md): when both ground
# sensors see white, first keep going straight for a moment (over the gap),
# then turn back towards the side where the line was last seen.
last_side = 0
lost = 0


@onevent
def prox():
    global motor_left_target, motor_right_target, last_side, lost
    left_black = prox_ground_delta[0] < 350
    right_black = prox_ground_delta[1] < 350
    if left_black or right_black:
        lost = 0
    else:
        lost = lost + 1
    if left_black and right_black:
        motor_left_target = 200
        motor_right_target = 200
    elif left_black:
        motor_left_target = 40
        motor_right_target = 200
        last_side = -1
    elif right_black:
        motor_left_target = 200
        motor_right_target = 40
        last_side = 1
    elif lost < 8:
        motor_left_target = 200
        motor_right_target = 200
    elif last_side < 0:
        motor_left_target = -120
        motor_right_target = 150
    else:
        motor_left_target = 150
        motor_right_target = -120
