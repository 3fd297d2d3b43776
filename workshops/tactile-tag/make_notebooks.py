"""Write tactile-tag.fr.ipynb and tactile-tag.en.ipynb from the cells below.

Run: python workshops/tactile-tag/make_notebooks.py
Both languages share the same cells, ids, points and grading; only the words change.
"""

from __future__ import annotations

from pathlib import Path

from makerkit.kits.cells import WorkshopNotebooks

SLUG = "tactile-tag"
HERE = Path(__file__).parent

notebooks = WorkshopNotebooks(SLUG)


# ---------------------------------------------------------------- the workshop


SETUP_FR = '''import ipywidgets as widgets
from IPython.display import HTML, display

import makerkit as mk
from makerkit import checks
from makerkit.model.braille import braille_cells, braille_unicode

mk.set_language("fr")
mk.large_print(True)

IMPRIMANTE = "prusa-mini"
GRAND = {"font_size": "22px"}
BOUTON = {"font_size": "22px", "button_color": "#0072B2", "text_color": "white"}
HAUT = widgets.Layout(height="60px", width="auto", min_width="240px")


def en_gros(texte):
    """Un paragraphe en gros caractères (du HTML)."""
    try:
        texte = str(texte)
    except Exception:
        texte = "Ce mot ne convient pas. Essayez un autre mot, avec des lettres simples."
    return f'<p style="font-size:24px; line-height:1.5">{texte}</p>'


def dire(texte):
    """Un message en gros caractères."""
    display(HTML(en_gros(texte)))


def etiquette_tactile(mot, hauteur_lettres_mm=16, avec_braille=True):
    """L'étiquette : le mot en relief, le braille dessous, un trou de 5 mm pour l'attacher."""
    return mk.nametag(
        mot,
        braille=avec_braille,
        letter_mm=hauteur_lettres_mm,
        hole_mm=5,
        printer=IMPRIMANTE,
        lang="fr",
    )


def braille_en_html(mot):
    """Le mot en braille : en grand à l'écran, point par point, et en relief (du HTML)."""
    points = braille_unicode(mot, "fr")
    cellules = braille_cells(mot, "fr")
    lignes = [f"case {i} : points {'-'.join(c) if c else 'aucun'}" for i, c in enumerate(cellules, 1)]
    return (
        f'<p role="img" aria-label="Le mot {mot} en braille : {len(cellules)} cases." '
        f'style="font-size:80px; line-height:1.2; margin:0">{points}</p>'
        + en_gros("<br>".join(lignes))
        + mk.braille(mot, "fr").preview()._repr_html_()
    )


def montrer_braille(mot):
    """Le mot en braille, affiché sous la case."""
    display(HTML(braille_en_html(mot)))


def essayer_braille(depart):
    """Une case pour écrire un mot, un bouton pour le voir en braille."""
    case = widgets.Text(value=depart, description="Un mot :", style=GRAND, layout=HAUT)
    bouton = widgets.Button(description="Voir en braille", style=BOUTON, layout=HAUT)
    sortie = widgets.HTML()

    def voir(_=None):
        try:
            sortie.value = braille_en_html(case.value.strip())
        except mk.MakerkitError as erreur:
            sortie.value = en_gros(erreur)

    bouton.on_click(voir)
    display(widgets.VBox([case, bouton, sortie]))
    voir()


class Reglages:
    """Les boutons pour régler l'étiquette, et son aperçu."""

    def __init__(self, mot):
        self.hauteur_mm = 16
        self.mot = mot
        titre = widgets.HTML(f'<p style="font-size:26px">Votre mot : <b>{mot}</b></p>')
        self.taille = widgets.HTML()
        moins = widgets.Button(description="A− plus petit", style=BOUTON, layout=HAUT)
        plus = widgets.Button(description="A+ plus grand", style=BOUTON, layout=HAUT)
        self.braille = widgets.ToggleButton(value=True, description="Braille : oui", style=GRAND, layout=HAUT)
        voir = widgets.Button(description="Voir l'étiquette", style=BOUTON, layout=HAUT)
        self.sortie = widgets.HTML()
        moins.on_click(lambda _: self.changer(-2))
        plus.on_click(lambda _: self.changer(+2))
        self.braille.observe(self.basculer, names="value")
        voir.on_click(self.voir)
        display(widgets.VBox([
            titre,
            widgets.HBox([moins, plus]),
            self.taille,
            self.braille,
            voir,
            self.sortie,
        ]))
        self.changer(0)

    def changer(self, pas_mm):
        self.hauteur_mm = min(30, max(12, self.hauteur_mm + pas_mm))
        self.taille.value = f'<p style="font-size:24px">Hauteur des lettres : <b>{self.hauteur_mm} mm</b></p>'
        self.voir()

    def basculer(self, _=None):
        self.braille.description = "Braille : oui" if self.braille.value else "Braille : non"
        self.voir()

    def voir(self, _=None):
        try:
            tag = etiquette_tactile(self.mot.strip(), self.hauteur_mm, self.braille.value)
        except mk.MakerkitError as erreur:
            self.sortie.value = en_gros(erreur)
            return
        largeur, profondeur, _ = tag.size_mm
        taille = f"Taille de l'étiquette : {largeur:.0f} mm sur {profondeur:.0f} mm."
        self.sortie.value = tag.preview()._repr_html_() + en_gros(taille)


def braille_possible(mot):
    """Vrai si chaque signe du mot existe en braille."""
    try:
        braille_cells(mot, "fr")
    except Exception:
        return False
    return True


class CheckFailed(checks.CheckFailed):
    """Une étape pas encore finie : un conseil simple, sans message effrayant.

    Elle porte le nom des vérifications de makerkit : la correction montre donc ce conseil.
    """

    def __init__(self, conseil):
        super().__init__("checks.bravo")
        self.conseil = conseil

    def message(self, lang=None):
        return self.conseil


def verifier(condition, conseil):
    """Si la condition n'est pas remplie, on affiche le conseil."""
    if not condition:
        raise CheckFailed(conseil)


def bravo():
    dire("✔ C'est réussi. Bravo !")


# Textes du carnet plus grands et plus espacés, pour mieux lire.
display(HTML("<style>.jp-RenderedMarkdown { font-size: 130%; line-height: 1.6; }</style>"))
mk.box(10, 10, 10).preview()  # prépare le dessin des images pendant que vous lisez
dire("Prêt. Vous pouvez passer à l'étape 1.")'''

SETUP_EN = '''import ipywidgets as widgets
from IPython.display import HTML, display

import makerkit as mk
from makerkit import checks
from makerkit.model.braille import braille_cells, braille_unicode

mk.set_language("en")
mk.large_print(True)

PRINTER = "prusa-mini"
LARGE = {"font_size": "22px"}
BUTTON = {"font_size": "22px", "button_color": "#0072B2", "text_color": "white"}
TALL = widgets.Layout(height="60px", width="auto", min_width="240px")


def large(text):
    """A paragraph in large print (HTML)."""
    try:
        text = str(text)
    except Exception:
        text = "This word does not work. Try another word, with plain letters."
    return f'<p style="font-size:24px; line-height:1.5">{text}</p>'


def say(text):
    """A message in large print."""
    display(HTML(large(text)))


def tactile_tag(word, letter_height_mm=16, with_braille=True):
    """The tag: the raised word, braille below it, a 5 mm hole to tie it on."""
    return mk.nametag(
        word,
        braille=with_braille,
        letter_mm=letter_height_mm,
        hole_mm=5,
        printer=PRINTER,
        lang="en",
    )


def braille_as_html(word):
    """The word in braille: large on screen, dot by dot, and raised (HTML)."""
    dots = braille_unicode(word, "en")
    cells = braille_cells(word, "en")
    lines = [f"cell {i}: dots {'-'.join(c) if c else 'none'}" for i, c in enumerate(cells, 1)]
    return (
        f'<p role="img" aria-label="The word {word} in braille: {len(cells)} cells." '
        f'style="font-size:80px; line-height:1.2; margin:0">{dots}</p>'
        + large("<br>".join(lines))
        + mk.braille(word, "en").preview()._repr_html_()
    )


def show_braille(word):
    """The word in braille, shown under the box."""
    display(HTML(braille_as_html(word)))


def try_braille(start):
    """A box to type a word, a button to see it in braille."""
    box = widgets.Text(value=start, description="A word:", style=LARGE, layout=TALL)
    button = widgets.Button(description="Show in braille", style=BUTTON, layout=TALL)
    output = widgets.HTML()

    def show(_=None):
        try:
            output.value = braille_as_html(box.value.strip())
        except mk.MakerkitError as error:
            output.value = large(error)

    button.on_click(show)
    display(widgets.VBox([box, button, output]))
    show()


class Settings:
    """The buttons to set up the tag, and its preview."""

    def __init__(self, word):
        self.height_mm = 16
        self.word = word
        title = widgets.HTML(f'<p style="font-size:26px">Your word: <b>{word}</b></p>')
        self.size = widgets.HTML()
        smaller = widgets.Button(description="A− smaller", style=BUTTON, layout=TALL)
        bigger = widgets.Button(description="A+ bigger", style=BUTTON, layout=TALL)
        self.braille = widgets.ToggleButton(value=True, description="Braille: yes", style=LARGE, layout=TALL)
        show = widgets.Button(description="Show the tag", style=BUTTON, layout=TALL)
        self.output = widgets.HTML()
        smaller.on_click(lambda _: self.change(-2))
        bigger.on_click(lambda _: self.change(+2))
        self.braille.observe(self.switch, names="value")
        show.on_click(self.show)
        display(widgets.VBox([
            title,
            widgets.HBox([smaller, bigger]),
            self.size,
            self.braille,
            show,
            self.output,
        ]))
        self.change(0)

    def change(self, step_mm):
        self.height_mm = min(30, max(12, self.height_mm + step_mm))
        self.size.value = f'<p style="font-size:24px">Letter height: <b>{self.height_mm} mm</b></p>'
        self.show()

    def switch(self, _=None):
        self.braille.description = "Braille: yes" if self.braille.value else "Braille: no"
        self.show()

    def show(self, _=None):
        try:
            tag = tactile_tag(self.word.strip(), self.height_mm, self.braille.value)
        except mk.MakerkitError as error:
            self.output.value = large(error)
            return
        width, depth, _ = tag.size_mm
        size = f"Size of the tag: {width:.0f} mm by {depth:.0f} mm."
        self.output.value = tag.preview()._repr_html_() + large(size)


def braille_possible(word):
    """True if every sign of the word exists in braille."""
    try:
        braille_cells(word, "en")
    except Exception:
        return False
    return True


class CheckFailed(checks.CheckFailed):
    """A step not finished yet: a simple tip, no frightening message.

    It has the name of makerkit's checks, so the marking shows this tip.
    """

    def __init__(self, tip):
        super().__init__("checks.bravo")
        self.tip = tip

    def message(self, lang=None):
        return self.tip


def check(condition, tip):
    """If the condition is not met, show the tip."""
    if not condition:
        raise CheckFailed(tip)


def well_done():
    say("✔ It works. Well done!")


# Larger, more spaced-out notebook text, easier to read.
display(HTML("<style>.jp-RenderedMarkdown { font-size: 130%; line-height: 1.6; }</style>"))
mk.box(10, 10, 10).preview()  # gets the picture drawing ready while you read
say("Ready. You can go on to step 1.")'''

notebooks.md(
    "intro",
    """# Une étiquette à toucher

Aujourd'hui, vous fabriquez une étiquette.
L'imprimante 3D l'imprimera ensuite en plastique.

Sur l'étiquette, il y a un mot en grandes lettres.
Les lettres sont en relief.
On les sent avec le doigt.

Sous le mot, il y a le même mot en **braille**.
Le braille, ce sont de petits points en relief.
Les personnes aveugles les lisent du bout des doigts.

L'étiquette a un trou.
On peut l'attacher à un bocal, à une clé ou à une poignée de porte.

## Comment faire une étape ?

Chaque case grise est une étape.

1. Cliquez dans la case grise.
2. Appuyez en même temps sur la touche **Maj** (la flèche ⇧) et sur la touche **Entrée**.
3. Attendez un peu. Le résultat s'affiche sous la case.

Faites les étapes dans l'ordre, de haut en bas.
Vous ne pouvez rien casser.
Vous pouvez recommencer autant de fois que vous voulez.""",
    """# A tag you can touch

Today you make a tag.
The 3D printer will then print it in plastic.

On the tag there is a word in large letters.
The letters are raised.
You can feel them with your finger.

Under the word, there is the same word in **braille**.
Braille is small raised dots.
Blind people read them with their fingertips.

The tag has a hole.
You can tie it to a jar, a key or a door handle.

## How do I do a step?

Each grey box is a step.

1. Click in the grey box.
2. Press the **Shift** key (the arrow ⇧) and the **Enter** key at the same time.
3. Wait a moment. The result appears under the box.

Do the steps in order, from top to bottom.
You cannot break anything.
You can start again as many times as you like.""",
)

notebooks.md(
    "setup-md",
    """## Pour commencer (2 min)

Cette case prépare l'ordinateur.
Cliquez dedans, puis appuyez sur **Maj + Entrée**.
Attendez le message « Prêt ».""",
    """## Getting started (2 min)

This box gets the computer ready.
Click in it, then press **Shift + Enter**.
Wait for the message "Ready".""",
)

notebooks.code("setup", SETUP_FR, SETUP_EN, locked=True, hidden=True)

notebooks.md(
    "step1-md",
    """## Étape 1 — Votre mot (10 min)

Choisissez un mot court.
Par exemple : **Café**, **Sucre**, **Thé**, **Clés** ou **Cave**.

Dans la case suivante, écrivez votre mot entre les deux guillemets `" "`.
Exemple : `mot = "Café"`

Puis appuyez sur **Maj + Entrée**.""",
    """## Step 1 — Your word (10 min)

Choose a short word.
For example: **Tea**, **Sugar**, **Salt**, **Keys** or **Rice**.

In the next box, type your word between the two quotation marks `" "`.
Example: `word = "Tea"`

Then press **Shift + Enter**.""",
)

notebooks.answer(
    "step1-answer",
    """mot = ""  # ✏️ votre mot entre les deux guillemets
### BEGIN SOLUTION
mot = "Café"
### END SOLUTION""",
    """word = ""  # ✏️ your word between the two quotation marks
### BEGIN SOLUTION
word = "Tea"
### END SOLUTION""",
)

notebooks.md(
    "step1-check-md",
    """La case suivante vérifie votre mot.
Cliquez dedans, puis **Maj + Entrée**.""",
    """The next box checks your word.
Click in it, then **Shift + Enter**.""",
)

notebooks.test(
    "step1-test",
    1,
    """verifier("mot" in globals(), "Lancez d'abord la case où vous écrivez votre mot : cliquez dedans, puis Maj + Entrée.")
verifier(isinstance(mot, str), "Mettez votre mot entre deux guillemets, comme ceci : \\"Café\\".")
verifier(mot.strip() != "", "Il manque votre mot. Écrivez-le entre les deux guillemets, puis Maj + Entrée.")
verifier(len(mot.strip()) <= 12, "Votre mot est un peu long. Choisissez un mot de 12 lettres au plus.")
### BEGIN HIDDEN TESTS
verifier(any(lettre.isalpha() for lettre in mot), "Votre mot doit avoir au moins une lettre.")
verifier(braille_possible(mot.strip()), "Un signe de votre mot n'existe pas en braille. Choisissez un mot avec des lettres simples.")
### END HIDDEN TESTS
bravo()""",
    """check("word" in globals(), "First run the box where you type your word: click in it, then Shift + Enter.")
check(isinstance(word, str), "Put your word between two quotation marks, like this: \\"Tea\\".")
check(word.strip() != "", "Your word is missing. Type it between the two quotation marks, then Shift + Enter.")
check(len(word.strip()) <= 12, "Your word is a little long. Choose a word of 12 letters at most.")
### BEGIN HIDDEN TESTS
check(any(letter.isalpha() for letter in word), "Your word must have at least one letter.")
check(braille_possible(word.strip()), "A sign in your word does not exist in braille. Choose a word with plain letters.")
### END HIDDEN TESTS
well_done()""",
)

notebooks.md(
    "step2-md",
    """## Étape 2 — Découvrir le braille (15 min)

Une lettre en braille tient dans une petite case.
La case a la place de 6 points : 2 colonnes de 3 points.
Les points sont numérotés de 1 à 6.
Le 1, le 2 et le 3 sont à gauche, de haut en bas.
Le 4, le 5 et le 6 sont à droite, de haut en bas.

Chaque lettre a ses points en relief.
Le **a**, c'est le point 1 tout seul.
Le **c**, ce sont les points 1 et 4.

Lancez la case suivante.
Vous voyez votre mot en braille, en très grand.
Dessous, vous voyez les points en relief, comme sur l'étiquette.""",
    """## Step 2 — Discover braille (15 min)

A braille letter fits in a small cell.
The cell has room for 6 dots: 2 columns of 3 dots.
The dots are numbered from 1 to 6.
Dots 1, 2 and 3 are on the left, from top to bottom.
Dots 4, 5 and 6 are on the right, from top to bottom.

Each letter has its own raised dots.
The letter **a** is dot 1 on its own.
The letter **c** is dots 1 and 4.

Run the next box.
You see your word in braille, very large.
Below, you see the raised dots, as on the tag.""",
)

notebooks.code("step2-show", "montrer_braille(mot)", "show_braille(word)", locked=True)

notebooks.md(
    "step2-try-md",
    """### Essayez d'autres mots

Lancez la case suivante.
Une case blanche apparaît.
Écrivez un autre mot dedans : votre prénom, une ville…
Puis cliquez sur le bouton bleu **Voir en braille**.""",
    """### Try other words

Run the next box.
A white box appears.
Type another word in it: your first name, a town…
Then click the blue button **Show in braille**.""",
)

notebooks.code("step2-try", "essayer_braille(mot)", "try_braille(word)", locked=True)

notebooks.md(
    "step3-md",
    """## Étape 3 — Régler l'étiquette (15 min)

Lancez la case suivante.
Des boutons apparaissent.

* **A− plus petit** et **A+ plus grand** changent la hauteur des lettres.
* **Braille : oui** ajoute ou enlève le braille.
* **Voir l'étiquette** montre l'étiquette avec vos réglages.

Pour bien sentir une lettre du bout du doigt, il faut qu'elle soit grande.
Nous conseillons **16 mm** au moins.
C'est environ la largeur d'un ongle de pouce.""",
    """## Step 3 — Set up the tag (15 min)

Run the next box.
Some buttons appear.

* **A− smaller** and **A+ bigger** change the height of the letters.
* **Braille: yes** adds or removes the braille.
* **Show the tag** shows the tag with your settings.

To feel a letter well with a fingertip, it must be large.
We advise **16 mm** at least.
That is about the width of a thumbnail.""",
)

notebooks.code("step3-panel", "reglages = Reglages(mot)", "settings = Settings(word)", locked=True)

notebooks.md(
    "step3-choice-md",
    """### Notez votre choix

Quelle hauteur de lettres avez-vous choisie ?
Écrivez ce nombre après le signe `=`, à la place du 0.
Exemple : `hauteur_lettres_mm = 16`""",
    """### Write down your choice

Which letter height did you choose?
Type that number after the `=` sign, instead of the 0.
Example: `letter_height_mm = 16`""",
)

notebooks.answer(
    "step3-answer",
    """hauteur_lettres_mm = 0  # ✏️ votre nombre, à la place du 0
### BEGIN SOLUTION
hauteur_lettres_mm = 16
### END SOLUTION""",
    """letter_height_mm = 0  # ✏️ your number, instead of the 0
### BEGIN SOLUTION
letter_height_mm = 16
### END SOLUTION""",
)

notebooks.test(
    "step3-test",
    1,
    """verifier("hauteur_lettres_mm" in globals(), "Lancez d'abord la case où vous écrivez la hauteur des lettres.")
verifier(
    isinstance(hauteur_lettres_mm, (int, float)) and not isinstance(hauteur_lettres_mm, bool),
    "Écrivez un nombre, sans guillemets. Par exemple : 16.",
)
verifier(hauteur_lettres_mm >= 12, "Ces lettres sont un peu petites pour le doigt. Choisissez 12 mm ou plus.")
verifier(hauteur_lettres_mm <= 30, "Ces lettres sont très grandes. Choisissez 30 mm ou moins.")
bravo()""",
    """check("letter_height_mm" in globals(), "First run the box where you type the letter height.")
check(
    isinstance(letter_height_mm, (int, float)) and not isinstance(letter_height_mm, bool),
    "Type a number, without quotation marks. For example: 16.",
)
check(letter_height_mm >= 12, "These letters are a little small for a finger. Choose 12 mm or more.")
check(letter_height_mm <= 30, "These letters are very large. Choose 30 mm or less.")
well_done()""",
)

notebooks.md(
    "step4-md",
    """## Étape 4 — Fabriquer l'étiquette (10 min)

Lancez la case suivante.
L'ordinateur fabrique votre étiquette avec votre mot et vos lettres.
Il garde aussi votre choix pour le braille.
L'image montre l'étiquette vue de biais.
Une phrase la décrit dessous.""",
    """## Step 4 — Make the tag (10 min)

Run the next box.
The computer makes your tag with your word and your letters.
It also keeps your choice for the braille.
The picture shows the tag from an angle.
A sentence describes it below.""",
)

notebooks.code(
    "step4-make",
    """etiquette = etiquette_tactile(mot, hauteur_lettres_mm, reglages.braille.value)
etiquette""",
    """tag = tactile_tag(word, letter_height_mm, settings.braille.value)
tag""",
    locked=True,
)

notebooks.test(
    "step4-test",
    2,
    """verifier("etiquette" in globals(), "Lancez d'abord la case qui fabrique l'étiquette (étape 4).")
verifier(etiquette.is_closed, "L'étiquette n'est pas tout à fait finie. Relancez la case du dessus.")
largeur, profondeur, epaisseur = etiquette.size_mm
verifier(max(largeur, profondeur) <= 170, "L'étiquette est trop grande pour l'imprimante. Choisissez un mot plus court ou des lettres plus petites.")
verifier(epaisseur >= 3, "Les lettres ne sont pas en relief. Relancez les étapes 3 et 4.")
### BEGIN HIDDEN TESTS
verifier(max(etiquette.size_mm[:2]) <= 180, "L'étiquette est trop grande pour l'imprimante.")
verifier(len(etiquette.parts) == 1, "L'étiquette doit être d'un seul morceau.")
### END HIDDEN TESTS
bravo()""",
    """check("tag" in globals(), "First run the box that makes the tag (step 4).")
check(tag.is_closed, "The tag is not quite finished. Run the box above again.")
width, depth, thickness = tag.size_mm
check(max(width, depth) <= 170, "The tag is too big for the printer. Choose a shorter word or smaller letters.")
check(thickness >= 3, "The letters are not raised. Run steps 3 and 4 again.")
### BEGIN HIDDEN TESTS
check(max(tag.size_mm[:2]) <= 180, "The tag is too big for the printer.")
check(len(tag.parts) == 1, "The tag must be in one piece.")
### END HIDDEN TESTS
well_done()""",
)

notebooks.md(
    "step5-md",
    """## Étape 5 — Vérifier avant d'imprimer (5 min)

Avant d'imprimer, l'ordinateur vérifie l'étiquette.
Est-elle bien fermée ?
Tient-elle sur le plateau de l'imprimante ?
Les petits points sont-ils assez gros pour la buse ?

Lancez la case suivante.
Lisez le résultat.""",
    """## Step 5 — Check before printing (5 min)

Before printing, the computer checks the tag.
Is it properly closed?
Does it fit on the printer's bed?
Are the small dots big enough for the nozzle?

Run the next box.
Read the result.""",
)

notebooks.code(
    "step5-check",
    """rapport = mk.check(etiquette, printer=IMPRIMANTE)
rapport""",
    """report = mk.check(tag, printer=PRINTER)
report""",
    locked=True,
)

notebooks.test(
    "step5-test",
    1,
    """verifier("rapport" in globals(), "Lancez d'abord la case de vérification (étape 5).")
verifier(rapport.ok, "L'ordinateur a trouvé quelque chose à corriger. Lisez le message au-dessus. Demandez de l'aide si besoin.")
### BEGIN HIDDEN TESTS
verifier(etiquette.size_mm[2] < 10, "L'étiquette est trop épaisse.")
### END HIDDEN TESTS
bravo()""",
    """check("report" in globals(), "First run the checking box (step 5).")
check(report.ok, "The computer found something to fix. Read the message above. Ask for help if you need to.")
### BEGIN HIDDEN TESTS
check(tag.size_mm[2] < 10, "The tag is too thick.")
### END HIDDEN TESTS
well_done()""",
)

notebooks.md(
    "step6-md",
    """## Étape 6 — Enregistrer (5 min)

Lancez la case suivante.
Elle enregistre votre étiquette dans un fichier.
La personne qui anime l'atelier l'enverra à l'imprimante.
L'impression dure environ une demi-heure.""",
    """## Step 6 — Save (5 min)

Run the next box.
It saves your tag in a file.
The workshop leader will send it to the printer.
Printing takes about half an hour.""",
)

notebooks.code(
    "step6-save",
    """fichier = etiquette.save("mon-etiquette.stl")
dire(f"Votre étiquette est enregistrée dans le fichier « {fichier.name} ».")""",
    """file = tag.save("my-tag.stl")
say(f"Your tag is saved in the file “{file.name}”.")""",
    locked=True,
)

notebooks.md(
    "end",
    """## Bravo !

Votre étiquette est prête.

Pendant l'impression, vous pouvez :

* toucher une étiquette déjà imprimée, les yeux fermés ;
* essayer de lire une lettre en braille avec le doigt ;
* faire une deuxième étiquette pour quelqu'un de votre entourage.""",
    """## Well done!

Your tag is ready.

While it prints, you can:

* touch a tag that is already printed, with your eyes closed;
* try to read a braille letter with your finger;
* make a second tag for someone close to you.""",
)


def write_picture() -> None:
    """The guide's picture of the expected result, made by makerkit from the solution."""
    import makerkit as mk

    tag = mk.nametag("Café", braille=True, letter_mm=16, hole_mm=5, printer="prusa-mini", lang="fr")
    (HERE / "assets").mkdir(exist_ok=True)
    for old in ("tactile-tag.png", "tactile-tag.txt"):
        (HERE / "assets" / old).unlink(missing_ok=True)
    with mk.i18n.language("en"):
        tag.preview().save(HERE / "assets" / "tactile-tag.png")


if __name__ == "__main__":
    for path in notebooks.write(HERE):
        print(f"wrote {path.name}")
    write_picture()
