"""A loopback HTTP/1.1 server that answers from pre-rendered recorded bodies, in its own process.

    python benchmarks/_fastserver.py [--latency-ms 0]      # prints "PORT <n>" when listening

It exists so that benchmarks measure the client, not the server: it is a bare asyncio protocol
(no framework, no per-request JSON work), it runs in a separate process (its CPU never lands in
a client sample), and it keeps connections alive. Bodies come from ``cassettes/reference/``:

- ``GET /api/feature/<model>/<source>/<index>``: the recorded 20 KB feature
  (``feature_get_many_activations``, 19,834 bytes) for every source except ``big-res``, which
  answers a ~190 KB feature built from the same recording (52 activations of 128 tokens, as real
  dense features are; the shape and the field set are unchanged). The top-level ``index`` is the
  requested one.
- ``POST /api/features``: the batch read; one body per requested item, in request order.
- ``POST /api/steer-chat``: the recorded 21-frame ``text/event-stream`` answer.
- ``GET /__stats``: ``{"cpu": <this process's CPU seconds>, "requests": <answered so far>}``, so a
  benchmark can show the server's own CPU share (it is not the bottleneck when that stays low).

``--latency-ms`` delays every answer (asyncio.sleep, so concurrent requests overlap as they
would over a real network).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import time
from pathlib import Path
from typing import Any

import yaml

REFERENCE = Path(__file__).resolve().parent.parent / "cassettes" / "reference"
_INDEX = "\x00INDEX\x00"
_LAYER = "\x00LAYER\x00"


def _recorded(name: str) -> dict[str, Any]:
    cassette = yaml.safe_load((REFERENCE / f"{name}.yaml").read_text())
    return cassette["interactions"][0]["response"]  # type: ignore[no-any-return]


def _big(feature: dict[str, Any], activations: int = 52, tokens: int = 128) -> dict[str, Any]:
    """The recorded feature with ``activations`` activations of ``tokens`` tokens each."""
    big = dict(feature)
    rows = []
    for n in range(activations):
        src = feature["activations"][n % len(feature["activations"])]
        row = dict(src)
        for key in ("tokens", "values", "dfaValues", "lossValues"):
            seq = src.get(key)
            if isinstance(seq, list) and seq:
                row[key] = [
                    seq[i % len(seq)] if key == "tokens" else float(seq[i % len(seq)]) + (i + n) * 1.000001e-7
                    for i in range(tokens)
                ]
        row["id"] = f"{src['id']}-{n}"
        rows.append(row)
    big["activations"] = rows
    return big


class _Template:
    """A JSON body split around its top-level ``layer`` and ``index``: any feature is a concatenation away."""

    def __init__(self, body: dict[str, Any]) -> None:
        text = json.dumps(dict(body, layer=_LAYER, index=_INDEX), separators=(",", ":"))
        head, rest = text.split(json.dumps(_LAYER))
        middle, tail = rest.split(json.dumps(_INDEX))
        self.parts = head.encode(), middle.encode(), tail.encode()

    def render(self, layer: str, index: str) -> bytes:
        head, middle, tail = self.parts
        return head + json.dumps(layer).encode() + middle + json.dumps(index).encode() + tail


class Bodies:
    def __init__(self) -> None:
        feature = json.loads(_recorded("feature_get_many_activations")["body"]["string"])
        self.small = _Template(feature)
        self.big = _Template(_big(feature))
        self.sse = _recorded("inference_steer_chat_stream")["body"]["string"].encode()
        self.requests = 0  # answered so far, all connections (reported by GET /__stats)

    def feature(self, source: str, index: str) -> bytes:
        return (self.big if source == "big-res" else self.small).render(source, index)


def _response(status: int, body: bytes, content_type: bytes = b"application/json") -> bytes:
    reason = b"OK" if status == 200 else b"Not Found"
    return (
        b"HTTP/1.1 %d %s\r\ncontent-type: %s\r\ncontent-length: %d\r\nconnection: keep-alive\r\n\r\n"
        % (status, reason, content_type, len(body))
    ) + body


class _Protocol(asyncio.Protocol):
    def __init__(self, bodies: Bodies, latency: float) -> None:
        self.bodies = bodies
        self.latency = latency
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _ = head.split("\r\n", 1)[0].split(" ", 2)
            answer = self.answer(method, target.split("?", 1)[0], body)
            if self.latency:
                asyncio.get_running_loop().call_later(self.latency, self._write, answer)
            else:
                self._write(answer)

    def _write(self, data: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)

    def answer(self, method: str, path: str, body: bytes) -> bytes:
        self.bodies.requests += 1
        if method == "GET" and path == "/__stats":
            stats = {"cpu": time.process_time(), "requests": self.bodies.requests}
            return _response(200, json.dumps(stats).encode())
        parts = path.strip("/").split("/")
        if method == "GET" and len(parts) == 5 and parts[:2] == ["api", "feature"]:
            return _response(200, self.bodies.feature(parts[3], parts[4]))
        if method == "POST" and path.rstrip("/") == "/api/features":
            items = json.loads(body)
            rendered = [self.bodies.feature(str(i.get("layer")), str(i.get("index"))) for i in items]
            return _response(200, b"[" + b",".join(rendered) + b"]")
        if method == "POST" and path.rstrip("/") == "/api/steer-chat":
            return _response(200, self.bodies.sse, b"text/event-stream")
        return _response(404, b'{"error":"not found"}')


async def _serve(port: int, latency: float) -> None:
    bodies = Bodies()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Protocol(bodies, latency), "127.0.0.1", port, backlog=1024)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.latency_ms / 1000.0))


if __name__ == "__main__":
    main()
