"""Extract upstream Neuronpedia's OpenAPI document from its `@swagger` JSDoc annotations.

    python scripts/extract_upstream_spec.py NEURONPEDIA_SRC [-o out.json]

NEURONPEDIA_SRC is a work tree of the hijohnnylin/neuronpedia monorepo (or its apps/webapp).
Upstream serves a document built by next-swagger-doc/swagger-jsdoc from the `/** ... @swagger ... */`
comments of the source files under apps/webapp/app/api, on top of a base definition in
apps/webapp/lib/swagger.ts. This script rebuilds that document without Node:

* every `/** ... */` comment of a .js/.jsx/.ts/.tsx file under app/api is unwrapped (the leading
  ` * ` of each line is removed) and the text after each `@swagger` (or `@openapi`) tag, up to the
  next JSDoc tag, is parsed as YAML 1.2 (JSON blocks are YAML too);
* blocks are merged in file order like swagger-jsdoc does: `paths`, `components` (and the other
  swagger-jsdoc "common" sections) are deep-merged entry by entry, `tags` are appended when new,
  any other top-level key is taken as a path, `x-` keys are ignored (except `x-webhooks`);
* the base definition is read from the `definition: {...}` literal in lib/swagger.ts (a small
  JavaScript-literal reader); if that cannot be read, a built-in equivalent is used.

A block that fails to parse (or has duplicate mapping keys, which swagger-jsdoc's YAML parser rejects)
is reported on stderr with its file and line and skipped, as swagger-jsdoc does. YAML anchors shared
across files (a swagger-jsdoc special case) are not supported.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

API_DIR = Path("app/api")
BASE_FILE = Path("lib/swagger.ts")
SOURCE_SUFFIXES = (".js", ".jsx", ".ts", ".tsx")
SWAGGER_TAGS = ("swagger", "openapi")
COMMON_SECTIONS = (
    "components",
    "consumes",
    "produces",
    "paths",
    "schemas",
    "securityDefinitions",
    "responses",
    "parameters",
    "definitions",
)
DROPPED_IF_EMPTY = ("definitions", "responses", "parameters", "securityDefinitions", "tags")

DEFAULT_BASE: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "Neuronpedia API", "version": "1.0"},
    "components": {"securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}}},
    "security": [],
}

COMMENT_RE = re.compile(r"/\*\*(.*?)\*/", re.DOTALL)
STAR_PREFIX_RE = re.compile(r"^[ \t]*\*(?:[ \t])?")
TAG_LINE_RE = re.compile(r"^[ \t]*@([A-Za-z][\w-]*)[ \t]?(.*)$")


@dataclass(frozen=True)
class Problem:
    """A block (or base definition) that could not be used."""

    file: str
    line: int
    error: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.error}"


@dataclass(frozen=True)
class Block:
    """The text of one `@swagger` tag and where it starts."""

    file: str
    line: int
    text: str


# --- YAML 1.2 (core schema) loading -------------------------------------------------------------


class _Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema scalars (as the JS `yaml` package) and unique keys."""


def _install_yaml12_resolvers() -> None:
    resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}
    for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items():
        kept = [
            (tag, rx)
            for tag, rx in entries
            if tag
            not in (
                "tag:yaml.org,2002:bool",
                "tag:yaml.org,2002:int",
                "tag:yaml.org,2002:float",
                "tag:yaml.org,2002:timestamp",
                "tag:yaml.org,2002:null",
            )
        ]
        resolvers[first] = kept
    _Yaml12Loader.yaml_implicit_resolvers = resolvers
    rules = [
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
        (
            "tag:yaml.org,2002:float",
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
            "-+.0123456789",
        ),
    ]
    for tag, pattern, first_chars in rules:
        _Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), list(first_chars))


def _construct_int12(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def _construct_float12(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    text = str(loader.construct_scalar(node)).lower()
    if text.endswith("inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if text.endswith("nan"):
        return float("nan")
    return float(text)


def _construct_unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate mapping key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


_install_yaml12_resolvers()
_Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int12)
_Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _construct_float12)
_Yaml12Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def _json_key(key: Any) -> str:
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    return str(key)


def to_json_data(value: Any) -> Any:
    """Make parsed YAML JSON-shaped: string keys (`200:` -> "200"), lists, plain scalars."""
    if isinstance(value, dict):
        return {_json_key(k): to_json_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_data(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def load_yaml12(text: str) -> Any:
    return to_json_data(yaml.load(text, Loader=_Yaml12Loader))


# --- finding the blocks -----------------------------------------------------------------------------


def unwrap_comment(body: str) -> list[str]:
    """The lines of a `/** ... */` comment body with each line's leading ` * ` removed."""
    return [STAR_PREFIX_RE.sub("", line, count=1) for line in body.split("\n")]


def swagger_blocks(text: str, file: str) -> list[Block]:
    """Every `@swagger`/`@openapi` tag text in the JSDoc comments of one source file."""
    blocks: list[Block] = []
    for match in COMMENT_RE.finditer(text):
        first_line = text.count("\n", 0, match.start()) + 1
        lines = unwrap_comment(match.group(1))
        blocks.extend(_tag_blocks(lines, file, first_line))
    return blocks


def _tag_blocks(lines: list[str], file: str, first_line: int) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] | None = None
    start = 0
    for offset, line in enumerate(lines):
        tag = TAG_LINE_RE.match(line)
        if tag:
            if current is not None:
                blocks.append(Block(file, start, "\n".join(current)))
            is_swagger = tag.group(1) in SWAGGER_TAGS
            current = [tag.group(2)] if is_swagger else None
            start = first_line + offset
        elif current is not None:
            current.append(line)
    if current is not None:
        blocks.append(Block(file, start, "\n".join(current)))
    return blocks


def _walk_order(rel: Path) -> tuple[tuple[bool, str], ...]:
    """Directory-walk order: segment by segment, Next.js dynamic segments (`[id]`) last."""
    return tuple((part.startswith("["), part) for part in rel.parts)


def source_files(api_dir: Path) -> list[Path]:
    files = [p for p in api_dir.rglob("*") if p.is_file() and p.suffix in SOURCE_SUFFIXES]
    return sorted(files, key=lambda p: _walk_order(p.relative_to(api_dir)))


def webapp_dir(src: Path) -> Path:
    """The apps/webapp directory of a monorepo checkout (or `src` itself if it is the webapp)."""
    if (src / "apps" / "webapp" / API_DIR).is_dir():
        return src / "apps" / "webapp"
    if (src / API_DIR).is_dir():
        return src
    raise FileNotFoundError(f"{src}: no apps/webapp/app/api directory")


# --- swagger-jsdoc merge ---------------------------------------------------------------------------


def merge_deep(first: Any, second: Any) -> Any:
    """lodash `mergeWith({}, first, second, (a, b) => b === null ? a : undefined)`, simplified:
    mappings merge key by key, lists index by index, a null in `second` keeps `first`'s value,
    otherwise `second` wins."""
    if second is None:
        return copy.deepcopy(first)
    if isinstance(first, dict) and isinstance(second, dict):
        out = copy.deepcopy(first)
        for key, value in second.items():
            out[key] = merge_deep(out.get(key), value) if key in out else copy.deepcopy(value)
        return out
    if isinstance(first, list) and isinstance(second, list):
        out_list = copy.deepcopy(first)
        for i, value in enumerate(second):
            if i < len(out_list):
                out_list[i] = merge_deep(out_list[i], value)
            else:
                out_list.append(copy.deepcopy(value))
        return out_list
    return copy.deepcopy(second)


def prepare(base: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    for section in ("paths", "definitions", "responses", "parameters", "securityDefinitions", "components"):
        if not isinstance(doc.get(section), dict):
            doc[section] = {}
    if not isinstance(doc.get("tags"), list):
        doc["tags"] = []
    return doc


def organize(doc: dict[str, Any], annotation: dict[str, Any]) -> None:
    """Fold one parsed block into the document, top-level key by top-level key."""
    for prop, value in annotation.items():
        if prop == "x-webhooks":
            doc[prop] = value
        if prop.startswith("x-"):
            continue
        if prop in COMMON_SECTIONS:
            section = doc.setdefault(prop, {})
            for name, entry in (value or {}).items() if isinstance(value, dict) else []:
                section[name] = merge_deep(section.get(name), entry)
        elif prop == "tags":
            _add_tags(doc["tags"], value if isinstance(value, list) else [value])
        else:
            doc["paths"][prop] = merge_deep(doc["paths"].get(prop), value)


def _add_tags(tags: list[Any], new: list[Any]) -> None:
    names = {t.get("name") for t in tags if isinstance(t, dict)}
    for tag in new:
        name = tag.get("name") if isinstance(tag, dict) else None
        if name not in names:
            tags.append(tag)
            names.add(name)


def finalize(doc: dict[str, Any]) -> dict[str, Any]:
    for section in DROPPED_IF_EMPTY:
        if section in doc and not doc[section]:
            del doc[section]
    return doc


# --- the base definition (lib/swagger.ts) ------------------------------------------------------------


class JsLiteralError(ValueError):
    pass


_JS_TOKEN_RE = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/
    |(?P<punct>[{}\[\],:])
    |(?P<spread>\.\.\.)
    |(?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)
    |(?P<num>-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
    |(?P<ident>[A-Za-z_$][\w$]*)""",
    re.DOTALL | re.VERBOSE,
)
_JS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _js_string(token: str) -> str:
    body = token[1:-1]
    if token[0] == "`" and "${" in body.replace("\\${", ""):
        raise JsLiteralError("template literal with interpolation")

    def unescape(m: re.Match[str]) -> str:
        c = m.group(1)
        if c.startswith("u"):
            return chr(int(c[1:], 16))
        return _JS_ESCAPES.get(c, c)

    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", unescape, body, flags=re.DOTALL)


class _JsReader:
    """Reads one JavaScript object/array/scalar literal; identifiers resolve through `names`."""

    def __init__(self, text: str, pos: int, names: dict[str, str]) -> None:
        self.text, self.pos, self.names = text, pos, names

    def _next(self) -> tuple[str, str]:
        while self.pos < len(self.text):
            m = _JS_TOKEN_RE.match(self.text, self.pos)
            if not m:
                raise JsLiteralError(f"unexpected {self.text[self.pos : self.pos + 20]!r}")
            self.pos = m.end()
            if m.lastgroup:
                return m.lastgroup, m.group(m.lastgroup)
        raise JsLiteralError("unexpected end of file")

    def _peek(self) -> tuple[str, str]:
        saved = self.pos
        try:
            return self._next()
        finally:
            self.pos = saved

    def value(self) -> Any:
        kind, tok = self._next()
        if tok == "{":
            return self._object()
        if tok == "[":
            return self._array()
        if kind == "str":
            return _js_string(tok)
        if kind == "num":
            return float(tok) if any(c in tok for c in ".eE") else int(tok)
        if kind == "ident":
            return self._identifier(tok)
        raise JsLiteralError(f"unexpected {tok!r}")

    def _identifier(self, name: str) -> Any:
        constants = {"true": True, "false": False, "null": None}
        if name in constants:
            return constants[name]
        if name not in self.names:
            raise JsLiteralError(f"cannot resolve identifier {name!r}")
        return read_js_literal(self.names[name], 0, self.names)

    def _object(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        while True:
            kind, tok = self._next()
            if tok == "}":
                return out
            if kind == "spread" or kind not in ("ident", "str", "num"):
                raise JsLiteralError(f"unsupported object member at {tok!r}")
            key = _js_string(tok) if kind == "str" else tok
            _, sep = self._next()
            if sep == ":":
                out[key] = self.value()
                _, sep = self._next()
            elif kind == "ident":
                out[key] = self._identifier(key)
            if sep == "}":
                return out
            if sep != ",":
                raise JsLiteralError(f"expected ',' or '}}', got {sep!r}")

    def _array(self) -> list[Any]:
        out: list[Any] = []
        while True:
            if self._peek()[1] == "]":
                self._next()
                return out
            out.append(self.value())
            _, sep = self._next()
            if sep == "]":
                return out
            if sep != ",":
                raise JsLiteralError(f"expected ',' or ']', got {sep!r}")


def read_js_literal(text: str, pos: int, names: dict[str, str]) -> Any:
    return _JsReader(text, pos, names).value()


def _js_constants(text: str) -> dict[str, str]:
    """`const NAME = <literal>` declarations: NAME -> the source text from the literal on."""
    names: dict[str, str] = {}
    for m in re.finditer(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*", text):
        names.setdefault(m.group(1), text[m.end() :])
    return names


def read_base_definition(path: Path) -> dict[str, Any]:
    """The `definition: {...}` object passed to createSwaggerSpec in lib/swagger.ts."""
    text = path.read_text(encoding="utf-8")
    m = re.search(r"\bdefinition\s*:\s*(?=\{)", text)
    if not m:
        raise JsLiteralError("no `definition: {` in file")
    base = read_js_literal(text, m.end(), _js_constants(text))
    if not isinstance(base, dict):
        raise JsLiteralError("definition is not an object")
    return base


# --- putting it together ---------------------------------------------------------------------------


def parse_block(block: Block) -> dict[str, Any]:
    data = load_yaml12(block.text)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError(f"block is a {type(data).__name__}, not a mapping")
    return data


def load_base(webapp: Path, problems: list[Problem]) -> dict[str, Any]:
    path = webapp / BASE_FILE
    try:
        return read_base_definition(path)
    except (OSError, JsLiteralError, RecursionError) as exc:
        problems.append(Problem(str(path), 0, f"base definition not read ({exc}); using built-in default"))
        return copy.deepcopy(DEFAULT_BASE)


def extract(src: Path) -> tuple[dict[str, Any], list[Problem]]:
    """Build upstream's document from a checkout; returns it and the problems met."""
    webapp = webapp_dir(src)
    problems: list[Problem] = []
    doc = prepare(load_base(webapp, problems))
    api_dir = webapp / API_DIR
    for path in source_files(api_dir):
        rel = path.relative_to(webapp).as_posix()
        for block in swagger_blocks(path.read_text(encoding="utf-8", errors="replace"), rel):
            try:
                organize(doc, parse_block(block))
            except (yaml.YAMLError, ValueError) as exc:
                problems.append(Problem(block.file, block.line, " ".join(str(exc).split())))
    return finalize(doc), problems


def count_operations(doc: dict[str, Any]) -> int:
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(len(methods & set(item)) for item in doc.get("paths", {}).values() if isinstance(item, dict))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", type=Path, metavar="NEURONPEDIA_SRC", help="monorepo work tree")
    parser.add_argument("-o", "--output", type=Path, help="write JSON here (default: stdout)")
    args = parser.parse_args(argv)
    try:
        doc, problems = extract(args.src)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    text = json.dumps(doc, indent=2) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    print(
        f"{len(doc.get('paths', {}))} paths, {count_operations(doc)} operations, {len(problems)} problem(s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
