"""Generation core: deterministic RNGs, accounts, the gateway (rate limits,
errors, retries, wire formats per edge, publish lag, redelivery, malformed
records) and the sorted, byte-stable gzip writer."""
from __future__ import annotations

import gzip
import hashlib
import json
import random

from .world import DAY, HOUR, LAUNCH, MODEL_NEW, OUTAGE, W0, W_END, iso

VERSION = "heldout58/1"


def rng_for(*parts) -> random.Random:
    h = hashlib.sha512("|".join(str(p) for p in (VERSION,) + parts).encode()).digest()
    return random.Random(int.from_bytes(h[:32], "big"))


class Account:
    __slots__ = ("id", "label", "pop", "campaign", "created", "org", "keys", "pay", "cc", "edge", "ua", "dev",
                 "rpm", "ev", "net", "ip", "asn", "legacy")

    def __init__(self, aid, label, pop, campaign, created, cc):
        self.id, self.label, self.pop, self.campaign, self.created, self.cc = aid, label, pop, campaign, created, cc
        self.org = None
        self.keys = []
        self.pay = None
        self.edge = {"NP": "ktm", "BT": "ktm", "LK": "cmb", "MV": "mle", "BD": "dac"}.get(cc, "sin")
        self.ua = None
        self.dev = None
        self.rpm = 60
        self.ev = []
        self.net = None
        self.ip = None
        self.asn = None
        self.legacy = False  # migrated account without a creation time


FIELDS = ("event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "prompt", "system_prompt",
          "prompt_tokens", "completion_tokens", "status", "ip", "asn", "user_agent", "device_id",
          "payment_fingerprint", "account_created_at")


class Gateway:
    """Collects per-account request drafts, applies gateway behaviour and serialises lines."""

    def __init__(self, seed):
        self.seed = seed
        self.lines = []  # (pub_ms, event_id, bytes, account_id or None when malformed)
        self.ids = set()
        self.eids = set()
        self.n_malformed = 0
        self.n_dup = 0
        self.accounts = {}
        self.pop_counts = {}

    def new_id(self, rng, prefix, nbytes=8):
        while True:
            x = f"{prefix}{rng.getrandbits(nbytes * 8):0{nbytes * 2}x}"
            if x not in self.ids:
                self.ids.add(x)
                return x

    def finish_pop(self, pop, accounts, rng):
        """Sort each account's drafts, apply rate limits/errors/retries, serialise."""
        n = 0
        for a in accounts:
            if not a.ev:
                continue
            a.ev.sort(key=lambda d: d[0])
            out = []
            window = []
            for d in a.ev:
                t = d[0]
                if t < W0 or t >= W_END:
                    continue
                window = [x for x in window if x > t - 60_000]
                status = d[9] if d[9] is not None else 200
                if status == 200:
                    if len(window) >= a.rpm:
                        status = 429
                    elif d[1] == MODEL_NEW and t < LAUNCH:
                        status = 404
                    elif d[1] == MODEL_NEW and OUTAGE[0] <= t < OUTAGE[1] and rng.random() < 0.55:
                        status = 503
                    else:
                        r = rng.random()
                        status = 500 if r < 0.0015 else 499 if r < 0.009 else 400 if r < 0.0115 else 200
                window.append(t)
                out.append((t, d, status))
                if status in (429, 503, 500) and rng.random() < 0.65:  # client retries the same request
                    rt = t + int(rng.uniform(0.8, 25) * 1000)
                    out.append((rt, d, 200 if rng.random() < 0.8 else status))
            for t, d, status in out:
                if t < W_END:
                    self._serialise(a, t, d, status, rng, pop)
                    n += 1
            a.ev = []
            if a.id in self.accounts:
                raise RuntimeError("duplicate account")
            self.accounts[a.id] = a
        self.pop_counts[pop] = self.pop_counts.get(pop, 0) + n

    def _serialise(self, a, t, d, status, rng, pop):
        # d = (t, model, endpoint, prompt, system, ptok, ctok, ip, asn, status, key, ua, dev)
        _, model, endpoint, prompt, system, ptok, ctok, ip, asn, _, key, ua, dev = d
        if status != 200:
            ctok = 0 if status != 499 else int(ctok * rng.random() * 0.6)
            if status in (404, 401):
                ptok = 0
        h = hashlib.blake2b(f"{self.seed}|{pop}|{a.id}|{len(self.lines)}".encode(), digest_size=10).hexdigest()
        eid = f"evt_{h}"
        if eid in self.eids:
            raise RuntimeError("event id collision")
        self.eids.add(eid)
        edge = "sin" if a.net is not None and a.net.kind in ("cloud", "vpn", "fres") else a.edge
        r = rng.random()
        lag = int(rng.expovariate(1 / 160)) % 1000 if r < 0.9 else int(rng.uniform(1000, 20000)) if r < 0.99 else int(rng.uniform(60_000, 900_000))
        pub = t + 15 + lag
        created = None if a.legacy else a.created
        if edge == "dac":
            ts_v, cr_v, asn_v = t, created, (f"AS{asn}" if asn is not None else None)
        elif edge == "mle":
            ts_v, cr_v, asn_v = round(t / 1000, 3), (iso(created) if created else None), asn
        else:
            ts_v, cr_v, asn_v = iso(t), (iso(created) if created else None), asn
        vals = (eid, ts_v, a.id, a.org, key, model, endpoint, prompt, system, ptok, ctok, status, ip, asn_v, ua, dev,
                a.pay, cr_v)
        rec = {"published_at": iso(pub)} if edge in ("ktm", "sin") else {}
        keep_null = edge in ("cmb", "sin")
        for k, v in zip(FIELDS, vals):
            if v is not None or keep_null:
                rec[k] = v
        if edge not in ("ktm", "sin"):
            rec["published_at"] = iso(pub)
        if rng.random() < 0.003:
            line = self._malform(rng, rec)
            self.n_malformed += 1
            self.lines.append((pub, eid, line, None))
            return
        line = json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode()
        self.lines.append((pub, eid, line, a.id))
        if rng.random() < 0.0012:  # at-least-once redelivery: same event, published again later
            pub2 = pub + int(rng.uniform(2000, 240_000))
            rec["published_at"] = iso(pub2)
            self.lines.append((pub2, eid, json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode(), a.id))
            self.n_dup += 1

    def _malform(self, rng, rec):
        rec = dict(rec)
        k = rng.randrange(16)
        dumps = lambda r: json.dumps(r, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
        if k == 0:  # truncated in transit
            s = dumps(rec).encode()
            return s[: rng.randrange(10, max(11, len(s) - 1))]
        if k == 1:  # python repr instead of JSON
            return repr(rec).encode()
        if k == 2:  # trailing comma
            return (dumps(rec)[:-1] + ",}").encode()
        if k == 3:  # a required field missing
            rec.pop(rng.choice(["event_id", "ts", "account_id", "prompt_tokens", "completion_tokens"]), None)
        elif k == 4:
            rec["prompt_tokens"] = rng.choice(["n/a", -1, 12.5, None, "", [3]])
        elif k == 5:
            rec["completion_tokens"] = rng.choice([-7, "NaN", None, 3.25, {"n": 3}])
        elif k == 6:
            rec["ts"] = rng.choice(["20/10/2025 11:02:09", "yesterday", "", None, True, -1, 99999999999999, "2025-13-40T25:61:00Z"])
        elif k == 7:
            rec["account_id"] = rng.choice(["", None, 12345, ["acct"], "a" * 600])
        elif k == 8:
            rec["event_id"] = rng.choice(["", None, 7, "e" * 700])
        elif k == 9:
            rec["asn"] = rng.choice(["AS-unknown", "private", 1.5, "ASN 64512"])
        elif k == 10:
            rec["status"] = rng.choice(["OK", "200 OK", 200.5, [200]])
        elif k == 11:  # not an object
            return rng.choice([b"[]", b"null", b'"gateway heartbeat"', b"42", json.dumps([rec["event_id"]]).encode()])
        elif k == 12:  # two records glued on one line
            s = dumps(rec)
            return (s + s).encode()
        elif k == 13:  # blank / whitespace-only line
            return rng.choice([b"", b"   ", b"\t"])
        elif k == 14:  # invalid UTF-8 in the payload
            s = dumps(rec).encode()
            cut = s.find(b'"account_id"')
            return s[:cut] + b'"x\xff\xfe":1,' + s[cut:] if cut > 0 else b"\xff" + s
        else:  # unquoted keys / single quotes (hand-written replay tool)
            return dumps(rec).replace('"event_id"', "event_id").encode()
        return dumps(rec).encode()

    # ---------------------------------------------------------------- output
    def write(self, events_path, labels_path, days):
        cut = W0 + days * DAY
        self.lines.sort(key=lambda x: (x[0], x[1]))
        labels = {}
        kept = 0
        # mtime=0 and an empty file name keep the gzip bytes identical across runs
        with open(events_path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as gz:
                buf = []
                for pub, _eid, line, aid in self.lines:
                    if pub >= cut:
                        break
                    buf.append(line)
                    kept += 1
                    if aid is not None and aid not in labels:
                        a = self.accounts[aid]
                        labels[aid] = {"label": a.label, "population": a.pop, "campaign": a.campaign}
                    if len(buf) >= 4096:
                        gz.write(b"\n".join(buf) + b"\n")
                        buf = []
                if buf:
                    gz.write(b"\n".join(buf) + b"\n")
        with open(labels_path, "w", encoding="utf-8") as fh:
            json.dump({k: labels[k] for k in sorted(labels)}, fh, indent=0, sort_keys=True)
            fh.write("\n")
        return kept, labels


def hours(h):
    return int(h * HOUR)
