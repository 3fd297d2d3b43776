"""What a learner reads, and what must not be in it.

:func:`texts_of_notebook` gathers everything a run notebook shows (printed text, values,
HTML with its alt texts and captions, error explanations); :func:`problems` scans a text
for what a learner of a French (or English) workshop must not read: a raw traceback,
English words in French (French words in English), a dot decimal in French, a wrong
plural, the wrong register. Code is not prose: whatever stands between backticks, in
``<code>``, or looks like code or G-code, and the values the learner's code gives back
(``(90.0, 120.0)``) are left out of the scan.
"""

from __future__ import annotations

import ast
import html
import re

# Words that are English and not French (nor names of things in makerkit's code).
ENGLISH = {
    "the",
    "and",
    "with",
    "layer",
    "layers",
    "wall",
    "walls",
    "moves",
    "infill",
    "travel",
    "play",
    "object",
    "attribute",
    "has",
    "invalid",
    "literal",
    "defined",
    "error",
    "warning",
    "problem",
    "problems",
    "printer",
    "nozzle",
    "bed",
    "speed",
    "of",
    "is",
    "are",
    "not",
    "click",
    "run",
    "cell",
    "cells",
    "well",
    "done",
    "step",
    "steps",
    "your",
    "you",
    "this",
    "that",
    "from",
    "seen",
    "above",
    "filament's",
    "seconds",
    "passed",
    "failed",
    "yet",
    "island",
    "islands",
    "skin",
    "support",
    "estimate",
    "drawing",
    "shape",
    "solid",
    "faces",
    "closed",
    "open",
    "hole",
}
# Words that are French and not English.
FRENCH = {
    "le",
    "la",
    "les",
    "des",
    "une",
    "est",
    "pas",
    "avec",
    "couche",
    "couches",
    "mur",
    "murs",
    "ligne",
    "lignes",
    "buse",
    "plateau",
    "dessus",
    "vue",
    "trou",
    "étape",
    "cellule",
    "bravo",
    "erreur",
    "problème",
    "problèmes",
    "imprimante",
    "parois",
    "remplissage",
    "sur",
}
# Nouns whose plural after 0 or 1 is wrong in French, and after 1 in English.
FR_PLURALS = (
    "couches|murs|parois|lignes|problèmes|cases|éléments|trous|mouvements|étapes|points"
    "|fichiers|secondes|minutes|obstacles|contacts"
)
EN_PLURALS = "layers|walls|lines|problems|cells|items|holes|moves|steps|points|files|seconds"
TRACEBACK = re.compile(
    r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+|site-packages|\.py\", line"
    r"|\b[A-Z]\w*(?:Error|Exception): "  # Python's own message: "AttributeError: 'x' object …"
)
CODE = re.compile(r"`[^`]*`|<code>.*?</code>|<pre>.*?</pre>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
ALT = re.compile(r"""\b(?:alt|aria-label)\s*=\s*("([^"]*)"|'([^']*)')""")


def texts_of_notebook(nb) -> list[str]:
    """Every text the cells of an executed notebook show."""
    out = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "stream":
                out.append(output.get("text", ""))
            elif kind == "error":
                out.append("\n".join(output.get("traceback", [])))
            else:
                data = output.get("data", {})
                if "text/html" in data:
                    out.append(texts_of_html("".join(data["text/html"])))
                elif "text/plain" in data and not _python_value("".join(data["text/plain"])):
                    out.append("".join(data["text/plain"]))
                if "text/markdown" in data:
                    out.append("".join(data["text/markdown"]))
    return out


def _python_value(text: str) -> bool:
    """A value as Python writes it (``(90.00000000000001, 120.0)``, ``['skin', …]``): the
    learner's own numbers in Python's notation, code rather than prose."""
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    return True


def texts_of_html(page: str) -> str:
    """The words of an HTML page a learner reads or hears: its text and its alt texts."""
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.DOTALL | re.IGNORECASE)
    alts = [m[2] or m[3] or "" for m in ALT.finditer(page)]
    page = re.sub(r"data:[^\"')]+", "", page)
    text = TAG.sub(" ", CODE.sub(" ", page))
    return html.unescape(" ".join([text, *alts]))


def _lines(text: str) -> str:
    """``text`` without code: backticks, the learner's quoted line, code and G-code lines."""
    text = CODE.sub(" ", text).replace("BY-SA 4.0", "BY-SA")  # the licence's name
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if re.match(r"^(⚠ )?(Ligne|Line) \d+ ?:", stripped):
            continue  # the learner's own line of code, quoted
        if re.match(r"^([GMT]\d+\b|;|#|>>>|\w+ = |def |import |from )", stripped):
            continue
        lines.append(line)
    text = "\n".join(lines)
    text = re.sub(r"\b[XYZEFSIJPR]-?\d[\d.,]*", " ", text)  # G-code words: X10.5
    return re.sub(
        r"\b[\w.]*[_=(\[][\w.()=\[\]'\",]*", " ", text
    )  # names: prox_ground_delta, mk.x()


def _prose(text: str) -> str:
    """Only the words: also without names (« step », 'infill'), slugs and dotted names."""
    text = re.sub(r"«\s*[\w.()\[\]-]+\s*»|'[\w.-]+'|\"[\w.-]+\"", " ", text)
    text = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", " ", text)  # slugs: first-robot-steps
    return re.sub(r"\b[A-Za-z_]\w*\.[A-Za-z_][\w.]*", " ", text)  # mk.nametag


def problems(text: str, lang: str, address: str | None = None) -> list[str]:
    """What must not be in a ``lang`` text a learner reads (``address``: tu or vous)."""
    found = []
    if TRACEBACK.search(text):
        found.append(f"a traceback: {TRACEBACK.search(text)[0]!r}")
    lines = _lines(text)
    prose = _prose(lines)
    words = re.findall(r"[A-Za-zÀ-ÿ'’]+", prose)
    if lang == "fr":
        english = sorted({w for w in words if w.lower() in ENGLISH})
        if english:
            found.append(f"English words: {english}")
        decimals = re.findall(r"(?<![\w.,])\d+\.\d+(?![\w.])", lines)
        if decimals:
            found.append(f"dot decimals: {decimals}")
        plurals = re.findall(rf"(?<![\d,.])\b[01] (?:{FR_PLURALS})\b", lines)
        if plurals:
            found.append(f"plurals: {plurals}")
        vous, tu = r"\b(vous|votre|vos)\b", r"\b(tu|ton|ta|tes|toi)\b"
        if address == "tu" and re.search(vous, prose, re.IGNORECASE):
            found.append(f"« vous » in a « tu » workshop: {_around(prose, vous)}")
        if address == "vous" and re.search(tu, prose):
            found.append(f"« tu » in a « vous » workshop: {_around(prose, tu)}")
    else:
        french = sorted({w for w in words if w.lower() in FRENCH})
        if french or "«" in prose:
            found.append(f"French words: {french}")
        plurals = re.findall(rf"(?<![\d,.])\b1 (?:{EN_PLURALS})\b", lines)
        if plurals:
            found.append(f"plurals: {plurals}")
    return found


def _around(text: str, pattern: str) -> str:
    hit = re.search(pattern, text, re.IGNORECASE)
    return text[max(0, hit.start() - 40) : hit.end() + 40].replace("\n", " ") if hit else ""
