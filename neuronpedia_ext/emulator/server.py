"""Run the emulator in a background thread: :class:`EmulatorServer`."""

from __future__ import annotations

import dataclasses
import logging
import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

from neuronpedia_ext.emulator.app import ADMIN_TOKEN_HEADER, create_app
from neuronpedia_ext.emulator.config import DEFAULT_API_KEY, EmulatorConfig, FaultConfig
from neuronpedia_ext.emulator.core import EmulatorState, RequestLog

logger = logging.getLogger("neuronpedia_ext.emulator")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


class EmulatorServer:
    """A uvicorn server for the emulator on ``host`` (loopback) and ``port`` (0 = a free one).

    ``start()`` returns once the port answers. Use it as a context manager, or call ``stop()``.
    ``admin_token`` / ``admin_headers`` are what the HTTP admin API (``/_emulator/...``) requires; the
    methods below (``set_faults``, ``reset``, ...) act on the state directly and need neither.
    """

    def __init__(self, config: EmulatorConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port or free_port(host)
        config = config or EmulatorConfig()
        if config.base_url == EmulatorConfig.base_url:
            config = dataclasses.replace(config, base_url=f"http://{host}:{self.port}")
        self.config = config
        self.app = create_app(config)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> EmulatorServer:
        if self._thread is not None:
            return self
        uv_config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,  # a stalled (fault-injected) request never holds up stop()
        )
        self._server = uvicorn.Server(uv_config)
        self._thread = threading.Thread(target=self._server.run, name="neuronpedia-emulator", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._server.started:
                try:
                    with socket.create_connection((self.host, self.port), timeout=0.5):
                        logger.info("emulator listening on %s", self.base_url)
                        return self
                except OSError:
                    pass
            if not self._thread.is_alive():
                break
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"the emulator did not start on {self.host}:{self.port}")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- what tests need -------------------------------------------------------------------
    @property
    def state(self) -> EmulatorState:
        state: EmulatorState = self.app.state.emulator
        return state

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return self.base_url + "/api"

    @property
    def api_keys(self) -> list[str]:
        return self.state.api_keys()

    @property
    def api_key(self) -> str:
        keys = self.api_keys
        if self.config.api_keys:
            return self.config.api_keys[0]
        return DEFAULT_API_KEY if DEFAULT_API_KEY in keys else keys[0]

    @property
    def admin_token(self) -> str:
        """The token the admin API (``/_emulator/...``) requires in the ``x-emulator-token`` header."""
        return self.state.admin_token

    @property
    def admin_headers(self) -> dict[str, str]:
        """Headers for calling the admin API over HTTP: the token and the JSON content type it requires."""
        return {ADMIN_TOKEN_HEADER: self.admin_token, "content-type": "application/json"}

    @property
    def request_log(self) -> RequestLog:
        return self.state.request_log

    def request_count(self, path: str | None = None, method: str | None = None) -> int:
        return self.state.request_log.count(path, method)

    def set_faults(self, faults: FaultConfig | None = None, **settings: Any) -> None:
        """Replace the fault settings: ``set_faults(error_rate=0.5, seed=1)`` or ``set_faults(FaultConfig(...))``."""
        self.state.set_faults(faults or FaultConfig.from_mapping(settings))

    def clear_faults(self) -> None:
        self.state.set_faults(FaultConfig())

    def set_inference(self, enabled: bool) -> None:
        self.state.inference = enabled

    def reset(self) -> None:
        """Fresh store from the seed; clears the request log, faults and rate-limit counters."""
        self.state.reset()
        self.state.inference = self.config.inference
