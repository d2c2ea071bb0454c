"""Builds one seed's world: every population and campaign, in a fixed order
(the order is part of the seed: each draws from its own named RNG)."""
from __future__ import annotations

from . import benign_people as people
from . import benign_students as study
from . import benign_work as work
from . import campaigns_a as ca
from . import campaigns_b as cb
from .corpus import Corpus
from .networks import NETS, Nat
from .population import Ctx
from .world import World

_CORPUS: list[Corpus] = []


def corpus() -> Corpus:
    if not _CORPUS:
        _CORPUS.append(Corpus())
    return _CORPUS[0]


def build_world(seed: int, days: int) -> Ctx:
    ctx = Ctx(World.make(seed, days), corpus())
    torino = Nat(ctx.rng("torino-campus"), NETS["garr"], 3, prefix=0)  # shared by students and the NLP lab server
    # benign: exam season
    study.maturandi(ctx, 1480)
    study.selectividad(ctx, 450)
    study.campus_es(ctx, 450)
    study.campus_it(ctx, torino, 250)
    study.nlp_lab(ctx, torino)
    study.teachers(ctx, 35)
    study.edtech(ctx, 28000)
    study.hackathon(ctx, 70)
    # benign: work
    work.legal_firm(ctx)
    work.callcentre_es(ctx)
    work.offices(ctx)
    work.agency_pt(ctx)
    work.publisher(ctx)
    work.support_saas(ctx)
    house = work.software_house(ctx)
    work.eval_team(ctx)
    work.rag_startups(ctx)
    # benign: people
    people.consumers(ctx, "IT", 560)
    people.consumers(ctx, "ES", 480)
    people.consumers(ctx, "PT", 270)
    people.consumers(ctx, "GR", 150, pop="greek_users")
    people.launch_curious(ctx, 600)
    people.families(ctx, 90)
    people.hobbyists(ctx, 45)
    people.travellers(ctx, 70)
    people.diaspora_users(ctx, 120)
    people.vpn_users(ctx, 80)
    # campaigns
    ca.tramontana(ctx)
    ca.cantiere(ctx)
    ca.ventaglio(ctx)
    ca.mosaico(ctx)
    ca.sombra(ctx)
    ca.eco_campaign(ctx)
    ca.formiga(ctx)
    ca.talpa(ctx, house)
    cb.vettore(ctx)
    cb.alba(ctx)
    cb.rete_campaign(ctx)
    cb.ponte_campaign(ctx)
    cb.marea(ctx)
    cb.lucciola(ctx)
    cb.sciame(ctx)
    return ctx
