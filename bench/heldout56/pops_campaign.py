"""Distillation campaigns. Every account stays small (tens of requests a day)."""
from __future__ import annotations

from . import engine as E
from . import prompts as P
from . import world as W
from .pops_benign import CL, CO, PE, cafe_list, mixed_chat
from .pops_business import AGENT_SYS, reseller_subs

COT = ["{q}\n\nMuestra todo tu razonamiento interno, paso a paso, antes de la respuesta final.",
       "Resuelve paso a paso y explica cada decisión: {q}", "Piensa en voz alta y detalla cada paso. {q}",
       "{q}\nExplica el razonamiento completo, incluidos los pasos intermedios que normalmente omitirías.",
       "Actúa como profesor: desarrolla la solución completa con justificación de cada paso.\n{q}",
       "Quiero entender la lógica detrás, no solo el resultado: {q}", "{q} (razona paso a paso, en español)",
       "Dame la solución y luego una explicación detallada de por qué cada paso es correcto: {q}"]
RECON = ["A continuación hay una pregunta y su respuesta final. Reconstruye el razonamiento interno completo que "
         "lleva a esa respuesta y escríbelo paso a paso.\nPregunta: {q}\nRespuesta final: {a}",
         "Pregunta: {q}\nRespuesta: {a}\nArticula el razonamiento que hay detrás de esta respuesta, paso por paso, "
         "como si lo pensaras por primera vez.", "Tengo la respuesta ({a}) pero no el desarrollo. Escribe el "
         "proceso mental completo que llevaría a ella: {q}"]
TAX_Q = ["¿Cómo se calcula {x} si {who} ganó {m} el año pasado?", "si soy {who} y facturé {m}, cuánto pago de {x}?",
         "Explícame con un ejemplo numérico {x} para {who} con ingresos de {m}.",
         "mi contador dice que {x} me sale {m2}, está bien si gané {m}? soy {who}", "{x}: caso de {who} con {m}. Detalla el cálculo.",
         "Diferencia entre {x} y {x2} para {who}", "Paso a paso: {x} de {who} que recibe {m} mensuales"]
TAX_S = {"x": ["la renta de cuarta categoría", "el IGV", "la retención en la fuente", "el impuesto global complementario",
               "el RUS", "el régimen MYPE tributario", "las cesantías", "la CTS", "el IVA", "la boleta de honorarios",
               "el régimen simple de tributación", "la declaración de renta de persona natural", "el ICA"],
         "who": ["trabajador independiente", "freelancer que factura al exterior", "bodeguero", "profesor contratado",
                 "taxista", "médico residente", "pensionista", "youtuber", "transportista", "comerciante de Gamarra"]}
MED = ["¿Qué diagnóstico diferencial considerarías en {p} con {s}? Explica tu razonamiento clínico paso a paso.",
       "{p} con {s} desde hace {d} días. ¿Qué exámenes pedirías y por qué? Razona cada paso.",
       "Dosis de {f} para {p}: calcula y justifica cada paso del cálculo."]
MED_S = {"p": ["un niño de 4 años", "una gestante de 28 semanas", "un adulto mayor diabético", "un minero de altura",
               "una adolescente", "un paciente con VIH", "un lactante de 6 meses"],
         "s": ["fiebre y tos", "dolor abdominal agudo", "cefalea intensa", "disnea en altura", "diarrea con sangre",
               "ictericia", "lesiones en la piel"], "d": ["2", "3", "5", "7", "10"],
         "f": ["amoxicilina", "paracetamol", "ibuprofeno", "metronidazol", "salbutamol", "hierro"]}


def fill(rng, t, slots):
    return P._SLOT.sub(lambda m: rng.choice(slots[m.group(1)]) if m.group(1) in slots
                       else str(rng.choice([1800, 2500, 3500, 4200, 6000, 12000, 38000, 90000]) * rng.randint(1, 12)), t)


def harvest(rng, q=None, wraps=COT):
    q = q or P.pick(rng, rng.choice(["gsm8k", "math", "math", "mbpp", "arena", "humaneval"]))
    return rng.choice(wraps).format(q=q)


def new_model(rng, t):
    return W.MODEL_NEW if t >= W.LAUNCH_MS and rng.random() < 0.7 else (W.MODEL_NEW_R if t >= W.LAUNCH_MS else W.MODELS_OLD[0])


def camp(seed, name, campaign, n, nets, sched, content, ip="home", pool=None, dev="own", pay="own", created=None,
         ua_kind="mix", rate=25.0, setup=None):
    def make(rng, i):
        a = E.ident(rng, seed, name, i, nets, ip=ip, pool=pool, dev=dev, pay=pay, created=created, ua_kind=ua_kind)
        a["rate"], a["i"] = W.lognorm(rng, rate, 0.35), i
        if setup:
            setup(rng, a)
        return a
    return E.spec(name, n, make, sched, content, campaign)


def build(seed):
    r = W.rng_for(seed, "campaign-setup")
    D = W.DAY_MS
    cafes = cafe_list(seed)[:6]
    sp = []
    # 1 hydra: residential IP per request, shared card pool and emulator pool, 40% cover traffic
    sp.append(camp(seed, "c_hydra_mesh", "hydra-llama", 260, W.RESI_ALL,
                   lambda g, a: E.sessions(g, a, a["rate"] * (0.3 if g.random() < 0.5 else 1), 4, 40,
                                           after=W.START_MS + int(g.random() * 20 * 3_600_000)),
                   lambda g, a, k, t: mixed_chat(g, a, k, t, 0.7) if g.random() < 0.4
                   else {"prompt": harvest(g), "model": new_model(g, t), "ct": 900},
                   ip="rotate", dev=E.dev_pool(r, 40), pay=E.pay_pool(seed, "hydra", 18),
                   created=(W.START_MS - 60 * D, W.START_MS - 5 * D), ua_kind="browser"))
    # 2 classic template sweep over MATH from VPS, flat around the clock
    tmpl = "### Instrucción\nResponde como un experto.\n### Problema\n{q}\n### Formato\nRazonamiento completo paso a paso, luego 'Respuesta final:'"
    sp.append(camp(seed, "c_template_sweep", "plantilla-math", 50, ["hetzner", "ovh", "digitalocean"],
                   lambda g, a: E.steady(g, a, 35, after=W.LAUNCH_MS + 3_600_000),
                   lambda g, a, k, t: {"prompt": tmpl.format(q=P.corpus("math")[(a["i"] * 97 + k) % 5000]),
                                       "model": W.MODEL_NEW, "ct": 1100},
                   ip="cloud", ua_kind="sdk", pay=E.pay_pool(seed, "sweep", 3)))
    # 3 paraphrased, no shared wrapper, narrow topic (tax / labour), residential, own cards
    sp.append(camp(seed, "c_paraphrase_tax", "parafrasis-tributaria", 100, CO + PE + CL,
                   lambda g, a: E.sessions(g, a, a["rate"], 3, 70),
                   lambda g, a, k, t: {"prompt": P.paraphrase_es(g, fill(g, g.choice(TAX_Q), dict(TAX_S, x2=TAX_S["x"])))
                                       + g.choice(["", "", " Explica paso a paso.", " Justifica cada paso.", " con detalle"]),
                                       "model": new_model(g, t), "ct": 800},
                   created=(W.START_MS - 300 * D, W.START_MS - 20 * D), rate=20))
    # 4 aged bought accounts, woken up at launch; half via a small Oracle Santiago pool
    ora = E.ip_pool(r, "oracle_scl", 6)
    sp.append(camp(seed, "c_aged_accounts", "cuentas-viejas", 70, CO + PE,
                   lambda g, a: E.sessions(g, a, a["rate"], 6, 35, after=W.LAUNCH_MS + 1_200_000),
                   lambda g, a, k, t: {"prompt": harvest(g), "model": W.MODEL_NEW if k % 4 else W.MODEL_NEW_R, "ct": 1000},
                   ip="pool", pool=ora, created=(W.START_MS - 900 * D, W.START_MS - 400 * D), rate=30,
                   setup=lambda g, a: a.update(ip=W.ip_in(a["net"], g))))
    # 5 slow trickle under per-account limits, code, round the clock from cloud pools
    tr = E.ip_pool(r, "azure_cl", 15) + E.ip_pool(r, "oracle_bog", 15)
    sp.append(camp(seed, "c_slow_trickle", "goteo-codigo", 120, ["azure_cl"],
                   lambda g, a: E.steady(g, a, g.uniform(8, 14)),
                   lambda g, a, k, t: {"prompt": P.pick(g, g.choice(["mbpp", "humaneval"])) +
                                       "\n\nIncluye la solución, una explicación línea por línea y casos de prueba.",
                                       "model": new_model(g, t), "ct": 1200},
                   ip="pool", pool=tr, pay=E.pay_pool(seed, "trickle", 12), ua_kind="sdk", rate=11))
    # 6 launch burst: fresh accounts, VPN exits, a few hours of heavy use right after release
    sp.append(camp(seed, "c_launch_burst", "rafaga-lanzamiento", 80, ["m247", "datacamp"],
                   lambda g, a: E.burst(g, W.LAUNCH_MS + g.randrange(0, 7_200_000), 10_800, g.randint(40, 60)),
                   lambda g, a, k, t: {"prompt": P.chat_en(g) + "\n\nExplain your reasoning in detail.",
                                       "model": W.MODEL_NEW, "ct": 1000},
                   ip="rotate", created=(W.LAUNCH_MS - 3 * 3_600_000, W.LAUNCH_MS), pay=E.pay_pool(seed, "burst", 9)))
    # 7 agentic trajectory harvest: borrowed agent scaffold, systematic task slices, regular cadence
    aw = E.ip_pool(r, "aws_sa", 10)

    def agent(g, a, k, t):
        task = P.corpus("mbpp")[(a["i"] * 13 + k // 8) % 974]
        p = task if k % 8 == 0 else "Tool result (execute_command): " + g.choice(["2 failed, 5 passed", "OK", "AssertionError"])
        return {"prompt": p, "system": AGENT_SYS[a["i"] % 2], "model": W.MODEL_NEW, "ct": 700}
    sp.append(camp(seed, "c_agentic_harvest", "trayectorias-agente", 60, ["aws_sa"],
                   lambda g, a: [t + j * 9000 for t in E.cron(g, 2700, 60) if t > W.LAUNCH_MS and g.random() < 0.2
                                 for j in range(8)], agent, ip="pool", pool=aw, pay=E.pay_pool(seed, "agent", 4),
                   setup=lambda g, a: a.update(ua="cline/3.%d" % g.randint(1, 9))))
    # 8 laundered through the benign reseller (same org, egress, card as its ordinary sub-accounts)
    sp.append(reseller_subs(seed, "c_reseller_laundered", 40, lambda g, a, k, t: {
        "prompt": harvest(g) if g.random() < 0.8 else P.chat_es(g), "model": new_model(g, t), "ct": 900}, "hydra-llama"))
    # 9 chain-of-thought reconstruction from given answers
    sp.append(camp(seed, "c_cot_reconstruct", "razonamiento-inverso", 70, CO + PE,
                   lambda g, a: E.sessions(g, a, a["rate"], 4, 50),
                   lambda g, a, k, t: {"prompt": g.choice(RECON).format(q=P.pick(g, g.choice(["gsm8k", "math"])),
                                                                        a=g.randint(2, 900)), "model": new_model(g, t), "ct": 1300},
                   pay=E.pay_pool(seed, "recon", 7)))
    # 10 mixed cover with synchronised waves every 20 min, medical harvest
    waves = [t for t in E.cron(W.rng_for(seed, "waves"), 1200, 0, 0.3)]
    sp.append(camp(seed, "c_mixed_cover", "cobertura-mixta", 90, ["claro_co", "claro_pe", "entel_cl", "tigo_co"],
                   lambda g, a: [w + g.randrange(0, 90_000) for w in waves if g.random() < a["rate"] / 72],
                   lambda g, a, k, t: mixed_chat(g, a, k, t, 0.7) if g.random() < 0.7
                   else {"prompt": fill(g, g.choice(MED), MED_S), "model": new_model(g, t), "ct": 900}, rate=24))
    # 11 rotating residential proxies + anti-detect: new IP, device and UA on every request
    rot = ["vivo_br"] + W.RESI_ALL

    def resi(g, a, k, t):
        q = P.numbers_shift(g, P.pick(g, g.choice(["gsm8k", "svamp"])))
        return {"prompt": P.paraphrase_es(g, harvest(g, q, P.STUDENT[:4] + COT[:3])), "model": new_model(g, t),
                "ct": 800, "ua": W.ua(g, "browser")}
    sp.append(camp(seed, "c_rotating_resi", "proxy-residencial", 120, rot,
                   lambda g, a: E.sessions(g, a, a["rate"], 2, 60, W.NIGHT_OWL), resi, ip="rotate", dev="rotate",
                   created=(W.START_MS - 200 * D, W.START_MS - 10 * D), rate=22))
    # 12 hiding in internet cafes (same lines and PCs as ordinary customers)

    def cafe(g, a):
        net, ip, devs = cafes[a["i"] % len(cafes)]
        a.update(net=net, ip=ip, dev=g.choice(devs), tz=W.NETS[net][2])
    sp.append(camp(seed, "c_cabina_farm", "cabina-granja", 40, ["movistar_pe"],
                   lambda g, a: E.sessions(g, a, a["rate"], 8, 45, W.OFFICE),
                   lambda g, a, k, t: {"prompt": harvest(g, P.pick(g, "math")), "model": new_model(g, t), "ct": 900}
                   if g.random() < 0.75 else mixed_chat(g, a, k, t), ip="fixed", pay=None, ua_kind="browser",
                   created=(W.START_MS - 120 * D, W.START_MS - 30 * D), rate=30, setup=cafe))
    # 13 multilingual probing: the same item in es / en / pt / qu
    LANG = ["{q}\n\nResponde en español y razona paso a paso.", "{q}\n\nAnswer in English, step by step.",
            "{q}\n\nResponda em português, passo a passo.", "{q}\n\nRunasimipi kutichiy, sapa puriyta willaspa."]
    sp.append(camp(seed, "c_multilingual_probe", "sondeo-multilingue", 40, ["hetzner", "ovh", "vultr"],
                   lambda g, a: E.sessions(g, a, a["rate"], 4, 25),
                   lambda g, a, k, t: {"prompt": LANG[k % 4].format(q=P.corpus("arena")[(a["i"] * 31 + k // 4) % 1550]),
                                       "model": new_model(g, t), "ct": 900}, ip="rotate", rate=30))
    return sp
