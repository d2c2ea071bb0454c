"""Language frames (French, MSA, Darija in Latin 'Arabizi' and Arabic script, Tamazight, English,
Spanish) and small native phrase banks for the Maghreb: bac philosophy, physics-chemistry, maths.
"""
from __future__ import annotations

LANGS = ("fr", "ar", "dar_lat", "dar_ar", "tzm", "en", "es")

ASK = {
    "fr": ["{q}", "Bonjour, {q}", "Question : {q}", "Peux-tu m'aider ? {q}", "{q} Merci !", "Salut ! {q}",
           "Réponds en français stp : {q}", "J'ai une question : {q}", "{q}\n\nRéponds simplement."],
    "ar": ["{q}", "من فضلك أجب عن السؤال التالي: {q}", "أريد مساعدة في هذا: {q}", "السلام عليكم، {q}",
           "أجب باللغة العربية: {q}"],
    "dar_lat": ["salam, {q}", "3afak {q}", "wach t9der t3awni? {q}", "{q} 3afak jawbni b darija", "slm {q}",
                "khoya {q}", "3awni f hadi: {q}"],
    "dar_ar": ["السلام، {q}", "عافاك {q}", "واش تقدر تعاوني؟ {q}", "{q} جاوبني بالدارجة عافاك", "خويا {q}"],
    "tzm": ["Azul, {q}", "ⴰⵣⵓⵍ! {q}", "Azul fellak, {q} tanemmirt!"],
    "en": ["{q}", "Hi! {q}", "Quick question: {q}", "{q} Thanks!", "Can you help me with this? {q}"],
    "es": ["{q}", "Hola, {q}", "¿Me puedes ayudar? {q}", "Responde en español: {q}", "Buenas, {q}"],
}

STEPS = {  # how a student asks for a worked solution
    "fr": ["Résous étape par étape : {q}", "Explique-moi comment résoudre : {q}", "Exercice : {q}\nDonne la correction détaillée.",
           "Je comprends pas cet exercice : {q}", "Corrige cet exercice avec les étapes stp : {q}",
           "{q}\nMontre toutes les étapes, c'est pour le bac demain.", "Aide-moi à réviser : {q}"],
    "ar": ["حل خطوة بخطوة: {q}", "اشرح لي طريقة الحل: {q}", "{q}\nأريد الحل مفصلا من فضلك", "ساعدني في حل هذا التمرين: {q}"],
    "dar_lat": ["3afak fhmni had tamrin: {q}", "kifach n7el hadi: {q} b les étapes", "{q} 3tini l7al b tafsil 3afak",
                "ghda l bac o ma fhmtch hadi: {q}", "chr7 liya hadi step by step: {q}"],
    "dar_ar": ["عافاك فهمني هاد التمرين: {q}", "كيفاش نحل هادي؟ {q}", "{q} عطيني الحل بالتفصيل عافاك"],
    "en": ["Solve step by step: {q}", "Can you walk me through this? {q}", "{q}\nPlease explain each step.",
           "How do I solve this: {q}", "{q} Show your work."],
    "es": ["Resuelve paso a paso: {q}", "¿Cómo se resuelve esto? {q}", "{q}\nExplícame cada paso, por favor."],
    "tzm": ["Azul, ssfehm-iyi: {q}"],
}

PHILO_FR = ["La conscience de soi est-elle une connaissance de soi ?", "Peut-on être libre sans être responsable ?",
            "Le travail permet-il de se réaliser ?", "La vérité est-elle relative ?", "Autrui est-il un obstacle à ma liberté ?",
            "L'État est-il l'ennemi de la liberté ?", "Faut-il se fier à l'opinion ?", "Qu'est-ce qu'une personne ?",
            "La science peut-elle tout expliquer ?", "Le langage trahit-il la pensée ?", "Le désir est-il la marque de notre imperfection ?",
            "L'histoire a-t-elle un sens ?", "Le bonheur est-il un idéal de l'imagination ?", "Peut-on penser sans langage ?",
            "La justice est-elle une convention ?", "Le devoir s'oppose-t-il au bonheur ?", "Suis-je ce que mon passé a fait de moi ?",
            "Toute vérité est-elle démontrable ?", "La technique libère-t-elle l'homme ?", "L'art est-il inutile ?"]
PHILO_AR = ["هل الشخص حر أم خاضع للضرورة؟", "ما أساس قيمة الشخص؟", "هل وجود الغير ضروري لوجود الأنا؟",
            "هل التاريخ يخضع لمنطق الضرورة؟", "هل الحقيقة مطابقة الفكر للواقع؟", "ما مصدر مشروعية الدولة؟",
            "هل العدالة أساس الحق؟", "هل الواجب إكراه أم التزام حر؟", "هل السعادة غاية يمكن بلوغها؟",
            "هل يمكن معرفة الغير؟", "ما طبيعة العلاقة بين النظرية والتجربة؟", "هل الحرية وهم؟"]
PHILO_TASKS_FR = ["Fais-moi un plan de dissertation : « {s} »", "Donne une problématique et trois parties pour le sujet : {s}",
                  "Quels auteurs citer pour « {s} » ?", "Rédige une introduction pour le sujet : {s}",
                  "Analyse ce sujet de philo du bac : {s}", "{s} — thèse, antithèse, synthèse stp"]
PHILO_TASKS_AR = ["اكتب لي مقالة فلسفية حول السؤال: {s}", "أعطني إشكالية وتصميم للموضوع: {s}",
                  "ما هي مواقف الفلاسفة حول: {s}", "عافاك عطيني مقدمة ديال الموضوع: {s}"]

PHYS_FR = [
    "Un condensateur de capacité C = {a} µF est chargé sous une tension E = {b} V à travers R = {c} kΩ. Établir l'équation différentielle vérifiée par uC(t) et calculer τ.",
    "Une bobine d'inductance L = {a} mH et de résistance r = {b} Ω est alimentée par E = {c} V. Déterminer l'intensité en régime permanent.",
    "Un solide de masse m = {a}00 g glisse sur un plan incliné d'angle {b}° sans frottement. Calculer son accélération.",
    "La demi-vie du césium 137 est de 30 ans. Quelle fraction d'un échantillon reste-t-il après {a}0 ans ?",
    "Une onde se propage le long d'une corde à la célérité v = {a} m/s, de fréquence N = {b}0 Hz. Calculer la longueur d'onde.",
    "On dose {a}0 mL d'acide éthanoïque par une solution de soude de concentration {b}×10⁻² mol/L. Le volume à l'équivalence est {c} mL. Calculer la concentration de l'acide.",
    "Un satellite tourne autour de la Terre à une altitude h = {a}00 km. Calculer sa vitesse et sa période.",
    "Circuit RLC série : R = {a}0 Ω, L = {b}0 mH, C = {c} µF. Calculer la période propre des oscillations.",
    "Calculer le pH d'une solution d'acide chlorhydrique de concentration {a}×10⁻³ mol/L.",
    "Un projectile est lancé avec v0 = {a} m/s sous un angle de {b}0°. Calculer la portée et la hauteur maximale.",
]
MATHS_FR = [
    "Étudier les variations de f(x) = {a}x³ - {b}x + {c} sur ℝ.", "Calculer la limite de (ln x)/x^{a} quand x tend vers +∞.",
    "Soit la suite u(n+1) = {a}/(u(n)+{b}) avec u(0) = {c}. Montrer qu'elle est bornée.",
    "Résoudre dans ℂ l'équation z² - {a}z + {b} = 0.", "Calculer l'intégrale de 0 à 1 de x·e^({a}x) dx par parties.",
    "Une urne contient {a} boules rouges et {b} boules noires. On tire 3 boules simultanément. Probabilité d'avoir exactement 2 rouges ?",
    "Montrer que la fonction g(x) = e^x - x - {a} admet une unique solution sur [0 ; +∞[.",
    "Déterminer l'équation de la tangente à la courbe de f(x) = x·ln(x) au point d'abscisse {a}.",
    "Résoudre l'équation différentielle y'' + {a}y = 0 avec y(0) = 1.", "Calculer le module et un argument de z = {a} + {b}i.",
]
SVT_FR = ["Explique la différence entre mitose et méiose.", "C'est quoi le rôle de l'ATP dans la contraction musculaire ?",
          "Explique le brassage interchromosomique.", "Comment se forment les chaînes de montagnes (subduction, collision) ?"]

DARIJA_CHAT_LAT = ["chno ndir bach nrta7 qbel l'examen?", "3tini chi recette dyal tajine b djaj o l7amd", "kifach nkteb CV mzyan",
                   "wach kayn chi tari9a bach n9ra bzaf f w9t 9lil", "3tini chi idée dyal cadeau l mama", "chno howa a7san telephone b 2000 dh",
                   "kifach n7seb l'impôt dyal auto-entrepreneur", "ktbli message l patron bach nطلب congé", "3lach sma zer9a?",
                   "3tini programme dyal révision l bac f 5 ayam", "wach l9ahwa katdir mochkil l n3as?", "tarjem liya had jomla l fransawiya: {x}"]
DARIJA_CHAT_AR = ["شنو هي أحسن طريقة باش نراجع الفلسفة؟", "عطيني وصفة ديال الحريرة", "كيفاش نكتب طلب خدمة بالفرنسية؟",
                  "شنو الفرق بين المقاول الذاتي والشركة؟", "واش كاين شي تطبيق مزيان باش نتعلم الإنجليزية؟", "ترجم ليا هاد الجملة: {x}"]
MSA_CHAT = ["ما هي أهم أسباب التغير المناخي في شمال إفريقيا؟", "اكتب رسالة رسمية لطلب منحة دراسية.",
            "لخص تاريخ الدولة الموحدية في فقرة.", "ما الفرق بين الذكاء الاصطناعي والتعلم الآلي؟", "اقترح خطة غذائية صحية لأسبوع.",
            "اشرح قاعدة كان وأخواتها مع أمثلة.", "اكتب قصيدة قصيرة عن البحر.", "كيف أحسب الزكاة على المدخرات؟"]
TAMAZIGHT = ["Azul fellawen, ad ttxil-k ssuqel-d tafyirt-a ɣer tmaziɣt: {x}", "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ, ⵙⵙⵓⵖⵍ ⵜⴰⴼⵢⵉⵔⵜ ⴰⴷ: {x}",
             "Mamek ara d-iniɣ 'thank you very much' s teqbaylit ?", "Explique l'alphabet tifinagh et ses voyelles.",
             "Ssuqel-d s tmaziɣt : « Le bac commence demain matin à 8 heures. »", "Traduire en tachelhit : bonjour, comment vas-tu ?",
             "Quelle est la différence entre tarifit, tachelhit et tamazight du Moyen Atlas ?"]
SHORT_FR = ["Bonne chance pour le bac !", "Le rendez-vous est reporté à jeudi.", "Merci pour votre patience.",
            "Veuillez trouver ci-joint la facture.", "La réunion commence à 10 heures.", "Je suis en retard, désolé."]
FR_CHAT = ["Écris un mail à mon propriétaire pour signaler une fuite d'eau.", "Donne-moi 5 idées de dîner rapide.",
           "Comment renouveler mon titre de séjour en France ?", "Résume ce texte en 3 phrases : {x}",
           "Quelle est la différence entre un CDD et un CDI ?", "Propose un itinéraire de 3 jours à Fès.",
           "Corrige les fautes : {x}", "Explique-moi la blockchain simplement.", "Écris un post LinkedIn pour annoncer mon nouveau poste.",
           "Comment préparer un entretien d'embauche en anglais ?", "Traduis en arabe : {x}", "Aide-moi à rédiger une lettre de motivation."]
ES_CHAT = ["¿Cómo se prepara un cuscús tradicional?", "Escribe un correo para pedir vacaciones.", "Traduce al francés: {x}",
           "Explícame la diferencia entre ser y estar para un hablante de árabe.", "Dame ideas para un viaje a Tánger."]


def frame(rng, bank: dict, lang: str, q: str) -> str:
    lst = bank.get(lang) or bank["en"]
    return rng.choice(lst).replace("{q}", q)


def fill_nums(rng, t: str) -> str:
    return t.replace("{a}", str(rng.randint(2, 9))).replace("{b}", str(rng.randint(2, 9))).replace("{c}", str(rng.randint(1, 12)))


def fill_x(rng, t: str) -> str:
    return t.replace("{x}", rng.choice(SHORT_FR)).replace("{s}", rng.choice(PHILO_FR))


def native_chat(rng, lang: str) -> str:
    bank = {"dar_lat": DARIJA_CHAT_LAT, "dar_ar": DARIJA_CHAT_AR, "ar": MSA_CHAT, "tzm": TAMAZIGHT, "fr": FR_CHAT,
            "es": ES_CHAT}.get(lang, FR_CHAT)
    return fill_x(rng, rng.choice(bank))


def bac_question(rng, subject: str, lang: str) -> str:
    if subject == "philo":
        if lang in ("ar", "dar_ar") or (lang == "dar_lat" and rng.random() < 0.5):
            return rng.choice(PHILO_TASKS_AR).replace("{s}", rng.choice(PHILO_AR))
        return rng.choice(PHILO_TASKS_FR).replace("{s}", rng.choice(PHILO_FR))
    if subject == "svt":
        return rng.choice(SVT_FR)
    src = PHYS_FR if subject == "physique" else MATHS_FR
    return fill_nums(rng, rng.choice(src))
