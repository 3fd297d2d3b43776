"""The facilitator's page, a JupyterHub service: ``python -m makerkit.hub.page SESSION_DIR``.

JupyterHub starts it (see :mod:`makerkit.hub.config`) with its URL, prefix and token in
the environment; :mod:`makerkit.hub.page.app` has its routes, :mod:`.render` its HTML,
:mod:`.prints` the place where the print queue plugs in.
"""

__all__: list[str] = []
