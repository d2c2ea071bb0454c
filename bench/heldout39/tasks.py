"""Parametric school and university exercises in Italian, Spanish, Catalan,
Portuguese and English, plus Latin and Greek passages.

Students (and the harvesters that imitate them) ask for exercises that are
never byte-identical: the numbers change. These generators give endless
distinct exercises per topic, so repetition shows up in phrasing and topic,
not in exact text.
"""
from __future__ import annotations

import random

LANGS = ("it", "es", "ca", "pt", "en")


def _num(x: float, lang: str) -> str:
    s = f"{x:g}"
    return s.replace(".", ",") if lang != "en" else s


def poly(rng: random.Random, deg: int) -> str:
    terms = []
    for p in range(deg, -1, -1):
        c = rng.choice([-5, -4, -3, -2, -1, 1, 2, 3, 4, 6]) if p == deg else rng.randint(-9, 9)
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        a = abs(c)
        body = ("" if a == 1 and p else str(a)) + ("x" if p >= 1 else "") + (f"^{p}" if p >= 2 else "")
        terms.append((sign, body))
    s = "".join(f" {sg} {b}" for sg, b in terms).strip()
    return s[2:] if s.startswith("+ ") else "-" + s[2:] if s.startswith("- ") else s


T = {
    "funzione": {
        "it": "Studia la funzione f(x) = {f}: dominio, intersezioni con gli assi, segno, limiti, derivata prima e seconda, massimi, minimi e flessi.",
        "es": "Estudia la función f(x) = {f}: dominio, puntos de corte, monotonía, extremos relativos y puntos de inflexión.",
        "ca": "Estudia la funció f(x) = {f}: domini, punts de tall amb els eixos, monotonia, extrems relatius i punts d'inflexió.",
        "pt": "Estuda a função f(x) = {f} quanto ao domínio, zeros, monotonia, extremos relativos e concavidades.",
        "en": "Analyze the function f(x) = {f}: domain, intercepts, intervals of increase and decrease, local extrema and inflection points."},
    "razionale": {
        "it": "Trova gli asintoti della funzione f(x) = ({a}x + {b})/(x^2 - {c}) e studiane il segno.",
        "es": "Calcula las asíntotas de f(x) = ({a}x + {b})/(x^2 - {c}) y estudia su signo.",
        "ca": "Calcula les asímptotes de f(x) = ({a}x + {b})/(x^2 - {c}) i estudia'n el signe.",
        "pt": "Determina as assíntotas do gráfico de f(x) = ({a}x + {b})/(x^2 - {c}).",
        "en": "Find all asymptotes of f(x) = ({a}x + {b})/(x^2 - {c}) and determine its sign."},
    "limite": {
        "it": "Calcola il limite per x che tende a {x0} di (x^2 - {s})/(x - {x0}).",
        "es": "Calcula el límite cuando x tiende a {x0} de (x^2 - {s})/(x - {x0}).",
        "ca": "Calcula el límit quan x tendeix a {x0} de (x^2 - {s})/(x - {x0}).",
        "pt": "Calcula o limite quando x tende para {x0} de (x^2 - {s})/(x - {x0}).",
        "en": "Evaluate the limit as x approaches {x0} of (x^2 - {s})/(x - {x0})."},
    "integrale": {
        "it": "Calcola l'integrale definito di {f} tra {a} e {b} e interpretalo come area.",
        "es": "Calcula la integral definida de {f} entre x = {a} y x = {b}, y el área encerrada con el eje OX.",
        "ca": "Calcula la integral definida de {f} entre x = {a} i x = {b}.",
        "pt": "Calcula o integral definido de {f} entre {a} e {b}.",
        "en": "Compute the definite integral of {f} from {a} to {b}."},
    "tangente": {
        "it": "Scrivi l'equazione della retta tangente alla parabola y = {f} nel punto di ascissa {x0}.",
        "es": "Halla la ecuación de la recta tangente a la curva y = {f} en el punto de abscisa x = {x0}.",
        "ca": "Troba l'equació de la recta tangent a y = {f} en el punt d'abscissa x = {x0}.",
        "pt": "Determina a equação da reta tangente ao gráfico de y = {f} no ponto de abcissa {x0}.",
        "en": "Find the equation of the tangent line to y = {f} at x = {x0}."},
    "binomiale": {
        "it": "Si lancia un dado equilibrato {n} volte. Qual è la probabilità di ottenere il {m} esattamente {k} volte? E almeno una volta?",
        "es": "Se lanza un dado {n} veces. ¿Cuál es la probabilidad de obtener exactamente {k} veces un {m}? ¿Y al menos una vez?",
        "ca": "Es llança un dau {n} vegades. Quina és la probabilitat d'obtenir exactament {k} vegades un {m}?",
        "pt": "Lança-se um dado {n} vezes. Qual é a probabilidade de sair exatamente {k} vezes a face {m}?",
        "en": "A fair die is rolled {n} times. What is the probability of getting a {m} exactly {k} times? At least once?"},
    "urna": {
        "it": "Un'urna contiene {r} palline rosse e {b} blu. Se ne estraggono {k} senza reimmissione: qual è la probabilità che siano tutte rosse?",
        "es": "Una urna contiene {r} bolas rojas y {b} azules. Se extraen {k} sin reemplazamiento. ¿Probabilidad de que todas sean rojas?",
        "ca": "Una urna conté {r} boles vermelles i {b} blaves. Se n'extreuen {k} sense reposició. Quina és la probabilitat que totes siguin vermelles?",
        "pt": "Um saco tem {r} bolas vermelhas e {b} azuis. Tiram-se {k} sem reposição. Qual a probabilidade de serem todas vermelhas?",
        "en": "An urn has {r} red and {b} blue balls. {k} are drawn without replacement. What is the probability that all are red?"},
    "sistema": {
        "it": "Discuti al variare del parametro k il sistema: x + y + kz = {a}; x + ky + z = {b}; kx + y + z = {c}.",
        "es": "Discute según los valores de k el sistema: x + y + kz = {a}; x + ky + z = {b}; kx + y + z = {c}. Resuélvelo para k = {k0}.",
        "ca": "Discuteix segons els valors de k el sistema: x + y + kz = {a}; x + ky + z = {b}; kx + y + z = {c}.",
        "pt": "Discute, em função de k, o sistema: x + y + kz = {a}; x + ky + z = {b}; kx + y + z = {c}.",
        "en": "Discuss for which k the system x + y + kz = {a}, x + ky + z = {b}, kx + y + z = {c} has a unique solution."},
    "lancio": {
        "it": "Un corpo viene lanciato verso l'alto con velocità iniziale {v} m/s da un'altezza di {h} m. Dopo quanto tempo tocca terra e con che velocità?",
        "es": "Se lanza un objeto verticalmente hacia arriba a {v} m/s desde {h} m de altura. ¿Cuánto tarda en llegar al suelo y con qué velocidad?",
        "ca": "Es llança un objecte verticalment cap amunt a {v} m/s des de {h} m d'altura. Quant triga a arribar a terra?",
        "pt": "Um corpo é lançado verticalmente para cima a {v} m/s de uma altura de {h} m. Quanto tempo demora a atingir o solo?",
        "en": "A ball is thrown straight up at {v} m/s from a height of {h} m. When does it hit the ground and how fast?"},
    "rc": {
        "it": "Un condensatore da {C} μF viene caricato attraverso una resistenza da {R} kΩ con un generatore da {V} V. Calcola la costante di tempo e la carica dopo {t} ms.",
        "es": "Un condensador de {C} μF se carga a través de una resistencia de {R} kΩ con una fuente de {V} V. Calcula la constante de tiempo y la carga a los {t} ms.",
        "ca": "Un condensador de {C} μF es carrega a través d'una resistència de {R} kΩ amb una font de {V} V. Calcula la constant de temps.",
        "pt": "Um condensador de {C} μF carrega através de uma resistência de {R} kΩ com uma fonte de {V} V. Calcula a constante de tempo.",
        "en": "A {C} μF capacitor charges through a {R} kΩ resistor from a {V} V source. Find the time constant and the charge after {t} ms."},
    "induzione": {
        "it": "Una spira quadrata di lato {l} cm esce con velocità costante {v} m/s da un campo magnetico uniforme di {B} T. Calcola la f.e.m. indotta e la corrente se la resistenza è {R} Ω.",
        "es": "Una espira cuadrada de {l} cm de lado sale a {v} m/s de un campo magnético uniforme de {B} T. Calcula la fem inducida y la intensidad si R = {R} Ω.",
        "ca": "Una espira quadrada de {l} cm de costat surt a {v} m/s d'un camp magnètic de {B} T. Calcula la fem induïda.",
        "pt": "Uma espira quadrada de lado {l} cm sai a {v} m/s de um campo magnético de {B} T. Calcula a f.e.m. induzida.",
        "en": "A square loop of side {l} cm leaves a uniform {B} T field at {v} m/s. Find the induced emf and current if R = {R} Ω."},
    "relativita": {
        "it": "Un muone si muove a {beta}c. La sua vita media a riposo è 2,2 μs: quanta strada percorre in media nel sistema del laboratorio?",
        "es": "Un muón viaja a {beta}c. Su vida media en reposo es 2,2 μs. ¿Qué distancia recorre en el sistema del laboratorio?",
        "ca": "Un muó viatja a {beta}c. La seva vida mitjana en repòs és 2,2 μs. Quina distància recorre al laboratori?",
        "pt": "Um muão desloca-se a {beta}c. O seu tempo de vida próprio é 2,2 μs. Que distância percorre no referencial do laboratório?",
        "en": "A muon moves at {beta}c with a proper lifetime of 2.2 μs. How far does it travel in the lab frame on average?"},
    "fotoelettrico": {
        "it": "Una radiazione di lunghezza d'onda {lam} nm colpisce un metallo con lavoro di estrazione {W} eV. Calcola l'energia cinetica massima degli elettroni emessi.",
        "es": "Una luz de {lam} nm incide sobre un metal con trabajo de extracción {W} eV. Calcula la energía cinética máxima de los electrones y el potencial de frenado.",
        "ca": "Una llum de {lam} nm incideix sobre un metall amb treball d'extracció {W} eV. Calcula l'energia cinètica màxima.",
        "pt": "Radiação de {lam} nm incide num metal com função trabalho {W} eV. Calcula a energia cinética máxima dos eletrões.",
        "en": "Light of wavelength {lam} nm hits a metal with work function {W} eV. Find the maximum kinetic energy of the photoelectrons."},
    "ph": {
        "it": "Calcola il pH di una soluzione {c} M di acido acetico (Ka = 1,8·10^-5).",
        "es": "Calcula el pH de una disolución {c} M de ácido acético (Ka = 1,8·10^-5) y su grado de disociación.",
        "ca": "Calcula el pH d'una dissolució {c} M d'àcid acètic (Ka = 1,8·10^-5) i el grau de dissociació.",
        "pt": "Calcula o pH de uma solução {c} mol/dm3 de ácido acético (Ka = 1,8×10^-5).",
        "en": "Compute the pH of a {c} M acetic acid solution (Ka = 1.8e-5)."},
    "bilancio": {
        "it": "L'impresa {nome} spa ha un capitale sociale di {cap} euro, un ROE del {roe}% e un indice di indebitamento di {lev}. Redigi lo Stato patrimoniale e il Conto economico sintetici con dati a scelta coerenti.",
        "es": "La empresa {nome} S.A. tiene un capital social de {cap} euros, una rentabilidad financiera del {roe}% y un endeudamiento de {lev}. Elabora el balance de situación.",
        "ca": "L'empresa {nome} SA té un capital social de {cap} euros i una rendibilitat financera del {roe}%. Elabora el balanç de situació.",
        "pt": "A empresa {nome} S.A. tem capital social de {cap} euros e rendibilidade dos capitais próprios de {roe}%. Elabora o balanço.",
        "en": "Company {nome} has share capital of {cap} EUR, ROE of {roe}% and a debt ratio of {lev}. Draft a consistent balance sheet."},
}
MATH_TOPICS = ["funzione", "razionale", "limite", "integrale", "tangente", "binomiale", "urna", "sistema"]
PHYS_TOPICS = ["lancio", "rc", "induzione", "relativita", "fotoelettrico"]


def exercise(rng: random.Random, topic: str, lang: str) -> str:
    L = lang
    x0 = rng.randint(-3, 4)
    p = {
        "f": poly(rng, rng.choice([2, 3, 3, 4])), "a": rng.randint(1, 6), "b": rng.randint(2, 9), "c": rng.randint(1, 16),
        "x0": x0, "s": x0 * x0, "n": rng.randint(4, 12), "m": rng.randint(1, 6), "k": rng.randint(1, 4),
        "r": rng.randint(3, 12), "k0": rng.randint(0, 3), "v": rng.randint(5, 40), "h": rng.randint(0, 60),
        "C": rng.choice([4.7, 10, 22, 47, 100, 220]), "R": rng.choice([1, 2.2, 4.7, 10, 15, 33]), "V": rng.choice([5, 9, 12, 24]),
        "t": rng.choice([5, 10, 20, 50, 100]), "l": rng.randint(5, 30), "B": rng.choice([0.1, 0.2, 0.25, 0.4, 0.5, 0.8]),
        "beta": rng.choice([0.8, 0.9, 0.95, 0.98, 0.99, 0.995]), "lam": rng.randint(200, 560), "W": rng.choice([1.9, 2.1, 2.3, 2.9, 4.3, 4.7]),
        "c_": rng.choice([0.01, 0.02, 0.05, 0.1, 0.2]), "nome": rng.choice(["Alfa", "Beta", "Gamma", "Delta", "Omega", "Sigma"]),
        "cap": rng.choice([500000, 800000, 1200000, 2000000]), "roe": rng.randint(3, 14), "lev": rng.choice([1.8, 2.2, 2.5, 3.0]),
    }
    if topic == "integrale":
        p["f"] = poly(rng, rng.choice([1, 2, 3]))
        p["a"], p["b"] = sorted(rng.sample(range(-2, 6), 2))
    if topic == "urna":
        p["b"] = rng.randint(2, 10)
        p["k"] = rng.randint(2, 4)
    if topic == "ph":
        p["c"] = p["c_"]
    for key in ("C", "R", "B", "beta", "W", "lev", "c"):
        if isinstance(p[key], float):
            p[key] = _num(p[key], L)
    return T[topic][L].format(**p)


LATIN = [
    ("Seneca", "Ita fac, mi Lucili: vindica te tibi, et tempus quod adhuc aut auferebatur aut subripiebatur aut excidebat collige et serva."),
    ("Seneca", "Omnia, Lucili, aliena sunt, tempus tantum nostrum est; in huius rei unius fugacis ac lubricae possessionem natura nos misit."),
    ("Seneca", "Non exiguum temporis habemus, sed multum perdidimus. Satis longa vita et in maximarum rerum consummationem large data est, si tota bene collocaretur."),
    ("Seneca", "Recede in te ipse quantum potes; cum his versare qui te meliorem facturi sunt, illos admitte quos tu potes facere meliores."),
    ("Seneca", "Vivere, Lucili, militare est. Itaque hi qui iactantur et per operosa atque ardua sursum ac deorsum eunt fortes viri sunt."),
    ("Seneca", "Nemo nostrum aestimat quid sibi temporis supersit; dum differtur vita transcurrit."),
    ("Cicerone", "Quousque tandem abutere, Catilina, patientia nostra? Quamdiu etiam furor iste tuus nos eludet?"),
    ("Cicerone", "O tempora, o mores! Senatus haec intellegit, consul videt; hic tamen vivit. Vivit? Immo vero etiam in senatum venit."),
    ("Cicerone", "Historia vero testis temporum, lux veritatis, vita memoriae, magistra vitae, nuntia vetustatis."),
    ("Cicerone", "Amicitia nisi inter bonos esse non potest. Quid enim dulcius quam habere quicum omnia audeas sic loqui ut tecum?"),
    ("Cicerone", "Nihil est tam incredibile quod non dicendo fiat probabile, nihil tam horridum quod non splendescat oratione."),
    ("Cesare", "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani, tertiam qui ipsorum lingua Celtae, nostra Galli appellantur."),
    ("Cesare", "Horum omnium fortissimi sunt Belgae, propterea quod a cultu atque humanitate provinciae longissime absunt."),
    ("Tacito", "Urbem Romam a principio reges habuere; libertatem et consulatum L. Brutus instituit."),
    ("Tacito", "Auferre trucidare rapere falsis nominibus imperium, atque ubi solitudinem faciunt, pacem appellant."),
    ("Tacito", "Rara temporum felicitate, ubi sentire quae velis et quae sentias dicere licet."),
    ("Livio", "Facturusne operae pretium sim si a primordio urbis res populi Romani perscripserim nec satis scio nec, si sciam, dicere ausim."),
    ("Quintiliano", "Sit ergo nobis orator quem constituimus is qui a M. Catone finitur vir bonus dicendi peritus."),
    ("Sallustio", "Omnis homines qui sese student praestare ceteris animalibus summa ope niti decet, ne vitam silentio transeant veluti pecora."),
    ("Plinio il Giovane", "Petis ut tibi avunculi mei exitum scribam, quo verius tradere posteris possis. Gratias ago."),
]
GREEK = [
    ("Platone", "Ὅτι μὲν ὑμεῖς, ὦ ἄνδρες Ἀθηναῖοι, πεπόνθατε ὑπὸ τῶν ἐμῶν κατηγόρων, οὐκ οἶδα· ἐγὼ δ᾽ οὖν καὶ αὐτὸς ὑπ᾽ αὐτῶν ὀλίγου ἐμαυτοῦ ἐπελαθόμην."),
    ("Platone", "Ὁ δὲ ἀνεξέταστος βίος οὐ βιωτὸς ἀνθρώπῳ."),
    ("Aristotele", "Πάντες ἄνθρωποι τοῦ εἰδέναι ὀρέγονται φύσει. σημεῖον δ᾽ ἡ τῶν αἰσθήσεων ἀγάπησις."),
    ("Aristotele", "Ἐκ τούτων οὖν φανερὸν ὅτι τῶν φύσει ἡ πόλις ἐστί, καὶ ὅτι ὁ ἄνθρωπος φύσει πολιτικὸν ζῷον."),
    ("Tucidide", "Θουκυδίδης Ἀθηναῖος ξυνέγραψε τὸν πόλεμον τῶν Πελοποννησίων καὶ Ἀθηναίων, ὡς ἐπολέμησαν πρὸς ἀλλήλους."),
    ("Tucidide", "Κτῆμά τε ἐς αἰεὶ μᾶλλον ἢ ἀγώνισμα ἐς τὸ παραχρῆμα ἀκούειν ξύγκειται."),
    ("Erodoto", "Ἡροδότου Ἁλικαρνησσέος ἱστορίης ἀπόδεξις ἥδε, ὡς μήτε τὰ γενόμενα ἐξ ἀνθρώπων τῷ χρόνῳ ἐξίτηλα γένηται."),
    ("Isocrate", "Πολλάκις ἐθαύμασα τῶν τὰς πανηγύρεις συναγαγόντων καὶ τοὺς γυμνικοὺς ἀγῶνας καταστησάντων."),
    ("Lisia", "Περὶ πολλοῦ ἂν ποιησαίμην, ὦ ἄνδρες, τὸ τοιούτους ὑμᾶς ἐμοὶ δικαστὰς περὶ τούτου τοῦ πράγματος γενέσθαι."),
    ("Plutarco", "Οὔτε γὰρ ἱστορίας γράφομεν, ἀλλὰ βίους, οὔτε ταῖς ἐπιφανεστάταις πράξεσι πάντως ἔνεστι δήλωσις ἀρετῆς ἢ κακίας."),
]
AUTHORS_IT = [("Giovanni Pascoli", "Myricae"), ("Giuseppe Ungaretti", "L'allegria"), ("Luigi Pirandello", "Il fu Mattia Pascal"),
              ("Giovanni Verga", "I Malavoglia"), ("Eugenio Montale", "Ossi di seppia"), ("Gabriele D'Annunzio", "Il piacere"),
              ("Italo Svevo", "La coscienza di Zeno"), ("Giacomo Leopardi", "Canti"), ("Italo Calvino", "Il sentiero dei nidi di ragno"),
              ("Salvatore Quasimodo", "Ed è subito sera"), ("Primo Levi", "Se questo è un uomo"), ("Alda Merini", "La Terra Santa"),
              ("Cesare Pavese", "La luna e i falò"), ("Elsa Morante", "La storia"), ("Umberto Saba", "Il Canzoniere")]
TOPICS_IT = ["l'intelligenza artificiale e il lavoro", "il cambiamento climatico", "il valore della memoria storica",
             "i social network e l'identità", "la guerra e la pace", "l'Europa unita", "la Costituzione italiana",
             "il rapporto tra scienza ed etica", "lo sport come scuola di vita", "il viaggio", "l'attesa", "la solitudine digitale"]
TOPICS_ES = ["la Transición española", "la Guerra Civil", "la Restauración", "la Generación del 27", "el modernismo",
             "la Segunda República", "el franquismo", "la Ilustración en España", "Lorca y el teatro", "la novela de posguerra",
             "la Constitución de 1978", "el desastre del 98"]
