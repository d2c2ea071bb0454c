"""Validate events against request-event.v1.json types + per-population stats."""
import gzip, json, os, re, sys, collections, statistics
ev_path, lab_path = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schemas", "request-event.v1.json")))
RFC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
def tmatch(v, s):
    if "anyOf" in s: return any(tmatch(v, x) for x in s["anyOf"])
    t = s.get("type")
    if t == "string":
        if not isinstance(v, str): return False
        if "minLength" in s and len(v) < s["minLength"]: return False
        if "maxLength" in s and len(v) > s["maxLength"]: return False
        if s.get("format") == "date-time" and not RFC.match(v): return False
        return True
    if t == "integer":
        if not (isinstance(v, int) and not isinstance(v, bool)): return False
        return v >= s.get("minimum", v)
    if t == "null": return v is None
    return True
props = schema["properties"]; req = schema["required"]
labels = json.load(open(lab_path))
op = gzip.open if ev_path.endswith(".gz") else open
n = bad = 0; last = ""; unsorted = 0; ids = set(); dup = 0
acc_ev = collections.Counter(); pop_acc = collections.defaultdict(set); unl = 0
extra = collections.defaultdict(lambda: collections.defaultdict(list))
with op(ev_path, "rt") as f:
    for line in f:
        e = json.loads(line); n += 1
        errs = [k for k in req if k not in e] + [k for k, v in e.items() if k in props and not tmatch(v, props[k])]
        if not e["ts"].endswith("Z") or len(e["ts"]) != 24: errs.append("ts-format")
        if errs:
            bad += 1
            if bad < 5: print("BAD", errs, e)
        if e["ts"] < last: unsorted += 1
        last = e["ts"]
        if e["event_id"] in ids: dup += 1
        ids.add(e["event_id"])
        l = labels.get(e["account_id"])
        if l is None: unl += 1; continue
        p = l["population"]; pop_acc[p].add(e["account_id"]); acc_ev[p] += 1
        extra[p]["comp"].append(e["completion_tokens"]); extra[p]["v6"].append(":" in (e["ip"] or ""))
        extra[p]["sys"].append(e["system_prompt"] is not None)
print(f"events={n} schema_bad={bad} unsorted={unsorted} dup_ids={dup} unlabelled={unl} accounts={len(labels)}")
lab = {p: next(v["label"] for v in labels.values() if v["population"] == p) for p in pop_acc}
print(f"{'population':28s} {'label':6s} {'accts':>6s} {'events':>7s} {'ev/acct/day':>11s} {'med_comp':>8s} {'%sys':>5s} {'%v6':>5s}")
tot = collections.Counter()
for p in sorted(pop_acc, key=lambda p: (lab[p], p)):
    a = len(pop_acc[p]); c = acc_ev[p]; tot[lab[p] + "_a"] += a; tot[lab[p] + "_e"] += c
    print(f"{p:28s} {lab[p]:6s} {a:6d} {c:7d} {c/a/2:11.1f} {statistics.median(extra[p]['comp']):8.0f} {100*sum(extra[p]['sys'])/c:5.1f} {100*sum(extra[p]['v6'])/c:5.1f}")
print("totals:", dict(tot))
print("campaigns:", collections.Counter(v["campaign"] for v in labels.values() if v["label"] == "attack"))
