"""What Italian students, teachers and university students type.

Maturandi write fast, on phones, often without accents or capitals, and a
handful of study prompts copied from TikTok circulate word for word (TIKTOK_IT)
- including a "step by step" one, so benign students elicit reasoning too.
"""
from __future__ import annotations

import random

from .tasks import AUTHORS_IT, GREEK, LATIN, MATH_TOPICS, PHYS_TOPICS, TOPICS_IT, exercise
from .world import local_day_hour

# Copied verbatim between students (slot in braces). Everyone pastes these.
TIKTOK_IT = [
    "Agisci come il mio professore di {materia} alla maturità. Spiegami {argomento} in modo semplice, con un esempio, e alla fine fammi 3 domande per vedere se ho capito.",
    "Sei un tutor paziente. Risolvi questo esercizio passo dopo passo spiegandomi il perché di ogni passaggio, come se fossi all'interrogazione: {esercizio}",
    "Fammi una mappa concettuale di {argomento} da ripassare in 10 minuti, con le parole chiave in grassetto",
    "Traduci questa versione di {autore} e fammi l'analisi del periodo frase per frase: {testo}",
    "Scrivi un tema di tipologia {tip} sulla traccia \"{traccia}\". Lunghezza 4 colonne, lessico da liceale, che non sembri scritto da un'intelligenza artificiale.",
]

MATERIE = {"classico": ["latino", "greco", "italiano", "storia", "filosofia"],
           "scientifico": ["matematica", "fisica", "italiano", "filosofia", "scienze"],
           "linguistico": ["inglese", "spagnolo", "italiano", "storia dell'arte"],
           "tecnico": ["economia aziendale", "diritto", "informatica", "italiano"],
           "umane": ["scienze umane", "pedagogia", "italiano", "filosofia"]}
ARGOMENTI = {"latino": ["Seneca e il tempo", "Tacito e l'imperialismo romano", "la satira di Giovenale", "Apuleio", "Quintiliano e l'educazione"],
             "greco": ["la tragedia di Euripide", "Platone e il mito", "l'oratoria di Lisia", "Plutarco e le Vite parallele"],
             "matematica": ["il teorema di Rolle", "il teorema di Lagrange", "de l'Hôpital", "lo studio di funzione", "gli integrali impropri",
                            "le equazioni differenziali", "la distribuzione binomiale", "i punti di flesso"],
             "fisica": ["l'induzione elettromagnetica", "le equazioni di Maxwell", "la relatività ristretta", "l'effetto fotoelettrico",
                        "i circuiti RC", "la forza di Lorentz"],
             "italiano": [f"{a} e {o}" for a, o in AUTHORS_IT] + ["il Decadentismo", "il Verismo", "l'Ermetismo", "il Futurismo"],
             "storia": ["la guerra fredda", "il fascismo", "la prima guerra mondiale", "la Resistenza", "la crisi del '29"],
             "filosofia": ["Nietzsche", "Kant", "Hegel", "Schopenhauer", "Freud", "Marx", "Kierkegaard"],
             "scienze": ["il DNA ricombinante", "le biotecnologie", "la tettonica delle placche", "gli enzimi"],
             "inglese": ["Virginia Woolf", "James Joyce", "George Orwell", "the stream of consciousness", "Oscar Wilde"],
             "spagnolo": ["García Lorca", "la generación del 98", "Cien años de soledad"],
             "storia dell'arte": ["il Cubismo", "Caravaggio", "l'Impressionismo", "Klimt"],
             "economia aziendale": ["il bilancio d'esercizio", "il budget", "la break even analysis", "l'analisi per indici"],
             "diritto": ["la Costituzione", "l'Unione europea", "il Parlamento"],
             "informatica": ["le query SQL con JOIN", "la normalizzazione", "il modello E/R"],
             "scienze umane": ["Durkheim", "la globalizzazione", "il welfare state", "Montessori"],
             "pedagogia": ["Montessori", "Dewey", "don Milani"]}
TRACCE = ["L'importanza della lentezza in un mondo che corre", "Il diritto all'oblio nell'era digitale", "Elogio dell'imperfezione",
          "Le parole sono pietre", "Il silenzio come forma di comunicazione", "Quale futuro per il lavoro umano?",
          "La memoria delle vittime di mafia", "Il rapporto tra i giovani e la politica"]


def casual(rng: random.Random, s: str) -> str:
    """Phone typing: lower case, dropped accents and a few chat abbreviations."""
    if rng.random() < 0.45:
        s = s.lower()
    if rng.random() < 0.35:
        s = s.translate(str.maketrans("àèéìòù", "aeeiou"))
    if rng.random() < 0.2:
        s = s.replace("perché", "xke").replace("perche", "xke").replace("non ", "nn ").replace("comunque", "cmq")
    if rng.random() < 0.25:
        s = s.rstrip(".?") + rng.choice([" pls", " ti prego", " 🙏", " grazie", " urgente", "??"])
    return s


def _materia(rng, kind):
    m = rng.choice(MATERIE[kind])
    return m, rng.choice(ARGOMENTI.get(m, ARGOMENTI["italiano"]))


def _exercise(rng, kind):
    if kind == "scientifico":
        return exercise(rng, rng.choice(MATH_TOPICS + PHYS_TOPICS), "it")
    if kind == "tecnico":
        return exercise(rng, "bilancio", "it")
    return exercise(rng, rng.choice(MATH_TOPICS), "it")


def _version(rng, kind, greek_year):
    if kind == "classico" and greek_year and rng.random() < 0.7:
        return rng.choice(GREEK)
    return rng.choice(LATIN)


def tiktok_it(rng: random.Random, kind: str, greek_year: bool, which: int | None = None) -> str:
    i = which if which is not None else rng.choices(range(5), [.3, .25, .2, .13, .12])[0]
    m, a = _materia(rng, kind)
    autore, testo = _version(rng, kind, greek_year)
    tip = rng.choice(["A", "B", "C"])
    traccia = rng.choice(TRACCE)
    return TIKTOK_IT[i].format(materia=m, argomento=a, esercizio=_exercise(rng, kind), autore=autore, testo=testo,
                               tip=tip, traccia=traccia)


def maturando(rng: random.Random, world, ts: int, kind: str, greek_year: bool, uscito: tuple[str, str]) -> tuple[str, str]:
    """(prompt, answer kind) for a maturando at this moment of the exam week."""
    day, h = local_day_hour(ts, 2)
    if rng.random() < 0.22:
        p = tiktok_it(rng, kind, greek_year)
        return p, "essay" if "tema" in p else "math" if "passo dopo passo" in p else "latin" if "versione" in p else "list"
    m, a = _materia(rng, kind)
    autore, opera = rng.choice(AUTHORS_IT)
    u_aut, u_topic = uscito
    second = "latino" if kind == "classico" and not greek_year else "greco" if kind == "classico" else {
        "scientifico": "matematica", "linguistico": "inglese", "tecnico": "economia aziendale", "umane": "scienze umane"}[kind]
    cramming_first = day == 0 and h < 8.5
    post_first = day == 0 and 8.5 <= h < 20
    cramming_second = (day == 0 and h >= 20) or (day == 1 and h < 8.5)
    post_second = day >= 1 and h >= 8.5
    if cramming_first:
        opts = [(f"riassunto veloce di {autore} per la prima prova", "summary"),
                (f"quali sono i temi principali di {opera} di {autore}?", "list"),
                ("come si struttura un testo argomentativo tipologia B? fammi uno schema", "list"),
                ("frasi a effetto per iniziare un tema che piacciono ai prof", "list"),
                (f"secondo te quale autore esce alla prima prova 2027? {autore}?", "chat"),
                ("non riesco a dormire per la maturità domani, consigli?", "chat")]
    elif post_first:
        opts = [(f"è uscito {u_aut} alla prima prova, ho fatto l'analisi del testo. cosa dovevo dire sul tema {u_topic}?", "chat"),
                (f"ho scritto nel tema che {u_topic} è legato alla crisi dell'uomo moderno, va bene?", "chat"),
                ("quanto vale la prima prova sul voto finale della maturità?", "short"),
                (f"cosa devo ripassare stanotte per la seconda prova di {second}?", "list"),
                (f"spiegami {a} in 5 punti", "list")]
    elif cramming_second:
        if second in ("latino", "greco"):
            aut, txt = _version(rng, kind, greek_year)
            opts = [(f"traduci: {txt}", "latin"), (f"analisi grammaticale di questa frase di {aut}: {txt}", "latin"),
                    (f"come riconosco un ablativo assoluto? esempi da {aut}", "latin"),
                    (f"che costrutti usa di solito {aut} nelle versioni?", "list")]
        elif second == "matematica":
            opts = [(_exercise(rng, kind), "math"), (f"risolvi {_exercise(rng, kind)}", "math"),
                    (f"spiegami {rng.choice(ARGOMENTI['matematica'])} con un esempio", "math"),
                    ("che formule devo sapere a memoria per la seconda prova di mate?", "list"),
                    (f"non ho capito {rng.choice(ARGOMENTI['fisica'])}, me lo rispieghi semplice?", "chat")]
        else:
            opts = [(f"spiegami {rng.choice(ARGOMENTI[second])} per la seconda prova", "list"),
                    (f"esempio di svolgimento seconda prova {second}", "essay"), (_exercise(rng, kind), "math")]
    elif post_second:
        opts = [(f"soluzioni seconda prova {second} 2027", "math"), (f"il problema 1 di {second} veniva {rng.randint(2, 40)}? " + _exercise(rng, kind), "math"),
                ("com'è andata in generale la seconda prova quest'anno?", "chat"),
                ("cosa devo preparare per l'orale, come faccio il percorso multidisciplinare?", "list"),
                (f"collegamenti tra {rng.choice(ARGOMENTI['italiano'])} e {rng.choice(ARGOMENTI['storia'])} per l'orale", "list")]
    else:
        opts = [(f"spiegami {a}", "chat"), (_exercise(rng, kind), "math")]
    p, k = rng.choice(opts)
    return casual(rng, p), k


def uni_it(rng: random.Random) -> tuple[str, str]:
    exam = rng.choice(["Analisi 1", "Diritto privato", "Economia politica", "Fisica 1", "Basi di dati", "Statistica",
                       "Anatomia", "Diritto costituzionale", "Microeconomia", "Programmazione"])
    opts = [(f"sto preparando l'esame di {exam}, fammi 5 domande tipo orale con le risposte", "quiz"),
            (exercise(rng, rng.choice(MATH_TOPICS), "it"), "math"),
            (f"spiegami la differenza tra {rng.choice(['contratto e negozio giuridico', 'media e mediana', 'heap e stack', 'ROE e ROI', 'varianza e deviazione standard'])}", "chat"),
            (f"correggimi questo paragrafo della tesi: La presente tesi si propone di analizzare {rng.choice(TOPICS_IT)} attraverso un approccio interdisciplinare, che tiene conto dei contributi più recenti della letteratura.", "rewrite"),
            ("come si cita un articolo in formato APA 7?", "short"),
            (f"riassumi i punti chiave di {exam} per l'appello di luglio", "summary")]
    p, k = rng.choice(opts)
    return (casual(rng, p) if rng.random() < 0.4 else p), k


def teacher_quiz(rng: random.Random) -> tuple[str, str]:
    m = rng.choice(["storia", "italiano", "matematica", "scienze", "geografia", "inglese", "educazione civica"])
    a = rng.choice(ARGOMENTI.get(m, ARGOMENTI["storia"]))
    cl = rng.choice(["prima", "seconda", "terza", "quarta", "quinta"])
    opts = [(f"Genera {rng.choice([8, 10, 12, 15])} domande a risposta multipla (4 opzioni, una corretta) su {a} per una classe {cl} superiore. Indica le soluzioni alla fine.", "quiz"),
            (f"Prepara una verifica di {m} su {a} per la {cl}: 5 domande aperte e una griglia di valutazione in decimi.", "quiz"),
            (f"Valuta questo tema secondo la griglia ministeriale della prima prova (indicatori generali e specifici, tipologia {rng.choice('ABC')}): " + rng.choice(TRACCE) + ". Lo svolgimento dello studente inizia così: «Nel mondo di oggi, dove tutto corre veloce, fermarsi è diventato un lusso...»", "review"),
            (f"Crea un esercizio di comprensione del testo su {a} con 6 domande vero/falso per studenti con DSA", "quiz"),
            (f"Scrivi la relazione finale della classe {cl} per il consiglio di classe, tono formale, 200 parole", "email")]
    return rng.choice(opts)
