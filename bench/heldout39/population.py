"""Shared machinery for populations and campaigns: the build context, the
usual connections of a person, model choice, and the loop that turns human
sessions into events (multi-turn chats carry their history in prompt_tokens)."""
from __future__ import annotations

import random
from typing import Callable

from .clients import Account, Client, Registry
from .corpus import Corpus
from .emit import Sink, ntok
from .networks import Home, Mixed, Mobile, pick_net
from .world import EP_APP, EP_RESP, M_MINI, M_NEW, M_PRO, M_STD, World, local_day_hour


class Ctx:
    def __init__(self, world: World, corpus: Corpus):
        self.world, self.corpus = world, corpus
        self.sink = Sink(world)
        self.reg = Registry(world)

    def rng(self, *parts) -> random.Random:
        return self.world.rng(*parts)


def person_conn(rng: random.Random, world: World, cc: str, tz: int, home_share: float = 0.55):
    """Home Wi-Fi in the evening and at night, mobile data otherwise."""
    home = Home(rng, pick_net(rng, cc, "broadband"), world.start, world.end)
    mob = Mobile(rng, pick_net(rng, cc, "mobile"))

    def choose(r, ts):
        h = local_day_hour(ts, tz)[1]
        p = 0.85 if (h >= 20 or h < 8) else home_share
        return home if r.random() < p else mob
    return Mixed(choose), home, mob


def consumer_model(rng: random.Random, world: World, ts: int, paid: bool, new_pull: float = 0.55) -> str:
    """The app's model picker: levante-3 appears at the launch and pulls
    users over in the following hours."""
    if world.after_launch(ts):
        if rng.random() < new_pull * (1.0 if paid else 0.35):
            return M_NEW
    if paid:
        return M_PRO if rng.random() < 0.15 else M_STD
    return M_MINI


PromptFn = Callable[[random.Random, int], tuple[str, str]]


def run_chat(ctx: Ctx, rng: random.Random, acct: Account, client: Client, conn, sessions: list[list[int]],
             prompt_fn: PromptFn, *, lang: str = "it", followup_fn=None, p_follow: float = 0.3,
             endpoint: str | None = None, model_fn=None, system: str | None = None, key_fn=None, p429: float = 0.004) -> int:
    """Emit human chat sessions. A follow-up continues the conversation (the
    app resends history, so prompt_tokens grows); otherwise a new chat starts."""
    world = ctx.world
    paid = acct.payment is not None
    ep = endpoint or (EP_APP if client.kind == "app" else EP_RESP)
    n = 0
    for sess in sessions:
        addr = conn.addr(rng, sess[0])
        history = 0
        model = model_fn(rng, sess[0]) if model_fn else consumer_model(rng, world, sess[0], paid)
        for i, ts in enumerate(sess):
            if i and followup_fn and rng.random() < p_follow:
                prompt, kind = followup_fn(rng, lang), "chat"
            else:
                prompt, kind = prompt_fn(rng, ts)
                history = 0
            key = key_fn(rng) if key_fn else None
            before = len(ctx.sink.rows)
            if ctx.sink.emit(rng, acct, ts, client, addr, model=model, endpoint=ep, prompt=prompt, kind=kind,
                             system=system, history=history, key=key, p429=p429):
                n += 1
                rec = ctx.sink.rows[before][2]
                history += ntok(prompt) + rec["completion_tokens"]
    return n


def activity(rng: random.Random, median: float, sigma: float = 0.8) -> float:
    """Per-account activity multiplier: a few people use the service a lot."""
    return median * rng.lognormvariate(0, sigma)


def lang_of(rng: random.Random, cc: str) -> str:
    table = {"IT": [("it", .93), ("en", .07)], "ES": [("es", .78), ("ca", .14), ("en", .08)],
             "PT": [("pt", .92), ("en", .08)], "GR": [("el", .8), ("en", .2)]}[cc]
    x, acc = rng.random(), 0.0
    for l, w in table:
        acc += w
        if x < acc:
            return l
    return table[-1][0]
