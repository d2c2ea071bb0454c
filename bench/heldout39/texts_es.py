"""What Spanish and Catalan students type: PAU/selectividad re-sits
(convocatoria extraordinaria) and university students on campus (end of the
exam period, TFG/TFM deadlines). Like the Italian ones, a few study prompts
travel between phones verbatim (TIKTOK_ES), including step-by-step ones."""
from __future__ import annotations

import random

from .tasks import MATH_TOPICS, TOPICS_ES, exercise

TIKTOK_ES = [
    "Actúa como mi profesor particular de {materia} y explícame {tema} como si tuviera 12 años, con ejemplos, y luego ponme 3 preguntas tipo test.",
    "Explícame paso a paso cómo se resuelve este ejercicio de selectividad, sin saltarte ningún paso, como si me lo fueran a preguntar en el examen: {ej}",
    "Hazme un esquema de {tema} para estudiar en 15 minutos, con las fechas y los conceptos clave en negrita.",
    "Escribe un comentario de texto de {tema} con tema, estructura, tesis y valoración crítica, nivel segundo de bachillerato.",
]
TIKTOK_CA = [
    "Fes de professor particular de {materia} i explica'm {tema} com si tingués 12 anys, amb exemples, i després fes-me 3 preguntes tipus test.",
    "Explica'm pas a pas com es resol aquest exercici de selectivitat, sense saltar-te cap pas: {ej}",
]
MATERIAS = {"Matemáticas II": ["las matrices", "los determinantes", "la integral definida", "la regla de Cramer", "el teorema de Bolzano"],
            "Historia de España": TOPICS_ES[:8], "Lengua": ["la Generación del 27", "el modernismo", "la novela de posguerra", "Lorca y el teatro"],
            "Química": ["el equilibrio químico", "los ácidos y bases", "la electroquímica", "la cinética"],
            "Física": ["el campo gravitatorio", "la inducción electromagnética", "el efecto fotoeléctrico", "las ondas"],
            "Biología": ["la meiosis", "el ciclo de Krebs", "la replicación del ADN", "el sistema inmune"],
            "Filosofía": ["Platón", "Descartes", "Kant", "Nietzsche", "Ortega y Gasset"]}
ES_TOPICS = ["funzione", "integrale", "sistema", "urna", "binomiale", "tangente", "limite"]
PHYS = ["lancio", "rc", "induzione", "fotoelettrico", "ph"]


def casual_es(rng: random.Random, s: str) -> str:
    if rng.random() < 0.45:
        s = s.lower()
    if rng.random() < 0.35:
        s = s.translate(str.maketrans("áéíóú", "aeiou")).replace("¿", "")
    if rng.random() < 0.2:
        s = s.replace("por qué", "xq").replace("porque", "xq").replace("que ", "q ")
    if rng.random() < 0.2:
        s = s.rstrip(".?") + rng.choice([" porfa", " xfa", " gracias!!", " 🙏", " es urgente"])
    return s


def tiktok_es(rng: random.Random, lang: str = "es", which: int | None = None) -> str:
    bank = TIKTOK_CA if lang == "ca" else TIKTOK_ES
    i = which if which is not None else rng.randrange(len(bank))
    m = rng.choice(list(MATERIAS))
    ej = exercise(rng, rng.choice(ES_TOPICS + PHYS), lang)
    return bank[i % len(bank)].format(materia=m, tema=rng.choice(MATERIAS[m]), ej=ej)


def pau(rng: random.Random, lang: str) -> tuple[str, str]:
    """A student re-sitting the PAU (late June / early July)."""
    if rng.random() < 0.2:
        p = tiktok_es(rng, lang)
        return p, "math" if ("paso a paso" in p or "pas a pas" in p) else "list"
    m = rng.choice(list(MATERIAS))
    t = rng.choice(MATERIAS[m])
    if lang == "ca":
        opts = [(f"fes-me un resum de {t} per a la selectivitat", "summary"), (exercise(rng, rng.choice(ES_TOPICS), "ca"), "math"),
                (f"quines preguntes solen sortir de {t}?", "list"), ("com puc pujar nota a l'extraordinària?", "chat")]
    else:
        opts = [(f"hazme un resumen de {t} para la PAU", "summary"), (exercise(rng, rng.choice(ES_TOPICS + PHYS), "es"), "math"),
                (f"resuélveme este ejercicio de selectividad: {exercise(rng, rng.choice(ES_TOPICS), 'es')}", "math"),
                (f"qué suele caer de {t} en la extraordinaria?", "list"), (f"explícame {t} fácil", "chat"),
                (f"redacta el tema de historia: {rng.choice(TOPICS_ES)}", "essay"),
                ("cuánto necesito sacar en la PAU para entrar en Medicina si tengo un 8,9 de bachillerato?", "chat"),
                ("Write an opinion essay about social media and teenagers, 150 words, B2 level", "essay")]
    p, k = rng.choice(opts)
    return casual_es(rng, p), k


def uni_es(rng: random.Random, lang: str, corpus) -> tuple[str, str]:
    tema = rng.choice(["la economía circular en el sector textil", "el impacto del turismo en Barcelona", "redes neuronales para detección de fraude",
                       "la despoblación rural en Teruel", "la accesibilidad web", "el bilingüismo en Valencia", "energía solar en comunidades"])
    if lang == "ca":
        opts = [(f"Ajuda'm a redactar la introducció del meu TFG sobre {tema}", "essay"),
                (f"corregeix-me aquest paràgraf: El present treball analitza {tema} des d'una perspectiva interdisciplinària.", "rewrite"),
                ("com s'interpreta un p-valor de 0,03 en una prova t?", "chat"), (exercise(rng, rng.choice(MATH_TOPICS), "ca"), "math")]
    else:
        opts = [(f"Ayúdame a redactar la introducción de mi TFG sobre {tema}", "essay"),
                (f"corrígeme el estilo de este párrafo: El presente trabajo analiza {tema} desde una perspectiva interdisciplinar, atendiendo a la literatura reciente.", "rewrite"),
                ("cómo interpreto un p-valor de 0,03 en un t-test?", "chat"),
                (f"tengo este error en Python y no sé por qué: KeyError: '{rng.choice(['fecha', 'id', 'precio', 'user'])}' al hacer df.groupby", "code"),
                (f"hazme 10 preguntas tipo test de {rng.choice(['Macroeconomía', 'Derecho Civil', 'Bioquímica', 'Estadística', 'Algoritmia'])} para el examen de mañana", "quiz"),
                (f"¿qué metodología uso para un TFM sobre {tema}?", "list"),
                (corpus.pick(rng, "arena_code"), "code"),
                (corpus.pick(rng, "instr"), "chat")]
    p, k = rng.choice(opts)
    return (casual_es(rng, p) if rng.random() < 0.3 and k not in ("code",) else p), k
