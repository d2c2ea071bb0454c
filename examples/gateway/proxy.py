"""Example gateway: an aiohttp reverse proxy that enforces enforcer's decisions.

    python -m examples.gateway.proxy --upstream http://127.0.0.1:8081 --port 8080 \
        [--bootstrap 127.0.0.1:9092] [--policy fail_open] [--stale-after 30]

Per request (JSON body; account from header `x-account-id`, else body field
`account_id`, else `user`):

| verdict            | response                                                                    |
|--------------------|-----------------------------------------------------------------------------|
| ALLOW, THROTTLE ok | forwarded upstream; then a request event is published to enforcer.requests  |
| THROTTLE, no token | 429, `Retry-After: <whole seconds>`, {"error": "rate_limited", ...}         |
| CHALLENGE          | 403, {"error": "challenge_required", "challenge": {...}, ...}               |
| SUSPEND            | 423, {"error": "account_suspended", ...}                                    |

Every answer carries `x-enforcer-verdict: allow|throttle|challenge|suspend`.
Rule names, reasons and evidence are never sent to the client (they would
teach a campaign what to evade); `decision_id` is, for support requests.
Binds 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import signal
import time
import uuid
from typing import Any

import aiohttp
import orjson
from aiohttp import web
from aiokafka import AIOKafkaProducer

from enforcer.contracts import CONTENT_TYPE, SCHEMA_VERSION, RequestEvent
from enforcer.gateway import DecisionClient, Outcome, Verdict
from enforcer.settings import Settings
from enforcer.timeutil import format_rfc3339_ms, parse_rfc3339_ms

HOST = "127.0.0.1"
EVENT_HEADERS = [("content-type", CONTENT_TYPE.encode()), ("schema-version", SCHEMA_VERSION.encode())]
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "host", "content-length",
              "accept-encoding"}  # dropped too: the proxy reads the answer to estimate completion tokens
PUBLISH_TIMEOUT_S = 2.0
log = logging.getLogger("examples.gateway")

CLIENT = web.AppKey("client", DecisionClient)
PRODUCER = web.AppKey("producer", AIOKafkaProducer)
SESSION = web.AppKey("session", aiohttp.ClientSession)
CONFIG = web.AppKey("config", dict)


def estimate_tokens(text: str | None) -> int:
    """~4 characters per token, the usual rule of thumb for English text."""
    return math.ceil(len(text) / 4) if text else 0


def prompt_parts(body: dict[str, Any]) -> tuple[str | None, str | None]:
    """(user prompt, system prompt) from an OpenAI-shaped body."""
    if isinstance(body.get("prompt"), str):
        return body["prompt"], body.get("system") if isinstance(body.get("system"), str) else None
    user, system = [], []
    for m in body.get("messages") or []:
        if not (isinstance(m, dict) and isinstance(m.get("content"), str)):
            continue
        if m.get("role") in ("system", "developer"):
            system.append(m["content"])
        elif m.get("role") == "user":
            user.append(m["content"])
    return ("\n".join(user) or None), ("\n".join(system) or None)


def completion_text(raw: bytes) -> str:
    try:
        choice = orjson.loads(raw)["choices"][0]
        return choice.get("message", {}).get("content") or choice.get("text") or ""
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
        return raw.decode("utf-8", "replace")


def _json(status: int, verdict: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json",
                        headers={"x-enforcer-verdict": verdict, **(headers or {})})


def rejection(v: Verdict) -> web.Response:
    ref = {"decision_id": v.decision_id}
    if v.outcome is Outcome.THROTTLE:
        retry = max(1, math.ceil(v.retry_after_s))  # Retry-After takes whole seconds
        return _json(429, "throttle", {"error": "rate_limited", "retry_after_s": round(v.retry_after_s, 3),
                                       "limit_rps": v.throttle_rps, **ref}, {"Retry-After": str(retry)})
    if v.outcome is Outcome.CHALLENGE:
        until = format_rfc3339_ms(int(v.expires_at_s * 1000)) if v.expires_at_s else None
        return _json(403, "challenge", {
            "error": "challenge_required",
            "message": "Complete the verification challenge to continue using the API.",
            "challenge": {"type": "interactive", "url": f"/challenge?ref={v.decision_id or 'stale'}",
                          "expires_at": until},
            **ref})
    return _json(423, "suspend", {"error": "account_suspended",
                                  "message": "This account is suspended. Contact support with the decision id.",
                                  **ref})


async def handle(request: web.Request) -> web.StreamResponse:
    raw = await request.read()
    try:
        body = orjson.loads(raw) if raw else {}
    except orjson.JSONDecodeError:
        return _json(400, "allow", {"error": "invalid_json"})
    if not isinstance(body, dict):
        return _json(400, "allow", {"error": "invalid_json"})
    account = request.headers.get("x-account-id") or body.get("account_id") or body.get("user")
    if not isinstance(account, str) or not account:
        return _json(400, "allow", {"error": "account_id_required",
                                    "message": "Send the account id in the x-account-id header."})

    verdict = request.app[CLIENT].check(account)
    if not verdict.allowed:
        return rejection(verdict)

    cfg = request.app[CONFIG]
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
    try:
        async with request.app[SESSION].request(request.method, cfg["upstream"] + request.path_qs,
                                                data=raw, headers=headers) as up:
            up_body = await up.read()
            resp = web.Response(status=up.status, body=up_body,
                                content_type=up.content_type or "application/octet-stream",
                                headers={"x-enforcer-verdict": verdict.outcome.name.lower()})
    except (aiohttp.ClientError, asyncio.TimeoutError):
        up_body = b""
        resp = _json(502, verdict.outcome.name.lower(), {"error": "upstream_unavailable"})
    # Answer first, publish after: the client never waits for Kafka.
    await resp.prepare(request)
    await resp.write_eof()
    await publish_event(request, account, body, up_body, resp.status)
    return resp


def request_event(request: web.Request, account: str, body: dict[str, Any], up_body: bytes, status: int) -> dict:
    prompt, system = prompt_parts(body)
    h = request.headers
    ev: dict[str, Any] = {
        "event_id": uuid.uuid4().hex,
        "ts": format_rfc3339_ms(int(time.time() * 1000)),
        "account_id": account,
        "prompt_tokens": estimate_tokens(prompt) + estimate_tokens(system),
        "completion_tokens": estimate_tokens(completion_text(up_body)) if status < 400 else 0,
        "model": body.get("model") if isinstance(body.get("model"), str) else None,
        "endpoint": request.path,
        "prompt": prompt,
        "system_prompt": system,
        "status": status,
        "org_id": h.get("x-org-id"),
        "api_key_id": h.get("x-api-key-id"),
        "ip": request.remote,
        "user_agent": h.get("user-agent"),
        "device_id": h.get("x-device-id"),
        "payment_fingerprint": h.get("x-payment-fingerprint"),
        "account_created_at": h.get("x-account-created-at"),
    }
    try:
        if ev["account_created_at"] is not None:
            parse_rfc3339_ms(ev["account_created_at"])
    except ValueError:
        ev["account_created_at"] = None
    return {k: v for k, v in ev.items() if v is not None}


async def publish_event(request: web.Request, account: str, body: dict, up_body: bytes, status: int) -> None:
    producer = request.app.get(PRODUCER)
    if producer is None:
        return
    stats = request.app[CONFIG]["stats"]
    ev = request_event(request, account, body, up_body, status)
    try:
        RequestEvent.model_validate(ev)  # never publish what the enforcer would dead-letter
        await asyncio.wait_for(producer.send(request.app[CONFIG]["requests_topic"], orjson.dumps(ev),
                                             key=account.encode(), headers=EVENT_HEADERS), PUBLISH_TIMEOUT_S)
        stats["events_published"] += 1
    except Exception as exc:  # an example gateway keeps serving when Kafka or an event is bad
        stats["events_dropped"] += 1
        log.warning("request event not published: %s", type(exc).__name__)


async def health(request: web.Request) -> web.Response:
    return web.json_response({**request.app[CLIENT].stats, **request.app[CONFIG]["stats"]},
                             dumps=lambda o: orjson.dumps(o, default=str).decode())


def make_app(client: DecisionClient, upstream: str, producer: AIOKafkaProducer | None = None,
             requests_topic: str = "enforcer.requests", upstream_timeout_s: float = 60.0) -> web.Application:
    """The proxy app; `client` and `producer` are started and stopped by the caller."""
    app = web.Application(client_max_size=4 * 1024 * 1024)
    app[CLIENT] = client
    if producer is not None:
        app[PRODUCER] = producer
    app[CONFIG] = {"upstream": upstream.rstrip("/"), "requests_topic": requests_topic,
                   "stats": {"events_published": 0, "events_dropped": 0}}

    async def session_ctx(app: web.Application):
        app[SESSION] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=upstream_timeout_s),
                                             auto_decompress=False)
        yield
        await app[SESSION].close()

    app.cleanup_ctx.append(session_ctx)
    app.router.add_get("/_enforcer/health", health)
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


async def serve(args: argparse.Namespace, stop: asyncio.Event) -> None:
    client = DecisionClient(args.bootstrap, args.decisions_topic, policy=args.policy, stale_after_s=args.stale_after)
    await client.start(timeout_s=30, wait_caught_up_s=args.wait_caught_up)
    log.info("decisions: caught_up=%s, %d active", client.caught_up, len(client.table))
    producer = AIOKafkaProducer(bootstrap_servers=args.bootstrap, acks="all", linger_ms=5, enable_idempotence=True,
                                request_timeout_ms=10_000)
    runner = None
    try:
        await asyncio.wait_for(producer.start(), 30)
        runner = web.AppRunner(make_app(client, args.upstream, producer, args.requests_topic), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, HOST, args.port).start()
        port = runner.addresses[0][1]  # the bound port: --port 0 picks a free one
        print(f"gateway listening on http://{HOST}:{port} -> {args.upstream} "
              f"(policy {client.policy.value}, stale after {client.stale_after_s}s)", flush=True)
        await stop.wait()
    finally:
        if runner is not None:
            await runner.cleanup()
        await asyncio.wait_for(producer.stop(), 15)
        await client.stop()


def main(argv: list[str] | None = None) -> None:
    s = Settings()
    ap = argparse.ArgumentParser(description="enforcer example gateway (binds 127.0.0.1)")
    ap.add_argument("--upstream", default="http://127.0.0.1:8081", help="base URL of the LLM upstream")
    ap.add_argument("--port", type=int, default=8080, help="0 picks a free port (printed at start)")
    ap.add_argument("--bootstrap", default=s.kafka_bootstrap, help="Kafka bootstrap (env ENFORCER_KAFKA_BOOTSTRAP)")
    ap.add_argument("--decisions-topic", default=s.topic_decisions)
    ap.add_argument("--requests-topic", default=s.topic_requests)
    ap.add_argument("--policy", choices=["fail_open", "fail_closed"], default="fail_open")
    ap.add_argument("--stale-after", type=float, default=30.0, help="seconds before the decision feed counts as stale")
    ap.add_argument("--wait-caught-up", type=float, default=30.0, help="seconds to wait for the table at start")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(args, stop)

    asyncio.run(run())


if __name__ == "__main__":
    main()
