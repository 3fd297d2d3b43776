"""The errors makerkit raises on a learner's mistake.

Every error carries a catalogue key and values; its text is looked up in the current
language when it is shown, so the same error reads in French or English. The text says
what is wrong and what to do.

>>> from makerkit.i18n import language
>>> err = ModelError("core.file_missing", path="tag.stl")
>>> with language("en"):
...     str(err)
"The file 'tag.stl' does not exist. Check its name and the folder it is in."
>>> with language("fr"):
...     str(err)
"Le fichier « tag.stl » n'existe pas. Vérifiez son nom et le dossier où il se trouve."
"""

from __future__ import annotations

__all__ = [
    "MakerkitError",
    "InputFileError",
    "ModelError",
    "PrinterError",
    "SliceError",
    "GcodeError",
    "RobotError",
    "WorkshopError",
    "KitError",
    "PrintingError",
    "CheckFailed",
]


class MakerkitError(Exception):
    """A mistake in what was asked, explained in plain words (French or English)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def message(self, lang: str | None = None) -> str:
        """The explanation in ``lang`` (default: the current language)."""
        from makerkit.i18n import t

        return t(self.key, lang=lang, **self.values)

    def __str__(self) -> str:
        return self.message()

    def _repr_html_(self) -> str:
        from html import escape

        return (
            f'<div role="alert" class="makerkit-error"><strong>⚠</strong> {escape(str(self))}</div>'
        )


class InputFileError(MakerkitError):
    """A file that is missing, a folder, unreadable or not of the expected kind."""


class ModelError(MakerkitError):
    """A shape that cannot be made or a model that cannot be read."""


class PrinterError(MakerkitError):
    """An unknown printer or material, or a setting the printer cannot do."""


class SliceError(MakerkitError):
    """A model or settings that cannot be sliced."""


class GcodeError(MakerkitError):
    """G-code that cannot be read or written."""


class RobotError(MakerkitError):
    """A robot program, arena or challenge problem. With a ``program`` value (the file it
    is in), the text says so first: a learner who wrote ``mur.py`` in a cell above reads
    "In mur.py, line 7: …" under the cell that ran it."""

    def message(self, lang: str | None = None) -> str:
        text = super().message(lang)
        if not self.values.get("program"):
            return text
        from makerkit.i18n import t

        key = "robot.in_program"
        if text.startswith(("Line ", "Ligne ")):  # "In mur.py, line 7: …"
            key, text = "robot.in_program_line", text[0].lower() + text[1:]
        return t(key, lang=lang, program=self.values["program"], error=text)


class WorkshopError(MakerkitError):
    """A workshop that is incomplete or inconsistent."""


class KitError(MakerkitError):
    """A kit that cannot be built or a class that cannot be graded."""


class PrintingError(MakerkitError):
    """A library printer that cannot be reached or a print job that cannot go ahead."""


class CheckFailed(MakerkitError, AssertionError):
    """A workshop check that did not pass; the text is a hint, not a verdict.

    It is also an ``AssertionError`` so that nbgrader counts it as a failed test.
    """
