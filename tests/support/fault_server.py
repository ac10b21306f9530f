"""A tiny loopback HTTP server that misbehaves on purpose, for transport tests.

Each connection reads one request (headers and a content-length body), counts it, then does
what ``mode`` says:

* ``dribble``: a complete JSON 200, sent one byte every ``interval`` seconds;
* ``dribble-body``: the headers at once, then the JSON body one byte per ``interval``;
* ``dribble-sse``: ``text/event-stream`` headers at once, then frames one byte per ``interval``;
* ``late-headers``: the headers after ``interval`` seconds, then a body that never comes;
* ``stall``: reads the request and never answers;
* ``reset``: reads the request and resets the connection (RST);
* ``close``: reads the request and closes the connection cleanly without answering;
* ``truncate``: a 200 JSON body without content-length, cut halfway, then closes.

The emulator's own faults fire before its handler; this server is for what happens after a
request has fully left the client.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Iterator
from typing import Any

BODY = json.dumps([{"id": "clist1", "name": "n", "description": "d"}]).encode()
SSE = b'data: {"STEERED": "[emulated] a"}\n\n' * 50


class FaultServer:
    def __init__(self, mode: str, interval: float = 1.0, body: bytes = BODY) -> None:
        self.mode = mode
        self.interval = interval
        self.body = body
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def close(self) -> None:
        self._stop.set()
        self._accept.join(5)
        for thread in self._threads:
            thread.join(5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _read_request(self, conn: socket.socket) -> bytes | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            rest += chunk
        return head + b"\r\n\r\n" + rest

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        with contextlib.closing(conn):
            try:
                request = self._read_until_stopped(conn)
            except OSError:
                return
            if request is None:
                return
            self.requests.append(request)
            try:
                self._answer(conn)
            except OSError:
                return

    def _read_until_stopped(self, conn: socket.socket) -> bytes | None:
        while not self._stop.is_set():
            try:
                return self._read_request(conn)
            except TimeoutError:
                continue
        return None

    def _answer(self, conn: socket.socket) -> None:
        json_head = (
            f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(self.body)}\r\n\r\n".encode()
        )
        if self.mode == "dribble":
            self._dribble(conn, json_head + self.body)
        elif self.mode == "dribble-body":
            conn.sendall(json_head)
            self._dribble(conn, self.body)
        elif self.mode == "dribble-sse":
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n")
            self._dribble(conn, SSE)
        elif self.mode == "late-headers":  # headers after ``interval`` seconds, then the body never comes
            if not self._stop.wait(self.interval):
                conn.sendall(json_head)
                self._stop.wait()
        elif self.mode == "stall":
            self._stop.wait()
        elif self.mode == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif self.mode == "close":
            conn.shutdown(socket.SHUT_RDWR)
        elif self.mode == "truncate":
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n")
            conn.sendall(self.body[: len(self.body) // 2])
        else:
            raise ValueError(self.mode)

    def _dribble(self, conn: socket.socket, data: bytes) -> None:
        for i in range(len(data)):
            if self._stop.wait(self.interval if i else 0):
                return
            conn.sendall(data[i : i + 1])


@contextlib.contextmanager
def fault_server(mode: str, **kwargs: Any) -> Iterator[FaultServer]:
    server = FaultServer(mode, **kwargs)
    try:
        yield server
    finally:
        server.close()
