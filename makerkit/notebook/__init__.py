"""What makerkit adds to a learner's Jupyter notebook.

- :func:`say`: a sentence under the cell, in a box, in large print when it is on;
- :mod:`makerkit.notebook.tactile`: the tactile-tag workshop's braille boxes and buttons.

Nothing here is needed outside a notebook: outside IPython, :func:`say` prints.

>>> say("Ready.")
Ready.
"""

from __future__ import annotations

from makerkit.lazy import lazy_names

__all__ = ["say", "message_html"]

__getattr__, __dir__ = lazy_names(
    __name__,
    {"say": "makerkit.notebook.messages", "message_html": "makerkit.notebook.messages"},
    __all__,
)
