"""Text material: the shared prompt corpora plus small hand-written banks for the
languages of this world (pt, es, fr, de, pl, sw, ar), and builders for the
shapes of requests (multi-turn transcripts, tool-use trajectories, rubric
grading, translation jobs). Token counts are estimated from text length."""
from __future__ import annotations

import json
import math
import os
import random
import re

CORPUS_DIR = os.environ.get("HELDOUT7_PROMPTS", "/work/shared/data/prompts")

_PLACEHOLDER = re.compile(r"\$\{([^}:]{1,60})(?::([^}]{0,120}))?\}")


def _load(name: str) -> list[str]:
    out = []
    with open(os.path.join(CORPUS_DIR, name), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                out.append(json.loads(line)["text"])
    return out


def _fill(text: str) -> str:
    # awesome-chatgpt prompts carry ${Variable:default} placeholders; a product fills them
    return _PLACEHOLDER.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)


def clip(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n // 2 else n]


_CODE_HINT = re.compile(r"```|\bdef |\bfunction\b|\bclass |\bpython\b|\bjavascript\b|\bSQL\b|\bC\+\+|\bjava\b|"
                        r"\brust\b|\bcode\b|\bscript\b|\bregex\b|\bAPI\b|\bbash\b|\bReact\b|\bTypeScript\b", re.I)


class Corpora:
    def __init__(self):
        self.arena = _load("benign_arena_hard_prompts.jsonl")
        self.awesome = [_fill(t) for t in _load("benign_awesome_chatgpt_prompts.jsonl")]
        self.nq = _load("benign_nq_open_questions.jsonl")
        self.seed = _load("benign_self_instruct_seed_tasks.jsonl")
        self.useror = _load("benign_self_instruct_user_oriented.jsonl")
        self.gsm8k = _load("task_gsm8k.jsonl")
        self.humaneval = _load("task_humaneval.jsonl")
        self.math = _load("task_math.jsonl")
        self.mbpp = _load("task_mbpp.jsonl")
        self.svamp = _load("task_svamp.jsonl")
        self.arena_code = [t for t in self.arena if _CODE_HINT.search(t)]
        self.arena_text = [t for t in self.arena if not _CODE_HINT.search(t)]
        self.chat_short = [t for t in self.arena + self.seed + self.useror if len(t) < 1200]
        # role prompts that read like a product's system prompt
        self.roles = [t for t in self.awesome if 200 < len(t) < 2600 and t[:40].lower().startswith(
            ("i want you to act", "act as", "you are", "i want you to be", "imagine you are", "you will act"))]
        self.awesome_mid = [t for t in self.awesome if 80 < len(t) < 3000]
        self.prose = [t for t in self.awesome + self.arena_text + self.useror if 300 < len(t) < 4000]
        self.instr = self.useror + self.seed
        self.biz = self.useror + self.seed + self.arena_text
        self.code_tasks = self.humaneval + self.mbpp
        self.arena_instr = self.arena + self.useror
        self.arena_code_set = frozenset(self.arena_code)
        self.homework = self.gsm8k + self.svamp


# --------------------------------------------------------------------------- tokens
RATIO = {"en": 4.0, "pt": 3.4, "es": 3.5, "fr": 3.4, "de": 3.2, "pl": 2.9, "sw": 3.0, "ar": 2.4}


def tokens(text: str | None, lang: str = "en") -> int:
    if not text:
        return 0
    r = RATIO.get(lang, 4.0)
    nonascii = sum(1 for ch in text[:400] if ord(ch) > 127) if lang == "en" else 0
    if nonascii > 20:
        r = 3.0
    return int(math.ceil(len(text) / r))


def prompt_tokens(system: str | None, prompt: str | None, lang: str, turns: int = 1) -> int:
    n = tokens(prompt, lang) + 4 * turns + 3
    if system:
        n += tokens(system, "en" if lang not in ("pt", "es", "fr", "de", "pl", "sw", "ar") else lang) + 4
    return n


# --------------------------------------------------------------------------- native-language casual prompts
BANK = {
    "pt": {
        "t": [
            "me explica de forma simples o que é {topic}",
            "escreve uma mensagem de aniversário para {person}, algo carinhoso mas curto",
            "qual a diferença entre {topic} e {topic2}?",
            "preciso de ideias de {thing} para {occasion}",
            "como faço para {task}?",
            "resume esse texto pra mim em 3 frases: {text}",
            "corrige a gramática e a pontuação: {text}",
            "me dá uma receita fácil de {food} com o que tenho em casa",
            "monta um roteiro de viagem de {n} dias em {place} com pouco dinheiro",
            "escreva um e-mail formal para {person} pedindo {request}",
            "traduz para o inglês: {text}",
            "quais são os prós e contras de {topic}?",
            "me ajuda a responder essa mensagem do meu chefe de um jeito educado: {text}",
            "faz uma lista de compras da semana para uma família de {n} pessoas",
            "explica {topic} como se eu tivesse 12 anos",
            "tô estudando para o ENEM, me explica {topic}",
            "cria uma legenda para o instagram sobre {thing}",
            "vale a pena {task}? me dá sua opinião sincera",
        ],
        "topic": ["inflação", "juros compostos", "a fotossíntese", "o imposto de renda", "a Revolução Francesa",
                  "inteligência artificial", "o Pix", "a reforma tributária", "energia solar", "o sistema imunológico",
                  "a Lei de Ohm", "o efeito estufa", "criptomoedas", "o Tesouro Direto", "a Guerra Fria",
                  "machine learning", "a previdência privada", "o ciclo da água"],
        "person": ["minha mãe", "meu melhor amigo", "a minha professora", "o síndico do prédio", "meu chefe",
                   "minha avó", "o cliente", "a coordenadora do curso"],
        "thing": ["presentes baratos", "nomes para uma loja de doces", "posts", "brincadeiras", "atividades em grupo",
                  "decoração", "temas de TCC", "nomes para um cachorro"],
        "occasion": ["o dia das mães", "uma festa junina", "o aniversário de 15 anos", "o chá de bebê",
                     "a confraternização da firma", "o fim de semana"],
        "task": ["abrir um MEI", "tirar o passaporte", "limpar o nome no Serasa", "aprender inglês sozinho",
                 "trocar o óleo do carro", "fazer um currículo sem experiência", "investir com pouco dinheiro",
                 "aprender a programar em Python", "pedir aumento", "organizar minhas finanças"],
        "food": ["bolo de cenoura", "feijoada", "pão de queijo", "escondidinho", "frango", "brigadeiro", "moqueca"],
        "place": ["Salvador", "Florianópolis", "Lisboa", "Buenos Aires", "Ouro Preto", "Porto", "Recife"],
        "request": ["a prorrogação do prazo", "uma reunião na próxima semana", "o reembolso da compra",
                    "uma carta de recomendação", "a segunda via do boleto"],
        "text": ["Boa tarde, gostaria de saber se o pedido que fiz semana passada ja foi enviado pois ainda nao recebi nada",
                 "A gente fomos no mercado ontem e compramos muita coisa que não precisava",
                 "Prezados, venho por meio deste solicitar o cancelamento do meu plano a partir do próximo mês",
                 "Oi, tudo bem? Queria saber se amanhã vai ter aula normal ou se vai ser online",
                 "O projeto atrasou porque o fornecedor não entregou as peças no prazo combinado e a equipe ficou parada"],
        "follow": ["e se for com menos dinheiro?", "pode resumir mais?", "obrigado! agora em inglês", "explica melhor a parte {k}",
                   "faz mais curto", "e qual você recomenda?", "não entendi, pode dar um exemplo?", "pode colocar em tópicos?"],
    },
    "es": {
        "t": [
            "explícame de forma sencilla qué es {topic}",
            "escribe un mensaje de cumpleaños para {person}",
            "¿cuál es la diferencia entre {topic} y {topic2}?",
            "necesito ideas de {thing} para {occasion}",
            "¿cómo puedo {task}?",
            "resume este texto en tres frases: {text}",
            "corrige la ortografía: {text}",
            "dame una receta fácil de {food}",
            "arma un itinerario de {n} días en {place} con poco presupuesto",
            "redacta un correo formal a {person} pidiendo {request}",
            "traduce al inglés: {text}",
            "¿cuáles son las ventajas y desventajas de {topic}?",
            "explícame {topic} como si tuviera 10 años",
            "ayúdame a preparar una entrevista de trabajo para {job}",
            "hazme un plan de estudio para aprender {topic} en {n} semanas",
            "¿vale la pena {task}? dame tu opinión honesta",
            "escribe un post para LinkedIn sobre {thing}",
        ],
        "topic": ["la inflación", "el interés compuesto", "la fotosíntesis", "el IVA", "la Revolución Mexicana",
                  "la inteligencia artificial", "el cambio climático", "las criptomonedas", "la energía solar",
                  "el sistema inmunológico", "la ley de oferta y demanda", "el aguinaldo", "los fondos de inversión",
                  "la Segunda Guerra Mundial", "la programación orientada a objetos", "el efecto invernadero"],
        "person": ["mi mamá", "mi mejor amiga", "mi profesor", "el casero", "mi jefa", "mi abuelo", "un cliente"],
        "thing": ["regalos baratos", "nombres para una cafetería", "actividades para niños", "temas de tesis",
                  "mi primer empleo", "la productividad", "decoración"],
        "occasion": ["el día de la madre", "una quinceañera", "una fiesta de oficina", "el fin de semana",
                     "las fiestas patrias", "Navidad"],
        "task": ["sacar el pasaporte", "aprender inglés sola", "hacer mi declaración anual", "empezar a invertir",
                 "cambiar de carrera a tecnología", "hacer un currículum sin experiencia", "ahorrar para un viaje",
                 "aprender Python desde cero", "negociar mi sueldo"],
        "food": ["tamales", "arepas", "empanadas", "tortilla de patatas", "ceviche", "pozole", "flan"],
        "place": ["Oaxaca", "Cartagena", "Madrid", "Mendoza", "Cusco", "Barcelona", "Valparaíso"],
        "request": ["una prórroga", "una reunión la próxima semana", "el reembolso", "una carta de recomendación",
                    "información sobre la factura"],
        "job": ["analista de datos", "recepcionista", "desarrollador junior", "vendedora", "enfermero"],
        "text": ["Buenas tardes, quisiera saber si mi pedido ya fue enviado porque todavia no me llega nada",
                 "Ayer fuimos al mercado y compramos muchas cosas que no necesitabamos",
                 "Por medio de la presente solicito la baja de mi contrato a partir del mes que viene",
                 "El proyecto se retrasó porque el proveedor no entregó las piezas a tiempo"],
        "follow": ["¿y si tengo menos presupuesto?", "hazlo más corto", "gracias, ahora en inglés", "explica mejor el punto {k}",
                   "¿cuál me recomiendas?", "no entendí, dame un ejemplo", "ponlo en una tabla"],
    },
    "fr": {
        "t": [
            "explique-moi simplement ce qu'est {topic}",
            "écris un message d'anniversaire pour {person}",
            "quelle est la différence entre {topic} et {topic2} ?",
            "donne-moi des idées de {thing} pour {occasion}",
            "comment faire pour {task} ?",
            "résume ce texte en trois phrases : {text}",
            "corrige les fautes : {text}",
            "propose une recette facile de {food}",
            "rédige un e-mail formel à {person} pour demander {request}",
            "quels sont les avantages et les inconvénients de {topic} ?",
            "fais-moi un planning de révision pour le bac en {n} semaines",
        ],
        "topic": ["l'inflation", "les intérêts composés", "la photosynthèse", "la TVA", "la Révolution française",
                  "l'intelligence artificielle", "le réchauffement climatique", "la décolonisation", "le mobile money",
                  "la loi d'Ohm"],
        "person": ["ma mère", "mon meilleur ami", "mon professeur", "mon propriétaire", "ma responsable"],
        "thing": ["cadeaux pas chers", "noms pour une boutique", "activités pour enfants", "sujets d'exposé"],
        "occasion": ["la fête des mères", "la Tabaski", "un pot de départ", "le week-end"],
        "task": ["refaire ma carte d'identité", "apprendre l'anglais seul", "créer une micro-entreprise",
                 "trouver un stage", "économiser pour un voyage", "apprendre à coder"],
        "food": ["thiéboudienne", "yassa poulet", "quiche lorraine", "crêpes", "ratatouille"],
        "place": ["Dakar", "Lyon", "Marseille", "Saint-Louis"],
        "request": ["un délai supplémentaire", "un rendez-vous", "un remboursement", "une attestation"],
        "text": ["Bonjour je voudrais savoir si ma commande a bien été envoyer car je nai rien reçu",
                 "Nous avons décidé de reporter la réunion a cause du retard du fournisseur"],
        "follow": ["plus court s'il te plaît", "et en anglais ?", "tu peux donner un exemple ?", "développe le point {k}"],
    },
    "de": {
        "t": [
            "erklär mir einfach, was {topic} ist",
            "schreib eine kurze Geburtstagsnachricht für {person}",
            "was ist der Unterschied zwischen {topic} und {topic2}?",
            "wie kann ich {task}?",
            "fasse diesen Text in drei Sätzen zusammen: {text}",
            "korrigiere bitte: {text}",
            "schreib eine höfliche E-Mail an {person} und bitte um {request}",
            "welche Vor- und Nachteile hat {topic}?",
            "gib mir ein einfaches Rezept für {food}",
        ],
        "topic": ["Inflation", "der Zinseszins", "die Photosynthese", "die Mehrwertsteuer", "künstliche Intelligenz",
                  "die Energiewende", "ETF-Sparpläne", "die Wärmepumpe", "das Grundgesetz"],
        "person": ["meine Mutter", "meinen Vermieter", "meine Chefin", "einen Kunden", "meinen Lehrer"],
        "task": ["eine Steuererklärung machen", "Python lernen", "meinen Handyvertrag kündigen", "ein Gewerbe anmelden",
                 "eine Wohnung in Berlin finden"],
        "food": ["Käsespätzle", "Kartoffelsalat", "Apfelstrudel", "Linsensuppe"],
        "request": ["eine Fristverlängerung", "einen Termin", "eine Rückerstattung", "ein Arbeitszeugnis"],
        "text": ["Hallo, ich wollte fragen ob meine Bestellung schon verschickt wurde, ich habe noch nichts bekommen",
                 "Das Projekt hat sich verzögert, weil der Lieferant die Teile nicht rechtzeitig geliefert hat"],
        "follow": ["kürzer bitte", "und auf Englisch?", "kannst du ein Beispiel geben?", "erklär Punkt {k} genauer"],
    },
    "pl": {
        "t": [
            "wyjaśnij mi prosto, czym jest {topic}",
            "napisz krótkie życzenia urodzinowe dla {person}",
            "jaka jest różnica między {topic} a {topic2}?",
            "jak mogę {task}?",
            "streść ten tekst w trzech zdaniach: {text}",
            "popraw błędy: {text}",
            "napisz uprzejmego maila do {person} z prośbą o {request}",
            "jakie są zalety i wady {topic}?",
        ],
        "topic": ["inflacja", "procent składany", "fotosynteza", "podatek VAT", "sztuczna inteligencja",
                  "fotowoltaika", "kredyt hipoteczny", "PPK"],
        "person": ["mamy", "szefa", "wynajmującego", "nauczycielki", "klienta"],
        "task": ["rozliczyć PIT", "nauczyć się programować", "założyć jednoosobową działalność", "znaleźć pracę w IT"],
        "request": ["przedłużenie terminu", "spotkanie", "zwrot pieniędzy", "referencje"],
        "text": ["Dzień dobry, chciałbym zapytać czy moje zamówienie zostało juz wysłane bo nic nie dostałem",
                 "Projekt się opóźnił poniewaz dostawca nie dostarczył części na czas"],
        "follow": ["krócej proszę", "a po angielsku?", "podaj przykład", "rozwiń punkt {k}"],
    },
    "sw": {
        "t": [
            "nieleze kwa urahisi {topic} ni nini",
            "niandikie ujumbe wa siku ya kuzaliwa kwa {person}",
            "nawezaje {task}?",
            "fupisha maandishi haya kwa sentensi tatu: {text}",
            "tafsiri kwa Kiingereza: {text}",
            "nipe mawazo ya biashara ndogo ya {thing}",
            "eleza faida na hasara za {topic}",
        ],
        "topic": ["mfumuko wa bei", "riba", "usanisinuru", "M-Pesa", "akili bandia", "mabadiliko ya tabianchi",
                  "kodi ya mapato"],
        "person": ["mama yangu", "rafiki yangu", "mwalimu wangu", "bosi wangu"],
        "task": ["kuanzisha biashara ndogo", "kujifunza kuprogramu", "kuomba mkopo wa HELB", "kuokoa pesa kila mwezi",
                 "kupata kazi Nairobi"],
        "thing": ["mboga", "mitumba", "chakula", "usafiri wa boda boda"],
        "text": ["Habari, naomba kujua kama oda yangu imetumwa kwa sababu bado sijapokea kitu",
                 "Mkutano umeahirishwa hadi wiki ijayo kwa sababu ya mvua kubwa"],
        "follow": ["fupisha zaidi", "kwa Kiingereza tafadhali", "nipe mfano", "eleza zaidi hoja ya {k}"],
    },
    "ar": {
        "t": [
            "اشرح لي ببساطة ما هو {topic}",
            "اكتب رسالة تهنئة بعيد ميلاد إلى {person}",
            "ما الفرق بين {topic} و{topic2}؟",
            "كيف يمكنني {task}؟",
            "لخص هذا النص في ثلاث جمل: {text}",
            "ترجم إلى الإنجليزية: {text}",
            "ما هي مزايا وعيوب {topic}؟",
        ],
        "topic": ["التضخم", "الفائدة المركبة", "البناء الضوئي", "الذكاء الاصطناعي", "تغير المناخ", "البورصة"],
        "person": ["أمي", "صديقي", "أستاذي", "مديري"],
        "task": ["تعلم البرمجة", "بدء مشروع صغير", "تحسين لغتي الإنجليزية", "الادخار كل شهر"],
        "text": ["مرحبا، أريد أن أعرف هل تم شحن طلبي لأنني لم أستلم أي شيء حتى الآن",
                 "تم تأجيل الاجتماع إلى الأسبوع القادم بسبب غياب المدير"],
        "follow": ["اختصر أكثر", "بالإنجليزية من فضلك", "أعطني مثالا", "اشرح النقطة {k}"],
    },
    "en": {
        "t": [
            "explain {topic} in simple terms",
            "write a short birthday message for {person}",
            "what's the difference between {topic} and {topic2}?",
            "how do I {task}?",
            "summarise this in 3 sentences: {text}",
            "fix the grammar: {text}",
            "give me an easy recipe for {food}",
            "plan a {n}-day trip to {place} on a budget",
            "write a polite email to {person} asking for {request}",
            "pros and cons of {topic}?",
            "help me reply to this message from my landlord without sounding rude: {text}",
        ],
        "topic": ["inflation", "compound interest", "load shedding", "M-Pesa", "the stock market", "crypto",
                  "photosynthesis", "the Cold War", "machine learning", "mortgage rates", "a side hustle"],
        "person": ["my mum", "my best friend", "my lecturer", "my landlord", "my manager", "a client"],
        "task": ["start a small business", "learn Python", "get a UK visa", "save money every month",
                 "negotiate a raise", "apply for a scholarship", "write a CV with no experience"],
        "food": ["jollof rice", "chapati", "bobotie", "suya", "pap and wors", "banana bread"],
        "place": ["Cape Town", "Zanzibar", "Lagos", "Accra", "Lisbon", "Marrakesh"],
        "request": ["an extension", "a meeting next week", "a refund", "a reference letter"],
        "text": ["hi please i want to know if my order has been shipped because i have not received anything",
                 "The meeting was postponed to next week because of the power outage at the office",
                 "Dear tenant, the water will be off on Saturday from 8am to 4pm for maintenance"],
        "follow": ["make it shorter", "can you give an example?", "thanks! now more formal", "explain point {k} again",
                   "which one would you pick?", "put it in a table"],
    },
}


def native_prompt(rng: random.Random, lang: str) -> str:
    b = BANK[lang]
    t = rng.choice(b["t"])

    def slot(m: re.Match) -> str:
        k = m.group(1)
        if k == "n":
            return str(rng.randint(2, 7))
        if k == "topic2":
            k = "topic"
        vals = b.get(k) or BANK["en"].get(k) or ["isso"]
        return rng.choice(vals)

    return re.sub(r"\{(\w+)\}", slot, t)


def follow_up(rng: random.Random, lang: str) -> str:
    return rng.choice(BANK[lang]["follow"]).replace("{k}", str(rng.randint(1, 4)))


# --------------------------------------------------------------------------- fabricated assistant text (for transcripts)
REPLY = {
    "en": ["Sure! Here's a clear breakdown.", "Great question.", "There are a few things to consider here.",
           "First, it helps to define the key terms.", "In short, the answer depends on your situation.",
           "Here is a step-by-step approach you can follow.", "The main advantage is that it is simple to set up.",
           "A common mistake is to skip the planning stage.", "You can adapt this to your budget.",
           "Let me know if you want a more detailed version.", "For example, imagine you have 100 units to start with.",
           "This is why many people prefer the second option.", "To summarise: keep it short, specific and polite.",
           "1. Start with the basics.\n2. Practise every day.\n3. Review your progress weekly.",
           "The result is 42, because each step doubles the previous value.", "Here is the corrected version:"],
    "pt": ["Claro! Vou explicar de forma simples.", "Boa pergunta.", "Existem alguns pontos importantes aqui.",
           "Primeiro, vale definir os conceitos principais.", "Resumindo: depende da sua situação.",
           "Aqui vai um passo a passo:", "A principal vantagem é a praticidade.", "Um erro comum é pular o planejamento.",
           "Por exemplo, imagine que você tem R$ 100 para começar.", "Se quiser, posso detalhar mais.",
           "1. Comece pelo básico.\n2. Pratique todos os dias.\n3. Revise toda semana.", "Segue a versão corrigida:"],
    "es": ["¡Claro! Te lo explico de forma sencilla.", "Buena pregunta.", "Hay varios puntos a considerar.",
           "Primero, conviene definir los conceptos clave.", "En resumen, depende de tu situación.",
           "Aquí tienes un paso a paso:", "La principal ventaja es que es fácil de aplicar.",
           "Un error común es saltarse la planificación.", "Por ejemplo, imagina que tienes 100 pesos para empezar.",
           "Si quieres, puedo darte más detalle.", "1. Empieza por lo básico.\n2. Practica a diario.\n3. Revisa cada semana."],
    "fr": ["Bien sûr ! Voici une explication simple.", "Bonne question.", "Il y a plusieurs points à considérer.",
           "En résumé, cela dépend de ta situation.", "Voici les étapes :", "Par exemple, imagine que tu as 100 euros."],
    "de": ["Klar! Hier ist eine einfache Erklärung.", "Gute Frage.", "Es gibt einige Punkte zu beachten.",
           "Kurz gesagt: Es kommt auf deine Situation an.", "Hier ist eine Schritt-für-Schritt-Anleitung:"],
    "pl": ["Jasne! Oto proste wyjaśnienie.", "Dobre pytanie.", "Jest kilka rzeczy do rozważenia.",
           "Krótko mówiąc: to zależy od sytuacji.", "Oto instrukcja krok po kroku:"],
    "sw": ["Sawa! Hii ni maelezo rahisi.", "Swali zuri.", "Kuna mambo machache ya kuzingatia.", "Kwa ufupi, inategemea hali yako."],
    "ar": ["بالتأكيد! إليك شرحا بسيطا.", "سؤال جيد.", "هناك عدة نقاط يجب مراعاتها.", "باختصار، يعتمد ذلك على وضعك."],
}


def fake_reply(rng: random.Random, lang: str, n: int) -> str:
    bank = REPLY.get(lang, REPLY["en"])
    return " ".join(rng.choice(bank) for _ in range(n))


def transcript(history: list[tuple[str, str]], new_user: str, lang: str = "en") -> str:
    """The prompt of a later turn: prior turns, then the new message."""
    u, a = {"pt": ("Usuário", "Assistente"), "es": ("Usuario", "Asistente")}.get(lang, ("User", "Assistant"))
    parts = []
    for q, r in history:
        parts.append(f"{u}: {q}")
        parts.append(f"{a}: {r}")
    parts.append(f"{u}: {new_user}")
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- reasoning / rubric / translation wrappers
SHOW_WORK = {
    "en": "Show your work step by step and explain each step.",
    "pt": "Mostre seu raciocínio passo a passo e explique cada etapa.",
    "es": "Muestra tu trabajo paso a paso y explica cada paso.",
    "fr": "Montre ton raisonnement étape par étape et explique chaque étape.",
    "sw": "Onyesha hatua zote za kazi yako na ueleze kila hatua.",
}

RUBRIC_DIMENSIONS = ("correctness", "completeness", "clarity", "helpfulness", "harmlessness", "instruction following",
                     "reasoning quality", "conciseness", "factual accuracy", "code quality", "style")


def fake_candidate(rng: random.Random, task: str, kind: str) -> str:
    if kind == "code":
        name = re.search(r"def (\w+)", task)
        fn = name.group(1) if name else rng.choice(("solve", "helper", "compute", "process"))
        return (f"Here is a solution:\n\n```python\ndef {fn}(*args):\n    result = []\n    for x in args[0]:\n"
                f"        if x not in result:\n            result.append(x)\n    return result\n```\n\n"
                f"This iterates once over the input, so it runs in O(n^2) time because of the membership check.")
    if kind == "math":
        a = rng.randint(2, 500)
        return (f"Let's set up the quantities. From the statement we get {rng.randint(2, 40)} and {rng.randint(2, 40)}. "
                f"Multiplying and adding the remainder gives {a}. Therefore the answer is {a}.")
    return fake_reply(rng, "en", rng.randint(3, 8))
