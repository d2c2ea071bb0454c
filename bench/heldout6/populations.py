"""Populations of the heldout6 world. Each function adds accounts and events to
the generator `g`. Benign first, then campaigns. See README.md for the table."""
from __future__ import annotations

import math

import world as W
from core import (C, DAY, HOUR, MIN, RELEASE, START, Pool, day_factor, fp, hexid, ip_in, lognorm, poisson, rid,
                  session_start, wchoice)

FOLLOWUPS = {
    "ja": ["もっと詳しく", "箇条書きにして", "ありがとう！", "もう少し短くして", "英語にして"],
    "ko": ["더 자세히", "표로 정리해 줘", "고마워!", "더 짧게", "영어로 바꿔 줘"],
    "zh": ["再詳細一點", "用表格整理", "謝謝", "短一點"],
    "id": ["lebih detail dong", "buat lebih singkat", "makasih!", "pakai poin-poin"],
    "vi": ["chi tiết hơn", "ngắn gọn hơn", "cảm ơn!"], "th": ["ละเอียดกว่านี้", "สั้นลงหน่อย", "ขอบคุณ"],
    "tl": ["more details pls", "shorter pls", "salamat!"], "hi": ["aur detail mein", "short mein batao", "thanks!"],
    "en": ["make it shorter", "can you elaborate?", "thanks!", "rewrite in a more formal tone", "give me a table"],
}


# ------------------------------------------------------------ shared machinery
_pools = {}


def pool(g, net, n, v6_share=0.0):
    key = (net, n)
    if key not in _pools:
        import random
        _pools[key] = Pool(random.Random(g.seed * 131 + W.ASN[net][0] * 7 + n), net, n, v6_share)
    return _pools[key]


def mobile_pool(g, net):
    return pool(g, net, max(40, int(220 * g.scale)), v6_share=0.35 if net in ("jio", "airtel", "skt_mobile") else 0.1)


def human_days(g, rng, acct, tz, profile, req_day, sigma, p_active, gap_s, sess_len, make, weekend=0.5,
               t_from=None, t_to=None):
    """Session-structured human-like activity. make(ts, sess) emits and returns the new ts."""
    t_from = t_from or START
    t_to = t_to or g.END
    base = lognorm(rng, req_day, sigma)
    for d in range(g.days):
        if rng.random() > p_active * day_factor(d, weekend):
            continue
        n = poisson(rng, base * day_factor(d, weekend))
        if n == 0:
            continue
        k = max(1, int(round(n / sess_len)))
        for s in range(k):
            m = n // k + (1 if s < n % k else 0)
            ts = session_start(rng, d, tz, profile)
            sess = {"i": 0}
            for _ in range(m):
                if t_from <= ts < t_to:
                    ts = make(ts, sess)
                    sess["i"] += 1
                ts += int(1000 * rng.expovariate(1.0 / gap_s)) + 2000


def created_ago(rng, median_days, sigma=1.0, min_days=1):
    age = max(min_days, lognorm(rng, median_days, sigma))
    return START - int(age * DAY) - rng.randrange(DAY)


def card(rng):
    return "pf_" + hexid(rng, 24)


# ------------------------------------------------------------ benign: consumers
def consumer_chat(g):
    """B1: APAC consumers via the official app, web, and third-party chat clients."""
    rng = g.prng()
    for _ in range(g.n(1500)):
        c = g.country(rng)
        lang = W.COUNTRY_LANG[c]
        tz = W.COUNTRY_TZ[c]
        acct = g.new_account(rng, "benign", "consumer_chat", created=created_ago(rng, 220, 1.1),
                             pay=None if rng.random() < 0.45 else card(rng))
        client = wchoice(rng, [("app", 45), ("web_phone", 10), ("web_desktop", 20), ("thirdparty", 25)])
        if client in ("app", "web_phone"):
            dev = g.phone_device(rng, c)
        elif client == "web_desktop":
            dev = g.laptop_device(rng, c)
        else:
            dev = None
        ua = {"app": rng.choice(W.UA_MOBILE_APP[:3]), "web_phone": W.UA_BROWSER[2],
              "web_desktop": rng.choice([W.UA_BROWSER[0], W.UA_BROWSER[1], W.UA_BROWSER[3]]),
              "thirdparty": rng.choice(W.UA_MOBILE_APP[3:])}[client]
        mshare = 0.8 if client in ("app", "web_phone") else 0.25
        home_net = rng.choice(W.COUNTRY_NET[c][0])
        home_ip = ip_in(rng, home_net)
        eng = 0.15 + 0.7 * rng.random() if lang != "en" else 1.0
        endpoint = "/v1/chat/completions" if client == "thirdparty" else "/v1/messages"
        adopt = rng.random() * 0.7

        def make(ts, sess, acct=acct, c=c, lang=lang, dev=dev, ua=ua, mshare=mshare, home=(home_net, home_ip),
                 eng=eng, endpoint=endpoint, adopt=adopt, client=client):
            if "net" not in sess:
                if rng.random() < mshare:
                    net = rng.choice(W.COUNTRY_NET[c][1])
                    sess["net"], sess["ip"] = net, mobile_pool(g, net).pick(rng)
                else:
                    sess["net"], sess["ip"] = home
            if sess["i"] > 0 and rng.random() < 0.2:
                p = rng.choice(FOLLOWUPS[lang] if rng.random() > eng else FOLLOWUPS["en"])
            else:
                p = g.consumer_prompt(rng, lang, eng)
            return g.send(rng, acct, ts, p, model=g.model_at(rng, ts, adopt), endpoint=endpoint, ip=sess["ip"],
                          net=sess["net"], ua=ua, device=dev, key=(client == "thirdparty"),
                          comp=lognorm(rng, 280, 0.8))
        human_days(g, rng, acct, tz, "consumer", 6, 0.9, 0.65, 70, 4, make, weekend=1.2)


DEV_COUNTRIES = [("JP", 20), ("KR", 15), ("IN", 20), ("SG", 10), ("AU", 8), ("TW", 7), ("VN", 6), ("ID", 5), ("US", 6), ("DE", 3)]


def dev_prompt(rng, g):
    x = rng.random()
    if x < 0.45:
        return C.pick(rng, "benign_arena_hard_prompts")
    if x < 0.6:
        code = C.pick(rng, "task_humaneval")
        return rng.choice(["Complete this function:\n", "Why does this fail on empty input?\n", "Add type hints and tests:\n",
                           "Refactor for readability:\n", ""]) + code
    if x < 0.7:
        return C.pick(rng, "task_mbpp").split("\n")[0] + rng.choice(["", " in Go", " in TypeScript", " with numpy"])
    if x < 0.85:
        return C.pick(rng, "benign_self_instruct_seed_tasks")
    return g.consumer_prompt(rng, "en", 1.0)


def developers(g):
    """B2: individual developers on the SDKs, laptops and their own cloud VMs."""
    rng = g.prng()
    for _ in range(g.n(520)):
        c = g.country(rng, DEV_COUNTRIES)
        tz = W.COUNTRY_TZ[c]
        acct = g.new_account(rng, "benign", "developers", created=created_ago(rng, 300, 0.9),
                             pay=card(rng) if rng.random() < 0.92 else None)
        lap = g.laptop_device(rng, c)
        srv = g.server_device(rng)
        cloud = rng.choice(["aws", "aws", "gcp", "azure", "do", "vultr", "linode", "sakura", "naver", "alibaba", "huawei",
                            "oracle", "tencent"])
        cloud_ip = ip_in(rng, cloud)
        home_net = rng.choice(W.COUNTRY_NET[c][0])
        home_ip = ip_in(rng, home_net)
        ua_l = rng.choice(W.UA_SDK_PY + W.UA_SDK_JS)
        ua_s = rng.choice(W.UA_SDK_PY + W.UA_RAW[:3])
        if ua_s in W.UA_RAW:
            srv = None  # raw HTTP scripts send no client fingerprint
        ep = "/v1/responses" if rng.random() < 0.2 else "/v1/chat/completions"
        srv_share = rng.random() * 0.6
        sysp = None if rng.random() < 0.5 else rng.choice([
            "You are a helpful coding assistant.", "You are a senior software engineer. Be concise.",
            "Answer in Japanese unless asked otherwise.", "You are a helpful assistant."])
        adopt = 0.3 + 0.6 * rng.random()

        def make(ts, sess, acct=acct, lap=lap, srv=srv, cloud=(cloud, cloud_ip), home=(home_net, home_ip), ua_l=ua_l,
                 ua_s=ua_s, srv_share=srv_share, sysp=sysp, adopt=adopt, ep=ep):
            if "where" not in sess:
                sess["where"] = "srv" if rng.random() < srv_share else "lap"
            if rng.random() < 0.08:
                return g.send(rng, acct, ts, C.pick(rng, "benign_nq_open_questions"), model=W.MODEL_EMBED,
                              endpoint="/v1/embeddings", ip=(cloud if sess["where"] == "srv" else home)[1],
                              net=(cloud if sess["where"] == "srv" else home)[0], ua=ua_s, device=srv, comp=0)
            if sess["where"] == "srv":
                return g.send(rng, acct, ts, dev_prompt(rng, g), system=sysp, model=g.model_at(rng, ts, adopt), endpoint=ep,
                              ip=cloud[1], net=cloud[0], ua=ua_s, device=srv, comp=lognorm(rng, 500, 0.8))
            return g.send(rng, acct, ts, dev_prompt(rng, g), system=sysp, model=g.model_at(rng, ts, adopt), endpoint=ep,
                          ip=home[1], net=home[0], ua=ua_l, device=lap, comp=lognorm(rng, 500, 0.8))
        human_days(g, rng, acct, tz, "office", 22, 1.0, 0.8, 45, 8, make, weekend=0.4)


# ------------------------------------------------------------ benign: enterprise support bots
SUPPORT_ORGS = [
    ("JP", "aws", "ja", "あなたは「みどり通販」のカスタマーサポートAIです。丁寧な敬語で、注文・配送・返品に関する質問に答えてください。"
     "分からない場合は有人窓口（0120-000-000）を案内してください。個人情報は尋ねないでください。", 9, 900),
    ("KR", "naver", "ko", "당신은 한빛은행 고객센터 상담 챗봇입니다. 예금, 대출, 카드 관련 질문에 정확하고 친절하게 답하세요. "
     "계좌번호나 비밀번호는 절대 요청하지 마세요.", 7, 700),
    ("SG", "azure", "en", "You are Tessa, the virtual assistant for a Singapore mobile operator. Help customers with plans, "
     "roaming, bills and device support. Keep answers under 120 words. Escalate billing disputes to a human.", 5, 600),
    ("IN", "aws", "hi", "You are the policy help assistant for an Indian health insurer. Answer in the customer's language "
     "(English, Hindi or Hinglish). Never give medical advice; explain coverage, claims and renewals.", 8, 800),
]
SUPPORT_Q = {
    "ja": ["注文番号{n}の配送状況を教えてください", "返品したいのですがどうすればいいですか", "クーポンが使えません", "届いた商品が壊れていました",
           "支払い方法を変更したい", "ポイントの有効期限は？", "{t}の商品はありますか"],
    "ko": ["적금 금리가 어떻게 되나요?", "카드 분실 신고하고 싶어요", "대출 한도 조회 방법", "해외 송금 수수료가 얼마예요?", "주택담보대출 조건 알려주세요"],
    "en": ["what's the cheapest roaming plan for Japan", "my bill is higher than usual this month", "how do I transfer my number",
           "esim not working on iphone", "can I pause my plan for 2 months", "order #{n} where is my phone"],
    "hi": ["claim status kaise check karein? policy no {n}", "Is cataract surgery covered?", "renewal premium kyun badh gaya",
           "cashless hospital list kahan milegi", "How do I add my newborn to the policy?"],
}


def enterprise_support(g):
    """B3: apps relaying thousands of end users through one system prompt."""
    rng = g.prng()
    for c, cloud, lang, sysp, nacct, perday in SUPPORT_ORGS:
        org = rid(rng, "org_", 12)
        pay = card(rng)
        dev = g.server_device(rng)
        ips = [ip_in(rng, cloud) for _ in range(3)]
        ua = rng.choice(W.UA_SDK_PY + W.UA_SDK_JS)
        created = created_ago(rng, 400, 0.3)
        model_old = rng.choice(W.MODELS_OLD)
        for _ in range(g.n(nacct)):
            acct = g.new_account(rng, "benign", "enterprise_support", org=org, pay=pay,
                                 created=created + rng.randrange(120) * DAY)

            def make(ts, sess, acct=acct, lang=lang, sysp=sysp, ips=ips, cloud=cloud, ua=ua, dev=dev, model_old=model_old):
                q = rng.choice(SUPPORT_Q[lang]).format(n=rng.randrange(10**7, 10**8), t=rng.choice(W.TOPICS.get(lang, W.TOPICS["en"])))
                if rng.random() < 0.25:
                    q = g.consumer_prompt(rng, lang, 0.5)[:400]
                # long-running app: pinned model, no switch during the trace
                return g.send(rng, acct, ts, q, system=sysp, model=model_old, ip=rng.choice(ips), net=cloud, ua=ua,
                              device=dev, comp=lognorm(rng, 160, 0.5), retry=0.9)
            human_days(g, rng, acct, W.COUNTRY_TZ[c], "consumer", perday, 0.35, 1.0, 90, 150, make, weekend=0.9)


# ------------------------------------------------------------ enterprise tenant (shared with campaign inside_tenant)
ENT = {}
ENT_TOOLS = [
    ("search_confluence(query)", "get_page(id)", "summarize(text)"),
    ("run_sql(query)", "describe_table(name)", "plot(spec)"),
    ("jira_search(jql)", "jira_create(summary, body)", "slack_post(channel, text)"),
    ("read_file(path)", "write_file(path, content)", "run_tests(target)", "git_diff()"),
]


def enterprise_tenant(g):
    """B3b: a Tokyo conglomerate's internal platform team, invoice-billed, on an AWS NAT."""
    rng = g.prng()
    ENT["org"] = rid(rng, "org_", 12)
    ENT["pay"] = card(rng)
    ENT["ips"] = [ip_in(rng, "aws") for _ in range(4)]
    ENT["dev"] = g.server_device(rng, ("linux-x86_64/container", "python3.11"))
    ENT["ua"] = "orion-python/2.13.2"
    for _ in range(g.n(45)):
        acct = g.new_account(rng, "benign", "enterprise_internal", org=ENT["org"], pay=ENT["pay"],
                             created=created_ago(rng, 150, 0.8, 5))
        kind = wchoice(rng, [("rag", 4), ("agent", 3), ("review", 2), ("analyst", 2)])
        tools = rng.choice(ENT_TOOLS)
        sysp = {"rag": "社内ナレッジ検索アシスタントです。与えられた社内文書の抜粋のみを根拠に回答し、出典を示してください。",
                "agent": "You are an internal automation agent. Available tools: " + ", ".join(tools) +
                         ". Respond with a JSON tool call or a final answer.",
                "review": "You review pull requests for the payments platform. Point out bugs, security issues and style problems.",
                "analyst": None}[kind]
        perday = {"rag": 120, "agent": 90, "review": 40, "analyst": 25}[kind]

        def make(ts, sess, acct=acct, kind=kind, sysp=sysp):
            if kind == "rag":
                p = "質問: " + g.native_prompt(rng, "ja") + "\n\n社内文書抜粋:\n" + C.pick(rng, "benign_self_instruct_user_oriented")[:600]
            elif kind == "agent":
                p = C.pick(rng, "benign_self_instruct_seed_tasks") + ("" if sess["i"] == 0 else "\nTool result: {\"rows\": %d}" % rng.randrange(500))
            elif kind == "review":
                p = "Review this diff:\n" + C.pick(rng, "task_humaneval")
            else:
                p = g.consumer_prompt(rng, "ja", 0.5)
            return g.send(rng, acct, ts, p, system=sysp, model=g.model_at(rng, ts, 0.3, delay_h=10),
                          endpoint="/v1/responses" if kind in ("agent", "review") else "/v1/chat/completions", ip=rng.choice(ENT["ips"]),
                          net="aws", ua=ENT["ua"], device=ENT["dev"], comp=lognorm(rng, 400, 0.7))
        human_days(g, rng, acct, 9, "office", perday, 0.6, 0.95, 30, 12, make, weekend=0.15)


# ------------------------------------------------------------ benign: evaluation labs after release
EVAL_TEMPLATES = [
    "Solve the following math problem step by step. The last line of your response should be of the form "
    "\"Answer: $ANSWER\".\n\n{q}",
    "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
    "Question: {q}\nLet's think step by step.",
    "Complete the following Python function. Return only code.\n\n{q}",
    "You are an expert Python programmer, and here is your task: {q}",
    "{q}",
]
BENCH = [("task_gsm8k", (0, 2, 5)), ("task_math", (1, 2)), ("task_svamp", (0, 2)), ("task_humaneval", (3, 5)),
         ("task_mbpp", (4,))]


def eval_labs(g):
    """B4: labs and vendors benchmarking the new model right after release (and the old one before)."""
    rng = g.prng()
    for lab in range(g.n(7)):
        org = rid(rng, "org_", 12)
        pay = card(rng)
        cloud = rng.choice(["gcp", "aws", "azure", "alibaba", "naver", "sakura"])
        ips = [ip_in(rng, cloud) for _ in range(2)]
        dev = g.server_device(rng) if rng.random() < 0.7 else None
        ua = rng.choice(W.UA_SDK_PY + ["python-httpx/0.27.2", "aiohttp/3.10.10"])
        batch = rng.random() < 0.3
        delay = rng.uniform(0.8, 14)
        for _ in range(rng.randint(1, 4)):
            acct = g.new_account(rng, "benign", "eval_labs", org=org, pay=pay, created=created_ago(rng, 250, 0.7))
            runs = []
            if rng.random() < 0.5:
                runs.append((START + rng.randrange(18 * HOUR), rng.choice(W.MODELS_OLD)))
            t = RELEASE + int(delay * HOUR) + rng.randrange(HOUR)
            for _ in range(rng.randint(1, 3)):
                runs.append((t, W.MODEL_NEW))
                t += rng.randrange(2 * HOUR, 12 * HOUR)
            for t0, model in runs:
                name, tpls = rng.choice(BENCH)
                tpl = EVAL_TEMPLATES[rng.choice(tpls)]
                items = list(C.get(name))
                n = min(len(items), rng.randint(300, 1500))
                start_i = rng.randrange(len(items))
                rate = rng.uniform(0.5, 4.0) if batch else rng.uniform(2, 12)  # req/s
                ts = t0
                for k in range(n):
                    q = items[(start_i + k) % len(items)]
                    ts += int(1000 * rng.expovariate(rate)) + 1
                    g.send(rng, acct, ts, tpl.format(q=q), model=model, endpoint="/v1/batch/chat" if batch else "/v1/chat/completions",
                           ip=rng.choice(ips), net=cloud, ua=ua, device=dev, comp=lognorm(rng, 450, 0.6),
                           rl=0.0 if batch else min(0.25, rate / 60), retry=0.95)


# ------------------------------------------------------------ benign: students on campus networks
UNIS = [("sinet", "JP", "ja"), ("sinet", "JP", "ja"), ("kreonet", "KR", "ko"), ("aarnet", "AU", "en"), ("ernet", "IN", "hi"),
        ("tanet", "TW", "zh"), ("singaren", "SG", "en")]
STUDENT_WRAP = {
    "en": ["{q}", "can someone explain this? {q}", "{q} how do i do this step by step", "Help me with my homework: {q}",
           "{q}\nI got a different answer, can you show the working?", "explain like a tutor: {q}", "{q} pls explain"],
    "ja": ["{q}\nこの問題の解き方を教えて", "宿題です。途中式も教えてください：{q}", "{q} 答えが合わないので確認して"],
    "ko": ["{q}\n이 문제 풀이 과정 알려줘", "과제인데 단계별로 설명해 줘: {q}", "{q} 답이 맞는지 확인해 줘"],
    "zh": ["{q}\n這題要怎麼解？", "作業題，請一步一步解釋：{q}"],
    "hi": ["{q} iska solution step by step batao", "assignment question hai: {q}"],
}


def students(g):
    """B5: university students: campus NAT IPs, identical lab-machine images, course org billing, maths & code."""
    rng = g.prng()
    for ui, (net, c, lang) in enumerate(UNIS):
        nat = [ip_in(rng, net) for _ in range(rng.randint(2, 5))]
        lab_dev = g.laptop_device(rng, c, ("Linux-x86_64", "Ubuntu22.04"))
        course_org, course_pay = rid(rng, "org_", 12), card(rng)
        deadline = START + DAY + int((23.9 - W.COUNTRY_TZ[c]) * HOUR)  # day-2 23:54 local
        for _ in range(g.n(60)):
            in_course = rng.random() < 0.55
            acct = g.new_account(rng, "benign", "students", org=course_org if in_course else None,
                                 pay=course_pay if in_course else (card(rng) if rng.random() < 0.4 else None),
                                 created=created_ago(rng, 70, 0.9))
            own = g.laptop_device(rng, c) if rng.random() < 0.6 else g.phone_device(rng, c)
            home_net = rng.choice(W.COUNTRY_NET[c][0])
            home_ip = ip_in(rng, home_net)
            wraps = STUDENT_WRAP["en"] + STUDENT_WRAP.get(lang, []) * 2
            wrap = [rng.choice(wraps) for _ in range(3)]
            subj = rng.choice(["task_gsm8k", "task_math", "task_math", "task_svamp", "task_mbpp", "task_humaneval"])
            ua = rng.choice([W.UA_BROWSER[0], W.UA_BROWSER[1], W.UA_SDK_PY[0], W.UA_MOBILE_APP[0]])

            def make(ts, sess, acct=acct, nat=nat, net=net, lab_dev=lab_dev, own=own, home=(home_net, home_ip), wrap=wrap,
                     subj=subj, ua=ua, lang=lang):
                if "loc" not in sess:
                    h = ((ts - START) % DAY) / HOUR
                    sess["loc"] = "lab" if rng.random() < 0.55 else ("campus" if rng.random() < 0.5 else "home")
                if rng.random() < 0.72:
                    p = rng.choice(wrap).format(q=C.pick(rng, subj))
                else:
                    p = g.consumer_prompt(rng, lang, 0.6)
                ip, n_, dv = ((rng.choice(nat), net, lab_dev) if sess["loc"] == "lab" else
                              (rng.choice(nat), net, own) if sess["loc"] == "campus" else (home[1], home[0], own))
                return g.send(rng, acct, ts, p, model=g.model_at(rng, ts, 0.5), endpoint="/v1/messages", ip=ip, net=n_,
                              ua=ua, device=dv, comp=lognorm(rng, 600, 0.6), key=False)
            human_days(g, rng, acct, W.COUNTRY_TZ[c], "student", 9, 0.9, 0.7, 120, 5, make, weekend=0.8)
            # deadline cram for some
            if rng.random() < 0.3:
                ts = deadline - rng.randrange(6 * HOUR)
                for _ in range(rng.randint(5, 25)):
                    ts = make(ts, {"i": 1, "loc": "lab" if rng.random() < 0.4 else "home"}) + rng.randrange(20_000, 300_000)


# ------------------------------------------------------------ benign: tutoring app
TUTOR_SYS = ("You are Mathi, a patient maths tutor inside a learning app for middle- and high-school students. "
             "Explain the solution step by step in the student's language, check each step, and end with the final answer on "
             "its own line. Never just give the answer without the reasoning. Keep a warm, encouraging tone.")


def tutoring_app(g):
    """B6: an edtech app (KR/IN/ID students) sending every question with one tutor system prompt."""
    rng = g.prng()
    org, pay = rid(rng, "org_", 12), card(rng)
    dev = g.server_device(rng, ("linux-x86_64/container", "node20"))
    ua = "orion-node/2.6.1"
    for shard, (c, cloud, lang) in enumerate([("KR", "naver", "ko")] * 9 + [("IN", "aws", "hi")] * 10 + [("ID", "gcp", "id")] * 7):
        acct = g.new_account(rng, "benign", "tutoring_app", org=org, pay=pay, created=created_ago(rng, 200, 0.2))
        ips = [ip_in(rng, cloud) for _ in range(2)]

        def make(ts, sess, acct=acct, ips=ips, cloud=cloud, lang=lang):
            q = C.pick(rng, rng.choice(["task_gsm8k", "task_gsm8k", "task_svamp", "task_math"]))
            x = rng.random()
            if x < 0.2:
                q = q.lower().replace(".", "").replace("?", "") + " ??"
            elif x < 0.35:
                q = rng.choice(STUDENT_WRAP.get(lang, STUDENT_WRAP["en"])).format(q=q)
            return g.send(rng, acct, ts, q, system=TUTOR_SYS, model="orion-2-flash" if ts < RELEASE + 20 * HOUR else W.MODEL_NEW,
                          ip=rng.choice(ips), net=cloud, ua=ua, device=dev, comp=lognorm(rng, 520, 0.4), retry=0.9)
        human_days(g, rng, acct, W.COUNTRY_TZ[c], "student", 420, 0.3, 1.0, 25, 200, make, weekend=1.1)


# ------------------------------------------------------------ benign: LLM-as-judge vendor
JUDGE_VENDOR = ("[System]\nPlease act as an impartial judge and evaluate the quality of the response provided by an AI "
                "assistant to the user question displayed below. Consider helpfulness, relevance, accuracy, depth and "
                "level of detail. Begin with a short explanation, then rate the response on a scale of 1 to 10 "
                "strictly in this format: \"[[rating]]\".\n\n[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{a}\n"
                "[The End of Assistant's Answer]")
ANSWER_LEADS = ["Sure! Here's a clear explanation.", "Great question.", "Let me break this down.", "Here is one way to do it:",
                "Short answer: it depends.", "Certainly."]


def fake_answer(rng):
    body = C.pick(rng, rng.choice(["benign_self_instruct_user_oriented", "benign_arena_hard_prompts", "benign_self_instruct_seed_tasks"]))
    return rng.choice(ANSWER_LEADS) + " " + body[:rng.randint(150, 900)]


def judge_vendor(g):
    """B7: an evaluation SaaS grading its customers' chatbot outputs with a fixed judge template."""
    rng = g.prng()
    org, pay = rid(rng, "org_", 12), card(rng)
    dev = g.server_device(rng, ("linux-x86_64/container", "python3.12"))
    ips = [ip_in(rng, "gcp") for _ in range(3)]
    for _ in range(g.n(18)):
        acct = g.new_account(rng, "benign", "judge_vendor", org=org, pay=pay, created=created_ago(rng, 180, 0.5))

        def make(ts, sess, acct=acct):
            p = JUDGE_VENDOR.format(q=C.pick(rng, "benign_arena_hard_prompts")[:1500], a=fake_answer(rng))
            m = W.MODEL_NEW if ts > RELEASE + 3 * HOUR and rng.random() < 0.7 else "orion-2-pro"
            return g.send(rng, acct, ts, p, model=m, ip=rng.choice(ips), net="gcp", ua="orion-python/2.14.0", device=dev,
                          comp=lognorm(rng, 180, 0.4), retry=0.9)
        human_days(g, rng, acct, 8, "server", 260, 0.6, 0.95, 15, 60, make, weekend=0.7)


# ------------------------------------------------------------ benign: agent framework users
FRAMEWORK_SYS = ("Answer the following questions as best you can. You have access to the following tools:\n\n{tools}\n\n"
                 "Use the following format:\n\nQuestion: the input question you must answer\nThought: you should always "
                 "think about what to do\nAction: the action to take, should be one of [{names}]\nAction Input: the input "
                 "to the action\nObservation: the result of the action\n... (this Thought/Action/Action Input/Observation "
                 "can repeat N times)\nThought: I now know the final answer\nFinal Answer: the final answer to the original "
                 "input question\n\nBegin!")
TOOLSETS = [["search", "calculator"], ["web_search", "python_repl"], ["sql_db_query", "sql_db_schema"],
            ["search", "wikipedia", "calculator"], ["requests_get", "json_parser"]]


def framework_agents(g):
    """B8: developers running a popular agent framework's default ReAct prompt."""
    rng = g.prng()
    for _ in range(g.n(260)):
        c = g.country(rng, DEV_COUNTRIES)
        acct = g.new_account(rng, "benign", "framework_agents", created=created_ago(rng, 160, 1.0),
                             pay=card(rng) if rng.random() < 0.85 else None)
        tools = rng.choice(TOOLSETS)
        sysp = FRAMEWORK_SYS.format(tools="\n".join(f"{t}: useful for when you need to use {t}" for t in tools), names=", ".join(tools))
        onsrv = rng.random() < 0.5
        net = rng.choice(["aws", "gcp", "do", "vultr", "azure", "huawei", "oracle", "alibaba"]) if onsrv else rng.choice(W.COUNTRY_NET[c][0])
        ep = "/v1/responses" if rng.random() < 0.35 else "/v1/chat/completions"
        ip = ip_in(rng, net)
        dev = g.server_device(rng) if onsrv else g.laptop_device(rng, c)
        ua = rng.choice(W.UA_FRAMEWORK)

        def make(ts, sess, acct=acct, sysp=sysp, net=net, ip=ip, dev=dev, ua=ua, ep=ep):
            if "task" not in sess or rng.random() < 0.25:
                sess["task"] = (C.pick(rng, "benign_nq_open_questions") if rng.random() < 0.5
                                else C.pick(rng, "benign_self_instruct_seed_tasks"))
                sess["pad"] = ""
            p = "Question: " + sess["task"] + sess["pad"]
            sess["pad"] += "\nThought: I should look this up.\nAction: search\nAction Input: %s\nObservation: %s" % (
                sess["task"][:60], C.pick(rng, "benign_nq_open_questions"))
            return g.send(rng, acct, ts, p, system=sysp, model=g.model_at(rng, ts, 0.4), endpoint=ep, ip=ip, net=net, ua=ua,
                          device=dev, comp=lognorm(rng, 120, 0.6))
        human_days(g, rng, acct, W.COUNTRY_TZ[c], "office", 28, 1.0, 0.7, 6, 10, make, weekend=0.5)


# ------------------------------------------------------------ benign: localization agency
def localization(g):
    """B9: a translation agency (Manila + Tokyo offices), one card, templated translation prompts."""
    rng = g.prng()
    org, pay = rid(rng, "org_", 12), card(rng)
    offices = [("pldt", [ip_in(rng, "pldt") for _ in range(2)], 8), ("ntt_ocn", [ip_in(rng, "ntt_ocn")], 9)]
    img = ("ThinkPad X1 Carbon Gen 11", "Windows11")
    pairs = ["English->Japanese", "English->Korean", "English->Traditional Chinese", "English->Thai", "English->Vietnamese",
             "English->Indonesian", "Japanese->English"]
    for _ in range(g.n(40)):
        net, ips, tz = rng.choice(offices)
        acct = g.new_account(rng, "benign", "localization", org=org, pay=pay, created=created_ago(rng, 300, 0.6))
        dev = g.laptop_device(rng, "PH" if net == "pldt" else "JP", img)
        pair = rng.choice(pairs)
        glossary = rng.choice(["", "Glossary: dashboard=ダッシュボード; workspace=ワークスペース\n", "Keep product names in English.\n"])

        def make(ts, sess, acct=acct, net=net, ips=ips, dev=dev, pair=pair, glossary=glossary):
            src = C.pick(rng, rng.choice(["benign_awesome_chatgpt_prompts", "benign_self_instruct_user_oriented"]))[:1800]
            p = f"Translate the following text ({pair}). Preserve markdown and placeholders like ${{var}}.\n{glossary}\n---\n{src}"
            return g.send(rng, acct, ts, p, model=g.model_at(rng, ts, 0.2, delay_h=6), ip=rng.choice(ips), net=net,
                          ua=rng.choice(["orion-python/2.14.0", "Trados-OrionMT-plugin/1.4"]), device=dev,
                          comp=int(len(src) / 3) + 30)
        human_days(g, rng, acct, tz, "office", 70, 0.5, 0.9, 40, 15, make, weekend=0.2)


# ------------------------------------------------------------ benign: content studios (long-form)
LONGFORM = ["Write a {n}-word blog article about {t} for a {aud} audience. Use H2 headings and end with a call to action.",
            "Draft a {n}-word press release announcing {t}.", "Write chapter {k} of a serialized web novel about {t}, about {n} words.",
            "{n}자 분량으로 {t}에 대한 블로그 글을 작성해 주세요. 소제목을 포함해 주세요.",
            "{t}について{n}字程度のコラムを書いてください。読者は{aud}です。"]
LF_TOPICS = ["sustainable travel", "a new skincare line", "home robotics", "K-drama tourism", "remote team rituals", "EV charging",
             "a fintech app launch", "a time-travelling barista", "a detective in Busan", "ramen culture"]


def longform_prompt(rng):
    return rng.choice(LONGFORM).format(n=rng.choice([800, 1200, 1500, 2000, 3000]), t=rng.choice(LF_TOPICS),
                                       aud=rng.choice(["Gen Z", "B2B SaaS", "parents", "20代女性", "investors"]), k=rng.randint(2, 40))


def content_studio(g):
    """B10: marketing / web-novel studios on one card per studio, long outputs."""
    rng = g.prng()
    for c, net in [("KR", "kt"), ("AU", "telstra"), ("JP", "softbank")]:
        org, pay = rid(rng, "org_", 12), card(rng)
        ip = ip_in(rng, net)
        for _ in range(g.n(11)):
            acct = g.new_account(rng, "benign", "content_studio", org=org, pay=pay, created=created_ago(rng, 200, 0.7))
            dev = g.laptop_device(rng, c)
            ua = rng.choice([W.UA_BROWSER[0], "orion-python/2.14.0"])

            def make(ts, sess, acct=acct, ip=ip, net=net, dev=dev, ua=ua):
                p = longform_prompt(rng) if (sess["i"] == 0 or rng.random() < 0.5) else rng.choice(FOLLOWUPS["en"])
                return g.send(rng, acct, ts, p, model=g.model_at(rng, ts, 0.6), endpoint="/v1/messages", ip=ip, net=net, ua=ua,
                              device=dev, comp=lognorm(rng, 2200, 0.5))
            human_days(g, rng, acct, W.COUNTRY_TZ[c], "office", 30, 0.6, 0.9, 240, 6, make, weekend=0.2)


# ------------------------------------------------------------ benign: new signups after the release
def release_signups(g):
    """B11: people who sign up because of the launch; they test it with puzzles and maths too."""
    rng = g.prng()
    for _ in range(g.n(520)):
        c = g.country(rng)
        tz = W.COUNTRY_TZ[c]
        lang = W.COUNTRY_LANG[c]
        # signups concentrate in the first APAC day after the launch
        created = RELEASE + int(abs(rng.gauss(0, 9)) * HOUR) + rng.randrange(HOUR)
        if created >= g.END - HOUR:
            continue
        acct = g.new_account(rng, "benign", "release_signups", created=created, pay=None if rng.random() < 0.55 else card(rng))
        phone = rng.random() < 0.6
        dev = g.phone_device(rng, c) if phone else g.laptop_device(rng, c)
        net = rng.choice(W.COUNTRY_NET[c][1] if phone else W.COUNTRY_NET[c][0])
        ua = W.UA_MOBILE_APP[0] if phone else rng.choice(W.UA_BROWSER)
        ts = created + rng.randrange(30_000, 600_000)
        for k in range(rng.randint(2, 28)):
            if rng.random() < 0.2:
                p = rng.choice(["Solve: ", "Can you do this? ", "", "Test: "]) + C.pick(rng, rng.choice(["task_gsm8k", "task_math"]))
            elif rng.random() < 0.1:
                p = rng.choice(["Are you better than orion-2?", "What's new in orion-3?", "What model are you?", "hello", "こんにちは", "안녕"])
            else:
                p = g.consumer_prompt(rng, lang, 0.5)
            ip = mobile_pool(g, net).pick(rng) if phone else ip_in(random_for(acct), net)
            g.send(rng, acct, ts, p, model=W.MODEL_NEW if rng.random() < 0.85 else "orion-2-flash", endpoint="/v1/messages", ip=ip,
                   net=net, ua=ua, device=dev, key=False, comp=lognorm(rng, 400, 0.8), rl=0.03)
            ts += int(1000 * rng.expovariate(1 / 90)) + (rng.randrange(2 * HOUR, 10 * HOUR) if rng.random() < 0.1 else 0)


def random_for(acct):
    import random
    return random.Random(int(hashlib_hex(acct["id"]), 16))


def hashlib_hex(s):
    import hashlib
    return hashlib.sha1(s.encode()).hexdigest()[:12]


# ------------------------------------------------------------ benign: VPN users
VPN_NETS = ["m247", "datacamp", "zenlayer", "cf_warp", "leaseweb_asia"]


def vpn_users(g):
    """B12: privacy-minded users and users in unsupported regions, many accounts behind the same VPN exits."""
    rng = g.prng()
    for _ in range(g.n(230)):
        c = rng.choice(["HK", "TW", "SG", "JP", "KR", "VN", "US"])
        lang = rng.choice(["zh", "zh", "en", W.COUNTRY_LANG[c]])
        acct = g.new_account(rng, "benign", "vpn_users", created=created_ago(rng, 120, 1.0), pay=None if rng.random() < 0.3 else card(rng))
        vnet = rng.choice(VPN_NETS)
        dev = g.laptop_device(rng, c) if rng.random() < 0.6 else None
        ua = rng.choice(W.UA_BROWSER + W.UA_MOBILE_APP[3:] + W.UA_SDK_PY[:1])

        def make(ts, sess, acct=acct, vnet=vnet, dev=dev, ua=ua, lang=lang):
            if "ip" not in sess:
                sess["ip"] = pool(g, vnet, max(12, int(30 * g.scale))).pick(rng)
            return g.send(rng, acct, ts, g.consumer_prompt(rng, lang, 0.4), model=g.model_at(rng, ts, 0.5), ip=sess["ip"], net=vnet,
                          ua=ua, device=dev, comp=lognorm(rng, 350, 0.8))
        human_days(g, rng, acct, 8, "evening", 9, 0.9, 0.7, 80, 4, make)


# ------------------------------------------------------------ benign: trial tinkerers
def trial_tinkerers(g):
    """B13: free-trial accounts that send a handful of requests and leave."""
    rng = g.prng()
    for _ in range(g.n(320)):
        c = g.country(rng)
        created = START - rng.randrange(10 * DAY) + rng.randrange(12 * DAY)
        if created > g.END - HOUR:
            created = g.END - HOUR - rng.randrange(12 * HOUR)
        acct = g.new_account(rng, "benign", "trial_tinkerers", created=created, pay=None)
        net = rng.choice(W.COUNTRY_NET[c][0])
        ip = ip_in(rng, net)
        dev = g.laptop_device(rng, c) if rng.random() < 0.5 else None
        ua = rng.choice(W.UA_BROWSER + W.UA_RAW[:2] + W.UA_SDK_PY[:2])
        ts = max(created, START) + rng.randrange(3 * HOUR) if created < START else created + rng.randrange(600_000)
        if created < START:
            ts = START + rng.randrange(g.days * DAY)
        for _ in range(rng.randint(1, 10)):
            p = dev_prompt(rng, g) if rng.random() < 0.4 else g.consumer_prompt(rng, W.COUNTRY_LANG[c], 0.6)
            g.send(rng, acct, ts, p, model=g.model_at(rng, ts, 0.6), ip=ip, net=net, ua=ua, device=dev,
                   comp=lognorm(rng, 300, 0.8), rl=0.02)
            ts += int(1000 * rng.expovariate(1 / 120))


# ------------------------------------------------------------ benign: startups on one card with CI bots
CI_SUITE = ["Return the JSON {\"status\": \"ok\"} and nothing else.", "Classify the sentiment of: 'The delivery was late again.'",
            "Extract the date from: 'Invoice issued 2026/11/03, due in 30 days'", "Translate 'Thank you for your order' into Japanese.",
            "Summarize in one sentence: " + "Our quarterly revenue grew 12% driven by APAC expansion.",
            "What is 17 * 23? Answer with the number only.", "List three colors as a JSON array."]


def startup_teams(g):
    """B14: small companies: one card, one office IP, same laptop image, plus a CI bot that replays a fixed prompt suite."""
    rng = g.prng()
    for _ in range(g.n(34)):
        c = g.country(rng, DEV_COUNTRIES)
        org, pay = rid(rng, "org_", 12), card(rng)
        net = rng.choice(W.COUNTRY_NET[c][0])
        office = [ip_in(rng, net) for _ in range(rng.randint(1, 2))]
        img = rng.choice(W.LAPTOPS)[:2]
        cloud = rng.choice(["aws", "gcp", "azure", "alibaba", "tencent", "naver", "huawei", "oracle"])
        created = created_ago(rng, 250, 0.8)
        for _ in range(rng.randint(2, 8)):
            acct = g.new_account(rng, "benign", "startup_teams", org=org, pay=pay, created=created + rng.randrange(60) * DAY)
            dev = g.laptop_device(rng, c, img if rng.random() < 0.7 else None)
            ua = rng.choice(W.UA_SDK_PY + W.UA_SDK_JS)

            def make(ts, sess, acct=acct, office=office, net=net, dev=dev, ua=ua):
                return g.send(rng, acct, ts, dev_prompt(rng, g), model=g.model_at(rng, ts, 0.5), ip=rng.choice(office), net=net, ua=ua,
                              device=dev, comp=lognorm(rng, 450, 0.8))
            human_days(g, rng, acct, W.COUNTRY_TZ[c], "office", 18, 0.9, 0.8, 50, 7, make, weekend=0.3)
        if rng.random() < 0.6:  # CI bot account
            acct = g.new_account(rng, "benign", "startup_teams", org=org, pay=pay, created=created + 30 * DAY)
            ip = ip_in(rng, cloud)
            dev = g.server_device(rng)
            period = rng.choice([HOUR, 2 * HOUR, 30 * MIN])
            ts = START + rng.randrange(period)
            while ts < g.END:
                t = ts
                for p in CI_SUITE:
                    t += rng.randrange(300, 3000)
                    g.send(rng, acct, t, p, model=rng.choice([W.MODEL_NEW if t > RELEASE + 2 * HOUR else "orion-2-pro", "orion-2-flash"]),
                           ip=ip, net=cloud, ua="python-httpx/0.27.2", device=dev, comp=lognorm(rng, 30, 0.5), retry=0.0)
                ts += period


# ============================================================ campaigns
def _shard(items, i, n):
    k = len(items) // n
    return items[i * k:(i + 1) * k] or items


def polyglot_relay(g):
    """A1: translation-laundered reasoning harvest over mobile proxies; each account owns a disjoint shard."""
    rng = g.prng()
    camp = "polyglot_relay"
    countries = [("ID", "id", 20), ("VN", "vi", 14), ("TH", "th", 14), ("PH", "tl", 14), ("KR", "ko", 12), ("JP", "ja", 12),
                 ("IN", "hi", 14)]
    n = g.n(300)
    srcs = ["task_gsm8k", "task_math", "task_mbpp", "task_humaneval", "task_svamp"]
    cards = [card(rng) for _ in range(max(1, n // 3))]
    window0 = START - 70 * DAY
    # the campaign shuffles the union of its task sets once and hands each account a disjoint slice
    allq = [q for s in srcs for q in C.get(s)]
    rng.shuffle(allq)
    for i in range(n):
        c, lang = wchoice(rng, countries)
        tz = W.COUNTRY_TZ[c]
        acct = g.new_account(rng, "attack", camp, camp, created=window0 + rng.randrange(20 * DAY), pay=rng.choice(cards))
        dev = g.phone_device(rng, c)
        ua = rng.choice(W.UA_MOBILE_APP[:3])
        items = _shard(allq, i, n)
        pos = 0
        wraps = W.POLY_WRAP[lang]
        cover = rng.uniform(0.15, 0.35)

        def make(ts, sess, acct=acct, c=c, lang=lang, dev=dev, ua=ua, st={"pos": pos}, items=items, wraps=wraps, cover=cover):
            if "net" not in sess:
                net = rng.choice(W.COUNTRY_NET[c][1])
                sess["net"], sess["ip"] = net, mobile_pool(g, net).pick(rng)
            if rng.random() < cover:
                p = g.native_prompt(rng, lang) if rng.random() < 0.7 else g.consumer_prompt(rng, lang, 0.3)
                comp = lognorm(rng, 280, 0.8)
            else:
                q = items[st["pos"] % len(items)]
                st["pos"] += 1
                p = rng.choice(wraps).format(q=q)
                comp = lognorm(rng, 900, 0.4)
            model = W.MODEL_NEW if ts > RELEASE + 2 * HOUR and rng.random() < 0.9 else "orion-2-pro"
            return g.send(rng, acct, ts, p, model=model, endpoint="/v1/messages", ip=sess["ip"], net=sess["net"], ua=ua,
                          device=dev, key=False, comp=comp)
        human_days(g, rng, acct, tz, "consumer", 26, 0.25, 0.92, 95, 6, make, weekend=1.0)


AGENT_SUITES = [
    ("ops", ["get_metrics(service, window)", "query_logs(service, filter)", "restart(service)", "page_oncall(team, summary)"]),
    ("finance", ["run_sql(query)", "fx_rate(pair, date)", "export_xlsx(rows)", "post_journal(entry)"]),
    ("hr", ["search_policies(query)", "get_employee(id)", "draft_email(to, body)", "book_meeting(attendees, slot)"]),
    ("code", ["read_file(path)", "write_file(path, content)", "run_tests(target)", "git_commit(message)"]),
    ("browser", ["open_url(url)", "click(selector)", "type(selector, text)", "extract(selector)"]),
    ("support", ["lookup_order(id)", "refund(order_id, amount)", "update_ticket(id, status)", "kb_search(query)"]),
]
AGENT_SYS = ("You are an autonomous {dom} agent. Tools (call as JSON {{\"tool\": name, \"args\": {{...}}}}):\n{tools}\n"
             "Before every tool call, write out your complete reasoning in a <thinking> block: what you know, what is "
             "missing, the alternatives you considered and why you chose this step. After the final tool call, explain how "
             "the observations justify your final answer.")


def inside_tenant(g):
    """A2: an insider's service accounts inside the enterprise tenant, harvesting agentic tool-use trajectories."""
    rng = g.prng()
    camp = "inside_tenant"
    for i in range(g.n(60)):
        acct = g.new_account(rng, "attack", camp, camp, org=ENT["org"], pay=ENT["pay"], created=START - rng.randrange(10, 40) * DAY - rng.randrange(DAY))
        dom, tools = AGENT_SUITES[i % len(AGENT_SUITES)]
        sysp = AGENT_SYS.format(dom=dom, tools="\n".join("- " + t for t in tools))

        ep = "/v1/responses" if rng.random() < 0.6 else "/v1/chat/completions"

        def make(ts, sess, acct=acct, sysp=sysp, tools=tools, dom=dom, ep=ep):
            if "task" not in sess or sess["step"] >= sess["len"]:
                base = C.pick(rng, rng.choice(["benign_self_instruct_seed_tasks", "benign_self_instruct_user_oriented",
                                               "benign_arena_hard_prompts"]))[:900]
                sess.update(task=f"Task ({dom}): {base}", step=0, len=rng.randint(3, 9), trace="")
            if rng.random() < 0.08:
                p = g.native_prompt(rng, "ja")
                s = None
            else:
                p = sess["task"] + sess["trace"]
                s = sysp
                t = rng.choice(tools).split("(")[0]
                sess["trace"] += f"\n\n[step {sess['step'] + 1}] tool={t} -> observation: " + C.pick(rng, "benign_nq_open_questions")
                sess["step"] += 1
            model = W.MODEL_NEW if ts > RELEASE + HOUR and rng.random() < 0.85 else "orion-2-pro"
            return g.send(rng, acct, ts, p, system=s, model=model, endpoint=ep, ip=rng.choice(ENT["ips"]), net="aws",
                          ua=ENT["ua"], device=ENT["dev"], comp=lognorm(rng, 750, 0.4))
        human_days(g, rng, acct, 9, "office", 140, 0.35, 0.95, 25, 30, make, weekend=0.3)


FANOUT_STYLES = [
    "Q: {q}\nA: Let's work this out carefully, one step at a time.",
    "{q}\n\nShow your full derivation before giving the final answer.",
    "Please solve:\n{q}\nExplain each step.",
    "I'm stuck on this one. {q} Could you walk me through it?",
    "{q}\n(answer with reasoning; final answer in \\boxed{{}})",
    "Task: {q}\nRequirements: 1) restate the problem 2) reason step by step 3) verify the result 4) state the answer.",
    "Think aloud as you solve this, including any dead ends:\n\n{q}",
    "### Problem\n{q}\n\n### Instructions\nProvide a rigorous solution with justification for every step.",
    "{q}\n\nFirst plan, then solve, then double-check.",
    "Explain the reasoning an expert would use for the following, then give the answer.\n{q}",
    "Implement a solution and explain your approach before the code:\n```\n{q}\n```",
    "Here's a problem from my study group: {q}\nWhat's the cleanest way to think about it?",
    "{q}",
    "Solve it two different ways and compare:\n{q}",
]


def paraphrase_fanout(g):
    """A3: each question is fanned out to several accounts with different wrappers (rejection-sampling data),
    from rotating cloud-function IPs with raw HTTP clients and a small shared pool of cards."""
    rng = g.prng()
    camp = "paraphrase_fanout"
    n = g.n(250)
    cards = [card(rng) for _ in range(max(2, n // 10))]
    accts = []
    for _ in range(n):
        a = g.new_account(rng, "attack", camp, camp, created=START - rng.randrange(3 * DAY, 9 * DAY), pay=rng.choice(cards))
        accts.append((a, rng.sample(range(len(FANOUT_STYLES)), 3), rng.choice(W.UA_RAW[:3])))
    clouds = ["alibaba", "tencent", "huawei", "vultr", "oracle"]
    pools = {cl: [ip_in(rng, cl) for _ in range(60)] for cl in clouds}
    srcs = [("task_math", 4), ("task_mbpp", 2), ("task_humaneval", 1), ("benign_arena_hard_prompts", 1.5), ("task_gsm8k", 1)]
    t = RELEASE + 40 * MIN
    per_hour = max(1, int(110 * g.scale))
    while t < g.END:
        for _ in range(poisson(rng, per_hour)):
            q = C.pick(rng, wchoice(rng, srcs))
            t0 = t + rng.randrange(HOUR)
            for a, styles, ua in rng.sample(accts, rng.randint(4, 8)):
                ts = t0 + rng.randrange(15 * MIN)
                cl = rng.choice(clouds)
                g.send(rng, a, ts, FANOUT_STYLES[rng.choice(styles)].format(q=q), model=W.MODEL_NEW, ip=rng.choice(pools[cl]), net=cl,
                       ua=ua, device=None, comp=lognorm(rng, 1100, 0.4), rl=0.02)
        t += HOUR


WRITER_GENRES = ["a romance web novel chapter", "a fantasy light-novel chapter", "a long-form investigative essay",
                 "a screenplay scene", "a literary short story", "a detailed product review", "a persuasive op-ed"]
WRITER_TPL = [
    "Write {g} of at least {n} words about {t}. Rich sensory detail, natural dialogue, no summaries.",
    "{t}을(를) 주제로 {g_ko}을(를) {n}자 이상 써 주세요. 대사와 묘사를 풍부하게.",
    "{t}をテーマに、{g_ja}を{n}字以上で書いてください。会話文と描写を多めに。",
    "以{t}為主題，寫一篇至少{n}字的{g_zh}，對話和描寫要豐富。",
    "Continue the story from where you stopped. Keep the same characters and style; write at least {n} more words.",
    "Rewrite the previous section with deeper interiority and more vivid imagery, at least {n} words.",
]


def trial_burn_writer(g):
    """A4: a drip of fresh free-trial accounts, each burned in a couple of hours on long-form writing."""
    rng = g.prng()
    camp = "trial_burn_writer"
    nets = ["ntt_ocn", "kddi", "softbank", "kt", "skb", "lgu", "hinet", "hkbn"]
    n = g.n(175) * g.days
    for _ in range(n):
        created = START + rng.randrange(g.days * DAY)
        if rng.random() < 0.5:  # evening-heavy in JST/KST
            created = START + rng.randrange(g.days) * DAY + int((rng.uniform(18, 26) - 9) % 24 * HOUR)
        acct = g.new_account(rng, "attack", camp, camp, created=created, pay=None)
        net = rng.choice(nets)
        ip = ip_in(rng, net)
        dev = "dv1:" + hexid(rng, 20)  # randomised fingerprint: never collides
        ua = rng.choice(W.UA_BROWSER)
        sysp = C.pick(rng, "benign_awesome_chatgpt_prompts")[:1500] if rng.random() < 0.3 else None
        ts = created + rng.randrange(60_000, 600_000)
        life_end = ts + rng.randrange(40 * MIN, 200 * MIN)
        topic = rng.choice(LF_TOPICS)
        k = 0
        while ts < life_end and k < 24:
            tpl = rng.choice(WRITER_TPL[:4]) if k == 0 else rng.choice(WRITER_TPL)
            p = tpl.format(g=rng.choice(WRITER_GENRES), g_ko="웹소설 한 화", g_ja="短編小説", g_zh="短篇小說",
                           n=rng.choice([2000, 3000, 4000, 5000]), t=topic)
            model = W.MODEL_NEW if ts > RELEASE else "orion-2-pro"
            g.send(rng, acct, ts, p, system=sysp, model=model, endpoint="/v1/messages", ip=ip, net=net, ua=ua, device=dev, key=False,
                   comp=lognorm(rng, 4500, 0.3), rl=0.04)
            ts += rng.randrange(3 * MIN, 14 * MIN)
            k += 1


JUDGE_ATTACK = [
    "Two assistants answered the same question.\n\nQuestion:\n{q}\n\nAnswer A:\n{a}\n\nAnswer B:\n{b}\n\n"
    "Compare them carefully. Reason step by step about correctness, completeness and style, then say which is better "
    "and why, ending with [[A]], [[B]] or [[tie]].",
    "Here is a response to a user's request.\n\nRequest:\n{q}\n\nResponse:\n{a}\n\nCritique it thoroughly: list every "
    "error or weakness with your reasoning, then write an improved response.",
    "Rate each of the following answers to the question from 1-10, explaining your reasoning in detail for each.\n\n"
    "Question: {q}\n\n(1) {a}\n\n(2) {b}",
]


def sleeper_judge(g):
    """A5: aged dormant accounts that wake up at the release and harvest preference/critique data in scheduler waves."""
    rng = g.prng()
    camp = "sleeper_judge"
    n = g.n(120)
    cards = [card(rng) for _ in range(max(2, n // 10))]
    accts = []
    for _ in range(n):
        c = rng.choice(["TW", "HK", "SG", "TW", "HK"])
        net = rng.choice(W.COUNTRY_NET[c][0])
        a = g.new_account(rng, "attack", camp, camp, created=START - rng.randrange(180, 420) * DAY - rng.randrange(DAY),
                          pay=rng.choice(cards))
        accts.append((a, c, net, ip_in(rng, net), g.laptop_device(rng, c), rng.choice(W.UA_SDK_PY)))
    # light cover before the release
    for a, c, net, ip, dev, ua in accts:
        for _ in range(rng.randint(0, 4)):
            ts = session_start(rng, 0, 8, "consumer")
            if ts < RELEASE:
                g.send(rng, a, ts, g.consumer_prompt(rng, "zh", 0.5), model="orion-2-flash", ip=ip, net=net, ua=ua, device=dev,
                       comp=lognorm(rng, 300, 0.7))
    t = RELEASE + 25 * MIN
    while t < g.END:
        hour_local = ((t - START) / HOUR + 8) % 24
        if 8 <= hour_local or t < RELEASE + 6 * HOUR:
            for a, c, net, ip, dev, ua in rng.sample(accts, int(len(accts) * rng.uniform(0.25, 0.4))):
                ts = t + rng.randrange(-90_000, 90_000)
                for _ in range(rng.randint(1, 3)):
                    if rng.random() < 0.15:
                        p = g.consumer_prompt(rng, "zh", 0.5)
                    else:
                        p = rng.choice(JUDGE_ATTACK).format(q=C.pick(rng, "benign_arena_hard_prompts")[:1500], a=fake_answer(rng),
                                                            b=fake_answer(rng))
                    ts = g.send(rng, a, ts, p, model=W.MODEL_NEW, ip=ip, net=net, ua=ua, device=dev, comp=lognorm(rng, 800, 0.4))
                    ts += rng.randrange(5_000, 40_000)
        t += 20 * MIN + rng.randrange(-60_000, 60_000)


CODE_LANGS = ["Rust", "Go", "Kotlin", "Swift", "TypeScript", "C++", "Java", "Scala", "Haskell", "Elixir"]
DRIP_TPL = [
    "Port this Python to {lang}. Before the code, explain step by step how each construct maps and why:\n\n{q}",
    "{q}\n\nRewrite in idiomatic {lang}. Walk through your reasoning about ownership/types/error handling first.",
    "How would an experienced {lang} developer solve this? Think it through in detail, then write the code.\n{q}",
    "Translate to {lang} and annotate every line with the reasoning behind it:\n{q}",
]


def drip_mesh(g):
    """A6: low-and-slow code-translation harvest over a residential-proxy mesh: free-tier accounts, a few requests a
    day each, spread flat over 24 h by a scheduler, every request from a different home ISP somewhere in the region,
    half of the traffic cover chat."""
    rng = g.prng()
    camp = "drip_mesh"
    homes = [net for c in ("IN", "ID", "VN", "PH", "TH", "MY", "AU", "JP", "KR") for net in W.COUNTRY_NET[c][0]]
    items = [(s, q) for s in ("task_humaneval", "task_mbpp") for q in C.get(s)]
    jobs = [(i, lang) for i in range(len(items)) for lang in CODE_LANGS]
    rng.shuffle(jobs)
    j = 0
    for _ in range(g.n(420)):
        acct = g.new_account(rng, "attack", camp, camp, created=created_ago(rng, 90, 0.6, 20),
                             pay=None if rng.random() < 0.8 else card(rng))
        ua = rng.choice(W.UA_MOBILE_APP[3:] + W.UA_BROWSER[:2])
        lang_c = rng.choice(["en", "en", "hi", "id", "vi", "tl"])
        for d in range(g.days):
            for _ in range(poisson(rng, 4.5)):
                ts = START + d * DAY + rng.randrange(DAY)
                net = rng.choice(homes)
                if rng.random() < 0.5:
                    p, comp = g.consumer_prompt(rng, lang_c, 0.6), lognorm(rng, 300, 0.8)
                else:
                    i, lang = jobs[j % len(jobs)]
                    j += 1
                    p, comp = rng.choice(DRIP_TPL).format(lang=lang, q=items[i][1]), lognorm(rng, 1000, 0.35)
                model = W.MODEL_NEW if ts > RELEASE and rng.random() < 0.8 else "orion-2-flash"
                g.send(rng, acct, ts, p, model=model, ip=ip_in(rng, net), net=net, ua=ua, device=None, comp=comp, rl=0.02)


POPULATIONS = [consumer_chat, developers, enterprise_support, enterprise_tenant, eval_labs, students, tutoring_app,
               judge_vendor, framework_agents, localization, content_studio, release_signups, vpn_users, trial_tinkerers,
               startup_teams, polyglot_relay, inside_tenant, paraphrase_fanout, trial_burn_writer, sleeper_judge, drip_mesh]
