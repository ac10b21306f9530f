"""The client's request bodies use upstream's field names, and only names the spec declares.

Each case calls the client with its optional arguments set, captures the body it sends, and checks
(1) every key is a property of the operation's request schema in the spec (a misspelt optional key
would otherwise be sent silently and ignored by the server), and (2) the optional values travel under
the names the upstream handler reads (hijohnnylin/neuronpedia@ebb8426f, cited per case).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from neuronpedia_ext import Neuronpedia
from tests.contract.test_upstream_facts import _resolve
from tests.support.spec import operations
from tests.unit.test_transport import LIST_ROW, Recorder, client_for, json_response

CREATED_LIST = dict(LIST_ROW, user={"name": "testuser"}, url="http://np.test/list/clist1")


def _properties(operation_id: str) -> set[str]:
    op = next(o for o in operations() if o.operation_id == operation_id)
    schema = _resolve(op.definition["requestBody"]["content"]["application/json"]["schema"])
    return set(schema.get("properties", {}))


CASES: list[tuple[str, Callable[[Neuronpedia], Any], Any, dict[str, Any], str]] = [
    (
        "createList",
        lambda np: np.lists.new("n", "d", test_text="the sea"),
        CREATED_LIST,
        {"name": "n", "description": "d", "testText": "the sea"},
        "app/api/list/new/route.tsx: name, description, testText",
    ),
]


@pytest.mark.parametrize(("operation_id", "call", "answer", "expected", "evidence"), CASES, ids=[c[0] for c in CASES])
def test_request_keys_are_declared_and_named_as_upstream_reads_them(
    operation_id: str, call: Callable[[Neuronpedia], Any], answer: Any, expected: dict[str, Any], evidence: str
) -> None:
    recorder = Recorder(json_response(200, answer))
    with client_for(recorder) as np:
        call(np)
    (request,) = recorder.requests
    body = json.loads(request.content)
    assert set(body) <= _properties(operation_id), f"undeclared keys sent to {operation_id}"
    assert body == expected, evidence
