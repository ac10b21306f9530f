"""Compact reprs, escaping and JSON data of the views, without a browser."""

from __future__ import annotations

import pytest

from neuronpedia_ext import Activation, Explanation, Feature, InvalidRequestError, Logit, Neuronpedia, NPList
from neuronpedia_ext.emulator import EmulatorServer
from neuronpedia_ext.models.lists import NPListItem
from neuronpedia_ext.views import show
from neuronpedia_ext.views.data import to_jsonable
from neuronpedia_ext.views.html import heat_alpha, render
from neuronpedia_ext.views.text import MAX_REPR, compact_repr


@pytest.fixture(scope="module")
def np(neuronpedia_emulator: EmulatorServer) -> Neuronpedia:
    return Neuronpedia(base_url=neuronpedia_emulator.base_url, api_key=neuronpedia_emulator.api_key)


def test_reprs_are_capped(np: Neuronpedia) -> None:
    feature = np.features.get("gpt2-small/6-res-jb/42")
    assert len(repr(feature)) <= MAX_REPR
    assert repr(feature).startswith("Feature(modelId='gpt2-small', source='6-res-jb', index=42, density=")
    assert "activations=[10 items]" in repr(feature)
    models = np.models.list()
    assert all(len(repr(m)) <= MAX_REPR for m in models) and len(repr(models)) < (MAX_REPR + 2) * len(models)
    vector = np.vectors.get("gpt2-small/6-res-jb/42")
    assert "values=[768 floats]" in repr(vector) and len(repr(vector)) <= MAX_REPR


def test_an_error_about_a_feature_does_not_embed_its_whole_repr(np: Neuronpedia) -> None:
    feature = np.features.get("gpt2-small/6-res-jb/42")
    with pytest.raises(InvalidRequestError) as info:
        np.steer.completion("hi", [feature])  # type: ignore[list-item]
    assert len(str(info.value)) < MAX_REPR + 200


def test_compact_repr_skips_defaults_and_counts_lists() -> None:
    lst = NPList("id1", "name", "d", items=[NPListItem("m", "s", str(i)) for i in range(5)])
    assert compact_repr(lst).startswith("NPList(id='id1', name='name', description='d', items=[5 items]")
    assert repr(Logit("a" * 100, 1.5)) == f"Logit(token='{'a' * 59}…', value=1.5)"


def test_every_text_is_escaped() -> None:
    evil = "<script>alert(1)</script>"
    feature = Feature(
        modelId="m",
        source="0-s",
        index=1,
        top_logits=[Logit(evil, 1.0)],
        explanations=[Explanation("m", "0-s", 1, evil)],
        activations=[Activation("m", "0-s", 1, tokens=[evil], values=[1.0])],
    )
    html = render(feature)
    assert "<script>" not in html and html.count("&lt;script&gt;") == 3
    lst = NPList("i", evil, evil, items=[NPListItem("m", "s", "1", evil)])
    assert "<script>" not in render(lst) and "<script>" not in show([lst])._repr_html_()


def test_heat_alpha() -> None:
    assert heat_alpha(5, 10) == 0.5 and heat_alpha(20, 10) == 1.0
    assert heat_alpha(-1, 10) == 0.0 and heat_alpha(1, 0) == 0.0


def test_views_of_each_result(np: Neuronpedia) -> None:
    page = np.search.explanations("sports", "gpt2-small", ["6-res-jb"])
    assert "sports and games" in page._repr_html_()  # type: ignore[attr-defined]
    top = np.search.top_features("The team scored", "gpt2-small", layers=["6-res-jb"], num_results=2)
    assert top._repr_html_().count("npx-tok") >= 2 * len(top.tokens)  # type: ignore[attr-defined]
    chat = np.steer.chat("hi", [("gpt2-small/6-res-jb/42", 10)], n_tokens=4)
    html = chat._repr_html_()  # type: ignore[attr-defined]
    assert "npx-default" in html and "npx-steered" in html and "[emulated]" in html
    acts = show(np.activations.get("gpt2-small/6-res-jb/42"))
    assert acts._repr_html_().count('class="npx-row"') == 10


def test_to_jsonable_keeps_fields_and_drops_the_raw_json(np: Neuronpedia) -> None:
    data = to_jsonable(np.features.get("gpt2-small/6-res-jb/42"))
    assert "raw" not in data and data["index"] == 42 and data["explanations"][0]["text"] == "sports and games"
    chat = to_jsonable(np.steer.chat("hi", [("gpt2-small/6-res-jb/42", 10)], n_tokens=2))
    assert chat["steered"]["raw"]  # ChatOutput.raw is the generated text, not the JSON escape hatch
