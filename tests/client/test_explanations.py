"""client.explanations (generate, score, delete, delete_score, export) against the emulator, sync and async."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from neuronpedia_ext import (
    APIKeyMissingError,
    AsyncNeuronpedia,
    BadRequestError,
    FeatureId,
    InternalServerError,
    InvalidRequestError,
    Neuronpedia,
    NotFoundError,
    RetryPolicy,
)
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.explanations import (
    EXPLANATION_TYPES,
    SCORER_TYPES,
    DeleteResult,
    ExplanationExportRemovedError,
    ExplanationScore,
)
from neuronpedia_ext.models.features import Explanation
from tests.support.validating import ValidatingTransport

FEATURE = "gpt2-small/0-res-jb/14057"  # seeded, with one oai_token-act-pair/gpt-4o-mini explanation
EXPORTS_URL = "https://neuronpedia-datasets.s3.us-east-1.amazonaws.com/index.html?prefix=v1/"


def _wire_explanations(emulator: EmulatorServer, feature: str = FEATURE) -> list[dict[str, Any]]:
    """The feature's explanations as the server stores them (read directly, not through the client)."""
    response = httpx.get(f"{emulator.base_url}/api/feature/{feature}")
    response.raise_for_status()
    explanations: list[dict[str, Any]] = response.json()["explanations"]
    return explanations


def _seeded_explanation_id(emulator: EmulatorServer) -> str:
    (seeded,) = [e for e in _wire_explanations(emulator) if e["explanationModelName"] == "gpt-4o-mini"]
    return str(seeded["id"])


# ----------------------------------------------------------------------------- sync


def test_generate_score_and_delete(client: Neuronpedia, emulator: EmulatorServer) -> None:
    before = {e["id"] for e in _wire_explanations(emulator)}

    explanation = client.explanations.generate(FEATURE, "oai_token-act-pair", "claude-3-5-haiku-20241022")
    assert isinstance(explanation, Explanation)
    assert (explanation.modelId, explanation.source, explanation.index) == ("gpt2-small", "0-res-jb", 14057)
    assert explanation.method == "oai_token-act-pair"
    assert explanation.explainer_model == "claude-3-5-haiku-20241022"
    assert explanation.text and explanation.id and explanation.id not in before
    stored = {e["id"]: e for e in _wire_explanations(emulator)}
    assert stored[explanation.id]["description"] == explanation.text

    score = client.explanations.score(explanation, "recall_alt", "gpt-4o-mini")
    assert isinstance(score, ExplanationScore)
    assert score.explanation_id == explanation.id
    assert (score.scorer_type, score.scorer_model) == ("recall_alt", "gpt-4o-mini")
    assert 0.0 <= score.value <= 1.0
    assert score.details == {"emulated": True}
    assert isinstance(score.created_at, dt.datetime) and score.created_at.tzinfo is not None
    stored = {e["id"]: e for e in _wire_explanations(emulator)}
    assert [s["id"] for s in stored[explanation.id]["scores"]] == [score.id]

    assert client.explanations.delete_score(score) == DeleteResult(score.id, "Explanation score deleted")
    assert {e["id"]: e for e in _wire_explanations(emulator)}[explanation.id]["scores"] == []

    assert client.explanations.delete(explanation.id) == DeleteResult(explanation.id, "Explanation deleted")
    assert {e["id"] for e in _wire_explanations(emulator)} == before
    # upstream quirk: deleting what no longer exists answers the same success
    assert client.explanations.delete(explanation) == DeleteResult(explanation.id, "Explanation deleted")
    assert client.explanations.delete_score(score.id).message == "Explanation score deleted"


def test_generate_accepts_every_feature_id_form(client: Neuronpedia) -> None:
    made = [
        client.explanations.generate(FeatureId("gpt2-small", "0-res-jb", "14057"), "np_max-act-logits", "model-a"),
        client.explanations.generate(("gpt2-small", "0-res-jb", 14057), "np_max-act-logits", "model-b"),
        client.explanations.generate(
            "https://www.neuronpedia.org/gpt2-small/0-res-jb/14057", "np_max-act-logits", "model-c"
        ),
    ]
    assert [(e.source, e.index, e.explainer_model) for e in made] == [
        ("0-res-jb", 14057, "model-a"),
        ("0-res-jb", 14057, "model-b"),
        ("0-res-jb", 14057, "model-c"),
    ]
    assert len({e.id for e in made}) == 3


def test_generate_twice_is_a_bad_request(client: Neuronpedia) -> None:
    with pytest.raises(BadRequestError, match="already exists") as caught:
        client.explanations.generate(FEATURE, "oai_token-act-pair", "gpt-4o-mini")  # the seeded one
    assert caught.value.status_code == 400


def test_scoring_the_seeded_explanation_and_nla_without_a_model(client: Neuronpedia, emulator: EmulatorServer) -> None:
    explanation_id = _seeded_explanation_id(emulator)
    score = client.explanations.score(explanation_id, "nla_verbalizer")
    assert score.explanation_id == explanation_id
    assert score.scorer_type == "nla_verbalizer"
    assert score.scorer_model == "nla_verbalizer"  # upstream saves the NLA scorer type as the model
    assert score.initiated_by_user_id is not None


def test_score_unknown_explanation_is_not_found(client: Neuronpedia) -> None:
    with pytest.raises(NotFoundError, match="Explanation not found") as caught:
        client.explanations.score("cmnotanexplanation000000000", "recall_alt", "gpt-4o-mini")
    assert caught.value.status_code == 404


def test_deleting_someone_elses_explanation_is_refused(client: Neuronpedia, emulator: EmulatorServer) -> None:
    explanation_id = _seeded_explanation_id(emulator)  # written by the seed's bot user
    with pytest.raises(InternalServerError):  # upstream answers a bare 500, not 403
        client.explanations.delete(explanation_id)
    assert explanation_id in {e["id"] for e in _wire_explanations(emulator)}


def test_export_raises_the_tombstone_with_the_new_url(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    with pytest.raises(ExplanationExportRemovedError) as caught:
        anon_client.explanations.export()  # no key needed
    error = caught.value
    assert isinstance(error, BadRequestError)
    assert error.status_code == 400
    assert error.new_url == EXPORTS_URL
    assert EXPORTS_URL in str(error) and "no longer served" in str(error)
    assert error.url.endswith("/api/explanation/export")
    assert emulator.request_count("/api/explanation/export") == 1


def test_export_with_raw_response_raises_too(client: Neuronpedia) -> None:
    with pytest.raises(ExplanationExportRemovedError):
        client.with_raw_response.explanations.export()


def test_raw_response_of_a_score(client: Neuronpedia, emulator: EmulatorServer) -> None:
    raw = client.with_raw_response.explanations.score(_seeded_explanation_id(emulator), "recall_alt", "gpt-4o-mini")
    assert raw.status_code == 200
    assert isinstance(raw.parsed, ExplanationScore)
    assert raw.json()["score"]["id"] == raw.parsed.id
    assert raw.json()["score"]["jsonDetails"] == raw.parsed.json_details


def test_key_required_operations_refuse_before_sending(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    calls: list[Callable[[], object]] = [
        lambda: anon_client.explanations.generate(FEATURE, "oai_token-act-pair", "gpt-4o-mini"),
        lambda: anon_client.explanations.score("some-id", "recall_alt", "gpt-4o-mini"),
        lambda: anon_client.explanations.delete("some-id"),
        lambda: anon_client.explanations.delete_score("some-id"),
    ]
    for call in calls:
        with pytest.raises(APIKeyMissingError, match="NEURONPEDIA_API_KEY"):
            call()
    assert emulator.request_count() == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda np: np.explanations.generate(FEATURE, "np_acts-logits-general", "gpt-4o-mini"), "explanation_type"),
        (lambda np: np.explanations.generate(FEATURE, "oai_token-act-pair", ""), "explainer_model"),
        (lambda np: np.explanations.generate(FEATURE, "oai_token-act-pair", None), "explainer_model"),
        (lambda np: np.explanations.generate("gpt2-small/0-res-jb", "oai_token-act-pair", "m"), "feature id"),
        (lambda np: np.explanations.generate("gpt2-small/0-res-jb/-3", "oai_token-act-pair", "m"), "non-negative"),
        (lambda np: np.explanations.score("some-id", "fuzz", "gpt-4o-mini"), "scorer_type"),
        (lambda np: np.explanations.score("some-id", "recall_alt"), "needed by recall_alt"),
        (lambda np: np.explanations.score("some-id", "eleuther_fuzz", "  "), "needed by eleuther_fuzz"),
        (lambda np: np.explanations.score("", "recall_alt", "gpt-4o-mini"), "explanation"),
        (
            lambda np: np.explanations.score(Explanation("gpt2-small", "0-res-jb", 1), "recall_alt", "m"),
            "without an id",
        ),
        (lambda np: np.explanations.delete("has space"), "explanation"),
        (lambda np: np.explanations.delete(""), "explanation"),
        (lambda np: np.explanations.delete_score(None), "score"),
    ],
)
def test_bad_input_is_rejected_before_sending(call: Callable[[Neuronpedia], object], message: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse)) as np,
        pytest.raises(InvalidRequestError, match=message),
    ):
        call(np)


def test_the_literal_types_match_the_spec_enums() -> None:
    from neuronpedia_api.models import GenerateExplanationRequestExplanationType, ScoreExplanationRequestScorerType

    assert set(EXPLANATION_TYPES) == {t.value for t in GenerateExplanationRequestExplanationType}
    assert set(SCORER_TYPES) == {t.value for t in ScoreExplanationRequestScorerType}


def test_writes_are_not_retried_but_the_export_read_is(emulator: EmulatorServer) -> None:
    policy = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)
    with Neuronpedia(
        base_url=emulator.base_url, api_key=emulator.api_key, retry_policy=policy, transport=ValidatingTransport()
    ) as np:
        emulator.set_faults(script=["503"], paths=["/api/explanation/generate"])
        with pytest.raises(InternalServerError):
            np.explanations.generate(FEATURE, "oai_token-act-pair", "a-new-model")
        assert emulator.request_count("/api/explanation/generate") == 1

        emulator.set_faults(script=["503"], paths=["/api/explanation/export"])
        with pytest.raises(ExplanationExportRemovedError):
            np.explanations.export()
        assert emulator.request_count("/api/explanation/export") == 2  # a 503, then the tombstone


def test_a_plain_bad_request_from_export_is_not_mistaken_for_the_tombstone() -> None:
    def other_400(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"message": "something else"}, request=request)

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(other_400)) as np,
        pytest.raises(BadRequestError, match="something else") as caught,
    ):
        np.explanations.export()
    assert not isinstance(caught.value, ExplanationExportRemovedError)


def test_generate_np_max_act(client: Neuronpedia) -> None:
    explanation = client.explanations.generate(FEATURE, "np_max-act", "gpt-4o-mini")
    assert explanation.method == "np_max-act"


def test_scoring_twice_with_the_same_scorer_is_a_bad_request(client: Neuronpedia, emulator: EmulatorServer) -> None:
    explanation_id = _seeded_explanation_id(emulator)
    client.explanations.score(explanation_id, "recall_alt", "gpt-4o-mini")
    with pytest.raises(BadRequestError, match="already exists"):
        client.explanations.score(explanation_id, "recall_alt", "gpt-4o-mini")


# ----------------------------------------------------------------------------- async


async def test_async_generate_score_and_delete(aclient: AsyncNeuronpedia, emulator: EmulatorServer) -> None:
    explanation = await aclient.explanations.generate(FEATURE, "eleuther_acts_top20", "gpt-4o-mini")
    assert (explanation.modelId, explanation.index, explanation.method) == (
        "gpt2-small",
        14057,
        "eleuther_acts_top20",
    )
    assert explanation.id in {e["id"] for e in _wire_explanations(emulator)}

    score = await aclient.explanations.score(explanation, "eleuther_embedding", "gpt-4o-mini")
    assert score.explanation_id == explanation.id and score.scorer_type == "eleuther_embedding"
    nla = await aclient.explanations.score(explanation.id, "nla_reconstructor")
    assert nla.scorer_model == "nla_reconstructor"

    deleted = await aclient.explanations.delete_score(score)
    assert deleted == DeleteResult(score.id, "Explanation score deleted")
    remaining = {e["id"]: e for e in _wire_explanations(emulator)}[explanation.id]["scores"]
    assert [s["id"] for s in remaining] == [nla.id]

    assert await aclient.explanations.delete(explanation) == DeleteResult(explanation.id, "Explanation deleted")
    assert explanation.id not in {e["id"] for e in _wire_explanations(emulator)}


async def test_async_errors(aclient: AsyncNeuronpedia, emulator: EmulatorServer) -> None:
    with pytest.raises(BadRequestError, match="already exists"):
        await aclient.explanations.generate(FEATURE, "oai_token-act-pair", "gpt-4o-mini")
    with pytest.raises(NotFoundError):
        await aclient.explanations.score("cmnotanexplanation000000000", "recall_alt", "gpt-4o-mini")
    with pytest.raises(InternalServerError):
        await aclient.explanations.delete(_seeded_explanation_id(emulator))
    with pytest.raises(ExplanationExportRemovedError) as caught:
        await aclient.explanations.export()
    assert caught.value.new_url == EXPORTS_URL


async def test_async_bad_input_is_rejected_before_sending() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    async with AsyncNeuronpedia(
        base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse)
    ) as np:
        with pytest.raises(InvalidRequestError, match="explanation_type"):
            await np.explanations.generate(FEATURE, "bogus", "gpt-4o-mini")
        with pytest.raises(InvalidRequestError, match="needed by recall_alt"):
            await np.explanations.score("some-id", "recall_alt")
        with pytest.raises(InvalidRequestError, match="score"):
            await np.explanations.delete_score("")
        with pytest.raises(InvalidRequestError, match="explanation"):
            await np.explanations.delete("a b")


async def test_async_key_required_refuses_before_sending(
    emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    async with AsyncNeuronpedia(base_url=emulator.base_url, api_key=None) as np:
        with pytest.raises(APIKeyMissingError):
            await np.explanations.score("some-id", "recall_alt", "gpt-4o-mini")
        with pytest.raises(ExplanationExportRemovedError):
            await np.explanations.export()  # the export needs no key
    assert emulator.request_count("/api/explanation/score") == 0
    assert emulator.request_count("/api/explanation/export") == 1
