"""The room: a session hub on JupyterHub for 8 to 15 learners, their facilitator, and grading.

::

    makerkit hub start nametag --lang fr     JupyterHub + proxy; prints the address, code, QR code
    learner: pseudonym + session code        their own JupyterLab (own account as root on Linux),
                                             in French, on their notebook, autosaved
    facilitator: /services/facilitator/      who is there, how far, grade everyone, print queue
    makerkit hub grade | archive | forget    grade the room, keep its work, forget a learner

Modules by concern: :mod:`.session` (the session folder), :mod:`.pseudonyms` and
:mod:`.auth` (login), :mod:`.workspaces` and :mod:`.spawner` (each learner's server),
:mod:`.config` (JupyterHub's settings), :mod:`.proxy`, :mod:`.release` (the workshops'
kits), :mod:`.run` (the foreground hub), :mod:`.address` (LAN address, QR code),
:mod:`.progress`, :mod:`.grading`, :mod:`.privacy`, and the page in :mod:`.page`.

>>> from makerkit.hub import pseudonym
>>> pseudonym("Zoé")
'zoe'
"""

from __future__ import annotations

from makerkit.lazy import lazy_names

_LAZY = {
    "Session": "makerkit.hub.session",
    "HubError": "makerkit.hub.session",
    "pseudonym": "makerkit.hub.pseudonyms",
    "configure": "makerkit.hub.config",
    "start_hub": "makerkit.hub.run",
    "grade_room": "makerkit.hub.grading",
    "archive_session": "makerkit.hub.privacy",
    "forget_learner": "makerkit.hub.privacy",
    "lab_settings_dir": "makerkit.hub.workspaces",
}

__all__ = list(_LAZY)

__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)
