"""Every error status the client maps, replayed: 400, 401, 403, 404, 429, 500 (see conftest.py)."""

from __future__ import annotations

import pytest

from neuronpedia_ext import (
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    Neuronpedia,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from tests.replay.conftest import Admin, target_url
from tests.support.validating import ValidatingTransport

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def test_400_injected(np_client: Neuronpedia, emulator_admin: Admin, needs_emulator_when_recording: None) -> None:
    """The client checks its input before sending, so the server's 400 is injected (emulator fault script).

    On vector/get, whose 400 body is the generic ``{error, message}`` the injected fault answers (an
    injected 400 on vector/new would carry a body that route never answers: it answers ``{message}``).
    """
    emulator_admin.faults(script=["400"])
    with pytest.raises(BadRequestError) as info:
        np_client.vectors.get("gpt2-small", "6-res-jb", 0)
    assert info.value.status_code == 400


def test_401_unknown_key(emulator_admin: Admin) -> None:
    with (
        Neuronpedia(
            base_url=target_url(), api_key="np-not-a-known-key", max_retries=0, transport=ValidatingTransport()
        ) as np,
        pytest.raises(AuthenticationError) as info,
    ):
        np.lists.list_owned()
    assert info.value.status_code == 401


def test_403_injected(np_client: Neuronpedia, emulator_admin: Admin, needs_emulator_when_recording: None) -> None:
    emulator_admin.faults(script=["403"])
    with pytest.raises(PermissionDeniedError) as info:
        np_client.lists.delete("c000000000000000000000000")
    assert info.value.status_code == 403


def test_404_missing_feature(np_client: Neuronpedia) -> None:
    with pytest.raises(NotFoundError) as info:
        np_client.features.get("gpt2-small", "6-res-jb", 99999999)
    assert info.value.status_code == 404


def test_429_rate_limited(np_client: Neuronpedia, emulator_admin: Admin, needs_emulator_when_recording: None) -> None:
    emulator_admin.faults(script=["429"], retry_after=7)
    with pytest.raises(RateLimitError) as info:
        np_client.features.get("gpt2-small", "6-res-jb", 1024)
    assert info.value.status_code == 429


def test_500_unknown_list(np_client: Neuronpedia, emulator_admin: Admin) -> None:
    """Upstream answers an unknown list id with its generic 500 (documented defect)."""
    with pytest.raises(InternalServerError) as info:
        np_client.lists.get("c000000000000000000000000")
    assert info.value.status_code == 500
