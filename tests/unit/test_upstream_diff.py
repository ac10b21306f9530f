"""scripts/extract_upstream_spec.py and scripts/upstream_diff.py on synthetic inputs."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import extract_upstream_spec as ex  # noqa: E402
import upstream_diff as ud  # noqa: E402

SWAGGER_TS = """\
import { createSwaggerSpec } from 'next-swagger-doc';

const description = `
Fake API. Use \\`x-api-key\\`.
`;

export const getApiDocs = async () => {
  // a comment
  const spec = createSwaggerSpec({
    apiFolder: 'app/api',
    definition: {
      openapi: '3.0.0',
      info: {
        title: "Fake API",
        description,
        version: '1.0',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
        },
        schemas: {
          Base: { type: 'object', properties: { a: { type: 'string' } } },
        },
      },
      security: [],
    },
  });
  return spec;
};
"""

YAML_ROUTE = """\
import { NextResponse } from 'next/server';

/**
 * @swagger
 * /api/alpha:
 *   post:
 *     summary: Alpha
 *     tags:
 *       - Things
 *     security:
 *       - apiKey: []
 *     requestBody:
 *       content:
 *         application/json:
 *           schema:
 *             type: object
 *             properties:
 *               mode:
 *                 type: string
 *                 enum: [yes, no, on]
 *     responses:
 *       200:
 *         description: ok
 */
export async function POST() {
  return NextResponse.json({});
}
"""

JSON_ROUTE = """\
/**
@swagger
{
  "/api/alpha": {
    "get": {"summary": "Alpha list", "responses": {"200": {"description": "ok"}}}
  },
  "components": {
    "schemas": {
      "Base": {"properties": {"b": {"type": "integer"}}},
      "Extra": {"type": "string"}
    }
  },
  "tags": [{"name": "Things"}, {"name": "Things"}],
  "x-internal": {"ignored": true}
}
*/
export async function GET() {}
"""

BROKEN_ROUTE = """\
/**
 * Leading prose.
 *
 * @swagger
 * /api/broken:
 *   post:
 *     summary: [unclosed
 */
export async function POST() {}

/**
 * @swagger
 * /api/after-broken:
 *   get:
 *     responses:
 *       200:
 *         description: ok
 */
export async function GET() {}
"""

DUPLICATE_KEY_ROUTE = """\
/**
 * @swagger
 * /api/dup:
 *   get:
 *     summary: one
 *     summary: two
 */
"""

LINE_COMMENT_ROUTE = """\
// This route has no @swagger block on purpose.
export async function POST() {}
"""


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


@pytest.fixture
def monorepo(tmp_path: Path) -> Path:
    web = "apps/webapp"
    write(tmp_path, f"{web}/lib/swagger.ts", SWAGGER_TS)
    write(tmp_path, f"{web}/app/api/alpha/route.ts", YAML_ROUTE)
    write(tmp_path, f"{web}/app/api/alpha/list/route.tsx", JSON_ROUTE)
    write(tmp_path, f"{web}/app/api/broken/route.ts", BROKEN_ROUTE)
    write(tmp_path, f"{web}/app/api/dup/route.ts", DUPLICATE_KEY_ROUTE)
    write(tmp_path, f"{web}/app/api/internal/route.ts", LINE_COMMENT_ROUTE)
    write(tmp_path, f"{web}/app/api/alpha/schema.json", '{"not": "scanned"}')
    return tmp_path


# --- extraction ------------------------------------------------------------------------------------


def test_extracts_yaml_and_json_blocks_and_merges_paths(monorepo: Path) -> None:
    doc, _ = ex.extract(monorepo)
    assert set(doc["paths"]) == {"/api/alpha", "/api/after-broken"}
    alpha = doc["paths"]["/api/alpha"]
    assert set(alpha) == {"post", "get"}  # the same path from two files, deep-merged
    assert alpha["get"]["summary"] == "Alpha list"
    assert alpha["post"]["security"] == [{"apiKey": []}]
    # status keys become strings and YAML 1.2 keeps yes/no/on as strings
    assert list(alpha["post"]["responses"]) == ["200"]
    mode = alpha["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["mode"]
    assert mode["enum"] == ["yes", "no", "on"]


def test_base_definition_is_read_from_swagger_ts(monorepo: Path) -> None:
    doc, _ = ex.extract(monorepo)
    assert doc["openapi"] == "3.0.0"
    assert doc["info"] == {
        "title": "Fake API",
        "description": "\nFake API. Use `x-api-key`.\n",
        "version": "1.0",
    }
    assert doc["components"]["securitySchemes"] == {"apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}}
    assert doc["security"] == []
    assert list(doc)[:5] == ["openapi", "info", "components", "security", "paths"]


def test_components_are_merged_and_tags_deduplicated_like_swagger_jsdoc(monorepo: Path) -> None:
    doc, _ = ex.extract(monorepo)
    schemas = doc["components"]["schemas"]
    assert schemas["Base"] == {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
    }
    assert schemas["Extra"] == {"type": "string"}
    assert doc["tags"] == [{"name": "Things"}]
    assert "x-internal" not in doc and "x-internal" not in doc["paths"]
    for empty in ("definitions", "responses", "parameters", "securityDefinitions"):
        assert empty not in doc


def test_invalid_blocks_are_reported_and_skipped(monorepo: Path) -> None:
    doc, problems = ex.extract(monorepo)
    by_file = {p.file: p for p in problems}
    assert set(by_file) == {"app/api/broken/route.ts", "app/api/dup/route.ts"}
    assert by_file["app/api/broken/route.ts"].line == 4  # the line of the @swagger tag
    assert "duplicate mapping key 'summary'" in by_file["app/api/dup/route.ts"].error
    assert "/api/broken" not in doc["paths"] and "/api/dup" not in doc["paths"]
    assert "/api/after-broken" in doc["paths"]  # the next block of the same file still counts


def test_cli_writes_json_and_reports_problems(monorepo: Path, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "up.json"
    assert ex.main([str(monorepo), "-o", str(out)]) == 0
    assert set(json.loads(out.read_text())["paths"]) == {"/api/alpha", "/api/after-broken"}
    err = capsys.readouterr().err
    assert "app/api/broken/route.ts:4:" in err and "2 paths, 3 operations, 2 problem(s)" in err
    assert ex.main([str(tmp_path / "nowhere")]) == 2


def test_missing_base_definition_falls_back_with_a_problem(tmp_path: Path) -> None:
    write(tmp_path, "apps/webapp/app/api/alpha/route.ts", YAML_ROUTE)
    doc, problems = ex.extract(tmp_path)
    assert doc["components"]["securitySchemes"]["apiKey"]["name"] == "x-api-key"
    assert doc["security"] == [] and doc["openapi"] == "3.0.0"
    assert len(problems) == 1 and "base definition not read" in problems[0].error


def test_swagger_jsdoc_merge_semantics() -> None:
    first = {"a": 1, "b": {"c": 1}, "l": [{"x": 1}, 2]}
    second = {"a": None, "b": {"d": 2}, "l": [{"y": 1}], "n": None}
    assert ex.merge_deep(first, second) == {
        "a": 1,
        "b": {"c": 1, "d": 2},
        "l": [{"x": 1, "y": 1}, 2],
        "n": None,
    }
    doc = ex.prepare({"openapi": "3.0.0"})
    ex.organize(doc, {"/api/p": {"get": {"summary": "s"}}, "paths": {"/api/q": {"post": {}}}})
    ex.organize(doc, {"/api/p": {"get": {"description": "d"}}})
    assert doc["paths"] == {"/api/p": {"get": {"summary": "s", "description": "d"}}, "/api/q": {"post": {}}}


def test_files_are_walked_with_dynamic_segments_last(tmp_path: Path) -> None:
    for rel in ("score/[id]/delete/route.ts", "score/route.tsx", "[slug]/route.ts", "alpha/route.ts"):
        write(tmp_path, rel, "")
    order = [p.relative_to(tmp_path).as_posix() for p in ex.source_files(tmp_path)]
    assert order == ["alpha/route.ts", "score/route.tsx", "score/[id]/delete/route.ts", "[slug]/route.ts"]


# --- diff -------------------------------------------------------------------------------------------


def op(**kwargs: Any) -> dict[str, Any]:
    return {"responses": {"200": {"description": "ok"}}, **kwargs}


def body(schema: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {"required": required, "content": {"application/json": {"schema": schema}}}


def report_for(upstream: dict[str, Any], ours: dict[str, Any], label: str) -> ud.OpReport:
    reports = {r.label: r for r in ud.compare(upstream, ours)}
    return reports[label]


def test_operations_missing_and_extra_upstream() -> None:
    upstream = {"paths": {"/api/graph/list": {"get": op()}, "/api/a/{id}": {"post": op()}}}
    ours = {"paths": {"/api/graph/list-owned": {"post": op()}, "/api/a/{modelId}": {"post": op()}}}
    statuses = {r.label: r.status for r in ud.compare(upstream, ours)}
    assert statuses == {
        "GET /api/graph/list": "upstream-only",
        "POST /api/graph/list-owned": "ours-only",
        "POST /api/a/{modelId}": "both",  # path parameters match by position
    }


def test_parameter_presence_required_and_type() -> None:
    upstream = {
        "paths": {
            "/x": {
                "parameters": [{"name": "shared", "in": "query", "schema": {"type": "string"}}],
                "get": op(
                    parameters=[
                        {"name": "modelId", "in": "query", "required": True, "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"name": "old", "in": "query", "schema": {"type": "string"}},
                    ]
                ),
            }
        }
    }
    ours = {
        "paths": {
            "/x": {
                "get": op(
                    parameters=[
                        {"name": "shared", "in": "query", "schema": {"type": "string"}},
                        {"name": "modelId", "in": "query", "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "number"}},
                        {"name": "new", "in": "query", "schema": {"type": "string"}},
                    ]
                )
            }
        }
    }
    report = report_for(upstream, ours, "GET /x")
    assert report.field_diffs == [
        "`query.limit`: type integer upstream, number ours",
        "`query.modelId`: required upstream, optional ours",
        "`query.new`: only ours",
        "`query.old`: only upstream",
    ]
    assert report.range_diffs == []


def test_body_fields_with_refs_and_upstream_invalid_bits() -> None:
    upstream = {
        "components": {"schemas": {"Item": {"type": "object", "properties": {"v": {"type": "integer"}}}}},
        "paths": {
            "/b": {
                "post": op(
                    requestBody=body(
                        {
                            "type": "object",
                            "properties": {
                                "modelId": {"type": "string", "required": True},
                                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                                "weird": {"$ref": None, "type": "string"},
                                "note": {"type": "string", "nullable": True},
                                "gone": {"type": "string"},
                            },
                        }
                    )
                )
            }
        },
    }
    ours = {
        "components": {
            "schemas": {
                "Req": {
                    "type": "object",
                    "required": ["modelId"],
                    "properties": {
                        "modelId": {"type": "string"},
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/It"}},
                        "weird": {"type": "string"},
                        "note": {"type": ["string", "null"]},
                        "added": {"type": "boolean"},
                    },
                },
                "It": {"type": "object", "properties": {"v": {"type": "number"}}},
            }
        },
        "paths": {"/b": {"post": op(requestBody=body({"$ref": "#/components/schemas/Req"}))}},
    }
    report = report_for(upstream, ours, "POST /b")
    # modelId required on both sides (upstream via `required: true`), `note` nullable on both
    assert report.field_diffs == [
        "`body.added`: only ours",
        "`body.gone`: only upstream",
        "`body.items[].v`: type integer upstream, number ours",
    ]


def test_nullable_body_and_request_body_required() -> None:
    upstream = {"paths": {"/n": {"post": op(requestBody=body({"type": "object"}, required=False))}}}
    ours = {
        "paths": {
            "/n": {"post": op(requestBody=body({"anyOf": [{"type": "object"}, {"type": "null"}]}, required=True))}
        }
    }
    report = report_for(upstream, ours, "POST /n")
    assert report.field_diffs == [
        "`body`: optional upstream, required ours",
        "`body`: nullable no upstream, yes ours",
    ]


def test_one_of_branches_are_folded() -> None:
    text = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
    upstream = {"paths": {"/o": {"post": op(requestBody=body({"properties": {"text": text}}))}}}
    ours = {"paths": {"/o": {"post": op(requestBody=body({"properties": {"text": {"type": "string"}}}))}}}
    report = report_for(upstream, ours, "POST /o")
    assert report.field_diffs == [
        "`body.text`: type array|string upstream, string ours",
        "`body.text[]`: only upstream",
    ]


def test_enums_and_ranges() -> None:
    up_props = {
        "modelId": {"type": "string", "enum": ["gemma-2-2b", "qwen3-4b"]},
        "n": {"type": "integer", "minimum": 1, "maximum": 100},
        "name": {"type": "string", "maxLength": 64},
        "list": {"type": "array", "maxItems": 10, "items": {"type": "string", "enum": ["a"]}},
        "strength": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
        "same": {"type": "string", "enum": ["x", "y"]},
    }
    our_props = {
        "modelId": {"type": "string", "enum": ["gemma-2-2b", "llama"]},
        "n": {"type": "integer", "minimum": 1, "maximum": 1024},
        "name": {"type": "string", "minLength": 1, "maxLength": 64},
        "list": {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
        "strength": {"type": "number", "exclusiveMinimum": 0},
        "same": {"anyOf": [{"type": "string", "enum": ["y", "x", None]}]},
    }
    upstream = {"paths": {"/e": {"post": op(requestBody=body({"type": "object", "properties": up_props}))}}}
    ours = {"paths": {"/e": {"post": op(requestBody=body({"type": "object", "properties": our_props}))}}}
    report = report_for(upstream, ours, "POST /e")
    assert report.range_diffs == [
        "`body.list` minItems: upstream none, ours 1",
        '`body.list[]` enum: upstream ["a"], ours none',
        '`body.modelId` enum: upstream ["gemma-2-2b", "qwen3-4b"], ours ["gemma-2-2b", "llama"] '
        '(only upstream: "qwen3-4b"; only ours: "llama")',
        "`body.n` maximum: upstream 100, ours 1024",
        "`body.name` minLength: upstream none, ours 1",
    ]
    # a null in an enum is nullability, not an enum value
    assert report.field_diffs == ["`body.same`: nullable no upstream, yes ours"]


def test_responses_statuses_and_200_schema() -> None:
    upstream = {
        "paths": {
            "/r": {
                "post": {
                    "responses": {
                        200: {"description": "ok"},
                        400: {"description": "bad"},
                        500: {"description": "err"},
                    }
                }
            }
        }
    }
    ours = {
        "components": {
            "responses": {"Ok": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
        },
        "paths": {
            "/r": {
                "post": {
                    "responses": {
                        "200": {"$ref": "#/components/responses/Ok"},
                        "400": {"description": "bad"},
                        "429": {"description": "slow down"},
                    }
                }
            }
        },
    }
    report = report_for(upstream, ours, "POST /r")
    assert report.response_diffs == [
        "status 500: only upstream",
        "status 429: only ours",
        "200 schema: upstream no, ours yes",
    ]


@pytest.mark.parametrize(
    ("security", "expected"),
    [
        ([{"ApiKeyAuth": []}], "required"),
        ([{"ApiKeyAuth": []}, {}], "optional"),
        ([], "none"),
        (None, "none"),
    ],
)
def test_auth_modes(security: Any, expected: str) -> None:
    operation = {} if security is None else {"security": security}
    assert ud.auth_mode(operation, {"security": []}) == expected


def test_auth_falls_back_to_the_document_and_differences_are_flagged() -> None:
    upstream = {"security": [], "paths": {"/s": {"post": op(security=[{"apiKey": []}])}, "/t": {"get": op()}}}
    ours = {
        "security": [{"ApiKeyAuth": []}],
        "paths": {"/s": {"post": op(security=[{"ApiKeyAuth": []}, {}])}, "/t": {"get": op()}},
    }
    reports = {r.label: r for r in ud.compare(upstream, ours)}
    assert (reports["POST /s"].auth_upstream, reports["POST /s"].auth_ours) == ("required", "optional")
    assert (reports["GET /t"].auth_upstream, reports["GET /t"].auth_ours) == ("none", "required")
    assert reports["GET /t"].auth_differs and reports["GET /t"].has_diffs


def test_identical_documents_have_no_differences() -> None:
    doc = {
        "paths": {
            "/i": {
                "post": op(
                    security=[{"apiKey": []}],
                    requestBody=body({"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}),
                )
            }
        }
    }
    [report] = ud.compare(doc, doc)
    assert report.status == "both" and not report.has_diffs


def test_markdown_report_and_cli(tmp_path: Path, capsys: Any) -> None:
    upstream = {
        "security": [],
        "paths": {
            "/api/graph/list": {"get": op(security=[{"apiKey": []}])},
            "/api/x": {"post": op(requestBody=body({"properties": {"a": {"type": "string", "maxLength": 5}}}))},
        },
    }
    ours = {
        "paths": {
            "/api/x": {
                "post": op(
                    security=[{"ApiKeyAuth": []}],
                    requestBody=body({"properties": {"a": {"type": "string"}, "b": {"$ref": "#/nowhere"}}}),
                )
            },
            "/api/y": {"get": op()},
        }
    }
    up_file, our_file = tmp_path / "up.json", tmp_path / "ours.yaml"
    up_file.write_text(json.dumps(upstream))
    our_file.write_text(yaml.safe_dump(ours))
    assert ud.main(["--upstream", str(up_file), "--ours", str(our_file)]) == 0
    out = capsys.readouterr().out
    assert "| `POST /api/x` | both | 1 | 1 | none / required (differs) | 0 |" in out
    assert "| `GET /api/graph/list` | upstream-only | — | — | required / — | — |" in out
    assert "| `GET /api/y` | ours-only | — | — | — / none | — |" in out
    assert "### `POST /api/x`" in out and "  - `body.b`: only ours" in out
    assert "ours: unresolved `$ref` #/nowhere" in out
    summary = out.split("## Summary", 1)[1]
    assert "Upstream documents 2 operations and ours 2: 1 is in both, 1 is missing upstream" in summary
    assert "1 is documented upstream only (GET /api/graph/list)" in summary
    assert "1 request-field differences in 1 operations, 1 enum/range differences" in summary
    assert "auth mode differs in 1 operations" in summary

    assert ud.main(["--upstream", str(up_file), "--ours", str(our_file), "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert "POST /api/x" in text and "| " not in text and "- body.b: only ours" in text


def test_cli_usage_errors(tmp_path: Path) -> None:
    assert ud.main(["--upstream", str(tmp_path / "missing.json"), "--ours", str(tmp_path)]) == 2
    with pytest.raises(SystemExit) as exc:
        ud.main([])
    assert exc.value.code == 2


def test_cli_extracts_from_src_and_merges_parts(monorepo: Path, tmp_path: Path, capsys: Any) -> None:
    parts = tmp_path / "parts"
    parts.mkdir()
    (parts / "_common.yaml").write_text(yaml.safe_dump({"openapi": "3.1.0", "security": []}))
    (parts / "a.yaml").write_text(yaml.safe_dump({"paths": {"/api/alpha": {"get": op()}}}))
    (parts / "broken.yaml").write_text("paths: [unclosed\n")
    assert ud.main(["--src", str(monorepo), "--ours", str(parts)]) == 0
    out = capsys.readouterr().out
    assert "| `GET /api/alpha` | both |" in out
    assert "| `POST /api/alpha` | upstream-only |" in out
    assert "upstream block skipped: app/api/broken/route.ts:4:" in out
    assert "ours: part skipped: cannot read" in out and "broken.yaml" in out
