"""Benign populations, part 2: businesses and developers, the hard legitimate look-alikes."""
from __future__ import annotations

from . import engine as E
from . import prompts as P
from . import world as W
from .pops_benign import CL, CO, ECBO, PE, mixed_chat

TUTOR_SYS = ("Eres Profe Inti, tutor virtual de matemática de la plataforma Yachay para estudiantes de secundaria "
             "del Perú, Bolivia y Ecuador. Responde siempre en español sencillo. Explica paso a paso, muestra cada "
             "operación, verifica el resultado al final y propone un ejercicio parecido. No des solo la respuesta. "
             "Si el estudiante escribe en quechua, responde en quechua y en español.")
BANK_SYS = ("Eres Lúcuma, la asistente de la billetera digital Chaski. Respondes dudas sobre transferencias, "
            "recargas, límites y seguridad. Nunca pidas la clave ni el código OTP. Tono amable y breve.")
BPO_SYS = ("Eres un asistente para agentes de atención al cliente. Resume la llamada en 5 viñetas, indica el "
           "motivo, el estado de ánimo del cliente y la siguiente acción. Usa el formato CRM: MOTIVO|RESUMEN|ACCION.")
GOV_SYS = ("Eres el asistente oficial de orientación ciudadana. Responde solo sobre trámites del Estado, con "
           "enlaces oficiales y requisitos vigentes a junio de 2027. Si no sabes, deriva al canal de atención.")
AGENT_SYS = ["You are Cline, a highly skilled software engineer with extensive knowledge in many programming "
             "languages, frameworks, design patterns, and best practices. You have access to tools: read_file, "
             "write_to_file, replace_in_file, execute_command, search_files. Use one tool per message.",
             "You are an autonomous coding agent. Think about the task, then call exactly one tool. Available tools: "
             "bash, str_replace_editor, finish. Always run the tests before calling finish.",
             "Eres un agente de programación. Trabajas en el repositorio del usuario. Herramientas: leer_archivo, "
             "editar_archivo, ejecutar. Responde en español y explica brevemente cada cambio."]
RESELLER_ORG = "llamagate"
WA_BIZ = ["Pollería El Chalán", "Ferretería Don Lucho", "Clínica Dental Sonrisas", "Hostal Qori Wasi",
          "Minimarket La Esquina", "Taller Mecánico Hnos. Quispe", "Pastelería Dulce Valle", "Óptica Visión Andina"]
CALL = ["cliente reclama cobro doble en su recibo de {x}", "cliente quiere portar su línea a {x}",
        "cliente pide reprogramar la entrega de su pedido de {x}", "cliente no recibe señal en {x} desde el lunes",
        "cliente solicita baja del plan por mudanza a {x}", "cliente pregunta por la promoción del Inti Raymi en {x}"]


def call_text(rng):
    x = rng.choice(P.ES_S["ciudad"])
    turns = [rng.choice(CALL).format(x=x)] + [P.chat_es(rng) for _ in range(rng.randint(1, 3))]
    return "Transcripción:\n" + "\n".join(("Cliente: " if j % 2 == 0 else "Agente: ") + s for j, s in enumerate(turns))


def fixed_org(seed, name, n, nets, sysp, per_day, prof, contentf, k_ips=6, ct=300, ip="pool", pay_k=1):
    rng0 = W.rng_for(seed, name, "setup")
    pool, org, pay = E.ip_pool(rng0, nets[0], k_ips), "org_" + W.hid(seed, name, "org"), E.pay_pool(seed, name, pay_k)

    def make(rng, i):
        a = E.ident(rng, seed, name, i, nets, ip=ip, pool=pool, org=org, pay=pay, ua_kind="sdk", keys=2,
                    dev=E.dev_pool(rng0, 2))
        a["rate"] = W.lognorm(rng, per_day, 0.4)
        return a

    def sched(rng, a):
        return [t for t in E.sessions(rng, a, a["rate"], 1.2, 5, prof)]

    def content(rng, a, k, t):
        return {"prompt": contentf(rng), "system": sysp(rng) if callable(sysp) else sysp, "ct": ct,
                "model": E.model_at(rng, t, 0.25, 0.0) if t > W.LAUNCH_MS + 6 * 3_600_000 else W.MODELS_OLD[0]}
    return E.spec(name, n, make, sched, content)


def eval_teams(seed):
    benches = ["gsm8k", "math", "humaneval", "mbpp", "svamp"]

    def make(rng, i):
        a = E.ident(rng, seed, "b_eval_teams", i, rng.choice([["aws_sa"], ["gcp_scl"], ["reuna_cl"], ["hetzner"]]),
                    ip="cloud", ua_kind="sdk", org="org_" + W.hid(seed, "evalorg", i % 9), keys=3)
        a["bench"], a["wrap"] = rng.sample(benches, 2), rng.choice(P.EVAL)
        a["start"] = W.LAUNCH_MS + int(W.lognorm(rng, 8, 0.8) * 3_600_000)
        a["n"] = rng.randint(250, 1100)
        return a

    def sched(rng, a):
        return E.burst(rng, a["start"], 0, a["n"], gap_s=rng.choice([2.5, 6, 14])) if a["start"] < E.END_MS else []

    def content(rng, a, k, t):
        b = a["bench"][0] if k < a["n"] // 2 else a["bench"][1]
        c = P.corpus(b)
        return {"prompt": a["wrap"].format(q=c[k % len(c)]), "model": W.MODEL_NEW if k % 3 else W.MODEL_NEW_R,
                "endpoint": "/v1/batch" if k % 2 else "/v1/chat/completions", "ct": 650}
    return E.spec("b_eval_teams", 14, make, sched, content)


def dev_agents(seed):
    def make(rng, i):
        nets = rng.choice([CO, PE, CL, ["aws_sa"], ["digitalocean"]])
        a = E.ident(rng, seed, "b_dev_agents", i, nets, ip="cloud" if len(nets) == 1 else "home",
                    ua_fixed=rng.choice(["cline/3.%d" % rng.randint(1, 9), "aider/0.9%d" % rng.randint(0, 9),
                                         "andes-agent-cli/1.%d" % rng.randint(0, 4)]))
        a["sys"], a["rate"] = rng.choice(AGENT_SYS), W.lognorm(rng, 30, 0.7)
        return a

    def content(rng, a, k, t):
        if k % 6 == 0:
            p = P.pick(rng, rng.choice(["arena", "mbpp", "humaneval"]))
        else:
            p = rng.choice(["Tool result (execute_command): ", "<tool_result name=\"read_file\">", "Observation: "]) + \
                rng.choice(["1 failed, 23 passed", "Traceback (most recent call last): KeyError: 'id'",
                            "def main():\n    app.run(port=%d)" % rng.randint(3000, 9000), "OK", "npm ERR! missing script"])
        return {"prompt": p, "system": a["sys"], "model": E.model_at(rng, t, 0.5, 0.2), "ct": 420}
    return E.spec("b_dev_agents", 420, make, lambda r, a: E.sessions(r, a, a["rate"], 12, 8, W.OFFICE), content)


def resellers(seed):
    def make(rng, i):
        return E.ident(rng, seed, "b_resellers", i, [rng.choice(["aws_sa", "hetzner", "ovh", "vultr"])], ip="cloud",
                       ua_kind="sdk", keys=8)

    def content(rng, a, k, t):
        r = rng.random()
        p = (P.chat_es(rng) if r < 0.4 else P.chat_en(rng) if r < 0.65 else P.pick(rng, "nq") if r < 0.75
             else P.pick(rng, rng.choice(["gsm8k", "math", "mbpp", "humaneval"])))
        return {"prompt": p, "model": E.model_at(rng, t, 0.5, 0.1), "ct": 380}
    return E.spec("b_resellers", 6, make, lambda r, a: E.sessions(r, a, 1500, 1, 1), content)


def reseller_subs(seed, name="b_reseller_subs", n=150, contentf=None, campaign=None):
    rng0 = W.rng_for(seed, RESELLER_ORG)
    pool, pay = E.ip_pool(rng0, "digitalocean", 5), E.pay_pool(seed, RESELLER_ORG, 1)
    wrap = "[LlamaGate] Usuario final #{u}. Responde en el idioma del usuario.\n"

    def make(rng, i):
        a = E.ident(rng, seed, name, i, ["digitalocean"], ip="pool", pool=pool, org="org_" + W.hid(seed, RESELLER_ORG),
                    pay=pay, ua_fixed="llamagate-proxy/4.2", dev=E.dev_pool(rng0, 3))
        a["u"], a["rate"] = rng.randint(10000, 99999), W.lognorm(rng, 20, 0.5)
        return a

    def content(rng, a, k, t):
        c = contentf(rng, a, k, t) if contentf else mixed_chat(rng, a, k, t, 0.6)
        c["system"] = wrap.format(u=a["u"]) + (c.get("system") or "")
        return c
    return E.spec(name, n, make, lambda r, a: E.sessions(r, a, a["rate"], 3, 30), content, campaign)


def translators(seed):
    def make(rng, i):
        return E.ident(rng, seed, "b_translators", i, rng.choice([CO, PE, CL]), ua_kind="browser", keys=2)

    def content(rng, a, k, t):
        src = P.chat_en(rng)[:1500] if rng.random() < 0.6 else P.chat_es(rng)
        return {"prompt": "Traduce al %s el siguiente texto, conserva el formato:\n%s" % (
            rng.choice(["español", "inglés", "portugués", "español neutro"]), src), "model": E.model_at(rng, t), "ct": 400}
    return E.spec("b_translators", 60, make, lambda r, a: E.sessions(r, a, 60, 8, 40, W.OFFICE), content)


def survey_coding(seed):
    cats = "A) económico B) salud C) educación D) seguridad E) otro"

    def f(rng):
        return ("Clasifica la siguiente respuesta abierta de la encuesta en una categoría (" + cats +
                "). Devuelve solo la letra.\nRespuesta: " + P.chat_es(rng))
    return fixed_org(seed, "b_survey_coding", 6, ["pucp_pe"], None, 800, W.FLAT, f, 2, 5)


def smoke_tests(seed):
    def make(rng, i):
        a = E.ident(rng, seed, "b_smoke_tests", i, [rng.choice(["aws_sa", "gcp_scl", "azure_cl", "oracle_bog"])],
                    ip="cloud", ua_kind="sdk")
        a["period"] = rng.choice([60, 120, 300, 300, 600])
        return a

    def content(rng, a, k, t):
        return {"prompt": rng.choice(["ping", "Responde solo: OK", "healthcheck: di hola"]), "ct": 3,
                "model": rng.choice(W.MODELS_OLD + ([W.MODEL_NEW] if t > W.LAUNCH_MS else []))}
    return E.spec("b_smoke_tests", 12, make, lambda r, a: E.cron(r, a["period"], 1.0), content)


def whatsapp(seed):
    rng0 = W.rng_for(seed, "wa-bsp")
    pool = E.ip_pool(rng0, "aws_sa", 8)

    def make(rng, i):
        a = E.ident(rng, seed, "b_whatsapp_smb", i, ["aws_sa"], ip="pool", pool=pool, ua_fixed="wa-bsp-bridge/2.1")
        a["sys"] = "Eres el asistente de WhatsApp de %s (%s). Atiende pedidos, horarios y precios. Sé breve." % (
            rng.choice(WA_BIZ), rng.choice(P.ES_S["ciudad"]))
        a["rate"] = W.lognorm(rng, 60, 0.8)
        return a

    def content(rng, a, k, t):
        p = rng.choice(["hola", "a qué hora abren?", "precio?", "tienen delivery a ", "quiero hacer un pedido de "]) + \
            (rng.choice(P.ES_S["plato"]) if rng.random() < 0.5 else "")
        return {"prompt": p, "system": a["sys"], "model": "condor-2-mini", "ct": 60}
    return E.spec("b_whatsapp_smb", 110, make, lambda r, a: E.sessions(r, a, a["rate"], 3, 20), content)


def agency_card(seed):
    pay = E.pay_pool(seed, "agencia-card", 1)

    def make(rng, i):
        return E.ident(rng, seed, "b_agency_card", i, rng.choice([CO, PE]), pay=pay,
                       org="org_" + W.hid(seed, "agencia"), ua_kind="browser")

    def content(rng, a, k, t):
        return {"prompt": "Escribe 3 variantes de copy para " + P.chat_es(rng), "model": E.model_at(rng, t), "ct": 300}
    return E.spec("b_agency_card", 40, make, lambda r, a: E.sessions(r, a, 25, 5, 60, W.OFFICE), content)


def legal_news(seed):
    def make(rng, i):
        return E.ident(rng, seed, "b_legal_news", i, rng.choice([CO, PE, CL, ECBO]), ua_kind="browser")

    def content(rng, a, k, t):
        doc = " ".join(P.chat_es(rng) for _ in range(rng.randint(4, 14)))
        return {"prompt": rng.choice(["Resume este documento legal: ", "Haz un titular y bajada para: ",
                                      "Extrae las fechas y obligaciones de: "]) + doc, "model": E.model_at(rng, t),
                "ct": 350}
    return E.spec("b_legal_news", 150, make, lambda r, a: E.sessions(r, a, 15, 4, 120, W.OFFICE), content)


def build(seed):
    return [fixed_org(seed, "b_tutor_platform", 30, ["aws_sa"], TUTOR_SYS, 480, W.HUMAN,
                      lambda r: r.choice(["", "profe, ", "no entiendo: "]) + P.pick(r, r.choice(["gsm8k", "svamp", "math"])), 6, 520),
            fixed_org(seed, "b_fintech_bot", 4, ["gcp_scl"], BANK_SYS, 2000, W.HUMAN,
                      lambda r: r.choice(["cómo hago una transferencia a ", "me cobraron doble en ", "no me llega el código de ",
                                          "cuál es el límite diario para ", "bloquear tarjeta "]) + r.choice(P.ES_S["a"] + P.ES_S["b"]), 4, 90),
            fixed_org(seed, "b_bpo_bogota", 90, ["etb"], BPO_SYS, 40, W.OFFICE, call_text, 3, 220),
            fixed_org(seed, "b_bpo_lima", 70, ["movistar_pe"], BPO_SYS, 40, W.OFFICE, call_text, 2, 220),
            fixed_org(seed, "b_gov_bot", 2, ["oracle_bog"], GOV_SYS, 1500, W.HUMAN,
                      lambda r: r.choice(P.ES_T[:1]).format(tramite=r.choice(P.ES_S["tramite"]), ciudad=r.choice(P.ES_S["ciudad"])), 3, 260),
            eval_teams(seed), dev_agents(seed), translators(seed), resellers(seed), reseller_subs(seed), survey_coding(seed),
            smoke_tests(seed), whatsapp(seed), agency_card(seed), legal_news(seed)]
