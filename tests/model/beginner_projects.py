"""Six classic beginner projects, written as a learner would from the public API.

``before_*``: with what makerkit offered before the new operations (nested loops, points
computed by hand, walls by scaling); ``after_*``: with offset, shell, repeat, on_face,
rounded edges, star(). Both build the same object; tests/model/test_beginner_projects.py
checks them and the note counts their lines.
"""

from __future__ import annotations

import math

from makerkit.model import (
    box,
    cylinder,
    extrude,
    hull,
    prism,
    rectangle,
    sphere,
    star,
    text,
    wedge,
)


# 1. A keychain: a rounded plate, a ring hole, a raised name
def before_keychain():
    plate = box(50, 16, 3, radius_mm=4)
    hole = cylinder(4, 3).move(x=-20)
    word = text("Camille", size_mm=7, height_mm=1.2)
    word = word.move(x=4, z=3 - word.bounds_mm[0][2])
    return plate - hole + word


def after_keychain():
    plate = box(50, 16, 3, radius_mm=4) - cylinder(d=4, h=3).move(x=-20)
    return plate + text("Camille", 7, 1.2).on_face(plate, "top").move(x=4)


# 2. A phone stand: a base, a leaning back, a lip in front
def before_phone_stand():
    base = box(70, 80, 5)
    back = box(70, 6, 90).rotate(x=-20).move(y=18)
    back = back.move(z=-back.bounds_mm[0][2] + 2)
    lip = box(70, 5, 12).move(y=-30)
    stand = base + back + lip
    cut = box(80, 90, 50).move(z=-50)  # what leans below the bed
    return stand - cut


def after_phone_stand():
    base = box(70, 80, 5, chamfer_mm=1)
    back = box(70, 6, 90, rounded_mm=2).rotate(x=-20).move(y=18).on_bed().move(z=2)
    return base + back + box(70, 5, 12, rounded_mm=2).move(y=-30)


# 3. A pencil holder with rows of hexagonal holes
def before_pencil_holder():
    cup = cylinder(70, 90) - cylinder(65, 90).move(z=3)
    for row in range(6):
        for k in range(12):
            angle = k * 30 + (15 if row % 2 else 0)
            hole = prism(6, 8, 10).rotate(x=90).move(y=34, z=15 + row * 12)
            cup = cup - hole.rotate(z=angle, around=(0, 0, 0))
    return cup


def after_pencil_holder():
    cup = cylinder(70, 90).shell(2.5, open_top=True)
    ring = prism(6, 8, 10).rotate(x=90).move(y=34, z=15).repeat_around(12)
    staggered = ring + ring.rotate(z=15, around=(0, 0, 0)).move(z=12)
    return cup - staggered.repeat(3, z_mm=24)


# 4. A star cookie cutter with 1.2 mm walls and a flange to press on
def before_cookie_cutter():
    points = []
    for i in range(10):
        r = 30 if i % 2 == 0 else 12
        a = math.radians(90 + 36 * i)
        points.append((r * math.cos(a), r * math.sin(a)))
    outline = extrude(points, 15)
    inner = outline.scale((28.8 / 30, 28.8 / 30, 1))  # the wall comes out uneven
    wall = outline - inner.move(z=-1) - inner.move(z=1)
    flange = extrude(points, 2).scale((35 / 30, 35 / 30, 1)) - inner.move(z=-1)
    return wall + flange


def after_cookie_cutter():
    outline = star(5, 60, 24)
    wall = (outline.offset(1.2) - outline).extrude(15)
    flange = (outline.offset(5) - outline).extrude(2)
    return wall + flange


# 5. A dice with pips (1 to 6)
def before_dice():
    dice = box(16, 16, 16, radius_mm=1.5)
    pip = sphere(3)
    spots = {
        "top": [(0, 0)],
        "bottom": [(-4, -4), (4, 4), (-4, 4), (4, -4), (-4, 0), (4, 0)],
        "front": [(-4, -4), (4, 4)],
        "back": [(-4, -4), (4, 4), (-4, 4), (4, -4), (0, 0)],
        "left": [(-4, -4), (0, 0), (4, 4)],
        "right": [(-4, -4), (4, 4), (-4, 4), (4, -4)],
    }
    for face, places in spots.items():
        for u, v in places:
            if face == "top":
                dice = dice - pip.move(u, v, 14.5)
            elif face == "bottom":
                dice = dice - pip.move(u, v, -1.5)
            elif face == "front":
                dice = dice - pip.move(u, -8, 6.5 + v)
            elif face == "back":
                dice = dice - pip.move(u, 8, 6.5 + v)
            elif face == "left":
                dice = dice - pip.move(-8, u, 6.5 + v)
            else:
                dice = dice - pip.move(8, u, 6.5 + v)
    return dice


def after_dice():
    dice = box(16, 16, 16, rounded_mm=1.5)
    four = [(-4, -4), (4, 4), (-4, 4), (4, -4)]
    pips = [
        [(0, 0)],
        four[:2],
        [*four[:2], (0, 0)],
        four,
        [*four, (0, 0)],
        [*four, (-4, 0), (4, 0)],
    ]
    for face, places in zip(["top", "front", "left", "right", "back", "bottom"], pips, strict=True):
        dice = dice - sum(sphere(3).move(u, v) for u, v in places).on_face(dice, face, sink_mm=1.5)
    return dice


# 6. A house-shaped box with a lid (the roof) that fits
def before_house_box():
    walls = box(60, 40, 40) - box(56, 36, 40).move(z=2)
    gable = wedge(30, 40, 20).move(x=15) + wedge(30, 40, 20).mirror("x").move(x=-15)
    lid = box(60, 40, 2) + gable.move(z=2) + box(55.6, 35.6, 3).move(z=-3)
    return walls, lid.on_bed()


def after_house_box():
    walls = box(60, 40, 40).shell(2, open_top=True)
    lip = rectangle(56, 36).offset(-0.2).extrude(3)  # 0.2 mm smaller all round: it slides in
    return walls, hull(box(60, 40, 2), box(60, 1, 20).move(z=2)).move(z=3) + lip


PROJECTS = ["keychain", "phone_stand", "pencil_holder", "cookie_cutter", "dice", "house_box"]
