"""How the public models look: compact reprs, notebook HTML, terminal text, JSON-able dicts.

Nothing here knows HTTP: every function takes objects the client already returned.

* :func:`viewable` (a class decorator on every public model) gives a short ``__repr__`` (at
  most :data:`~neuronpedia_ext.views.text.MAX_REPR` characters: long lists become
  ``[768 items]``) and a ``_repr_html_`` that Jupyter shows.
* :mod:`neuronpedia_ext.views.html`: the HTML views (activation heatmaps over tokens, logits,
  explanations, density; search pages; default vs steered side by side; lists). Every text is
  escaped. ``show(x)`` wraps anything, including a plain list of results, for display.
* :mod:`neuronpedia_ext.views.terminal`: the same content for a terminal (used by the CLI), plain
  or with ``rich`` when it is installed.
* :mod:`neuronpedia_ext.views.data`: ``to_jsonable`` (the CLI's ``--json``).
"""

from __future__ import annotations

from .text import compact_repr, viewable

__all__ = ["compact_repr", "show", "viewable"]


def show(obj: object) -> object:
    """Wrap ``obj`` (a model, or a list of them) so that a notebook renders it as HTML."""
    from .html import show as _show

    return _show(obj)
