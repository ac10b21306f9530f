"""The opt-in cache: only what the spec marks ``x-cacheable``, per API key, never a write.

Hits are counted from the emulator's request log: a cached answer is one the server never saw.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from neuronpedia_ext import AsyncNeuronpedia, Neuronpedia, NotFoundError
from neuronpedia_ext._operations import OPERATIONS
from neuronpedia_ext.cache import ResponseCache
from neuronpedia_ext.emulator.config import EmulatorConfig
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.sample_data import GPT2_SMALL_RES_JB_JEDI_VECTOR

pytest.importorskip("hishel")

ROOT = Path(__file__).resolve().parents[2]
FEATURE = ("gpt2-small", "6-res-jb", 42)
FEATURE_PATH = "/api/feature/gpt2-small/6-res-jb/42"
KEY_1, KEY_2 = "cache-key-one", "cache-key-two"


@pytest.fixture(scope="module")
def server() -> Any:
    with EmulatorServer(EmulatorConfig(api_keys=(KEY_1, KEY_2))) as s:
        yield s


@pytest.fixture
def emulator(server: EmulatorServer) -> EmulatorServer:
    server.reset()
    return server


def client(emulator: EmulatorServer, cache: ResponseCache | str, key: str = KEY_1) -> Neuronpedia:
    return Neuronpedia(base_url=emulator.base_url, api_key=key, max_retries=0, cache=cache)


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.load((ROOT / "openapi/neuronpedia.yaml").read_text(), Loader=yaml.CSafeLoader)
    return spec


def test_the_spec_marks_only_reads_cacheable() -> None:
    cacheable = {name for name, info in OPERATIONS.items() if info.cacheable}
    assert {"get_feature", "get_features_batch"} <= cacheable
    assert all(OPERATIONS[name].idempotent for name in cacheable)
    spec = load_spec()
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("x-cacheable"):
                assert op.get("x-cacheable-reason"), op["operationId"]


def test_the_generator_refuses_a_cacheable_write(tmp_path: Path) -> None:
    spec = load_spec()
    spec["paths"]["/api/vector/new"]["post"]["x-cacheable"] = True
    spec["paths"]["/api/vector/new"]["post"]["x-cacheable-reason"] = "wrong"
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper))
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/gen_operation_table.py"),
            "--spec",
            str(path),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0 and "createVector: x-cacheable on a write" in run.stderr


def test_a_cacheable_read_reaches_the_server_once(emulator: EmulatorServer) -> None:
    with client(emulator, "memory") as np:
        first = np.features.get(*FEATURE)
        again = np.features.get(*FEATURE)
        raw = np.with_raw_response.features.get(*FEATURE)
        ids = ["gpt2-small/6-res-jb/42", "gpt2-small/6-res-jb/1024"]
        batch = [r.feature for r in np.features.get_many(ids)]
        batch_again = [r.feature for r in np.features.get_many(ids)]
    assert emulator.request_count(FEATURE_PATH) == 1
    assert emulator.request_count("/api/features") == 1
    assert again == first and again.raw == first.raw and again.activations == first.activations
    assert raw.headers["x-neuronpedia-ext-cache"] == "hit" and raw.json() == first.raw
    assert batch_again == batch and None not in batch


def test_without_a_cache_every_read_reaches_the_server(emulator: EmulatorServer) -> None:
    with Neuronpedia(base_url=emulator.base_url, api_key=KEY_1, max_retries=0) as np:
        np.features.get(*FEATURE)
        np.features.get(*FEATURE)
    assert emulator.request_count(FEATURE_PATH) == 2


def test_writes_and_uncacheable_reads_are_never_served_from_the_cache(emulator: EmulatorServer) -> None:
    with client(emulator, "memory") as np:
        made = [
            np.vectors.new("same", "gpt2-small", 6, "hook_resid_pre", GPT2_SMALL_RES_JB_JEDI_VECTOR) for _ in range(2)
        ]
        lists = [np.lists.new("same name") for _ in range(2)]
        owned = [np.lists.list_owned() for _ in range(2)]
        np.vectors.delete(made[0])
        np.vectors.delete(made[0])
    assert emulator.request_count("/api/vector/new") == 2 and made[0].index != made[1].index
    assert emulator.request_count("/api/list/new") == 2 and lists[0].id != lists[1].id
    assert emulator.request_count("/api/list/list") == 2 and len(owned[1]) == len(owned[0])
    assert emulator.request_count("/api/vector/delete") == 2


def test_every_write_of_the_spec_bypasses_the_cache() -> None:
    """The decision is the generated table's, per operation: no write may be cacheable."""
    writes = [name for name, info in OPERATIONS.items() if not info.idempotent]
    assert writes and not any(OPERATIONS[name].cacheable for name in writes)


def test_error_answers_are_not_kept(emulator: EmulatorServer) -> None:
    with client(emulator, "memory") as np:
        for _ in range(2):
            with pytest.raises(NotFoundError):
                np.features.get("gpt2-small", "6-res-jb", 99999999)
    assert emulator.request_count("/api/feature/gpt2-small/6-res-jb/99999999") == 2


def test_clients_with_different_keys_sharing_a_backend_never_see_each_others_answers(
    emulator: EmulatorServer, tmp_path: Path
) -> None:
    shared = ResponseCache.sqlite(tmp_path / "shared.sqlite")
    with client(emulator, shared, KEY_1) as one, client(emulator, shared, KEY_2) as two:
        one.features.get(*FEATURE)
        assert emulator.request_count(FEATURE_PATH) == 1
        two.features.get(*FEATURE)  # another key: not the first client's answer
        assert emulator.request_count(FEATURE_PATH) == 2
        with Neuronpedia(base_url=emulator.base_url, api_key=None, cache=shared) as anonymous:
            anonymous.features.get(*FEATURE)
        assert emulator.request_count(FEATURE_PATH) == 3
        one.features.get(*FEATURE)
        two.features.get(*FEATURE)  # each one's own answer is kept
    assert emulator.request_count(FEATURE_PATH) == 3
    assert [e.key for e in emulator.request_log.snapshot()].count(None) == 1  # the anonymous one sent no key


def test_the_key_is_never_stored(emulator: EmulatorServer, tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with client(emulator, ResponseCache.sqlite(path)) as np:
        np.features.get(*FEATURE)
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert stored and KEY_1.encode() not in stored


def test_a_sqlite_cache_is_kept_across_clients(emulator: EmulatorServer, tmp_path: Path) -> None:
    path = tmp_path / "np.sqlite"
    with client(emulator, path.as_posix()) as np:
        np.features.get(*FEATURE)
    with client(emulator, ResponseCache.sqlite(path)) as np:
        feature = np.features.get(*FEATURE)
    assert emulator.request_count(FEATURE_PATH) == 1 and feature.index == 42


def test_other_base_urls_do_not_share_answers(emulator: EmulatorServer) -> None:
    shared = ResponseCache.memory()
    with EmulatorServer(EmulatorConfig(api_keys=(KEY_1,))) as other:
        with client(emulator, shared) as here, client(other, shared) as there:
            here.features.get(*FEATURE)
            there.features.get(*FEATURE)
        assert other.request_count(FEATURE_PATH) == 1
    assert emulator.request_count(FEATURE_PATH) == 1


def test_the_async_client_uses_the_cache(emulator: EmulatorServer) -> None:
    async def run() -> None:
        async with AsyncNeuronpedia(base_url=emulator.base_url, api_key=KEY_1, cache="memory") as np:
            assert await np.features.get(*FEATURE) == await np.features.get(*FEATURE)

    asyncio.run(run())
    assert emulator.request_count(FEATURE_PATH) == 1


def test_a_bad_cache_argument_is_refused() -> None:
    from neuronpedia_ext import InvalidRequestError

    with pytest.raises(InvalidRequestError, match="cache must be"):
        Neuronpedia(base_url="http://127.0.0.1:9", cache=42)  # type: ignore[arg-type]
