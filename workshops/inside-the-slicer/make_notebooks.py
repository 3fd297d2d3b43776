"""Write inside-the-slicer.fr.ipynb and inside-the-slicer.en.ipynb from the cells below.

Run: python workshops/inside-the-slicer/make_notebooks.py
Both languages share the same cells, ids, points and grading; only the words change.
"""

from __future__ import annotations

from pathlib import Path

from makerkit.kits.cells import WorkshopNotebooks

SLUG = "inside-the-slicer"
HERE = Path(__file__).parent

notebooks = WorkshopNotebooks(SLUG)


# ---------------------------------------------------------------- the workshop

notebooks.md(
    "intro",
    """# Dans le trancheur

Une imprimante 3D ne sait pas lire un objet en 3D. Elle sait seulement
**déposer un fil de plastique fondu**, couche après couche, comme une
poche à douille qui dessine un gâteau étage par étage.

Le programme qui découpe l'objet en couches et calcule le trajet de la buse
s'appelle un **trancheur** (en anglais : *slicer*).

Aujourd'hui, tu ouvres le capot du trancheur pour voir ce qu'il fait :

1. les **couches** ;
2. les **parois** (le tour de l'objet) ;
3. le **remplissage** (l'intérieur), son pourcentage et son motif ;
4. le grand choix des makers : **temps d'impression ou solidité ?**

**Comment ça marche ?** Clique dans une cellule grise, puis appuie sur **Maj + Entrée**.
Les cellules ✏️ sont pour toi. La cellule d'après vérifie et te donne un indice si besoin.""",
    """# Inside the slicer

A 3D printer cannot read a 3D object. It only knows how to
**lay down a thread of melted plastic**, layer after layer, like an
icing bag drawing a cake one tier at a time.

The program that cuts the object into layers and works out the nozzle's path
is called a **slicer**.

Today you open up the slicer to see what it does:

1. the **layers**;
2. the **walls** (the outside of the object);
3. the **infill** (the inside), its percentage and its pattern;
4. the big maker's choice: **print time or strength?**

**How does it work?** Click in a grey cell, then press **Shift + Enter**.
The ✏️ cells are for you. The cell after it checks and gives you a hint if needed.""",
)

notebooks.code(
    "setup",
    """import makerkit as mk
from makerkit import checks

mk.set_language("fr")
IMPRIMANTE = "prusa-mk4"
cube = mk.box(20, 20, 20)  # le cube de test que tous les makers impriment : 20 mm de côté
mk.slice(mk.box(5, 5, 1), IMPRIMANTE, "pla")  # prépare le trancheur (une seconde)
print("C'est parti !")""",
    """import makerkit as mk
from makerkit import checks

mk.set_language("en")
PRINTER = "prusa-mk4"
cube = mk.box(20, 20, 20)  # the test cube every maker prints: 20 mm on each side
mk.slice(mk.box(5, 5, 1), PRINTER, "pla")  # gets the slicer ready (one second)
print("Let's go!")""",
    locked=True,
)

notebooks.md(
    "step1-md",
    """## Étape 1 — Les couches (10 min)

On donne au trancheur l'objet, l'imprimante et le plastique (ici du **PLA**).
Par défaut, chaque couche fait **0,2 mm** d'épaisseur.""",
    """## Step 1 — Layers (10 min)

We give the slicer the object, the printer and the plastic (here **PLA**).
By default, each layer is **0.2 mm** thick.""",
)

notebooks.code(
    "step1-demo",
    """tranches = mk.slice(cube, IMPRIMANTE, "pla")
tranches""",
    """sliced = mk.slice(cube, PRINTER, "pla")
sliced""",
)

notebooks.md(
    "step1-task",
    """✏️ **À toi !** Le cube mesure 20 mm de haut et chaque couche 0,2 mm.
Combien de couches faut-il ? Range la réponse dans `nb_couches`
(tu peux faire le calcul en Python : la division s'écrit `/`).""",
    """✏️ **Your turn!** The cube is 20 mm high and each layer is 0.2 mm.
How many layers are needed? Store the answer in `layer_count`
(you can work it out in Python: division is written `/`).""",
)

notebooks.answer(
    "step1-answer",
    """### BEGIN SOLUTION
nb_couches = round(20 / 0.2)
### END SOLUTION
print(nb_couches, "couches")""",
    """### BEGIN SOLUTION
layer_count = round(20 / 0.2)
### END SOLUTION
print(layer_count, "layers")""",
)

notebooks.test(
    "step1-test",
    1,
    """nb_couches = checks.defined("nb_couches")
checks.close(nb_couches, len(tranches.layers), 0.5, "nb_couches")
### BEGIN HIDDEN TESTS
checks.close(nb_couches, 100, 0.5, "nb_couches")
### END HIDDEN TESTS
checks.bravo()""",
    """layer_count = checks.defined("layer_count")
checks.close(layer_count, len(sliced.layers), 0.5, "layer_count")
### BEGIN HIDDEN TESTS
checks.close(layer_count, 100, 0.5, "layer_count")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step2-md",
    """## Étape 2 — Regarder une couche (10 min)

Regardons la couche numéro 50, vue de dessus. Les couleurs disent ce que dessine la buse :
la **paroi extérieure**, les **parois intérieures**, et le **remplissage** au milieu.
Sous l'image, une phrase décrit la couche.

Attention : en Python, on compte à partir de 0. La première couche est la couche **0**,
la dernière est la couche **99**. Donc `preview(50)` montre la **51ᵉ** couche :
c'est pour ça que l'image écrit « 51 sur 100 ».""",
    """## Step 2 — Look at one layer (10 min)

Let's look at layer number 50, from above. The colours say what the nozzle draws:
the **outer wall**, the **inner walls**, and the **infill** in the middle.
Under the picture, a sentence describes the layer.

Careful: Python counts from 0. The first layer is layer **0**,
the last one is layer **99**. So `preview(50)` shows the **51st** layer:
that is why the picture says "51 of 100".""",
)

notebooks.code("step2-demo", "tranches.preview(50)", "sliced.preview(50)")

notebooks.md(
    "step2-slider-md",
    """Avec le curseur, promène-toi dans les couches, du plateau jusqu'au sommet.
Regarde bien les toutes premières et les toutes dernières couches : elles ne sont pas
comme celles du milieu. Pourquoi, à ton avis ?""",
    """With the slider, walk through the layers, from the bed up to the top.
Look closely at the very first and very last layers: they are not like the ones
in the middle. Why, do you think?""",
)

notebooks.code("step2-slider", "tranches.slider()", "sliced.slider()")

notebooks.md(
    "step2-task",
    """Les couches du bas et du haut sont **pleines** : c'est la *peau* du cube (en anglais *skin*).
Sans elle, le dessus du cube serait troué comme une grille !

✏️ **À toi !** Trouve le numéro d'une couche pleine et range-le dans `couche_pleine`.""",
    """The bottom and top layers are **solid**: that is the cube's *skin*.
Without it, the top of the cube would be full of holes like a grid!

✏️ **Your turn!** Find the number of a solid layer and store it in `full_layer`.""",
)

notebooks.answer(
    "step2-answer",
    """### BEGIN SOLUTION
couche_pleine = 99
### END SOLUTION
tranches.preview(couche_pleine)""",
    """### BEGIN SOLUTION
full_layer = 99
### END SOLUTION
sliced.preview(full_layer)""",
)

notebooks.test(
    "step2-test",
    1,
    """couche_pleine = checks.defined("couche_pleine")
checks.between(couche_pleine, 0, len(tranches.layers) - 1, "couche_pleine")
couche = tranches.layers[int(couche_pleine)]
checks.equal(couche.skin.area > 0, True, f"la couche {couche_pleine} est pleine")
### BEGIN HIDDEN TESTS
checks.equal(couche.infill.area > 0, False, f"la couche {couche_pleine} a du remplissage")
### END HIDDEN TESTS
checks.bravo()""",
    """full_layer = checks.defined("full_layer")
checks.between(full_layer, 0, len(sliced.layers) - 1, "full_layer")
layer = sliced.layers[int(full_layer)]
checks.equal(layer.skin.area > 0, True, f"layer {full_layer} is solid")
### BEGIN HIDDEN TESTS
checks.equal(layer.infill.area > 0, False, f"layer {full_layer} has infill")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step3-md",
    """## Étape 3 — Les parois (10 min)

Par défaut, le trancheur fait **2 parois** : deux tours de fil autour de chaque couche.
Plus il y a de parois, plus l'objet est solide… et plus l'impression est longue.

On change un réglage en l'ajoutant entre les parenthèses, avec son nom :
`mk.slice(cube, IMPRIMANTE, "pla", walls=3)` (*walls* veut dire « parois » en anglais).""",
    """## Step 3 — Walls (10 min)

By default, the slicer makes **2 walls**: two loops of thread around each layer.
The more walls, the stronger the object… and the longer the print.

You change a setting by adding it inside the brackets, with its name:
`mk.slice(cube, PRINTER, "pla", walls=3)`.""",
)

notebooks.md(
    "step3-task",
    """✏️ **À toi !** Tranche le cube avec **4 parois** et range le résultat dans `solide`.
Affiche ensuite sa couche 50 pour voir les 4 tours.""",
    """✏️ **Your turn!** Slice the cube with **4 walls** and store the result in `sturdy`.
Then show its layer 50 to see the 4 loops.""",
)

notebooks.answer(
    "step3-answer",
    """### BEGIN SOLUTION
solide = mk.slice(cube, IMPRIMANTE, "pla", walls=4)
solide.preview(50)
### END SOLUTION""",
    """### BEGIN SOLUTION
sturdy = mk.slice(cube, PRINTER, "pla", walls=4)
sturdy.preview(50)
### END SOLUTION""",
)

notebooks.test(
    "step3-test",
    1,
    """solide = checks.defined("solide")
checks.equal(solide.settings.walls, 4, "le nombre de parois de solide")
### BEGIN HIDDEN TESTS
checks.equal(len(solide.layers[50].walls), 4, "le nombre de parois de la couche 50")
checks.close(solide.layer_tops_mm[-1], 20, 0.01, "la hauteur tranchée (mm)")
### END HIDDEN TESTS
checks.bravo()""",
    """sturdy = checks.defined("sturdy")
checks.equal(sturdy.settings.walls, 4, "the number of walls of sturdy")
### BEGIN HIDDEN TESTS
checks.equal(len(sturdy.layers[50].walls), 4, "the number of walls of layer 50")
checks.close(sturdy.layer_tops_mm[-1], 20, 0.01, "the sliced height (mm)")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step4-md",
    """## Étape 4 — Le remplissage : combien ? (10 min)

L'intérieur d'un objet imprimé n'est presque jamais plein : c'est un **remplissage** en
quadrillage, comme les alvéoles d'une ruche. Son pourcentage dit quelle part de l'intérieur
est remplie de plastique : 0 % (creux), 20 % (le réglage par défaut), 100 % (plein).

Pour comparer plusieurs réglages, on peut les ranger dans un **dictionnaire** : une boîte
à étiquettes où chaque pourcentage donne son résultat. Voici un exemple avec 0 % et 100 % :""",
    """## Step 4 — Infill: how much? (10 min)

The inside of a printed object is hardly ever solid: it is an **infill** grid, like the cells
of a beehive. Its percentage says how much of the inside is filled with plastic:
0 % (hollow), 20 % (the default), 100 % (solid).

To compare several settings, you can store them in a **dictionary**: a box of labels where
each percentage gives its result. Here is an example with 0 % and 100 %:""",
)

notebooks.code(
    "step4-demo",
    """exemple = {}
for pourcentage in [0, 100]:
    exemple[pourcentage] = mk.slice(cube, IMPRIMANTE, "pla", infill_percent=pourcentage)
for pourcentage, resultat in exemple.items():
    minutes = resultat.time_s / 60
    print(f"{pourcentage:3d} % : {minutes:5.1f} min, {resultat.filament_g:5.1f} g de plastique")""",
    """example = {}
for percent in [0, 100]:
    example[percent] = mk.slice(cube, PRINTER, "pla", infill_percent=percent)
for percent, result in example.items():
    minutes = result.time_s / 60
    print(f"{percent:3d} %: {minutes:5.1f} min, {result.filament_g:5.1f} g of plastic")""",
)

notebooks.md(
    "step4-task",
    """✏️ **À toi !** Fais un dictionnaire `essais` avec le cube tranché à **10 %**, **20 %** et
**50 %** de remplissage, puis affiche le temps et le poids de chacun.
Lequel choisirais-tu pour un porte-clés ? Et pour un crochet qui porte un sac ?""",
    """✏️ **Your turn!** Make a dictionary `tries` with the cube sliced at **10 %**, **20 %** and
**50 %** infill, then print the time and weight of each one.
Which would you choose for a keyring? And for a hook that holds a bag?""",
)

notebooks.answer(
    "step4-answer",
    """### BEGIN SOLUTION
essais = {}
for pourcentage in [10, 20, 50]:
    essais[pourcentage] = mk.slice(cube, IMPRIMANTE, "pla", infill_percent=pourcentage)
for pourcentage, resultat in essais.items():
    print(f"{pourcentage:3d} % : {resultat.time_s / 60:5.1f} min, {resultat.filament_g:5.1f} g")
### END SOLUTION""",
    """### BEGIN SOLUTION
tries = {}
for percent in [10, 20, 50]:
    tries[percent] = mk.slice(cube, PRINTER, "pla", infill_percent=percent)
for percent, result in tries.items():
    print(f"{percent:3d} %: {result.time_s / 60:5.1f} min, {result.filament_g:5.1f} g")
### END SOLUTION""",
)

notebooks.test(
    "step4-test",
    2,
    """essais = checks.defined("essais")
checks.equal(sorted(essais), [10, 20, 50], "les pourcentages de essais")
for pourcentage in [10, 20, 50]:
    checks.equal(essais[pourcentage].settings.infill_percent, pourcentage, f"le remplissage de essais[{pourcentage}]")
### BEGIN HIDDEN TESTS
poids = [essais[p].filament_g for p in [10, 20, 50]]
checks.equal(poids == sorted(poids), True, "plus de remplissage demande plus de plastique")
### END HIDDEN TESTS
checks.bravo()""",
    """tries = checks.defined("tries")
checks.equal(sorted(tries), [10, 20, 50], "the percentages in tries")
for percent in [10, 20, 50]:
    checks.equal(tries[percent].settings.infill_percent, percent, f"the infill of tries[{percent}]")
### BEGIN HIDDEN TESTS
weights = [tries[p].filament_g for p in [10, 20, 50]]
checks.equal(weights == sorted(weights), True, "more infill takes more plastic")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step5-md",
    """## Étape 5 — Le remplissage : quel motif ? (5 min)

Le remplissage peut suivre plusieurs **motifs** : des lignes (`"lines"`), une grille (`"grid"`)
ou des triangles (`"triangles"`). Les triangles sont rigides dans toutes les directions,
comme les poutres d'un pont.""",
    """## Step 5 — Infill: which pattern? (5 min)

The infill can follow several **patterns**: lines (`"lines"`), a grid (`"grid"`)
or triangles (`"triangles"`). Triangles are stiff in every direction,
like the beams of a bridge.""",
)

notebooks.code(
    "step5-demo",
    """for nom in ["lines", "grid", "triangles"]:
    display(mk.slice(cube, IMPRIMANTE, "pla", infill_pattern=nom, infill_percent=15).preview(50))""",
    """for name in ["lines", "grid", "triangles"]:
    display(mk.slice(cube, PRINTER, "pla", infill_pattern=name, infill_percent=15).preview(50))""",
)

notebooks.md(
    "step5-task",
    """✏️ **À toi !** Choisis ton motif préféré dans `motif`, puis tranche le cube avec ce motif
et range le résultat dans `avec_motif`.""",
    """✏️ **Your turn!** Put your favourite pattern in `pattern`, then slice the cube with that
pattern and store the result in `with_pattern`.""",
)

notebooks.answer(
    "step5-answer",
    """### BEGIN SOLUTION
motif = "triangles"
avec_motif = mk.slice(cube, IMPRIMANTE, "pla", infill_pattern=motif)
### END SOLUTION
avec_motif.preview(50)""",
    """### BEGIN SOLUTION
pattern = "triangles"
with_pattern = mk.slice(cube, PRINTER, "pla", infill_pattern=pattern)
### END SOLUTION
with_pattern.preview(50)""",
)

notebooks.test(
    "step5-test",
    1,
    """motif = checks.defined("motif")
avec_motif = checks.defined("avec_motif")
checks.equal(motif in ["lines", "grid", "triangles"], True, f"« {motif} » est un motif connu")
checks.equal(avec_motif.settings.infill_pattern, motif, "le motif de avec_motif")
### BEGIN HIDDEN TESTS
checks.equal(len(avec_motif.layers), 100, "le nombre de couches de avec_motif")
### END HIDDEN TESTS
checks.bravo()""",
    """pattern = checks.defined("pattern")
with_pattern = checks.defined("with_pattern")
checks.equal(pattern in ["lines", "grid", "triangles"], True, f"'{pattern}' is a known pattern")
checks.equal(with_pattern.settings.infill_pattern, pattern, "the pattern of with_pattern")
### BEGIN HIDDEN TESTS
checks.equal(len(with_pattern.layers), 100, "the number of layers of with_pattern")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "step6-md",
    """## Étape 6 — L'épaisseur des couches (5 min)

Des couches plus fines donnent un objet plus lisse… mais il en faut plus !
Lance la cellule et compare les temps.""",
    """## Step 6 — Layer thickness (5 min)

Thinner layers give a smoother object… but you need more of them!
Run the cell and compare the times.""",
)

notebooks.code(
    "step6-demo",
    """for epaisseur_mm in [0.1, 0.2, 0.3]:
    r = mk.slice(cube, IMPRIMANTE, "pla", layer_height_mm=epaisseur_mm)
    print(f"couches de {epaisseur_mm} mm : {len(r.layers):3d} couches, {r.time_s / 60:5.1f} min")""",
    """for thickness_mm in [0.1, 0.2, 0.3]:
    r = mk.slice(cube, PRINTER, "pla", layer_height_mm=thickness_mm)
    print(f"{thickness_mm} mm layers: {len(r.layers):3d} layers, {r.time_s / 60:5.1f} min")""",
)

notebooks.md(
    "step7-md",
    """## Étape 7 — Le défi : solide ET rapide (10 min)

Ton club a besoin d'un cube **solide** : au moins **3 parois** et au moins **30 %** de remplissage.
Mais l'imprimante n'est libre que **22 minutes** !

Avec les réglages par défaut, c'est trop long. À toi de trouver la bonne combinaison :
`walls=...`, `infill_percent=...`, `layer_height_mm=...` (de 0,1 à 0,3 mm).

✏️ **À toi !** Range ton résultat dans `defi` et affiche son temps en minutes.""",
    """## Step 7 — The challenge: strong AND quick (10 min)

Your club needs a **strong** cube: at least **3 walls** and at least **30 %** infill.
But the printer is only free for **22 minutes**!

With the default settings it takes too long. Find the right combination:
`walls=...`, `infill_percent=...`, `layer_height_mm=...` (from 0.1 to 0.3 mm).

✏️ **Your turn!** Store your result in `challenge` and print its time in minutes.""",
)

notebooks.answer(
    "step7-answer",
    """### BEGIN SOLUTION
defi = mk.slice(cube, IMPRIMANTE, "pla", walls=3, infill_percent=30, layer_height_mm=0.3)
### END SOLUTION
print(f"{defi.time_s / 60:.1f} minutes")""",
    """### BEGIN SOLUTION
challenge = mk.slice(cube, PRINTER, "pla", walls=3, infill_percent=30, layer_height_mm=0.3)
### END SOLUTION
print(f"{challenge.time_s / 60:.1f} minutes")""",
)

notebooks.test(
    "step7-test",
    2,
    """defi = checks.defined("defi")
checks.between(defi.settings.walls, 3, 20, "le nombre de parois de defi")
checks.between(defi.settings.infill_percent, 30, 100, "le remplissage de defi (%)")
checks.between(round(defi.time_s / 60, 1), 0, 22, "le temps de defi (minutes)")
### BEGIN HIDDEN TESTS
checks.close(defi.layer_tops_mm[-1], 20, 0.35, "la hauteur tranchée de defi (mm)")
### END HIDDEN TESTS
checks.bravo()""",
    """challenge = checks.defined("challenge")
checks.between(challenge.settings.walls, 3, 20, "the number of walls of challenge")
checks.between(challenge.settings.infill_percent, 30, 100, "the infill of challenge (%)")
checks.between(round(challenge.time_s / 60, 1), 0, 22, "the time of challenge (minutes)")
### BEGIN HIDDEN TESTS
checks.close(challenge.layer_tops_mm[-1], 20, 0.35, "the sliced height of challenge (mm)")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "end",
    """## Bravo !

Tu sais maintenant ce que fait un trancheur : il coupe en **couches**, trace les **parois**,
ferme le dessus et le dessous avec la **peau**, et remplit l'intérieur avec un **motif**.
Chaque réglage est un compromis entre **temps**, **plastique** et **solidité**.

**Pour aller plus loin** : tranche ton pot à crayons de l'atelier « Formes et trous », ou
compare avec la vraie vie : imprime deux cubes à 10 % et 50 % et essaie de les écraser
(avec des lunettes de protection !).""",
    """## Well done!

You now know what a slicer does: it cuts into **layers**, draws the **walls**,
closes the top and bottom with the **skin**, and fills the inside with a **pattern**.
Every setting is a trade-off between **time**, **plastic** and **strength**.

**Going further**: slice your pencil holder from the "Shapes and holes" workshop, or
compare with real life: print two cubes at 10 % and 50 % and try to crush them
(wearing safety glasses!).""",
)


def write_picture() -> None:
    """The guide's picture: layer 50 of the test cube, sliced like in the notebook."""
    import makerkit as mk

    sliced = mk.slice(mk.box(20, 20, 20), "prusa-mk4", "pla")
    (HERE / "assets").mkdir(exist_ok=True)
    for old in ("layer-50.png", "layer-50.txt"):
        (HERE / "assets" / old).unlink(missing_ok=True)
    with mk.i18n.language("en"):
        sliced.preview(50).save(HERE / "assets" / "layer-50.png")


if __name__ == "__main__":
    for path in notebooks.write(HERE):
        print(f"wrote {path.name}")
    write_picture()
