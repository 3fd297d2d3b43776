"""Write robot-arm.fr.ipynb and robot-arm.en.ipynb from the cells below.

Run: python workshops/robot-arm/make_notebooks.py
Both languages get the same cells, ids, points and grading; only the words change.
"""

from pathlib import Path

from makerkit.kits.cells import WorkshopNotebooks

SLUG = "robot-arm"
HERE = Path(__file__).parent

notebooks = WorkshopNotebooks(SLUG, locked_code=True)


notebooks.md(
    "intro",
    """# Un bras robot qui dessine

*À partir de 16 ans · environ 90 minutes*

Un bras robot à deux segments tient un stylo au-dessus d'une feuille.
Deux moteurs le font bouger : l'**épaule**, fixée à la table, et le **coude**, entre les deux segments.

Vous allez répondre aux deux questions que se pose tout roboticien :

1. **Cinématique directe** : je connais les angles des moteurs ; où est le stylo ?
2. **Cinématique inverse** : je veux que le stylo aille *là* ; quels angles faut-il donner aux moteurs ?

Puis vous tracerez la zone que le bras peut atteindre, vous lui ferez dessiner une figure,
et vous exporterez ce dessin en G-code pour une table traçante (une imprimante qui tient un stylo).

**Mode d'emploi :** cliquez dans une cellule grise puis appuyez sur **Maj + Entrée**.
Les cellules marquées ✏️ sont à compléter ; la cellule suivante vérifie votre travail et donne un indice si besoin.""",
    """# A robot arm that draws

*Ages 16 and up · about 90 minutes*

A robot arm with two links holds a pen above a sheet of paper.
Two motors move it: the **shoulder**, fixed to the table, and the **elbow**, between the two links.

You will answer the two questions every roboticist asks:

1. **Forward kinematics**: I know the motor angles; where is the pen?
2. **Inverse kinematics**: I want the pen to go *there*; which angles must the motors take?

Then you will draw the area the arm can reach, make it draw a shape,
and export that drawing as G-code for a pen plotter (a printer that holds a pen).

**How it works:** click in a grey cell, then press **Shift + Enter**.
Cells marked ✏️ are for you to complete; the next cell checks your work and gives a hint when needed.""",
)

notebooks.code(
    "setup",
    """import math

import makerkit as mk
from makerkit import checks

mk.set_language("fr")
BRAS_MM = 120  # longueur du premier segment (épaule → coude)
AVANT_BRAS_MM = 90  # longueur du second segment (coude → stylo)
bras = mk.Arm(BRAS_MM, AVANT_BRAS_MM)
bras""",
    """import math

import makerkit as mk
from makerkit import checks

mk.set_language("en")
UPPER_MM = 120  # length of the first link (shoulder → elbow)
FORE_MM = 90  # length of the second link (elbow → pen)
arm = mk.Arm(UPPER_MM, FORE_MM)
arm""",
)

notebooks.md(
    "fk_intro",
    """## Étape 1 — Cinématique directe (15 min)

L'épaule est à l'origine (0, 0). Les angles sont en degrés :

- `epaule_deg` : l'angle du premier segment, mesuré depuis l'axe X, dans le sens inverse des aiguilles d'une montre ;
- `coude_deg` : l'angle du second segment **par rapport au premier** (0 = bras tendu).

Le coude est donc au bout du premier segment, et le stylo au bout du second :

$$x_{coude} = L_1 \\cos\\theta_1 \\qquad y_{coude} = L_1 \\sin\\theta_1$$
$$x = x_{coude} + L_2 \\cos(\\theta_1 + \\theta_2) \\qquad y = y_{coude} + L_2 \\sin(\\theta_1 + \\theta_2)$$

En Python, `math.cos` et `math.sin` attendent des **radians** : `math.radians(30)` convertit 30° en radians.

✏️ Complétez `position_stylo(epaule_deg, coude_deg)` : elle renvoie le couple `(x, y)` en millimètres.""",
    """## Step 1 — Forward kinematics (15 min)

The shoulder is at the origin (0, 0). Angles are in degrees:

- `shoulder_deg`: the angle of the first link, measured from the X axis, counter-clockwise;
- `elbow_deg`: the angle of the second link **relative to the first** (0 = arm stretched out).

So the elbow is at the end of the first link, and the pen at the end of the second:

$$x_{elbow} = L_1 \\cos\\theta_1 \\qquad y_{elbow} = L_1 \\sin\\theta_1$$
$$x = x_{elbow} + L_2 \\cos(\\theta_1 + \\theta_2) \\qquad y = y_{elbow} + L_2 \\sin(\\theta_1 + \\theta_2)$$

In Python, `math.cos` and `math.sin` expect **radians**: `math.radians(30)` turns 30° into radians.

✏️ Complete `pen_position(shoulder_deg, elbow_deg)`: it returns the pair `(x, y)` in millimetres.""",
)

notebooks.answer(
    "fk",
    '''def position_stylo(epaule_deg, coude_deg):
    """La position (x, y) du stylo, en mm, pour ces deux angles en degrés."""
    ### BEGIN SOLUTION
    t1 = math.radians(epaule_deg)
    t12 = math.radians(epaule_deg + coude_deg)
    x = BRAS_MM * math.cos(t1) + AVANT_BRAS_MM * math.cos(t12)
    y = BRAS_MM * math.sin(t1) + AVANT_BRAS_MM * math.sin(t12)
    return (x, y)
    ### END SOLUTION


position_stylo(90, -90)''',
    '''def pen_position(shoulder_deg, elbow_deg):
    """The pen's position (x, y) in mm for these two angles in degrees."""
    ### BEGIN SOLUTION
    t1 = math.radians(shoulder_deg)
    t12 = math.radians(shoulder_deg + elbow_deg)
    x = UPPER_MM * math.cos(t1) + FORE_MM * math.cos(t12)
    y = UPPER_MM * math.sin(t1) + FORE_MM * math.sin(t12)
    return (x, y)
    ### END SOLUTION


pen_position(90, -90)''',
)

notebooks.test(
    "fk_test",
    2,
    """position_stylo = checks.defined("position_stylo")
assert position_stylo(0, 0) is not None, "position_stylo ne renvoie rien : terminez-la par return (x, y)."
x, y = position_stylo(0, 0)
checks.close(x, 210, 0.01, "x, bras tendu vers la droite")
checks.close(y, 0, 0.01, "y, bras tendu vers la droite")
x, y = position_stylo(90, -90)
checks.close(x, 90, 0.01, "x, épaule à 90° et coude à -90°")
checks.close(y, 120, 0.01, "y, épaule à 90° et coude à -90°")
### BEGIN HIDDEN TESTS
for t1, t2 in [(30, 45), (-60, 120), (135, -30), (200, 10)]:
    attendu = bras.forward(t1, t2)
    obtenu = position_stylo(t1, t2)
    checks.close(obtenu[0], attendu[0], 0.01, "x")
    checks.close(obtenu[1], attendu[1], 0.01, "y")
### END HIDDEN TESTS
checks.bravo()""",
    """pen_position = checks.defined("pen_position")
assert pen_position(0, 0) is not None, "pen_position gives nothing back: end it with return (x, y)."
x, y = pen_position(0, 0)
checks.close(x, 210, 0.01, "x, arm stretched to the right")
checks.close(y, 0, 0.01, "y, arm stretched to the right")
x, y = pen_position(90, -90)
checks.close(x, 90, 0.01, "x, shoulder at 90° and elbow at -90°")
checks.close(y, 120, 0.01, "y, shoulder at 90° and elbow at -90°")
### BEGIN HIDDEN TESTS
for t1, t2 in [(30, 45), (-60, 120), (135, -30), (200, 10)]:
    expected = arm.forward(t1, t2)
    got = pen_position(t1, t2)
    checks.close(got[0], expected[0], 0.01, "x")
    checks.close(got[1], expected[1], 0.01, "y")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "fk_see",
    """Voici le bras avec l'épaule à 90° et le coude à −90° : le premier segment monte, le second part à droite.
Le stylo est bien au point (90, 120) ? Le disque bleu clair est la zone que le stylo peut atteindre (étape 3).""",
    """Here is the arm with the shoulder at 90° and the elbow at −90°: the first link goes up, the second goes right.
Is the pen at the point (90, 120)? The light blue disc is the area the pen can reach (step 3).""",
)

notebooks.code("fk_picture", "bras.reach_picture(90, -90)", "arm.reach_picture(90, -90)")

notebooks.md(
    "ik_intro",
    """## Étape 2 — Cinématique inverse (25 min)

Maintenant, le problème inverse : on connaît le point visé `(x, y)`, on cherche les angles.

1. La distance de l'épaule au point est $d = \\sqrt{x^2 + y^2}$.
2. Le triangle épaule–coude–stylo a trois côtés connus : $L_1$, $L_2$ et $d$.
   La loi des cosinus donne l'angle du coude :
   $$\\cos\\theta_2 = \\frac{d^2 - L_1^2 - L_2^2}{2 L_1 L_2}$$
3. Si ce cosinus sort de l'intervalle [−1, 1], le triangle n'existe pas : **le point est hors d'atteinte**.
4. Sinon il y a **deux solutions** : $\\theta_2 = +\\arccos(\\ldots)$ ou $\\theta_2 = -\\arccos(\\ldots)$ — le coude d'un côté ou de l'autre.
5. Puis l'épaule : $\\theta_1 = \\operatorname{atan2}(y, x) - \\operatorname{atan2}(L_2 \\sin\\theta_2,\\ L_1 + L_2 \\cos\\theta_2)$.

✏️ Complétez `angles_pour(x, y, coude)` : `coude` vaut `+1` (θ₂ positif) ou `-1` (θ₂ négatif).
Elle renvoie `(epaule_deg, coude_deg)`, ou `None` si le point est hors d'atteinte.
Utilisez `math.acos`, `math.atan2` et `math.degrees`.""",
    """## Step 2 — Inverse kinematics (25 min)

Now the reverse problem: we know the target point `(x, y)` and look for the angles.

1. The distance from the shoulder to the point is $d = \\sqrt{x^2 + y^2}$.
2. The shoulder–elbow–pen triangle has three known sides: $L_1$, $L_2$ and $d$.
   The law of cosines gives the elbow angle:
   $$\\cos\\theta_2 = \\frac{d^2 - L_1^2 - L_2^2}{2 L_1 L_2}$$
3. If this cosine falls outside [−1, 1], there is no such triangle: **the point is out of reach**.
4. Otherwise there are **two solutions**: $\\theta_2 = +\\arccos(\\ldots)$ or $\\theta_2 = -\\arccos(\\ldots)$ — the elbow on one side or the other.
5. Then the shoulder: $\\theta_1 = \\operatorname{atan2}(y, x) - \\operatorname{atan2}(L_2 \\sin\\theta_2,\\ L_1 + L_2 \\cos\\theta_2)$.

✏️ Complete `angles_for(x, y, elbow)`: `elbow` is `+1` (positive θ₂) or `-1` (negative θ₂).
It returns `(shoulder_deg, elbow_deg)`, or `None` when the point is out of reach.
Use `math.acos`, `math.atan2` and `math.degrees`.""",
)

notebooks.answer(
    "ik",
    '''def angles_pour(x, y, coude=+1):
    """Les angles (epaule_deg, coude_deg) qui mettent le stylo en (x, y), ou None si c'est impossible."""
    ### BEGIN SOLUTION
    d2 = x * x + y * y
    c2 = (d2 - BRAS_MM**2 - AVANT_BRAS_MM**2) / (2 * BRAS_MM * AVANT_BRAS_MM)
    if c2 < -1 or c2 > 1:
        return None
    t2 = coude * math.acos(c2)
    t1 = math.atan2(y, x) - math.atan2(AVANT_BRAS_MM * math.sin(t2), BRAS_MM + AVANT_BRAS_MM * math.cos(t2))
    return (math.degrees(t1), math.degrees(t2))
    ### END SOLUTION


angles_pour(150, 60, +1), angles_pour(150, 60, -1), angles_pour(300, 0)''',
    '''def angles_for(x, y, elbow=+1):
    """The angles (shoulder_deg, elbow_deg) that put the pen at (x, y), or None when impossible."""
    ### BEGIN SOLUTION
    d2 = x * x + y * y
    c2 = (d2 - UPPER_MM**2 - FORE_MM**2) / (2 * UPPER_MM * FORE_MM)
    if c2 < -1 or c2 > 1:
        return None
    t2 = elbow * math.acos(c2)
    t1 = math.atan2(y, x) - math.atan2(FORE_MM * math.sin(t2), UPPER_MM + FORE_MM * math.cos(t2))
    return (math.degrees(t1), math.degrees(t2))
    ### END SOLUTION


angles_for(150, 60, +1), angles_for(150, 60, -1), angles_for(300, 0)''',
)

notebooks.test(
    "ik_test",
    3,
    """angles_pour = checks.defined("angles_pour")
checks.equal(angles_pour(300, 0), None, "angles_pour(300, 0), un point trop loin")
for coude in (+1, -1):
    solution = angles_pour(150, 60, coude)
    assert solution is not None, f"angles_pour(150, 60, {coude}) renvoie None, mais ce point est atteignable."
    x, y = position_stylo(*solution)
    checks.close(x, 150, 0.01, f"x du stylo avec les angles trouvés (coude {coude})")
    checks.close(y, 60, 0.01, f"y du stylo avec les angles trouvés (coude {coude})")
assert angles_pour(150, 60, +1)[1] > 0, "Avec coude=+1, l'angle du coude doit être positif : multipliez l'arc cosinus par coude."
### BEGIN HIDDEN TESTS
checks.equal(angles_pour(10, 0), None, "angles_pour(10, 0)")
for px, py in [(100, 100), (-80, 120), (50, -150), (0, 200)]:
    for coude in (+1, -1):
        a1, a2 = angles_pour(px, py, coude)
        fx, fy = bras.forward(a1, a2)
        checks.close(fx, px, 0.01, "x")
        checks.close(fy, py, 0.01, "y")
        assert a2 * coude >= 0
### END HIDDEN TESTS
checks.bravo()""",
    """angles_for = checks.defined("angles_for")
checks.equal(angles_for(300, 0), None, "angles_for(300, 0), a point too far away")
for elbow in (+1, -1):
    solution = angles_for(150, 60, elbow)
    assert solution is not None, f"angles_for(150, 60, {elbow}) gives None, but this point is reachable."
    x, y = pen_position(*solution)
    checks.close(x, 150, 0.01, f"pen x with the angles found (elbow {elbow})")
    checks.close(y, 60, 0.01, f"pen y with the angles found (elbow {elbow})")
assert angles_for(150, 60, +1)[1] > 0, "With elbow=+1 the elbow angle must be positive: multiply the arc cosine by elbow."
### BEGIN HIDDEN TESTS
checks.equal(angles_for(10, 0), None, "angles_for(10, 0)")
for px, py in [(100, 100), (-80, 120), (50, -150), (0, 200)]:
    for elbow in (+1, -1):
        a1, a2 = angles_for(px, py, elbow)
        fx, fy = arm.forward(a1, a2)
        checks.close(fx, px, 0.01, "x")
        checks.close(fy, py, 0.01, "y")
        assert a2 * elbow >= 0
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "ik_see",
    """### Les deux coudes

Voici les deux façons d'atteindre le point (150, 60) : le coude d'un côté, puis de l'autre.
Le stylo arrive au même endroit ; seule la forme du bras change.
makerkit appelle « coude en haut » (`elbow="up"`) la solution où l'angle du coude est négatif.""",
    """### The two elbows

Here are the two ways to reach the point (150, 60): the elbow on one side, then on the other.
The pen ends up at the same place; only the shape of the arm changes.
makerkit calls "elbow up" (`elbow="up"`) the solution where the elbow angle is negative.""",
)

notebooks.code(
    "ik_picture",
    """haut, bas = bras.solutions(150, 60)  # les deux solutions calculées par makerkit
display(bras.reach_picture(*haut), bras.reach_picture(*bas))""",
    """up, down = arm.solutions(150, 60)  # both solutions, worked out by makerkit
display(arm.reach_picture(*up), arm.reach_picture(*down))""",
)

notebooks.md(
    "ik_far",
    """### Les points hors d'atteinte

Quand un point est trop loin ou trop près de l'épaule, makerkit refuse de bouger le bras et explique pourquoi :""",
    """### Points out of reach

When a point is too far from or too close to the shoulder, makerkit refuses to move the arm and says why:""",
)

notebooks.code(
    "ik_unreachable",
    """for x, y in [(300, 0), (10, 0)]:
    try:
        bras.inverse(x, y)
    except mk.MakerkitError as explication:
        print(explication)""",
    """for x, y in [(300, 0), (10, 0)]:
    try:
        arm.inverse(x, y)
    except mk.MakerkitError as explanation:
        print(explanation)""",
)

notebooks.md(
    "reach_intro",
    """## Étape 3 — La zone atteignable (10 min)

Bras tendu, le stylo est au plus loin de l'épaule. Bras complètement replié, il est au plus près.
Entre les deux, il peut aller partout : la zone atteignable est un **anneau**.

✏️ Donnez le rayon intérieur `rayon_min_mm` et le rayon extérieur `rayon_max_mm` de cet anneau,
**calculés à partir de** `BRAS_MM` et `AVANT_BRAS_MM` (pas de nombre tout fait).""",
    """## Step 3 — The reachable area (10 min)

With the arm stretched out, the pen is as far as it gets from the shoulder. Fully folded, it is as close as it gets.
In between it can go anywhere: the reachable area is a **ring**.

✏️ Give the inner radius `min_radius_mm` and the outer radius `max_radius_mm` of this ring,
**worked out from** `UPPER_MM` and `FORE_MM` (no ready-made numbers).""",
)

notebooks.answer(
    "reach",
    """### BEGIN SOLUTION
rayon_min_mm = abs(BRAS_MM - AVANT_BRAS_MM)
rayon_max_mm = BRAS_MM + AVANT_BRAS_MM
### END SOLUTION
rayon_min_mm, rayon_max_mm""",
    """### BEGIN SOLUTION
min_radius_mm = abs(UPPER_MM - FORE_MM)
max_radius_mm = UPPER_MM + FORE_MM
### END SOLUTION
min_radius_mm, max_radius_mm""",
)

notebooks.test(
    "reach_test",
    1,
    """rayon_min_mm = checks.defined("rayon_min_mm")
rayon_max_mm = checks.defined("rayon_max_mm")
checks.close(rayon_max_mm, 210, 0.01, "rayon_max_mm")
checks.close(rayon_min_mm, 30, 0.01, "rayon_min_mm")
### BEGIN HIDDEN TESTS
checks.close(rayon_min_mm, bras.inner_mm, 0.01, "rayon_min_mm")
checks.close(rayon_max_mm, bras.reach_mm, 0.01, "rayon_max_mm")
### END HIDDEN TESTS
checks.bravo()""",
    """min_radius_mm = checks.defined("min_radius_mm")
max_radius_mm = checks.defined("max_radius_mm")
checks.close(max_radius_mm, 210, 0.01, "max_radius_mm")
checks.close(min_radius_mm, 30, 0.01, "min_radius_mm")
### BEGIN HIDDEN TESTS
checks.close(min_radius_mm, arm.inner_mm, 0.01, "min_radius_mm")
checks.close(max_radius_mm, arm.reach_mm, 0.01, "max_radius_mm")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.code("reach_picture", "bras.reach_picture()", "arm.reach_picture()")

notebooks.md(
    "draw_intro",
    """## Étape 4 — Dessiner une figure (20 min)

Le bras dessine en reliant des points par des traits droits.
Une figure est une liste de points `(x, y)` en millimètres ; pour qu'elle soit fermée,
le dernier point est le même que le premier.

✏️ Dessinez une maison (ou la figure de votre choix) dans `figure` :
au moins **6 points**, une figure **fermée**, et **tous les points atteignables** par le bras.
Conseil : restez entre 80 et 180 mm de l'épaule, par exemple autour du point (0, 130).""",
    """## Step 4 — Draw a shape (20 min)

The arm draws by joining points with straight lines.
A shape is a list of points `(x, y)` in millimetres; to close it,
the last point is the same as the first.

✏️ Draw a house (or the shape you like) in `shape`:
at least **6 points**, a **closed** shape, and **every point reachable** by the arm.
Tip: stay between 80 and 180 mm from the shoulder, for example around the point (0, 130).""",
)

notebooks.answer(
    "draw",
    """### BEGIN SOLUTION
figure = [(-30, 100), (30, 100), (30, 140), (0, 170), (-30, 140), (-30, 100)]
### END SOLUTION
dessin = bras.draw(figure)
dessin""",
    """### BEGIN SOLUTION
shape = [(-30, 100), (30, 100), (30, 140), (0, 170), (-30, 140), (-30, 100)]
### END SOLUTION
drawing = arm.draw(shape)
drawing""",
)

notebooks.test(
    "draw_test",
    2,
    """figure = checks.defined("figure")
checks.between(len(figure), 6, 1000, "le nombre de points de figure")
checks.equal(tuple(figure[-1]), tuple(figure[0]), "le dernier point (il doit être égal au premier pour fermer la figure)")
for px, py in figure:
    checks.between(math.hypot(px, py), rayon_min_mm, rayon_max_mm, f"la distance du point ({px}, {py}) à l'épaule")
### BEGIN HIDDEN TESTS
for px, py in figure:
    assert angles_pour(px, py, +1) is not None
### END HIDDEN TESTS
checks.bravo()""",
    """shape = checks.defined("shape")
checks.between(len(shape), 6, 1000, "the number of points in shape")
checks.equal(tuple(shape[-1]), tuple(shape[0]), "the last point (it must equal the first to close the shape)")
for px, py in shape:
    checks.between(math.hypot(px, py), min_radius_mm, max_radius_mm, f"the distance from the point ({px}, {py}) to the shoulder")
### BEGIN HIDDEN TESTS
for px, py in shape:
    assert angles_for(px, py, +1) is not None
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "export_intro",
    """## Étape 5 — Du dessin au G-code (10 min)

Le dessin du bras devient un **trajet** (`Toolpath`) : la même chose qu'un trajet de buse d'imprimante 3D.
On peut donc le tracer, l'expliquer, le vérifier et l'écrire en G-code pour une **table traçante**
(ou une imprimante qui tient un stylo à la place de la buse).

Sur le plateau de l'imprimante, l'épaule du bras n'est pas au coin (0, 0) : placez-la au point (125, 20)
avec `dessin.toolpath(offset_mm=(125, 20))`. Le stylo se lève de 5 mm entre deux traits.

✏️ Transformez `dessin` en trajet, puis en G-code pour la `prusa-mk4` équipée d'un stylo
(`mk.write_gcode(trajet, "prusa-mk4")`) : rangez le trajet dans `trajet` et le texte du G-code dans `gcode_stylo`.""",
    """## Step 5 — From drawing to G-code (10 min)

The arm's drawing becomes a **path** (`Toolpath`): the same thing as a 3D printer's nozzle path.
So you can plot it, explain it, check it and write it as G-code for a **pen plotter**
(or a printer holding a pen instead of its nozzle).

On the printer's bed, the arm's shoulder is not at the corner (0, 0): put it at the point (125, 20)
with `drawing.toolpath(offset_mm=(125, 20))`. The pen lifts by 5 mm between two strokes.

✏️ Turn `drawing` into a path, then into G-code for the `prusa-mk4` fitted with a pen
(`mk.write_gcode(path, "prusa-mk4")`): put the path in `path` and the G-code text in `pen_gcode`.""",
)

notebooks.answer(
    "export",
    """### BEGIN SOLUTION
trajet = dessin.toolpath(offset_mm=(125, 20))
gcode_stylo = mk.write_gcode(trajet, "prusa-mk4")
### END SOLUTION
mk.check_gcode(gcode_stylo, "prusa-mk4")""",
    """### BEGIN SOLUTION
path = drawing.toolpath(offset_mm=(125, 20))
pen_gcode = mk.write_gcode(path, "prusa-mk4")
### END SOLUTION
mk.check_gcode(pen_gcode, "prusa-mk4")""",
)

notebooks.test(
    "export_test",
    2,
    """trajet = checks.defined("trajet")
gcode_stylo = checks.defined("gcode_stylo")
assert isinstance(trajet, mk.Toolpath), "trajet doit être un Toolpath : trajet = dessin.toolpath(...)"
relu = mk.read_gcode(gcode_stylo)
checks.between(len(relu), len(figure) - 1, 100000, "le nombre de mouvements du G-code")
### BEGIN HIDDEN TESTS
checks.gcode_safe(mk.check_gcode(gcode_stylo, "prusa-mk4"))
checks.close(float(trajet.x.min()), 125 + min(p[0] for p in figure), 0.5, "le plus petit x du trajet")
### END HIDDEN TESTS
checks.bravo()""",
    """path = checks.defined("path")
pen_gcode = checks.defined("pen_gcode")
assert isinstance(path, mk.Toolpath), "path must be a Toolpath: path = drawing.toolpath(...)"
read_back = mk.read_gcode(pen_gcode)
checks.between(len(read_back), len(shape) - 1, 100000, "the number of moves in the G-code")
### BEGIN HIDDEN TESTS
checks.gcode_safe(mk.check_gcode(pen_gcode, "prusa-mk4"))
checks.close(float(path.x.min()), 125 + min(p[0] for p in shape), 0.5, "the smallest x of the path")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.code(
    "export_plot",
    """mk.plot_toolpath(trajet, printer="prusa-mk4")""",
    """mk.plot_toolpath(path, printer="prusa-mk4")""",
)

notebooks.md(
    "export_read",
    """Le fichier commence par le début habituel de l'imprimante (chauffe, mise à zéro, purge).
Voici le moment où le stylo se pose et commence à dessiner, expliqué ligne par ligne :""",
    """The file starts with the printer's usual start (heating, homing, purge).
Here is the moment the pen comes down and starts drawing, explained line by line:""",
)

notebooks.code(
    "export_explain",
    """lignes = gcode_stylo.splitlines()
debut = lignes.index(";TYPE:DRAWING") + 1  # numéro de la ligne (la première est la ligne 1)
mk.explain_gcode(gcode_stylo, start=debut - 3, end=debut + 3)""",
    """lines = pen_gcode.splitlines()
first = lines.index(";TYPE:DRAWING") + 1  # line number (the first line is line 1)
mk.explain_gcode(pen_gcode, start=first - 3, end=first + 3)""",
)

notebooks.md(
    "end",
    """## Bravo !

Vous avez fait le travail d'un roboticien :

- la **cinématique directe** (des angles vers le point) ;
- la **cinématique inverse** (du point vers les angles), avec ses deux solutions et ses points impossibles ;
- la **zone de travail** du bras ;
- un dessin transformé en **G-code** pour une vraie machine.

**Pour aller plus loin :**

- Dessinez la figure avec l'autre coude (`bras.draw(figure, elbow="down")`) : le trajet du stylo est le même, mais les moteurs tournent autrement.
- Un cercle : générez 36 points avec `math.cos` et `math.sin`.
- Que se passe-t-il si une figure traverse le trou central de l'anneau ?
- Un bras à trois segments a une infinité de solutions : pourquoi ?""",
    """## Well done!

You did a roboticist's job:

- **forward kinematics** (from angles to the point);
- **inverse kinematics** (from the point to the angles), with its two solutions and its impossible points;
- the arm's **working area**;
- a drawing turned into **G-code** for a real machine.

**To go further:**

- Draw the shape with the other elbow (`arm.draw(shape, elbow="down")`): the pen's path is the same, but the motors turn differently.
- A circle: make 36 points with `math.cos` and `math.sin`.
- What happens when a shape crosses the hole in the middle of the ring?
- An arm with three links has infinitely many solutions: why?""",
)


def make_assets() -> None:
    """The expected drawing for the guides, drawn by makerkit in each language."""
    import makerkit as mk
    from makerkit.i18n import language

    for old in (HERE / "assets").glob("expected-*"):
        old.unlink()  # drawn again below: no backup copies of generated pictures

    house = [(-30, 100), (30, 100), (30, 140), (0, 170), (-30, 140), (-30, 100)]
    for lang in ("fr", "en"):
        with language(lang):
            picture = mk.Arm(120, 90).draw(house).picture()
            picture.save(HERE / "assets" / f"expected-drawing.{lang}.png")


if __name__ == "__main__":
    for path in notebooks.write(HERE):
        print(f"wrote {path.name}")
    make_assets()
