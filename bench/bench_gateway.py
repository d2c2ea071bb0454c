"""Latency of the gateway's per-request check, for a table of 100k accounts.

    PYTHONPATH=. python bench/bench_gateway.py [--accounts 100000] [--calls 200000]

Prints ns per call: the mean over a tight loop, and p50/p99 of individually
timed calls (timer overhead, measured on an empty call, is subtracted).
Nothing is asserted: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time

from enforcer.contracts import Decision
from enforcer.gateway import DecisionClient, DecisionTable, Policy
from enforcer.timeutil import format_rfc3339_ms

NOW = 1_800_000_000.0


def build(n: int) -> DecisionTable:
    t = DecisionTable(clock=lambda: NOW)
    exp = format_rfc3339_ms(int((NOW + 3600) * 1000))
    start = time.perf_counter()
    for i in range(n):
        action = ("throttle", "challenge", "suspend")[i % 3]
        d = Decision(decision_id=f"d{i}", account_id=f"acct-{i}", action=action, rule="bench", scope="account",
                     scope_key=f"acct-{i}", issued_at=exp, expires_at=exp, mode="enforce",
                     throttle_rps=1e9 if action == "throttle" else None, reason="bench")
        t.apply(f"acct-{i}".encode(), d.to_json())
    print(f"apply: {n} decisions in {time.perf_counter() - start:.2f}s "
          f"({(time.perf_counter() - start) / n * 1e6:.1f} us/record, parse + validate included)")
    return t


def timer_overhead(samples: int) -> int:
    pc = time.perf_counter_ns
    f = (lambda k, now=None: None)
    xs = []
    for _ in range(samples):
        a = pc()
        f("x", NOW)
        xs.append(pc() - a)
    xs.sort()
    return xs[len(xs) // 2]


def measure(name: str, fn, keys: list[str], overhead: int) -> None:
    pc = time.perf_counter_ns
    gc.disable()
    try:
        start = pc()
        for k in keys:
            fn(k, NOW)
        mean = (pc() - start) / len(keys)
        xs = []
        for k in keys:
            a = pc()
            fn(k, NOW)
            xs.append(pc() - a - overhead)
    finally:
        gc.enable()
    xs.sort()
    p50, p99 = xs[len(xs) // 2], xs[int(len(xs) * 0.99)]
    print(f"{name:<38} mean {mean:7.0f} ns   p50 {max(p50, 0):6d} ns   p99 {max(p99, 0):6d} ns")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=100_000)
    ap.add_argument("--calls", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    table = build(a.accounts)
    n = a.accounts

    def ids(pred) -> list[str]:
        pool = [i for i in range(n) if pred(i)]
        return [f"acct-{rng.choice(pool)}" for _ in range(a.calls)]

    miss = [f"other-{rng.randrange(10 * n)}" for _ in range(a.calls)]
    throttle, challenge, suspend = ids(lambda i: i % 3 == 0), ids(lambda i: i % 3 == 1), ids(lambda i: i % 3 == 2)
    mixed = [rng.choice((miss, throttle, challenge, suspend))[i] for i in range(a.calls)]

    overhead = timer_overhead(50_000)
    print(f"table: {len(table)} active decisions; timer overhead {overhead} ns (subtracted from p50/p99)")
    for name, keys in (("miss (ALLOW, ~all requests)", miss), ("hit CHALLENGE", challenge),
                       ("hit SUSPEND", suspend), ("hit THROTTLE (token bucket)", throttle), ("mixed", mixed)):
        measure(f"DecisionTable.check {name}", table.check, keys, overhead)
    client = DecisionClient("127.0.0.1:1", table=table)  # never started: measures the policy layer only
    measure("DecisionClient.check mixed (fail_open)", client.check, mixed, overhead)
    client.policy = Policy.FAIL_CLOSED
    measure("DecisionClient.check mixed (stale, closed)", client.check, mixed, overhead)
    print(f"(python {sys.version.split()[0]}, {os.cpu_count()} cpus)")


if __name__ == "__main__":
    main()
