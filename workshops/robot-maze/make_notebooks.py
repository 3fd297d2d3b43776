"""Write robot-maze.fr.ipynb and robot-maze.en.ipynb from the cells below.

Run: python workshops/robot-maze/make_notebooks.py
Both languages get the same cells, ids, points and grading; only the words change.
"""

from pathlib import Path

from makerkit.kits.cells import WorkshopNotebooks

SLUG = "robot-maze"
HERE = Path(__file__).parent

notebooks = WorkshopNotebooks(SLUG, locked_code=True)


notebooks.md(
    "intro",
    """# Le robot dans le labyrinthe

*À partir de 16 ans · environ 90 minutes*

Vous allez programmer un **Thymio II**, le petit robot blanc des médiathèques et des écoles,
d'abord dans un simulateur, puis — si vous le souhaitez — sur le vrai robot.
Le simulateur reproduit ses capteurs et ses moteurs, avec **les mêmes noms de variables**
que sur le robot : le programme que vous écrivez ici tourne **sans changement** sur un vrai Thymio.

Au programme :

1. ce que voient les capteurs du Thymio ;
2. la programmation par **événements** (`@onevent`) ;
3. le parcours d'obstacles : rouler 60 secondes sans rien toucher ;
4. le labyrinthe : en sortir en suivant un mur.

**Mode d'emploi :** cliquez dans une cellule grise puis appuyez sur **Maj + Entrée**.
Les cellules marquées ✏️ sont à compléter ; la cellule suivante vérifie votre travail et donne un indice si besoin.""",
    """# The robot in the maze

*Ages 16 and up · about 90 minutes*

You will program a **Thymio II**, the small white robot found in libraries and schools,
first in a simulator, then — if you like — on the real robot.
The simulator reproduces its sensors and motors, with **the same variable names**
as on the robot: the program you write here runs **unchanged** on a real Thymio.

The plan:

1. what the Thymio's sensors see;
2. **event-driven** programming (`@onevent`);
3. the obstacle course: drive for 60 seconds without touching anything;
4. the maze: get out by following a wall.

**How it works:** click in a grey cell, then press **Shift + Enter**.
Cells marked ✏️ are for you to complete; the next cell checks your work and gives a hint when needed.""",
)

notebooks.code(
    "setup",
    """import makerkit as mk
from makerkit import checks

mk.set_language("fr")""",
    """import makerkit as mk
from makerkit import checks

mk.set_language("en")""",
)

notebooks.md(
    "sensors_intro",
    """## Étape 1 — Ce que voit le Thymio (15 min)

Le Thymio a **7 capteurs de proximité** horizontaux et **2 capteurs de sol**.
Ils envoient de la lumière infrarouge et mesurent ce qui revient.

| variable | ce qu'elle contient | valeurs |
|---|---|---|
| `prox_horizontal[0]` … `[4]` | les 5 capteurs de l'avant, de gauche à droite | 0 = rien à moins de 14 cm ; environ 1900 à 10 cm ; environ 4500 au contact |
| `prox_horizontal[5]`, `[6]` | les 2 capteurs de l'arrière, gauche et droite | pareil |
| `prox_ground_delta[0]`, `[1]` | les capteurs de sol, gauche et droite | environ 880 sur du blanc, environ 110 sur du ruban noir |
| `motor_left_target`, `motor_right_target` | la vitesse demandée à chaque roue | de −500 à 500 ; 500 ≈ 20 cm/s |
| `leds_top` | la couleur du dessus du robot | `[rouge, vert, bleu]`, chaque valeur de 0 à 32 |

Plus un obstacle est **proche**, plus la valeur est **grande**.
La cellule suivante pose le robot face à un mur et montre ce que lisent ses capteurs.""",
    """## Step 1 — What the Thymio sees (15 min)

The Thymio has **7 horizontal proximity sensors** and **2 ground sensors**.
They send out infrared light and measure what comes back.

| variable | what it holds | values |
|---|---|---|
| `prox_horizontal[0]` … `[4]` | the 5 front sensors, from left to right | 0 = nothing within 14 cm; about 1900 at 10 cm; about 4500 when touching |
| `prox_horizontal[5]`, `[6]` | the 2 back sensors, left and right | same |
| `prox_ground_delta[0]`, `[1]` | the ground sensors, left and right | about 880 on white, about 110 on black tape |
| `motor_left_target`, `motor_right_target` | the speed asked of each wheel | from −500 to 500; 500 ≈ 20 cm/s |
| `leds_top` | the colour of the robot's top | `[red, green, blue]`, each from 0 to 32 |

The **closer** an obstacle, the **larger** the value.
The next cell puts the robot in front of a wall and shows what its sensors read.""",
)

notebooks.code(
    "sensors_demo",
    """from makerkit.robot import Pose

robot = mk.Robot("wall", pose=Pose(96, 30, -25))  # 96 cm, 30 cm, tourné de 25° vers la droite
robot""",
    """from makerkit.robot import Pose

robot = mk.Robot("wall", pose=Pose(96, 30, -25))  # 96 cm, 30 cm, turned 25° to the right
robot""",
)

notebooks.code(
    "sensors_bars",
    """immobile = "motor_left_target = 0\\nmotor_right_target = 0\\n"  # un programme qui ne bouge pas
robot.run(immobile, seconds=0.5).sensor_bars()""",
    """still = "motor_left_target = 0\\nmotor_right_target = 0\\n"  # a program that does not move
robot.run(still, seconds=0.5).sensor_bars()""",
)

notebooks.md(
    "sensors_task",
    """Ce que lit un capteur face à un mur, selon la distance entre le capteur et le mur :

| distance | 0 cm | 2 cm | 4 cm | 6 cm | 8 cm | 9 cm | 10 cm | 12 cm | 14 cm ou plus |
|---|---|---|---|---|---|---|---|---|---|
| valeur | 4505 | 4270 | 3695 | 3017 | 2400 | 2135 | 1900 | 757 | 0 |

✏️ Lisez les barres ci-dessus :

1. `capteur` : le **numéro** du capteur qui voit le mur le plus fort ;
2. `distance_cm` : la distance approximative entre ce capteur et le mur, d'après le tableau.""",
    """What a sensor reads facing a wall, by the distance between the sensor and the wall:

| distance | 0 cm | 2 cm | 4 cm | 6 cm | 8 cm | 9 cm | 10 cm | 12 cm | 14 cm or more |
|---|---|---|---|---|---|---|---|---|---|
| value | 4505 | 4270 | 3695 | 3017 | 2400 | 2135 | 1900 | 757 | 0 |

✏️ Read the bars above:

1. `sensor`: the **number** of the sensor that sees the wall the most;
2. `distance_cm`: the approximate distance between that sensor and the wall, from the table.""",
)

notebooks.answer(
    "sensors_answer",
    """### BEGIN SOLUTION
capteur = 1
distance_cm = 6
### END SOLUTION""",
    """### BEGIN SOLUTION
sensor = 1
distance_cm = 6
### END SOLUTION""",
)

notebooks.test(
    "sensors_test",
    2,
    """capteur = checks.defined("capteur")
distance_cm = checks.defined("distance_cm")
checks.equal(capteur, 1, "capteur")
checks.close(distance_cm, 6, 1.5, "distance_cm")
### BEGIN HIDDEN TESTS
valeurs = robot.sensors()["prox_horizontal"]
checks.equal(capteur, valeurs.index(max(valeurs)), "capteur")
### END HIDDEN TESTS
checks.bravo()""",
    """sensor = checks.defined("sensor")
distance_cm = checks.defined("distance_cm")
checks.equal(sensor, 1, "sensor")
checks.close(distance_cm, 6, 1.5, "distance_cm")
### BEGIN HIDDEN TESTS
values = robot.sensors()["prox_horizontal"]
checks.equal(sensor, values.index(max(values)), "sensor")
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "events_intro",
    """## Étape 2 — Programmer par événements (15 min)

Un programme Thymio ne tourne pas en boucle : il **réagit à des événements**.
L'événement `prox` arrive **10 fois par seconde**, juste après la lecture des capteurs.
On écrit une fonction du même nom, marquée `@onevent` :

```python
@onevent
def prox():
    global motor_left_target, motor_right_target   # les variables du robot que l'on change
    ...
```

Trois règles pour que le programme tourne **sans changement** sur un vrai Thymio :

- chaque variable du robot que la fonction modifie est déclarée `global` ;
- seulement des **nombres entiers** (pas de `0.5`) : pour diviser, utilisez `//` ;
- pas de `max`, de `min` ni de `import` : des `if`, des comparaisons, `and`, `or`.

La cellule écrit le programme dans le fichier `mur.py` (c'est la ligne `%%writefile`) :
c'est ce fichier que l'on donnera au vrai robot.

**Le défi `stop-wall` :** un mur est à 72 cm devant le robot. Avancez à la vitesse 200,
puis arrêtez-vous **entre 1 et 6 cm** du mur, sans le toucher.

✏️ Complétez la fonction : au-dessus de quel `SEUIL` pour `prox_horizontal[2]` faut-il s'arrêter ? (Revoyez le tableau.)""",
    """## Step 2 — Event-driven programming (15 min)

A Thymio program does not run in a loop: it **reacts to events**.
The `prox` event comes **10 times a second**, just after the sensors are read.
You write a function with the same name, marked `@onevent`:

```python
@onevent
def prox():
    global motor_left_target, motor_right_target   # the robot's variables we change
    ...
```

Three rules so that the program runs **unchanged** on a real Thymio:

- every robot variable the function changes is declared `global`;
- **whole numbers** only (no `0.5`): to divide, use `//`;
- no `max`, `min` or `import`: `if`, comparisons, `and`, `or`.

The cell writes the program into the file `mur.py` (that is the `%%writefile` line):
that file is what you will give to the real robot.

**The `stop-wall` challenge:** a wall stands 72 cm in front of the robot. Drive at speed 200,
then stop **between 1 and 6 cm** from the wall, without touching it.

✏️ Complete the function: above which threshold for `prox_horizontal[2]` must the robot stop? (Look at the table again.)""",
)

notebooks.answer(
    "stop_answer",
    """%%writefile mur.py
# S'arrêter devant le mur : programme pour Thymio

@onevent
def prox():
    global motor_left_target, motor_right_target
    ### BEGIN SOLUTION
    if prox_horizontal[2] > 3500:
        motor_left_target = 0
        motor_right_target = 0
    else:
        motor_left_target = 200
        motor_right_target = 200
    ### END SOLUTION""",
    """%%writefile mur.py
# Stop in front of the wall: a Thymio program

@onevent
def prox():
    global motor_left_target, motor_right_target
    ### BEGIN SOLUTION
    if prox_horizontal[2] > 3500:
        motor_left_target = 0
        motor_right_target = 0
    else:
        motor_left_target = 200
        motor_right_target = 200
    ### END SOLUTION""",
)

notebooks.code(
    "stop_run",
    """resultat = mk.run_challenge("stop-wall", "mur.py")
resultat""",
    """result = mk.run_challenge("stop-wall", "mur.py")
result""",
)

notebooks.test(
    "stop_test",
    2,
    """checks.reached_end(mk.run_challenge("stop-wall", "mur.py"))
### BEGIN HIDDEN TESTS
from importlib.util import find_spec

if find_spec("tdmclient"):
    from makerkit.robot.real import transpile

    transpile(open("mur.py", encoding="utf-8").read())
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.md(
    "obstacles_intro",
    """## Étape 3 — Le parcours d'obstacles (25 min)

Un champ de 2 m × 1,5 m, fermé par des murs, avec 9 pots et boîtes.
Le robot doit rouler **60 secondes**, parcourir **au moins 250 cm** et ne **rien toucher**.

Une stratégie qui marche bien (celle des « véhicules de Braitenberg ») :

- additionnez les deux capteurs de gauche (`0` et `1`) et les deux de droite (`3` et `4`) ;
- si le capteur du milieu (`2`) dépasse 1500, ou un côté dépasse 2500 : **tournez sur place** à gauche (−150, 150) ;
- sinon, roulez à `VITESSE` en **vous écartant** du côté qui voit le plus : la roue du côté de l'obstacle
  accélère, l'autre ralentit, par exemple `VITESSE + gauche // 8 - droite // 8` pour la roue gauche.

✏️ Écrivez le corps de la fonction `prox`. Le test essaie ensuite votre programme dans **un autre champ** d'obstacles :
il doit marcher partout, pas seulement dans celui que vous voyez.""",
    """## Step 3 — The obstacle course (25 min)

A 2 m × 1.5 m field, closed by walls, with 9 pots and boxes.
The robot must drive for **60 seconds**, cover **at least 250 cm** and touch **nothing**.

A strategy that works well (that of "Braitenberg vehicles"):

- add up the two left sensors (`0` and `1`) and the two right ones (`3` and `4`);
- if the middle sensor (`2`) is above 1500, or one side is above 2500: **turn on the spot** to the left (−150, 150);
- otherwise, drive at `SPEED` while **moving away** from the side that sees more: the wheel on the obstacle's side
  speeds up, the other slows down, for example `SPEED + left // 8 - right // 8` for the left wheel.

✏️ Write the body of the `prox` function. The test then tries your program in **another field** of obstacles:
it must work everywhere, not only in the one you see.""",
)

notebooks.answer(
    "obstacles_answer",
    """%%writefile obstacles.py
# Rouler sans rien toucher : programme pour Thymio
VITESSE = 250

@onevent
def prox():
    global motor_left_target, motor_right_target
    ### BEGIN SOLUTION
    gauche = prox_horizontal[0] + prox_horizontal[1]
    droite = prox_horizontal[3] + prox_horizontal[4]
    if prox_horizontal[2] > 1500 or gauche > 2500 or droite > 2500:
        motor_left_target = -150
        motor_right_target = 150
    else:
        motor_left_target = VITESSE + gauche // 8 - droite // 8
        motor_right_target = VITESSE + droite // 8 - gauche // 8
    ### END SOLUTION""",
    """%%writefile obstacles.py
# Drive without touching anything: a Thymio program
SPEED = 250

@onevent
def prox():
    global motor_left_target, motor_right_target
    ### BEGIN SOLUTION
    left = prox_horizontal[0] + prox_horizontal[1]
    right = prox_horizontal[3] + prox_horizontal[4]
    if prox_horizontal[2] > 1500 or left > 2500 or right > 2500:
        motor_left_target = -150
        motor_right_target = 150
    else:
        motor_left_target = SPEED + left // 8 - right // 8
        motor_right_target = SPEED + right // 8 - left // 8
    ### END SOLUTION""",
)

notebooks.code(
    "obstacles_run",
    """parcours = mk.run_challenge("obstacles", "obstacles.py")
parcours""",
    """course = mk.run_challenge("obstacles", "obstacles.py")
course""",
)

notebooks.test(
    "obstacles_test",
    3,
    """checks.reached_end(mk.run_challenge("obstacles", "obstacles.py", seed=1))
### BEGIN HIDDEN TESTS
from importlib.util import find_spec

if find_spec("tdmclient"):
    from makerkit.robot.real import transpile

    transpile(open("obstacles.py", encoding="utf-8").read())
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.code("obstacles_film", "parcours.animation()", "course.animation()")

notebooks.md(
    "maze_intro",
    """## Étape 4 — Sortir du labyrinthe (30 min)

Un labyrinthe de 4 × 4 cases de 32 cm. L'entrée est en bas à gauche, la sortie sur le côté droit, en haut.
Il faut sortir en **3 minutes**, en touchant les murs **3 fois au plus**.

La **règle de la main droite** : gardez toujours un mur à votre droite, et vous finirez par sortir
(c'est vrai pour tout labyrinthe sans îlot, comme celui-ci).

Le capteur `4` (avant droit) ne voit le mur de droite qu'à moins de 9 cm environ : le robot longe donc le mur de près.
Au coin d'un mur, il le perd de vue **avant** d'avoir dépassé le coin : s'il tourne tout de suite, son corps accroche le coin.
D'où un compteur `perdu`, qui compte les appels (dixièmes de seconde) depuis que le mur est perdu de vue.

| situation | comment la reconnaître | moteurs (gauche, droite) |
|---|---|---|
| un mur devant | un des capteurs `1`, `2`, `3` au-dessus de 2000 | tourner sur place à gauche : (−150, 150), `perdu = 0` |
| trop près du mur de droite | capteur `4` au-dessus de 3000 | s'écarter : (100, 250), `perdu = 0` |
| à bonne distance | capteur `4` entre 1500 et 3000 | tout droit : (250, 250), `perdu = 0` |
| mur de droite perdu | capteur `4` sous 1500 | ajouter 1 à `perdu` ; tant que `perdu < 10` : tout droit (250, 250) ; ensuite tourner à droite : (250, 80) |

✏️ Traduisez ce tableau en code dans la fonction `prox`. Le test essaie votre programme dans **un autre labyrinthe**.""",
    """## Step 4 — Get out of the maze (30 min)

A maze of 4 × 4 cells, 32 cm each. The entrance is at the bottom left, the exit on the right side, at the top.
The robot must get out within **3 minutes**, touching the walls **3 times at most**.

The **right-hand rule**: always keep a wall on your right, and you will end up outside
(true for any maze without islands, like this one).

Sensor `4` (front right) only sees the right wall closer than about 9 cm: so the robot follows the wall closely.
At the end of a wall, it loses sight of it **before** it has passed the corner: if it turns at once, its body catches the corner.
Hence a counter `lost`, which counts the calls (tenths of a second) since the wall went out of sight.

| situation | how to recognise it | motors (left, right) |
|---|---|---|
| a wall ahead | one of sensors `1`, `2`, `3` above 2000 | turn left on the spot: (−150, 150), `lost = 0` |
| too close to the right wall | sensor `4` above 3000 | move away: (100, 250), `lost = 0` |
| at a good distance | sensor `4` between 1500 and 3000 | straight on: (250, 250), `lost = 0` |
| right wall lost | sensor `4` below 1500 | add 1 to `lost`; while `lost < 10`: straight on (250, 250); then turn right: (250, 80) |

✏️ Turn this table into code in the `prox` function. The test tries your program in **another maze**.""",
)

notebooks.answer(
    "maze_answer",
    """%%writefile labyrinthe.py
# Sortir du labyrinthe par la règle de la main droite : programme pour Thymio
perdu = 0  # dixièmes de seconde depuis que le mur de droite est perdu de vue

@onevent
def prox():
    global motor_left_target, motor_right_target, perdu
    ### BEGIN SOLUTION
    devant = prox_horizontal[1] > 2000 or prox_horizontal[2] > 2000 or prox_horizontal[3] > 2000
    droite = prox_horizontal[4]
    if devant:
        motor_left_target = -150
        motor_right_target = 150
        perdu = 0
    elif droite > 3000:
        motor_left_target = 100
        motor_right_target = 250
        perdu = 0
    elif droite > 1500:
        motor_left_target = 250
        motor_right_target = 250
        perdu = 0
    else:
        perdu = perdu + 1
        if perdu < 10:
            motor_left_target = 250
            motor_right_target = 250
        else:
            motor_left_target = 250
            motor_right_target = 80
    ### END SOLUTION""",
    """%%writefile maze.py
# Get out of the maze by the right-hand rule: a Thymio program
lost = 0  # tenths of a second since the right wall went out of sight

@onevent
def prox():
    global motor_left_target, motor_right_target, lost
    ### BEGIN SOLUTION
    ahead = prox_horizontal[1] > 2000 or prox_horizontal[2] > 2000 or prox_horizontal[3] > 2000
    right = prox_horizontal[4]
    if ahead:
        motor_left_target = -150
        motor_right_target = 150
        lost = 0
    elif right > 3000:
        motor_left_target = 100
        motor_right_target = 250
        lost = 0
    elif right > 1500:
        motor_left_target = 250
        motor_right_target = 250
        lost = 0
    else:
        lost = lost + 1
        if lost < 10:
            motor_left_target = 250
            motor_right_target = 250
        else:
            motor_left_target = 250
            motor_right_target = 80
    ### END SOLUTION""",
)

notebooks.code(
    "maze_run",
    """sortie = mk.run_challenge("maze", "labyrinthe.py")
sortie""",
    """way_out = mk.run_challenge("maze", "maze.py")
way_out""",
)

notebooks.test(
    "maze_test",
    4,
    """checks.reached_end(mk.run_challenge("maze", "labyrinthe.py", seed=1))
### BEGIN HIDDEN TESTS
from importlib.util import find_spec

if find_spec("tdmclient"):
    from makerkit.robot.real import transpile

    transpile(open("labyrinthe.py", encoding="utf-8").read())
### END HIDDEN TESTS
checks.bravo()""",
    """checks.reached_end(mk.run_challenge("maze", "maze.py", seed=1))
### BEGIN HIDDEN TESTS
from importlib.util import find_spec

if find_spec("tdmclient"):
    from makerkit.robot.real import transpile

    transpile(open("maze.py", encoding="utf-8").read())
### END HIDDEN TESTS
checks.bravo()""",
)

notebooks.code("maze_film", "sortie.animation()", "way_out.animation()")

notebooks.md(
    "real_intro",
    """## Étape 5 — Sur le vrai Thymio (5 min)

Vos trois fichiers `mur.py`, `obstacles.py` et `labyrinthe.py` sont prêts pour un vrai Thymio.
Avant de l'envoyer, le programme est traduit dans le langage du robot, **Aseba**, par `tdmclient`
(le client Python officiel du Thymio). La cellule suivante montre cette traduction.

Pour le lancer sur le robot de la médiathèque, l'animateur ou l'animatrice branche le Thymio, ouvre Thymio Suite, puis :

```python
from makerkit.robot.real import run_on_thymio
run_on_thymio("labyrinthe.py")
```

Sur un vrai sol, les valeurs des capteurs varient un peu (lumière, couleur des murs) : ajustez les seuils si besoin.""",
    """## Step 5 — On the real Thymio (5 min)

Your three files `mur.py`, `obstacles.py` and `maze.py` are ready for a real Thymio.
Before it is sent, the program is translated into the robot's language, **Aseba**, by `tdmclient`
(the Thymio's official Python client). The next cell shows that translation.

To run it on the library's robot, the facilitator plugs in the Thymio, opens Thymio Suite, then:

```python
from makerkit.robot.real import run_on_thymio
run_on_thymio("maze.py")
```

On a real floor, sensor values vary a little (light, colour of the walls): adjust the thresholds if needed.""",
)

notebooks.code(
    "real_aseba",
    """from makerkit.robot.real import transpile

try:
    aseba, evenements = transpile(open("labyrinthe.py", encoding="utf-8").read())
    print(aseba)
except mk.MakerkitError as probleme:
    print(probleme)""",
    """from makerkit.robot.real import transpile

try:
    aseba, events = transpile(open("maze.py", encoding="utf-8").read())
    print(aseba)
except mk.MakerkitError as problem:
    print(problem)""",
)

notebooks.md(
    "end",
    """## Bravo !

Vous avez programmé un robot comme le font les roboticiens :

- lire des **capteurs** et traduire leurs valeurs en distances ;
- réagir à des **événements** plutôt que tourner en boucle ;
- une stratégie d'**évitement** qui marche dans n'importe quel champ d'obstacles ;
- la **règle de la main droite**, avec un compteur pour passer les coins ;
- un programme prêt pour le **vrai robot**.

**Pour aller plus loin :**

- Allez plus vite : jusqu'où pouvez-vous monter `VITESSE` sans rien toucher ?
- Essayez avec du bruit, comme sur un vrai robot : `mk.run_challenge("maze", "labyrinthe.py", noise=True, seed=3)`.
- Colorez le robot selon la situation avec `leds_top = [32, 0, 0]` (à déclarer `global`).
- La règle de la main gauche marche-t-elle aussi ? Dans quels labyrinthes la règle de la main droite échoue-t-elle ?""",
    """## Well done!

You programmed a robot the way roboticists do:

- read **sensors** and turn their values into distances;
- react to **events** instead of running in a loop;
- an **avoidance** strategy that works in any obstacle field;
- the **right-hand rule**, with a counter to get round corners;
- a program ready for the **real robot**.

**To go further:**

- Go faster: how high can you push `SPEED` without touching anything?
- Try with noise, as on a real robot: `mk.run_challenge("maze", "maze.py", noise=True, seed=3)`.
- Colour the robot according to the situation with `leds_top = [32, 0, 0]` (declare it `global`).
- Does the left-hand rule work too? In which mazes does the right-hand rule fail?""",
)


def make_assets() -> None:
    """The expected maze run for the guides, drawn by makerkit in each language."""
    import makerkit as mk
    from makerkit.i18n import language

    for old in (HERE / "assets").glob("expected-*"):
        old.unlink()  # drawn again below: no backup copies of generated pictures

    source = notebooks.cell("maze_answer").fr.split("\n", 1)[1]  # without %%writefile
    for lang in ("fr", "en"):
        with language(lang):
            result = mk.run_challenge("maze", source)
            result.picture().save(HERE / "assets" / f"expected-maze.{lang}.png")


if __name__ == "__main__":
    for path in notebooks.write(HERE):
        print(f"wrote {path.name}")
    make_assets()
