"""Write talk-to-the-printer.fr.ipynb and talk-to-the-printer.en.ipynb from the cells below.

Run: python workshops/talk-to-the-printer/make_notebooks.py
Both languages get the same cells, ids, points and grading; only the words change.
"""

from pathlib import Path

from makerkit.kits.cells import WorkshopNotebooks

SLUG = "talk-to-the-printer"
HERE = Path(__file__).parent

notebooks = WorkshopNotebooks(SLUG, locked_code=True)


notebooks.md(
    "intro",
    """# Parle à l'imprimante

Une imprimante 3D ne comprend pas les dessins.
Elle lit une liste d'ordres, une ligne après l'autre.
Cette langue s'appelle le **G-code**.

Aujourd'hui, tu vas écrire ces ordres toi-même :

1. lire des lignes de G-code et les comprendre ;
2. écrire un carré à la main ;
3. fabriquer un vase en spirale avec des points ;
4. jouer au détective : trouver la ligne dangereuse et la réparer.

Pour lancer une cellule : clique dedans, puis appuie sur **Maj + Entrée**.
Lance les cellules dans l'ordre, de haut en bas.""",
    """# Talk to the printer

A 3D printer does not understand drawings.
It reads a list of orders, one line after the other.
This language is called **G-code**.

Today you will write these orders yourself:

1. read lines of G-code and understand them;
2. write a square by hand;
3. make a spiral vase from points;
4. play detective: find the dangerous line and fix it.

To run a cell: click in it, then press **Shift + Enter**.
Run the cells in order, from top to bottom.""",
)

notebooks.code(
    "setup",
    """import makerkit as mk
from makerkit import checks

mk.set_language("fr")
IMPRIMANTE = "prusa-mk4"  # l'imprimante de la médiathèque : plateau de 250 × 210 mm""",
    """import makerkit as mk
from makerkit import checks

mk.set_language("en")
PRINTER = "prusa-mk4"  # the library's printer: a 250 × 210 mm bed""",
)

notebooks.md(
    "read_intro",
    """## 1. Lire le G-code (10 min)

Chaque ligne est un ordre. Elle commence par un mot de commande, puis des lettres suivies de nombres.

| écrit | veut dire |
|---|---|
| `G28` | « rentre à la maison » : l'imprimante cherche le coin de départ de chaque axe |
| `G1 X50 Y20` | va au point X = 50 mm, Y = 20 mm, en ligne droite |
| `Z0.2` | la hauteur de la buse au-dessus du plateau (en mm) |
| `E1.5` | pousse 1,5 mm de fil de plastique pendant le trajet |
| `F1800` | la vitesse : 1800 mm par minute, soit 30 mm par seconde |
| `M104 S215` | chauffe la buse à 215 °C |
| `;` | tout ce qui suit est un commentaire : l'imprimante l'ignore |

Attention : en G-code, les nombres s'écrivent avec un **point**, pas une virgule (`0.2`).

Lance la cellule : makerkit traduit chaque ligne en français.""",
    """## 1. Read G-code (10 min)

Each line is an order. It starts with a command word, then letters followed by numbers.

| written | means |
|---|---|
| `G28` | "go home": the printer finds the starting corner of each axis |
| `G1 X50 Y20` | go to the point X = 50 mm, Y = 20 mm, in a straight line |
| `Z0.2` | the height of the nozzle above the bed (in mm) |
| `E1.5` | push 1.5 mm of plastic filament during the move |
| `F1800` | the speed: 1800 mm per minute, that is 30 mm per second |
| `M104 S215` | heat the nozzle to 215 °C |
| `;` | everything after it is a comment: the printer ignores it |

Run the cell: makerkit translates each line into plain English.""",
)

notebooks.code(
    "read_demo",
    '''exemple = """G28 ; maison
M104 S215
G1 Z0.2 F600
G1 X50 Y20 E1.5 F1800
"""
mk.explain_gcode(exemple)''',
    '''example = """G28 ; home
M104 S215
G1 Z0.2 F600
G1 X50 Y20 E1.5 F1800
"""
mk.explain_gcode(example)''',
)

notebooks.md(
    "square_intro",
    """## 2. Ton premier carré (15 min)

Tu vas faire imprimer un carré de **40 mm** de côté, posé à plat sur le plateau.
Ses quatre coins sont :

```
(50, 90) ●────────● (90, 90)
         │        │
         │        │
(50, 50) ●────────● (90, 50)
```

Le début est déjà écrit pour toi dans `debut` : chauffer, rentrer à la maison, descendre la buse à 0,2 mm
et aller au coin (50, 50). La fin est dans `fin` : remonter la buse et tout éteindre.

✏️ **À toi :** écris dans `carre` les **quatre lignes** qui font le tour du carré.
Sur chaque côté, pousse **1,3 mm** de filament (`E1.3`) : c'est la bonne quantité pour 40 mm.
La première ligne est donnée : elle va au coin (90, 50) à 20 mm/s (`F1200`). À toi d'écrire les trois autres !

```python
carre = \"\"\"G1 X90 Y50 E1.3 F1200
...
\"\"\"
```""",
    """## 2. Your first square (15 min)

You will print a square with **40 mm** sides, lying flat on the bed.
Its four corners are:

```
(50, 90) ●────────● (90, 90)
         │        │
         │        │
(50, 50) ●────────● (90, 50)
```

The start is already written for you in `start`: heat up, go home, lower the nozzle to 0.2 mm
and go to the corner (50, 50). The end is in `end`: lift the nozzle and switch everything off.

✏️ **Your turn:** write in `square` the **four lines** that go round the square.
On each side, push **1.3 mm** of filament (`E1.3`): that is the right amount for 40 mm.
The first line is given: it goes to the corner (90, 50) at 20 mm/s (`F1200`). Write the other three!

```python
square = \"\"\"G1 X90 Y50 E1.3 F1200
...
\"\"\"
```""",
)

notebooks.code(
    "square_given",
    '''debut = """G28 ; rentre à la maison
M140 S60 ; chauffe le plateau à 60 °C
M104 S215 ; chauffe la buse à 215 °C
M190 S60 ; attends que le plateau soit chaud
M109 S215 ; attends que la buse soit chaude
G90 ; positions absolues : X50 veut dire « au point 50 »
M83 ; filament relatif : E1.3 veut dire « pousse 1,3 mm de plus »
G1 Z0.2 F600 ; descends la buse à 0,2 mm du plateau
G1 X50 Y50 F3000 ; va au premier coin sans pousser de filament
"""

fin = """G1 Z10 F600 ; remonte la buse
M104 S0 ; éteins la buse
M140 S0 ; éteins le plateau
"""''',
    '''start = """G28 ; go home
M140 S60 ; heat the bed to 60 °C
M104 S215 ; heat the nozzle to 215 °C
M190 S60 ; wait until the bed is hot
M109 S215 ; wait until the nozzle is hot
G90 ; absolute positions: X50 means "at the point 50"
M83 ; relative filament: E1.3 means "push 1.3 mm more"
G1 Z0.2 F600 ; lower the nozzle to 0.2 mm above the bed
G1 X50 Y50 F3000 ; go to the first corner without pushing filament
"""

end = """G1 Z10 F600 ; lift the nozzle
M104 S0 ; switch the nozzle off
M140 S0 ; switch the bed off
"""''',
)

notebooks.answer(
    "square",
    '''### BEGIN SOLUTION
carre = """G1 X90 Y50 E1.3 F1200
G1 X90 Y90 E1.3
G1 X50 Y90 E1.3
G1 X50 Y50 E1.3
"""
### END SOLUTION
mon_programme = debut + carre + fin''',
    '''### BEGIN SOLUTION
square = """G1 X90 Y50 E1.3 F1200
G1 X90 Y90 E1.3
G1 X50 Y90 E1.3
G1 X50 Y50 E1.3
"""
### END SOLUTION
my_program = start + square + end''',
)

notebooks.test(
    "square_test",
    3,
    """carre = checks.defined("carre")
chemin = mk.read_gcode(debut + carre + fin)
pousse = chemin.e > 0  # les trajets qui poussent du filament
checks.equal(int(pousse.sum()), 4, "le nombre de lignes qui poussent du filament (avec E)")
coins = {(round(float(x)), round(float(y))) for x, y in zip(chemin.x[pousse], chemin.y[pousse])}
checks.equal(sorted(coins), [(50, 50), (50, 90), (90, 50), (90, 90)], "les coins de ton carré")
### BEGIN HIDDEN TESTS
assert abs(float(chemin.e[pousse].sum()) - 5.2) < 0.5
assert set(chemin.z[pousse].round(2)) == {0.2}
### END HIDDEN TESTS
checks.bravo()""",
    """square = checks.defined("square")
path = mk.read_gcode(start + square + end)
pushing = path.e > 0  # the moves that push filament
checks.equal(int(pushing.sum()), 4, "the number of lines that push filament (with E)")
corners = {(round(float(x)), round(float(y))) for x, y in zip(path.x[pushing], path.y[pushing])}
checks.equal(sorted(corners), [(50, 50), (50, 90), (90, 50), (90, 90)], "the corners of your square")
### BEGIN HIDDEN TESTS
assert abs(float(path.e[pushing].sum()) - 5.2) < 0.5
assert set(path.z[pushing].round(2)) == {0.2}
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "square_look",
    """### Regarde ton carré

La cellule suivante dessine le trajet de la buse, vu du dessus.
Les traits pleins : la buse pousse du plastique. Les traits fins : elle se déplace sans rien pousser.
Ensuite, makerkit relit ton programme ligne par ligne, en français.""",
    """### Look at your square

The next cell draws the nozzle's path, seen from above.
Thick lines: the nozzle pushes plastic. Thin lines: it moves without pushing anything.
Then makerkit reads your program back to you, line by line.""",
)

notebooks.code(
    "square_plot",
    """mk.plot_toolpath(mk.read_gcode(mon_programme), printer=IMPRIMANTE)""",
    """mk.plot_toolpath(mk.read_gcode(my_program), printer=PRINTER)""",
)

notebooks.code(
    "square_explain",
    """mk.explain_gcode(mon_programme)""",
    """mk.explain_gcode(my_program)""",
)

notebooks.md(
    "points_intro",
    """## 3. Dessiner avec des points (12 min)

Pour un vase, écrire chaque ligne à la main serait très long : il en faut des milliers !
On donne donc des **points** à l'ordinateur, et c'est lui qui écrit les lignes de G-code.

Voici ton carré, dessiné cette fois avec des points. makerkit raconte chaque étape en français :""",
    """## 3. Drawing with points (12 min)

For a vase, writing every line by hand would take ages: it needs thousands of them!
So we give the computer **points**, and it writes the G-code lines for us.

Here is your square again, drawn with points this time. makerkit tells each step in plain English:""",
)

notebooks.code(
    "points_square",
    """dessin = mk.Drawing(IMPRIMANTE)
dessin.square(50, 50, 40)  # le coin (50, 50), 40 mm de côté
print(dessin)""",
    """drawing = mk.Drawing(PRINTER)
drawing.square(50, 50, 40)  # the corner (50, 50), 40 mm sides
print(drawing)""",
)

notebooks.md(
    "vase_intro",
    """### Un vase en spirale

Dans un vase en spirale, la buse tourne en rond et monte un tout petit peu à chaque point,
comme dans un escalier en colimaçon. Le vase n'a qu'une seule paroi, faite d'un seul fil de plastique.

Trois réglages décident de sa forme :

- `hauteur_mm` : sa hauteur, en millimètres ;
- `rayon_mm` : la distance du centre au bord (la moitié de la largeur) ;
- `cotes` : le nombre de côtés d'un tour (6 donne un vase hexagonal, 64 un vase presque rond).

✏️ **À toi :** écris les trois réglages pour un vase **hexagonal** (6 côtés) de **60 mm** de haut
et de **40 mm** de large. Attention : 40 mm de large, c'est un rayon de… ?""",
    """### A spiral vase

In a spiral vase, the nozzle goes round and round and climbs a tiny bit at every point,
like a spiral staircase. The vase has a single wall, made of a single thread of plastic.

Three settings decide its shape:

- `height_mm`: its height, in millimetres;
- `radius_mm`: the distance from the centre to the edge (half of its width);
- `sides`: the number of sides in one turn (6 makes a hexagonal vase, 64 an almost round one).

✏️ **Your turn:** write the three settings for a **hexagonal** vase (6 sides), **60 mm** tall
and **40 mm** wide. Careful: 40 mm wide is a radius of… ?""",
)

notebooks.answer(
    "vase",
    """### BEGIN SOLUTION
hauteur_mm = 60
rayon_mm = 20
cotes = 6
### END SOLUTION
vase = mk.spiral_vase(radius_mm=rayon_mm, height_mm=hauteur_mm, sides=cotes, printer=IMPRIMANTE)
mk.plot_toolpath(vase, view="3d", printer=IMPRIMANTE)""",
    """### BEGIN SOLUTION
height_mm = 60
radius_mm = 20
sides = 6
### END SOLUTION
vase = mk.spiral_vase(radius_mm=radius_mm, height_mm=height_mm, sides=sides, printer=PRINTER)
mk.plot_toolpath(vase, view="3d", printer=PRINTER)""",
)

notebooks.test(
    "vase_test",
    2,
    """hauteur_mm = checks.defined("hauteur_mm")
rayon_mm = checks.defined("rayon_mm")
cotes = checks.defined("cotes")
checks.close(hauteur_mm, 60, 0.5, "hauteur_mm")
checks.close(rayon_mm, 20, 0.5, "rayon_mm")
checks.equal(cotes, 6, "cotes")
### BEGIN HIDDEN TESTS
vase = mk.spiral_vase(radius_mm=rayon_mm, height_mm=hauteur_mm, sides=cotes, printer=IMPRIMANTE)
checks.close(float(vase.z.max()), 60, 0.5, "la hauteur du vase")
checks.close(float(vase.x.max() - vase.x.min()), 40, 1, "la largeur du vase")
### END HIDDEN TESTS
checks.bravo()""",
    """height_mm = checks.defined("height_mm")
radius_mm = checks.defined("radius_mm")
sides = checks.defined("sides")
checks.close(height_mm, 60, 0.5, "height_mm")
checks.close(radius_mm, 20, 0.5, "radius_mm")
checks.equal(sides, 6, "sides")
### BEGIN HIDDEN TESTS
vase = mk.spiral_vase(radius_mm=radius_mm, height_mm=height_mm, sides=sides, printer=PRINTER)
checks.close(float(vase.z.max()), 60, 0.5, "the vase's height")
checks.close(float(vase.x.max() - vase.x.min()), 40, 1, "the vase's width")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "vase_time",
    """### Combien de temps, combien de plastique ?

makerkit écrit le G-code du vase (des milliers de lignes !) et calcule le temps d'impression
et la longueur de filament. Il affiche aussi les 15 premières lignes : tu reconnais les commandes ?""",
    """### How long, how much plastic?

makerkit writes the vase's G-code (thousands of lines!) and works out the printing time
and the length of filament. It also shows the first 15 lines: do you recognise the commands?""",
)

notebooks.code(
    "vase_gcode",
    """gcode_vase = mk.write_gcode(vase, IMPRIMANTE, "pla")
print(len(gcode_vase.splitlines()), "lignes de G-code")
print(mk.estimate(vase, IMPRIMANTE, "pla"))
mk.explain_gcode(gcode_vase, end=15)""",
    """vase_gcode = mk.write_gcode(vase, PRINTER, "pla")
print(len(vase_gcode.splitlines()), "lines of G-code")
print(mk.estimate(vase, PRINTER, "pla"))
mk.explain_gcode(vase_gcode, end=15)""",
)

notebooks.md(
    "safety_intro",
    """## 4. Le détective de la sécurité (12 min)

Une seule ligne fausse peut abîmer l'imprimante : la buse qui cogne un bord, ou qui chauffe trop.
Avant d'envoyer un fichier à l'imprimante de la médiathèque, on le **contrôle**.

Quelqu'un a écrit le programme `suspect` ci-dessous. Une de ses lignes est dangereuse.
Lance la cellule : le contrôle de sécurité te dit ce qu'il a trouvé, et à quelle ligne.""",
    """## 4. The safety detective (12 min)

One wrong line can damage the printer: the nozzle hitting an edge, or getting too hot.
Before a file goes to the library's printer, we **check** it.

Someone wrote the program `suspect` below. One of its lines is dangerous.
Run the cell: the safety check tells you what it found, and on which line.""",
)

notebooks.code(
    "safety_given",
    '''suspect = """G28
M140 S60
M104 S215
M190 S60
M109 S215
G90
M83
G1 Z0.2 F600
G1 X50 Y50 F3000
G1 X290 Y50 E8 F1200
G1 X90 Y90 E1.3
G1 X50 Y90 E1.3
G1 X50 Y50 E1.3
G1 Z10 F600
M104 S0
M140 S0
"""
mk.check_gcode(suspect, printer=IMPRIMANTE)''',
    '''suspect = """G28
M140 S60
M104 S215
M190 S60
M109 S215
G90
M83
G1 Z0.2 F600
G1 X50 Y50 F3000
G1 X290 Y50 E8 F1200
G1 X90 Y90 E1.3
G1 X50 Y90 E1.3
G1 X50 Y50 E1.3
G1 Z10 F600
M104 S0
M140 S0
"""
mk.check_gcode(suspect, printer=PRINTER)''',
)

notebooks.md(
    "safety_task",
    """✏️ **À toi, détective :**

1. Dans `ligne_dangereuse`, écris le **numéro** de la ligne dangereuse (la première ligne porte le numéro 1).
2. Dans `repare`, recopie le programme en **corrigeant cette ligne** : le carré doit aller au coin (90, 50)
   et pousser 1,3 mm de filament, comme les autres côtés. Ne change rien d'autre.

Astuce : `suspect.replace("texte faux", "texte juste")` recopie le programme en remplaçant un morceau.""",
    """✏️ **Your turn, detective:**

1. In `dangerous_line`, write the **number** of the dangerous line (the first line is number 1).
2. In `fixed`, copy the program and **fix that line**: the square must go to the corner (90, 50)
   and push 1.3 mm of filament, like the other sides. Change nothing else.

Tip: `suspect.replace("wrong text", "right text")` copies the program, replacing one piece.""",
)

notebooks.answer(
    "safety_fix",
    """### BEGIN SOLUTION
ligne_dangereuse = 10
repare = suspect.replace("G1 X290 Y50 E8 F1200", "G1 X90 Y50 E1.3 F1200")
### END SOLUTION
mk.check_gcode(repare, printer=IMPRIMANTE)""",
    """### BEGIN SOLUTION
dangerous_line = 10
fixed = suspect.replace("G1 X290 Y50 E8 F1200", "G1 X90 Y50 E1.3 F1200")
### END SOLUTION
mk.check_gcode(fixed, printer=PRINTER)""",
)

notebooks.test(
    "safety_line_test",
    1,
    """ligne_dangereuse = checks.defined("ligne_dangereuse")
assert ligne_dangereuse == 10, (
    "Ce n'est pas cette ligne. Relis le rapport du contrôle : il donne le numéro de la ligne."
)
checks.bravo()""",
    """dangerous_line = checks.defined("dangerous_line")
assert dangerous_line == 10, (
    "That is not the line. Read the safety report again: it gives the line number."
)
checks.bravo()""",
)

notebooks.test(
    "safety_fix_test",
    2,
    """repare = checks.defined("repare")
checks.gcode_safe(mk.check_gcode(repare, printer=IMPRIMANTE))
lignes_avant = suspect.strip().splitlines()
lignes_apres = repare.strip().splitlines()
checks.equal(len(lignes_apres), len(lignes_avant), "le nombre de lignes de repare (corrige la ligne, ne la supprime pas)")
### BEGIN HIDDEN TESTS
changees = [i for i, (a, b) in enumerate(zip(lignes_avant, lignes_apres)) if a.strip() != b.strip()]
assert changees == [9]
chemin_repare = mk.read_gcode(repare)
pousse = chemin_repare.e > 0
assert pousse.sum() == 4 and float(chemin_repare.e[pousse].max()) < 2
### END HIDDEN TESTS
checks.bravo()""",
    """fixed = checks.defined("fixed")
checks.gcode_safe(mk.check_gcode(fixed, printer=PRINTER))
lines_before = suspect.strip().splitlines()
lines_after = fixed.strip().splitlines()
checks.equal(len(lines_after), len(lines_before), "the number of lines in fixed (fix the line, do not delete it)")
### BEGIN HIDDEN TESTS
changed = [i for i, (a, b) in enumerate(zip(lines_before, lines_after)) if a.strip() != b.strip()]
assert changed == [9]
fixed_path = mk.read_gcode(fixed)
pushing = fixed_path.e > 0
assert pushing.sum() == 4 and float(fixed_path.e[pushing].max()) < 2
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "end",
    """## Bravo !

Tu sais maintenant :

- lire une ligne de G-code et dire ce qu'elle fait ;
- écrire un programme qui imprime un carré ;
- laisser l'ordinateur calculer des milliers de points pour un vase ;
- contrôler un fichier avant de l'envoyer à l'imprimante.

**Pour aller plus loin :** dessine un triangle ou ton initiale en G-code.
Fais un vase plus haut, plus large… puis demande à l'animateur ou à l'animatrice de l'imprimer.""",
    """## Well done!

You now know how to:

- read a line of G-code and say what it does;
- write a program that prints a square;
- let the computer work out thousands of points for a vase;
- check a file before it goes to the printer.

**To go further:** draw a triangle or your initial in G-code.
Make a taller, wider vase… then ask the facilitator to print it.""",
)


def make_assets() -> None:
    """The expected results for the guides, drawn by makerkit in each language."""
    import makerkit as mk
    from makerkit.i18n import language

    for old in (HERE / "assets").glob("expected-*"):
        old.unlink()  # drawn again below: no backup copies of generated pictures

    namespace = {"mk": mk}
    for cell_id in ("setup", "square_given", "square"):
        exec(notebooks.cell(cell_id).fr, namespace)  # the French cells; markers are comments
    for lang in ("fr", "en"):
        with language(lang):
            square = mk.plot_toolpath(
                mk.read_gcode(namespace["mon_programme"]), printer="prusa-mk4"
            )
            square.save(HERE / "assets" / f"expected-square.{lang}.png")
            vase = mk.spiral_vase(radius_mm=20, height_mm=60, sides=6, printer="prusa-mk4")
            picture = mk.plot_toolpath(vase, view="3d", printer="prusa-mk4")
            picture.save(HERE / "assets" / f"expected-vase.{lang}.png")


if __name__ == "__main__":
    for path in notebooks.write(HERE):
        print(f"wrote {path.name}")
    make_assets()
