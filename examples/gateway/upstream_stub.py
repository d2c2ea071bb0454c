"""A stand-in LLM upstream for the example gateway: OpenAI-shaped answers, no model.

    python -m examples.gateway.upstream_stub --port 8081

POST /v1/chat/completions  {"model": ..., "messages": [{"role": "user", "content": "..."}]}
POST /v1/completions       {"model": ..., "prompt": "..."}
GET  /healthz

The answer is deterministic and about three times longer than the prompt (an
LLM's answers are usually longer than the questions), so the proxy's token
estimates and the enforcer's completion-ratio features have something to see.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import signal
import time

from aiohttp import web

HOST = "127.0.0.1"
WORDS = ("the", "model", "answers", "with", "a", "plausible", "and", "deterministic", "sentence", "about", "it")


def answer_for(prompt: str) -> str:
    seed = hashlib.blake2b(prompt.encode(), digest_size=4).digest()[0]
    n = max(8, min(2000, len(prompt.split()) * 3))
    return " ".join(WORDS[(seed + i) % len(WORDS)] for i in range(n)) + "."


def _prompt_of(body: dict) -> str:
    if isinstance(body.get("prompt"), str):
        return body["prompt"]
    msgs = body.get("messages") if isinstance(body.get("messages"), list) else []
    return "\n".join(m.get("content", "") for m in msgs if isinstance(m, dict) and isinstance(m.get("content"), str))


async def chat(request: web.Request) -> web.Response:
    body = await _json(request)
    text = answer_for(_prompt_of(body))
    return web.json_response({
        "id": f"chatcmpl-{hashlib.blake2b(text.encode(), digest_size=6).hexdigest()}", "object": "chat.completion",
        "created": int(time.time()), "model": body.get("model", "stub-1"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
    })


async def completions(request: web.Request) -> web.Response:
    body = await _json(request)
    text = answer_for(_prompt_of(body))
    return web.json_response({"object": "text_completion", "created": int(time.time()),
                              "model": body.get("model", "stub-1"),
                              "choices": [{"index": 0, "text": text, "finish_reason": "stop"}]})


async def _json(request: web.Request) -> dict:
    try:
        body = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text='{"error": "invalid_json"}', content_type="application/json") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text='{"error": "invalid_json"}', content_type="application/json")
    return body


async def healthz(_: web.Request) -> web.Response:
    return web.json_response({"ok": True})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_post("/v1/completions", completions)
    app.router.add_get("/healthz", healthz)
    return app


async def serve(port: int, stop: asyncio.Event) -> None:
    runner = web.AppRunner(make_app(), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, HOST, port).start()
        port = runner.addresses[0][1]  # the bound port: --port 0 picks a free one
        print(f"upstream stub listening on http://{HOST}:{port}", flush=True)
        await stop.wait()
    finally:
        await runner.cleanup()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=8081, help="0 picks a free port (printed at start)")
    args = ap.parse_args(argv)

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(args.port, stop)

    asyncio.run(run())


if __name__ == "__main__":
    main()
