"""Write gcode-detective.fr.ipynb and gcode-detective.en.ipynb from the cells below.

Run: python workshops/gcode-detective/make_notebooks.py
Both languages share the same cells, ids, points and grading; only the words change.
"""

from __future__ import annotations

from pathlib import Path

from makerkit.kits.cells import WorkshopNotebooks

SLUG = "gcode-detective"
HERE = Path(__file__).parent

notebooks = WorkshopNotebooks(SLUG)


# ---------------------------------------------------------------- the workshop

notebooks.md(
    "intro",
    """# Détective du G-code

Deux trancheurs reçoivent **la même pièce**, **la même imprimante** et **les mêmes réglages**.
Leurs fichiers G-code ne sont pourtant pas identiques : ni le nombre de lignes, ni le temps
annoncé, ni même la quantité de plastique. Qui a raison ? Qu'est-ce qui change vraiment ?
Menez l'enquête.

* **Partie A (notée)** : lire le G-code de makerkit comme un détective : les températures,
  le temps passé sur chaque fonction, le filament par fonction, le contrôle de sécurité.
* **Partie B (facultative, non notée)** : trancher la même pièce avec **PrusaSlicer** et comparer
  les deux fichiers ligne à ligne, image à image, chiffre à chiffre.

> **Pour l'animateur** — La partie B utilise PrusaSlicer s'il est installé sur l'ordinateur.
> S'il ne l'est pas, makerkit affiche un message qui dit comment l'installer, et le carnet
> se rabat sur un fichier G-code de PrusaSlicer préparé à l'avance (`assets/prusaslicer-piece.gcode.gz`).
> Rien de ce qui est noté ne dépend de PrusaSlicer : la note est la même avec ou sans lui.

Pour lancer une cellule : cliquez dedans, puis **Maj + Entrée**. Les cellules ✏️ sont à compléter ;
la cellule qui suit vérifie votre travail et donne un indice.""",
    """# G-code detective

Two slicers get **the same part**, **the same printer** and **the same settings**.
Yet their G-code files are not the same: not the number of lines, nor the announced time,
nor even the amount of plastic. Who is right? What really changes?
Investigate.

* **Part A (marked)**: read makerkit's G-code like a detective: temperatures, the time spent
  on each feature, the filament per feature, the safety check.
* **Part B (optional, not marked)**: slice the same part with **PrusaSlicer** and compare the
  two files line by line, picture by picture, number by number.

> **For the facilitator** — Part B uses PrusaSlicer if it is installed on the computer.
> If it is not, makerkit shows a message that says how to install it, and the notebook
> falls back on a PrusaSlicer G-code file prepared beforehand (`assets/prusaslicer-piece.gcode.gz`).
> Nothing that is marked depends on PrusaSlicer: the mark is the same with or without it.

To run a cell: click in it, then **Shift + Enter**. The ✏️ cells are yours to complete;
the cell after each one checks your work and gives a hint.""",
)

notebooks.code(
    "setup",
    """import makerkit as mk
from makerkit import checks
from makerkit.gcode.toolpath import FEATURES

mk.set_language("fr")
IMPRIMANTE = "prusa-mk4"
REGLAGES = dict(layer_height_mm=0.2, walls=2, infill_percent=15, infill_pattern="grid")

# La pièce à conviction : un jeton de 30 × 30 × 8 mm aux coins arrondis, percé de 12 mm.
piece = mk.box(30, 30, 8, radius_mm=4) - mk.cylinder(12, 8)
piece""",
    """import makerkit as mk
from makerkit import checks
from makerkit.gcode.toolpath import FEATURES

mk.set_language("en")
PRINTER = "prusa-mk4"
SETTINGS = dict(layer_height_mm=0.2, walls=2, infill_percent=15, infill_pattern="grid")

# The exhibit: a 30 × 30 × 8 mm token with rounded corners and a 12 mm hole.
part = mk.box(30, 30, 8, radius_mm=4) - mk.cylinder(12, 8)
part""",
    locked=True,
)

notebooks.md(
    "slice-md",
    """## Le premier témoin : le trancheur de makerkit (5 min)

On tranche la pièce avec makerkit. `notre.gcode` est le texte complet du fichier G-code ;
`mk.read_gcode(...)` le relit comme le ferait n'importe quel lecteur, pour obtenir le **trajet**
de la buse (un tableau : x, y, z, e, vitesse, fonction, couche, ligne).""",
    """## The first witness: makerkit's slicer (5 min)

We slice the part with makerkit. `ours.gcode` is the whole text of the G-code file;
`mk.read_gcode(...)` reads it back like any reader would, to get the nozzle's **path**
(a table: x, y, z, e, speed, feature, layer, line).""",
)

notebooks.code(
    "slice",
    """notre = mk.slice(piece, IMPRIMANTE, "pla", **REGLAGES)
print(f"{len(notre.gcode.splitlines())} lignes, {len(notre.layers)} couches, {notre.time_s / 60:.1f} min annoncées")""",
    """ours = mk.slice(part, PRINTER, "pla", **SETTINGS)
print(f"{len(ours.gcode.splitlines())} lines, {len(ours.layers)} layers, {ours.time_s / 60:.1f} min announced")""",
    locked=True,
)

notebooks.md(
    "a1-md",
    """# Partie A — Lire le G-code de makerkit (notée)

## A1. Les premières lignes (10 min)

Le fichier commence par des **commentaires** (après `;`) : l'imprimante les ignore, ils sont là
pour les humains. Viennent ensuite les **commandes** : `G` pour bouger, `M` pour tout le reste
(chauffer, ventiler…). makerkit explique chaque ligne en clair :""",
    """# Part A — Reading makerkit's G-code (marked)

## A1. The first lines (10 min)

The file starts with **comments** (after `;`): the printer ignores them, they are there
for humans. Then come the **commands**: `G` to move, `M` for everything else
(heating, fans…). makerkit explains each line in plain words:""",
)

notebooks.code(
    "a1-explain",
    """trajet_notre = mk.read_gcode(notre.gcode)  # le fichier relu : le trajet de la buse
lignes = notre.gcode.splitlines()
premiere = next(n for n, ligne in enumerate(lignes, 1) if ligne.strip() and not ligne.startswith(";"))
mk.explain_gcode(notre.gcode, start=premiere, end=premiere + 24)""",
    """path_ours = mk.read_gcode(ours.gcode)  # the file read back: the nozzle's path
lines = ours.gcode.splitlines()
first = next(n for n, line in enumerate(lines, 1) if line.strip() and not line.startswith(";"))
mk.explain_gcode(ours.gcode, start=first, end=first + 24)""",
)

notebooks.md(
    "a1-task",
    """Deux commandes règlent la température de la buse : `M104` (« chauffe ») et `M109`
(« chauffe **et attends** »). La consigne est écrite après `S`… ou après `R` (« attends, même
s'il faut refroidir »). Un commentaire peut suivre la commande, et un `T0` peut désigner la buse.

✏️ **À vous !** Écrivez la fonction `temperatures_buse(gcode)` qui renvoie la **liste des consignes
de la buse**, dans l'ordre du fichier, en nombres à virgule (`float`). Les lignes de commentaire et
les autres commandes (comme `M140`, le plateau) sont ignorées.

*Indices : `texte.splitlines()`, `ligne.split(";")[0]` enlève le commentaire, `.split()` coupe en mots,
`mot[0]` est la première lettre d'un mot et `mot[1:]` le reste.*""",
    """Two commands set the nozzle temperature: `M104` ("heat") and `M109`
("heat **and wait**"). The target is written after `S`… or after `R` ("wait, even if it has to
cool down"). A comment may follow the command, and a `T0` may name the nozzle.

✏️ **Your turn!** Write the function `nozzle_temperatures(gcode)` that returns the **list of the
nozzle's targets**, in file order, as decimal numbers (`float`). Comment lines and other commands
(like `M140`, the bed) are ignored.

*Hints: `text.splitlines()`, `line.split(";")[0]` removes the comment, `.split()` cuts into words,
`word[0]` is a word's first letter and `word[1:]` the rest.*""",
)

notebooks.answer(
    "a1-answer",
    """### BEGIN SOLUTION
def temperatures_buse(gcode):
    consignes = []
    for ligne in gcode.splitlines():
        mots = ligne.split(";")[0].split()
        if mots and mots[0].upper() in ("M104", "M109"):
            for mot in mots[1:]:
                if mot[0].upper() in "SR":
                    consignes.append(float(mot[1:]))
    return consignes
### END SOLUTION


temperatures_buse(notre.gcode)""",
    """### BEGIN SOLUTION
def nozzle_temperatures(gcode):
    targets = []
    for line in gcode.splitlines():
        words = line.split(";")[0].split()
        if words and words[0].upper() in ("M104", "M109"):
            for word in words[1:]:
                if word[0].upper() in "SR":
                    targets.append(float(word[1:]))
    return targets
### END SOLUTION


nozzle_temperatures(ours.gcode)""",
)

notebooks.test(
    "a1-test",
    2,
    """temperatures_buse = checks.defined("temperatures_buse")
exemple = "M140 S60\\nM104 S200 ; chauffe\\nG1 X10 Y10\\nM109 S205\\n"
checks.equal(temperatures_buse(exemple), [200.0, 205.0], "temperatures_buse(exemple)")
### BEGIN HIDDEN TESTS
piege = "; M104 S999 dans un commentaire\\nM109 T0 R170 ; attends\\nm104 s0\\nM1040 S5\\nM140 S0\\n"
checks.equal(temperatures_buse(piege), [170.0, 0.0], "temperatures_buse(piege)")
lues = [t["target_c"] for t in trajet_notre.meta["temperatures"] if t["heater"] == "hotend"]
checks.equal(temperatures_buse(notre.gcode), lues, "temperatures_buse(notre.gcode)")
### END HIDDEN TESTS
checks.bravo()""",
    """nozzle_temperatures = checks.defined("nozzle_temperatures")
example = "M140 S60\\nM104 S200 ; heat\\nG1 X10 Y10\\nM109 S205\\n"
checks.equal(nozzle_temperatures(example), [200.0, 205.0], "nozzle_temperatures(example)")
### BEGIN HIDDEN TESTS
trap = "; M104 S999 in a comment\\nM109 T0 R170 ; wait\\nm104 s0\\nM1040 S5\\nM140 S0\\n"
checks.equal(nozzle_temperatures(trap), [170.0, 0.0], "nozzle_temperatures(trap)")
read = [t["target_c"] for t in path_ours.meta["temperatures"] if t["heater"] == "hotend"]
checks.equal(nozzle_temperatures(ours.gcode), read, "nozzle_temperatures(ours.gcode)")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "a1-why",
    """🔎 **Indice pour l'enquête** : pourquoi la buse chauffe-t-elle d'abord à 170 °C, puis à 215 °C,
puis redescend à 210 °C ? (Regardez les commentaires à droite des lignes `M104` / `M109`.)""",
    """🔎 **A clue**: why does the nozzle first heat to 170 °C, then to 215 °C,
then go down to 210 °C? (Look at the comments to the right of the `M104` / `M109` lines.)""",
)

notebooks.md(
    "a2-md",
    """## A2. Où passe le temps ? (10 min)

makerkit simule l'impression mouvement par mouvement, accélérations comprises.
`notre.estimate.time_per_feature_s` donne les secondes passées sur chaque **fonction** :
paroi extérieure (`wall_outer`), parois intérieures (`wall_inner`), peau (`skin`),
remplissage (`infill`), déplacements à vide (`travel`)…""",
    """## A2. Where does the time go? (10 min)

makerkit simulates the print move by move, accelerations included.
`ours.estimate.time_per_feature_s` gives the seconds spent on each **feature**:
outer wall (`wall_outer`), inner walls (`wall_inner`), skin (`skin`),
infill (`infill`), empty moves (`travel`)…""",
)

notebooks.code(
    "a2-demo",
    """for fonction, secondes in notre.estimate.time_per_feature_s.items():
    print(f"{fonction:12s} {secondes / 60:5.1f} min")
print(f"{'total':12s} {notre.estimate.time_s / 60:5.1f} min")""",
    """for feature, seconds in ours.estimate.time_per_feature_s.items():
    print(f"{feature:12s} {seconds / 60:5.1f} min")
print(f"{'total':12s} {ours.estimate.time_s / 60:5.1f} min")""",
)

notebooks.md(
    "a2-task",
    """✏️ **À vous !** Quelle part du temps total (en %) la buse passe-t-elle à tracer les **parois**
(extérieure et intérieures ensemble) ? Rangez le résultat dans `part_parois_pct`.""",
    """✏️ **Your turn!** What share of the total time (in %) does the nozzle spend drawing the
**walls** (outer and inner together)? Store the result in `walls_share_pct`.""",
)

notebooks.answer(
    "a2-answer",
    """### BEGIN SOLUTION
par_fonction = notre.estimate.time_per_feature_s
parois_s = par_fonction.get("wall_outer", 0) + par_fonction.get("wall_inner", 0)
part_parois_pct = 100 * parois_s / notre.estimate.time_s
### END SOLUTION
print(f"{part_parois_pct:.1f} % du temps sur les parois")""",
    """### BEGIN SOLUTION
per_feature = ours.estimate.time_per_feature_s
walls_s = per_feature.get("wall_outer", 0) + per_feature.get("wall_inner", 0)
walls_share_pct = 100 * walls_s / ours.estimate.time_s
### END SOLUTION
print(f"{walls_share_pct:.1f} % of the time on walls")""",
)

notebooks.test(
    "a2-test",
    1,
    """part_parois_pct = checks.defined("part_parois_pct")
checks.between(part_parois_pct, 0, 100, "part_parois_pct")
### BEGIN HIDDEN TESTS
_t = notre.estimate.time_per_feature_s
_attendu = 100 * (_t.get("wall_outer", 0) + _t.get("wall_inner", 0)) / notre.estimate.time_s
checks.close(part_parois_pct, _attendu, 0.5, "part_parois_pct")
### END HIDDEN TESTS
checks.bravo()""",
    """walls_share_pct = checks.defined("walls_share_pct")
checks.between(walls_share_pct, 0, 100, "walls_share_pct")
### BEGIN HIDDEN TESTS
_t = ours.estimate.time_per_feature_s
_expected = 100 * (_t.get("wall_outer", 0) + _t.get("wall_inner", 0)) / ours.estimate.time_s
checks.close(walls_share_pct, _expected, 0.5, "walls_share_pct")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "a3-md",
    """## A3. Le filament, fonction par fonction (15 min)

Le trajet relu est un tableau **numpy** : `trajet_notre.e` contient le filament poussé à chaque
mouvement (en mm), `trajet_notre.feature` le numéro de la fonction du mouvement, et `FEATURES`
donne le nom de chaque numéro (`FEATURES[5]` vaut `"infill"`).
`trajet_notre.is_extruding` est vrai pour les mouvements qui poussent du filament **et** se
déplacent : les vrais traits d'impression. Les **retraits** (le fil tiré en arrière avant un
déplacement) et les ré-amorçages, qui ne bougent pas la buse, n'en font pas partie.

Avec numpy, une comparaison donne un tableau de vrai/faux, qui sert de filtre :""",
    """## A3. Filament, feature by feature (15 min)

The path read back is a **numpy** table: `path_ours.e` holds the filament pushed by each move
(in mm), `path_ours.feature` the number of the move's feature, and `FEATURES` gives the name of
each number (`FEATURES[5]` is `"infill"`).
`path_ours.is_extruding` is true for the moves that push filament **and** go somewhere: the real
printed lines. **Retractions** (the filament pulled back before a move) and the re-primes, which
do not move the nozzle, are not part of it.

With numpy, a comparison gives a table of true/false, which works as a filter:""",
)

notebooks.code(
    "a3-demo",
    """remplissage = trajet_notre.feature == FEATURES.index("infill")
print(f"{remplissage.sum()} mouvements de remplissage")
print(f"{trajet_notre.e[remplissage & trajet_notre.is_extruding].sum():.0f} mm de filament pour le remplissage")""",
    """infill = path_ours.feature == FEATURES.index("infill")
print(f"{infill.sum()} infill moves")
print(f"{path_ours.e[infill & path_ours.is_extruding].sum():.0f} mm of filament for the infill")""",
)

notebooks.md(
    "a3-task",
    """✏️ **À vous !** Écrivez `filament_par_fonction(trajet)` qui renvoie un dictionnaire
`{nom de fonction: mm de filament imprimé}`, en ne comptant que les vrais traits d'impression
(`trajet.is_extruding`), avec seulement les fonctions qui en ont.
Elle servira aussi, dans la partie B, sur le trajet de PrusaSlicer.""",
    """✏️ **Your turn!** Write `filament_per_feature(path)` that returns a dictionary
`{feature name: mm of filament printed}`, counting only the real printed lines
(`path.is_extruding`), with only the features that have some.
You will also use it in part B, on PrusaSlicer's path.""",
)

notebooks.answer(
    "a3-answer",
    """### BEGIN SOLUTION
def filament_par_fonction(trajet):
    resultat = {}
    pousse = trajet.is_extruding
    for numero, nom in enumerate(FEATURES):
        choisis = pousse & (trajet.feature == numero)
        if choisis.any():
            resultat[nom] = float(trajet.e[choisis].sum())
    return resultat
### END SOLUTION


filament_par_fonction(trajet_notre)""",
    """### BEGIN SOLUTION
def filament_per_feature(path):
    result = {}
    pushing = path.is_extruding
    for number, name in enumerate(FEATURES):
        chosen = pushing & (path.feature == number)
        if chosen.any():
            result[name] = float(path.e[chosen].sum())
    return result
### END SOLUTION


filament_per_feature(path_ours)""",
)

notebooks.test(
    "a3-test",
    2,
    """filament_par_fonction = checks.defined("filament_par_fonction")
fil = filament_par_fonction(trajet_notre)
checks.equal("infill" in fil and "wall_outer" in fil, True, "infill et wall_outer sont dans le résultat")
checks.close(sum(fil.values()), trajet_notre.e[trajet_notre.is_extruding].sum(), 0.5, "le total du filament (mm)")
### BEGIN HIDDEN TESTS
checks.equal(all(v > 0 for v in fil.values()), True, "toutes les valeurs sont positives")
_mur = trajet_notre.e[trajet_notre.is_extruding & (trajet_notre.feature == FEATURES.index("wall_outer"))].sum()
checks.close(fil["wall_outer"], _mur, 0.01, "le filament de wall_outer (mm)")
checks.equal("travel" in fil, False, "travel est dans le résultat")
### END HIDDEN TESTS
checks.bravo()""",
    """filament_per_feature = checks.defined("filament_per_feature")
fil = filament_per_feature(path_ours)
checks.equal("infill" in fil and "wall_outer" in fil, True, "infill and wall_outer are in the result")
checks.close(sum(fil.values()), path_ours.e[path_ours.is_extruding].sum(), 0.5, "the total filament (mm)")
### BEGIN HIDDEN TESTS
checks.equal(all(v > 0 for v in fil.values()), True, "all the values are positive")
_wall = path_ours.e[path_ours.is_extruding & (path_ours.feature == FEATURES.index("wall_outer"))].sum()
checks.close(fil["wall_outer"], _wall, 0.01, "the filament of wall_outer (mm)")
checks.equal("travel" in fil, False, "travel is in the result")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "a4-md",
    """## A4. Le contrôle de sécurité (5 min)

Avant qu'un fichier parte vers l'imprimante, on vérifie qu'il ne la met pas en danger :
la buse reste sur le plateau, les températures sont permises, l'imprimante se repère (`G28`)
avant de bouger, on n'extrude pas à froid…

✏️ **À vous !** Contrôlez `notre.gcode` pour l'imprimante `IMPRIMANTE` avec `mk.check_gcode(...)`
et rangez le rapport dans `rapport`.""",
    """## A4. The safety check (5 min)

Before a file goes to the printer, we check that it does not put it in danger:
the nozzle stays over the bed, the temperatures are allowed, the printer finds its home (`G28`)
before moving, nothing is extruded cold…

✏️ **Your turn!** Check `ours.gcode` for the printer `PRINTER` with `mk.check_gcode(...)`
and store the report in `report`.""",
)

notebooks.answer(
    "a4-answer",
    """### BEGIN SOLUTION
rapport = mk.check_gcode(notre.gcode, printer=IMPRIMANTE)
### END SOLUTION
rapport""",
    """### BEGIN SOLUTION
report = mk.check_gcode(ours.gcode, printer=PRINTER)
### END SOLUTION
report""",
)

notebooks.test(
    "a4-test",
    1,
    """rapport = checks.defined("rapport")
checks.gcode_safe(rapport)
### BEGIN HIDDEN TESTS
checks.equal(len(rapport.problems), 0, "le nombre de problèmes")
### END HIDDEN TESTS
checks.bravo()""",
    """report = checks.defined("report")
checks.gcode_safe(report)
### BEGIN HIDDEN TESTS
checks.equal(len(report.problems), 0, "the number of problems")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "b-md",
    """# Partie B — Face à PrusaSlicer (facultative, non notée)

Le second témoin est **PrusaSlicer**, le trancheur libre de Prusa Research. makerkit lui passe
les **mêmes réglages** (traduits dans son vocabulaire) et relit son G-code avec **le même lecteur**
et **le même simulateur** que pour le sien : les différences viennent donc des trancheurs, pas des
outils de mesure.

La cellule suivante lance PrusaSlicer. **S'il n'est pas installé**, makerkit affiche un message
qui dit comment l'installer (par exemple `sudo apt-get install prusa-slicer`), et le carnet utilise
à la place un G-code de PrusaSlicer préparé à l'avance avec les mêmes réglages. Rien de la partie B
n'est noté.""",
    """# Part B — Facing PrusaSlicer (optional, not marked)

The second witness is **PrusaSlicer**, Prusa Research's free slicer. makerkit gives it
the **same settings** (translated into its vocabulary) and reads its G-code back with **the same
reader** and **the same simulator** as for its own: so the differences come from the slicers, not
from the measuring tools.

The next cell runs PrusaSlicer. **If it is not installed**, makerkit shows a message that says how
to install it (for example `sudo apt-get install prusa-slicer`), and the notebook uses instead a
PrusaSlicer G-code prepared beforehand with the same settings. Nothing in part B is marked.""",
)

notebooks.code(
    "b-run",
    """import gzip
from pathlib import Path
from types import SimpleNamespace

from makerkit.slicing.external import external_slice

try:
    prusa = external_slice(piece, "prusaslicer", printer=IMPRIMANTE, material="pla", **REGLAGES)
    print(f"PrusaSlicer a tranché la pièce en {prusa.wall_time_s:.1f} s.")
except mk.MakerkitError as erreur:
    print("PrusaSlicer n'a pas pu être lancé. Le message de makerkit :")
    print("   ", erreur)
    reference = Path("assets/prusaslicer-piece.gcode.gz")
    if reference.exists():
        texte = gzip.decompress(reference.read_bytes()).decode("utf-8")
        trajet = mk.read_gcode(texte)
        prusa = SimpleNamespace(gcode=texte, toolpath=trajet, time_s=trajet.meta.get("slicer_estimate_s"))
        print("On continue avec le G-code de PrusaSlicer préparé à l'avance.")
    else:
        prusa = None
        print("Pas de G-code de référence non plus : la partie B s'arrête ici.")""",
    """import gzip
from pathlib import Path
from types import SimpleNamespace

from makerkit.slicing.external import external_slice

try:
    prusa = external_slice(part, "prusaslicer", printer=PRINTER, material="pla", **SETTINGS)
    print(f"PrusaSlicer sliced the part in {prusa.wall_time_s:.1f} s.")
except mk.MakerkitError as error:
    print("PrusaSlicer could not be run. makerkit's message:")
    print("   ", error)
    reference = Path("assets/prusaslicer-piece.gcode.gz")
    if reference.exists():
        text = gzip.decompress(reference.read_bytes()).decode("utf-8")
        path = mk.read_gcode(text)
        prusa = SimpleNamespace(gcode=text, toolpath=path, time_s=path.meta.get("slicer_estimate_s"))
        print("We go on with the PrusaSlicer G-code prepared beforehand.")
    else:
        prusa = None
        print("No reference G-code either: part B stops here.")""",
)

notebooks.md(
    "b1-md",
    """## B1. Deux images de la même couche (10 min)

La couche 20 (à 4,2 mm de haut), dessinée par **le même code** pour les deux fichiers.
Comparez : l'ordre des parois, l'angle du remplissage, l'endroit où chaque couche commence
(la **couture**), les déplacements à vide.""",
    """## B1. Two pictures of the same layer (10 min)

Layer 20 (4.2 mm up), drawn by **the same code** for both files.
Compare: the order of the walls, the angle of the infill, where each layer starts
(the **seam**), the empty moves.""",
)

notebooks.code(
    "b1-pictures",
    """if prusa is not None:
    display(mk.plot_toolpath(trajet_notre, layer=20, title="makerkit"))
    display(mk.plot_toolpath(prusa.toolpath, layer=20, title="PrusaSlicer"))""",
    """if prusa is not None:
    display(mk.plot_toolpath(path_ours, layer=20, title="makerkit"))
    display(mk.plot_toolpath(prusa.toolpath, layer=20, title="PrusaSlicer"))""",
)

notebooks.md(
    "b2-md",
    """## B2. Les chiffres côte à côte (10 min)

Chaque trancheur annonce son propre temps. makerkit peut aussi **simuler les deux fichiers avec
le même simulateur** : si les deux temps de PrusaSlicer (le sien et celui de makerkit) sont proches,
la différence entre les trancheurs vient vraiment des trajets.""",
    """## B2. The numbers side by side (10 min)

Each slicer announces its own time. makerkit can also **simulate both files with the same
simulator**: if PrusaSlicer's two times (its own and makerkit's) are close, the difference
between the slicers really comes from the paths.""",
)

notebooks.code(
    "b2-table",
    """if prusa is not None:
    imprimante = mk.get_printer(IMPRIMANTE)
    temps_notre = mk.estimate(trajet_notre, imprimante).time_s
    temps_prusa = mk.estimate(prusa.toolpath, imprimante).time_s
    print(f"{'':32s} {'makerkit':>10s} {'PrusaSlicer':>12s}")
    print(f"{'lignes de G-code':32s} {len(notre.gcode.splitlines()):10d} {len(prusa.gcode.splitlines()):12d}")
    print(f"{'mouvements':32s} {len(trajet_notre):10d} {len(prusa.toolpath):12d}")
    print(f"{'temps annoncé par le trancheur':32s} {notre.time_s / 60:9.1f}m {prusa.time_s / 60:11.1f}m")
    print(f"{'temps simulé par makerkit':32s} {temps_notre / 60:9.1f}m {temps_prusa / 60:11.1f}m")
    fil_n = trajet_notre.e[trajet_notre.is_extruding].sum()
    fil_p = prusa.toolpath.e[prusa.toolpath.is_extruding].sum()
    print(f"{'filament imprimé (mm)':32s} {fil_n:10.0f} {fil_p:12.0f}")
    print(f"{'retraits':32s} {(trajet_notre.e < 0).sum():10d} {(prusa.toolpath.e < 0).sum():12d}")""",
    """if prusa is not None:
    printer = mk.get_printer(PRINTER)
    time_ours = mk.estimate(path_ours, printer).time_s
    time_prusa = mk.estimate(prusa.toolpath, printer).time_s
    print(f"{'':30s} {'makerkit':>10s} {'PrusaSlicer':>12s}")
    print(f"{'G-code lines':30s} {len(ours.gcode.splitlines()):10d} {len(prusa.gcode.splitlines()):12d}")
    print(f"{'moves':30s} {len(path_ours):10d} {len(prusa.toolpath):12d}")
    print(f"{'time announced by the slicer':30s} {ours.time_s / 60:9.1f}m {prusa.time_s / 60:11.1f}m")
    print(f"{'time simulated by makerkit':30s} {time_ours / 60:9.1f}m {time_prusa / 60:11.1f}m")
    fil_o = path_ours.e[path_ours.is_extruding].sum()
    fil_p = prusa.toolpath.e[prusa.toolpath.is_extruding].sum()
    print(f"{'filament printed (mm)':30s} {fil_o:10.0f} {fil_p:12.0f}")
    print(f"{'retractions':30s} {(path_ours.e < 0).sum():10d} {(prusa.toolpath.e < 0).sum():12d}")""",
)

notebooks.md(
    "b3-md",
    """## B3. Le filament fonction par fonction, des deux côtés (10 min)

Votre fonction de la partie A sert maintenant de loupe sur les deux fichiers.""",
    """## B3. Filament feature by feature, on both sides (10 min)

Your function from part A now works as a magnifying glass on both files.""",
)

notebooks.code(
    "b3-compare",
    """if prusa is not None and "filament_par_fonction" in globals():
    a, b = filament_par_fonction(trajet_notre), filament_par_fonction(prusa.toolpath)
    print(f"{'fonction':12s} {'makerkit':>10s} {'PrusaSlicer':>12s}")
    for nom in FEATURES:
        if nom in a or nom in b:
            print(f"{nom:12s} {a.get(nom, 0):10.0f} {b.get(nom, 0):12.0f}")""",
    """if prusa is not None and "filament_per_feature" in globals():
    a, b = filament_per_feature(path_ours), filament_per_feature(prusa.toolpath)
    print(f"{'feature':12s} {'makerkit':>10s} {'PrusaSlicer':>12s}")
    for name in FEATURES:
        if name in a or name in b:
            print(f"{name:12s} {a.get(name, 0):10.0f} {b.get(name, 0):12.0f}")""",
)

notebooks.md(
    "b4-md",
    """## B4. Le début du fichier de PrusaSlicer (10 min)

Lisez le début du G-code de PrusaSlicer avec l'explicateur de makerkit. Retrouvez-vous les
mêmes étapes que dans le vôtre (chauffer, se repérer, purger la buse) ? Dans le même ordre ?""",
    """## B4. The start of PrusaSlicer's file (10 min)

Read the start of PrusaSlicer's G-code with makerkit's explainer. Do you find the same steps as
in yours (heat, find home, purge the nozzle)? In the same order?""",
)

notebooks.code(
    "b4-explain",
    """if prusa is not None:
    lignes_p = prusa.gcode.splitlines()
    debut_p = next(n for n, ligne in enumerate(lignes_p, 1) if ligne.strip() and not ligne.startswith(";"))
    display(mk.explain_gcode(prusa.gcode, start=debut_p, end=debut_p + 24))""",
    """if prusa is not None:
    lines_p = prusa.gcode.splitlines()
    first_p = next(n for n, line in enumerate(lines_p, 1) if line.strip() and not line.startswith(";"))
    display(mk.explain_gcode(prusa.gcode, start=first_p, end=first_p + 24))""",
)

notebooks.md(
    "conclusion",
    """# Conclusion de l'enquête (10 min)

Écrivez, seul ou en groupe, trois différences que vous avez trouvées et leur explication.
Quelques pistes :

* **Le temps** : chaque trancheur a son propre simulateur ; le même simulateur sur les deux
  fichiers sépare « des trajets différents » de « des calculs différents ».
* **Le filament** : PrusaSlicer repère les **ponts** (du plastique tendu au-dessus du vide) et
  les **petits trous** entre les parois (*gap fill*) ; makerkit reste plus simple.
* **Les retraits** : makerkit tire le fil en arrière avant presque chaque déplacement ;
  PrusaSlicer seulement quand le déplacement est long ou sort de la pièce. Moins de retraits,
  c'est un peu moins de temps… et parfois quelques fils fins (*stringing*).
* **L'ordre** : parois extérieures avant ou après les intérieures, position de la couture,
  angle du remplissage qui tourne d'une couche à l'autre.
* **Le début et la fin** : les deux utilisent le G-code de démarrage publié par Prusa pour
  la MK4, mais pas forcément à l'identique.

Aucun des deux n'a « tort » : ce sont deux façons de résoudre le même problème, avec des compromis
différents entre temps, solidité et aspect.""",
    """# Closing the case (10 min)

Write, alone or in a group, three differences you found and their explanation.
A few leads:

* **Time**: each slicer has its own simulator; the same simulator on both files separates
  "different paths" from "different sums".
* **Filament**: PrusaSlicer spots **bridges** (plastic stretched over thin air) and
  the **small gaps** between walls (*gap fill*); makerkit stays simpler.
* **Retractions**: makerkit pulls the filament back before nearly every move;
  PrusaSlicer only when the move is long or leaves the part. Fewer retractions save a little
  time… and sometimes leave a few thin hairs (*stringing*).
* **Order**: outer walls before or after the inner ones, where the seam is,
  the infill angle that turns from one layer to the next.
* **Start and end**: both use the start G-code Prusa publishes for the MK4,
  but not necessarily word for word.

Neither of them is "wrong": they are two ways of solving the same problem, with different
trade-offs between time, strength and looks.""",
)


def write_assets() -> None:
    """The guide's picture, and PrusaSlicer's G-code of the part for computers without it."""
    import gzip

    import makerkit as mk
    from makerkit.slicing.external import external_slice

    settings = dict(layer_height_mm=0.2, walls=2, infill_percent=15, infill_pattern="grid")
    part = mk.box(30, 30, 8, radius_mm=4) - mk.cylinder(12, 8)
    ours = mk.slice(part, "prusa-mk4", "pla", **settings)
    assets = HERE / "assets"
    assets.mkdir(exist_ok=True)
    for old in ("layer-20-makerkit.png", "layer-20-makerkit.txt"):
        (assets / old).unlink(missing_ok=True)
    with mk.i18n.language("en"):
        picture = mk.plot_toolpath(mk.read_gcode(ours.gcode), layer=20, title="makerkit")
        picture.save(assets / "layer-20-makerkit.png")
    prusa = external_slice(part, "prusaslicer", printer="prusa-mk4", material="pla", **settings)
    # mtime=0: the same G-code gives the same bytes, so git sees no change.
    packed = gzip.compress(prusa.gcode.encode("utf-8"), mtime=0)
    (assets / "prusaslicer-piece.gcode.gz").write_bytes(packed)


if __name__ == "__main__":
    for path in notebooks.write(HERE):
        print(f"wrote {path.name}")
    write_assets()
