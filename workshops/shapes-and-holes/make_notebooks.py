"""Write shapes-and-holes.fr.ipynb and shapes-and-holes.en.ipynb from the cells below.

Run: python workshops/shapes-and-holes/make_notebooks.py
Both languages share the same cells, ids, points and grading; only the words change.
"""

from __future__ import annotations

from pathlib import Path

from makerkit.kits.cells import WorkshopNotebooks

SLUG = "shapes-and-holes"
HERE = Path(__file__).parent

notebooks = WorkshopNotebooks(SLUG)


# ---------------------------------------------------------------- the workshop

notebooks.md(
    "intro",
    """# Formes et trous : un pot à crayons

Aujourd'hui, tu fabriques un **pot à crayons** pour l'imprimante 3D.

Tu vas utiliser une idée très simple, que les ingénieurs appellent la **CSG** :

* on **ajoute** des formes, comme des briques qu'on colle (`+`) ;
* on **enlève** une forme à une autre, comme un coup de perceuse (`-`).

Avec des boîtes, des cylindres et des trous, on peut fabriquer presque tout.

**Comment ça marche ?** Clique dans une case grise, puis appuie sur **Maj + Entrée** pour l'exécuter.
Dans les cases marquées ✏️, c'est à toi d'écrire. La case suivante vérifie ton travail
et te donne un indice si ce n'est pas encore ça. Pas de panique : tu peux réessayer autant de fois que tu veux !""",
    """# Shapes and holes: a pencil holder

Today you make a **pencil holder** for the 3D printer.

You will use a very simple idea that engineers call **CSG**:

* you **add** shapes, like bricks glued together (`+`);
* you **take away** one shape from another, like drilling a hole (`-`).

With boxes, cylinders and holes you can make almost anything.

**How does it work?** Click in a grey cell, then press **Shift + Enter** to run it.
In the cells marked ✏️ it's your turn to write. The next cell checks your work
and gives you a hint if it's not right yet. Don't worry: you can try again as many times as you like!""",
)

notebooks.code(
    "setup",
    """import makerkit as mk
from makerkit import checks

mk.set_language("fr")
mk.box(10, 10, 10).preview()  # prépare le dessin des images (une seconde)
print("C'est parti !")""",
    """import makerkit as mk
from makerkit import checks

mk.set_language("en")
mk.box(10, 10, 10).preview()  # gets the picture drawing ready (one second)
print("Let's go!")""",
    locked=True,
)

notebooks.md(
    "step1-md",
    """## Étape 1 — Une boîte (5 min)

Une boîte a trois mesures, en millimètres :
la **largeur** (gauche-droite), la **profondeur** (avant-arrière) et la **hauteur**.

Voici une boîte de 30 mm de large, 20 mm de profondeur et 10 mm de haut :""",
    """## Step 1 — A box (5 min)

A box has three sizes, in millimetres:
the **width** (left-right), the **depth** (front-back) and the **height**.

Here is a box 30 mm wide, 20 mm deep and 10 mm high:""",
)

notebooks.code(
    "step1-demo", "exemple = mk.box(30, 20, 10)\nexemple", "example = mk.box(30, 20, 10)\nexample"
)

notebooks.md(
    "step1-task",
    """✏️ **À toi !** Fabrique un bloc `bloc` de **60 mm** de large, **60 mm** de profondeur
et **80 mm** de haut. Ce sera le corps de ton pot à crayons.

Sur la dernière ligne, écris juste `bloc` : la cellule te montrera ton bloc.""",
    """✏️ **Your turn!** Make a block `block` **60 mm** wide, **60 mm** deep
and **80 mm** high. It will be the body of your pencil holder.

On the last line, write just `block`: the cell will show you your block.""",
)

notebooks.answer(
    "step1-answer",
    """### BEGIN SOLUTION
bloc = mk.box(60, 60, 80)
bloc
### END SOLUTION""",
    """### BEGIN SOLUTION
block = mk.box(60, 60, 80)
block
### END SOLUTION""",
)

notebooks.test(
    "step1-test",
    1,
    """bloc = checks.defined("bloc")
checks.is_solid(bloc, "bloc")
largeur, profondeur, hauteur = bloc.size_mm
checks.close(largeur, 60, 0.5, "la largeur de bloc")
checks.close(profondeur, 60, 0.5, "la profondeur de bloc")
checks.close(hauteur, 80, 0.5, "la hauteur de bloc")
### BEGIN HIDDEN TESTS
checks.closed(bloc)
checks.close(bloc.volume_mm3, 60 * 60 * 80, 50, "le volume de bloc (mm³)")
### END HIDDEN TESTS
checks.bravo()""",
    """block = checks.defined("block")
checks.is_solid(block, "block")
width, depth, height = block.size_mm
checks.close(width, 60, 0.5, "the width of block")
checks.close(depth, 60, 0.5, "the depth of block")
checks.close(height, 80, 0.5, "the height of block")
### BEGIN HIDDEN TESTS
checks.closed(block)
checks.close(block.volume_mm3, 60 * 60 * 80, 50, "the volume of block (mm³)")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step2-md",
    """## Étape 2 — Un cylindre (5 min)

Un cylindre, c'est un rond qu'on étire vers le haut, comme une boîte de conserve.
On donne son **diamètre** (la largeur du rond) et sa **hauteur**.

Dans `mk.cylinder(20, 5)`, le premier nombre est le **diamètre**, le second la **hauteur**.

Un crayon mesure environ 8 mm de diamètre. Pour qu'il rentre facilement,
on prévoit un trou un peu plus grand : **12 mm**.""",
    """## Step 2 — A cylinder (5 min)

A cylinder is a circle stretched upwards, like a tin can.
You give its **diameter** (how wide the circle is) and its **height**.

In `mk.cylinder(20, 5)`, the first number is the **diameter**, the second the **height**.

A pencil is about 8 mm across. So that it slides in easily,
we plan a slightly bigger hole: **12 mm**.""",
)

notebooks.code(
    "step2-demo",
    "exemple = mk.cylinder(20, 5)  # diamètre 20 mm, hauteur 5 mm\nexemple",
    "example = mk.cylinder(20, 5)  # diameter 20 mm, height 5 mm\nexample",
)

notebooks.md(
    "step2-task",
    """✏️ **À toi !** Fabrique un cylindre `trou_crayon` de **12 mm** de diamètre
et **80 mm** de haut.""",
    """✏️ **Your turn!** Make a cylinder `pencil_hole` **12 mm** across
and **80 mm** high.""",
)

notebooks.answer(
    "step2-answer",
    """### BEGIN SOLUTION
trou_crayon = mk.cylinder(12, 80)
trou_crayon
### END SOLUTION""",
    """### BEGIN SOLUTION
pencil_hole = mk.cylinder(12, 80)
pencil_hole
### END SOLUTION""",
)

notebooks.test(
    "step2-test",
    1,
    """trou_crayon = checks.defined("trou_crayon")
checks.is_solid(trou_crayon, "trou_crayon")
largeur, profondeur, hauteur = trou_crayon.size_mm
checks.close(largeur, 12, 0.5, "le diamètre de trou_crayon")
checks.close(hauteur, 80, 0.5, "la hauteur de trou_crayon")
### BEGIN HIDDEN TESTS
checks.closed(trou_crayon)
checks.close(profondeur, 12, 0.5, "le diamètre de trou_crayon")
checks.close(trou_crayon.volume_mm3, 3.1416 * 6 * 6 * 80, 150, "le volume de trou_crayon (mm³)")
### END HIDDEN TESTS
checks.bravo()""",
    """pencil_hole = checks.defined("pencil_hole")
checks.is_solid(pencil_hole, "pencil_hole")
width, depth, height = pencil_hole.size_mm
checks.close(width, 12, 0.5, "the diameter of pencil_hole")
checks.close(height, 80, 0.5, "the height of pencil_hole")
### BEGIN HIDDEN TESTS
checks.closed(pencil_hole)
checks.close(depth, 12, 0.5, "the diameter of pencil_hole")
checks.close(pencil_hole.volume_mm3, 3.1416 * 6 * 6 * 80, 150, "the volume of pencil_hole (mm³)")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step3-md",
    """## Étape 3 — Un trou avec `-` (10 min)

Pour percer un trou, on **enlève** une forme à une autre avec le signe `-`.

Attention à un piège : si le trou est aussi haut que le bloc, il le traverse
de part en part… et tes crayons tombent par-dessous ! 😅
Il faut garder un **fond**. Pour ça, on **monte** le trou de quelques millimètres
avec `.move(z=...)` : le bas du trou commence plus haut que le bas du bloc.

Regarde : ici, le trou est monté de 3 mm, donc le fond fait 3 mm d'épaisseur.""",
    """## Step 3 — A hole with `-` (10 min)

To drill a hole, you **take away** one shape from another with the `-` sign.

Watch out for a trap: if the hole is as tall as the block, it goes right through it…
and your pencils fall out of the bottom! 😅
You must keep a **floor**. To do that, **lift** the hole by a few millimetres
with `.move(z=...)`: the bottom of the hole starts higher than the bottom of the block.

Look: here the hole is lifted by 3 mm, so the floor is 3 mm thick.""",
)

notebooks.code(
    "step3-demo",
    """gobelet = mk.cylinder(40, 30) - mk.cylinder(34, 30).move(z=3)
gobelet""",
    """cup = mk.cylinder(40, 30) - mk.cylinder(34, 30).move(z=3)
cup""",
)

notebooks.md(
    "step3-task",
    """✏️ **À toi !** Fabrique `pot` : ton `bloc` **moins** `trou_crayon` monté de **3 mm**.
Le bloc garde ainsi un fond de 3 mm.""",
    """✏️ **Your turn!** Make `holder`: your `block` **minus** `pencil_hole` lifted by **3 mm**.
That way the block keeps a 3 mm floor.""",
)

notebooks.answer(
    "step3-answer",
    """### BEGIN SOLUTION
pot = bloc - trou_crayon.move(z=3)
pot
### END SOLUTION""",
    """### BEGIN SOLUTION
holder = block - pencil_hole.move(z=3)
holder
### END SOLUTION""",
)

notebooks.test(
    "step3-test",
    2,
    """pot = checks.defined("pot")
checks.is_solid(pot, "pot")
checks.closed(pot)
# Une tranche fine coupée à mi-hauteur doit avoir un trou.
tranche = pot & mk.box(100, 100, 1).move(z=40)
checks.has_hole(tranche, count=1)
# Le fond (les 2 mm du bas) doit être plein : 60 × 60 × 2 = 7200 mm³.
fond = pot & mk.box(100, 100, 2)
checks.close(fond.volume_mm3, 7200, 5, "le volume du fond de pot (mm³)")
### BEGIN HIDDEN TESTS
checks.close(pot.size_mm[2], 80, 0.5, "la hauteur de pot")
checks.close(pot.volume_mm3, 60 * 60 * 80 - 3.1416 * 36 * 77, 200, "le volume de pot (mm³)")
### END HIDDEN TESTS
checks.bravo()""",
    """holder = checks.defined("holder")
checks.is_solid(holder, "holder")
checks.closed(holder)
# A thin slice cut half-way up must have a hole.
slice_ = holder & mk.box(100, 100, 1).move(z=40)
checks.has_hole(slice_, count=1)
# The floor (the bottom 2 mm) must be solid: 60 × 60 × 2 = 7200 mm³.
floor = holder & mk.box(100, 100, 2)
checks.close(floor.volume_mm3, 7200, 5, "the volume of holder's floor (mm³)")
### BEGIN HIDDEN TESTS
checks.close(holder.size_mm[2], 80, 0.5, "the height of holder")
checks.close(holder.volume_mm3, 60 * 60 * 80 - 3.1416 * 36 * 77, 200, "the volume of holder (mm³)")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step4-md",
    """## Étape 4 — Plusieurs trous (15 min)

Un seul crayon, c'est un peu triste. Faisons **trois trous** de tailles différentes :

| trou | pour quoi ? | diamètre |
|---|---|---|
| 1 | un crayon | 12 mm |
| 2 | un feutre | 16 mm |
| 3 | des ciseaux ou une règle | 22 mm |

Pour placer un trou ailleurs qu'au centre, on le déplace avec `.move(x=..., y=..., z=...)`.
`x` va vers la droite, `y` vers le fond (les nombres négatifs vont dans l'autre sens).

Laisse au moins **3 mm** de plastique entre deux trous et entre un trou et le bord,
sinon la paroi sera trop fine pour l'imprimante.

Voici un exemple avec deux trous dans une petite boîte :""",
    """## Step 4 — Several holes (15 min)

One pencil is a bit sad. Let's make **three holes** of different sizes:

| hole | what for? | diameter |
|---|---|---|
| 1 | a pencil | 12 mm |
| 2 | a felt-tip pen | 16 mm |
| 3 | scissors or a ruler | 22 mm |

To put a hole somewhere other than the centre, move it with `.move(x=..., y=..., z=...)`.
`x` goes to the right, `y` goes to the back (negative numbers go the other way).

Leave at least **3 mm** of plastic between two holes and between a hole and the edge,
otherwise the wall will be too thin for the printer.

Here is an example with two holes in a small box:""",
)

notebooks.code(
    "step4-demo",
    """petit = mk.box(40, 20, 15)
petit = petit - mk.cylinder(8, 15).move(x=-10, z=2)
petit = petit - mk.cylinder(8, 15).move(x=10, z=2)
petit""",
    """small = mk.box(40, 20, 15)
small = small - mk.cylinder(8, 15).move(x=-10, z=2)
small = small - mk.cylinder(8, 15).move(x=10, z=2)
small""",
)

notebooks.md(
    "step4-task",
    """✏️ **À toi !** Fabrique `pot3` : ton `bloc` avec **trois trous** (12, 16 et 22 mm),
chacun avec un fond de 3 mm, bien séparés les uns des autres.

💡 Une idée de placement : le trou de 22 mm en `x=-13, y=-13`, celui de 16 mm en `x=15, y=-10`,
celui de 12 mm en `x=0, y=17`. Tu peux choisir les tiens !""",
    """✏️ **Your turn!** Make `holder3`: your `block` with **three holes** (12, 16 and 22 mm),
each with a 3 mm floor, well apart from each other.

💡 An idea for where to put them: the 22 mm hole at `x=-13, y=-13`, the 16 mm one at `x=15, y=-10`,
the 12 mm one at `x=0, y=17`. You can choose your own!""",
)

notebooks.answer(
    "step4-answer",
    """### BEGIN SOLUTION
pot3 = bloc
pot3 = pot3 - mk.cylinder(22, 80).move(x=-13, y=-13, z=3)
pot3 = pot3 - mk.cylinder(16, 80).move(x=15, y=-10, z=3)
pot3 = pot3 - mk.cylinder(12, 80).move(x=0, y=17, z=3)
pot3
### END SOLUTION""",
    """### BEGIN SOLUTION
holder3 = block
holder3 = holder3 - mk.cylinder(22, 80).move(x=-13, y=-13, z=3)
holder3 = holder3 - mk.cylinder(16, 80).move(x=15, y=-10, z=3)
holder3 = holder3 - mk.cylinder(12, 80).move(x=0, y=17, z=3)
holder3
### END SOLUTION""",
)

notebooks.test(
    "step4-test",
    2,
    """pot3 = checks.defined("pot3")
checks.is_solid(pot3, "pot3")
checks.closed(pot3)
# À mi-hauteur, la tranche doit avoir 3 trous.
tranche = pot3 & mk.box(100, 100, 1).move(z=40)
checks.has_hole(tranche, count=3)
# Le fond doit rester plein.
fond = pot3 & mk.box(100, 100, 2)
checks.close(fond.volume_mm3, 7200, 5, "le volume du fond de pot3 (mm³)")
### BEGIN HIDDEN TESTS
trous_mm3 = 3.1416 / 4 * (22**2 + 16**2 + 12**2) * 77
checks.close(pot3.volume_mm3, 60 * 60 * 80 - trous_mm3, 400, "le volume de pot3 (mm³)")
checks.close(pot3.size_mm[0], 60, 0.5, "la largeur de pot3")
### END HIDDEN TESTS
checks.bravo()""",
    """holder3 = checks.defined("holder3")
checks.is_solid(holder3, "holder3")
checks.closed(holder3)
# Half-way up, the slice must have 3 holes.
slice_ = holder3 & mk.box(100, 100, 1).move(z=40)
checks.has_hole(slice_, count=3)
# The floor must stay solid.
floor = holder3 & mk.box(100, 100, 2)
checks.close(floor.volume_mm3, 7200, 5, "the volume of holder3's floor (mm³)")
### BEGIN HIDDEN TESTS
holes_mm3 = 3.1416 / 4 * (22**2 + 16**2 + 12**2) * 77
checks.close(holder3.volume_mm3, 60 * 60 * 80 - holes_mm3, 400, "the volume of holder3 (mm³)")
checks.close(holder3.size_mm[0], 60, 0.5, "the width of holder3")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step5-md",
    """## Étape 5 — Ajouter avec `+` (10 min)

Un pot haut et étroit peut se renverser. Ajoutons-lui un **socle** plus large,
comme le pied d'une lampe.

Le signe `+` **colle** deux formes ensemble : elles deviennent un seul objet.
Les deux formes doivent se **toucher** ou se **chevaucher**, sinon l'objet est en deux morceaux.""",
    """## Step 5 — Adding with `+` (10 min)

A tall, narrow holder can tip over. Let's give it a wider **base**,
like the foot of a lamp.

The `+` sign **glues** two shapes together: they become one object.
The two shapes must **touch** or **overlap**, otherwise the object is in two pieces.""",
)

notebooks.md(
    "step5-task",
    """✏️ **À toi !** Fabrique `porte_crayons` : `pot3` **plus** un socle de **80 × 80 mm**
et **4 mm** de haut.""",
    """✏️ **Your turn!** Make `pencil_holder`: `holder3` **plus** a base **80 × 80 mm**
and **4 mm** high.""",
)

notebooks.answer(
    "step5-answer",
    """### BEGIN SOLUTION
socle = mk.box(80, 80, 4)
porte_crayons = pot3 + socle
porte_crayons
### END SOLUTION""",
    """### BEGIN SOLUTION
base = mk.box(80, 80, 4)
pencil_holder = holder3 + base
pencil_holder
### END SOLUTION""",
)

notebooks.test(
    "step5-test",
    1,
    """porte_crayons = checks.defined("porte_crayons")
checks.is_solid(porte_crayons, "porte_crayons")
checks.closed(porte_crayons)
checks.equal(len(porte_crayons.parts), 1, "le nombre de morceaux de porte_crayons")
largeur, profondeur, hauteur = porte_crayons.size_mm
checks.close(largeur, 80, 0.5, "la largeur de porte_crayons")
checks.close(profondeur, 80, 0.5, "la profondeur de porte_crayons")
### BEGIN HIDDEN TESTS
checks.close(hauteur, 80, 0.5, "la hauteur de porte_crayons")
tranche = porte_crayons & mk.box(100, 100, 1).move(z=40)
checks.has_hole(tranche, count=3)
### END HIDDEN TESTS
checks.bravo()""",
    """pencil_holder = checks.defined("pencil_holder")
checks.is_solid(pencil_holder, "pencil_holder")
checks.closed(pencil_holder)
checks.equal(len(pencil_holder.parts), 1, "the number of pieces of pencil_holder")
width, depth, height = pencil_holder.size_mm
checks.close(width, 80, 0.5, "the width of pencil_holder")
checks.close(depth, 80, 0.5, "the depth of pencil_holder")
### BEGIN HIDDEN TESTS
checks.close(height, 80, 0.5, "the height of pencil_holder")
slice_ = pencil_holder & mk.box(100, 100, 1).move(z=40)
checks.has_hole(slice_, count=3)
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step6-md",
    """## Étape 6 — Sur le plateau et prêt à imprimer ? (10 min)

L'imprimante construit l'objet couche par couche, **à partir du plateau**.
Si l'objet flotte au-dessus, ou s'il s'enfonce dedans, ça ne marche pas.
`.on_bed()` pose l'objet bien à plat sur le plateau.

Ensuite, `mk.check(...)` vérifie que l'objet peut s'imprimer :
est-il fermé ? tient-il sur le plateau ? les parois sont-elles assez épaisses ?""",
    """## Step 6 — On the bed and ready to print? (10 min)

The printer builds the object layer by layer, **starting from the bed**.
If the object floats above it, or sinks into it, it won't work.
`.on_bed()` puts the object flat on the bed.

Then `mk.check(...)` checks that the object can be printed:
is it closed? does it fit on the bed? are the walls thick enough?""",
)

notebooks.md(
    "step6-task",
    """✏️ **À toi !** Pose `porte_crayons` sur le plateau, puis vérifie-le pour l'imprimante
`"prusa-mk4"`. Range le résultat de la vérification dans `rapport`.""",
    """✏️ **Your turn!** Put `pencil_holder` on the bed, then check it for the
`"prusa-mk4"` printer. Store the result of the check in `report`.""",
)

notebooks.answer(
    "step6-answer",
    """### BEGIN SOLUTION
porte_crayons = porte_crayons.on_bed()
rapport = mk.check(porte_crayons, printer="prusa-mk4")
rapport
### END SOLUTION""",
    """### BEGIN SOLUTION
pencil_holder = pencil_holder.on_bed()
report = mk.check(pencil_holder, printer="prusa-mk4")
report
### END SOLUTION""",
)

notebooks.test(
    "step6-test",
    1,
    """porte_crayons = checks.defined("porte_crayons")
rapport = checks.defined("rapport")
checks.close(porte_crayons.bounds_mm[0][2], 0, 0.01, "le bas de porte_crayons (z)")
checks.equal(rapport.ok, True, "rapport.ok (prêt à imprimer ?)")
### BEGIN HIDDEN TESTS
checks.closed(porte_crayons)
checks.fits_bed(porte_crayons, "prusa-mk4")
### END HIDDEN TESTS
checks.bravo()""",
    """pencil_holder = checks.defined("pencil_holder")
report = checks.defined("report")
checks.close(pencil_holder.bounds_mm[0][2], 0, 0.01, "the bottom of pencil_holder (z)")
checks.equal(report.ok, True, "report.ok (ready to print?)")
### BEGIN HIDDEN TESTS
checks.closed(pencil_holder)
checks.fits_bed(pencil_holder, "prusa-mk4")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step7-md",
    """## Étape 7 — Regarder et enregistrer (5 min)

Bravo, ton pot à crayons est prêt ! 🎉 Regarde-le sous tous les angles,
puis enregistre-le dans un fichier **STL** : c'est ce fichier que l'on donne au trancheur
avant d'imprimer.""",
    """## Step 7 — Look and save (5 min)

Well done, your pencil holder is ready! 🎉 Look at it from every side,
then save it as an **STL** file: that is the file you give to the slicer
before printing.""",
)

notebooks.code(
    "step7-save",
    """porte_crayons.save("mon-pot-a-crayons.stl")
porte_crayons.preview()""",
    """pencil_holder.save("my-pencil-holder.stl")
pencil_holder.preview()""",
)

notebooks.md(
    "more",
    """## Pour aller plus loin (s'il te reste du temps)

* Ajoute un **4ᵉ trou** pour une gomme ou une clé USB (un trou carré avec `mk.box` !).
* Arrondis l'allure : essaie `mk.cylinder(70, 80)` au lieu du bloc.
* Grave ton prénom sur le côté avec `mk.text("Léa", size=8)` et le signe `-`.
* Compare le poids : combien de plastique as-tu économisé avec les trous ?""",
    """## Going further (if you have time left)

* Add a **4th hole** for an eraser or a USB stick (a square hole with `mk.box`!).
* Make it round: try `mk.cylinder(70, 80)` instead of the block.
* Engrave your name on the side with `mk.text("Lea", size=8)` and the `-` sign.
* Compare the weight: how much plastic did the holes save?""",
)


def write_picture() -> None:
    """The guide's picture of the expected result, made by makerkit from the solution."""
    import makerkit as mk

    holder = mk.box(60, 60, 80)
    holder = holder - mk.cylinder(22, 80).move(x=-13, y=-13, z=3)
    holder = holder - mk.cylinder(16, 80).move(x=15, y=-10, z=3)
    holder = holder - mk.cylinder(12, 80).move(x=0, y=17, z=3)
    holder = (holder + mk.box(80, 80, 4)).on_bed()
    holder = holder.described(
        "The finished pencil holder: a square block 60 mm wide and 80 mm high on an 80 × 80 mm "
        "base, with three round holes of 22, 16 and 12 mm"
    )
    (HERE / "assets").mkdir(exist_ok=True)
    for old in ("pencil-holder.png", "pencil-holder.txt"):
        (HERE / "assets" / old).unlink(missing_ok=True)
    holder.preview().save(HERE / "assets" / "pencil-holder.png")


if __name__ == "__main__":
    for path in notebooks.write(HERE):
        print(f"wrote {path.name}")
    write_picture()
