"""Everyday prompts of ordinary people in Italian, Spanish, Catalan,
Portuguese, Greek and English; diaspora users, travellers, and the handful of
"test" prompts everyone types at a model launch."""
from __future__ import annotations

import random

DISH = {"it": ["la parmigiana", "il tiramisù senza uova", "la carbonara", "una torta salata con zucchine", "il pesto"],
        "es": ["una tortilla de patatas jugosa", "gazpacho", "paella de marisco para 6", "croquetas de jamón", "salmorejo"],
        "ca": ["una escalivada", "crema catalana", "pa amb tomàquet com cal", "fideuà"],
        "pt": ["bacalhau à Brás", "pastéis de nata em casa", "caldo verde", "arroz de pato"],
        "el": ["μουσακά", "σπανακόπιτα", "γεμιστά"], "en": ["a vegan lasagna", "sourdough bread", "banana bread"]}
CITY = {"it": ["Napoli", "Palermo", "Bologna", "Torino", "Bari", "Firenze"], "es": ["Sevilla", "Valencia", "Bilbao", "Málaga", "Zaragoza"],
        "ca": ["Girona", "Tarragona", "Lleida", "Sitges"], "pt": ["Porto", "Coimbra", "Braga", "Faro", "Évora"],
        "el": ["Θεσσαλονίκη", "Ναύπλιο", "Χανιά", "Ρόδο"], "en": ["Lisbon", "Rome", "Barcelona", "Athens"]}
GENERAL = {
    "it": ["Dammi la ricetta per {dish}", "Cosa vedere a {city} in un weekend?", "Scrivi una mail al mio capo per chiedere un giorno di ferie venerdì",
           "Come si calcola l'IMU sulla seconda casa?", "Mi aiuti a scrivere un messaggio di auguri per i 50 anni di mia zia?",
           "Che differenza c'è tra mutuo a tasso fisso e variabile?", "Il mio gatto non mangia da ieri, devo preoccuparmi?",
           "Scrivimi una lettera di reclamo per un volo cancellato", "Riassumi questo articolo: {para}", "Come tolgo le macchie di pomodoro dal cotone?",
           "Idee regalo per un ragazzo di 18 anni che ama la musica", "Traduci in inglese: {short}", "Consigli per dormire con il caldo senza condizionatore"],
    "es": ["Dame la receta de {dish}", "¿Qué ver en {city} en dos días?", "Escribe un correo a mi casero porque no funciona el aire acondicionado",
           "¿Cómo hago la declaración de la renta si he trabajado en dos empresas?", "Ideas para el cumpleaños de mi hija de 7 años",
           "¿Es normal que me duela la rodilla al correr?", "Redacta una reclamación a Iberdrola por una factura duplicada",
           "Resume este texto: {para}", "¿Qué diferencia hay entre hipoteca fija y variable?", "Tradúceme al inglés: {short}",
           "¿Cómo quito la cal de la mampara de la ducha?", "Escríbeme un mensaje bonito para mi pareja por nuestro aniversario"],
    "ca": ["Dona'm la recepta de {dish}", "Què puc visitar a {city} amb nens?", "Escriu un correu a l'escola per justificar una falta",
           "Com funciona el bo social de l'electricitat?", "Tradueix al castellà: {short}", "Idees per a un sopar de Sant Joan"],
    "pt": ["Dá-me a receita de {dish}", "O que visitar no {city} num fim de semana?", "Escreve um e-mail ao senhorio sobre uma infiltração",
           "Como funciona o IRS Jovem?", "Ideias de presente para o Dia do Pai", "Resume este texto: {para}", "Traduz para inglês: {short}",
           "O meu cão tem carraças, o que faço?", "Como preparo uma entrevista de emprego para rececionista de hotel?",
           "Escreve uma mensagem de parabéns para a minha avó que faz 90 anos", "Quais são os santos populares em Lisboa este ano?"],
    "el": ["Δώσε μου συνταγή για {dish}", "Τι να δω στη {city} σε δύο μέρες;", "Γράψε ένα email στον εργοδότη μου για άδεια",
           "Πώς κάνω αίτηση για το Κτηματολόγιο;", "Μετάφρασε στα αγγλικά: {short}", "Ιδέες για δώρο γενεθλίων για τη μητέρα μου",
           "Εξήγησέ μου τι είναι ο πληθωρισμός με απλά λόγια"],
    "en": ["Give me a recipe for {dish}", "What should I see in {city} in two days?", "Write a polite email declining a job offer",
           "Explain inflation like I'm five", "Summarize this: {para}"],
}
SHORT = {"it": "Siamo arrivati in ritardo per colpa del traffico, scusateci.", "es": "Llegaremos el viernes por la tarde, guardadnos la cena.",
         "ca": "Demà no podré venir a la reunió, ho sento.", "pt": "Obrigado pela vossa ajuda, foi muito importante para nós.",
         "el": "Ευχαριστώ πολύ για τη φιλοξενία.", "en": "Thanks a lot for your help yesterday."}
PARA = {"it": "Il Comune ha annunciato che da luglio la ZTL del centro storico sarà attiva anche il sabato sera. Secondo l'assessore, la misura ridurrà il traffico e l'inquinamento, ma i commercianti temono un calo dei clienti.",
        "es": "El Ayuntamiento ha aprobado ampliar la zona de bajas emisiones a partir de septiembre. Los vecinos del centro celebran la medida, mientras que los comerciantes de la periferia temen perder clientes.",
        "ca": "L'Ajuntament ha aprovat ampliar els horaris de les biblioteques durant l'estiu per oferir espais climatitzats als veïns.",
        "pt": "A Câmara Municipal anunciou que os transportes públicos serão gratuitos para estudantes até aos 23 anos a partir de setembro, uma medida que pretende reduzir o uso do automóvel.",
        "el": "Ο δήμος ανακοίνωσε ότι οι δημοτικές παραλίες θα έχουν ναυαγοσώστες από τον Ιούνιο έως τον Σεπτέμβριο.",
        "en": "The city council approved a plan to extend night bus service during the summer festival season."}


def general(rng: random.Random, lang: str, corpus=None) -> tuple[str, str]:
    if corpus is not None and rng.random() < (0.55 if lang == "en" else 0.08):
        pool = rng.choices(["nq", "instr", "awesome_s", "arena_other"], [.4, .3, .15, .15])[0]
        return corpus.pick(rng, pool), "short" if pool == "nq" else "chat"
    t = rng.choice(GENERAL[lang])
    p = t.format(dish=rng.choice(DISH[lang]), city=rng.choice(CITY[lang]), para=PARA[lang], short=SHORT[lang])
    kind = "summary" if "{para}" in t else "email" if any(w in t.lower() for w in ("mail", "correu", "correo", "carta", "lettera")) else "chat"
    if rng.random() < 0.3:
        p = p.lower()
    return p, kind


def followup(rng: random.Random, lang: str) -> str:
    return rng.choice({"it": ["e in meno parole?", "grazie! puoi renderlo più formale?", "non ho capito il secondo punto", "ok ma se volessi farlo in un'ora?", "scrivilo meglio"],
                       "es": ["más corto porfa", "gracias! y si es para 4 personas?", "no entiendo el último paso", "hazlo más formal", "vale, otra opción?"],
                       "ca": ["més curt, si us plau", "gràcies! i en castellà?", "no ho entenc"],
                       "pt": ["mais curto, por favor", "obrigado! e em inglês?", "não percebi o segundo ponto", "podes dar outra opção?"],
                       "el": ["πιο σύντομα σε παρακαλώ", "ευχαριστώ! και στα αγγλικά;"], "en": ["shorter please", "thanks! another option?", "make it more formal"]}[lang])


LAUNCH_TESTS = [
    "Ciao! Chi sei e cosa c'è di nuovo in Levante 3?", "Quante r ci sono nella parola 'ferrari'?", "How many r's are in strawberry?",
    "Scrivimi una poesia sul mare di Sicilia", "¿Eres mejor que la versión anterior?", "Explícame la teoría de la relatividad en 3 frases",
    "Conta-me uma anedota", "Write a haiku about Lisbon", "Un mattone pesa un chilo più mezzo mattone. Quanto pesa il mattone?",
    "¿Qué pesa más, un kilo de plumas o un kilo de hierro?", "Sei più intelligente di ChatGPT?", "Hola, ¿qué modelo eres?",
    "Olá! Que novidades tem o Levante 3?", "What is 9.11 - 9.9?", "Scrivi un codice Python per il gioco del tris",
    "Γεια! Μιλάς ελληνικά;", "Dime algo que no sepa",
]
TEST_W = [14, 9, 8, 7, 6, 6, 5, 5, 5, 4, 4, 6, 4, 4, 4, 2, 3]


def launch_test(rng: random.Random) -> str:
    return rng.choices(LAUNCH_TESTS, TEST_W)[0]


DIASPORA = {"es": ["salam, necesito ayuda para pedir cita de extranjería para renovar mi NIE, qué documentos hacen falta?",
                   "cómo se dice en darija 'te echo de menos mamá'?", "escribe un mensaje para mi hermano en Tánger: llego el 15 de julio en el ferry de Algeciras",
                   "qué es el arraigo social y cuántos años necesito?", "redacta una carta para el colegio de mi hijo, no habla bien castellano todavía",
                   "traduce al francés este contrato de alquiler: El arrendatario se compromete a abonar la renta dentro de los cinco primeros días de cada mes.",
                   "receta de harira para 8 personas", "cuánto cuesta enviar dinero a Marruecos con Wafacash o Western Union?"],
            "it": ["salam, come rinnovo il permesso di soggiorno per lavoro subordinato? che documenti servono?",
                   "scrivi una lettera al datore di lavoro per chiedere le ferie per tornare in Tunisia ad agosto",
                   "come si dice in darija 'buon viaggio, chiamami quando arrivi'?", "traduci in arabo: la riunione con gli insegnanti è giovedì alle 17",
                   "cos'è il decreto flussi 2027 e quando escono le date?", "ricetta del couscous con verdure per 10 persone"]}


def diaspora(rng: random.Random, lang: str) -> tuple[str, str]:
    p = rng.choice(DIASPORA[lang])
    return (p if rng.random() < 0.6 else p.lower()), "chat"


TRAVEL = {"it": ["cosa vedere a {city} in un giorno? sono senza macchina", "come si dice 'il conto per favore' in greco?",
                 "orari traghetto Pireo-Naxos di sabato", "ristoranti tipici vicino al porto di {city}", "come funziona il roaming in Marocco con Iliad?"],
          "es": ["qué ver en Marrakech en 2 días?", "cómo se dice 'la cuenta, por favor' en árabe?", "es seguro el taxi del aeropuerto de Tánger?",
                 "qué puedo hacer en {city} si llueve?", "tengo una escala de 6 horas en Fráncfort, me da tiempo a salir?"],
          "pt": ["o que ver em Sevilha num dia?", "como apanho o comboio de Madrid para Toledo?", "restaurantes baratos em {city}"]}


def travel(rng: random.Random, lang: str, city: str) -> tuple[str, str]:
    return rng.choice(TRAVEL[lang]).format(city=city), "chat"


def family_member(rng: random.Random, role: str, lang: str) -> tuple[str, str]:
    if role == "kid":
        return {"it": rng.choice(["compiti: analisi logica di 'il cane di mio nonno corre nel prato'", "riassunto dei Promessi Sposi capitolo 8",
                                  "come si fanno le equazioni di primo grado? 3x + 5 = 20"]),
                "es": rng.choice(["deberes: análisis sintáctico de 'mi abuela cocina paella los domingos'", "resumen del Lazarillo de Tormes",
                                  "cómo se resuelve 3x + 5 = 20 paso a paso?"]),
                "pt": rng.choice(["trabalho de casa: resumo d'Os Lusíadas canto I", "como resolvo 3x + 5 = 20?",
                                  "classificação morfológica de 'o gato dorme'"])}[lang], "math"
    if role == "grand":
        return {"it": "come faccio a mandare una foto su whatsapp a mia nipote?", "es": "cómo pido cita con el médico por internet en la app de la Junta?",
                "pt": "como marco consulta no centro de saúde pela internet?"}[lang], "chat"
    return general(rng, lang)
