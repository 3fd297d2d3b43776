"""Who may come in: a pseudonym and the session code for learners, a password for the facilitator.

JupyterHub's own :class:`~jupyterhub.authenticators.shared.SharedPasswordAuthenticator`
does the job (one shared password for users, another for the admins). makerkit only
adds what a room of children and seniors needs:

- the pseudonym is folded and checked by :func:`makerkit.hub.pseudonyms.pseudonym`;
- the session code may be typed with spaces (``"482 915"``) and is short enough to type:
  it only has to keep the room's neighbours out, on the library's own network;
- ``facilitator`` is the hub's admin, and only with the facilitator password (a learner
  typing ``facilitator`` with the session code is refused by JupyterHub itself).
"""

from __future__ import annotations

from jupyterhub.authenticators.shared import SharedPasswordAuthenticator

from makerkit.hub.pseudonyms import fold, pseudonym

__all__ = ["RoomAuthenticator"]


class RoomAuthenticator(SharedPasswordAuthenticator):
    """Learners: pseudonym + session code. The facilitator: ``facilitator`` + their password."""

    # The session code is read aloud in a room and typed by children: a few digits.
    # JupyterHub's defaults (8 and 32 characters) are meant for servers on the internet.
    _USER_PASSWORD_MIN_LENGTH = 4
    _ADMIN_PASSWORD_MIN_LENGTH = 8

    def normalize_username(self, username: str) -> str:
        folded = fold(username)
        return self.username_map.get(folded, folded)

    def validate_username(self, username: str) -> bool:
        if username in self.admin_users:
            return True
        return pseudonym(username) == username

    async def authenticate(self, handler, data):
        # A code read aloud as "482 915" is typed with or without its space.
        password = data.get("password", "")
        name = self.normalize_username(data.get("username", ""))
        if name not in self.admin_users:
            password = "".join(password.split())
        return await super().authenticate(handler, {**data, "password": password})
