"""The spec is proven against real traffic.

For every interaction in every cassette (the real-server recordings in
cassettes/reference/ included):
- the response validates against the strict view of openapi/neuronpedia.yaml (openapi-core; a key the
  spec does not declare is refused, see tests.support.spec.strict_spec);
- the response parses with the generated client's models, and every key of the raw body, at every
  depth, is one the spec declares;
- a request the server accepted (2xx) validates against the spec's request schema;
- a request the server rejected for invalid input (400/401) is rejected by the spec, unless
  DIVERGENCES.md names it under "Recorded rejections the spec cannot express", with a reason.
"""

from __future__ import annotations

import importlib
import json
import re
from collections import Counter
from typing import Any

import httpx
import pytest

from tests.support import spec as S

ALL_INTERACTIONS = list(S.iter_interactions())
#: Requests with a method the path does not have (TRACE, PATCH, ...): no operation; checked on their own below.
UNSUPPORTED_METHOD = [
    i for i in ALL_INTERACTIONS if not S.find_operation(i.method, i.path) and S.path_is_specified(i.path)
]
INTERACTIONS = [i for i in ALL_INTERACTIONS if i not in UNSUPPORTED_METHOD]
DIVERGENCES = S.ROOT / "openapi" / "DIVERGENCES.md"


def _inexpressible_rejections() -> set[str]:
    """Cassette names listed in DIVERGENCES.md as rejections OpenAPI cannot express."""
    text = DIVERGENCES.read_text()
    match = re.search(r"^## Recorded rejections the spec cannot express\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, "DIVERGENCES.md lacks the 'Recorded rejections the spec cannot express' section"
    return set(re.findall(r"^- `([a-z0-9_]+)`", match.group(1), re.M))


def _ids(items: list[S.Interaction]) -> list[str]:
    return [i.id for i in items]


def test_cassettes_present() -> None:
    reference = [i for i in ALL_INTERACTIONS if "reference" in i.cassette.parts]
    assert len(reference) == 70


def test_every_recorded_request_maps_to_an_operation() -> None:
    unmapped = [f"{i.id}: {i.method} {i.path}" for i in INTERACTIONS if not S.find_operation(i.method, i.path)]
    assert not unmapped
    assert {i.method for i in UNSUPPORTED_METHOD} == {"TRACE", "PATCH"}


@pytest.mark.parametrize("inter", UNSUPPORTED_METHOD, ids=_ids(UNSUPPORTED_METHOD))
def test_unsupported_method_answer_is_documented(inter: S.Interaction) -> None:
    """TRACE: the root x-upstream-defects entry (500, HTML); any other method a path lacks: 405, empty body."""
    defect = S.every_path_defect(inter.method)
    ctype = inter.response_headers().get("content-type", "").split(";")[0]
    if defect is not None:
        assert inter.status == defect["status"]
        assert ctype == str(defect["content-type"]).split(";")[0]
        assert str(defect.get("reason", "")).strip()
    else:
        assert inter.status == 405
        assert inter.response_body() == b""


@pytest.mark.parametrize("inter", INTERACTIONS, ids=_ids(INTERACTIONS))
def test_response_validates_against_spec(inter: S.Interaction) -> None:
    try:
        S.strict_openapi().validate_response(S.mock_request(inter), S.mock_response(inter))
    except Exception as exc:
        pytest.fail(f"{inter.method} {inter.path} -> {inter.status}\n{S.explain(exc)}")


def _generated_module(op: S.Operation) -> Any:
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", op.operation_id).lower()
    return importlib.import_module(f"neuronpedia_api.api.{op.tag}.{snake}")


@pytest.mark.parametrize("inter", INTERACTIONS, ids=_ids(INTERACTIONS))
def test_response_parses_with_generated_client(inter: S.Interaction) -> None:
    from neuronpedia_api import Client

    op = S.find_operation(inter.method, inter.path)
    assert op is not None
    module = _generated_module(op)
    response = httpx.Response(
        inter.status,
        content=inter.response_body(),
        headers=inter.response_headers() | {"content-length": str(len(inter.response_body()))},
    )
    client = Client(base_url="http://localhost:3000", raise_on_unexpected_status=True)
    ctype = inter.response_content_type()
    if ctype != "application/json":
        _parse_stream_frames(op, inter.status, ctype, inter.response_body())
        return
    parsed = module._parse_response(client=client, response=response)
    body = inter.response_json()
    if body is None:
        assert parsed is None
        return
    assert parsed is not None, f"{op.operation_id} {inter.status}: the generated client parsed nothing"
    # Every key of the raw body, at every depth, is one the spec declares (a parsed model would keep an
    # unknown key in additional_properties, so comparing its keys with the body's could never fail).
    assert_keys_declared(body, S.response_schema(op, inter.status, ctype), f"{op.operation_id} {inter.status}")
    # ... and the parsed model keeps every key the server sent.
    if isinstance(body, dict) and hasattr(parsed, "to_dict"):
        assert set(parsed.to_dict()) == set(body)
    if isinstance(body, list):
        assert isinstance(parsed, list)
        assert len(parsed) == len(body)


def assert_keys_declared(body: Any, schema: Any, what: str) -> None:
    """The raw JSON's keys, recursively, against the schema's declared properties."""
    assert schema is not None, f"{what}: the spec gives this answer no schema"
    undeclared = S.undeclared_keys(body, schema)
    assert not undeclared, f"{what}: keys the spec does not declare: {undeclared}"


def test_key_set_check_can_fail() -> None:
    """The raw-body key check reports an unknown key at the top and in a nested object (seeded defect)."""
    inter = next(i for i in INTERACTIONS if i.cassette.stem == "feature_get_basic")
    op = S.find_operation(inter.method, inter.path)
    assert op is not None
    body = inter.response_json()
    body["surprise"] = 1
    body["activations"][0]["extraKey"] = 2
    with pytest.raises(AssertionError, match=r"activations\[0\]\.extraKey.*surprise"):
        assert_keys_declared(body, S.response_schema(op, inter.status, "application/json"), "seeded")
    with pytest.raises(Exception, match="surprise"):
        S.strict_openapi().validate_response(
            S.mock_request(inter), S.openapi_response(200, {}, json.dumps(body).encode())
        )


def _parse_stream_frames(op: S.Operation, status: int, ctype: str, body: bytes) -> None:
    """Each frame of a stream parses with one of the generated models its `x-frame-schemas` names."""
    import neuronpedia_api.models as models

    media = op.definition["responses"][str(status)]["content"][ctype]
    candidates = [getattr(models, ref.rsplit("/", 1)[-1]) for ref in media["x-frame-schemas"]]
    lines = body.decode().splitlines()
    if ctype == "text/event-stream":
        frames = [line[len("data:") :].strip() for line in lines if line.startswith("data:")]
    else:
        frames = [line for line in lines if line.strip()]
    assert frames, "an empty stream"
    for raw in frames:
        if raw == "[DONE]":
            continue
        data = json.loads(raw)
        for model in candidates:
            try:
                parsed = model.from_dict(data)
            except (KeyError, TypeError, ValueError):
                continue
            assert_keys_declared(data, {"$ref": media["x-frame-schemas"][candidates.index(model)]}, model.__name__)
            assert set(parsed.to_dict()) == set(data)
            break
        else:
            pytest.fail(f"frame parses with none of {[m.__name__ for m in candidates]}: {raw[:200]}")


def _validate_request(inter: S.Interaction) -> Exception | None:
    try:
        S.strict_openapi().validate_request(S.mock_request(inter))
    except Exception as exc:
        return exc
    return None


@pytest.mark.parametrize(
    "inter",
    [i for i in INTERACTIONS if 200 <= i.status < 300],
    ids=_ids([i for i in INTERACTIONS if 200 <= i.status < 300]),
)
def test_accepted_request_validates(inter: S.Interaction) -> None:
    error = _validate_request(inter)
    if error is not None:
        pytest.fail(f"the server accepted this request but the spec rejects it:\n{S.explain(error)}")


REJECTED = [i for i in INTERACTIONS if i.status in (400, 401)]


@pytest.mark.parametrize("inter", REJECTED, ids=_ids(REJECTED))
def test_rejected_request_is_rejected_by_spec(inter: S.Interaction) -> None:
    name = inter.cassette.stem
    error = _validate_request(inter)
    if name in _inexpressible_rejections():
        assert error is None, f"{name} is listed as inexpressible in DIVERGENCES.md, but the spec rejects it"
    else:
        assert error is not None, (
            f"the server rejected {name} with {inter.status}, the spec accepts it; "
            "tighten the spec or list it in DIVERGENCES.md with the reason"
        )


def test_request_agreement_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """Counts for the closing note; the assertions live in the tests above."""
    counts: Counter[str] = Counter()
    for inter in INTERACTIONS:
        error = _validate_request(inter)
        if 200 <= inter.status < 300:
            counts["accepted: spec agrees" if error is None else "accepted: spec disagrees"] += 1
        elif inter.status in (400, 401):
            counts["rejected: spec agrees" if error else "rejected: listed as inexpressible"] += 1
    with capsys.disabled():
        print("\nrequest agreement:", dict(sorted(counts.items())))
    assert counts["accepted: spec disagrees"] == 0


def test_conformance_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """Counts for the closing note: cassettes, interactions, responses and requests that validate."""
    cassettes = {i.cassette for i in INTERACTIONS}
    responses_valid = 0
    for inter in INTERACTIONS:
        try:
            S.strict_openapi().validate_response(S.mock_request(inter), S.mock_response(inter))
            responses_valid += 1
        except Exception:
            pass
    accepted = [i for i in INTERACTIONS if 200 <= i.status < 300]
    requests_valid = sum(1 for i in accepted if _validate_request(i) is None)
    with capsys.disabled():
        print(
            f"\ncassette conformance: {len(cassettes)} cassettes, {len(INTERACTIONS)} interactions; "
            f"responses valid {responses_valid}/{len(INTERACTIONS)}; "
            f"accepted requests valid {requests_valid}/{len(accepted)}"
        )
    assert responses_valid == len(INTERACTIONS)
    assert requests_valid == len(accepted)
