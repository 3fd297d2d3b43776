# ruff: noqa: F821  (the robot provides onevent and its variables)
# Drive around without touching anything (Thymio style).
# Written from docs/robot.md: prox_horizontal[0..4] look forward from left to right;
# 0 when nothing is near, above 2000 when something is within about 9 cm.


@onevent
def prox():
    global motor_left_target, motor_right_target, leds_top
    left = prox_horizontal[0] + prox_horizontal[1]
    right = prox_horizontal[3] + prox_horizontal[4]
    middle = prox_horizontal[2]
    if middle > 2000:
        # a wall straight ahead: turn on the spot, away from the side that sees more
        leds_top = [32, 0, 0]
        if left > right:
            motor_left_target = 200
            motor_right_target = -200
        else:
            motor_left_target = -200
            motor_right_target = 200
    else:
        # bend away from what the sensors see: the more they see, the more it turns
        leds_top = [0, 32, 0]
        motor_left_target = 250 + (left - right) // 8
        motor_right_target = 250 + (right - left) // 8
