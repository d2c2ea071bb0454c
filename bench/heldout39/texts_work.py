"""Prompts of businesses: a legal-tech firm, a call centre, offices, a
marketing agency, a customer-support SaaS with tools, CI code review, a
publisher's batch translation, an edtech app and RAG startups."""
from __future__ import annotations

import json
import random

LEGAL = ["Resume la siguiente sentencia del Tribunal Supremo en 10 líneas, indicando fallo y ratio decidendi: La Sala considera que el arrendador no acreditó la necesidad de la vivienda para uso propio en el plazo legal, por lo que procede desestimar el recurso.",
         "Redacta una cláusula de confidencialidad para un contrato de prestación de servicios entre {a} y {b}, con duración de {n} años.",
         "¿Qué plazo hay para interponer recurso de apelación en un juicio verbal civil?", "Revisa esta cláusula de limitación de responsabilidad y señala riesgos para el cliente: El proveedor no será responsable de daños indirectos ni lucro cesante en ningún caso.",
         "Prepara un índice para un escrito de demanda por incumplimiento contractual de {a}", "Diferencias entre despido objetivo y disciplinario, con jurisprudencia reciente",
         "Traduce al inglés jurídico: La presente escritura se otorga ante el Notario de Madrid en la fecha indicada.",
         "Redacta un burofax reclamando a {a} el pago de {n}.000 euros adeudados por facturas vencidas"]
CLIENTS = ["Construcciones Ribera SL", "Grupo Albaida", "Transportes Duero SA", "Hoteles Mar Menor", "TecnoVerde SL", "Clínica Dental Sonrisa"]


def legal(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(CLIENTS, 2)
    return rng.choice(LEGAL).format(a=a, b=b, n=rng.randint(2, 9)), rng.choice(["summary", "email", "chat", "plan"])


ISSUES = ["un cargo duplicado en la factura", "la portabilidad de su línea móvil", "un router que se desconecta", "el retraso en la instalación de fibra",
          "la baja de un servicio de televisión", "una penalización por permanencia", "el cambio de titular del contrato"]


def callcentre(rng: random.Random) -> tuple[str, str]:
    issue = rng.choice(ISSUES)
    name = rng.choice(["Carmen", "Antonio", "Lucía", "José Manuel", "Rocío", "Francisco", "Ana Belén"])
    opts = [(f"Resume esta llamada en 3 puntos y propone la siguiente acción: Cliente {name} llama por {issue}. Dice que ya llamó dos veces y nadie le solucionó nada. Pide hablar con un supervisor. Se le ofrece abrir incidencia y devolución en la próxima factura.", "summary"),
            (f"Redacta una respuesta amable por email a un cliente que se queja de {issue}, ofreciendo una solución y disculpas", "email"),
            (f"¿Qué le digo a un cliente muy enfadado por {issue} para calmarlo? Dame 3 frases", "list"),
            (f"Traduce al inglés para un cliente extranjero: Su incidencia sobre {issue} ha quedado registrada y le llamaremos en 48 horas.", "chat"),
            (f"Clasifica el motivo de esta llamada en una de estas categorías (facturación, técnica, bajas, comercial): {issue}", "label")]
    return rng.choice(opts)


OFFICE = {"it": ["Scrivi una formula Excel per sommare le vendite per regione se il mese è giugno", "Riscrivi questa mail in tono più professionale: ciao, il report lo mando domani perché oggi il sistema non va",
                 "Prepara l'ordine del giorno per la riunione trimestrale con i fornitori", "Scrivi una query SQL che restituisca i clienti con più di 3 ordini nel 2026",
                 "Riassumi i punti principali del nuovo regolamento europeo sull'IA per il nostro ufficio compliance", "Crea una tabella di confronto tra tre offerte di noleggio auto aziendale"],
          "es": ["Fórmula de Excel para buscar un valor en otra hoja y devolver la fecha", "Reescribe este correo de forma más profesional: oye, el informe va tarde porque falta lo de contabilidad",
                 "Prepárame un guion para presentar los resultados del semestre en 10 minutos", "Consulta SQL para sacar las ventas por comercial en junio",
                 "Resume las novedades del convenio colectivo de oficinas y despachos", "Redacta una política de teletrabajo de una página"],
          "pt": ["Fórmula de Excel para calcular a média de vendas por loja ignorando zeros", "Reescreve este e-mail de forma mais profissional: olá, o relatório vai atrasar porque faltam os dados",
                 "Prepara a agenda de uma reunião com o cliente sobre a migração para a cloud", "Resume as regras do novo regime de faturação eletrónica"]}


def office(rng: random.Random, lang: str) -> tuple[str, str]:
    p = rng.choice(OFFICE[lang])
    return p, "code" if ("SQL" in p or "Excel" in p) else "email" if "mail" in p.lower() or "correo" in p else "plan"


BUSINESS = [("restaurante de marisco", "Cascais"), ("escola de surf", "Ericeira"), ("hotel boutique", "Porto"), ("padaria artesanal", "Braga"),
            ("alojamento local", "Lagos"), ("loja de cerâmica", "Caldas da Rainha"), ("clínica veterinária", "Setúbal"), ("ginásio", "Almada")]


def agency(rng: random.Random, biz: tuple[str, str]) -> tuple[str, str]:
    kind, city = biz
    opts = [(f"Escreve 5 posts de Instagram para um {kind} em {city}, tom descontraído, com hashtags", "list"),
            (f"Cria a descrição para o Google Business de um {kind} em {city}, 750 caracteres", "chat"),
            (f"Responde a esta avaliação negativa no Google de um {kind}: 'Esperámos 40 minutos e ninguém pediu desculpa.'", "email"),
            (f"Write an English version of the website 'About us' page for a {kind} in {city}, Portugal", "chat"),
            (f"Escribe un anuncio en español para turistas de un {kind} en {city}", "chat"),
            (f"Plano de conteúdos para julho para um {kind}: 12 ideias com datas", "plan")]
    return rng.choice(opts)


SUPPORT_SYSTEM = ("Sei l'assistente clienti di {shop}. Rispondi nella lingua del cliente, in modo cortese e conciso. "
                  "Usa gli strumenti per controllare ordini e resi prima di rispondere; non inventare mai lo stato di un ordine. "
                  "Strumenti disponibili: " + json.dumps([
                      {"name": "get_order", "parameters": {"order_id": "string"}},
                      {"name": "track_shipment", "parameters": {"tracking_code": "string"}},
                      {"name": "create_return", "parameters": {"order_id": "string", "reason": "string"}},
                      {"name": "search_faq", "parameters": {"query": "string"}}], ensure_ascii=False))
SHOPS = ["ModaSud", "Casa&Cucina", "ElettroPiù", "Zapatería Luna", "Libraria Atlântico"]
CUSTOMER = {"it": ["Buongiorno, il mio ordine {o} non è ancora arrivato, potete controllare?", "Vorrei fare il reso dell'ordine {o}, la taglia è sbagliata",
                   "Il pacco risulta consegnato ma non l'ho ricevuto", "Posso cambiare l'indirizzo di spedizione dell'ordine {o}?"],
            "es": ["Hola, mi pedido {o} no ha llegado todavía", "Quiero devolver el pedido {o}, llegó roto", "¿Cuándo me devolvéis el dinero del pedido {o}?"],
            "pt": ["Olá, a minha encomenda {o} ainda não chegou", "Quero devolver a encomenda {o}, o tamanho não serve"],
            "ca": ["Hola, la meva comanda {o} encara no ha arribat"]}


def support_turns(rng: random.Random, lang: str) -> list[tuple[str, str]]:
    """One agentic conversation: the customer's message, then the tool results
    the SaaS feeds back, as the gateway sees them (each is one request)."""
    o = f"{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}"
    turns = [(rng.choice(CUSTOMER[lang]).format(o=o), "tool")]
    status = rng.choice(["in_transito", "consegnato", "in_preparazione", "reso_aperto"])
    turns.append((json.dumps({"tool": "get_order", "result": {"order_id": o, "status": status, "carrier": rng.choice(["BRT", "SEUR", "CTT", "GLS"]),
                                                               "tracking": f"{rng.getrandbits(40):010X}", "eta": f"2027-06-{rng.randint(24, 30)}"}}), "tool"))
    if rng.random() < 0.5:
        turns.append((json.dumps({"tool": "track_shipment", "result": {"events": [{"at": "hub", "ts": "2027-06-22T18:04"},
                                                                                 {"at": "out_for_delivery", "ts": "2027-06-23T07:40"}]}}), "tool"))
    turns.append((json.dumps({"tool": "search_faq", "result": {"snippets": ["I resi sono gratuiti entro 30 giorni."]}}), "final"))
    return turns


def diff(rng: random.Random, code: str) -> str:
    lines = code.splitlines()[:30]
    out = [f"diff --git a/src/{rng.choice(['utils', 'core', 'api', 'billing'])}.py b/src/x.py", "@@ -1,%d +1,%d @@" % (len(lines), len(lines) + 2)]
    for ln in lines:
        out.append(("+" if rng.random() < 0.25 else " ") + ln)
    return "\n".join(out)


CI_REVIEW = "Review the following diff. List potential bugs, missing tests and security issues as bullet points. Be concise.\n\n```diff\n{d}\n```"

BOOK = {
    "es": (["La mujer del abrigo gris", "El viejo farero", "Mi abuela", "Aquel verano, el pueblo entero", "El capitán", "Nadie en la casa",
            "El médico del puerto", "La hija menor"],
           ["miraba el mar como quien espera una carta que nunca llega", "guardaba silencio durante horas", "recordaba el olor de las naranjas",
            "decidió marcharse antes del amanecer", "escribía nombres en la arena", "no supo qué responder", "se quedó mirando la puerta abierta"],
           ["y la lluvia seguía cayendo sobre los tejados.", "mientras el tren se alejaba hacia el sur.", "sin que nadie lo advirtiera.",
            "como si el tiempo se hubiera detenido."]),
    "en": (["The old ferryman", "My mother", "The town", "Nobody in the room", "The harbour master"],
           ["kept the letters in a tin box", "walked to the harbour every evening", "never spoke about the war", "counted the boats twice"],
           ["while the bells rang across the valley.", "and the night smelled of salt.", "as if nothing had happened."]),
}


def excerpt(rng: random.Random, n: int) -> str:
    """A paragraph of one book: Spanish novels (most) or English non-fiction."""
    subj, pred, tail = BOOK["en" if rng.random() < 0.3 else "es"]
    return " ".join(f"{rng.choice(subj)} {rng.choice(pred)} {rng.choice(tail)}" for _ in range(n))


PUBLISHER_SYSTEM = "És um tradutor literário profissional. Traduzes para português europeu (norma de Portugal, Acordo Ortográfico de 1990)."
PUBLISHER_T = "Traduz para português europeu o seguinte excerto, mantendo o registo, o ritmo e a pontuação do original. Não acrescentes notas nem comentários.\n\n<<<\n{x}\n>>>"

EDTECH_SYSTEM = ("Sei Studiamo, il tutor della app Studiamo! per studenti delle superiori. Rispondi in italiano (o nella lingua dello studente), "
                 "con tono incoraggiante. Quando lo studente chiede un esercizio, guidalo passo passo e verifica che abbia capito; "
                 "non dare subito la soluzione completa se non la chiede esplicitamente. Se la domanda non riguarda lo studio, riportalo gentilmente al tema. "
                 "Formatta le formule in LaTeX semplice. Non chiedere mai dati personali.")

RAG_DOCS = ["Articolo 3 - Orario di lavoro. L'orario ordinario è fissato in 40 ore settimanali distribuite su cinque giorni.",
            "Cláusula 7. El cliente podrá resolver el contrato con un preaviso de treinta días naturales.",
            "Secção 2.4 - As devoluções são aceites no prazo de 14 dias a contar da data de entrega.",
            "Per attivare la garanzia estesa è necessario registrare il prodotto entro 60 giorni dall'acquisto.",
            "La factura electrónica deberá incluir el NIF del emisor y del destinatario."]


def rag_chunk(rng: random.Random, i: int) -> str:
    return f"[doc {i // 20}:{i % 20}] " + " ".join(rng.choice(RAG_DOCS) for _ in range(rng.randint(2, 6)))
