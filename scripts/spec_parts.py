"""Temporary tool for building the spec in parts (deleted once merged).

    python scripts/spec_parts.py check openapi/parts/vectors.yaml [more parts...]
    python scripts/spec_parts.py merge  # all parts -> openapi/neuronpedia.yaml

`check` merges _common.yaml with the given parts, validates the document with
openapi-spec-validator, then replays every reference cassette whose request maps to an
operation of the document through openapi-core: each response must validate, each
request the server accepted (2xx) must validate, and each request the server rejected
with 400 should be rejected by the spec.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, parse_qs

import yaml

ROOT = Path(__file__).resolve().parent.parent
PARTS = ROOT / "openapi" / "parts"
CASSETTES = ROOT.parent / "shared" / "reference" / "cassettes"


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def merge(parts: list[Path]) -> dict[str, Any]:
    doc = load_yaml(PARTS / "_common.yaml")
    doc["paths"] = dict(doc.get("paths") or {})
    tags: list[dict[str, Any]] = list(doc.get("tags") or [])
    for part in parts:
        data = load_yaml(part) or {}
        for path, item in (data.get("paths") or {}).items():
            if path in doc["paths"]:
                raise SystemExit(f"{part.name}: path {path} already defined")
            doc["paths"][path] = item
        for section, entries in (data.get("components") or {}).items():
            target = doc.setdefault("components", {}).setdefault(section, {})
            for name, value in entries.items():
                if name in target and target[name] != value:
                    raise SystemExit(f"{part.name}: components/{section}/{name} conflicts")
                target[name] = value
        tags.extend(t for t in data.get("tags") or [] if t not in tags)
    if tags:
        doc["tags"] = tags
    return doc


def cassette_interactions() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for f in sorted(CASSETTES.glob("*.yaml")):
        for inter in load_yaml(f)["interactions"]:
            out.append((f.stem, inter))
    return out


def check(doc: dict[str, Any]) -> int:
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest, MockResponse
    from openapi_spec_validator import validate

    validate(doc)
    print("openapi-spec-validator: OK")
    api = OpenAPI.from_dict(doc)
    failures = 0
    seen = 0
    for name, inter in cassette_interactions():
        req, resp = inter["request"], inter["response"]
        url = urlsplit(req["uri"])
        headers = {k.lower(): v[0] for k, v in (req.get("headers") or {}).items()}
        body = req.get("body")
        if isinstance(body, dict):
            body = body.get("string")
        mreq = MockRequest(
            f"{url.scheme}://{url.netloc}",
            req["method"].lower(),
            url.path,
            args={k: v[0] for k, v in parse_qs(url.query).items()},
            headers=headers,
            data=body.encode() if isinstance(body, str) else body,
            content_type=headers.get("content-type", "application/json"),
        )
        # Only cassettes of operations this document covers.
        try:
            api.validate_request(mreq)
            req_ok, req_err = True, ""
        except Exception as exc:  # noqa: BLE001 - report every kind of violation
            req_ok, req_err = False, f"{type(exc).__name__}: {exc}; {getattr(exc, '__cause__', '')}"
            if "PathNotFound" in type(exc).__name__ or "OperationNotFound" in type(exc).__name__:
                continue
        seen += 1
        status = resp["status"]["code"]
        rheaders = {k.lower(): v[0] for k, v in (resp.get("headers") or {}).items()}
        ctype = rheaders.get("content-type", "application/json").split(";")[0]
        rbody = resp["body"]["string"]
        mresp = MockResponse(
            rbody.encode() if isinstance(rbody, str) else rbody,
            status_code=status,
            headers=rheaders,
            content_type=ctype,
        )
        try:
            api.validate_response(mreq, mresp)
            resp_ok, resp_err = True, ""
        except Exception as exc:  # noqa: BLE001
            resp_ok = False
            cause = exc.__cause__
            details = getattr(cause, "schema_errors", None) or getattr(exc, "schema_errors", None) or cause
            resp_err = f"{type(exc).__name__}: {exc}; {details}"
        verdict = []
        if not resp_ok:
            verdict.append(f"RESPONSE INVALID: {resp_err[:1500]}")
        if 200 <= status < 300 and not req_ok:
            verdict.append(f"ACCEPTED REQUEST REJECTED BY SPEC: {req_err[:1500]}")
        if status == 400 and req_ok:
            verdict.append("400 REQUEST ACCEPTED BY SPEC (name it in DIVERGENCES.md if not expressible)")
        if status == 401 and req_ok:
            verdict.append("401 REQUEST ACCEPTED BY SPEC (note: a wrong key is not expressible)")
        mark = "ok " if not verdict else "BAD"
        print(f"{mark} {name} {req['method']} {url.path} -> {status}")
        for v in verdict:
            print("      ", v)
            if not v.startswith(("400 REQUEST", "401 REQUEST")):
                failures += 1
    print(f"{seen} interactions checked, {failures} failures")
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["check"]:
        parts = [Path(p) for p in argv[1:]] or sorted(p for p in PARTS.glob("*.yaml") if p.name != "_common.yaml")
        return check(merge(parts))
    if argv[:1] == ["merge"]:
        parts = sorted(p for p in PARTS.glob("*.yaml") if p.name != "_common.yaml")
        doc = merge(parts)
        out = ROOT / "openapi" / "neuronpedia.yaml"
        out.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100))
        print(f"wrote {out} with {sum(len(v) for v in doc['paths'].values())} operations")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
