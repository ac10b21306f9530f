"""Sync and async resources are twins: the same methods with identical signatures."""

from __future__ import annotations

import inspect

import pytest

from neuronpedia_ext import AsyncNeuronpedia, Neuronpedia

RESOURCES = [
    name
    for name, value in inspect.getmembers(Neuronpedia)
    if not name.startswith("_") and hasattr(value, "func")  # the cached_property resources
]


def test_both_clients_have_the_same_resources() -> None:
    async_resources = [
        name
        for name, value in inspect.getmembers(AsyncNeuronpedia)
        if not name.startswith("_") and hasattr(value, "func")
    ]
    assert async_resources == RESOURCES
    assert len(RESOURCES) == 14


def _methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


@pytest.mark.parametrize("resource", RESOURCES)
def test_async_twin_has_identical_signatures(resource: str) -> None:
    sync_cls = inspect.signature(getattr(Neuronpedia, resource).func).return_annotation
    async_cls = inspect.signature(getattr(AsyncNeuronpedia, resource).func).return_annotation
    module = __import__(f"neuronpedia_ext.resources.{_module_of(resource)}", fromlist=["x"])
    sync_methods = _methods(getattr(module, sync_cls))
    async_methods = _methods(getattr(module, async_cls))
    assert sync_methods, resource
    assert set(sync_methods) == set(async_methods)
    for name, signature in sync_methods.items():
        assert list(signature.parameters.values()) == list(async_methods[name].parameters.values()), name
        assert (
            inspect.iscoroutinefunction(getattr(getattr(module, async_cls), name))
            or inspect.isasyncgenfunction(getattr(getattr(module, async_cls), name))
            or "stream" in name
            or name.startswith("iter_")
        ), name


def _module_of(resource: str) -> str:
    return {"sparsity": "features", "steer": "steer"}.get(resource, resource)
