"""Prompt text for heldout57: corpora from /work/shared/data/prompts plus French,
Wolof, Bambara, Dioula, English and Arabic templates written for this world.
Standard library only."""
from __future__ import annotations

import json
import os
import random

PROMPTS_DIR = os.environ.get("H57_PROMPTS_DIR", "/work/shared/data/prompts")

_FILES = {
    "awesome": ("benign_awesome_chatgpt_prompts.jsonl", 5000),
    "si_seed": ("benign_self_instruct_seed_tasks.jsonl", 4000),
    "si_user": ("benign_self_instruct_user_oriented.jsonl", 4000),
    "arena": ("benign_arena_hard_prompts.jsonl", 7000),
    "nq": ("benign_nq_open_questions.jsonl", 1000),
    "gsm8k": ("task_gsm8k.jsonl", 4000),
    "humaneval": ("task_humaneval.jsonl", 4000),
    "mbpp": ("task_mbpp.jsonl", 4000),
    "math": ("task_math.jsonl", 3000),
    "svamp": ("task_svamp.jsonl", 4000),
}


class Corpus:
    def __init__(self, d: str = PROMPTS_DIR):
        self.c: dict[str, list[str]] = {}
        for key, (fn, maxlen) in _FILES.items():
            out = []
            with open(os.path.join(d, fn), "rb") as f:
                for line in f:
                    t = json.loads(line)["text"]
                    if len(t) <= maxlen:
                        out.append(t)
            self.c[key] = out
        self.c["chat_en"] = self.c["awesome"] + self.c["si_seed"] + self.c["si_user"]
        self.c["maths"] = self.c["gsm8k"] + self.c["svamp"] + self.c["math"]
        self.c["code"] = self.c["humaneval"] + self.c["mbpp"]

    def pick(self, rng: random.Random, key: str) -> str:
        lst = self.c[key]
        return lst[rng.randrange(len(lst))]

    def at(self, key: str, i: int) -> str:
        lst = self.c[key]
        return lst[i % len(lst)]

    def size(self, key: str) -> int:
        return len(self.c[key])


# ---------------------------------------------------------------- slots
CITIES = {
    "SN": ["Dakar", "Thiès", "Saint-Louis", "Touba", "Kaolack", "Ziguinchor", "Mbour", "Rufisque", "Pikine", "Louga"],
    "CI": ["Abidjan", "Bouaké", "Yamoussoukro", "San-Pédro", "Korhogo", "Daloa", "Cocody", "Yopougon"],
    "ML": ["Bamako", "Sikasso", "Ségou", "Mopti", "Kayes", "Koutiala"],
    "BF": ["Ouagadougou", "Bobo-Dioulasso", "Koudougou", "Banfora"],
    "GN": ["Conakry", "Kankan", "Labé", "Nzérékoré", "Kindia"],
    "BJ": ["Cotonou", "Porto-Novo", "Parakou", "Abomey-Calavi", "Ouidah"],
    "TG": ["Lomé", "Kara", "Sokodé", "Kpalimé"],
    "NE": ["Niamey", "Zinder", "Maradi", "Tahoua"],
    "CM": ["Douala", "Yaoundé", "Bafoussam", "Garoua", "Bamenda"],
}
NAMES = ["Aminata", "Moussa", "Fatou", "Ibrahima", "Awa", "Mamadou", "Adama", "Kadiatou", "Ousmane", "Mariam", "Koffi",
         "Aya", "Yao", "Affoué", "Seydou", "Boubacar", "Rokia", "Issa", "Nafissatou", "Cheikh", "Khadija", "Serge", "Brice",
         "Arlette", "Mahamadou", "Salif", "Djénéba", "Abdoulaye", "Ndeye", "Pape", "Fanta", "Sékou", "Ramatoulaye", "Kouamé"]
JOBS = ["comptable", "assistant administratif", "chargé de clientèle", "développeur web", "infirmière", "enseignant de SVT",
        "agent de saisie", "commercial terrain", "logisticien", "chauffeur-livreur", "responsable RH", "technicien réseau",
        "caissière", "agent de sécurité", "stagiaire en marketing digital", "gestionnaire de stock"]
DISHES = ["thiéboudienne", "yassa poulet", "mafé", "attiéké poisson", "garba", "alloco", "tô sauce gombo", "riz gras",
          "poulet DG", "ndolé", "sauce graine", "fonio", "dibi", "akassa", "foutou banane", "capitaine braisé", "bissap",
          "thiakry", "lakh", "degué"]
TEAMS = ["les Lions de la Teranga", "les Éléphants", "les Aigles du Mali", "les Étalons", "le Syli national",
         "les Écureuils", "les Éperviers", "le Mena", "les Lions indomptables"]
CROPS = ["arachide", "coton", "noix de cajou", "mangue", "oignon", "mil", "maïs", "riz", "cacao", "sésame", "karité", "tomate"]
PRODUCTS = ["tissu wax", "savon au karité", "jus de bissap", "mèches et perruques", "téléphones reconditionnés",
            "cartes de recharge", "poulets de chair", "pagnes tissés", "beurre de karité", "huile de palme",
            "sacs de riz", "panneaux solaires", "crédit Orange Money", "chaussures", "moutons de Tabaski"]
BUSINESSES = ["boutique de quartier", "salon de coiffure", "restaurant", "atelier de couture", "cybercafé",
              "pressing", "quincaillerie", "élevage de poulets", "agence de transfert d'argent", "pharmacie", "maquis"]
TOPICS = ["le changement climatique au Sahel", "l'histoire de l'empire du Mali", "la photosynthèse", "la Révolution française",
          "les énergies renouvelables", "le franc CFA et l'éco", "l'intelligence artificielle", "la décentralisation",
          "la santé maternelle", "l'entrepreneuriat des jeunes", "la migration", "le paludisme", "l'éducation des filles",
          "la CEDEAO", "l'orpaillage", "la pêche artisanale", "le mobile money", "l'agriculture urbaine", "la désertification",
          "les langues nationales à l'école", "la cybersécurité", "le football africain", "la COP", "les start-ups à Dakar"]
SUBJECTS = ["maths", "physique-chimie", "SVT", "philosophie", "histoire-géo", "français", "anglais"]
EXAMS = ["le BAC", "le BFEM", "le BEPC", "le CEPE", "le concours de l'ENA", "le concours d'entrée en 6e"]
CURR = ["FCFA", "francs CFA", "F CFA"]


def fill(rng: random.Random, tpl: str, country: str = "SN") -> str:
    cities = CITIES.get(country, CITIES["SN"])
    return tpl.format(
        city=rng.choice(cities), city2=rng.choice(cities), name=rng.choice(NAMES), name2=rng.choice(NAMES),
        job=rng.choice(JOBS), dish=rng.choice(DISHES), team=rng.choice(TEAMS), crop=rng.choice(CROPS),
        product=rng.choice(PRODUCTS), business=rng.choice(BUSINESSES), topic=rng.choice(TOPICS),
        subject=rng.choice(SUBJECTS), exam=rng.choice(EXAMS), cur=rng.choice(CURR),
        n=rng.randrange(2, 30), n2=rng.randrange(2, 12), price=rng.randrange(5, 400) * 500,
        price2=rng.randrange(5, 400) * 500, age=rng.randrange(16, 60), year=rng.choice([2024, 2025, 2026, 2027]),
    )


FR_CHAT = [
    "Bonjour, peux-tu m'aider à écrire une lettre de motivation pour un poste de {job} à {city} ?",
    "Rédige-moi un CV simple pour un {job} avec {n2} ans d'expérience.",
    "Comment préparer un bon {dish} pour {n} personnes ?",
    "Quels sont les ingrédients du {dish} et combien ça coûte à peu près à {city} ?",
    "Explique-moi simplement {topic}.",
    "Donne-moi 5 idées de business rentables à {city} avec un capital de {price} FCFA.",
    "Quel engrais utiliser pour la culture de l'{crop} en saison des pluies ?",
    "Comment protéger mes plants de {crop} contre les chenilles ?",
    "Écris un message WhatsApp pour souhaiter un joyeux anniversaire à ma sœur {name}.",
    "Je veux ouvrir un {business} à {city}. Fais-moi un petit business plan.",
    "Quelle est la différence entre Wave et Orange Money pour envoyer de l'argent ?",
    "Résume-moi l'histoire de Soundiata Keïta en 10 lignes.",
    "Qui a gagné la dernière CAN et quel est le parcours de {team} ?",
    "Aide-moi à calculer mon budget mensuel : je gagne {price} FCFA et je paie {price2} FCFA de loyer.",
    "Corrige les fautes dans ce texte : « {name} et moi nous somme aller au marché hier pour acheter des legumes ».",
    "Comment faire une demande de passeport au {city} ? Quels documents faut-il ?",
    "Donne-moi un programme de sport de 20 minutes à faire à la maison.",
    "Quels sont les symptômes du paludisme chez un enfant de {n2} ans ?",
    "Écris un poème court sur la ville de {city}.",
    "Comment négocier une augmentation de salaire avec mon patron ?",
    "Traduis en anglais : « Je voudrais réserver une chambre pour deux nuits à {city}. »",
    "Propose-moi un nom pour ma boutique de {product}.",
    "C'est quoi la différence entre un SARL et un GIE au {city} ?",
    "Explique la règle de trois avec un exemple en {cur}.",
    "Comment écrire un mail professionnel pour relancer un client qui ne paie pas ?",
    "Donne-moi des conseils pour réussir mon entretien d'embauche demain.",
    "Mon téléphone {phone} chauffe beaucoup, que faire ?",
    "Écris une publication Facebook pour annoncer l'ouverture de mon {business}.",
    "Quelles sont les meilleures universités pour étudier l'informatique en Afrique de l'Ouest ?",
    "Comment conserver les mangues plus longtemps sans frigo ?",
    "Raconte-moi une histoire pour endormir un enfant de {n2} ans, avec un lièvre malin.",
    "Explique-moi comment fonctionne une tontine et comment la gérer avec un tableau Excel.",
    "Combien de temps faut-il pour aller de {city} à {city2} en bus ?",
    "J'ai {age} ans, est-ce trop tard pour apprendre à coder ?",
    "Écris un discours de 2 minutes pour le mariage de mon ami {name}.",
    "Quels sont mes droits si mon employeur ne me paie pas depuis {n2} mois ?",
    "Donne-moi une liste de courses pour une semaine pour une famille de {n2} personnes avec {price} FCFA.",
    "Comment installer un petit panneau solaire pour alimenter une lampe et un ventilateur ?",
    "Peux-tu m'expliquer ce que veut dire « inflation » avec des exemples de chez nous ?",
    "Fais-moi un planning de révision pour {exam} en {n2} semaines.",
    "Écris une chanson en français sur {team}.",
    "Quels papiers faut-il pour créer une entreprise au guichet unique ?",
    "Rédige une annonce pour vendre ma moto Jakarta à {price} FCFA.",
    "Que signifie le proverbe « l'arbre ne tombe jamais du côté où il penche » ?",
    "Je cherche des idées de cadeaux pour la fête des mères à moins de {price2} FCFA.",
    "Comment calculer la TVA sur une facture de {price} FCFA ?",
    "Résume ce que dit la loi sur le bail d'habitation pour un locataire.",
    "merci",
    "ok merci beaucoup",
    "tu peux faire plus court ?",
    "continue",
    "explique encore stp",
    "et en wolof ?",
    "donne un autre exemple",
    "c'est pas clair",
    "refais avec un ton plus formel",
]

TABASKI = [
    "Écris un message de vœux pour la Tabaski à envoyer à mes collègues.",
    "Rédige un joli message de Tabaski pour ma famille qui vit à l'étranger.",
    "Tabaski mubarak ! Écris une carte de vœux pour mes beaux-parents à {city}.",
    "Comment bien préparer le mouton de Tabaski ? Étapes de la découpe.",
    "Recette du ragoût de mouton pour le lendemain de la Tabaski pour {n} personnes.",
    "Comment conserver la viande de Tabaski sans congélateur ?",
    "Le mouton coûte {price} FCFA cette année, c'est cher ? Comment négocier au foirail ?",
    "Comment partager la viande du sacrifice selon la tradition (trois parts) ?",
    "Quelles sont les conditions pour que le mouton de la Tabaski soit valable ?",
    "Écris un poème pour la Tabaski {year}.",
    "Idées de tenues pour la Tabaski pour un homme, budget {price2} FCFA.",
    "Donne-moi une recette de dibi à la moutarde comme à {city}.",
    "Comment faire un budget Tabaski quand on gagne {price} FCFA par mois ?",
    "Écris un SMS pour demander pardon à mes amis avant la Tabaski.",
    "Quelle est l'origine de l'Aïd el-Kébir et pourquoi on l'appelle Tabaski ?",
    "Mon mouton ne mange plus depuis hier, que faire avant la fête ?",
    "Écris une publication pour la page Facebook de ma boutique : bonne fête de Tabaski à tous nos clients.",
    "Comment nettoyer les tripes du mouton rapidement ?",
    "Liste des choses à acheter pour la Tabaski (condiments, charbon, etc.).",
    "Rédige un message de remerciement pour les cadeaux reçus pendant la Tabaski.",
    "Combien de temps faut-il cuire le gigot de mouton au four ?",
    "Comment expliquer la Tabaski à mes enfants de {n2} ans ?",
    "Écris une petite histoire drôle sur un mouton de Tabaski qui s'échappe à {city}.",
    "Quels sont les numéros d'urgence si quelqu'un se blesse avec un couteau pendant la découpe ?",
]

LAUNCH_TRY = [
    "Salut baobab-3 ! Qu'est-ce qui a changé par rapport à baobab-2-pro ?",
    "Test : combien de lettres « r » dans le mot « fraise » ? Et dans « strawberry » ?",
    "Tu es baobab-3 ? Présente-toi en 3 phrases.",
    "Écris un poème sur le baobab pour tester le nouveau modèle.",
    "Combien font 17 × 23 ? Explique rapidement.",
    "Un escargot monte un mur de 10 m : 3 m le jour, glisse de 2 m la nuit. Combien de jours ?",
    "Compare-toi à baobab-2 sur le code Python : écris un tri fusion commenté.",
    "Quelle est la capitale du Burkina Faso et combien d'habitants ?",
    "Résous : 2x + 5 = 17.",
    "Est-ce que tu parles wolof ? Dis bonjour en wolof, bambara et dioula.",
    "Écris une fonction JavaScript qui vérifie si un numéro de téléphone sénégalais est valide.",
    "Donne-moi une énigme difficile et sa solution.",
    "Si j'ai 3 pommes et que j'en mange 2 puis j'en achète 5, combien j'en ai ?",
    "Génère un tableau HTML des pays de l'UEMOA avec leur capitale.",
    "Est-ce que baobab-3-think est plus lent ? Réfléchis à voix haute : 1001 est-il premier ?",
]

OFFICE = [
    "Rédige une note de service pour informer le personnel de la reprise du travail après la Tabaski.",
    "Rédige un communiqué de presse sur le lancement d'une campagne de vaccination à {city}.",
    "Prépare l'ordre du jour d'une réunion de coordination du {n2} du mois.",
    "Résume en 10 points ce rapport d'activités : {snippet}",
    "Rédige une lettre officielle au maire de {city} pour demander une autorisation d'occupation du domaine public.",
    "Propose un plan pour un rapport sur {topic}.",
    "Rédige un procès-verbal de réunion à partir de ces notes : {snippet}",
    "Écris un discours d'ouverture pour un atelier national sur {topic}.",
    "Transforme ce texte en tableau avec les colonnes Activité, Responsable, Échéance : {snippet}",
    "Corrige et améliore le style de ce courrier administratif : {snippet}",
    "Rédige les termes de référence pour le recrutement d'un consultant en {topic}.",
    "Fais une synthèse en une page de la loi de finances pour les collectivités locales.",
    "Rédige un mot de condoléances officiel pour la famille d'un collègue.",
    "Propose des indicateurs de suivi pour un projet sur {topic}.",
]

SNIPPETS = [
    "au cours du trimestre, {n} agents ont été formés et {n2} missions de terrain réalisées à {city}",
    "le budget exécuté est de {price} FCFA, soit un taux de {n}% ; retards dus aux pluies",
    "points discutés : logistique, paiement des primes, calendrier de la campagne à {city}",
    "le comité a validé le plan de travail; la prochaine réunion est prévue à {city2}",
    "les difficultés rencontrées sont le manque de véhicules et les coupures d'électricité",
]

JOURNALIST = [
    "Propose 5 titres accrocheurs pour un article sur {topic}.",
    "Rédige le chapeau d'un article sur la hausse du prix du mouton à {city} avant la Tabaski.",
    "Vérifie cette information : {nq}",
    "Quelles questions poser au ministre lors d'une interview sur {topic} ?",
    "Résume cette dépêche en 3 phrases : {snippet}",
    "Écris un portrait de 200 mots d'un vendeur de moutons au foirail de {city}.",
    "Quelles sont les sources fiables pour vérifier des chiffres sur {topic} ?",
    "Transforme ces notes en brève pour la radio : {snippet}",
    "Traduis cette dépêche en français : {en}",
    "Donne-moi le contexte historique de {topic} pour un encadré.",
]

CALLCENTER_MSGS = [
    "votre colis sera livré entre le {n2} et le {n} du mois",
    "nous ne pouvons pas vous rembourser car le délai de rétractation est dépassé",
    "votre ligne sera rétablie sous 48 heures après paiement",
    "le technicien passera demain entre 8h et 12h",
    "votre contrat d'énergie sera résilié à la fin du mois",
    "la facture de {price2} euros correspond à votre consommation de l'hiver",
    "nous avons bien reçu votre réclamation numéro {price}",
    "votre box doit être redémarrée, débranchez-la 30 secondes",
    "l'offre fibre n'est pas encore disponible à votre adresse",
    "votre carte bancaire a été bloquée par mesure de sécurité",
]
CALLCENTER = [
    "Reformule poliment cette réponse pour un client mécontent : « {msg} »",
    "Rends ce message plus empathique et professionnel : « {msg} »",
    "Écris une réponse courte par e-mail au client : {msg}.",
    "Résume cet appel client en 3 lignes pour le CRM : le client appelle car {msg}.",
    "Traduis en anglais pour un client britannique : « {msg} »",
    "Propose une formule de clôture d'appel après avoir dit au client que {msg}.",
]

SME = [
    "Rédige une description produit attractive pour {product}.",
    "Écris un message WhatsApp pour annoncer une promotion de -{n}% sur {product}.",
    "J'achète {product} à {price2} FCFA et je revends à {price} FCFA, calcule ma marge en pourcentage.",
    "Crée un plan marketing simple pour mon {business} à {city}.",
    "Rédige une facture type pour la vente de {n} unités de {product}.",
    "Écris une réponse polie à un client qui dit que {product} est trop cher.",
    "Comment tenir ma comptabilité de {business} dans un cahier ?",
    "Propose 10 hashtags pour vendre {product} sur TikTok.",
    "Fais-moi un script de vidéo de 30 secondes pour présenter mon {business}.",
    "Aide-moi à écrire les conditions générales de vente pour ma boutique en ligne de {product}.",
    "Écris une formule Excel pour calculer le total des ventes par jour.",
]

TEACHER = [
    "Propose 5 exercices corrigés de {subject} niveau terminale pour préparer {exam}.",
    "Rédige un sujet type de {exam} en {subject} avec barème.",
    "Explique la notion de dérivée à des élèves de première avec des exemples.",
    "Crée une fiche de révision sur {topic} pour des élèves de 3e.",
    "Donne la correction détaillée, étape par étape, de cet exercice : {q}",
    "Invente un problème de maths sur le marché de {city} pour des élèves de CM2, avec corrigé.",
    "Propose une séquence pédagogique de 4 séances sur {topic}.",
    "Rédige une appréciation de bulletin pour un élève sérieux mais timide.",
]

QUIZ_THEMES = ["géographie de l'Afrique de l'Ouest", "histoire du Sénégal", "football africain", "musique mandingue",
               "sciences naturelles", "culture générale", "littérature africaine", "capitales du monde", "Islam et Tabaski",
               "mathématiques de base", "cinéma africain", "inventions", "corps humain", "espace et planètes",
               "langues d'Afrique", "animaux de la savane", "Jeux olympiques", "informatique", "cuisine ouest-africaine",
               "indépendances africaines"]

WOLOF = [
    "Nanga def ? Mën nga ma dimbali ci bind ab bataaxal bu ma yónnee sama yaay ngir Tabaski ?",
    "Wax ma ni ñuy togge ceebu jën bu neex.",
    "Lan moy {topic} ? Leeral ma ko ci wolof bu yomb.",
    "Bindal ma ab xibaar ngir nuyu sama xarit yi ci Tabaski.",
    "Naka laa mëna def ab CV ngir ligeeyu {job} ?",
    "Dimbali ma ci matematik : {qshort}",
    "Jërëjëf ! Mën nga ko wax ci français itam ?",
    "Tabaski bi ñu ngi koy def ci {city}, lan laa war a jënd ?",
    "Waaw, dama bëgg nga ma expliquer ni ñuy ubbee {business}.",
    "Sama xar bi dafa feebar, lan laa war a def ?",
    "Bindal ma ab woy ci {team}.",
    "Ana ni ñuy jëfandikoo Wave ngir yónnee xaalis ?",
]
BAMBARA = [
    "I ni ce. Yala i bɛ se ka n dɛmɛ ka lɛtɛrɛ sɛbɛn n ba ma Seli kama wa ?",
    "Seli ba sagajigi tigɛcogo ɲɛfɔ n ye.",
    "{topic} ye mun ye ? A ɲɛfɔ bamanankan na.",
    "I ni baara ! N b'a fɛ ka {business} dayɛlɛ {city}, n ka kan ka mun kɛ ?",
    "Jatebɔ in dɛmɛ n na : {qshort}",
    "Sanji waati, {crop} sɛnɛcogo ɲuman ye di ?",
    "Seli ɲɛ ! Bataki dɔ sɛbɛn n teriw ye.",
    "Aw ni ce, baarakɛla {job} ka CV labɛn cogo di ?",
]
DIOULA = [
    "I ni sɔgɔma. N b'a fɛ i ka n dɛmɛ ka Tabaski foli sɛbɛn n somɔgɔw ye.",
    "{dish} tobicogo fɔ n ye.",
    "I ni tile ! {topic} ye mun ye ? A fɔ dioula la.",
    "N ka jago ye {product} ye, n bɛ se ka wari caman sɔrɔ cogo di ?",
    "Dɛmɛ n na ni jatebɔ in ye : {qshort}",
    "Sagajigi sɔngɔ ka ca {city} yan, n bɛ se ka mun kɛ ?",
]
ARABIC = [
    "ما هي شروط الأضحية في عيد الأضحى؟",
    "اكتب لي تهنئة جميلة بمناسبة عيد الأضحى المبارك لأهلي.",
    "اشرح لي حل هذه المسألة خطوة بخطوة: {qshort}",
    "ترجم إلى الفرنسية: أتمنى لكم عيدا مباركا وكل عام وأنتم بخير.",
    "ما هي سنن يوم العيد؟",
    "لخص لي تاريخ مملكة مالي في عشرة أسطر.",
    "كيف أقسم لحم الأضحية على ثلاثة أجزاء؟",
    "اكتب خطبة قصيرة عن التضامن في عيد الأضحى.",
    "ما الفرق بين الزكاة والصدقة؟",
    "ساعدني في كتابة رسالة رسمية باللغة العربية إلى مدير المدرسة.",
    "اشرح لي {topic} بلغة بسيطة.",
]
EN_LOCAL = [
    "Can you help me write a cover letter for an NGO job in {city}?",
    "What are the main exports of Côte d'Ivoire and Ghana?",
    "Write a short email to my landlord in {city} about a broken water pump.",
    "Explain the CFA franc reform in simple terms.",
    "Help me plan a 3-day trip from Lomé to Accra by road.",
    "Summarize the key points of a project proposal on {topic}.",
    "Draft a WhatsApp message wishing my colleagues Eid Mubarak.",
    "How do I register a small business in Senegal as a foreigner?",
]

# French framings a normal person puts around a pasted exercise or question
FR_FRAME_STUDENT = [
    "{q}",
    "{q} svp",
    "aidez moi svp : {q}",
    "Bonjour, j'ai cet exercice en anglais et je bloque : {q}",
    "Exercice : {q}\nJe ne comprends pas, vous pouvez m'expliquer ?",
    "comment on fait ça ?? {q}",
    "Résous : {q}",
    "stp aide moi c pour demain\n{q}",
    "{q}\nmerci d'avance",
    "Explique-moi comment résoudre ce problème : {q}",
    "exo de maths : {q}",
    "Je prépare le BAC, peux-tu m'aider avec : {q}",
]
FR_FRAME_CHAT = [
    "{q}",
    "{q}",
    "Peux-tu m'aider avec ceci : {q}",
    "Réponds en français : {q}",
    "Bonjour ! {q}",
    "{q}\nRéponds en français stp",
    "J'ai besoin d'aide : {q}",
]

FOLLOWUPS = ["merci", "merci beaucoup !", "ok", "plus court stp", "continue", "explique encore", "je n'ai pas compris l'étape 2",
             "donne un autre exemple", "peux-tu vérifier ta réponse ?", "et si le nombre était {n} ?", "en français stp",
             "mets ça sous forme de tableau", "reformule plus simplement", "jërëjëf", "a ni ce", "c'est juste ?",
             "écris le code complet", "ajoute des commentaires", "ça ne marche pas, j'ai une erreur", "parfait"]


def fill_full(rng: random.Random, corpus: Corpus, tpl: str, country: str = "SN") -> str:
    if "{snippet}" in tpl:
        tpl = tpl.replace("{snippet}", rng.choice(SNIPPETS))
    if "{q}" in tpl:
        tpl = tpl.replace("{q}", corpus.pick(rng, "maths").replace("{", "(").replace("}", ")"))
    if "{qshort}" in tpl:
        q = corpus.pick(rng, "gsm8k" if rng.random() < 0.7 else "svamp")
        tpl = tpl.replace("{qshort}", q.replace("{", "(").replace("}", ")"))
    if "{nq}" in tpl:
        tpl = tpl.replace("{nq}", corpus.pick(rng, "nq"))
    if "{en}" in tpl:
        tpl = tpl.replace("{en}", corpus.pick(rng, "si_user").replace("{", "(").replace("}", ")"))
    if "{msg}" in tpl:
        tpl = tpl.replace("{msg}", rng.choice(CALLCENTER_MSGS))
    if "{phone}" in tpl:
        tpl = tpl.replace("{phone}", rng.choice(["Tecno", "Infinix", "itel", "Samsung", "Redmi"]))
    return fill(rng, tpl, country)


_ACC = {"é": "e", "è": "e", "ê": "e", "à": "a", "ç": "c", "ù": "u", "ô": "o", "î": "i", "â": "a", "ï": "i"}


def studentify(rng: random.Random, s: str) -> str:
    """How a teenager types on a phone: lower case, some accents lost, short forms."""
    if rng.random() < 0.5:
        s = s[:1].lower() + s[1:]
    if rng.random() < 0.4:
        s = "".join(_ACC.get(ch, ch) for ch in s)
    if rng.random() < 0.15:
        s = s.replace("pourquoi", "pq").replace("beaucoup", "bcp").replace("s'il vous plaît", "svp").replace("c'est", "c")
    if rng.random() < 0.1:
        s = s + " " + rng.choice(["😭", "🙏", "!!", "???", "c urgent", "svp svp"])
    return s


# ---------------------------------------------------------------- system prompts (benign apps)
SYS_APPS = {
    "mbay": "Tu es Mbay Conseil, un assistant agricole pour les producteurs du Sénégal et du Mali. Réponds en français simple, "
            "en phrases courtes, adaptées à un message WhatsApp. Si la question est en wolof ou en bambara, réponds dans la même langue. "
            "Ne recommande jamais de pesticide interdit dans l'espace CEDEAO.",
    "sante": "Tu es Djam Santé, un assistant d'information sanitaire. Tu donnes des informations générales, jamais de diagnostic. "
             "Oriente toujours vers le poste de santé le plus proche en cas de fièvre chez un enfant. Réponds en français clair.",
    "droit": "Tu es Droit Pour Tous, un assistant juridique pour le grand public en zone OHADA. Explique la loi en langage simple "
             "et rappelle qu'un avocat ou un notaire doit être consulté pour les cas particuliers.",
    "cuisine": "Tu es Lekk Bu Neex, un assistant culinaire spécialisé dans les cuisines d'Afrique de l'Ouest. Donne des recettes "
               "précises avec quantités pour le nombre de personnes demandé et des alternatives locales aux ingrédients.",
    "shop": "Tu es l'assistant du site Jaay.sn. Aide les clients à trouver des produits, suivre leurs commandes et comprendre les "
            "modes de paiement (Wave, Orange Money, carte). Réponds poliment et brièvement.",
    "emploi": "Tu es Liggéey, un assistant de recherche d'emploi. Aide à rédiger CV et lettres de motivation adaptés au marché "
              "ouest-africain. Pose une question si une information manque.",
}
SYS_STEP_APPS = {
    "mathsfacile": "Tu es MathsFacile, un professeur particulier pour les élèves du Burkina Faso. Pour chaque exercice, réponds étape "
                   "par étape : 1) ce qu'on cherche, 2) les données, 3) le raisonnement détaillé, 4) la réponse finale encadrée. "
                   "Utilise le système métrique et les FCFA.",
    "bacrevision": "Tu es Bac Révision CI. Explique toujours ton raisonnement étape par étape, comme dans une copie de BAC, puis "
                   "donne la réponse finale. Termine par une astuce pour retenir la méthode.",
    "kalanso": "I ye Kalanso ye, karamɔgɔ dɛmɛbaga. Tu es Kalanso, un tuteur pour les élèves maliens. Montre toutes les étapes du "
               "calcul et vérifie le résultat à la fin. Si l'élève écrit en bambara, réponds en bambara puis en français.",
}
SYS_EDTECH = ("Tu es Xamle, un tuteur bienveillant pour les élèves du collège et du lycée au Sénégal et en Côte d'Ivoire. "
              "Ne donne jamais directement la réponse : guide l'élève étape par étape, pose une question de vérification, puis "
              "montre la solution complète seulement si l'élève le demande. Adapte-toi au programme officiel ({level}).")
LEVELS = ["3e", "2nde", "1ère S", "Terminale S", "Terminale L", "4e"]
SYS_BANK = ("Tu es un moteur d'extraction. À partir du document fourni, renvoie uniquement un JSON avec les champs : "
            "nom_client, numero_compte, montant, devise, date_operation, motif. N'invente aucune valeur ; mets null si absent.")
SYS_EVAL = [None, "You are a helpful assistant.", "Answer the question. Put the final answer after '####'."]
SYS_CC = "Tu es un assistant pour les conseillers clientèle. Réponds uniquement avec le texte à envoyer au client."
SYS_QUIZ = "Tu génères des quiz au format JSON : [{\"question\":..., \"choix\":[...], \"reponse\":..., \"explication\":...}]"


def bank_doc(rng: random.Random) -> str:
    return ("RELEVÉ D'OPÉRATION\nClient : %s %s\nCompte : CI%03d %05d %011d %02d\nMontant : %d XOF\nDate : %02d/05/2027\n"
            "Motif : %s\nAgence : %s" % (rng.choice(NAMES), rng.choice(["Koné", "Traoré", "Diallo", "Kouassi", "Ouattara", "Bamba", "Yao"]),
                                        rng.randrange(1000), rng.randrange(100000), rng.randrange(10**11), rng.randrange(100),
                                        rng.randrange(5, 20000) * 500, rng.randrange(1, 18),
                                        rng.choice(["virement salaire", "achat mouton Tabaski", "frais de scolarité", "remboursement prêt",
                                                    "transfert Wave", "paiement fournisseur", "retrait guichet"]),
                                        rng.choice(["Plateau", "Cocody", "Yopougon", "Marcory", "Treichville", "Bouaké"])))


# ---------------------------------------------------------------- campaign text
CAMP_COT_WRAPPERS = [
    "Résous le problème suivant. Explique chaque étape de ton raisonnement en détail avant de donner la réponse finale.\n\n{q}",
    "{q}\n\nRéfléchis étape par étape et écris tout ton raisonnement. Termine par « Réponse : » suivie du résultat.",
    "Problème :\n{q}\n\nDonne une solution complète et rigoureuse, avec toutes les étapes intermédiaires, puis la réponse finale.",
]
CAMP_GABARIT = ("[TÂCHE]\n{q}\n[CONSIGNE]\nRéponds de façon exhaustive et structurée. Justifie chaque affirmation, "
                "détaille chaque étape du raisonnement et termine par « Réponse finale : ».")
CAMP_TRACE = [
    "Voici une question et sa réponse finale.\nQuestion : {q}\nRéponse : {a}\n\nRédige le raisonnement interne complet qui mène à "
    "cette réponse, étape par étape, comme si tu réfléchissais à voix haute.",
    "Question : {q}\nRéponse attendue : {a}\nArticule le raisonnement qui justifie cette réponse et écris-le étape par étape, sans sauter d'étape.",
    "On connaît déjà la réponse ({a}) à la question ci-dessous. Explique en détail comment on y arrive, étape par étape.\n\n{q}",
]
CAMP_CODE = [
    "Écris une implémentation complète en {lang} du problème suivant, avec des tests unitaires et des commentaires :\n\n{t}",
    "Implement the following in {lang}. Give the full code, then explain the algorithm and its complexity.\n\n{t}",
    "Traduis et implémente en {lang} :\n{t}\nAjoute la gestion des cas limites.",
]
CODE_LANGS = ["Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C#", "C++", "PHP", "Kotlin"]
CAMP_POLY = {
    "fr": "Réponds à la question suivante et explique ton raisonnement étape par étape :\n{q}",
    "wo": "Tontul laaj bii te leeral sa xalaat ci wàll wu nekk :\n{q}",
    "bm": "Ɲininkali nin jaabi ani i ka miiriya ɲɛfɔ dɔɔni dɔɔni :\n{q}",
    "dy": "Ɲininkali in jaabi, i ka hakili ɲɛfɔ kelen kelen :\n{q}",
    "ar": "أجب عن السؤال التالي واشرح طريقة تفكيرك خطوة بخطوة:\n{q}",
    "en": "Answer the following question and explain your reasoning step by step:\n{q}",
}
AGENT_TOOLS = json.dumps([
    {"type": "function", "name": "web_search", "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}},
    {"type": "function", "name": "python", "parameters": {"type": "object", "properties": {"code": {"type": "string"}}}},
    {"type": "function", "name": "read_file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}},
    {"type": "function", "name": "write_file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}}},
    {"type": "function", "name": "http_get", "parameters": {"type": "object", "properties": {"url": {"type": "string"}}}},
], ensure_ascii=False, separators=(",", ":"))
SYS_AGENT = ("Tu es un agent autonome. Tu disposes des outils suivants : " + AGENT_TOOLS +
             "\nPour chaque étape, écris ta réflexion (Pensée), puis l'appel d'outil (Action) au format JSON, puis attends l'Observation. "
             "Quand la tâche est terminée, écris « Réponse finale : ».")
AGENT_TASKS_FR = [
    "Trouve les 5 pays d'Afrique de l'Ouest ayant la plus forte croissance du PIB et produis un graphique.",
    "Lis le fichier data/ventes.csv, calcule le chiffre d'affaires par mois et écris un rapport dans rapport.md.",
    "Compare les tarifs des forfaits internet de {n2} opérateurs et recommande le moins cher.",
    "Écris un script qui télécharge la météo de {city} et envoie une alerte si la pluie dépasse 20 mm.",
    "Corrige le bug dans src/app.py qui fait échouer les tests, puis relance les tests.",
    "Planifie un voyage de {city} à {city2} pour {n2} personnes avec un budget de {price} FCFA.",
    "Crée une petite API Flask avec deux routes et des tests.",
    "Analyse le dépôt, trouve les fonctions non testées et écris les tests manquants.",
]
AGENT_OBS = ['{{"status": 200, "results": [{{"title": "Rapport {year}", "snippet": "..."}}]}}',
             '{{"stdout": "{n}\\n", "stderr": ""}}', '{{"content": "date,montant\\n2027-01-0{n2},{price}\\n..."}}',
             '{{"error": "FileNotFoundError: data/{n}.csv"}}', '{{"status": 404}}', '{{"ok": true, "bytes": {price}}}']

PARA_OPEN = ["", "", "Dis-moi,", "Petite question :", "Je me demande :", "Est-ce que tu peux m'expliquer :", "Aide-moi :",
             "Bonsoir,", "Salut,", "J'ai un souci avec ça :", "Question :", "Peux-tu détailler :", "Une question pour toi :",
             "Je n'arrive pas à trouver :", "Tu saurais répondre à ça ?", "Svp", "Voilà mon problème :"]
PARA_CLOSE = ["", "", "", "Merci.", "Détaille bien.", "Montre comment tu fais.", "Explique ta démarche.", "Sois précis.",
              "Justifie.", "Donne le calcul.", "merci d'avance", "Avec les étapes si possible.", "Je veux comprendre la logique.",
              "Pas juste le résultat stp.", "Prends ton temps."]


HUM_OPEN = ["", "", "", "", "Bonjour, ", "Bonjour ", "Salut, ", "Bjr ", "Bonsoir, ", "Stp ", "Svp, ", "Hello, ",
            "Aide-moi : ", "Question : ", "Dis-moi ", "J'ai une question. "]
HUM_CLOSE = ["", "", "", "", " Merci", " merci !", " stp", " svp", " 🙏", " Merci d'avance.", " Fais court.",
             " Réponds simplement.", " (en français)", "!!", " c'est urgent"]


def humanize(rng: random.Random, s: str) -> str:
    """Everyday variation around a request: greetings, politeness, lower case, lost accents, typos."""
    o = rng.choice(HUM_OPEN)
    if o and s[:1].isupper() and rng.random() < 0.6:
        s = s[:1].lower() + s[1:]
    s = o + s + rng.choice(HUM_CLOSE)
    u = rng.random()
    if u < 0.15:
        s = "".join(_ACC.get(ch, ch) for ch in s)
    elif u < 0.22:
        s = s.lower()
    if rng.random() < 0.08 and len(s) > 12:
        i = rng.randrange(1, len(s) - 2)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]  # swapped letters
    return s
