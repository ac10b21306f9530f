"""The generated rules table (neuronpedia_ext/_rules.py) and the checker that applies it.

The table is generated from the spec by scripts/gen_rules_table.py (`make generate`); these
tests check that it names what the generated client names, that the checker applies each kind
of rule, and that every Call (sync, async, streaming) is checked before anything is sent.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
import yaml

from neuronpedia_ext import AsyncNeuronpedia, InvalidRequestError, Neuronpedia
from neuronpedia_ext._base import Call
from neuronpedia_ext._operations import OPERATIONS
from neuronpedia_ext._rules import RULES, SCHEMAS
from neuronpedia_ext._validate import check_request, enum_member, rule

from ..support.spec import SPEC_PATH

WEATHER = "gpt2-small/6-res-jb/1024"
STEER_BODY: dict[str, Any] = {
    "prompt": "Hi",
    "modelId": "gpt2-small",
    "features": [{"modelId": "gpt2-small", "layer": "6-res-jb", "index": 1, "strength": 1}],
    "temperature": 0.5,
    "n_tokens": 8,
    "seed": 1,
    "strength_multiplier": 4,
}


def operation_module(name: str) -> Any:
    info = OPERATIONS[name]
    return importlib.import_module(f"neuronpedia_api.api.{info.tag}.{name}")


def refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"sent {request.method} {request.url}")


def refused(operation: str, body: Any, **kwargs: Any) -> str:
    with pytest.raises(InvalidRequestError) as info:
        check_request(operation, body=body, has_body=True, **kwargs)
    return str(info.value)


# --------------------------------------------------------------------------- the table


def test_every_operation_has_rules() -> None:
    assert set(RULES) == set(OPERATIONS)


def test_table_names_what_the_generated_client_names() -> None:
    """Body fields carry the generated model's attribute names, parameters the generated arguments."""
    checked = 0
    for name, rules in RULES.items():
        signature = inspect.signature(operation_module(name)._get_kwargs)
        for param in rules.params:
            assert param.name in signature.parameters, (name, param)
            checked += 1
        if rules.body is None:
            assert "body" not in signature.parameters, name
            continue
        model, schema = signature.parameters["body"].annotation, rules.body
        if typing.get_origin(model) is list:  # a JSON array body: check its items' model
            (model,), schema = typing.get_args(model), schema.items
            assert schema is not None
        attributes = set(attrs.fields_dict(model))
        fields = [*schema.properties, *(f for sub in schema.all_of for f in sub.properties)]
        assert fields, name
        for field in fields:
            assert field.name in attributes, (name, field.wire, field.name, sorted(attributes))
            checked += 1
    assert checked > 200


def _spec_constraints(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    for name, schema in spec["components"]["schemas"].items():
        for wire, sub in (schema.get("properties") or {}).items():
            for key in ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "pattern", "enum"):
                if isinstance(sub, dict) and key in sub:
                    yield f"{name}.{wire}", key, sub[key]


def test_table_carries_the_spec_limits_of_request_schemas() -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    attribute = {
        "minimum": "minimum",
        "maximum": "maximum",
        "minLength": "min_length",
        "maxLength": "max_length",
        "minItems": "min_items",
        "maxItems": "max_items",
        "pattern": "pattern",
        "enum": "enum",
    }
    seen = 0
    for where, key, value in _spec_constraints(spec):
        component, wire = where.split(".", 1)
        if component not in SCHEMAS:
            continue  # not part of any request
        field = next(f for f in SCHEMAS[component].properties if f.wire == wire)
        got = getattr(field.schema, attribute[key])
        assert got == (tuple(value) if key == "enum" else value), (where, key)
        seen += 1
    assert seen > 100


def test_rule_reads_one_limit() -> None:
    assert rule("steer_completion", "n_tokens").maximum == 256
    assert rule("upload_features", "features").max_items is not None
    with pytest.raises(KeyError):
        rule("steer_completion", "no_such_field")


# --------------------------------------------------------------------------- the checker


def test_valid_body_passes() -> None:
    check_request("steer_completion", body=STEER_BODY, has_body=True)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"n_tokens": 257}, r"^n_tokens must be within \[1, 256\], got 257$"),
        ({"n_tokens": 0}, r"^n_tokens must be within \[1, 256\], got 0$"),
        ({"n_tokens": 2.5}, r"^n_tokens must be an integer, got float$"),
        ({"n_tokens": True}, r"^n_tokens must be an integer, got bool$"),
        ({"temperature": 2.5}, r"^temperature must be within \[0, 2\], got 2.5$"),
        ({"temperature": float("nan")}, r"^temperature is nan; NaN and infinity cannot be sent$"),
        ({"prompt": ""}, r"^prompt must be 1 to 2048 characters, got 0$"),
        ({"prompt": "x" * 2049}, r"^prompt must be 1 to 2048 characters, got 2049$"),
        ({"steer_method": "MAGIC"}, r"^steer_method must be one of \['SIMPLE_ADDITIVE', .*\], got 'MAGIC'$"),
        ({"modelId": 3}, r"^model_id must be a string, got int$"),
        ({"features": [{**STEER_BODY["features"][0], "index": "x1"}]}, r"^features\[0\]\.index must match"),
        ({"features": [{"layer": "6-res-jb", "index": 1, "strength": 1}]}, r"^features\[0\]\.model_id is required$"),
        ({"features": "all"}, r"^features must be a list, got str$"),
    ],
)
def test_each_rule_kind_is_applied(change: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        check_request("steer_completion", body={**STEER_BODY, **change}, has_body=True)


def test_required_body_keys() -> None:
    body = {k: v for k, v in STEER_BODY.items() if k != "seed"}
    assert refused("steer_completion", body) == "seed is required"


def test_item_counts() -> None:
    limit = rule("add_features_to_list", "features_to_add").max_items
    assert limit
    many = [{"modelId": "m", "layer": "l", "index": "1"}] * limit
    check_request("add_features_to_list", body={"listId": "a", "featuresToAdd": many}, has_body=True)
    message = refused("add_features_to_list", {"listId": "a", "featuresToAdd": [*many, many[0]]})
    assert message == f"features_to_add has {limit + 1} items; at most {limit} are accepted"
    body = {"modelId": "m", "source": "s", "features": []}
    assert refused("upload_features", body) == "features must hold at least 1 and at most 128 items, got 0"


def test_exclusive_bounds_and_alternatives_of_one_type() -> None:
    """DensityThreshold is -1, or at least 0 and less than 1 (exclusiveMaximum)."""
    body = {"modelId": "gpt2-small", "sourceSet": "res-jb", "text": "Hi", "sortIndexes": [], "ignoreBos": False}
    for ok in (-1, 0, 0.5, 0.999):
        check_request("search_all", body={**body, "densityThreshold": ok}, has_body=True)
    assert refused("search_all", {**body, "densityThreshold": 1}) == (
        "density_threshold must be one of [-1], got 1; or must be less than 1, got 1"
    )
    assert refused("search_all", {**body, "densityThreshold": -0.5}) == (
        "density_threshold must be one of [-1], got -0.5; or must be at least 0, got -0.5"
    )


def test_conditional_rules() -> None:
    """LensChatMessage: a user message has a lower maxLength than other roles (if/then)."""
    base = {"modelId": "gemma-2-2b", "chat": [{"role": "assistant", "content": "x" * 2000}]}
    check_request("run_lens_prompt", body=base, has_body=True)
    user = {**base, "chat": [{"role": "user", "content": "x" * 2000}]}
    assert refused("run_lens_prompt", user).startswith("chat[0].content must be at most 1024 characters, got 2000")


def test_not_rule() -> None:
    """TokenizeGraphPromptRequest forbids a body with neither prompt nor messages."""
    check_request("tokenize_graph_prompt", body={"modelId": "gemma-2-2b", "prompt": "Hi"}, has_body=True)
    assert "prompt, messages" in refused("tokenize_graph_prompt", {"modelId": "gemma-2-2b", "prompt": ""})


def test_any_of_reports_the_alternative_of_the_values_type() -> None:
    """SourceActivationsRequest.customText is a non-empty string or a list of 1 to 4 of them."""
    body = {"modelId": "gemma-2-2b", "source": "20-gemmascope-res-16k"}
    check_request("compute_source_activations", body={**body, "customText": "Hi"}, has_body=True)
    check_request("compute_source_activations", body={**body, "customText": ["a", "b"]}, has_body=True)
    assert refused("compute_source_activations", {**body, "customText": []}) == (
        "custom_text must hold at least 1 and at most 4 items, got 0"
    )
    assert refused("compute_source_activations", {**body, "customText": ["a", ""]}) == (
        "custom_text[1] must be a non-empty string"
    )
    assert refused("compute_source_activations", {**body, "customText": 5}) == (
        "custom_text must be a string or a list, got int"
    )


def test_query_and_path_parameters() -> None:
    check_request("get_connected_neurons", query={"modelId": "m", "layer": 1, "index": 2})
    with pytest.raises(InvalidRequestError, match=r"^layer must be an integer, got str$"):
        check_request("get_connected_neurons", query={"modelId": "m", "layer": "1", "index": 2})
    with pytest.raises(InvalidRequestError, match=r"^index is required$"):
        check_request("get_connected_neurons", query={"modelId": "m", "layer": 1})
    with pytest.raises(InvalidRequestError, match=r"^model_id must be a string"):
        check_request("get_feature", path={"model_id": 3, "layer": "l", "index": "1"})


def test_public_names_replace_generated_ones() -> None:
    with pytest.raises(InvalidRequestError, match=r"^max_tokens must be within"):
        check_request(
            "steer_completion", body={**STEER_BODY, "n_tokens": 999}, has_body=True, names={"n_tokens": "max_tokens"}
        )


def test_client_errors_name_the_public_argument() -> None:
    """Where the public argument is not the generated attribute, the error names the argument."""
    top = rule("create_vector", "vector_default_steer_strength").maximum or 0
    limit = rule("add_features_to_list", "features_to_add").max_items or 0
    with Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse)) as np_:
        with pytest.raises(InvalidRequestError, match=rf"^default_steer_strength must be within \[-{top}, {top}\]"):
            np_.vectors.new("x", "my-model", 0, "hook_resid_pre", [0.5] * 8, top + 1)
        with pytest.raises(InvalidRequestError, match=rf"^features has {limit + 1} items; at most {limit} are"):
            np_.lists.add_features("some-id", [f"gpt2-small/0-res-jb/{i}" for i in range(limit + 1)])
        with pytest.raises(InvalidRequestError, match=r"^messages\[0\]\.content must be"):
            np_.steer.chat([{"role": "user", "content": ""}], [(WEATHER, 1)])


def test_enum_member() -> None:
    from neuronpedia_api.models import SteerMethod

    assert enum_member(SteerMethod, "SIMPLE_ADDITIVE", "steer_method") is SteerMethod.SIMPLE_ADDITIVE
    with pytest.raises(
        InvalidRequestError, match=r"^steer_method must be one of \[.*'SIMPLE_ADDITIVE'.*\], got 'MAGIC'$"
    ):
        enum_member(SteerMethod, "MAGIC", "steer_method")


# --------------------------------------------------------------------------- every call is checked


def _bad_steer_call() -> Call[Any]:
    from neuronpedia_api.api.steering import steer_completion
    from neuronpedia_api.models import SteerCompletionRequest

    return Call(
        steer_completion, {"body": SteerCompletionRequest.from_dict({**STEER_BODY, "n_tokens": 999})}, lambda p, _r: p
    )


def test_making_a_call_checks_it() -> None:
    with pytest.raises(InvalidRequestError, match="n_tokens"):
        _bad_steer_call()


def test_sync_async_and_streams_refuse_before_sending() -> None:
    with Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse), max_retries=0) as np_:
        with pytest.raises(InvalidRequestError, match=r"^n_tokens must be within \[1, 256\], got 999$"):
            np_.steer.completion("Hi", [(WEATHER, 1)], n_tokens=999)
        with pytest.raises(InvalidRequestError, match="n_tokens"):
            np_.steer.completion_stream("Hi", [(WEATHER, 1)], n_tokens=999)  # at the call, not at next()


async def test_async_refuses_before_sending() -> None:
    async with AsyncNeuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse)) as np_:
        with pytest.raises(InvalidRequestError, match="n_tokens"):
            await np_.steer.completion("Hi", [(WEATHER, 1)], n_tokens=999)
        with pytest.raises(InvalidRequestError, match="n_tokens"):
            np_.steer.chat_stream("Hi", [(WEATHER, 1)], n_tokens=99999)
