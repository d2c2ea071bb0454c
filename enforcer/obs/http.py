"""The obs HTTP server: /metrics, /healthz, /readyz, /explain/{account}. Runs in the worker's own
event loop (faust's web server on ENFORCER_WEB_PORT is separate; this one is ours).

    readiness = WorkerReadiness()
    server = await start_obs_server(readiness=readiness)   # 127.0.0.1:9464 unless configured
    readiness.set_rules_loaded(True)                        # after the rule set is live
    readiness.set_partitions_assigned(len(assigned))        # on every rebalance
    ...
    await stop_obs_server(server)

| path | 200 | 503 |
|---|---|---|
| /metrics | Prometheus text (OpenMetrics if the scraper asks) from the registry | - |
| /healthz | the event loop runs and the optional `liveness` callable is true | stopping, or liveness false |
| /readyz | `readiness` says partitions are assigned AND rules are loaded | otherwise, with a JSON body listing the reasons |
| /explain/{account} | JSON: the account's features, groups, rule verdicts, exceptions, decisions (enforcer.core.explain) | 404: no engine of this worker holds the account; 503: no explain provider |

The explain provider is the `explain` argument, else the one registered with
`set_explain_provider` (the worker does, in enforcer.stream.reload.install).

Host and port: arguments, else ENFORCER_OBS_HOST (default 127.0.0.1) and
ENFORCER_OBS_PORT (default 9464). In a container set ENFORCER_OBS_HOST=0.0.0.0
so kubelet probes and Prometheus can reach it.

A heartbeat task (1 s) keeps enforcer_event_loop_lag_seconds and
enforcer_worker_ready current.
"""

from __future__ import annotations

import asyncio
import inspect
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Union

import orjson
from aiohttp import web
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder

from enforcer.obs.metrics import METRICS, Metrics

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 9464


@dataclass(frozen=True)
class ReadyStatus:
    partitions_assigned: int
    rules_loaded: bool

    @property
    def ready(self) -> bool:
        return self.partitions_assigned > 0 and self.rules_loaded

    def reasons(self) -> list[str]:
        out = []
        if self.partitions_assigned <= 0:
            out.append("no partitions assigned")
        if not self.rules_loaded:
            out.append("rules not loaded")
        return out


ReadinessResult = Union[ReadyStatus, Mapping[str, Any], tuple[int, bool]]
Explain = Callable[[str], Union[Mapping[str, Any], None, Awaitable[Union[Mapping[str, Any], None]]]]
_EXPLAIN_PROVIDER: list[Explain | None] = [None]


def set_explain_provider(fn: Explain | None) -> None:
    """Register what GET /explain/{account} answers with (process-wide)."""
    _EXPLAIN_PROVIDER[0] = fn
Readiness = Callable[[], Union[ReadinessResult, Awaitable[ReadinessResult]]]
Liveness = Callable[[], Union[bool, Awaitable[bool]]]


class WorkerReadiness:
    """The default readiness callable: the worker sets the two facts."""

    def __init__(self) -> None:
        self.partitions_assigned = 0
        self.rules_loaded = False

    def set_partitions_assigned(self, n: int) -> None:
        self.partitions_assigned = int(n)

    def set_rules_loaded(self, loaded: bool = True) -> None:
        self.rules_loaded = bool(loaded)

    def __call__(self) -> ReadyStatus:
        return ReadyStatus(self.partitions_assigned, self.rules_loaded)


def _to_status(res: ReadinessResult) -> ReadyStatus:
    if isinstance(res, ReadyStatus):
        return res
    if isinstance(res, Mapping):
        return ReadyStatus(int(res.get("partitions_assigned") or 0), bool(res.get("rules_loaded")))
    partitions, rules = res
    return ReadyStatus(int(partitions), bool(rules))


async def _call(fn: Callable[[], Any]) -> Any:
    res = fn()
    if inspect.isawaitable(res):
        res = await res
    return res


def _json(status: int, body: dict[str, Any]) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json")


class ObsServer:
    def __init__(self, host: str | None = None, port: int | None = None, *,
                 registry: CollectorRegistry | None = None, metrics: Metrics | None = None,
                 readiness: Readiness | None = None, liveness: Liveness | None = None,
                 explain: Explain | None = None, heartbeat_s: float = 1.0):
        self.metrics = metrics if metrics is not None else (METRICS if registry is None else None)
        self.registry = registry if registry is not None else self.metrics.registry
        self.host = host or os.environ.get("ENFORCER_OBS_HOST") or DEFAULT_HOST
        self.requested_port = int(port if port is not None else os.environ.get("ENFORCER_OBS_PORT") or DEFAULT_PORT)
        self.readiness = readiness
        self.liveness = liveness
        self.explain = explain
        self.heartbeat_s = heartbeat_s
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self._stopping = False
        self.app = self._make_app()

    # -- app ------------------------------------------------------------------
    def _make_app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/explain/{account}", self._explain)
        return app

    async def _metrics(self, request: web.Request) -> web.Response:
        encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
        return web.Response(body=encoder(self.registry), headers={"Content-Type": content_type})

    async def _healthz(self, _request: web.Request) -> web.Response:
        if self._stopping:
            return _json(503, {"status": "stopping"})
        if self.liveness is not None:
            try:
                alive = bool(await _call(self.liveness))
            except Exception as exc:  # a failing check is an unhealthy answer, not a 500
                return _json(503, {"status": "unhealthy", "reason": f"liveness check failed: {type(exc).__name__}"})
            if not alive:
                return _json(503, {"status": "unhealthy", "reason": "liveness check returned false"})
        return _json(200, {"status": "ok"})

    async def check_ready(self) -> tuple[bool, dict[str, Any]]:
        if self._stopping:
            return False, {"ready": False, "reasons": ["stopping"]}
        if self.readiness is None:
            return False, {"ready": False, "reasons": ["no readiness check configured"]}
        try:
            st = _to_status(await _call(self.readiness))
        except Exception as exc:
            return False, {"ready": False, "reasons": [f"readiness check failed: {type(exc).__name__}"]}
        body: dict[str, Any] = {"ready": st.ready, "partitions_assigned": st.partitions_assigned,
                                "rules_loaded": st.rules_loaded}
        if not st.ready:
            body["reasons"] = st.reasons()
        return st.ready, body

    async def _readyz(self, _request: web.Request) -> web.Response:
        ok, body = await self.check_ready()
        return _json(200 if ok else 503, body)

    async def _explain(self, request: web.Request) -> web.Response:
        provider = self.explain or _EXPLAIN_PROVIDER[0]
        if provider is None:
            return _json(503, {"error": "no explain provider registered"})
        account = request.match_info["account"]
        try:
            res = provider(account)
            if inspect.isawaitable(res):
                res = await res
        except Exception as exc:
            return _json(500, {"error": f"explain failed: {type(exc).__name__}"})
        if res is None:
            return _json(404, {"error": "account not held by this worker's engines", "account": account})
        return _json(200, dict(res))

    # -- lifecycle --------------------------------------------------------------
    async def start(self) -> ObsServer:
        self._stopping = False
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, self.host, self.requested_port)
        await self._site.start()
        if self.metrics is not None:
            self.metrics.worker_started()
        self._heartbeat = asyncio.create_task(self._beat(), name="enforcer-obs-heartbeat")
        return self

    async def stop(self) -> None:
        self._stopping = True
        if self.metrics is not None:
            self.metrics.worker_stopped()
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            try:
                await self._heartbeat
            except asyncio.CancelledError:
                pass
            self._heartbeat = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = self._site = None

    async def _beat(self) -> None:
        loop = asyncio.get_running_loop()
        while not self._stopping:
            t0 = loop.time()
            await asyncio.sleep(self.heartbeat_s)
            if self.metrics is None:
                continue
            self.metrics.set_event_loop_lag(loop.time() - t0 - self.heartbeat_s)
            ok, _ = await self.check_ready()
            self.metrics.set_ready(ok)

    @property
    def port(self) -> int:
        """The bound port (useful with port=0)."""
        if self._runner is not None:
            for addr in self._runner.addresses:
                if isinstance(addr, tuple) and len(addr) >= 2:
                    return int(addr[1])
        return self.requested_port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


async def start_obs_server(host: str | None = None, port: int | None = None, **kwargs: Any) -> ObsServer:
    """Start the obs server in the running loop; returns it (see ObsServer for kwargs)."""
    return await ObsServer(host, port, **kwargs).start()


async def stop_obs_server(server: ObsServer | None) -> None:
    if server is not None:
        await server.stop()

