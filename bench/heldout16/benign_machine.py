"""Benign machines: benchmark evaluation jobs, CI bots, IDE coding assistants and
business agent workflows."""
from __future__ import annotations

from . import core as C
from . import prompts as P
from . import world as W

EVAL_FMT = {
    "gsm8k": ("Question: {q}\nAnswer: Let's think step by step.", "eval"),
    "math": ("Problem:\n{q}\n\nSolution:", "eval"),
    "svamp": ("Question: {q}\nAnswer:", "eval"),
    "humaneval": ("{q}", "code"),
    "mbpp": ("You are an expert Python programmer, and here is your task: {q}\n[BEGIN]\n", "code"),
}


def eval_labs(ctx, n=14):
    """Benchmark runs (lm-eval-harness style): items in file order, fixed few-shot prefix, temperature 0,
    a burst of runs on the new model right after release, baselines re-run on the old one."""
    rng = ctx.rng("evals")
    labs = [("lab-sg", "SG", 16509), ("lab-hcm", "VN", 396982), ("lab-bkk", "TH", 8075)]
    for j in range(ctx.n(n)):
        name, cc, asn = labs[j % 3]
        egress = C.Pool(asn, ctx.pool("eval/" + name, asn, 3))
        org = "org_" + name + "_" + str(j % 3)
        a = ctx.account(rng, "benchmark_eval_jobs", created_at=C.created_aged(rng, 300, 0.5), org_id=org, nkeys=3,
                        payment=ctx.accounts_payment.setdefault(name, W.card_fp(rng)),
                        ua="lm_eval", cc=cc, net=egress, lang="en")
        jobs = []
        if rng.random() < 0.5:
            jobs.append((W.START_MS + rng.randrange(int(0.5 * W.DAY)), W.OLD_MODEL))
        t = W.RELEASE_MS + int(rng.uniform(0.3, 6) * W.HOUR)
        jobs.append((t, W.NEW_MODEL))
        if rng.random() < 0.6:
            jobs.append((t + int(rng.uniform(2, 20) * W.HOUR), rng.choice((W.OLD_MODEL, W.NEW_MODEL))))
        for start, model in jobs:
            bench = rng.choice(("gsm8k", "math", "mbpp", "humaneval", "svamp", "gsm8k"))
            items = P.corpus(bench)
            shots = "\n\n".join(EVAL_FMT[bench][0].format(q=items[k]) + " ..." for k in range(3)) if bench in ("gsm8k", "math") else ""
            n_items = min(len(items), rng.choice((120, 164, 200, 250, 400)))
            first = rng.randrange(0, max(1, len(items) - n_items))
            ts = start
            for k in range(first, first + n_items):
                fmt, kind = EVAL_FMT[bench]
                body = fmt.format(q=items[k])
                prompt = (shots + "\n\n" + body) if shots else body
                ts += int(rng.expovariate(1 / 900.0)) + 150
                ep = "/v1/completions" if bench in ("gsm8k", "math", "svamp") else "/v1/chat/completions"
                ctx.emit(rng, a, ts, prompt, "You are a helpful assistant.", kind, model, ep, err=0.01)


CI_SYS = ["You are a JSON API. Respond only with valid JSON matching the schema in the user message.",
          "You are a support assistant for Kedai Kopi Kita. Answer in Bahasa Indonesia.",
          "Extract the requested fields. If unknown, use null.", "You are a helpful assistant."]


def ci_bots(ctx, n=35):
    """Regression suites run on every push and nightly; runners are ephemeral so the SDK install id is new every run."""
    rng = ctx.rng("ci")
    for _ in range(ctx.n(n)):
        cc = W.pick_country(rng, {"SG": 0.3, "VN": 0.25, "ID": 0.25, "MY": 0.2})
        hosted = rng.random() < 0.7
        net = C.Proxy([8075]) if hosted else C.Pool(16509, ctx.pool("ci/" + W.rid(rng, 4), 16509, 2))
        ua = rng.choice(("py_sdk", "node_sdk"))
        a = ctx.account(rng, "ci_regression_bots", created_at=C.created_aged(rng, 250, 0.6), payment=W.card_fp(rng), ua=ua,
                        cc=cc, net=net, lang="en")
        fixtures = [P.pick(rng, rng.choice(("seed", "user"))) for _ in range(rng.randint(6, 22))]
        sys = rng.choice(CI_SYS)
        model = rng.choice((W.MINI_MODEL, W.MINI_MODEL, W.OLD_MODEL))
        runs = []
        day = W.START_MS
        while day < ctx.end_ms:
            wd = W.local_weekday(day + 12 * W.HOUR, a.tz)
            pushes = W.poisson(rng, 3.5 if wd < 5 else 0.4)
            for _ in range(pushes):
                runs.append(day - a.tz * W.HOUR + int(rng.uniform(9.5, 19) * W.HOUR))
            runs.append(day - a.tz * W.HOUR + 2 * W.HOUR + rng.randrange(600_000))  # nightly 02:00 local
            day += W.DAY
        for start in runs:
            dev = "inst_" + f"{rng.getrandbits(64):016x}"
            ip, asn = a.net.at(rng, start)
            ts = start
            m = W.NEW_MODEL if start > W.RELEASE_MS + 20 * W.HOUR and rng.random() < 0.3 else model
            for fx in fixtures:
                ts += 400 + int(rng.expovariate(1 / 1500.0))
                ctx.emit(rng, a, ts, fx, sys, "short" if "JSON" in sys else "chat", m, ip=ip, asn=asn, device=dev)


IDE_SYS = ("You are Kestrel Code, an AI pair programmer inside the user's editor. Use the open files and selection below as "
           "context. Prefer minimal diffs. When you propose code, give the full function. Language conventions: follow the repo.")


def ide(ctx, n=260):
    rng = ctx.rng("ide")
    for _ in range(ctx.n(n)):
        cc = W.pick_country(rng, {"VN": 0.35, "SG": 0.2, "MY": 0.15, "ID": 0.15, "PH": 0.15})
        office_asn = rng.choice(W.RES_BY_CC[cc])
        net = C.Multi([C.Pool(office_asn, ctx.pool(f"devhouse/{cc}/{rng.randrange(25)}", office_asn, 2)),
                       C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days)], [0.6, 0.4])
        ua = rng.choice(("vscode", "vscode", "vscode", "jetbrains"))
        a = ctx.account(rng, "ide_coding_assistant", created_at=C.created_aged(rng, 180, 0.8), payment=W.card_fp(rng), ua=ua,
                        install=True, cc=cc, net=net, lang="en")

        def req(rng, a, ts, i):
            src = rng.choice(("mbpp", "humaneval", "arena", "mbpp"))
            p = P.pick(rng, src)
            if rng.random() < 0.3:
                p = rng.choice(("fix this", "why does this fail?", "refactor this", "add type hints and tests for:",
                                "explain this code")) + "\n\n" + p
            extra = int(rng.lognormvariate(7.2, 0.8))  # open files, selection, repo map
            return {"prompt": p, "system": IDE_SYS, "kind": "code", "model": C.model_at(rng, ts, 0.75, 0.15),
                    "ptoks": P.prompt_tokens(IDE_SYS, p, min(extra, 60000))}
        C.drive(ctx, rng, a, C.volume(rng, 18.0, ctx.days, 0.8), C.hd(ctx, "office", a.tz), req, per_session=6, gap_s=140)


AGENT_SYS = ("You are the operations agent for {co}. Tools available: {tools}. Think about which tool to call, call at most one "
             "tool per turn using the JSON format {{\"tool\": name, \"args\": {{...}}}}, and finish with a short report for the ops "
             "team.")
AGENT_COS = [("a Jakarta last-mile logistics company", "lookup_shipment, reroute_parcel, notify_customer, open_ticket"),
             ("a Singapore payments company", "get_transaction, flag_for_review, refund_partial, send_email"),
             ("a Ho Chi Minh City e-commerce marketplace", "search_catalog, update_listing, get_seller, create_case")]
TOOL_RESULTS = ['{{"status": "in_transit", "hub": "{h}", "eta_hours": {n}}}', '{{"ok": true, "rows": {n}}}',
                '{{"error": "timeout", "retry_after_s": {n}}}', '{{"amount": {n}.50, "currency": "SGD", "risk": "low"}}']
HUBS = ["CGK-3", "SUB-1", "MNL-2", "SGN-4", "KUL-1", "BKK-2"]


def agent_ops(ctx, n=30):
    rng = ctx.rng("agentops")
    for j in range(ctx.n(n)):
        co, tools = AGENT_COS[j % 3]
        asn = (16509, 396982, 45102)[j % 3]
        org = f"org_agentops{j % 3}" + ("x" if j >= 3 else "")
        a = ctx.account(rng, "business_agent_workflows", created_at=C.created_aged(rng, 200, 0.6), org_id=org,
                        payment=ctx.accounts_payment.setdefault(org, W.card_fp(rng)), ua="langchain", cc=("ID", "SG", "VN")[j % 3],
                        net=C.Pool(asn, ctx.pool(f"agentops/{j % 3}", asn, 4)), lang="en")
        sys = AGENT_SYS.format(co=co, tools=tools)
        n_runs = C.volume(rng, 9.0, ctx.days, 0.6)
        dist = C.hd(ctx, "office", a.tz)
        for _ in range(n_runs):
            ts = dist.sample(rng)
            task = P.pick(rng, rng.choice(("user", "seed")))
            ctx_t = P.prompt_tokens(sys, task)
            for step in range(rng.randint(3, 11)):
                if step == 0:
                    p = task
                else:
                    p = "Tool result: " + rng.choice(TOOL_RESULTS).format(h=rng.choice(HUBS), n=rng.randint(1, 90))
                ctx_t += P.tokens(p) + 120
                ts += int(rng.uniform(1.5, 9) * 1000)
                ctx.emit(rng, a, ts, p, sys, "tool", W.OLD_MODEL if ts < W.RELEASE_MS + 30 * W.HOUR else W.NEW_MODEL,
                         ptoks=ctx_t)
