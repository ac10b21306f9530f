"""Terminal output for the public models (what the CLI prints), with no HTTP.

A :class:`Printer` draws titles, key/value lines, tables, activation heatmaps and two texts side
by side. :func:`printer` picks one:

* :class:`RichPrinter` when the stream is a terminal and ``rich`` is installed (extra
  ``cli``): colours, tables, tokens on a green background scaled by activation;
* :class:`PlainPrinter` otherwise. On a terminal without ``rich`` it still colours the
  activating tokens with ANSI escapes; when the output is not a terminal (a pipe, a file) it
  writes plain text, and the tokens at or above :data:`MARK_AT` of the largest value shown are
  marked ``[[token]]``.

The ``draw_*`` functions lay out one kind of model on any printer.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, Protocol, TextIO

from .html import HEAT_RGB, TOKEN_WINDOW, heat_alpha

__all__ = [
    "PlainPrinter",
    "Printer",
    "RichPrinter",
    "blend",
    "draw_activation",
    "draw_feature",
    "draw_search_page",
    "draw_side_by_side",
    "draw_top_features",
    "printer",
]


#: In uncoloured plain text, tokens at or above this fraction of the largest value are marked.
MARK_AT = 0.2


def blend(alpha: float, rgb: tuple[int, int, int] = HEAT_RGB) -> tuple[int, int, int]:
    """The heat colour at ``alpha`` over a white background (terminal backgrounds vary)."""
    return tuple(round(255 + (c - 255) * alpha) for c in rgb)  # type: ignore[return-value]


def _token_text(token: str) -> str:
    return token.replace("\n", "↵").replace("\t", "⇥")


class Printer(Protocol):
    def title(self, text: str) -> None: ...
    def line(self, text: str = "", *, muted: bool = False) -> None: ...
    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None: ...
    def tokens(self, tokens: Sequence[str], values: Sequence[float], max_value: float, prefix: str = "") -> None: ...
    def columns(self, left_title: str, left: str, right_title: str, right: str) -> None: ...


class PlainPrinter:
    """Plain text; ANSI colours for activating tokens when ``color`` is true."""

    def __init__(self, stream: TextIO, *, color: bool = False) -> None:
        self.stream = stream
        self.color = color

    def _w(self, text: str) -> None:
        self.stream.write(text + "\n")

    def title(self, text: str) -> None:
        self._w(f"\x1b[1m{text}\x1b[0m" if self.color else text)

    def line(self, text: str = "", *, muted: bool = False) -> None:
        self._w(f"\x1b[2m{text}\x1b[0m" if self.color and muted else text)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
        widths = [min(60, max(len(r[i]) for r in cells)) for i in range(len(headers))]
        for n, row in enumerate(cells):
            text = "  ".join(c[:60].ljust(widths[i]) for i, c in enumerate(row)).rstrip()
            self._w(f"\x1b[1m{text}\x1b[0m" if self.color and n == 0 else text)

    def tokens(self, tokens: Sequence[str], values: Sequence[float], max_value: float, prefix: str = "") -> None:
        out = []
        for token, value in zip(tokens, values, strict=False):
            alpha = heat_alpha(value, max_value)
            text = _token_text(token)
            if alpha <= 0 or (not self.color and alpha < MARK_AT):
                out.append(text)
            elif self.color:
                r, g, b = blend(alpha)
                out.append(f"\x1b[38;2;0;0;0;48;2;{r};{g};{b}m{text}\x1b[0m")
            else:
                out.append(f"[[{text}]]")
        self._w(prefix + "".join(out))

    def columns(self, left_title: str, left: str, right_title: str, right: str) -> None:
        width = max(20, (shutil.get_terminal_size((100, 24)).columns - 3) // 2)
        lhs = [left_title.upper(), *(textwrap.wrap(left, width) or [""])]
        rhs = [right_title.upper(), *(textwrap.wrap(right, width) or [""])]
        for i in range(max(len(lhs), len(rhs))):
            a = lhs[i] if i < len(lhs) else ""
            b = rhs[i] if i < len(rhs) else ""
            self._w(f"{a.ljust(width)} | {b}".rstrip())


class RichPrinter:
    """Output through ``rich`` (colours, tables, wrapped columns)."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console

        self.console = Console(file=stream, highlight=False, soft_wrap=False)

    def title(self, text: str) -> None:
        from rich.text import Text

        self.console.print(Text(text, style="bold cyan"))

    def line(self, text: str = "", *, muted: bool = False) -> None:
        from rich.text import Text

        self.console.print(Text(text, style="dim" if muted else ""))

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        from rich.table import Table

        table = Table(show_edge=False, pad_edge=False, header_style="bold")
        for h in headers:
            table.add_column(str(h), overflow="fold")
        for row in rows:
            table.add_row(*("" if c is None else str(c) for c in row))
        self.console.print(table)

    def tokens(self, tokens: Sequence[str], values: Sequence[float], max_value: float, prefix: str = "") -> None:
        from rich.text import Text

        text = Text()
        text.append(prefix, style="dim")
        for token, value in zip(tokens, values, strict=False):
            alpha = heat_alpha(value, max_value)
            if alpha > 0:
                r, g, b = blend(alpha)
                text.append(_token_text(token), style=f"black on rgb({r},{g},{b})")
            else:
                text.append(_token_text(token))
        self.console.print(text)

    def columns(self, left_title: str, left: str, right_title: str, right: str) -> None:
        self.console.print(side_by_side_table(left_title, left, right_title, right))


def side_by_side_table(left_title: str, left: str, right_title: str, right: str) -> Any:
    """A two-column ``rich`` table (default vs steered); also used live while streaming."""
    from rich.table import Table
    from rich.text import Text

    table = Table(expand=True, show_lines=False)
    table.add_column(left_title, ratio=1, overflow="fold")
    table.add_column(right_title, ratio=1, overflow="fold", style="green")
    table.add_row(Text(left), Text(right))
    return table


def rich_available() -> bool:
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


def printer(stream: TextIO | None = None, *, plain: bool = False) -> PlainPrinter | RichPrinter:
    """The printer for ``stream`` (default stdout): rich on a terminal when installed, else plain.

    ``plain=True`` or the ``NO_COLOR`` environment variable force uncoloured plain text.
    """
    stream = stream or sys.stdout
    tty = bool(getattr(stream, "isatty", lambda: False)())
    if plain or not tty or os.environ.get("NO_COLOR"):
        return PlainPrinter(stream, color=False)
    if rich_available():
        return RichPrinter(stream)
    return PlainPrinter(stream, color=True)


# --------------------------------------------------------------------------- layouts


def _window(tokens: Sequence[str], values: Sequence[float], center: int | None) -> tuple[int, int]:
    if len(tokens) <= 2 * TOKEN_WINDOW + 1:
        return 0, len(tokens)
    if center is None:
        center = max(range(len(values)), key=lambda i: values[i]) if values else 0
    start = max(0, center - TOKEN_WINDOW)
    return start, min(len(tokens), start + 2 * TOKEN_WINDOW + 1)


def draw_activation(out: Printer, activation: Any, max_value: float | None = None) -> None:
    """One activation: its maximum, then the tokens around it, activating ones highlighted."""
    tokens = list(activation.tokens)
    values = [float(v) for v in activation.values]
    start, end = _window(tokens, values, getattr(activation, "max_value_token_index", None))
    top = max(values, default=0.0)
    scale = max_value if max_value is not None else top
    out.tokens(tokens[start:end], values[start:end], scale, prefix=f"{top:8.3g}  ")


def draw_feature(out: Printer, feature: Any, *, activations: int = 5, logits: int = 5) -> None:
    """A feature: id, density, explanations, top/bottom logits, top activations."""
    out.title(f"{feature.modelId}/{feature.source}/{feature.index}")
    stats = []
    if feature.density is not None and feature.density >= 0:
        stats.append(f"density {feature.density:.4%}")
    if feature.max_act_approx is not None:
        stats.append(f"max activation ~ {feature.max_act_approx:.4g}")
    if stats:
        out.line(" · ".join(stats), muted=True)
    out.line()
    out.title("Explanations")
    for x in feature.explanations or []:
        who = x.explainer_model or x.method
        out.line(f"  {x.text}" + (f"  ({who})" if who else ""))
    if not feature.explanations:
        out.line("  (none)", muted=True)
    out.line()
    top = list(feature.top_logits or [])[:logits]
    bottom = list(feature.bottom_logits or [])[:logits]
    rows = [
        (
            _token_text(top[i].token) if i < len(top) else "",
            f"{top[i].value:.3g}" if i < len(top) else "",
            _token_text(bottom[i].token) if i < len(bottom) else "",
            f"{bottom[i].value:.3g}" if i < len(bottom) else "",
        )
        for i in range(max(len(top), len(bottom)))
    ]
    out.title("Logits")
    out.table(["positive", "value", "negative", "value"], rows)
    out.line()
    acts = list(feature.activations or [])[:activations]
    out.title(f"Top activations ({len(acts)} of {len(feature.activations or [])})")
    scale = max((max((float(v) for v in a.values), default=0.0) for a in acts), default=0.0)
    for a in acts:
        draw_activation(out, a, scale)


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.3g}"


def draw_search_page(out: Printer, results: Sequence[Any], query: str) -> None:
    out.title(f"Explanations matching {query!r}")
    rows = [(f"{r.model_id}/{r.source}/{r.index}", r.description, _fmt(r.cosine_similarity)) for r in results]
    out.table(["feature", "explanation", "similarity"], rows)


def draw_top_features(out: Printer, result: Any) -> None:
    out.title(f"Top features ({len(result.results)})")
    rows = []
    for r in result.results:
        at = result.tokens[r.max_value_index] if 0 <= r.max_value_index < len(result.tokens) else ""
        desc = r.details.description if r.details is not None else ""
        rows.append((f"{r.modelId}/{r.layer}/{r.index}", _fmt(r.max_value), _token_text(at), desc or ""))
    out.table(["feature", "max", "at token", "explanation"], rows)


def draw_side_by_side(out: Printer, default: str | None, steered: str | None, share_url: str | None = None) -> None:
    out.columns("Default", default or "", "Steered", steered or "")
    if share_url:
        out.line(share_url, muted=True)
