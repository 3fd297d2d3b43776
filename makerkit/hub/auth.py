"""Who may come in: a pseudonym and the session code for learners, a password for the facilitator.

JupyterHub's own :class:`~jupyterhub.authenticators.shared.SharedPasswordAuthenticator`
does the job (one shared password for users, another for the admins). makerkit only
adds what a room of children and seniors needs:

- the pseudonym is folded and checked by :func:`makerkit.hub.pseudonyms.pseudonym`;
- the session code may be typed with spaces (``"482 915"``) and is short enough to type:
  it only has to keep the room's neighbours out, on the library's own network;
- ``facilitator`` is the hub's admin, and only with the facilitator password (a learner
  typing ``facilitator`` with the session code is refused by JupyterHub itself);
- failed logins slow down, per pseudonym and per device (:mod:`makerkit.hub.throttle`):
  six digits are a million codes, a guesser gets a few tries and then waits longer and
  longer; the login page says how long, in the session's language and voice.
"""

from __future__ import annotations

from jupyterhub.authenticators.shared import SharedPasswordAuthenticator
from tornado import web
from traitlets import Float, Integer, Unicode

from makerkit.hub.pseudonyms import fold, pseudonym
from makerkit.hub.throttle import LoginThrottle, client_address

__all__ = ["RoomAuthenticator"]


class RoomAuthenticator(SharedPasswordAuthenticator):
    """Learners: pseudonym + session code. The facilitator: ``facilitator`` + their password."""

    # The session code is read aloud in a room and typed by children: a few digits.
    # JupyterHub's defaults (8 and 32 characters) are meant for servers on the internet.
    _USER_PASSWORD_MIN_LENGTH = 4
    _ADMIN_PASSWORD_MIN_LENGTH = 8

    free_failures = Integer(5, config=True, help="failed logins before the first wait")
    first_wait_s = Float(10.0, config=True, help="the first wait; it doubles at each failure")
    max_wait_s = Float(300.0, config=True, help="the longest wait")
    lang = Unicode("en", config=True, help="the language of the login page's messages")
    address = Unicode("vous", config=True, help="« tu » or « vous » in French messages")

    def normalize_username(self, username: str) -> str:
        folded = fold(username)
        return self.username_map.get(folded, folded)

    def validate_username(self, username: str) -> bool:
        if username in self.admin_users:
            return True
        return pseudonym(username) == username

    @property
    def throttle(self) -> LoginThrottle:
        if getattr(self, "_throttle", None) is None:
            self._throttle = LoginThrottle(self.free_failures, self.first_wait_s, self.max_wait_s)
        return self._throttle

    async def authenticate(self, handler, data):
        name = self.normalize_username(data.get("username", ""))
        keys = (f"name:{name}", f"address:{self._address_of(handler)}")
        wait_s = self.throttle.wait_s(*keys)
        if wait_s > 0:
            # Refused before the code is even looked at: a guess made now tells nothing.
            self.log.warning("Login of %r refused for %.0f s: too many failures", name, wait_s)
            raise self._too_many(wait_s)
        # A code read aloud as "482 915" is typed with or without its space.
        password = data.get("password", "")
        if name not in self.admin_users:
            password = "".join(password.split())
        found = await super().authenticate(handler, {**data, "password": password})
        if found is None:
            self.throttle.failed(*keys)
        else:
            self.throttle.succeeded(*keys)
        return found

    def _address_of(self, handler) -> str:
        request = handler.request
        context = getattr(request.connection, "context", None)
        peer = getattr(context, "address", None)
        peer = peer[0] if isinstance(peer, tuple) and peer else request.remote_ip
        trusted = getattr(self.parent, "trusted_downstream_ips", ())
        return client_address(request.headers, str(peer), list(trusted))

    def _too_many(self, wait_s: float) -> web.HTTPError:
        from makerkit.i18n import Voice, t

        seconds = int(wait_s + 0.999)
        text = t("hub.login_throttled", lang=self.lang, voice=Voice(self.address), seconds=seconds)
        error = web.HTTPError(429, text)
        error.headers = {"Retry-After": str(seconds)}  # JupyterHub sends an error's headers
        return error
