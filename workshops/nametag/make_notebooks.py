"""Write nametag.fr.ipynb and nametag.en.ipynb from one description, so both languages
always have the same cells, grade ids and points. Run it after changing a text:

    python workshops/nametag/make_notebooks.py && makerkit workshop check nametag

The notebooks are nbgrader *source* versions: answers sit between BEGIN/END SOLUTION,
hidden tests between BEGIN/END HIDDEN TESTS. (Editing the .ipynb files directly in
JupyterLab works too; then do not run this script again.)
"""

from pathlib import Path

from makerkit.kits.cells import WorkshopNotebooks

HERE = Path(__file__).parent


# (kind, grade id, points, {"fr": source, "en": source}); kind "md" is a locked text cell.
CELLS = [
    ("md", "intro", 0, {
        "fr": """# Un porte-clés à ton nom

Aujourd'hui, tu vas fabriquer **un porte-clés avec ton prénom**, en 3D, avec quelques lignes de Python.
Ensuite, l'imprimante 3D pourra le fabriquer pour de vrai !

**Comment ça marche :**

1. Clique dans une cellule grise.
2. Appuie sur **Maj + Entrée** (la touche flèche vers le haut, puis Entrée) pour la lancer.
3. Les cellules avec un ✏️ sont pour toi : tu écris dedans.
4. La cellule juste après vérifie ton travail. Si un message apparaît, lis-le : c'est un indice !

Lance les cellules dans l'ordre, de haut en bas.""",
        "en": """# A keychain with your name

Today you will make **a keychain with your name on it**, in 3D, with a few lines of Python.
Then the 3D printer can make it for real!

**How it works:**

1. Click in a grey cell.
2. Press **Shift + Enter** (the up-arrow key, then Enter) to run it.
3. Cells with a ✏️ are for you: you write in them.
4. The cell just after checks your work. If a message appears, read it: it is a hint!

Run the cells in order, from top to bottom.""",
    }),
    ("md", "setup_text", 0, {
        "fr": "## On se prépare (2 min)\n\nLance cette cellule en premier. Elle prépare les outils et choisit le français.",
        "en": "## Get ready (2 min)\n\nRun this cell first. It gets the tools ready and chooses English.",
    }),
    ("locked", "setup", 0, {
        "fr": 'import makerkit as mk\nfrom makerkit import checks\n\nmk.set_language("fr")\nIMPRIMANTE = "prusa-mk4"  # l\'imprimante de la médiathèque\nmk.nametag  # prépare les outils 3D\nprint("Prêt !")',
        "en": 'import makerkit as mk\nfrom makerkit import checks\n\nmk.set_language("en")\nPRINTER = "prusa-mk4"  # the library\'s printer\nmk.nametag  # gets the 3D tools ready\nprint("Ready!")',
    }),
    ("md", "example_text", 0, {
        "fr": "Voici un porte-clés d'exemple. Lance les deux cellules : le dessin montre la plaque en 3D, avec son trou et le prénom en relief. Le tien arrive bientôt !",
        "en": "Here is an example keychain. Run both cells: the picture shows the plate in 3D, with its hole and the raised name. Yours is coming soon!",
    }),
    ("locked", "example", 0, {
        "fr": 'exemple = mk.nametag("Makerkit")  # fabrique un porte-clés d\'exemple',
        "en": 'example = mk.nametag("Makerkit")  # makes an example keychain',
    }),
    ("locked", "example_show", 0, {
        "fr": "exemple  # et le montre",
        "en": "example  # and shows it",
    }),
    ("md", "name_text", 0, {
        "fr": """## Étape 1 — Ton prénom (5 min)

Un ordinateur garde les choses dans des **variables** : une boîte avec une étiquette.
Ici, la boîte s'appelle `prenom` et on met dedans ton prénom, **entre guillemets** `"…"`.

✏️ Dans la cellule ci-dessous, écris ton prénom, comme ceci :

```python
prenom = "Camille"
```""",
        "en": """## Step 1 — Your name (5 min)

A computer keeps things in **variables**: a box with a label.
Here the box is called `name` and we put your name in it, **between quotes** `"…"`.

✏️ In the cell below, write your name, like this:

```python
name = "Camille"
```""",
    }),
    ("solution", "name", 0, {
        "fr": '### BEGIN SOLUTION\nprenom = "Camille"\n### END SOLUTION',
        "en": '### BEGIN SOLUTION\nname = "Camille"\n### END SOLUTION',
    }),
    ("test", "check_name", 1, {
        "fr": 'prenom = checks.defined("prenom")\nprenom = checks.has_text(prenom, "prenom")\n### BEGIN HIDDEN TESTS\nchecks.between(len(prenom), 1, 20, "le nombre de lettres")\n### END HIDDEN TESTS\nchecks.bravo()',
        "en": 'name = checks.defined("name")\nname = checks.has_text(name, "name")\n### BEGIN HIDDEN TESTS\nchecks.between(len(name), 1, 20, "the number of letters")\n### END HIDDEN TESTS\nchecks.bravo()',
    }),
    ("md", "tag_text", 0, {
        "fr": """## Étape 2 — Fabrique ton porte-clés (10 min)

`mk.nametag(...)` fabrique un porte-clés : une plaque aux coins arrondis, ton prénom en relief, et un trou pour l'anneau.
Entre les parenthèses, on lui donne le prénom : `mk.nametag(prenom)`.

✏️ Range le porte-clés dans une variable `porte_cle`. La dernière ligne, `porte_cle`, l'affiche.

```python
porte_cle = mk.nametag(prenom)
```""",
        "en": """## Step 2 — Make your keychain (10 min)

`mk.nametag(...)` makes a keychain: a plate with round corners, your name raised on top, and a hole for the ring.
Between the brackets we give it the name: `mk.nametag(name)`.

✏️ Keep the keychain in a variable called `tag`. The last line, `tag`, shows it.

```python
tag = mk.nametag(name)
```""",
    }),
    ("solution", "tag", 0, {
        "fr": "### BEGIN SOLUTION\nporte_cle = mk.nametag(prenom)\n### END SOLUTION\nporte_cle",
        "en": "### BEGIN SOLUTION\ntag = mk.nametag(name)\n### END SOLUTION\ntag",
    }),
    ("test", "check_tag", 2, {
        "fr": 'porte_cle = checks.defined("porte_cle")\nchecks.is_solid(porte_cle, "porte_cle")\nchecks.closed(porte_cle)\n### BEGIN HIDDEN TESTS\nchecks.has_hole(porte_cle)\n### END HIDDEN TESTS\nchecks.bravo()',
        "en": 'tag = checks.defined("tag")\nchecks.is_solid(tag, "tag")\nchecks.closed(tag)\n### BEGIN HIDDEN TESTS\nchecks.has_hole(tag)\n### END HIDDEN TESTS\nchecks.bravo()',
    }),
    ("md", "big_text", 0, {
        "fr": """## Étape 3 — Plus grand ou plus petit ? (10 min)

On peut choisir la hauteur des lettres, en millimètres, avec `letter_mm=` (« letter » veut dire « lettre » en anglais).
Sans rien dire, les lettres font 8 mm. Un millimètre, c'est l'épaisseur d'une carte bancaire.

✏️ Fabrique un porte-clés `grand` avec des lettres de 10 mm. Puis essaie d'autres nombres (6, 12…) et regarde ce qui change.
Attention : le porte-clés doit mesurer entre 30 et 150 mm de long, sinon il sera trop petit pour la main ou trop long à imprimer.

```python
grand = mk.nametag(prenom, letter_mm=10)
```""",
        "en": """## Step 3 — Bigger or smaller? (10 min)

You can choose how tall the letters are, in millimetres, with `letter_mm=`.
If you say nothing, letters are 8 mm tall. One millimetre is the thickness of a bank card.

✏️ Make a keychain `big` with 10 mm letters. Then try other numbers (6, 12…) and see what changes.
Careful: the keychain must be between 30 and 150 mm long, or it will be too small for a hand or too long to print.

```python
big = mk.nametag(name, letter_mm=10)
```""",
    }),
    ("solution", "big", 0, {
        "fr": "### BEGIN SOLUTION\ngrand = mk.nametag(prenom, letter_mm=10)\n### END SOLUTION\ngrand",
        "en": "### BEGIN SOLUTION\nbig = mk.nametag(name, letter_mm=10)\n### END SOLUTION\nbig",
    }),
    ("test", "check_big", 2, {
        "fr": 'grand = checks.defined("grand")\nchecks.is_solid(grand, "grand")\nchecks.size_between(grand, 30, 150)\n### BEGIN HIDDEN TESTS\nchecks.closed(grand)\nchecks.fits_bed(grand, IMPRIMANTE)\n### END HIDDEN TESTS\nchecks.bravo()',
        "en": 'big = checks.defined("big")\nchecks.is_solid(big, "big")\nchecks.size_between(big, 30, 150)\n### BEGIN HIDDEN TESTS\nchecks.closed(big)\nchecks.fits_bed(big, PRINTER)\n### END HIDDEN TESTS\nchecks.bravo()',
    }),
    ("md", "check_text", 0, {
        "fr": """## Étape 4 — Est-ce que ça va s'imprimer ? (10 min)

Avant d'imprimer, on vérifie : la forme est-elle bien fermée ? Tient-elle sur l'imprimante ? Les parties sont-elles assez épaisses ?
`mk.check(...)` fait toutes ces vérifications et répond avec des mots.

✏️ Range la réponse dans une variable `verdict` :

```python
verdict = mk.check(grand, printer=IMPRIMANTE)
```""",
        "en": """## Step 4 — Will it print? (10 min)

Before printing, we check: is the shape closed? Does it fit on the printer? Are its parts thick enough?
`mk.check(...)` does all these checks and answers in words.

✏️ Keep the answer in a variable called `verdict`:

```python
verdict = mk.check(big, printer=PRINTER)
```""",
    }),
    ("solution", "verdict", 0, {
        "fr": "### BEGIN SOLUTION\nverdict = mk.check(grand, printer=IMPRIMANTE)\n### END SOLUTION\nverdict",
        "en": "### BEGIN SOLUTION\nverdict = mk.check(big, printer=PRINTER)\n### END SOLUTION\nverdict",
    }),
    ("test", "check_verdict", 2, {
        "fr": 'verdict = checks.defined("verdict")\nchecks.printable(verdict)\n### BEGIN HIDDEN TESTS\nchecks.equal(verdict.printer, IMPRIMANTE, "l\'imprimante")\n### END HIDDEN TESTS\nchecks.bravo()',
        "en": 'verdict = checks.defined("verdict")\nchecks.printable(verdict)\n### BEGIN HIDDEN TESTS\nchecks.equal(verdict.printer, PRINTER, "the printer")\n### END HIDDEN TESTS\nchecks.bravo()',
    }),
    ("md", "save_text", 0, {
        "fr": """## Étape 5 — Enregistre ton fichier (5 min)

L'imprimante a besoin d'un **fichier**. Le format le plus connu s'appelle **STL**.
`grand.save("…")` enregistre le porte-clés ; on met ton prénom dans le nom du fichier.

✏️ Enregistre-le, et garde le nom du fichier dans `fichier` :

```python
fichier = grand.save(prenom + ".stl")
```""",
        "en": """## Step 5 — Save your file (5 min)

The printer needs a **file**. The best-known kind is called **STL**.
`big.save("…")` saves the keychain; we put your name in the file's name.

✏️ Save it, and keep the file's name in `file`:

```python
file = big.save(name + ".stl")
```""",
    }),
    ("solution", "save", 0, {
        "fr": '### BEGIN SOLUTION\nfichier = grand.save(prenom + ".stl")\n### END SOLUTION\nprint("Enregistré :", fichier)',
        "en": '### BEGIN SOLUTION\nfile = big.save(name + ".stl")\n### END SOLUTION\nprint("Saved:", file)',
    }),
    ("test", "check_save", 1, {
        "fr": 'fichier = checks.defined("fichier")\nchecks.saved(fichier)\nchecks.bravo()',
        "en": 'file = checks.defined("file")\nchecks.saved(file)\nchecks.bravo()',
    }),
    ("md", "end", 0, {
        "fr": """## Bravo !

Tu as fabriqué un vrai modèle 3D. Montre ton porte-clés à la personne qui anime l'atelier : elle va l'envoyer à l'imprimante.
L'impression dure environ 20 minutes.

### Pour aller plus loin

- Écris le prénom d'un ami ou d'une amie.
- Ajoute le prénom en **braille**, l'écriture en points que l'on lit avec les doigts : `mk.nametag(prenom, braille=True)`.
- Change l'épaisseur de la plaque avec `plate_mm=3`.

Essaie dans la cellule ci-dessous (elle n'est pas notée).""",
        "en": """## Well done!

You made a real 3D model. Show your keychain to the person running the workshop: they will send it to the printer.
Printing takes about 20 minutes.

### Going further

- Write a friend's name.
- Add the name in **braille**, the writing made of dots that people read with their fingers: `mk.nametag(name, braille=True)`.
- Change how thick the plate is with `plate_mm=3`.

Try it in the cell below (it is not graded).""",
    }),
    ("plain", "try_here", 0, {
        "fr": "# ✏️ Essaie ici, par exemple :\n# mk.nametag(prenom, braille=True)",
        "en": "# ✏️ Try here, for example:\n# mk.nametag(name, braille=True)",
    }),
]


def notebooks() -> WorkshopNotebooks:
    """Both notebooks' cells, in order."""
    nbs = WorkshopNotebooks("nametag")
    for kind, gid, points, text in CELLS:
        if kind == "md":
            nbs.md(gid, text["fr"], text["en"])
        elif kind == "plain":
            nbs.code(gid, text["fr"], text["en"], locked=False)
        elif kind == "locked":
            nbs.code(gid, text["fr"], text["en"], locked=True)
        elif kind == "solution":
            nbs.answer(gid, text["fr"], text["en"])
        else:
            nbs.test(gid, points, text["fr"], text["en"])
    return nbs


if __name__ == "__main__":
    for path in notebooks().write(HERE):
        print("wrote", path)
