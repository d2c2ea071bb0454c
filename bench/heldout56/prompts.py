"""Prompt text: the shared corpora (read-only, see /work/shared/data/prompts/SOURCES.md) plus
Spanish / Quechua / Portuguese phrase banks and wrappers written for the Andes world."""
from __future__ import annotations

import json
import os
import random
import re

DIR = os.environ.get("H56_PROMPTS", "/work/shared/data/prompts")
MAXLEN = 6000
_CACHE: dict[str, list[str]] = {}
FILES = {"arena": "benign_arena_hard_prompts", "awesome": "benign_awesome_chatgpt_prompts",
         "nq": "benign_nq_open_questions", "seed": "benign_self_instruct_seed_tasks",
         "user": "benign_self_instruct_user_oriented", "gsm8k": "task_gsm8k", "humaneval": "task_humaneval",
         "math": "task_math", "mbpp": "task_mbpp", "svamp": "task_svamp"}


def corpus(name: str) -> list[str]:
    if name not in _CACHE:
        with open(os.path.join(DIR, FILES[name] + ".jsonl"), encoding="utf-8") as f:
            _CACHE[name] = [json.loads(line)["text"][:MAXLEN] for line in f if line.strip()]
    return _CACHE[name]


def pick(rng: random.Random, name: str) -> str:
    c = corpus(name)
    return c[rng.randrange(len(c))]


def chat_en(rng: random.Random) -> str:
    return pick(rng, rng.choices(["arena", "awesome", "seed", "user"], [5, 2, 1, 2])[0])


# ---- Spanish everyday chat: template x slots ------------------------------------------------
ES_T = [
    "¿Cómo hago para {tramite}? Soy de {ciudad} y no entiendo los requisitos.",
    "Redáctame un correo formal para {destinatario} pidiendo {pedido}.",
    "Dame una receta de {plato} para {n} personas, con ingredientes que se consigan en {ciudad}.",
    "Explícame {concepto} como si tuviera 12 años.",
    "Resume este texto en 3 puntos: {texto}",
    "¿Qué me recomiendas visitar en {lugar} durante {fecha}?",
    "Corrige la ortografía: {texto}",
    "Escribe un post de Instagram para mi {negocio} en {ciudad}, tono {tono}.",
    "¿Cuál es la diferencia entre {a} y {b}?",
    "Necesito un plan de estudio de {materia} para {plazo}.",
    "Hazme una lista de ideas para {evento}.",
    "¿Es verdad que {rumor}?",
    "Ayúdame a responder a mi jefe que {situacion}, sin sonar grosero.",
    "Traduce al inglés: {texto}",
    "Qué significa '{palabra}' en jerga {pais}?",
    "arma un presupuesto mensual con un sueldo de {sueldo}",
    "Escribe un cuento corto sobre {tema} para niños.",
    "Mi {aparato} no {falla}, ¿qué puedo revisar antes de llevarlo al técnico?",
    "como calculo {calculo}",
    "Compárame {a} vs {b} para alguien que vive en {ciudad}.",
]
ES_S = {
    "tramite": ["sacar el RUC en SUNAT", "renovar el pasaporte", "inscribirme al Saber 11", "sacar la Clave Única",
                "apostillar mi título", "pedir el bono de invierno", "sacar el RUT en la DIAN", "inscribirme al SISBEN",
                "tramitar el SOAT", "inscribirme en la PAES de invierno", "pedir la devolución del IGV",
                "registrar mi emprendimiento en el SRI", "sacar el certificado de antecedentes"],
    "ciudad": ["Lima", "Bogotá", "Medellín", "Cali", "Quito", "Guayaquil", "Cusco", "Arequipa", "Santiago",
               "Valparaíso", "Concepción", "La Paz", "El Alto", "Santa Cruz", "Cochabamba", "Barranquilla",
               "Trujillo", "Piura", "Cuenca", "Antofagasta", "Bucaramanga", "Huancayo"],
    "destinatario": ["mi casero", "la municipalidad", "el colegio de mi hijo", "un cliente que no paga",
                     "Recursos Humanos", "la EPS", "mi profesor de tesis", "el banco"],
    "pedido": ["una prórroga", "una reunión", "el reembolso de un cobro doble", "una carta de recomendación",
               "cambiar la fecha de entrega", "información sobre becas"],
    "plato": ["ajiaco", "lomo saltado", "encebollado", "pastel de choclo", "salteñas", "bandeja paisa", "ceviche",
              "humitas", "locro de papa", "sopa de maní", "arepas", "causa limeña", "chicha morada", "sancocho"],
    "n": ["2", "4", "6", "10", "15"],
    "concepto": ["la inflación", "la fotosíntesis", "el blockchain", "cómo funciona un modelo de lenguaje",
                 "la tasa de interés efectiva anual", "el fenómeno El Niño", "la AFP", "el ciclo del agua",
                 "qué es una derivada", "la ley de Ohm", "el IGV", "los glaciares tropicales"],
    "texto": ["el informe de ventas del trimestre cayó por la temporada de lluvias y la subida del dólar",
              "ola, kiero saber si mañana ai clases o no xq esta lloviendo mucho",
              "La reunión se posterga para el lunes festivo debido al puente; se enviará nueva convocatoria",
              "el proyecto de riego en la comunidad necesita apoyo técnico y financiamiento del gobierno regional",
              "hola profe le escribo para decirle que no pude subir la tarea al aula virtual"],
    "lugar": ["Cusco", "el Valle Sagrado", "San Pedro de Atacama", "Cartagena", "Galápagos", "el Salar de Uyuni",
              "Mancora", "Baños", "el Eje Cafetero", "Valparaíso", "Huacachina", "el lago Titicaca"],
    "fecha": ["el Inti Raymi", "el puente festivo", "las vacaciones de invierno", "fiestas patrias", "julio"],
    "negocio": ["cafetería", "barbería", "tienda de ropa", "pollería", "ferretería", "veterinaria", "panadería"],
    "tono": ["divertido", "profesional", "cercano", "juvenil"],
    "a": ["Yape", "Nequi", "una cuenta de ahorro", "un crédito hipotecario", "Python", "Excel", "el iPhone 16"],
    "b": ["Plin", "Daviplata", "un depósito a plazo", "un leasing", "JavaScript", "Google Sheets", "un Galaxy S25"],
    "materia": ["álgebra", "química", "historia del Perú", "inglés", "física", "razonamiento matemático",
                "comprensión lectora", "estadística"],
    "plazo": ["dos semanas", "un mes", "el examen de admisión", "el parcial del lunes"],
    "evento": ["un cumpleaños infantil", "una pollada pro fondos", "el día del padre", "una despedida de soltera",
               "la fiesta de promoción", "una parrillada"],
    "rumor": ["va a subir el pasaje del Transmilenio", "el agua de Lima tiene plomo", "el Inti Raymi se cancela",
              "la ley de retiro de AFP fue aprobada", "condor-3 ya salió"],
    "situacion": ["no puedo quedarme después de hora", "el proyecto se va a atrasar", "me debe horas extra"],
    "palabra": ["bacán", "chévere", "parce", "pata", "cachai", "chamba", "al toque", "qué nota", "ñaño"],
    "pais": ["peruana", "colombiana", "chilena", "ecuatoriana", "boliviana"],
    "sueldo": ["1 300 000 pesos", "S/ 1 500", "S/ 2 800", "$ 470 dólares", "Bs 3 000", "600 mil pesos chilenos"],
    "tema": ["un cóndor que no sabía volar", "una llama astronauta", "el colibrí y la lluvia", "un cuy detective"],
    "aparato": ["celular", "laptop", "refrigeradora", "router", "moto"],
    "falla": ["carga", "prende", "enfría", "agarra señal", "arranca"],
    "calculo": ["mi CTS", "la gratificación de julio", "las cesantías", "el finiquito", "el interés de mi tarjeta",
                "cuánto pago de renta de cuarta", "la prima de servicios"],
}
_SLOT = re.compile(r"\{(\w+)\}")


def chat_es(rng: random.Random) -> str:
    t = rng.choice(ES_T)
    s = _SLOT.sub(lambda m: rng.choice(ES_S[m.group(1)]), t)
    if rng.random() < 0.25:
        s = s.lower().replace("¿", "")
    if rng.random() < 0.1:
        s = rng.choice(["hola! ", "buenas, ", "oye ", "porfa ", "una consulta: "]) + s
    return s


QU = ["Imaynallam kashanki? Yanapawankimanchu kay qillqata castellanoman t'ikraypi:",
      "Allinllachu. Runasimipi willaway: ", "Kay rimayta runasimiman t'ikray: ",
      "Ñuqaqa Qusqumanta kani. Willaway imatataq Inti Raymi", "Sumaq p'unchay. Yachachiway kayta: "]
PT = ["Pode me explicar passo a passo: ", "Traduza para o espanhol: ", "Me ajuda com essa questão: ",
      "Resuma em português: "]

# ---- wrappers ---------------------------------------------------------------------------------
STUDENT = ["Ayúdame con este problema, explícame paso a paso: {q}", "no entiendo este ejercicio {q}",
           "{q}\n\nme puedes explicar cómo se resuelve?", "Resuelve y explica: {q}",
           "profe IA, cómo sale este? {q}", "{q}", "Explícame el procedimiento de este problema del simulacro: {q}",
           "Tengo examen mañana. {q} ¿Cuál es la respuesta y por qué?"]
EVAL = ["Question: {q}\nLet's think step by step. At the end, write 'The answer is: <answer>'.",
        "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
        "Solve the following problem. {q}\nAnswer:", "Complete the following Python function.\n\n{q}"]


def numbers_shift(rng: random.Random, q: str) -> str:
    """Perturb the numbers of a word problem (paraphrase-style harvesting)."""
    return re.sub(r"\d+", lambda m: str(max(2, int(m.group()) + rng.randint(-3, 9))) if len(m.group()) < 6 else m.group(), q)


SYN = [("Resuelve", ["Resuelve", "Soluciona", "Desarrolla", "Trabaja", "Calcula"]),
       ("explica", ["explica", "detalla", "justifica", "argumenta", "desglosa"]),
       ("paso a paso", ["paso a paso", "en detalle", "con cada paso", "sin saltarte pasos", "de forma ordenada"])]


def paraphrase_es(rng: random.Random, s: str) -> str:
    for w, alts in SYN:
        s = s.replace(w, rng.choice(alts))
    return s


def est_tokens(text: str | None, rng: random.Random) -> int:
    if not text:
        return 0
    return max(1, int(len(text) / rng.uniform(3.3, 4.2)))
