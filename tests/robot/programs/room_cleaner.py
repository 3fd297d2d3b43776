# ruff: noqa: F821  (the robot provides onevent and its variables)
# Clean a room (Thymio style, docs/robot.md): drive straight; on meeting something, turn
# on the spot for a random time (math_rand) so that the robot reaches new places. A black
# sofa is seen only very close, so small readings count too.
turning = 0


@onevent
def prox():
    global motor_left_target, motor_right_target, turning
    front = math_max(math_max(prox_horizontal[1], prox_horizontal[2]), prox_horizontal[3])
    sides = math_max(prox_horizontal[0], prox_horizontal[4])
    if turning > 0:
        turning -= 1
        motor_left_target = 220
        motor_right_target = -220
    elif front > 400 or sides > 700:
        turning = 3 + (math_rand() & 7)
        motor_left_target = 0
        motor_right_target = 0
    else:
        motor_left_target = 300
        motor_right_target = 300
