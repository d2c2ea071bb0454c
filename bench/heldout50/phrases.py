"""Multilingual phrase banks (own templates) for consumers, students and reasoning framings."""
from __future__ import annotations

BASE = {"es": "es", "es-MX": "es", "es-AR": "es", "es-CO": "es", "ca": "ca", "gl": "gl", "eu": "eu",
        "en": "en", "pt-PT": "pt", "pt-AO": "pt", "pt-MZ": "pt", "pt-CV": "pt", "pt-BR": "br"}

CONSUMER = {
    "es": ["¿Cómo puedo {act} {obj}?", "Dame ideas para {ev} con {n} personas y poco presupuesto",
           "Escríbeme un mensaje {tone} para {who} diciendo que {msg}", "¿Qué diferencia hay entre {a} y {b}?",
           "Resume este texto en {n} frases: {txt}", "Necesito una receta de {food} sin {ing}",
           "¿Es normal que {sym}? No es urgente, solo curiosidad", "Hazme un plan de {n} días para visitar {city}",
           "Corrige la ortografía: {txt}", "¿Qué me recomiendas para {act} {obj} si vivo en {city}?",
           "explícame como si tuviera 10 años qué es {concept}", "tengo que {act} {obj} antes del viernes, ayuda"],
    "pt": ["Como é que posso {act} {obj}?", "Dá-me ideias para {ev} com {n} pessoas sem gastar muito",
           "Escreve uma mensagem {tone} para {who} a dizer que {msg}", "Qual é a diferença entre {a} e {b}?",
           "Resume este texto em {n} frases: {txt}", "Preciso de uma receita de {food} sem {ing}",
           "Faz-me um roteiro de {n} dias em {city}", "Corrige os erros deste texto: {txt}",
           "explica-me como se eu tivesse 10 anos o que é {concept}", "tenho de {act} {obj} até sexta, ajuda"],
    "br": ["Como eu faço pra {act} {obj}?", "Me dá ideias pra {ev} com {n} pessoas gastando pouco",
           "Escreve uma mensagem {tone} pro {who} dizendo que {msg}", "Qual a diferença entre {a} e {b}?",
           "Resume esse texto em {n} frases: {txt}", "Me explica o que é {concept} de um jeito simples"],
    "ca": ["Com puc {act} {obj}?", "Dona'm idees per a {ev} amb {n} persones", "Quina diferència hi ha entre {a} i {b}?",
           "Resumeix aquest text en {n} frases: {txt}", "Fes-me un pla de {n} dies per visitar {city}",
           "Escriu un missatge {tone} per a {who} dient que {msg}"],
    "gl": ["Como podo {act} {obj}?", "Dáme ideas para {ev} con {n} persoas", "Que diferenza hai entre {a} e {b}?",
           "Resume este texto en {n} frases: {txt}", "Fai un plan de {n} días para visitar {city}"],
    "eu": ["Nola egin dezaket {obj}?", "Eman ideiak {n} pertsonentzako {ev}", "Zein da {a} eta {b} arteko aldea?",
           "Laburtu testu hau {n} esalditan: {txt}", "Idatzi mezu {tone} bat {who}ri"],
    "en": ["How do I {act} {obj}?", "Give me ideas for {ev} with {n} people on a budget",
           "Write a {tone} message to {who} saying that {msg}", "What's the difference between {a} and {b}?",
           "Summarise this in {n} sentences: {txt}", "Plan a {n}-day trip to {city}"],
}
FILL = {
    "act": ["renovar", "cancelar", "configurar", "arreglar", "limpiar", "organizar", "comparar", "pedir", "declarar", "traducir"],
    "obj": ["el pasaporte", "la fibra", "el router", "la nevera", "mi CV", "la declaración de la renta", "un préstamo",
            "el horario de trabajo", "la matrícula", "un bono de transporte", "o IRS", "a carta de condução", "o NIF",
            "el SAT", "el monotributo", "la cédula", "el DNI", "a fatura da luz", "mis fotos", "un presupuesto"],
    "ev": ["un cumpleaños", "una cena", "una despedida", "un jantar", "uma festa", "una excursión", "la final de la Champions"],
    "tone": ["formal", "cariñoso", "breve", "educado", "divertido", "firme", "sério"],
    "who": ["mi jefe", "mi casero", "la profesora", "o senhorio", "a minha chefe", "el banco", "mi vecino", "o cliente"],
    "msg": ["llegaré tarde", "no puedo ir el jueves", "necesito más tiempo", "o pagamento já foi feito",
            "la factura está mal", "me mudo en julio", "aceito a proposta", "quiero darme de baja"],
    "a": ["IVA", "IRPF", "autónomo", "recibo verde", "TAE", "Euríbor", "ETF", "fondo indexado", "HTML", "gripe"],
    "b": ["IRS", "sociedad limitada", "contrato a prazo", "TIN", "fondo de inversión", "CSS", "resfriado", "bizum", "MB Way"],
    "food": ["lentejas", "bacalhau à Brás", "tortilla", "arepas", "empanadas", "muamba de galinha", "caldo verde",
             "pozole", "bolo de bolacha", "pan de masa madre", "paella"],
    "ing": ["gluten", "lactosa", "huevo", "carne", "açúcar", "horno"],
    "sym": ["me duela la cabeza después de correr", "o meu gato durma 18 horas", "me piquen los ojos en primavera",
            "el bebé no quiera comer verduras"],
    "city": ["Lisboa", "Oporto", "Sevilla", "Bilbao", "Santiago de Compostela", "Barcelona", "Ciudad de México",
             "Buenos Aires", "Medellín", "Luanda", "Maputo", "Mindelo", "Valencia", "Coimbra", "Funchal"],
    "concept": ["la inflación", "a fotossíntese", "el blockchain", "la inteligencia artificial", "o efeito de estufa",
                "la hipoteca variable", "la relatividad", "os juros compostos", "la PAU", "el fuera de juego"],
}
SNIPPETS = ["El próximo martes la reunión se traslada a la sala B porque la sala A está en obras y no hay proyector.",
            "A reunião de condomínio foi adiada para dia 15 porque o administrador está de férias.",
            "Ayer fuimos al mercado y compramos fruta verdura y pan pero se nos olvido el aceite",
            "O relatório trimestral mostra um aumento das vendas de 12% face ao período homólogo.",
            "La nostra empresa ha obert una nova oficina a Girona amb vint treballadors."]

# Explicit step-by-step framings used by legitimate students/teachers and by crude harvesters
COT = {
    "es": ["Explícame paso a paso cómo se resuelve: {q}", "¿Me ayudas con este ejercicio? Razona cada paso: {q}",
           "Resuélvelo paso a paso y explica por qué haces cada cosa: {q}", "No entiendo este problema, ¿me lo explicas? {q}"],
    "pt": ["Explica-me passo a passo como se resolve: {q}", "Podes ajudar-me com este exercício? Justifica cada passo: {q}",
           "Resolve passo a passo e explica o raciocínio: {q}", "Não percebo este problema, explicas-me? {q}"],
    "br": ["Me explica passo a passo como resolver: {q}", "Resolve passo a passo, mostrando o raciocínio: {q}"],
    "ca": ["Explica'm pas a pas com es resol: {q}", "M'ajudes amb aquest exercici? Raona cada pas: {q}"],
    "gl": ["Explícame paso a paso como se resolve: {q}", "Axúdasme con este exercicio? Razoa cada paso: {q}"],
    "eu": ["Azaldu urratsez urrats nola ebazten den: {q}", "Lagunduko didazu ariketa honekin? {q}"],
    "en": ["Explain step by step how to solve: {q}", "Let's think step by step. {q}", "Walk me through this: {q}"],
}

# Spanish 2º Bachillerato / Portuguese 12.º ano syllabus, own templates
SYLLABUS = {
    "es": ["Calcula la integral definida de {f} entre {a} y {b}.", "Estudia la continuidad y derivabilidad de f(x) = {f}.",
           "Halla el rango de la matriz A = [[1, {a}, 2], [{b}, 1, 0], [3, {a}, {b}]] según los valores de m.",
           "Calcula el área encerrada entre y = {f} y el eje X.", "Determina los extremos relativos de f(x) = {f}.",
           "En una urna hay {a} bolas rojas y {b} azules. Se extraen dos sin reemplazamiento. Probabilidad de que sean de distinto color.",
           "Halla la ecuación del plano que pasa por A(1,{a},0) y es perpendicular a la recta r: x = y/{b} = z.",
           "Comentario de texto: analiza el tema y la estructura de un fragmento de {work}.",
           "Resume las causas de {hist} para el examen de Historia de España."],
    "pt": ["Calcula o limite de {f} quando x tende para {a}.", "Estuda a monotonia e os extremos de f(x) = {f}.",
           "Numa turma há {a} raparigas e {b} rapazes. Escolhem-se três alunos ao acaso. Probabilidade de serem todos rapazes?",
           "Determina a equação da reta tangente ao gráfico de f(x) = {f} no ponto de abcissa {a}.",
           "Resolve em C a equação z^2 + {a}z + {b} = 0.", "Análise do excerto de {work} para o exame de Português."],
    "ca": ["Calcula la integral de {f} entre {a} i {b}.", "Estudia la continuïtat de f(x) = {f}.",
           "Comentari de text: tema i estructura d'un fragment de {work}."],
    "gl": ["Calcula a integral de {f} entre {a} e {b}.", "Estuda a continuidade de f(x) = {f}."],
    "eu": ["Kalkulatu {f} funtzioaren integrala {a} eta {b} artean.", "Aztertu f(x) = {f} funtzioaren jarraitutasuna."],
}
SYL_FILL = {
    "f": ["x^2·e^x", "ln(x^2+1)", "(x^2-4)/(x-1)", "x·sen(x)", "e^(-x^2)", "|x-2|+x", "x^3-3x+2", "1/(x^2+1)",
          "sqrt(x+3)", "cos^2(x)", "x/(x^2-9)", "(2x+1)e^(2x)"],
    "a": ["0", "1", "2", "3", "-1", "4", "-2"], "b": ["2", "3", "5", "e", "1", "6", "π"],
    "work": ["La casa de Bernarda Alba", "Luces de bohemia", "Os Lusíadas", "Memorial do Convento", "Mecanoscrit del segon origen",
             "El árbol de la ciencia", "Sempre en Galiza"],
    "hist": ["la crisis del 98", "la Segunda República", "la Transición", "el desastre de Annual"],
}
# past exam items students paste verbatim (identical prompts across many unrelated students)
PAST_EXAM = [
    "PAU Madrid 2026 Matemáticas II Ejercicio A.2: Se considera la función f(x) = x·e^(-x^2). Calcula sus asíntotas, intervalos de crecimiento y el área entre la gráfica y el eje OX para x en [0,1].",
    "PAU 2026 Matemáticas II, A.3: Dados el punto P(1,0,2) y la recta r: (x-1)/2 = y = (z+1)/-1, halla el punto simétrico de P respecto de r.",
    "Exame Nacional Matemática A 2026, 1.ª fase, item 7: Seja f a função definida por f(x) = ln(x)/x. Estude f quanto à monotonia e extremos.",
    "PAU Catalunya 2026 Matemàtiques, problema 4: Considereu la funció f(x) = x^3 - 3x + 1. Trobeu els extrems relatius.",
    "EBAU Andalucía 2026 Matemáticas CCSS ejercicio 3: Un 40% de los alumnos elige ciencias... calcula la probabilidad de que un alumno elegido al azar apruebe.",
    "ABAU Galicia 2026 Matemáticas II P2: Discute o sistema segundo os valores do parámetro m e resólveo para m = 1.",
]

FOLLOWUP = {
    "es": ["¿y por qué?", "¿cuál sería el siguiente paso?", "vale, ¿y después?", "¿por qué ese paso es válido?",
           "¿cómo sabes eso?", "sigue", "¿y si el dato fuera otro?", "justifica eso último"],
    "pt": ["e porquê?", "qual seria o passo seguinte?", "ok, e depois?", "porque é que esse passo é válido?",
           "continua", "como sabes isso?"],
    "en": ["why?", "what's the next step?", "ok and then?", "why is that step valid?", "go on", "how do you know?"],
}


def fill(rng, template: str, extra: dict | None = None) -> str:
    table = dict(FILL)
    table.update(SYL_FILL)
    if extra:
        table.update(extra)
    out = template
    for _ in range(6):
        i = out.find("{")
        if i < 0:
            break
        j = out.find("}", i)
        key = out[i + 1:j]
        if key in table:
            val = table[key]
            val = val if isinstance(val, str) else rng.choice(val)
        elif key == "n":
            val = str(rng.randint(2, 7))
        elif key == "txt":
            val = rng.choice(SNIPPETS)
        else:
            val = key
        out = out[:i] + val + out[j + 1:]
    return out


def base(lang: str) -> str:
    return BASE.get(lang, "en")


def consumer_prompt(rng, lang: str) -> str:
    b = base(lang)
    if lang in ("pt-AO", "pt-MZ", "pt-CV") and rng.random() < 0.3:
        b = "br"
    bank = CONSUMER.get(b) or CONSUMER["en"]
    return fill(rng, rng.choice(bank))


def cot(rng, lang: str, q: str) -> str:
    b = base(lang)
    return rng.choice(COT.get(b) or COT["es"]).replace("{q}", q)


def syllabus(rng, lang: str) -> str:
    b = base(lang)
    if rng.random() < 0.12:
        return rng.choice(PAST_EXAM)
    return fill(rng, rng.choice(SYLLABUS.get(b) or SYLLABUS["es"]))
