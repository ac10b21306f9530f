"""to_dataframe / to_records over real results from the emulator."""

from __future__ import annotations

import pytest

from neuronpedia_ext import Neuronpedia
from neuronpedia_ext.dataframes import to_dataframe, to_records


def test_features_and_failures_become_rows(client: Neuronpedia) -> None:
    ids = ["gpt2-small/0-res-jb/0", "gpt2-small/0-res-jb/14057", "gpt2-small/0-res-jb/99999"]
    df = to_dataframe(client.features.get_many(ids))
    assert list(df["index"]) == [0, 14057, 99999]
    assert list(df["ok"]) == [True, True, False]
    assert "404" in df["error"].iloc[2]
    feature = client.features.get("gpt2-small/0-res-jb/14057")
    row = df.iloc[1]
    assert row["explanation"] == feature.explanations[0].text
    assert row["max_activation"] == max(a.max_value for a in feature.activations if a.max_value is not None)
    assert row["density"] == feature.density


def test_search_results_become_rows(client: Neuronpedia) -> None:
    results = list(client.search.iter_explanations_all("the", max_results=25))
    records = to_records(results)
    assert len(records) == 25
    assert records[0]["description"] == results[0].description
    assert {"model_id", "source", "index", "cosine_similarity"} <= set(records[0])
    assert "feature" not in records[0]  # nested objects are left out


def test_non_models_are_refused() -> None:
    with pytest.raises(TypeError, match="neuronpedia_ext models"):
        to_records([{"not": "a model"}])
