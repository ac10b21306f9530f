"""build_request (from the generated wire table) builds exactly what the generated client builds.

For every operation in the spec, the oracle is the generated ``_get_kwargs``: it is called with
generated models, built here by introspecting the generated classes (every field set, nested
objects and lists of objects included; and only the required fields), while ``build_request``
gets the same content as plain mappings keyed by python attribute names (and, once more, the
generated models themselves). Path parameters carry characters that must be quoted.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import subprocess
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import neuronpedia_api.models as generated_models
import pytest
from neuronpedia_api.types import UNSET, Unset

from neuronpedia_ext._operations import OPERATIONS as INFO
from neuronpedia_ext._request import build_request, operation_names
from tests.support.spec import operations

OPERATION_NAMES = sorted(re.sub(r"(?<!^)(?=[A-Z])", "_", op.operation_id).lower() for op in operations())
# A path value that must be quoted: a slash, a space, a question mark, a percent, non-ASCII.
PATH_VALUE = "a/b c?d%e#f\u00e9"


def _typed(value: Any) -> Any:
    """The value with every scalar's exact type, so 1 != 1.0 and an enum member != its value."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_typed(item) for item in value])
    return (type(value).__name__, value)


def _get_kwargs(op: str) -> Callable[..., dict[str, Any]]:
    module = importlib.import_module(f"neuronpedia_api.api.{INFO[op].tag}.{op}")
    function: Callable[..., dict[str, Any]] = module._get_kwargs
    return function


def _hints(obj: Any) -> dict[str, Any]:
    return typing.get_type_hints(obj, localns=vars(generated_models))


def _variants(tp: Any) -> list[Any]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return [v for v in typing.get_args(tp) if v is not Unset]
    return [tp]


def _rank(tp: Any) -> int:
    """Prefer the union variant that exercises the most renaming: objects, then lists, then scalars."""
    if attrs.has(tp):
        return 0
    if typing.get_origin(tp) is list:
        return 1 if attrs.has(typing.get_args(tp)[0]) else 2
    return 4 if tp is type(None) else 3


class Maker:
    """Builds (generated value, plain value) pairs of a type.

    ``full`` sets every optional field: to a value (preferring objects and lists in a union), or
    with ``optional="unset"`` to UNSET, or with ``optional="none"`` to None where its type allows.
    """

    def __init__(self, full: bool, enum_as_member: bool = False, optional: str = "value") -> None:
        self.full = full
        self.enum_as_member = enum_as_member
        self.optional = optional
        self.depth = 0

    def value(self, tp: Any, name: str, optional: bool = False) -> tuple[Any, Any]:
        if optional and self.optional == "unset":
            return UNSET, UNSET
        variants = sorted(_variants(tp), key=_rank)
        if optional and self.optional == "none" and type(None) in variants:
            return None, None
        tp = variants[0]
        if attrs.has(tp):
            return self.model(tp)
        origin = typing.get_origin(tp)
        if origin is list:
            (inner,) = typing.get_args(tp)
            pairs = [self.value(inner, name) for _ in range(2)]
            return [g for g, _ in pairs], [p for _, p in pairs]
        if origin is typing.Literal:
            literal = typing.get_args(tp)[0]
            return literal, literal
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            member = list(tp)[-1]
            return member, member if self.enum_as_member else member.value
        if tp is bool:
            return True, True
        if tp is int:
            return 7, 7
        if tp is float:
            return 0.25, 0.25
        if tp is str:
            return f"v-{name}", f"v-{name}"
        if tp is type(None):
            return None, None
        if tp is Any:
            return {"any": [1, "x"]}, {"any": [1, "x"]}
        raise AssertionError(f"no value for {tp!r} ({name})")

    def model(self, cls: type) -> tuple[Any, Any]:
        self.depth += 1
        assert self.depth < 8, f"{cls.__name__}: recursive schema"
        hints = _hints(cls)
        generated: dict[str, Any] = {}
        plain: dict[str, Any] = {}
        for field in attrs.fields(cls):
            if not field.init:
                continue
            if field.default is not attrs.NOTHING and not self.full:
                continue
            optional = field.default is not attrs.NOTHING
            generated[field.name], plain[field.name] = self.value(hints[field.name], field.name, optional)
        self.depth -= 1
        instance = cls(**generated)
        if self.full and hasattr(instance, "additional_properties"):
            instance.additional_properties = {"x-extra": 1}
            plain["additional_properties"] = {"x-extra": 1}
        return instance, plain


def _args(op: str, maker: Maker) -> tuple[dict[str, Any], dict[str, Any]]:
    """(arguments for the generated _get_kwargs, the same for build_request)."""
    function = _get_kwargs(op)
    hints = _hints(function)
    generated: dict[str, Any] = {}
    plain: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.default is not inspect.Parameter.empty and not maker.full:
            continue
        if name == "body":
            generated[name], plain[name] = maker.value(hints[name], name)
        elif parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:  # a path parameter
            generated[name] = plain[name] = f"{PATH_VALUE}-{name}"
        else:
            generated[name], plain[name] = maker.value(hints[name], name)
    return generated, plain


def test_the_table_covers_every_operation_in_the_spec() -> None:
    assert len(OPERATION_NAMES) >= 56
    assert operation_names() == set(OPERATION_NAMES)


@pytest.mark.parametrize("full", [True, False], ids=["every-field", "required-only"])
@pytest.mark.parametrize("op", OPERATION_NAMES)
def test_build_request_equals_the_generated_get_kwargs(op: str, full: bool) -> None:
    generated, plain = _args(op, Maker(full))
    expected = _typed(_get_kwargs(op)(**generated))
    assert _typed(build_request(op, plain)) == expected
    assert _typed(build_request(op, generated)) == expected
    # The key order too (the JSON bytes follow it).
    assert list(build_request(op, plain)) == list(expected)
    if isinstance(expected.get("json"), dict):
        assert list(build_request(op, plain)["json"]) == list(expected["json"])


BODY_OPERATIONS = [op for op in OPERATION_NAMES if "body" in inspect.signature(_get_kwargs(op)).parameters]


@pytest.mark.parametrize("optional", ["unset", "none"])
@pytest.mark.parametrize("op", BODY_OPERATIONS)
def test_unset_is_left_out_and_none_is_sent_as_the_generator_does(op: str, optional: str) -> None:
    generated, plain = _args(op, Maker(full=True, optional=optional))
    assert _typed(build_request(op, plain)) == _typed(_get_kwargs(op)(**generated))


@pytest.mark.parametrize("op", BODY_OPERATIONS)
def test_enum_members_in_a_plain_body_are_sent_as_their_values(op: str) -> None:
    generated, plain = _args(op, Maker(full=True, enum_as_member=True))
    assert _typed(build_request(op, plain)) == _typed(_get_kwargs(op)(**generated))


def test_query_parameters_take_the_generated_defaults_and_drop_none_and_unset() -> None:
    function = _get_kwargs("get_connected_neurons")
    required = {"model_id": "gpt2-small", "layer": 3, "index": 100}
    assert _typed(build_request("get_connected_neurons", required)) == _typed(function(**required))
    for value in (None, UNSET, 0):
        args = dict(required, trace_depth=value, trace_k=value)
        assert _typed(build_request("get_connected_neurons", args)) == _typed(function(**args))


def test_a_misspelt_body_field_is_refused_naming_operation_schema_and_key() -> None:
    body = {"name": "n", "description": "d", "test_txt": "typo"}
    with pytest.raises(TypeError, match=r"create_list: CreateListRequest has no field 'test_txt'"):
        build_request("create_list", {"body": body})


def test_a_misspelt_nested_field_is_refused() -> None:
    feature = {"model_id": "m", "layer": "0-res-jb", "index": 1, "strength": 2.0, "strenght": 3.0}
    with pytest.raises(TypeError, match=r"steer_completion: SteerFeature has no field 'strenght'"):
        build_request("steer_completion", {"body": _steer_body([feature])})


def _steer_body(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "prompt": "p",
        "model_id": "m",
        "features": features,
        "temperature": 0.5,
        "n_tokens": 4,
        "seed": 1,
        "strength_multiplier": 1,
    }


def test_an_unknown_argument_or_a_missing_required_one_is_refused() -> None:
    with pytest.raises(TypeError, match=r"get_feature: unknown argument\(s\) 'idx'"):
        build_request("get_feature", {"model_id": "m", "layer": "l", "index": "1", "idx": "2"})
    with pytest.raises(TypeError, match=r"get_feature: missing path parameter 'index'"):
        build_request("get_feature", {"model_id": "m", "layer": "l"})
    with pytest.raises(TypeError, match=r"create_list: CreateListRequest is missing the required field 'name'"):
        build_request("create_list", {"body": {"description": "d"}})
    with pytest.raises(TypeError, match=r"create_list: missing the request body 'body'"):
        build_request("create_list", {})
    with pytest.raises(KeyError, match="no_such_operation"):
        build_request("no_such_operation", {})


def test_importing_the_builder_imports_nothing_generated() -> None:
    # The package's __init__ is not the builder's to judge: load the two modules under a bare package.
    code = (
        "import sys, types, importlib.util; "
        "spec = importlib.util.find_spec('neuronpedia_ext'); "
        "stub = types.ModuleType('neuronpedia_ext'); stub.__path__ = list(spec.submodule_search_locations); "
        "sys.modules['neuronpedia_ext'] = stub; "
        "import neuronpedia_ext._request; "
        "heavy = ('neuronpedia_api', 'asyncio', 'attr', 'httpx'); "
        "print(','.join(sorted(m for m in sys.modules if m.startswith(heavy))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
