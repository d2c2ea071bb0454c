"""Prompt sources: the shared corpora (loaded at run time) plus small Spanish
generators for what the corpora lack (shoppers, customer service, newsrooms)."""
from __future__ import annotations

import random
from pathlib import Path

import orjson

FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl", "user": "benign_self_instruct_user_oriented.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "gsm8k": "task_gsm8k.jsonl", "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl", "svamp": "task_svamp.jsonl",
}


class Corpora:
    def __init__(self, root: str):
        self.by: dict[str, list[str]] = {}
        for name, fn in FILES.items():
            texts = []
            for line in (Path(root) / fn).read_bytes().splitlines():
                if line.strip():
                    t = orjson.loads(line)["text"]
                    if len(t) <= 16000:
                        texts.append(t)
            self.by[name] = texts
        self.chat = self.by["arena"] + self.by["awesome"] + self.by["seed"] + self.by["user"]
        self.short_chat = [t for t in self.chat if len(t) < 1500]

    def pick(self, rng: random.Random, name: str) -> str:
        return rng.choice(self.by[name])

    def chat_prompt(self, rng: random.Random) -> str:
        x = rng.random()
        if x < 0.72:
            return rng.choice(self.short_chat)
        if x < 0.82:
            return rng.choice(self.chat)
        return rng.choice(self.by["nq"])

    def task(self, rng: random.Random, mix: list[tuple[str, float]]) -> tuple[str, str]:
        name = rng.choices([n for n, _ in mix], [w for _, w in mix])[0]
        return name, ("" if name == "chat" else rng.choice(self.by[name]))


def _f(rng: random.Random, *opts: str) -> str:
    return rng.choice(opts)


ITEMS = ["pantalla de 55 pulgadas", "laptop para la escuela", "refrigerador", "audífonos inalámbricos", "celular gama media",
         "lavadora", "colchón matrimonial", "consola de videojuegos", "freidora de aire", "tenis para correr",
         "tablet para mi hijo", "aspiradora robot", "bocina bluetooth", "smartwatch", "silla de oficina"]
STORES = ["Liverpool", "Coppel", "Walmart", "Mercado Libre", "Amazon México", "Elektra", "Sears", "Palacio de Hierro"]


def spanish_chat(rng: random.Random) -> str:
    """An everyday question from a Mexican chat user."""
    k = rng.randrange(12)
    if k == 0:
        return (f"¿Qué me recomiendas comprar en el Buen Fin si tengo {rng.choice([3, 5, 8, 12, 15, 20, 25])} mil pesos "
                f"para una {rng.choice(ITEMS)}? Compara {rng.choice(STORES)} y {rng.choice(STORES)}.")
    if k == 1:
        return (f"¿Conviene pagar a {rng.choice([3, 6, 9, 12, 18])} meses sin intereses o de contado con "
                f"{rng.choice([10, 15, 20])}% de descuento? El precio es ${rng.randrange(2, 40)},{rng.randrange(100, 999)}")
    if k == 2:
        return _f(rng, "Dame una receta de", "¿Cómo preparo", "Necesito ideas para") + " " + _f(
            rng, "chilaquiles verdes", "pozole rojo para 10 personas", "enchiladas suizas", "una cena rápida y barata",
            "tamales de rajas", "pan de muerto que sobró", "comida para llevar a la oficina toda la semana") + "?"
    if k == 3:
        return (_f(rng, "Escribe un correo", "Redacta un mensaje", "Ayúdame con un WhatsApp") + " para " + _f(
            rng, "pedir un día de vacaciones a mi jefe", "reclamar un cobro doble de mi tarjeta",
            "avisar al casero que llegaré tarde con la renta", "felicitar a mi equipo por cerrar el trimestre",
            "cancelar una suscripción de gimnasio", "pedir una prórroga para entregar mi tesis") + ". Tono "
            + _f(rng, "formal", "amable", "directo pero educado") + ".")
    if k == 4:
        return _f(rng, "Explícame", "¿Qué es", "Resúmeme") + " " + _f(
            rng, "cómo funciona el SAT con las facturas de honorarios", "la diferencia entre Afore y PPR",
            "qué pasó en la Revolución Mexicana en 5 puntos", "cómo se calcula el aguinaldo",
            "qué significa el CAT de una tarjeta de crédito", "cómo sacar la e.firma") + "?"
    if k == 5:
        return (f"Planea un viaje de {rng.randrange(2, 8)} días a {rng.choice(['Oaxaca', 'Mérida', 'Bacalar', 'San Miguel de Allende', 'Chiapas', 'Puerto Vallarta', 'Guanajuato'])} "
                f"con presupuesto de {rng.choice([6, 8, 10, 15, 20])} mil pesos para {rng.randrange(1, 5)} personas.")
    if k == 6:
        return _f(rng, "corrige la ortografía: ", "mejora este texto: ", "hazlo más corto: ") + _f(
            rng, "haber si mañana nos vemos para lo del proyecto, aver que dice el profe",
            "Les informamos que a partir del lunes el horario de atencion sera de 9 a 5 y no habra servicio en sabado",
            "me podrias decir si ya llego mi paquete porque ya pasaron 10 dias y no me dicen nada")
    if k == 7:
        return _f(rng, "¿Cuál es la mejor", "¿Qué opinas de la", "Compárame la") + " " + _f(
            rng, "tarjeta de crédito para estudiantes", "app de transporte en Monterrey", "forma de ahorrar para un enganche",
            "rutina de ejercicio en casa para principiantes", "manera de aprender inglés en 6 meses") + "?"
    if k == 8:
        return f"mi hijo de {rng.randrange(6, 13)} años tiene tarea de {rng.choice(['fracciones', 'sistema solar', 'verbos en pasado', 'la independencia', 'multiplicaciones'])}, ¿cómo se lo explico fácil?"
    if k == 9:
        return _f(rng, "Escribe un poema", "Hazme una calaverita literaria", "Escribe un cuento corto") + " sobre " + _f(
            rng, "mi perro que se llama " + rng.choice(["Firulais", "Chato", "Canela", "Rocky"]), "mi jefa", "el tráfico del Periférico",
            "el Buen Fin", "mi abuela y su mole")
    if k == 10:
        return _f(rng, "¿cómo arreglo", "¿por qué", "qué hago si") + " " + _f(
            rng, "mi laptop se calienta mucho", "el wifi se desconecta a cada rato", "mi cel no carga rápido",
            "excel me marca #¡REF!", "no me llega el código de verificación del banco") + "?"
    return f"Tradúceme al inglés: {_f(rng, 'Buenas tardes, quisiera saber el estado de mi pedido.', 'Le agradezco mucho su apoyo con el trámite.', 'Nos vemos el viernes a las 6 en la oficina.', 'El producto llegó dañado y quiero un reembolso.')}"


def shopper_message(rng: random.Random) -> str:
    """An end-user message to a retailer's assistant during Buen Fin."""
    order = f"{rng.choice(['MX', 'LV', 'BF', ''])}{rng.randrange(10**7, 10**9)}"
    k = rng.randrange(9)
    if k == 0:
        return f"hola, mi pedido {order} sigue en preparación desde hace {rng.randrange(2, 9)} días, ¿cuándo llega?"
    if k == 1:
        return f"¿la {rng.choice(ITEMS)} aplica para {rng.choice([3, 6, 9, 12, 18])} msi con {rng.choice(['BBVA', 'Banorte', 'Santander', 'Citi', 'HSBC', 'Nu'])}?"
    if k == 2:
        return f"quiero devolver {rng.choice(['unos tenis', 'una licuadora', 'una chamarra', 'un celular'])}, talla/modelo equivocado, pedido {order}"
    if k == 3:
        return f"el precio de {rng.choice(ITEMS)} subió de {rng.randrange(3, 20)},999 a {rng.randrange(20, 30)},999 justo antes del buen fin, ¿es legal?"
    if k == 4:
        return f"¿tienen en existencia {rng.choice(ITEMS)} en la tienda de {rng.choice(['Perisur', 'Andares', 'Galerías Monterrey', 'Plaza Satélite', 'Puerto Cancún', 'Plaza Río Tijuana'])}?"
    if k == 5:
        return f"no me aparece el cupón {rng.choice(['BUENFIN', 'BF2027', 'PREVENTA', 'ENVIOGRATIS'])}{rng.randrange(10, 99)} en el carrito"
    if k == 6:
        return f"me cobraron dos veces el pedido {order}, necesito que me regresen ${rng.randrange(300, 25000)}"
    if k == 7:
        return rng.choice(["hola", "¿a qué hora abren mañana?", "quiero hablar con un humano", "gracias!!",
                           "cuánto tarda el envío a Mérida", "¿el buen fin empieza el viernes o el sábado?"])
    return f"compara {rng.choice(ITEMS)} marca {rng.choice(['Samsung', 'LG', 'Hisense', 'TCL', 'Mabe', 'Whirlpool', 'Lenovo', 'HP'])} contra {rng.choice(['Samsung', 'LG', 'Sony', 'Xiaomi', 'Acer'])}, ¿cuál me conviene?"


def news_article(rng: random.Random) -> str:
    topic = rng.choice([
        "la Secretaría de Economía anunció que más de 170 mil negocios participarán en El Buen Fin",
        "la Profeco instaló módulos de atención en centros comerciales para vigilar precios durante El Buen Fin",
        "el Banco de México mantuvo la tasa de interés en su reunión de noviembre",
        "la UNAM publicó el calendario de exámenes finales del semestre 2028-1",
        "un frente frío provocará lluvias en el noreste del país durante el fin de semana",
        "Tianguis AI presentó su nuevo modelo tianguis-3 en un evento en la Ciudad de México",
        "el tráfico en la autopista México-Querétaro aumentó por el puente vacacional",
    ])
    paras = [f"CIUDAD DE MÉXICO.- Este {rng.choice(['jueves', 'viernes'])}, {topic}.",
             f"De acuerdo con información oficial, la medida beneficiará a {rng.randrange(2, 90)} millones de personas "
             f"y se espera una derrama de {rng.randrange(100, 190)} mil millones de pesos.",
             "Especialistas consultados por este medio señalaron que los consumidores deben comparar precios y "
             "revisar las condiciones de los meses sin intereses antes de comprar.",
             f"La dependencia informó que habrá {rng.randrange(20, 400)} verificadores en todo el país."]
    return "\n\n".join(paras[: rng.randrange(2, 5)])
