"""Regenerate docs/feature-view.png: a feature's notebook view, drawn by headless Chromium.

    .venv/bin/python scripts/screenshot_views.py

Renders gpt2-small/6-res-jb/42 from a fresh emulator with ``Feature._repr_html_`` and takes a
screenshot of it (needs ``chromium`` on PATH).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from neuronpedia_ext import Neuronpedia
from neuronpedia_ext.emulator.server import EmulatorServer

OUT = Path(__file__).resolve().parents[1] / "docs" / "feature-view.png"


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not on PATH (apt-get install chromium)", file=sys.stderr)
        return 1
    with EmulatorServer() as server, Neuronpedia(base_url=server.base_url) as np:
        feature = np.features.get("gpt2-small/6-res-jb/42")
    html = feature._repr_html_()  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "feature.html"
        page.write_text(f"<!doctype html><html><head><meta charset='utf-8'></head><body>{html}</body></html>")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--force-device-scale-factor=1", f"--user-data-dir={tmp}/profile", "--window-size=1000,600",
             f"--screenshot={OUT}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
