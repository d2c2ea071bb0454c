"""`enforcer worker`: run the live stream (a faust worker) with settings from ENFORCER_*.

SIGTERM or Ctrl-C stops it cleanly: in-flight records finish, the producer is
flushed and processed offsets are committed. A stop still running after
ENFORCER_SHUTDOWN_TIMEOUT_S logs where it is stuck and exits with 70
(enforcer/stream/shutdown.py).

Logs go to stdout through enforcer.obs.logging (JSON lines unless stdout is a
terminal; ENFORCER_LOG_FORMAT overrides). The obs endpoint (/metrics, /healthz,
/readyz) listens on ENFORCER_OBS_HOST:ENFORCER_OBS_PORT (127.0.0.1:9464).
"""

from __future__ import annotations

import argparse
import asyncio
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("worker", help="run the stream worker: requests topic -> rules -> decisions topics")
    p.add_argument("--rules", help="rules directory (default: ENFORCER_RULES_DIR or rules)")
    p.add_argument("--store", help="table store, rocksdb:// (default) or memory://")
    p.add_argument("--web-port", type=int, help="port of faust's web server on 127.0.0.1 (default 6066)")
    p.add_argument("--no-web", action="store_true", help="do not serve faust's web endpoints")
    p.add_argument("--loglevel", help="debug, info (default), warning")
    p.add_argument("--obs-port", type=int, help="port of the obs endpoint (default ENFORCER_OBS_PORT or 9464; "
                   "0 picks a free one)")
    p.add_argument("--no-create-topics", action="store_true", help="do not create missing topics at start")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from enforcer.rules.loader import RuleSetError, load_rules
    from enforcer.settings import Settings
    from enforcer.stream.topics import ensure_topics

    overrides = {"rules_dir": args.rules, "store": args.store, "web_port": args.web_port,
                 "loglevel": args.loglevel, "web_enabled": False if args.no_web else None, "obs_port": args.obs_port}
    s = Settings(**{k: v for k, v in overrides.items() if v is not None})
    try:
        rules = load_rules(s.rules_dir)
    except RuleSetError as exc:
        print(f"rules rejected:\n{exc}", file=sys.stderr)
        return 2
    if not args.no_create_topics:
        report = asyncio.run(ensure_topics(s))
        for line in report.lines():
            print(f"topics: {line}", file=sys.stderr)
        if report.problems:
            print("topics do not match the settings; fix them or the settings, then start again", file=sys.stderr)
            return 2

    problem = _port_problem(s.obs_host, s.obs_port)
    if problem:
        print(f"obs endpoint: cannot listen on {s.obs_host}:{s.obs_port}: {problem} "
              "(set ENFORCER_OBS_PORT or --obs-port)", file=sys.stderr)
        return 2

    from enforcer.obs.logging import configure_logging
    from enforcer.stream.app import create_app

    configure_logging(level=s.loglevel)  # before the faust Worker, which must keep these handlers
    app, _proc, obs = create_app(s, rules)
    print(f"enforcer worker: app {s.app_id}, {len(rules.rules)} rule(s) from {s.rules_dir} (digest {rules.digest}), "
          f"{s.topic_requests} -> {s.topic_decisions} / {s.topic_decisions_shadow}, DLQ {s.topic_dlq}, "
          f"group stage {s.topic_group_obs} -> {s.topic_fanout} / {s.topic_template_notices}, "
          f"store {s.store}", file=sys.stderr, flush=True)
    from enforcer.gctune import tune_gc

    tune_gc()  # after the app and rules are built: they are frozen out of every collection
    from enforcer.stream.shutdown import Worker

    worker = Worker(app, obs, stop_timeout_s=s.shutdown_timeout_s, loglevel=s.loglevel, quiet=True,
                    override_logging=False)
    worker.execute_from_commandline()  # raises SystemExit when the worker stops
    return 0


def _port_problem(host: str, port: int) -> str | None:
    """Fail fast, with a clear message, when the obs port is taken (the server
    itself starts later, inside faust's event loop)."""
    import socket

    if port == 0:
        return None
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
    except OSError as exc:
        return exc.strerror or str(exc)
    return None
