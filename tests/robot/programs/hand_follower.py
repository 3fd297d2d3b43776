# ruff: noqa: F821  (the robot provides onevent and its variables)
# Follow a hand (Thymio style, docs/robot.md): drive towards what the front sensors see,
# slower as it gets closer, turning towards the side that sees more; stop when nothing
# is seen (the hand was lifted) and back away when it is very close.


@onevent
def prox():
    global motor_left_target, motor_right_target
    left = prox_horizontal[0] + prox_horizontal[1]
    right = prox_horizontal[3] + prox_horizontal[4]
    middle = prox_horizontal[2]
    if left + middle + right == 0:
        motor_left_target = 0
        motor_right_target = 0
    elif middle > 3800:
        motor_left_target = -100
        motor_right_target = -100
    else:
        speed = (3800 - middle) // 12
        turn = (right - left) // 8
        motor_left_target = speed + turn
        motor_right_target = speed - turn
