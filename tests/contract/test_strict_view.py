"""The strict view of the spec (tests only) refuses unknown keys; the users' spec stays lenient."""

from __future__ import annotations

import json
from typing import Any

import httpx

from tests.support import spec as S
from tests.support import validating

LIST_NEW = "http://127.0.0.1:1/api/list/new"
HEADERS = {"x-api-key": "k", "content-type": "application/json"}


def _request_error(openapi: Any, body: dict[str, Any]) -> str | None:
    try:
        openapi.validate_request(S.openapi_request("POST", LIST_NEW, HEADERS, json.dumps(body).encode()))
    except Exception as exc:
        return S.explain(exc)
    return None


def test_misspelt_optional_key_is_refused_by_the_strict_view_only() -> None:
    misspelt = {"name": "n", "description": "", "testtext": "hi"}
    assert _request_error(S.openapi(), misspelt) is None  # users' spec: a server may ignore extra keys
    error = _request_error(S.strict_openapi(), misspelt)
    assert error is not None and "testtext" in error
    assert _request_error(S.strict_openapi(), {"name": "n", "description": "", "testText": "hi"}) is None


def test_validating_transport_reports_a_misspelt_key() -> None:
    """What the client fixtures send through: a request with `testtext` is recorded as a violation."""
    before = len(validating.VIOLATIONS)
    request = httpx.Request("POST", LIST_NEW, headers=HEADERS, json={"name": "n", "description": "", "testtext": "x"})
    validating.validate(request)
    new = validating.VIOLATIONS[before:]
    del validating.VIOLATIONS[before:]  # seeded on purpose: not a violation of this session
    assert len(new) == 1 and "createList" in new[0] and "testtext" in new[0], new


def test_composed_schemas_close_over_all_their_members() -> None:
    """allOf: the composition is closed (unevaluatedProperties), its members stay open; a member used on
    its own is closed where it is used."""
    strict = S.strict_spec()["components"]["schemas"]
    assert strict["FeatureListMembership"]["unevaluatedProperties"] is False
    assert "additionalProperties" not in strict["Neuron"]  # an allOf member elsewhere
    validator = S.strict_openapi()
    base = {"name": "n", "description": ""}
    assert _request_error(validator, base) is None
    assert _request_error(validator, {**base, "testText": None}) is None


def test_users_spec_is_not_closed() -> None:
    def closed(node: Any) -> bool:
        if isinstance(node, dict):
            if node.get("additionalProperties") is False or node.get("unevaluatedProperties") is False:
                return True
            return any(closed(v) for v in node.values())
        return isinstance(node, list) and any(closed(v) for v in node)

    assert not closed(S.spec())
    assert closed(S.strict_spec())


def test_a_recorded_answer_with_an_extra_key_fails() -> None:
    inter = next(i for i in S.iter_interactions() if i.cassette.stem == "list_get")
    body = inter.response_json()
    body["unexpected"] = True
    response = S.openapi_response(inter.status, inter.response_headers(), json.dumps(body).encode())
    S.openapi().validate_response(S.mock_request(inter), response)  # lenient: accepted
    try:
        S.strict_openapi().validate_response(S.mock_request(inter), response)
    except Exception as exc:
        assert "unexpected" in S.explain(exc)
    else:
        raise AssertionError("the strict view accepted an answer with an undeclared key")
