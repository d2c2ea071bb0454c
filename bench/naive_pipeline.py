"""A straightforward pipeline of the same libraries, as the baseline the core
is compared with (bench_core.py runs both on the same events).

What "straightforward" means here, each the first thing one would write:
- prompt: lower/split, word 3-gram shingles as a list, rensa RMinHash(64),
  near-duplicates through one rensa RMinHashLSH index per account;
- windows: a deque of (ts, prompt tokens, completion tokens) per account,
  summed over each window on every event;
- distinct prompts: one DataSketches HLL (lg_k 12) per account, no exact mode;
- rules: every rule's CEL program executed with the full feature dict.
It computes comparable features but is not the engine: no groups, no fan-out.
"""

from __future__ import annotations

from collections import deque

import cel
import datasketches
import rensa
import xxhash

WINDOWS = (("1m", 60_000), ("1h", 3_600_000), ("24h", 86_400_000))


class NaiveAccount:
    def __init__(self) -> None:
        self.events: deque[tuple[int, int, int]] = deque()
        self.lsh = rensa.RMinHashLSH(threshold=0.5, num_perm=64, num_bands=16)
        self.n = 0
        self.hll = datasketches.hll_sketch(12)


class NaivePipeline:
    def __init__(self, rules) -> None:
        self.accounts: dict[str, NaiveAccount] = {}
        # The same rule texts, compiled once, run on the full feature dict.
        self.programs = [cel.compile(r.when) for r in rules.rules if r.scope == "account"]

    def process(self, ev) -> int:
        acc = self.accounts.get(ev.account_id)
        if acc is None:
            acc = self.accounts[ev.account_id] = NaiveAccount()
        text = (ev.prompt or "").lower()
        toks = text.split()
        shingles = [" ".join(toks[i:i + 3]) for i in range(max(1, len(toks) - 2))]
        mh = rensa.RMinHash(num_perm=64, seed=1)
        mh.update(shingles)
        near = bool(acc.lsh.query(mh)) if acc.n else False
        acc.lsh.insert(acc.n, mh)
        acc.n += 1
        acc.hll.update(xxhash.xxh3_64_intdigest(text.encode()) >> 1)
        acc.events.append((ev.ts, ev.prompt_tokens, ev.completion_tokens))
        while acc.events and acc.events[0][0] <= ev.ts - 86_400_000:
            acc.events.popleft()
        feats: dict[str, float | int] = {}
        for name, span in WINDOWS:
            rows = [e for e in acc.events if e[0] > ev.ts - span]
            req = len(rows)
            pt = sum(r[1] for r in rows)
            ct = sum(r[2] for r in rows)
            feats[f"requests_{name}"] = req
            feats[f"prompt_tokens_{name}"] = pt
            feats[f"completion_tokens_{name}"] = ct
            feats[f"completion_ratio_{name}"] = ct / pt if pt else float(ct)
            feats[f"avg_completion_tokens_{name}"] = ct / req if req else 0.0
        feats["distinct_prompts_24h"] = int(acc.hll.get_estimate())
        feats["near_dup"] = near
        fired = 0
        for p in self.programs:
            try:
                fired += p.execute(feats) is True
            except RuntimeError:
                pass  # a rule needs a feature this baseline does not compute
        return fired
