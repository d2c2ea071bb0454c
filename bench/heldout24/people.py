"""Benign individuals: chat users, developers, students, travellers, visitors."""
from __future__ import annotations

import random

from . import prompts as P
from .world import (CARRIER_W, CARRIERS, DAY, EVENING, HOLIDAY_PERSONAL, HOME_ISPS, HOME_W, HOUR, MIN, NETS, RELEASE,
                    SEOUL_EVE, START, STUDENT, TRAVEL, Fixed, cloud, Home, Mobile, World, browser_client, card,
                    carrier_billing, created_between, fixed_ips, lognorm, model_for, phone_client, pick, poisson,
                    prepaid, sample_time, server_client, status_for)


def session_times(rng: random.Random, w: World, profile, n_sessions: int, per: float, gap_s: float,
                  lo: int | None = None, hi: int | None = None) -> list[int]:
    out = []
    for _ in range(n_sessions):
        t = sample_time(rng, profile, w.days, lo, hi)
        for _ in range(max(1, poisson(rng, per))):
            out.append(t)
            t += int(lognorm(rng, gap_s, 0.8) * 1000) + 2000
    return out


def chat_completion(rng: random.Random, median: float = 320) -> int:
    return int(min(4000, lognorm(rng, median, 0.6)))


def _mobile(rng):
    return Mobile(rng, pick(rng, CARRIERS, CARRIER_W))


def _home(rng):
    return Home(rng, pick(rng, HOME_ISPS, HOME_W))


def chat_mobile(w: World, c: P.Corpus, rng: random.Random) -> None:
    for _ in range(w.n(900)):
        net = _mobile(rng)
        pay = card(rng) if rng.random() < 0.65 else carrier_billing(rng, net.net.name)
        a = w.account("chat_mobile", created_between(rng, (2023, 6, 1), (2027, 4, 28)), pay)
        ua, dev = phone_client(rng)
        adopt = rng.random() * 0.5
        for t in session_times(rng, w, HOLIDAY_PERSONAL, poisson(rng, 3.2), 2.6, 70):
            ip, asn = net.ip(rng, t)
            w.emit(a, t, P.chat_ja(c, rng), model=model_for(rng, t, adopt, 0.4), completion=chat_completion(rng),
                   ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


def home_devs(w: World, c: P.Corpus, rng: random.Random) -> None:
    for _ in range(w.n(450)):
        net = _home(rng)
        a = w.account("home_devs", created_between(rng, (2023, 3, 1), (2027, 4, 20)), card(rng))
        ua, dev = server_client(rng) if rng.random() < 0.6 else browser_client(rng)
        adopt = 0.3 + rng.random() * 0.6
        for t in session_times(rng, w, HOLIDAY_PERSONAL, poisson(rng, 4), 5, 100):
            u = rng.random()
            q = (P.wrap(rng, P.JA_CODE_WRAP, c.get("code", rng)) if u < 0.35 else
                 P.wrap(rng, P.JA_CHAT_WRAP, c.get("arena_code", rng)) if u < 0.7 else P.chat_ja(c, rng))
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, model=model_for(rng, t, adopt, 0.2, 1.0), completion=chat_completion(rng, 550),
                   ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


def travellers(w: World, c: P.Corpus, rng: random.Random) -> None:
    hotels = {k: Fixed(fixed_ips(random.Random(77 + i), NETS[k], 30), NETS[k].asn)
              for i, k in enumerate(("hotel_a", "hotel_b", "hotel_c"))}
    shinkansen = Fixed(fixed_ips(random.Random(91), NETS["shinkansen"], 24), NETS["shinkansen"].asn)
    for _ in range(w.n(300)):
        mob = _mobile(rng)
        hotel = hotels[rng.choice(tuple(hotels))]
        a = w.account("travellers", created_between(rng, (2023, 1, 1), (2027, 4, 1)), card(rng))
        ua, dev = phone_client(rng)
        train_day = rng.randrange(w.days)
        for t in sorted(session_times(rng, w, TRAVEL, poisson(rng, 3.5), 2.4, 60)):
            h = ((t - START) % DAY) // HOUR
            on_train = (t - START) // DAY == train_day and 9 <= h < 13
            net = shinkansen if on_train and rng.random() < 0.7 else hotel if (h >= 19 or h < 8) and rng.random() < 0.6 else mob
            ip, asn = net.ip(rng, t)
            q = P.ja_native(rng) if rng.random() < 0.6 else P.chat_ja(c, rng)
            w.emit(a, t, q, model=model_for(rng, t, 0.2, 0.5), completion=chat_completion(rng), ip=ip, asn=asn,
                   ua=ua, device=dev, status=status_for(rng))


PHYS = ("質量{m}kgの物体を初速{v}m/sで真上に投げた。最高点の高さを求めよ。g=9.8m/s²とする。",
        "抵抗{r}Ωと{r2}Ωを並列につないで{v}Vの電源に接続した。回路全体の電流は？",
        "ばね定数{k}N/mのばねを{x}cm縮めたときの弾性エネルギーを求めなさい。",
        "{v}km/hで走る車が{t}秒で停止した。加速度の大きさは？")


def students(w: World, c: P.Corpus, rng: random.Random) -> None:
    for _ in range(w.n(420)):
        net = _mobile(rng) if rng.random() < 0.6 else _home(rng)
        pay = card(rng) if rng.random() < 0.5 else carrier_billing(rng, "docomo" if rng.random() < 0.5 else "au")
        a = w.account("students", created_between(rng, (2024, 4, 1), (2027, 4, 30)), pay)
        ua, dev = phone_client(rng) if isinstance(net, Mobile) else browser_client(rng)
        src = rng.choice(("gsm8k", "svamp", "math", "math"))
        for t in session_times(rng, w, STUDENT, poisson(rng, 3), 3.5, 150):
            if rng.random() < 0.25:
                q = rng.choice(PHYS).format(m=rng.randint(1, 9), v=rng.randint(5, 80), r=rng.randint(2, 30),
                                            r2=rng.randint(2, 30), k=rng.randint(10, 400), x=rng.randint(1, 20), t=rng.randint(2, 9))
                q = q + rng.choice(("", "\n解き方を教えて", "\n途中式もお願いします"))
            else:
                q = P.wrap(rng, P.JA_MATH_STUDENT, c.get(src, rng))
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, model=model_for(rng, t, 0.15, 0.6), completion=chat_completion(rng, 500), ip=ip, asn=asn,
                   ua=ua, device=dev, status=status_for(rng))


NOVEL = ("異世界転生ものの短編を書いて。主人公は{t}に詳しい会社員。", "次のプロットを3000字の小説にしてください：{p}で再会する幼なじみ",
         "ライトノベルのタイトル案を20個。テーマは{t}。", "このキャラの台詞をもっとツンデレっぽくして：「別に心配してないし」",
         "同人誌のあとがきを書いて。連休中に書き上げた{p}が舞台の話。", "TRPGのシナリオを作って。舞台は{p}、テーマは{t}。")


def creative(w: World, c: P.Corpus, rng: random.Random) -> None:
    for _ in range(w.n(220)):
        net = _home(rng) if rng.random() < 0.75 else _mobile(rng)
        a = w.account("creative_writers", created_between(rng, (2023, 5, 1), (2027, 4, 25)), card(rng))
        ua, dev = browser_client(rng) if isinstance(net, Home) else phone_client(rng)
        role = c.get("roles", rng) if rng.random() < 0.4 else None
        for t in session_times(rng, w, EVENING, poisson(rng, 2.5), 3, 200):
            q = rng.choice(NOVEL).format(t=rng.choice(P.TOPICS), p=rng.choice(P.PLACES))
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, system=role, model=model_for(rng, t, 0.35, 0.1), completion=chat_completion(rng, 1400),
                   ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


def visitors(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Korean, Taiwanese and Chinese visitors and residents: roaming, hotel Wi-Fi, Japanese eSIMs."""
    hotel = Fixed(fixed_ips(random.Random(78), NETS["hotel_a"], 30), NETS["hotel_a"].asn)
    for _ in range(w.n(220)):
        home_net = rng.choice(("skt", "kt", "hinet", "chinanet"))
        ko = home_net in ("skt", "kt")
        roam = Mobile(rng, home_net, 0.3)
        local = Mobile(rng, rng.choice(("softbank", "rakuten")))
        a = w.account("visitors_ko_zh", created_between(rng, (2023, 9, 1), (2027, 4, 30)), card(rng))
        ua, dev = phone_client(rng)
        for t in session_times(rng, w, SEOUL_EVE if ko else TRAVEL, poisson(rng, 3), 2.3, 60):
            net = rng.choice((roam, roam, local, hotel))
            ip, asn = net.ip(rng, t)
            q = c.get("nq_open_questions", rng) if rng.random() < 0.4 else c.get("chat", rng)
            q = P.wrap(rng, P.KO_WRAP if ko else P.ZH_WRAP, q)
            w.emit(a, t, q, model=model_for(rng, t, 0.2, 0.4), completion=chat_completion(rng), ip=ip, asn=asn,
                   ua=ua, device=dev, status=status_for(rng))


def english_devs(w: World, c: P.Corpus, rng: random.Random) -> None:
    for _ in range(w.n(220)):
        net = _home(rng) if rng.random() < 0.7 else cloud(rng, rng.choice(("aws_tokyo", "gcp")))
        a = w.account("english_devs", created_between(rng, (2023, 1, 1), (2027, 4, 20)), card(rng))
        ua, dev = server_client(rng)
        adopt = 0.4 + rng.random() * 0.5
        for t in session_times(rng, w, HOLIDAY_PERSONAL, poisson(rng, 3.5), 4, 90):
            q = P.wrap(rng, P.EN_WRAP, c.get(rng.choice(("arena_code", "arena_other", "chat", "code")), rng))
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, model=model_for(rng, t, adopt, 0.3, 1.0), completion=chat_completion(rng, 500),
                   ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


def prepaid_teens(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Teens and card-less adults who buy a konbini prepaid virtual card in cash (one-time each)."""
    for _ in range(w.n(160)):
        net = _mobile(rng)
        a = w.account("prepaid_card_users", created_between(rng, (2027, 3, 20), (2027, 5, 4)), prepaid(rng))
        ua, dev = phone_client(rng)
        for t in session_times(rng, w, STUDENT, poisson(rng, 3), 2.5, 60):
            q = P.chat_ja(c, rng) if rng.random() < 0.7 else P.wrap(rng, P.JA_MATH_STUDENT, c.get("gsm8k", rng))
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, model=model_for(rng, t, 0.3, 0.7), completion=chat_completion(rng), ip=ip, asn=asn,
                   ua=ua, device=dev, status=status_for(rng))


TRY_NEW = ("tsubame-3が出たので試しています。{q}", "{q}", "{q}\n\nStep by step で考えて答えて。", "新モデルの実力チェック：{q}",
           "{q}\n（2.5との違いを見たいので詳しめに）")


def new_model_tryers(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Enthusiasts who try the new model right after the announcement; some sign up for it."""
    for _ in range(w.n(350)):
        kind = rng.random()
        net = _home(rng) if kind < 0.5 else _mobile(rng)
        fresh = rng.random() < 0.3
        created = RELEASE + int(lognorm(rng, 3 * HOUR, 0.8)) if fresh else created_between(rng, (2023, 1, 1), (2027, 4, 25))
        a = w.account("new_model_tryers", created, card(rng) if rng.random() < 0.85 else prepaid(rng))
        ua, dev = (browser_client(rng) if rng.random() < 0.5 else server_client(rng)) if isinstance(net, Home) else phone_client(rng)
        lo = max(RELEASE + int(lognorm(rng, 40 * MIN, 1.0)), created)
        for t in session_times(rng, w, HOLIDAY_PERSONAL, 1 + poisson(rng, 2), 6, 80, lo=lo):
            src = rng.choice(("arena_code", "arena_other", "arena_other", "math", "gsm8k", "chat"))
            q = P.wrap(rng, TRY_NEW, c.get(src, rng))
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, model=model_for(rng, t, 0.95, 0.15, 0.1), completion=chat_completion(rng, 700),
                   ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng, heavy=t < RELEASE + 2 * HOUR))


PEOPLE = (chat_mobile, home_devs, travellers, students, creative, visitors, english_devs, prepaid_teens, new_model_tryers)
