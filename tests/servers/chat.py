"""A small server that speaks the OpenAI chat-completions protocol, for the tests.

It answers ``POST /v1/chat/completions`` on 127.0.0.1 (a free port) the way Ollama,
llama.cpp and vLLM do, with what the test set in ``reply`` (a text, or a status and an
error body), after ``delay`` seconds; it records each request it got in ``requests``.
Written with the standard library (``http.server``) and run in a thread.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    text: str = ""
    status: int = 200
    error: str = ""
    delay: float = 0.0
    raw: bytes | None = None  # a body that is not a chat completion


@dataclass
class ChatServer:
    server: ThreadingHTTPServer
    thread: threading.Thread
    reply: Reply = field(default_factory=Reply)
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @classmethod
    def start(cls) -> ChatServer:
        state: dict[str, ChatServer] = {}

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet in the test output
                return

            def do_POST(self) -> None:
                chat = state["chat"]
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                chat.requests.append(body)
                chat.headers.append({k.lower(): v for k, v in self.headers.items()})
                reply = chat.reply
                if reply.delay:
                    time.sleep(reply.delay)
                if self.path != "/v1/chat/completions":
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                elif reply.raw is not None:
                    self._send(200, None, reply.raw)
                elif reply.status != 200:
                    self._send(reply.status, {"error": {"message": reply.error, "type": "server_error"}})
                else:
                    self._send(
                        200,
                        {
                            "id": "chatcmpl-1",
                            "object": "chat.completion",
                            "created": 1764064800,
                            "model": body.get("model", ""),
                            "choices": [
                                {
                                    "index": 0,
                                    "message": {"role": "assistant", "content": reply.text},
                                    "finish_reason": "stop",
                                }
                            ],
                            "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
                        },
                    )

            def _send(self, status: int, payload: Any, raw: bytes | None = None) -> None:
                data = raw if raw is not None else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (the timeout test)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        chat = cls(server, thread)
        state["chat"] = chat
        thread.start()
        return chat

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
