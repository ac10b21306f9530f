"""Headless Chromium for the view tests: screenshots and DOM dumps of rendered HTML.

`make test` installs Debian's ``chromium`` when it is missing (see the Makefile's ``browser``
target); the tests skip, saying why, only when no Chromium can be found.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def binary() -> str:
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(
        "no Chromium found (make test installs Debian's chromium package when it can: apt-get install chromium)"
    )


def _args(extra: list[str], page: Path) -> list[str]:
    return [
        binary(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--no-first-run",
        "--disable-extensions",
        "--user-data-dir=" + str(page.parent / "chromium-profile"),
        *extra,
        page.as_uri(),
    ]


def write_page(tmp: Path, body_html: str, name: str = "page.html") -> Path:
    page = tmp / name
    page.write_text(f"<!doctype html><html><head><meta charset='utf-8'></head><body>{body_html}</body></html>")
    return page


def screenshot(tmp: Path, body_html: str, size: tuple[int, int] = (900, 600)) -> Path:
    page = write_page(tmp, body_html)
    out = tmp / "shot.png"
    subprocess.run(
        _args([f"--window-size={size[0]},{size[1]}", f"--screenshot={out}"], page),
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert out.exists() and out.stat().st_size > 0
    return out


def dump_dom(tmp: Path, body_html: str) -> str:
    """The DOM after the page ran (scripts included), serialised."""
    page = write_page(tmp, body_html, "dom.html")
    proc = subprocess.run(
        _args(["--dump-dom", "--virtual-time-budget=2000"], page),
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.stdout
