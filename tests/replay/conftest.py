"""Replay tests of neuronpedia_ext's real flows, against vcrpy cassettes in cassettes/replay/.

- CI replays offline: ``pytest --record-mode=none --block-network`` (pytest-recording's default mode is
  ``none``; ``record_mode`` is never put in ``vcr_config``, so the command line always wins).
- Matching: method, scheme, host, port, path, query and the request body **as JSON** (``json_body``),
  so a request whose body changed never replays an old answer.
- Recording: ``make record`` (the emulator) or ``make record NEURONPEDIA_BASE_URL=... NEURONPEDIA_API_KEY=...``.
  Every recorded URI is rewritten to ``http://localhost:3000`` (a stable base), the API key is redacted
  from headers and bodies, cookies are dropped, and ``cassettes/RECORDED_AGAINST.yaml`` records what each
  cassette was recorded against.
- Every client sends through :class:`tests.support.validating.ValidatingTransport` (request-side contract).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
import yaml

from neuronpedia_ext import Neuronpedia
from tests.support import spec as S
from tests.support.validating import ValidatingTransport

STABLE_BASE = "http://localhost:3000"
REPLAY_DIR = S.CASSETTES / "replay"
INDEX = S.CASSETTES / "RECORDED_AGAINST.yaml"
REDACTED = "<NEURONPEDIA_API_KEY>"
#: Recording against the emulator, the key of its seeded testuser; replay sends this placeholder.
REPLAY_KEY = "np-replay-key"

_RECORDED: dict[str, dict[str, str]] = {}


def recording(config: pytest.Config) -> bool:
    return config.getoption("--record-mode") not in (None, "none")


def target_url() -> str:
    return os.environ.get("NEURONPEDIA_BASE_URL", "").rstrip("/") or STABLE_BASE


def target_kind() -> str:
    """What a recording made now is recorded against: emulator, self-hosted or live."""
    explicit = os.environ.get("NEURONPEDIA_RECORD_TARGET")
    if explicit:
        return explicit
    host = urlsplit(target_url()).hostname or ""
    return "live" if host.endswith("neuronpedia.org") else "self-hosted"


def _key() -> str | None:
    return os.environ.get("NEURONPEDIA_API_KEY") or None


# --- the JSON body matcher and the scrubbing hooks ---------------------------------------------------
def _body_json(body: Any) -> Any:
    if body in (None, b"", ""):
        return None
    raw = body.decode() if isinstance(body, bytes) else str(body)
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def json_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the request bodies are equal as JSON (key order and spacing do not matter)."""
    a, b = _body_json(r1.body), _body_json(r2.body)
    assert a == b, f"request bodies differ: {a!r} != {b!r}"


def _scrub(text: str) -> str:
    key = _key()
    if key:
        text = text.replace(key, REDACTED)
    return text


def _stable_uri(uri: str) -> str:
    parts = urlsplit(uri)
    base = urlsplit(STABLE_BASE)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


def before_record_request(request: Any) -> Any:
    if urlsplit(request.uri).path.startswith("/_emulator"):
        return None  # the emulator's admin routes are never part of a cassette
    request.uri = _stable_uri(request.uri)
    if request.body:
        raw = request.body.decode() if isinstance(request.body, bytes) else str(request.body)
        request.body = _scrub(raw).encode()
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in ("set-cookie", "cookie"):
            del headers[name]
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        with contextlib.suppress(UnicodeDecodeError):  # binary bodies carry no key
            response["body"]["string"] = _scrub(body.decode()).encode()
    elif isinstance(body, str):
        response["body"]["string"] = _scrub(body)
    return response


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("json_body", json_body)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "query", "json_body"],
        "filter_headers": [
            ("x-api-key", REDACTED),
            ("authorization", REDACTED),
            ("cookie", None),
            ("set-cookie", None),
        ],
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(REPLAY_DIR / Path(str(request.module.__file__)).stem)


# --- the client and the emulator's admin routes (recording only) --------------------------------------
@pytest.fixture
def np_client() -> Iterator[Neuronpedia]:
    """The ergonomic client, on the validating transport, pointed at the target (replay: any URL works)."""
    with Neuronpedia(
        base_url=target_url(), api_key=_key() or REPLAY_KEY, max_retries=0, transport=ValidatingTransport()
    ) as np:
        yield np


@pytest.fixture
def anon_np_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[Neuronpedia]:
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    with Neuronpedia(base_url=target_url(), api_key=None, max_retries=0, transport=ValidatingTransport()) as np:
        yield np


class Admin:
    """The emulator's ``/_emulator`` routes, used only while recording against the emulator (never recorded)."""

    def __init__(self, active: bool) -> None:
        self.active = active

    def _send(self, method: str, path: str, body: Any = None) -> None:
        if not self.active:
            return
        # vcrpy sees these too; before_record_request drops /_emulator requests from the cassette.
        token = os.environ.get("NEURONPEDIA_EMULATOR_ADMIN_TOKEN", "")
        with httpx.Client(base_url=target_url(), timeout=10, headers={"x-emulator-token": token}) as c:
            c.request(method, path, json=body if body is not None else {}).raise_for_status()

    def reset(self) -> None:
        self._send("POST", "/_emulator/reset")

    def faults(self, **settings: Any) -> None:
        self._send("PUT", "/_emulator/faults", settings)


@pytest.fixture
def emulator_admin(request: pytest.FixtureRequest) -> Admin:
    active = recording(request.config) and target_kind() == "emulator"
    admin = Admin(active)
    admin.reset()
    return admin


@pytest.fixture
def needs_emulator_when_recording(request: pytest.FixtureRequest) -> None:
    """Scenarios that need fault injection can only be recorded against the emulator."""
    if recording(request.config) and target_kind() != "emulator":
        pytest.skip("recordable only against the emulator (needs fault injection); the existing cassette stays")


@pytest.fixture(autouse=True)
def _note_recording(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if not recording(request.config) or "vcr" not in request.keywords:
        return
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.passed:
        # vcrpy writes the cassette when its own fixture ends, possibly after this one: checked at session end.
        cassette = Path(request.getfixturevalue("vcr_cassette_dir")) / f"{request.node.name}.yaml"
        _RECORDED[str(cassette.relative_to(S.CASSETTES))] = {
            "target": target_kind(),
            "base_url": target_url() if target_kind() != "live" else "https://www.neuronpedia.org",
        }


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    rep = outcome.get_result()
    if rep.when == "call":
        item.rep_call = rep  # type: ignore[attr-defined]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    report = os.environ.get("NEURONPEDIA_RECORD_REPORT")
    if report:  # scripts/contract_record.py restores every cassette not listed here
        recorded = sorted(name for name in _RECORDED if (S.CASSETTES / name).exists())
        Path(report).write_text(json.dumps(recorded))
    if not _RECORDED:
        return
    index: dict[str, Any] = {}
    if INDEX.exists():
        index = yaml.safe_load(INDEX.read_text()) or {}
    index.update({name: entry for name, entry in _RECORDED.items() if (S.CASSETTES / name).exists()})
    header = (
        "# What each cassette under cassettes/ (reference/ excepted: see its README) was recorded against.\n"
        "# Written by the replay tests while recording (`make record`);\n"
        "# tests/replay checks that every cassette has an entry.\n"
    )
    INDEX.write_text(header + yaml.safe_dump(dict(sorted(index.items())), sort_keys=False))
