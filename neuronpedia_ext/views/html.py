"""Notebook HTML for the public models (``_repr_html_``), with no HTTP.

* :func:`render` picks the view of an object by its type; ``Feature._repr_html_`` and the other
  models' call it. :func:`show` wraps anything (a plain list of activations or search results
  too) in an object a notebook displays as HTML.
* Activations are drawn as Neuronpedia draws them: each token on a background whose opacity is
  the token's value over the largest value shown (:data:`HEAT_RGB` at full opacity; values at or
  below zero get none). Hovering a token shows its value.
* Every text that comes from data (tokens, explanations, names, generated text) goes through
  :func:`html.escape`: a token ``<script>`` is drawn as the text ``<script>``.

The markup is self-contained (inline styles under one ``npx`` class, no scripts, no external
resources), so it renders the same in Jupyter, VS Code, a saved notebook or a browser.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "HEAT_RGB",
    "NEGATIVE_RGB",
    "activation_html",
    "heat_alpha",
    "page",
    "render",
    "show",
    "tokens_html",
]

#: The colour of a token at the largest activation shown (Neuronpedia's green).
HEAT_RGB = (52, 211, 153)
#: The colour of negative logits.
NEGATIVE_RGB = (248, 113, 113)
#: At most this many stored activations are drawn for a feature.
MAX_ACTIVATIONS = 10
#: At most this many tokens either side of an activation's maximum are drawn.
TOKEN_WINDOW = 32
#: At most this many rows of a table (lists, search results) are drawn.
MAX_ROWS = 50

_STYLE = (
    "<style>"
    ".npx{font-family:system-ui,-apple-system,sans-serif;font-size:13px;color:#111;line-height:1.5}"
    ".npx h3{font-size:15px;margin:4px 0}.npx h4{font-size:13px;margin:8px 0 2px 0;color:#444}"
    ".npx .npx-tok{white-space:pre;border-radius:2px;padding:0 1px}"
    ".npx .npx-acts{font-family:ui-monospace,monospace;font-size:12px}"
    ".npx .npx-row{margin:2px 0;padding:2px 0;border-bottom:1px solid #eee}"
    ".npx table{border-collapse:collapse}.npx td,.npx th{padding:1px 8px;text-align:left;vertical-align:top}"
    ".npx th{color:#555;font-weight:600;border-bottom:1px solid #ddd}"
    ".npx .npx-cols{display:flex;gap:16px}.npx .npx-col{flex:1;min-width:0}"
    ".npx .npx-pre{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px;"
    "background:#f7f7f7;padding:6px;border-radius:4px}"
    ".npx .npx-muted{color:#777}"
    "</style>"
)


def _e(value: Any) -> str:
    """Escape any value for HTML text or an attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: float | None, digits: int = 3) -> str:
    return "" if value is None else f"{value:.{digits}g}"


def page(body: str) -> str:
    """Wrap a view's body in the ``npx`` container with its stylesheet."""
    return f'<div class="npx">{_STYLE}{body}</div>'


def heat_alpha(value: float, max_value: float) -> float:
    """The background opacity of a token: ``value / max_value`` in [0, 1] (0 when either is <= 0)."""
    if max_value <= 0 or value <= 0:
        return 0.0
    return min(1.0, value / max_value)


def _token_text(token: str) -> str:
    return token.replace("\n", "↵").replace("\t", "⇥")


def tokens_html(tokens: Sequence[str], values: Sequence[float], max_value: float | None = None) -> str:
    """Tokens on backgrounds by activation (the heatmap); ``max_value`` defaults to the largest value."""
    top = max_value if max_value is not None else max((v for v in values), default=0.0)
    r, g, b = HEAT_RGB
    spans = []
    for i, token in enumerate(tokens):
        value = values[i] if i < len(values) else 0.0
        alpha = heat_alpha(value, top)
        style = f' style="background-color:rgba({r},{g},{b},{alpha:.3f})"' if alpha > 0 else ""
        spans.append(f'<span class="npx-tok"{style} title="{_e(_num(value, 4))}">{_e(_token_text(token))}</span>')
    return "".join(spans)


def _window(tokens: Sequence[str], values: Sequence[float], center: int | None) -> tuple[int, int]:
    if len(tokens) <= 2 * TOKEN_WINDOW + 1:
        return 0, len(tokens)
    if center is None:
        center = max(range(len(values)), key=lambda i: values[i]) if values else 0
    start = max(0, center - TOKEN_WINDOW)
    return start, min(len(tokens), start + 2 * TOKEN_WINDOW + 1)


def activation_html(activation: Any, max_value: float | None = None) -> str:
    """One activation (text) as a heatmap row: the tokens around its maximum, and the maximum."""
    tokens = list(activation.tokens)
    values = [float(v) for v in activation.values]
    start, end = _window(tokens, values, getattr(activation, "max_value_token_index", None))
    top = getattr(activation, "max_value", None)
    if top is None:
        top = max(values, default=0.0)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(tokens) else ""
    body = tokens_html(tokens[start:end], values[start:end], max_value)
    return (
        f'<div class="npx-row"><span class="npx-muted">{_e(_num(top))}</span> '
        f'<span class="npx-acts">{prefix}{body}{suffix}</span></div>'
    )


def _activations_html(activations: Sequence[Any]) -> str:
    shown = list(activations)[:MAX_ACTIVATIONS]
    if not shown:
        return '<div class="npx-muted">no activations</div>'
    top = max((max((float(v) for v in a.values), default=0.0) for a in shown), default=0.0)
    more = len(activations) - len(shown)
    tail = f'<div class="npx-muted">… {more} more</div>' if more > 0 else ""
    return "".join(activation_html(a, top) for a in shown) + tail


def _logits_html(title: str, logits: Sequence[Any] | None, rgb: tuple[int, int, int]) -> str:
    rows = []
    items = list(logits or [])[:10]
    top = max((abs(float(lg.value)) for lg in items), default=0.0)
    r, g, b = rgb
    for lg in items:
        alpha = heat_alpha(abs(float(lg.value)), top)
        style = f"background-color:rgba({r},{g},{b},{alpha:.3f})"
        rows.append(
            f'<tr><td><span class="npx-tok" style="{style}">{_e(_token_text(lg.token))}</span></td>'
            f"<td>{_e(_num(lg.value))}</td></tr>"
        )
    body = "".join(rows) or '<tr><td class="npx-muted">none</td></tr>'
    return f'<div class="npx-col"><h4>{_e(title)}</h4><table>{body}</table></div>'


def _histogram_svg(heights: Sequence[float], width: int = 240, height: int = 40) -> str:
    if not heights:
        return ""
    top = max(heights) or 1.0
    bar = width / len(heights)
    rects = "".join(
        f'<rect x="{i * bar:.1f}" y="{height - h / top * height:.1f}" width="{max(bar - 0.5, 0.5):.1f}" '
        f'height="{h / top * height:.1f}" fill="rgb(96,165,250)"/>'
        for i, h in enumerate(heights)
    )
    return f'<svg width="{width}" height="{height}" role="img" aria-label="activation density">{rects}</svg>'


def _by(who: str | None) -> str:
    return f' <span class="npx-muted">({_e(who)})</span>' if who else ""


def _feature_body(feature: Any) -> str:
    fid = f"{feature.modelId}/{feature.source}/{feature.index}"
    url = getattr(feature, "url", None)
    title = f'<a href="{_e(url)}">{_e(fid)}</a>' if url else _e(fid)
    density = feature.density
    stats = []
    if density is not None and density >= 0:
        stats.append(f"density {_e(f'{density:.4%}')}")
    if feature.max_act_approx is not None:
        stats.append(f"max activation ≈ {_e(_num(feature.max_act_approx))}")
    explanations = feature.explanations or []
    expl = "".join(
        f"<li>{_e(x.text)}"
        + (
            f' <span class="npx-muted">({_e(x.explainer_model or x.method)})</span>'
            if x.explainer_model or x.method
            else ""
        )
        + "</li>"
        for x in explanations[:5]
    )
    parts = [
        f"<h3>{title}</h3>",
        f'<div class="npx-muted">{" · ".join(stats)}</div>' if stats else "",
        f"<h4>Explanations</h4><ul>{expl}</ul>" if expl else '<div class="npx-muted">no explanations</div>',
        '<div class="npx-cols">',
        _logits_html("Negative logits", feature.bottom_logits, NEGATIVE_RGB),
        _logits_html("Positive logits", feature.top_logits, HEAT_RGB),
        f'<div class="npx-col"><h4>Activation density</h4>{_histogram_svg(feature.freq_hist_heights)}</div>'
        if feature.freq_hist_heights
        else "",
        "</div>",
        "<h4>Top activations</h4>",
        _activations_html(feature.activations or []),
    ]
    return "".join(parts)


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]], raw_columns: frozenset[int] = frozenset()) -> str:
    """A table; cells are escaped except the columns in ``raw_columns`` (already built HTML)."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for n, row in enumerate(rows):
        if n >= MAX_ROWS:
            body.append(f'<tr><td class="npx-muted" colspan="{len(headers)}">…</td></tr>')
            break
        cells = "".join(f"<td>{c if i in raw_columns else _e(c)}</td>" for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _search_page_body(page_: Any) -> str:
    rows = [(f"{r.model_id}/{r.source}/{r.index}", r.description, _num(r.cosine_similarity)) for r in page_.results]
    more = f" · next offset {page_.next_offset}" if page_.has_more else ""
    return (
        f"<h3>Search: {_e(page_.query)}</h3><div class='npx-muted'>{len(page_.results)} results{_e(more)}</div>"
        + _table(["feature", "explanation", "similarity"], rows)
    )


def _top_features_body(result: Any) -> str:
    rows = []
    for r in result.results:
        tokens = list(result.tokens)
        heat = f'<span class="npx-acts">{tokens_html(tokens, list(r.values))}</span>'
        desc = r.details.description if r.details is not None else None
        rows.append((f"{r.modelId}/{r.layer}/{r.index}", _e(_num(r.max_value)), _e(desc or ""), heat))
    return "<h3>Top features</h3>" + _table(
        ["feature", "max", "explanation", "activations"], rows, frozenset({1, 2, 3})
    )


def _columns(left_title: str, left: str, right_title: str, right: str) -> str:
    return (
        '<div class="npx-cols">'
        f'<div class="npx-col npx-default"><h4>{_e(left_title)}</h4><div class="npx-pre">{left}</div></div>'
        f'<div class="npx-col npx-steered"><h4>{_e(right_title)}</h4><div class="npx-pre">{right}</div></div>'
        "</div>"
    )


def _share(result: Any) -> str:
    url = getattr(result, "share_url", None)
    return f'<div class="npx-muted"><a href="{_e(url)}">{_e(url)}</a></div>' if url else ""


def _completion_body(result: Any) -> str:
    return _columns("Default", _e(result.default or ""), "Steered", _e(result.steered or "")) + _share(result)


def _chat_text(output: Any) -> str:
    if output is None:
        return '<span class="npx-muted">(not generated)</span>'
    turns = output.chat_template or []
    if not turns:
        return _e(output.raw)
    return "\n".join(f"<b>{_e(t.role)}</b>: {_e(t.content)}" for t in turns)


def _chat_body(result: Any) -> str:
    return _columns("Default", _chat_text(result.default), "Steered", _chat_text(result.steered)) + _share(result)


def _list_body(lst: Any) -> str:
    rows = [(f"{i.model_id}/{i.source}/{i.index}", i.description) for i in lst.items]
    url = lst.url
    title = f'<a href="{_e(url)}">{_e(lst.name)}</a>' if url else _e(lst.name)
    return f"<h3>{title}</h3><div class='npx-muted'>{_e(lst.description)}</div>" + _table(
        ["feature", "description"], rows
    )


def _generic_body(obj: Any) -> str:
    from .text import short_value

    if not attrs.has(type(obj)):
        return f"<pre>{_e(repr(obj))}</pre>"
    rows = [
        (f.name, short_value(getattr(obj, f.name, None)))
        for f in attrs.fields(type(obj))
        if f.name != "raw" and not f.name.startswith("_")
    ]
    return f"<h3>{_e(type(obj).__name__)}</h3>" + _table(["field", "value"], rows)


def _sequence_body(items: Sequence[Any]) -> str:
    from ..models.activations import Activation

    if items and all(isinstance(i, Activation) for i in items):
        return "<h4>Activations</h4>" + _activations_html(items)
    parts = [_body(i) for i in list(items)[:MAX_ROWS]]
    if len(items) > MAX_ROWS:
        parts.append(f'<div class="npx-muted">… {len(items) - MAX_ROWS} more</div>')
    return "".join(parts) or '<div class="npx-muted">(empty)</div>'


def _body(obj: Any) -> str:
    from ..models.activations import Activation
    from ..models.features import Feature, FeatureResult
    from ..models.lists import NPList
    from ..models.search import ExplanationSearchPage, TopFeaturesResult
    from ..models.steer import SteerChatResult, SteerCompletionResult

    if isinstance(obj, Feature):
        return _feature_body(obj)
    if isinstance(obj, Activation):
        return activation_html(obj)
    if isinstance(obj, FeatureResult):
        return _feature_body(obj.feature) if obj.feature is not None else f"<div>{_e(obj.id)}: {_e(obj.error)}</div>"
    if isinstance(obj, ExplanationSearchPage):
        return _search_page_body(obj)
    if isinstance(obj, TopFeaturesResult):
        return _top_features_body(obj)
    if isinstance(obj, SteerCompletionResult):
        return _completion_body(obj)
    if isinstance(obj, SteerChatResult):
        return _chat_body(obj)
    if isinstance(obj, NPList):
        return _list_body(obj)
    if isinstance(obj, list | tuple):
        return _sequence_body(obj)
    return _generic_body(obj)


def render(obj: Any) -> str:
    """The HTML view of ``obj`` (a model, or a list of them)."""
    return page(_body(obj))


@attrs.frozen
class _Shown:
    obj: Any

    def _repr_html_(self) -> str:
        return render(self.obj)

    def __repr__(self) -> str:
        from .text import short_value

        return f"show({short_value(self.obj)})"


def show(obj: Any) -> Any:
    """Wrap ``obj`` so a notebook renders it as HTML (useful for plain lists of results)."""
    return _Shown(obj)
