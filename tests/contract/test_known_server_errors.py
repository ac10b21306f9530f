"""Every documented upstream 5xx (``x-known-server-errors``) comes with the request that triggers it.

Each entry's ``trigger`` is sent to the emulator (which answers as upstream does) and must get the entry's
status and body; the trigger must also be a case the entry explains (``fields``), so that the harness's
rule (a 5xx is waived only for a case that matches its entry) is the rule the trigger was written for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from neuronpedia_ext.emulator.server import EmulatorServer
from tests.contract import _harness as H
from tests.support import spec as S

#: (operation, position) of every entry; resolved inside the tests, so that a bad entry fails its test
ENTRIES = [(op, i) for op in S.operations() for i in range(len(op.definition.get("x-known-server-errors", [])))]


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer() as server:
        yield server


def _request(op: S.Operation, trigger: dict[str, Any]) -> tuple[str, bytes | None]:
    path = op.path
    for name, value in (trigger.get("path") or {}).items():
        path = path.replace("{" + name + "}", str(value))
    query = trigger.get("query")
    url = path + ("?" + urlencode(query) if query else "")
    if "raw" in trigger:
        return url, str(trigger["raw"]).encode() if trigger["raw"] != "" else None
    if "body" in trigger:
        return url, json.dumps(trigger["body"]).encode()
    return url, None


def _substitute(value: Any, ids: list[Any]) -> Any:
    if isinstance(value, dict):
        return {k: _substitute(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_substitute(v, ids) for v in value]
    match = re.fullmatch(r"\$setup\[(\d+)\]\.id", value) if isinstance(value, str) else None
    return ids[int(match.group(1))] if match else value


@pytest.mark.parametrize(("op", "position"), ENTRIES, ids=[f"{op.operation_id}[{i}]" for op, i in ENTRIES])
def test_trigger_provokes_the_documented_answer(op: S.Operation, position: int, emulator: EmulatorServer) -> None:
    known = H.known_server_errors(op.operation_id)[position]
    if not known.emulated:
        pytest.skip(f"documented as not emulated: {known.reason[-160:]}")
    headers = {"x-api-key": emulator.api_key, "content-type": "application/json"}
    by_id = {o.operation_id: o for o in S.operations()}
    ids: list[Any] = []
    for step in known.trigger.get("setup") or []:
        setup_op = by_id[step["operationId"]]
        answer = httpx.request(
            setup_op.method.upper(),
            emulator.base_url + setup_op.path,
            json=_substitute(step.get("body"), ids),
            headers=headers,
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        ids.append(answer.json().get("id") if isinstance(answer.json(), dict) else None)
    url, body = _request(op, _substitute(dict(known.trigger), ids))
    response = httpx.request(op.method.upper(), emulator.base_url + url, content=body, headers=headers, timeout=30)
    try:
        payload = response.json()
    except ValueError:
        payload = None
    valid = H.request_is_valid(op.method, "http://localhost:3000" + url, headers, body)
    assert known.matches(response.status_code, payload, valid), f"{response.status_code} {response.text[:300]}"
    issues = [] if valid else H.request_issues(op, "http://localhost:3000" + url, headers, body)
    present = H.present_fields(url, body) | {f"path:{n}" for n in (known.trigger.get("path") or {})}
    assert known.matches_case(issues, present), f"the trigger is not a case the entry's fields explain: {issues}"


def test_every_entry_has_a_trigger(capsys: pytest.CaptureFixture[str]) -> None:
    """Counts for the closing note (the assertions are in _harness.known_server_errors)."""
    entries = [k for op in S.operations() for k in H.known_server_errors(op.operation_id)]
    ops = {op.operation_id for op, _ in ENTRIES}
    assert entries and all(k.trigger and k.fields for k in entries)
    with capsys.disabled():
        print(f"\nx-known-server-errors: {len(entries)} entries on {len(ops)} operations, each with a trigger")
