"""What the drop-ins send and keep, checked against the official package (1.2.1) on the same emulator.

The official client is the oracle for parameters: its steer methods and ours run against one emulator,
and the answers (which depend on every steering setting, and echo them for chat) must agree. The lists
drop-ins must keep what the server added, in the object they return and on the server.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from neuronpedia_ext import ListRequest, NPList, NPListItem, NPVector, set_api_key
from neuronpedia_ext.compat.requests_vectors import SteerChatRequest, SteerCompletionRequest
from neuronpedia_ext.emulator.server import EmulatorServer

official = pytest.importorskip("neuronpedia")

from neuronpedia.np_vector import NPVector as OfficialNPVector  # noqa: E402
from neuronpedia.requests.base_request import NPRequest  # noqa: E402
from neuronpedia.requests.steer_request import SteerChatRequest as OfficialSteerChatRequest  # noqa: E402
from neuronpedia.requests.steer_request import (  # noqa: E402
    SteerCompletionRequest as OfficialSteerCompletionRequest,
)

CHAT = [{"role": "user", "content": "Write one line about the sea."}]
PROMPT = "The most iconic structure on Earth is"
ITEMS = [
    NPListItem(model_id="gpt2-small", source="0-res-jb", index="0", description="first"),
    NPListItem(model_id="gpt2-small", source="0-res-jb", index="1", description="second"),
]


@pytest.fixture
def both(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[EmulatorServer]:
    """The official package and the drop-ins, both pointed at the emulator with its key."""
    monkeypatch.setattr(NPRequest, "BASE_URL", emulator.api_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", emulator.api_key)
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    set_api_key(None)
    yield emulator
    set_api_key(None)


@pytest.fixture
def vector(both: EmulatorServer) -> OfficialNPVector:
    return OfficialNPVector.new(
        label="sea",
        model_id="gpt2-small",
        layer_num=6,
        hook_type="hook_resid_pre",
        vector=[0.001 * i for i in range(768)],
        default_steer_strength=12,
    )


def _steered(answer: dict[str, Any]) -> Any:
    return answer["STEERED"]


def test_vector_steer_chat_sends_the_official_settings(vector: OfficialNPVector) -> None:
    theirs = vector.steer_chat(CHAT)
    ours = NPVector.get(vector.model_id, vector.source, vector.index).steer_chat(CHAT)
    assert ours["settings"] == theirs["settings"]
    assert _steered(ours) == _steered(theirs)


def test_vector_steer_completion_sends_the_official_settings(vector: OfficialNPVector) -> None:
    theirs = vector.steer_completion(PROMPT)
    ours = NPVector.get(vector.model_id, vector.source, vector.index).steer_completion(PROMPT)
    assert _steered(ours) == _steered(theirs)
    assert ours["id"] == theirs["id"]  # the same settings hit the same saved output


def test_steer_request_defaults_match_the_official_ones(vector: OfficialNPVector) -> None:
    ours_vector = NPVector.get(vector.model_id, vector.source, vector.index)
    theirs = OfficialSteerChatRequest().steer(model_id="gpt2-small", vectors=[vector], steered_chat_messages=CHAT)
    ours = SteerChatRequest().steer(model_id="gpt2-small", vectors=[ours_vector], steered_chat_messages=CHAT)
    assert ours["settings"] == theirs["settings"]
    assert _steered(ours) == _steered(theirs)
    theirs = OfficialSteerCompletionRequest().steer(model_id="gpt2-small", vectors=[vector], prompt=PROMPT)
    ours = SteerCompletionRequest().steer(model_id="gpt2-small", vectors=[ours_vector], prompt=PROMPT)
    assert ours["id"] == theirs["id"]


def test_steer_request_passes_every_parameter_on(vector: OfficialNPVector) -> None:
    ours_vector = NPVector.get(vector.model_id, vector.source, vector.index)
    chosen = {"temperature": 0.25, "n_tokens": 7, "freq_penalty": 1.0, "seed": 99, "strength_multiplier": 2.5}
    answer = SteerChatRequest().steer(
        model_id="gpt2-small", vectors=[ours_vector], steered_chat_messages=CHAT, steer_special_tokens=False, **chosen
    )
    assert {k: answer["settings"][k] for k in chosen} == chosen
    assert answer["settings"]["steer_special_tokens"] is False
    theirs = OfficialSteerCompletionRequest().steer(model_id="gpt2-small", vectors=[vector], prompt=PROMPT, **chosen)
    ours = SteerCompletionRequest().steer(model_id="gpt2-small", vectors=[ours_vector], prompt=PROMPT, **chosen)
    assert ours["id"] == theirs["id"]


def test_list_request_add_items_keeps_the_added_items(both: EmulatorServer) -> None:
    requests = ListRequest()
    created = requests.new("kept", "d")
    returned = requests.add_items(created, ITEMS)
    assert returned is created
    assert [(i.source, i.index, i.description) for i in created.items] == [
        ("0-res-jb", 0, "first"),
        ("0-res-jb", 1, "second"),
    ]
    on_server = requests.get(created.id)
    assert sorted(i.index for i in on_server.items) == [0, 1]


def test_nplist_add_items_keeps_the_added_items(both: EmulatorServer) -> None:
    created = NPList.new("kept too", "d")
    assert created.add_items(ITEMS[:1]) is created
    assert [(i.index, i.description) for i in created.items] == [(0, "first")]
    created.add_items(ITEMS[1:])
    assert [i.index for i in created.items] == [0, 1]
    assert sorted(i.index for i in NPList.get(created.id).items) == [0, 1]
