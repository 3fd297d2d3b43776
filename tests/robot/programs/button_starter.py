# ruff: noqa: F821  (the robot provides onevent and its variables)
# Wait for the forward button, then go (Thymio style, docs/robot.md): button_forward is 1
# only while the finger is on it, so the program remembers the press in `go`.
go = 0


@onevent
def button_forward():
    global go
    if button_forward == 1:
        go = 1


@onevent
def prox():
    global motor_left_target, motor_right_target
    if go == 1:
        motor_left_target = 300
        motor_right_target = 300
