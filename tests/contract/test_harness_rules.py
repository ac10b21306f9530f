"""The harness's waivers are per field: a lenient field covers only its own field, a known server error
only the cases its entry names (seeded defects of mutations/contract.yaml check that these can fail)."""

from __future__ import annotations

from tests.contract import _harness as H
from tests.support import spec as S

OPS = {op.operation_id: op for op in S.operations()}
LIST_NEW = "http://localhost:3000/api/list/new"
JSON = {"content-type": "application/json", "x-api-key": "k"}


def test_issues_name_the_field_keyword_and_type() -> None:
    issues = H.request_issues(OPS["createList"], LIST_NEW, JSON, b'{"name": 5, "testText": ""}')
    assert set(issues) == {
        H.Issue("name", "type", "integer"),
        H.Issue("testText", "minLength", "string"),
        H.Issue("description", "required", None),
    }
    assert H.request_issues(OPS["createList"], LIST_NEW, JSON, b"{nope") == [H.Issue("this", "unreadable", None)]
    issues = H.request_issues(
        OPS["getConnectedNeurons"], "http://h/api/sparsity/connected-neurons?modelId=m&layer=x&index=1", {}, None
    )
    assert issues == [H.Issue("query:layer", "type", "string")]


def test_a_lenient_field_covers_only_its_own_field() -> None:
    createList = OPS["createList"].definition
    listed = H.Issue("testText", "type", "integer")  # yup casts a number to a string
    assert H.uncovered_issues(createList, [listed]) == []
    other_field = H.Issue("name", "maxLength", "string")  # testText's entry accepts maxLength, name's does not
    other_type = H.Issue("testText", "type", "object")
    assert H.uncovered_issues(createList, [listed, other_field, other_type]) == [other_field, other_type]


def test_an_operation_without_fields_covers_nothing() -> None:
    issue = H.Issue("modelId", "type", "integer")
    assert H.uncovered_issues(OPS["createVector"].definition, [issue]) == [issue]


def test_a_known_server_error_is_waived_only_for_the_case_it_names() -> None:
    (known,) = [
        k
        for k in H.known_server_errors("deleteSubgraph")
        if k.status == 500 and k.body == {"error": "Failed to delete subgraph"}
    ]
    assert known.matches_case([H.Issue("subgraphId", "type", "integer")], set())
    assert not known.matches_case([H.Issue("unrelated", "type", "integer")], set())
    assert not known.matches_case([], {"subgraphId"})  # invalid-request: a valid case never matches


def test_every_known_server_error_has_a_trigger_and_fields() -> None:
    entries = [k for op in S.operations() for k in H.known_server_errors(op.operation_id)]
    assert entries and all(k.trigger and k.fields for k in entries)
