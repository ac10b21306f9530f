"""The notebook HTML views, drawn by headless Chromium: what a person sees."""

from __future__ import annotations

import re
from pathlib import Path

from neuronpedia_ext import Activation, Explanation, Feature, Logit, Neuronpedia
from neuronpedia_ext.emulator import EmulatorServer
from neuronpedia_ext.models.steer import SteerCompletionResult
from neuronpedia_ext.views.html import HEAT_RGB, render
from neuronpedia_ext.views.terminal import blend
from tests.support.png import colour_counts, near
from tests.views.chromium import dump_dom, screenshot

BIG = "<div>{}</div>"


def test_heatmap_colours_tokens_by_activation(tmp_path: Path) -> None:
    act = Activation("m", "0-s", 1, tokens=["MMMM", "HHHH", "ZZZZ"], values=[10.0, 5.0, 0.0])
    shot = screenshot(tmp_path, BIG.format(render(act)), size=(700, 200))
    counts = colour_counts(shot)
    full = near(counts, HEAT_RGB, 1)  # the maximum token: the full heat colour
    half = near(counts, blend(0.5), 2)  # half the maximum: half opacity over white
    assert full > 150, f"the top token is not drawn in {HEAT_RGB}: {counts.most_common(6)}"
    assert half > 150, f"the middle token is not drawn at half opacity: {counts.most_common(6)}"
    assert near(counts, (255, 255, 255), 0) > 0.5 * sum(counts.values())  # the zero token has no background


def test_html_injection_from_data_is_inert(tmp_path: Path) -> None:
    evil_token = "<img src=x onerror=\"document.body.setAttribute('data-pwned','token')\">"
    evil_text = "<script>document.body.setAttribute('data-pwned','explanation')</script>"
    feature = Feature(
        modelId="m",
        source="0-s",
        index=1,
        density=0.1,
        top_logits=[Logit(evil_token, 1.0)],
        explanations=[Explanation("m", "0-s", 1, evil_text)],
        activations=[Activation("m", "0-s", 1, tokens=[evil_token, " ok"], values=[3.0, 1.0])],
    )
    dom = dump_dom(tmp_path, render(feature))
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<img" not in dom and "<script>document" not in dom
    assert "&lt;img src=x onerror=" in dom and "&lt;script&gt;document.body" in dom  # shown as text


def test_feature_view_draws_every_part(tmp_path: Path, neuronpedia_emulator: EmulatorServer) -> None:
    with Neuronpedia(base_url=neuronpedia_emulator.base_url) as np:
        feature = np.features.get("gpt2-small/6-res-jb/42")
    html = render(feature)
    dom = dump_dom(tmp_path, html)
    assert dom.count('class="npx-row"') == len(feature.activations or [])
    for part in ("Explanations", "Negative logits", "Positive logits", "Activation density", "Top activations"):
        assert f">{part}<" in dom, part
    assert "sports and games" in dom and "density 0.3627%" in dom
    assert len(re.findall(r"<rect ", dom)) == len(feature.freq_hist_heights)
    shot = screenshot(tmp_path, html, size=(1000, 700))
    assert near(colour_counts(shot), HEAT_RGB, 1) > 200  # the top activations' highest tokens


def test_steering_is_drawn_side_by_side(tmp_path: Path) -> None:
    result = SteerCompletionResult(steered="<b>steered</b> text", default="default text", share_url="http://x/steer/1")
    html = render(result)
    dom = dump_dom(tmp_path, html)
    default = dom.index('class="npx-col npx-default"')
    steered = dom.index('class="npx-col npx-steered"')
    assert default < steered
    assert "default text" in dom[default:steered] and "&lt;b&gt;steered&lt;/b&gt; text" in dom[steered:]
    # two columns: the steered column's text starts to the right of the default one's
    probe = html.replace("default text", "<span style='background:#ff0000'>DDDDDDDD</span>").replace(
        "&lt;b&gt;steered&lt;/b&gt; text", "<span style='background:#0000ff'>SSSSSSSS</span>"
    )
    from tests.support.png import read_png

    width, _height, pixels = read_png(screenshot(tmp_path, probe, size=(800, 200)))
    reds = [i % width for i, p in enumerate(pixels) if p == (255, 0, 0)]
    blues = [i % width for i, p in enumerate(pixels) if p == (0, 0, 255)]
    assert reds and blues and max(reds) < min(blues), "default and steered are not side by side"
