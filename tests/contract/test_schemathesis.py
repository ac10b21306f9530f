"""Property-based contract tests: schemathesis against the emulator, or any server by URL.

- Target: an emulator started for this module (default), or ``NEURONPEDIA_CONTRACT_URL`` with
  ``NEURONPEDIA_API_KEY``. Against a URL only read-only operations run (GETs and POSTs marked
  ``x-idempotent: true``), with a small budget, unless ``NEURONPEDIA_CONTRACT_ALLOW_WRITES=1``.
- Phases: examples, coverage and fuzzing, positive and negative (per operation), then the stateful
  phase over the spec's OpenAPI ``links`` (emulator, or a URL with writes allowed).
- Checks: see :mod:`tests.contract._harness`. A 5xx passes only when an ``x-known-server-errors`` entry of
  the operation explains the case (its ``fields``), a 2xx to an invalid request only when every issue lies in
  an ``x-lenient-validation.fields`` entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck
from schemathesis import GenerationMode

from neuronpedia_ext.emulator.server import EmulatorServer
from tests.contract import _harness as H
from tests.support import spec as S

URL_TARGET = H.url_target()
OPERATION_IDS = [
    op.operation_id
    for op in H.selected_operations(URL_TARGET is not None, bool(URL_TARGET and URL_TARGET.allow_writes))
]
MAX_EXAMPLES = URL_TARGET.max_examples if URL_TARGET else H.Target("", None, "emulator", True).max_examples
STATEFUL = URL_TARGET is None or URL_TARGET.allow_writes

schema = schemathesis.openapi.from_path(str(S.SPEC_PATH))
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES)
if URL_TARGET is not None and not URL_TARGET.loopback:
    # Someone else's server: the examples and a few fuzzed cases, not the coverage phase's hundreds of probes.
    schema.config.phases.coverage.enabled = False
schema = schema.include(operation_id=OPERATION_IDS)

SETTINGS = hypothesis.settings(
    deadline=None,
    derandomize=True,
    database=None,
    max_examples=MAX_EXAMPLES,
    suppress_health_check=list(HealthCheck),
    print_blob=False,
)


@pytest.fixture(scope="module")
def contract_target() -> Iterator[H.Target]:
    if URL_TARGET is not None:
        yield URL_TARGET
        return
    with EmulatorServer() as server:
        yield H.Target(server.base_url, server.api_key, "emulator", allow_writes=True, admin_token=server.admin_token)


@pytest.fixture(scope="module")
def contract_session() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


@schema.parametrize()
@SETTINGS
def test_operation(case: Any, contract_target: H.Target, contract_session: requests.Session) -> None:
    H.run_case(case, contract_target, contract_session)


# --- stateful: the OpenAPI links (vector new -> get -> delete -> list-owned;
#     list new -> add -> get -> remove -> delete)
if STATEFUL:
    #: The operations the spec's `links` connect (schemathesis would also infer links between all the others).
    STATEFUL_OPERATIONS = [
        "createVector",
        "getVector",
        "deleteVector",
        "listOwnedVectors",
        "createList",
        "addFeaturesToList",
        "getList",
        "removeFeatureFromList",
        "deleteList",
    ]
    _stateful_schema = schemathesis.openapi.from_path(str(S.SPEC_PATH))
    _stateful_schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    _Workflow: Any = _stateful_schema.include(operation_id=STATEFUL_OPERATIONS).as_state_machine()

    class _ContractWorkflow(_Workflow):  # type: ignore[misc, valid-type]
        target: H.Target
        session: requests.Session

        def call(self, case: Any, **kwargs: Any) -> Any:
            H.STATS.note_case(case.operation.label, "stateful", "positive")
            H.pace(self.target)
            return case.call(base_url=self.target.base_url, headers=self.target.headers(), session=self.session)

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            try:
                case.validate_response(response, checks=H.checks(), headers=self.target.headers())
            except (AssertionError, BaseExceptionGroup) as exc:
                H.STATS.note_failure(case.operation.label, str(exc).strip().splitlines()[0])
                raise

    def test_stateful_links(contract_target: H.Target, contract_session: requests.Session) -> None:
        if contract_target.kind == "emulator":  # a fresh store: the fuzzing phases stored odd but accepted data
            contract_session.post(
                contract_target.base_url + "/_emulator/reset",
                json={},
                headers={"x-emulator-token": contract_target.admin_token or ""},
                timeout=10,
            ).raise_for_status()
        _ContractWorkflow.target = contract_target
        _ContractWorkflow.session = contract_session
        before = sum(n for (_, phase, _), n in H.STATS.cases.items() if phase == "stateful")
        _ContractWorkflow.run(
            # Generation only: replaying or shrinking a sequence against a server whose state moved on
            # is not reproducible (hypothesis would report FlakyStrategyDefinition).
            settings=hypothesis.settings(
                max_examples=25 if contract_target.kind == "emulator" else 3,
                stateful_step_count=8,
                deadline=None,
                database=None,
                phases=[hypothesis.Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
        )
        stateful = {label: n for (label, phase, _), n in H.STATS.cases.items() if phase == "stateful"}
        assert sum(stateful.values()) - before > 0
        # the list links were followed (random vectors rarely have the model's 768 values: see the next test)
        assert {"POST /api/list/new", "POST /api/list/add-features", "POST /api/list/get"} <= set(stateful), stateful

    def _pointer(doc: Any, pointer: str) -> Any:
        for part in pointer.lstrip("/").split("/"):
            doc = doc[int(part)] if isinstance(doc, list) else doc[part]
        return doc

    def _link_body(link: dict[str, Any], request_body: Any, response_body: Any) -> Any:
        if "requestBody" not in link:
            return None

        def resolve(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: resolve(v) for k, v in value.items()}
            if isinstance(value, list):
                return [resolve(v) for v in value]
            if isinstance(value, str) and value.startswith("$response.body#"):
                return _pointer(response_body, value[len("$response.body#") :])
            if isinstance(value, str) and value.startswith("$request.body#"):
                return _pointer(request_body, value[len("$request.body#") :])
            return value

        return resolve(link["requestBody"])

    def locator_of(vector: dict[str, Any]) -> tuple[str, str, str]:
        return (vector["modelId"], vector.get("source") or vector["layer"], vector["index"])  # list-owned: `layer`

    def locator(created: Any) -> tuple[str, str, str]:
        return locator_of(created.json()["vector"])

    def test_vector_links(contract_target: H.Target, contract_session: requests.Session) -> None:
        """vector new -> get -> delete -> list-owned, each step built only from the spec's `links`."""
        by_id = {op.operation_id: op for op in S.operations()}

        def send(operation_id: str, body: Any) -> Any:
            op = by_id[operation_id]
            endpoint = schema[op.path][op.method.upper()]
            case = endpoint.Case() if body is None else endpoint.Case(body=body, media_type="application/json")
            return H.run_case(case, contract_target, contract_session)

        def follow(operation_id: str, name: str, request_body: Any, response: Any) -> tuple[str, Any]:
            link = by_id[operation_id].definition["responses"]["200"]["links"][name]
            return link["operationId"], _link_body(link, request_body, response.json())

        created_body = {
            "modelId": "gpt2-small",
            "layerNumber": 6,
            "hookType": "hook_resid_pre",
            "vector": [0.01] * 768,
            "vectorLabel": "contract suite",
            "vectorDefaultSteerStrength": 10,
        }
        created = send("createVector", created_body)
        assert created.status_code == 200, created.text
        # The check after the delete reads list-owned, never vector/get (which can fall back to inference):
        # the vector is listed now, so its absence later is the delete's doing.
        before = send("listOwnedVectors", None)
        assert locator(created) in {locator_of(v) for v in before.json()["vectors"]}, before.text
        target, body = follow("createVector", "GetCreatedVector", created_body, created)
        got = send(target, body)
        assert got.status_code == 200 and got.json()["vector"]["vectorLabel"] == "contract suite", got.text
        target, body = follow("getVector", "DeleteReadVector", body, got)
        deleted = send(target, body)
        assert deleted.status_code == 200, deleted.text
        target, body = follow("deleteVector", "ListOwnedAfterDelete", body, deleted)
        assert target == "listOwnedVectors" and body is None
        after = send(target, None)
        assert after.status_code == 200, after.text
        assert locator(created) not in {locator_of(v) for v in after.json()["vectors"]}, after.text
