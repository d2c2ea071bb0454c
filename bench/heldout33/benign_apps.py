"""Benign applications: backends that relay thousands of end users through a
handful of accounts, each with one fixed system prompt, from server addresses."""
from __future__ import annotations

from bench.heldout33 import network as net
from bench.heldout33.actors import Client, aged, ask
from bench.heldout33.textbank import SUPPORT_Q, VI_CHAT, VI_MATH_ASK
from bench.heldout33.world import World, sample_ts

EDU_SYS = ("Bạn là gia sư của ứng dụng {app}, hỗ trợ học sinh lớp 12 ôn thi tốt nghiệp THPT. Luôn giải thích "
           "từng bước, dùng ký hiệu LaTeX cho công thức, khuyến khích học sinh tự làm lại bài.")


def _volume(w: World, rng, per_day: float, profile: str):
    for _ in range(int(per_day * w.days * rng.uniform(0.85, 1.15))):
        yield sample_ts(rng, profile, w.start, w.end)


def edu_app_backend(w: World, n_apps: int) -> None:
    """Exam-prep apps: every student's question goes through the app's prod key
    with the same tutoring system prompt; most questions are maths."""
    rng = w.rng("pop/edu_app_backend")
    for i in range(n_apps):
        app = ["ÔnThi365", "HọcNhanh", "Toán Thầy Tâm"][i % 3]
        org, card = w.new_id("org", "org-", 6), w.new_id("pay", "pm_", 6)
        servers = net.ip_block(rng, 38732, 4)
        for role, per_day in (("prod", rng.uniform(1000, 1800)), ("staging", 60)):
            a = w.account(rng, "edu_app_backend", None, aged(rng, 100, 700), org_id=org, payment=card,
                          tier="enterprise", n_keys=2)
            cl = Client("song-node/1.9.0", w.new_id("dev", "d_"), servers[0], 38732)
            for ts in _volume(w, rng, per_day, "student"):
                q = (rng.choice(VI_MATH_ASK).format(q=w.prompts.task(rng, ("gsm8k", "math", "svamp")))
                     if rng.random() < 0.75 else rng.choice(VI_CHAT))
                ask(w, rng, a, ts, q, cl, cmean=550, system=EDU_SYS.format(app=app), ip=rng.choice(servers),
                    key=rng.choice(a.keys), eager=0.1)


_CUSTOMER = ["Shop ơi {p} còn hàng không?", "{p} có ship COD về {c} không ạ?", "Giá {p} bao nhiêu vậy shop?",
             "Mua 2 {p} có giảm thêm không?", "Bao lâu thì nhận được hàng ở {c}?", "{p} có bảo hành không?",
             "Cho mình xin size chart", "Đơn của mình đặt hôm qua bao giờ giao?", "Có xuất hóa đơn VAT không?"]
_CITIES = ["Hà Nội", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Nha Trang", "Buôn Ma Thuột", "Vinh", "Huế"]
_SHOP_SYS = ("Bạn là trợ lý bán hàng của shop {shop} trên Zalo/Facebook. Chỉ trả lời về sản phẩm của shop, "
             "giọng thân thiện, xưng 'em', gợi ý khuyến mãi Tết khi phù hợp. Không bịa giá.")


def shop_chatbot_tenants(w: World, n: int) -> None:
    """A chatbot SaaS: one account per shop (each shop pays itself), but every
    request leaves the SaaS's four servers with the same HTTP client and the
    same system prompt apart from the shop's name."""
    rng = w.rng("pop/shop_chatbot_tenants")
    servers = net.ip_block(rng, 38732, 4)
    goods = ["áo dài", "giỏ quà Tết", "mứt Tết", "giày sneaker", "kem chống nắng", "bánh pía", "đồng hồ", "tai nghe"]
    for i in range(n):
        shop = f"{rng.choice(['Nhà', 'Tiệm', 'Shop', 'Kho'])} {rng.choice(['Mây', 'Bông', 'Sen', 'Xuân', 'An', 'Mộc', 'Phúc'])} {i + 1}"
        a = w.account(rng, "shop_chatbot_tenants", None, aged(rng, 10, 400), tier="plus")
        cl = Client("Go-http-client/2.0", "d_botsaas_tls", servers[0], 38732)
        for ts in _volume(w, rng, rng.uniform(3, 30), "shop"):
            q = rng.choice(_CUSTOMER).format(p=rng.choice(goods), c=rng.choice(_CITIES))
            ask(w, rng, a, ts, q, cl, cmean=120, system=_SHOP_SYS.format(shop=shop), ip=rng.choice(servers),
                model="song-3-mini")


_CI_SYS = ("You are a senior code reviewer. Review the diff for bugs, security issues and style. "
           "Answer as a bulleted list; say LGTM if there is nothing to change.")


def ci_review_bots(w: World, n: int) -> None:
    """CI bots of software houses: every push sends a diff to review, around
    the clock because teams sit in three time zones."""
    rng = w.rng("pop/ci_review_bots")
    for c in range(max(1, n // 4)):
        org, card = w.new_id("org", "org-", 6), w.new_id("pay", "pm_", 6)
        runner_asn = rng.choice([16509, 38732])
        runner = net.ip_in(rng, runner_asn)
        for _ in range(4):
            a = w.account(rng, "ci_review_bots", None, aged(rng, 60, 600), org_id=org, payment=card, tier="team")
            cl = Client("github-actions song-python/2.3.1", w.new_id("dev", "d_"), runner, runner_asn)
            for ts in _volume(w, rng, rng.uniform(20, 90), rng.choice(["flat", "office", "us_client"])):
                code = w.prompts.task(rng, ("mbpp", "humaneval"))
                diff = "\n".join("+" + line for line in code.splitlines()[:40])
                ask(w, rng, a, ts, f"Review this diff:\n```diff\n{diff}\n```", cl, cmean=260, system=_CI_SYS)


def news_qa_widget(w: World, n: int) -> None:
    """A newspaper's 'Hỏi đáp' widget relaying readers' short factual questions."""
    rng = w.rng("pop/news_qa_widget")
    sys_ = "Bạn là trợ lý hỏi đáp của báo điện tử. Trả lời ngắn gọn, trung lập, dưới 80 chữ."
    for i in range(n):
        a = w.account(rng, "news_qa_widget", None, aged(rng, 100, 500), tier="enterprise")
        servers = net.ip_block(rng, 45899, 2)
        cl = Client("okhttp/4.12.0", w.new_id("dev", "d_"), servers[0], 45899)
        for ts in _volume(w, rng, rng.uniform(300, 700), "vn_day"):
            q = w.prompts.pick(rng, "nq")
            ask(w, rng, a, ts, f"Độc giả hỏi: {q}" if rng.random() < 0.5 else q, cl, cmean=90, system=sys_,
                ip=rng.choice(servers), model="song-3-mini")


def bus_support_bot(w: World, n: int) -> None:
    """A coach company's support bot in the Tết ticket rush."""
    rng = w.rng("pop/bus_support_bot")
    sys_ = "Bạn là nhân viên CSKH nhà xe Phương Nam. Trả lời lịch sự, ngắn gọn; chuyển tổng đài khi cần hoàn tiền."
    for _ in range(n):
        a = w.account(rng, "bus_support_bot", None, aged(rng, 200, 800), tier="enterprise")
        cl = Client("Go-http-client/2.0", w.new_id("dev", "d_"), net.ip_in(rng, 38732), 38732)
        for ts in _volume(w, rng, rng.uniform(400, 900), "vn_day"):
            q = rng.choice(SUPPORT_Q)
            if rng.random() < 0.5:
                q += f" Mã vé PN{rng.randint(100000, 999999)}."
            ask(w, rng, a, ts, q, cl, cmean=110, system=sys_, model="song-3-mini")
