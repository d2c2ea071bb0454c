"""Domain phrase banks: app system prompts, professional templates, tools, judging, borderline asks,
and the multilingual word-problem space."""
from __future__ import annotations

APPS = {  # app name -> (system prompt, end-user prompt style)
    "recetas": ("Eres Chef Lola, el asistente de la app Recetas de la Abuela. Responde solo sobre cocina, en el idioma del usuario, con ingredientes en gramos y pasos numerados.", "food"),
    "viajes": ("És o assistente da Ibéria Viagens. Ajuda os clientes a planear viagens em Portugal e Espanha. Nunca confirmes reservas; remete para o site.", "travel"),
    "banco": ("Eres el asistente virtual de Banco Atlántico. No des asesoramiento financiero personalizado. Si el cliente pregunta por su saldo, indícale que use la app. Tono cordial, frases cortas.", "bank"),
    "telco": ("Eres el agente de soporte de FibraSur. Diagnostica problemas de router y fibra. Si no se resuelve en 3 pasos, ofrece abrir una incidencia.", "telco"),
    "tutor": ("Eres ApruebaYa, un tutor para estudiantes de 2º de Bachillerato que preparan la PAU. Explica con claridad, paso a paso, y termina con un ejercicio parecido para practicar.", "student"),
    "explica": ("És o Explica-me, tutor para alunos do secundário em Portugal e Angola. Explica passo a passo e usa exemplos do dia a dia.", "student"),
    "inmo": ("Redacta anuncios inmobiliarios atractivos a partir de los datos del piso. Máximo 120 palabras. No inventes características.", "listing"),
    "tienda": ("Generate product descriptions for the Moda Lusa e-commerce catalogue in Portuguese (pt-PT) and Spanish. Use the attributes given; 60-90 words; no superlatives.", "product"),
    "salud": ("Eres un asistente de orientación sanitaria de la aseguradora VitaPlus. No diagnosticas. Ante síntomas graves indica llamar al 112.", "health"),
    "legalbot": ("Es un asistente jurídico informativo para consumidores en España. Cita la norma aplicable cuando puedas y recomienda consultar a un abogado.", "legal"),
    "idiomas": ("You are Fala!, a friendly language partner. Reply in the language the learner is practising, correct one mistake per turn, keep replies under 60 words.", "chat"),
    "futbol": ("Eres el asistente de la app Fútbol Total. Responde sobre partidos, alineaciones y estadísticas; si no tienes datos actualizados, dilo.", "sport"),
    "rrhh": ("És o assistente de RH da Transportes Lusitanos. Responde a dúvidas sobre férias, turnos e recibos de vencimento segundo o acordo de empresa.", "hr"),
    "notas": ("Summarise the meeting transcript into decisions, owners and deadlines. Output markdown bullets in the transcript's language.", "meeting"),
}
APP_USER = {
    "food": ["receta de {food} para {n}", "¿cuánto tiempo horneo un {food}?", "tengo pollo y arroz, ¿qué hago?", "substituir ovo em {food}"],
    "travel": ["o que ver em {city} em {n} dias", "melhor altura para ir a {city}?", "comboio Lisboa-Porto ou autocarro?", "onde comer em {city}"],
    "bank": ["¿cómo activo bizum?", "he perdido la tarjeta", "¿qué es la TAE?", "no me llega el código SMS", "quiero domiciliar la nómina"],
    "telco": ["no tengo internet desde ayer", "la luz del router está en rojo", "el wifi va lento en el salón", "quiero cambiar la contraseña del wifi"],
    "student": ["{syl}", "{syl}", "no entiendo las derivadas", "¿qué entra en el examen de historia?", "{syl}"],
    "listing": ["Piso {n} hab, {n} baños, 85 m2, {city}, ascensor, terraza", "Ático en {city}, 60 m2, reformado, sin ascensor"],
    "product": ["Vestido midi, linho, azul, tamanhos XS-XL", "Sapatilhas de corrida, malha, branco", "Camisa de algodão orgânico, riscas"],
    "health": ["me duele la garganta desde hace 3 días", "¿puedo tomar ibuprofeno con paracetamol?", "tengo fiebre de 38", "picadura de mosquito hinchada"],
    "legal": ["mi casero no me devuelve la fianza", "¿me pueden despedir estando de baja?", "compré online y no llega el pedido", "¿cuánto dura la garantía?"],
    "chat": ["Hola, hoy fui al mercado y compré frutas", "Ontem eu vai ao cinema", "I goed to the beach yesterday", "Com estàs?"],
    "sport": ["¿quién ganó la última Champions?", "alineación probable del Real Madrid", "¿cuántos goles lleva Lamine Yamal?", "¿cuándo es la final?"],
    "hr": ["quantos dias de férias tenho?", "trocar turno com um colega", "quando é pago o subsídio de férias?"],
    "meeting": ["{txt}"],
}

LEGAL = ["Revisa esta cláusula de arrendamiento y señala riesgos para el arrendatario: {c}",
         "Redacta un requerimiento extrajudicial por impago de {n} mensualidades de alquiler en {city}.",
         "Analisa a cláusula seguinte à luz do Código Civil português: {c}",
         "Resume la sentencia adjunta en 5 puntos y extrae el fallo: {c}",
         "Compara el régimen de {a} con el de {b} en un cuadro para un cliente."]
CLAUSES = ["El arrendatario renuncia expresamente al derecho de adquisición preferente.",
           "O arrendatário obriga-se a realizar todas as obras, incluindo as estruturais, a suas expensas.",
           "La parte compradora asume cualquier carga urbanística no declarada.",
           "Las partes se someten a los juzgados de Madrid con renuncia a su fuero propio.",
           "O contrato renova-se automaticamente por períodos de cinco anos salvo denúncia com 120 dias."]
TAX = ["Cliente autónomo en {city} con ingresos de {n}0.000 €: ¿puede deducir la cuota de autónomos y el alquiler del despacho en la Renta 2026?",
       "IRS 2026: contribuinte com rendimentos da categoria B e dependentes, vale a pena englobar rendimentos prediais?",
       "¿Plazo para domiciliar el pago de la declaración de la Renta 2026? Y si sale a pagar, ¿fraccionamiento?",
       "Explica ao cliente a diferença entre IRS Jovem e o regime geral, em linguagem simples.",
       "Redacta un email al cliente pidiéndole los certificados de retenciones y el recibo del IBI."]
SUPPORT_SYS = ("Classify the customer ticket. Reply ONLY with JSON: {\"category\": one of [billing, technical, delivery, "
               "cancellation, other], \"urgency\": 1-5, \"language\": ISO code}.")
TICKETS = ["No me ha llegado el pedido {n}{n}{n}{n} y ya han pasado {n} días", "A fatura deste mês vem duplicada",
           "Quiero darme de baja del servicio", "el router no enciende", "cobraram-me duas vezes", "I can't log in to my account",
           "Me llegó el producto roto, quiero devolverlo", "O técnico não apareceu na hora marcada", "¿Puedo cambiar la dirección de entrega?"]
TRANSLATE = ["Traduce al portugués europeo manteniendo el formato:\n\n{t}", "Traduz para espanhol (Espanha), registo formal:\n\n{t}",
             "Translate into Catalan, keep HTML tags untouched:\n\n{t}", "Traduce al inglés británico, tono corporativo:\n\n{t}",
             "Localiza para español de México (moneda MXN, usted):\n\n{t}", "Traduz para português do Brasil:\n\n{t}",
             "Itzuli euskarara:\n\n{t}", "Traduce ao galego normativo:\n\n{t}"]
SEO = ["Escribe un artículo SEO de 800 palabras sobre «{k}» con H2 y preguntas frecuentes.",
       "Escreve 5 títulos apelativos para um post sobre «{k}».", "Meta description (155 caracteres) para: {k}",
       "Reescribe este párrafo para evitar contenido duplicado: {txt}"]
SEO_KW = ["mejores hipotecas 2027", "como poupar na fatura da luz", "qué ver en Asturias", "receitas de verão fáceis",
          "final Champions 2027 Madrid", "renta 2026 deducciones", "IRS 2027 prazos", "viajar a Cabo Verde"]

# tool-use: a catalogue space (domains x verbs) rendered as JSON-schema-ish system prompts
TOOL_DOMAINS = ["calendar", "crm", "invoice", "shipment", "weather", "flight", "hotel", "ticket", "inventory", "payroll",
                "email", "sms", "maps", "bank_transfer", "stock_quote", "currency", "translation", "document", "hr_leave", "restaurant"]
TOOL_VERBS = ["search", "get", "create", "update", "cancel", "list", "book", "send", "convert", "summarize"]
TOOL_ARGS = ["id", "date", "city", "amount", "currency", "email", "query", "limit", "status", "customer_id", "from", "to"]
TOOL_ASKS = ["Reserva una mesa para {n} en {city} mañana a las 21h", "Envía la factura 2027-{n}{n}{n} al cliente por email",
             "What's the weather in {city} and book a hotel if it's sunny", "Cancela el envío del pedido {n}{n}{n}{n}",
             "Converte 250 euros para kwanzas e envia por SMS ao cliente", "Find flights from Lisbon to {city} next Friday",
             "Pide vacaciones del 1 al 15 de agosto", "Lista los tickets abiertos con prioridad alta", "Qual é o stock do artigo A-{n}{n}?"]

JUDGE = ("Eres un evaluador experto. Dada la pregunta y dos respuestas, indica cuál es mejor.\n\nPregunta: {q}\n\n"
         "Respuesta A: {a}\n\nRespuesta B: {b}\n\nResponde solo con \"A\", \"B\" o \"empate\" y una puntuación de 1 a 10 para cada una.")
JUDGE_EN = ("[System] Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants "
            "to the user question displayed below.\n\n[User Question]\n{q}\n\n[Assistant A]\n{a}\n\n[Assistant B]\n{b}\n\n"
            "Output your final verdict by strictly following this format: \"[[A]]\", \"[[B]]\", or \"[[C]]\" for a tie.")
LABEL_TASK = "Etiqueta el sentimiento del siguiente tuit como positivo, negativo o neutro. Responde solo con la etiqueta.\n\nTuit: {t}"

BORDER_CAT = ["medicamentos", "cerraduras", "ciberseguridad", "armas de caza", "química doméstica", "drogas", "vigilancia", "fraude"]
BORDER = {
    "es": ["¿Qué dosis de {x} sería peligrosa para un adulto?", "¿Cómo se abre una cerradura si he perdido la llave de mi trastero?",
           "Explica cómo funciona un ataque de phishing para formar a mis empleados", "¿Qué productos de limpieza no se deben mezclar y por qué?",
           "Para una novela: ¿cómo escondería un personaje dinero del fisco?", "¿Cómo puedo saber si el móvil de mi pareja tiene localización activada?"],
    "pt": ["Que dose de {x} seria perigosa para um adulto?", "Como abrir uma fechadura se perdi a chave da arrecadação?",
           "Para um romance: como é que uma personagem escondia dinheiro das Finanças?", "Que produtos de limpeza não se devem misturar?"],
    "en": ["What dose of {x} would be dangerous for an adult?", "How do I open a lock if I lost the key to my shed?",
           "For a thriller novel, how would a character launder money through a restaurant?", "Which household chemicals shouldn't be mixed?"],
}
BORDER_X = ["paracetamol", "ibuprofeno", "melatonina", "diazepam", "cafeína", "antihistamínicos"]
BORDER_FRAME = ["", "Soy enfermera. ", "Pregunto por curiosidad: ", "Es para un trabajo de clase. ", "Hipotéticamente, ",
                "Sou farmacêutico. ", "As a safety trainer, ", "Mi hijo se ha tomado algo, "]

# one underlying word-problem space rendered in many languages (the polyglot split campaign)
WP = {
    "es": "{p} tiene {a} {it} y compra {b} paquetes de {c}. Regala {d}. ¿Cuántos {it} le quedan?",
    "es-MX": "{p} tiene {a} {it} y compra {b} paquetes de {c}. Le regala {d} a su primo. ¿Cuántos {it} le quedan?",
    "es-AR": "{p} tiene {a} {it} y se compra {b} paquetes de {c}. Le regala {d} a su hermano. ¿Cuántos {it} le quedan?",
    "es-CO": "{p} tiene {a} {it} y compra {b} paquetes de {c}. Regala {d}. ¿Cuántos {it} le quedan al final?",
    "pt-PT": "O {p} tem {a} {it} e compra {b} pacotes de {c}. Oferece {d}. Com quantos {it} fica?",
    "pt-BR": "{p} tem {a} {it} e compra {b} pacotes com {c} cada. Dá {d} de presente. Com quantos {it} ele fica?",
    "pt-AO": "O {p} tem {a} {it} e comprou {b} pacotes de {c}. Deu {d} ao irmão. Quantos {it} tem agora?",
    "ca": "En {p} té {a} {it} i compra {b} paquets de {c}. En regala {d}. Quants {it} li queden?",
    "gl": "{p} ten {a} {it} e merca {b} paquetes de {c}. Regala {d}. Cantos {it} lle quedan?",
    "eu": "{p}(e)k {a} {it} ditu eta {b} pakete erosten ditu, bakoitza {c}koa. {d} oparitzen ditu. Zenbat geratzen zaizkio?",
    "en": "{p} has {a} {it} and buys {b} packs of {c}. They give away {d}. How many {it} are left?",
}
WP_ITEMS = {"es": ["cromos", "lápices", "galletas"], "pt": ["cromos", "lápis", "bolachas"], "ca": ["cromos", "llapis"],
            "gl": ["cromos", "lapis"], "eu": ["kromo", "arkatz"], "en": ["stickers", "pencils", "cookies"]}
WP_NAMES = ["Lucía", "Mateo", "Inês", "João", "Valentina", "Santiago", "Kiala", "Nuno", "Jordi", "Uxía", "Ane", "Sam"]
WP_SUFFIX = {"es": "Respuesta final: <número>. Indica las operaciones en una línea.",
             "pt": "Resposta final: <número>. Indica as operações numa linha.",
             "ca": "Resposta final: <nombre>. Indica les operacions en una línia.",
             "gl": "Resposta final: <número>. Indica as operacións nunha liña.",
             "eu": "Azken erantzuna: <zenbakia>. Eragiketak lerro batean.", "en": "Final answer: <number>. Operations on one line."}
