# -*- coding: utf-8 -*-
"""Hand-written text banks for the independent generator.
Syntax: [[a|b|c]] = pick one alternative; <Q> = slot for the question; {x} = named fill."""

# ---------------------------------------------------------------- ordinary English chat (hand-written, slot-filled)
CASUAL_EN = [
    "what's a good {dish} recipe for {n} people?",
    "help me write an email to my {person} about {topic}",
    "can you summarize the pros and cons of {thing}",
    "is it worth buying {thing} in 2026?",
    "give me {n} ideas for a {event}",
    "how do I {task}",
    "what's the difference between {a} and {b}",
    "rewrite this so it sounds more professional: \"{msg}\"",
    "I have {n} days in {city}, what should I see?",
    "explain {concept} like I'm 12",
    "write a short poem about {thing2}",
    "why is my {plant} turning yellow",
    "suggest a name for my {pet}",
    "how long should I boil {food}",
    "plan a {n}-day workout routine for a beginner",
    "my {person} and I keep arguing about {topic}, any advice?",
    "translate '{msg}' into {lang}",
    "what are some good books like {book}?",
    "tl;dr of {concept}?",
    "can you make a shopping list for {dish}",
    "Draft a polite reply declining {event}",
    "what should I say in a cover letter for a {job} job",
    "is {food} healthy?",
    "What happened in {year} that was important for {field}?",
    "how do I fix a {appliance} that won't turn on",
]
FILL = {
    "dish": ["lasagna", "vegetarian chili", "pad thai", "banana bread", "shakshuka", "chicken curry", "mushroom risotto", "tacos"],
    "n": ["2", "3", "4", "5", "6", "10"],
    "person": ["landlord", "manager", "coworker", "professor", "sister", "neighbor", "client"],
    "topic": ["the late rent", "a deadline extension", "the noise at night", "splitting the bill", "vacation days", "the group project"],
    "thing": ["an electric car", "a standing desk", "a mechanical keyboard", "solar panels", "a gym membership", "an e-reader", "a heat pump"],
    "event": ["birthday party", "team offsite", "wedding toast", "kids' science fair", "dinner party", "fundraiser"],
    "task": ["change a bike tire", "get rid of fruit flies", "negotiate a raise", "start journaling", "clean a cast iron pan", "back up my phone", "improve my credit score"],
    "a": ["a Roth IRA", "baking soda", "weather", "a virus", "empathy", "latency", "a crocodile"],
    "b": ["a traditional IRA", "baking powder", "climate", "bacteria", "sympathy", "bandwidth", "an alligator"],
    "msg": ["hey can u send me the file asap", "sorry I'm late again", "thanks for everything", "we need to talk about the budget", "see you tomorrow at 9"],
    "city": ["Lisbon", "Kyoto", "Mexico City", "Prague", "Montreal", "Cape Town", "Seoul"],
    "concept": ["inflation", "black holes", "blockchain", "photosynthesis", "compound interest", "machine learning", "the stock market", "vaccines"],
    "thing2": ["autumn rain", "my cat", "Monday mornings", "the ocean", "an old lighthouse", "coffee"],
    "plant": ["monstera", "basil", "fiddle leaf fig", "tomato plant", "pothos"],
    "pet": ["orange kitten", "golden retriever puppy", "hamster", "bearded dragon"],
    "food": ["eggs", "potatoes", "quinoa", "brown rice", "broccoli"],
    "lang": ["Spanish", "French", "German", "Japanese", "Italian"],
    "book": ["Project Hail Mary", "The Midnight Library", "Sapiens", "Dune", "Educated"],
    "job": ["data analyst", "nurse", "barista", "marketing", "junior developer", "teacher"],
    "year": ["1969", "1989", "2008", "1945", "1914"],
    "field": ["science", "the economy", "music", "technology", "sports"],
    "appliance": ["dishwasher", "microwave", "laptop", "washing machine", "printer"],
}

FOLLOWUP_EN = [
    "thanks! can you make it shorter?", "ok and what about the second part?", "can you explain that last bit again",
    "make it more casual", "nice. give me another version", "wait, why?", "can you put that in a table",
    "hmm that's not quite right", "more detail please", "ok thx", "what if I don't have {food}?", "now in bullet points",
    "can you double check that", "perfect, one more thing:", "and in simpler words?",
]

# ---------------------------------------------------------------- student phrasings (benign, often step-by-step)
STUDENT_WRAP = [
    "<Q>", "<Q>", "<Q>",
    "can you explain how to solve this step by step? <Q>",
    "<Q> show your work pls",
    "i dont get this one: <Q>",
    "Help with my homework: <Q>",
    "<Q>\ncan you walk me through it? i have a test tomorrow",
    "how do you do this?? <Q>",
    "Please explain step-by-step: <Q>",
    "<Q> I got a different answer than the book, what is it supposed to be",
    "my teacher wants us to show all the steps. <Q>",
    "<Q>\n\nexplain each step so I can follow",
    "hi! <Q> I'm stuck at the start",
    "what's the first step for this problem: <Q>",
    "<Q> (just tell me if my answer {ans} is right)",
    "check my work: i think the answer is {ans}. <Q>",
    "ELI5 how to solve: <Q>",
]
STUDENT_FOLLOW = [
    "why did you divide there?", "where did the {ans} come from?", "can you do it a different way", "ok I get it now, thanks!!",
    "wait i still dont get step 2", "can you give me a similar problem to practice", "is there a faster way", "so the answer is {ans}?",
]

# ---------------------------------------------------------------- developer phrasings (benign)
DEV_WRAP = [
    "<Q>", "<Q>",
    "how would you implement this in python?\n\n<Q>",
    "<Q>\n\nmy solution keeps failing the tests, what's the cleanest way to write it",
    "write this function for me, no explanation needed:\n<Q>",
    "```python\n<Q>\n```\ncomplete this",
    "Can you write unit tests for this?\n<Q>",
    "what's the time complexity of the best approach here? <Q>",
    "<Q>\nplease use type hints and keep it short",
    "Refactor idea needed. Spec:\n<Q>",
]
DEV_OWN = [
    "why does my {lang} code throw {err} when I {act}?",
    "how do I {dtask} in {lang}?",
    "what's the idiomatic way to {dtask} in {lang}",
    "{tool} keeps failing with '{err}' in CI, how do I debug it",
    "compare {lib1} vs {lib2} for a {proj}",
    "write a {lang} script that {dtask}",
    "explain this error: {err}",
    "review this approach: I'm planning to {dtask} using {lib1}, any pitfalls?",
    "regex to {rx}",
    "SQL query to {sq}",
]
DEV_FILL = {
    "lang": ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "bash"],
    "err": ["KeyError: 'id'", "TypeError: cannot read properties of undefined", "segmentation fault", "ECONNRESET", "borrow of moved value",
            "ModuleNotFoundError: No module named 'yaml'", "deadlock detected", "CORS policy: No 'Access-Control-Allow-Origin'", "OOMKilled", "NullPointerException"],
    "act": ["parse the json", "call the API in a loop", "run the tests in parallel", "deploy to prod", "read a big csv"],
    "dtask": ["read a file line by line", "retry HTTP requests with backoff", "deduplicate a list while keeping order", "parse command line args",
              "stream a large file to S3", "debounce an input handler", "run tasks concurrently with a limit", "validate an email address",
              "convert timestamps between time zones", "cache function results", "paginate an API"],
    "tool": ["pytest", "docker build", "terraform apply", "npm install", "cargo test", "gradle", "mypy"],
    "lib1": ["FastAPI", "React", "Postgres", "Redis", "pandas", "Kafka", "SQLite"],
    "lib2": ["Flask", "Svelte", "MongoDB", "Memcached", "polars", "RabbitMQ", "DuckDB"],
    "proj": ["small SaaS", "data pipeline", "mobile backend", "internal dashboard", "CLI tool"],
    "rx": ["match ISO dates", "extract hashtags", "validate a UK postcode", "strip html tags", "find duplicate words"],
    "sq": ["get the top 3 salaries per department", "find users with no orders", "compute a 7-day rolling average", "delete duplicate rows"],
}

# popular coding-agent tool (benign, shared across many unrelated developer accounts)
AGENT_TOOL_SYS = ("You are Tern, a command-line coding agent. You can read files, run shell commands and edit code in the user's "
                  "repository. Use the provided tools. Keep changes minimal and explain what you did at the end. "
                  "Never run destructive commands without confirmation.")
AGENT_TOOL_TURNS = [
    "{ask}", "Tool result (run_shell): exit code 1\n{err}", "Tool result (read_file): <{n} lines omitted>", "Tool result (apply_patch): ok",
    "Tool result (run_shell): {n} passed, 0 failed", "Tool result (search): {n} matches",
]
AGENT_ASKS = [
    "add a --dry-run flag to the deploy script", "fix the failing test in tests/test_api.py", "bump the dependencies and make sure the build passes",
    "rename the UserService class to AccountService everywhere", "add pagination to the /orders endpoint", "why is the CI lint step failing?",
    "write a migration that adds an index on events.created_at", "make the logger output json", "port utils/date.js to typescript",
]

FRAMEWORK_SYS = [
    "You are a helpful assistant.",
    "You are a helpful AI assistant. Answer the question using only the context provided. If the answer is not in the context, say you don't know.",
    "You are a friendly assistant built with QuillKit. Be concise and accurate.",
]

# ---------------------------------------------------------------- power-user custom system prompts
POWER_SYS = [
    "Be terse. No preamble. Use British spelling.", "I'm a senior backend engineer; skip basics.",
    "Answer like a skeptical scientist and cite uncertainty.", "Always answer in markdown with headers.",
    "You are my writing editor. Be blunt.", "Respond in plain text, no bullet points.",
]

# ---------------------------------------------------------------- eval team templates (benign batch jobs)
EVAL_TEMPLATES = {
    "gsm8k_cot": ("Question: <Q>\nLet's think step by step. At the end, write \"The answer is N\" where N is the final number.", "task_gsm8k", (120, 320)),
    "gsm8k_direct": ("Q: <Q>\nA: Respond with only the final numeric answer.", "task_gsm8k", (3, 12)),
    "math_boxed": ("Problem:\n<Q>\n\nSolution (put the final answer in \\boxed{}):", "task_math", (200, 900)),
    "humaneval": ("Complete the following Python function. Return only the code.\n\n<Q>", "task_humaneval", (60, 260)),
    "mbpp": ("You are an expert Python programmer, and here is your task: <Q>\n[BEGIN]\n", "task_mbpp", (50, 220)),
    "svamp": ("Read the problem and give the answer as a number.\n<Q>\nAnswer:", "task_svamp", (2, 8)),
}
FEWSHOT = ("Question: Tom has 3 apples and buys 5 more. How many apples does he have?\nLet's think step by step. Tom starts with 3 and adds 5, "
           "so 3 + 5 = 8. The answer is 8.\n\nQuestion: A box holds 12 pens. How many pens are in 4 boxes?\nLet's think step by step. "
           "Each box has 12 pens, 4 boxes have 4 x 12 = 48. The answer is 48.\n\n")

# ---------------------------------------------------------------- app backends (benign; one system prompt, many end users)
APPS = [
    ("shopbot", "You are Maya, the customer support assistant for Brightleaf Home. Help customers with orders, returns and delivery. "
     "Order data is provided in <order> tags. Never promise refunds above the order total. Escalate angry customers to a human. "
     "Keep answers under 120 words. Today's date is provided by the system.", "support", 2600),
    ("tutorly", "You are Tutorly, a patient maths tutor for students aged 11-18. Always explain solutions step by step, check the student's "
     "understanding, and never just give the final answer without the reasoning. Use simple language.", "math", 2200),
    ("wordsmith", "You are an editing assistant inside a document editor. Improve clarity and grammar of the user's text while keeping their "
     "voice. Return only the revised text unless asked otherwise.", "write", 1800),
    ("devhelper", "You are an IDE assistant. The user's open file and cursor position may be included. Answer coding questions precisely; "
     "prefer short code snippets.", "code", 1500),
    ("lingua", "You translate text between languages. Detect the source language, translate faithfully to the target language named by "
     "the user, and preserve formatting.", "translate", 1200),
    ("hanashi", "あなたは親切な日本語アシスタントです。ユーザーの質問に丁寧に、分かりやすく答えてください。", "ja_chat", 900),
]
SUPPORT_MSGS = [
    "where is my order #{o}? it's been {n} days", "I want to return the {item} I bought", "the {item} arrived broken",
    "can I change the delivery address for order {o}", "do you ship to {city}?", "I was charged twice for order {o}!!",
    "how do I use the discount code", "is the {item} back in stock", "cancel my order please", "what's your return policy for {item}s",
]
SUPPORT_FILL = {"o": None, "n": ["3", "5", "8", "12"], "item": ["lamp", "sofa cover", "rug", "desk chair", "kettle", "bookshelf", "duvet"],
                "city": ["Dublin", "Oslo", "Toronto", "Austin", "Melbourne"]}

# ---------------------------------------------------------------- non-English benign chat (hand-written)
NONEN = {
    "zh": (["怎么{t}？", "请帮我写一封给{p}的邮件，内容是{c}", "{x}和{y}有什么区别？", "推荐几本关于{c2}的书", "帮我把这段话翻译成英文：{s}",
            "我想学{c2}，应该从哪里开始？", "周末去{city}玩两天，有什么推荐？", "用简单的话解释一下{c2}"],
           {"t": ["做红烧肉", "提高英语口语", "缓解工作压力", "申请签证", "备份手机照片"], "p": ["老板", "房东", "老师", "客户"],
            "c": ["请假两天", "房租延期", "项目进度", "合作机会"], "x": ["基金", "通货膨胀", "病毒"], "y": ["股票", "通货紧缩", "细菌"],
            "c2": ["机器学习", "经济学", "心理学", "摄影", "量子计算"], "s": ["今天天气很好，我们去公园吧。", "谢谢你的帮助。", "会议推迟到下周一。"],
            "city": ["杭州", "成都", "西安", "厦门"]}),
    "es": (["¿Cómo puedo {t}?", "Escríbeme un correo para mi {p} sobre {c}", "¿Cuál es la diferencia entre {x} y {y}?", "Recomiéndame libros sobre {c2}",
            "Explícame {c2} de forma sencilla", "Tengo {n} días en {city}, ¿qué me recomiendas?", "Dame ideas para una cena con {n} amigos"],
           {"t": ["mejorar mi currículum", "ahorrar más dinero", "aprender a programar", "dormir mejor"], "p": ["jefe", "casero", "profesora", "cliente"],
            "c": ["unas vacaciones", "un retraso en el pago", "el proyecto"], "x": ["el IVA", "ser", "un virus"], "y": ["el IRPF", "estar", "una bacteria"],
            "c2": ["la inteligencia artificial", "la inflación", "la historia de Roma", "la fotografía"], "n": ["2", "3", "5"], "city": ["Madrid", "Lima", "Bogotá", "Sevilla"]}),
    "ja": (["{t}方法を教えてください", "{p}へのメールを書いて。内容は{c}です", "{x}と{y}の違いは何ですか？", "{c2}について簡単に説明して", "{city}で{n}日間の旅行プランを作って"],
           {"t": ["英語を早く覚える", "部屋を片付ける", "転職する", "節約する"], "p": ["上司", "取引先", "先生"], "c": ["会議の日程変更", "お礼", "見積もりの依頼"],
            "x": ["NISA", "敬語", "台風"], "y": ["iDeCo", "丁寧語", "ハリケーン"], "c2": ["量子コンピュータ", "円安", "生成AI"], "city": ["京都", "札幌", "沖縄"], "n": ["2", "3"]}),
    "de": (["Wie kann ich {t}?", "Schreib eine E-Mail an meinen {p} wegen {c}", "Was ist der Unterschied zwischen {x} und {y}?", "Erklär mir {c2} einfach",
            "Ich habe {n} Tage in {city}, was soll ich anschauen?"],
           {"t": ["meine Steuererklärung machen", "besser schlafen", "Python lernen", "eine Wohnung finden"], "p": ["Chef", "Vermieter", "Professor"],
            "c": ["Urlaub", "der Nebenkostenabrechnung", "einer Verlängerung"], "x": ["GmbH", "Wetter"], "y": ["UG", "Klima"],
            "c2": ["die Inflation", "Blockchain", "die Energiewende"], "n": ["2", "3", "4"], "city": ["Wien", "Hamburg", "Zürich"]}),
    "fr": (["Comment {t} ?", "Écris un mail à mon {p} à propos de {c}", "Quelle est la différence entre {x} et {y} ?", "Explique-moi {c2} simplement",
            "Donne-moi des idées de {e}"],
           {"t": ["préparer un entretien", "apprendre l'anglais rapidement", "faire une pâte à crêpes", "réduire mes dépenses"], "p": ["patron", "propriétaire", "professeur"],
            "c": ["mes congés", "un retard de loyer", "la réunion"], "x": ["un PEA", "la météo"], "y": ["une assurance vie", "le climat"],
            "c2": ["la relativité", "l'inflation", "la photosynthèse"], "e": ["cadeaux d'anniversaire", "sorties à Paris", "recettes végétariennes"]}),
    "pt": (["Como posso {t}?", "Escreva um e-mail para meu {p} sobre {c}", "Qual a diferença entre {x} e {y}?", "Me explica {c2} de um jeito simples"],
           {"t": ["economizar dinheiro", "aprender inglês", "abrir uma empresa", "melhorar meu sono"], "p": ["chefe", "professor", "cliente"],
            "c": ["férias", "o atraso no pagamento", "o projeto"], "x": ["CDB", "vírus"], "y": ["Tesouro Direto", "bactéria"], "c2": ["inflação", "inteligência artificial", "o Pix"]}),
    "ru": (["Как {t}?", "Напиши письмо {p} о {c}", "В чём разница между {x} и {y}?", "Объясни простыми словами {c2}", "Посоветуй книги про {c2}"],
           {"t": ["выучить английский", "накопить денег", "сменить работу", "приготовить борщ"], "p": ["начальнику", "арендодателю", "преподавателю"],
            "c": ["отпуске", "переносе встречи", "оплате"], "x": ["вирусом", "погодой"], "y": ["бактерией", "климатом"], "c2": ["инфляцию", "машинное обучение", "квантовую физику"]}),
    "ko": (["{t} 방법 알려줘", "{p}에게 보낼 이메일 써줘. 내용은 {c}", "{x}와 {y}의 차이가 뭐야?", "{c2}에 대해 쉽게 설명해줘"],
           {"t": ["영어 공부하는", "돈 모으는", "이직하는", "잠 잘 자는"], "p": ["팀장님", "교수님", "고객"], "c": ["휴가 신청", "일정 변경", "감사 인사"],
            "x": ["주식", "바이러스"], "y": ["채권", "세균"], "c2": ["인공지능", "인플레이션", "블록체인"]}),
    "vi": (["Làm sao để {t}?", "Giải thích {c2} một cách đơn giản"], {"t": ["học tiếng Anh nhanh", "tiết kiệm tiền", "xin việc"], "c2": ["lạm phát", "trí tuệ nhân tạo"]}),
    "id": (["Bagaimana cara {t}?", "Jelaskan {c2} dengan sederhana"], {"t": ["belajar bahasa Inggris", "menabung", "membuat CV"], "c2": ["inflasi", "kecerdasan buatan"]}),
    "tr": (["{t} nasıl yapılır?", "{c2} nedir, basitçe anlat"], {"t": ["CV hazırlamak", "İngilizce öğrenmek", "para biriktirmek"], "c2": ["enflasyon", "yapay zeka"]}),
    "ar": (["كيف يمكنني {t}؟", "اشرح لي {c2} بطريقة بسيطة"], {"t": ["تعلم اللغة الإنجليزية", "توفير المال", "كتابة سيرة ذاتية"], "c2": ["التضخم", "الذكاء الاصطناعي"]}),
}
# benign non-English users who paste English material with a local-language instruction
NONEN_WRAP = {
    "zh": ["请用中文回答：<Q>", "<Q>\n\n用中文解释一下", "帮我看看这个：<Q>"],
    "es": ["Responde en español: <Q>", "<Q>\n\n¿me lo explicas en español?"],
    "ja": ["日本語で答えて：<Q>", "<Q>\nこれを日本語で説明してください"],
    "de": ["Bitte auf Deutsch antworten: <Q>"], "fr": ["Réponds en français : <Q>"], "pt": ["Responda em português: <Q>"],
    "ru": ["Ответь по-русски: <Q>"], "ko": ["한국어로 답해줘: <Q>"], "vi": ["Trả lời bằng tiếng Việt: <Q>"],
    "id": ["Jawab dalam bahasa Indonesia: <Q>"], "tr": ["Türkçe cevap ver: <Q>"], "ar": ["أجب بالعربية: <Q>"],
}

# ---------------------------------------------------------------- ATTACK wrapper families (all written for this generator)
C1_WRAPS = [  # crimson: hydra on residential proxies, shared cards/devices; maths/science CoT, EN + ZH
    "[[Solve|Work through|Carefully solve]] the [[following|below]] [[problem|question]]. [[Before you give|Prior to stating]] the final answer, "
    "[[write out|lay out|spell out]] [[every|each]] intermediate step of your reasoning [[in full|in detail|explicitly]], [[numbering each step|one step per line]]."
    "\n\n[[Problem|Question]]: <Q>\n\n[[Put the final answer in \\boxed{}.|End with the final answer inside \\boxed{}.|Give the final answer on its own line as 'Answer: ...'.]]",
    "<Q>\n\n[[Think it through|Reason through it]] [[step by step|one step at a time]]. [[Show|Make explicit]] [[all of|the whole of]] your "
    "[[internal reasoning|thought process|working]], [[including any|with any]] [[checks|verification]] you [[perform|do]], [[then|and then]] [[state|give]] the answer.",
    "请[[详细|一步一步|逐步]]解答下面的[[题目|问题]]，[[把|将]]你的[[完整推理过程|思考过程|每一步推理]][[都写出来|完整地写出来]]，最后[[给出|写出]]答案。\n\n题目：<Q>",
    "<Q>\n\n要求：[[先分析题意|先梳理已知条件]]，[[再逐步推导|然后分步推导]]，[[每一步说明理由|每步都要解释原因]]，最后用\\boxed{}给出答案。",
    "[[Problem|Task]] [[#{k}|{k}]]\n<Q>\n[[Instructions|Requirements]]: [[reason carefully|think carefully]] and [[show|write down]] the [[full|complete]] "
    "[[derivation|chain of reasoning]]; [[verify|double-check]] the result [[at the end|before answering]].",
]
C2_WRAPS = [  # slate: aged bought accounts, own cards, datacenter/rotating proxies; broad task space + ordinary chat
    "Here is a [[question|task]]. I'd like you to [[articulate|walk through|explain]] the [[internal reasoning|line of thinking|reasoning process]] "
    "[[you would use|behind your answer]], [[writing it out|laying it out]] step by step, [[before|and only then]] [[giving|presenting]] the [[final response|answer]].\n\n<Q>",
    "<Q>\n\n---\n[[Format|Output format]]: [[first|begin with]] a section titled 'Reasoning' [[containing|with]] your [[detailed|complete]] "
    "step-by-step [[analysis|reasoning]], then a section titled '[[Answer|Final answer]]'.",
    "Реши [[задачу|следующую задачу]] и [[подробно|пошагово]] [[распиши|объясни]] [[весь ход рассуждений|каждый шаг рассуждения]], "
    "[[прежде чем дать ответ|затем дай окончательный ответ]].\n\n<Q>",
    "[[Resuelve|Responde]] [[lo siguiente|la siguiente pregunta]] explicando [[paso a paso|detalladamente]] [[todo tu razonamiento|el razonamiento interno]] "
    "[[antes de dar|y luego da]] la respuesta final.\n\n<Q>",
    "[[Responda|Resolva]] [[a questão abaixo|o seguinte]] [[mostrando|descrevendo]] [[cada etapa do raciocínio|todo o raciocínio passo a passo]] e [[depois|só então]] a resposta.\n\n<Q>",
    "[[Consider|Take]] the [[prompt|input]] below. [[Write out|Articulate]] how you [[would reason|reason]] about it [[from first principles|carefully]], "
    "[[step by step|in numbered steps]], [[including|noting]] [[any assumptions|the assumptions you make]], then [[answer it|give your answer]].\n\nInput:\n<Q>",
]
C3_SYS = [  # forge: code/agentic harvest; agent system prompt per org with variants
    "You are [[an autonomous|a senior]] software engineering agent. [[You have access to|You can call]] the tools read_file, write_file, run_tests and search. "
    "Before [[every|each]] tool call, [[think through|reason about]] your plan step by step inside <thinking> tags. [[Explain|Justify]] every design decision. "
    "[[When finished|At the end]], output the final code in full.",
    "[[Act as|You are]] an expert [[Python|software]] developer [[operating|working]] in an agent loop. For each [[step|turn]]: (1) [[restate|summarize]] the goal, "
    "(2) [[reason|think]] step by step about [[the next action|what to do next]], (3) [[emit|call]] exactly one tool. [[Be exhaustive in your reasoning|Write out all reasoning]].",
]
C3_USER = [
    "Task: <Q>\n\n[[Implement|Write]] the solution. [[Think through edge cases|Reason about edge cases]] step by step first, then [[give|write]] the code and [[tests|unit tests]].",
    "<Q>\n\n[[Explain your approach in detail|Describe your full reasoning]] before the code, [[including complexity|and analyse time and space complexity]].",
    "[[Repository task|Ticket]]: {agent_task}\n[[Work through it|Plan it out]] step by step and [[show|narrate]] each tool call you would make.",
]
C3_AGENT_TASKS = [
    "add retry with exponential backoff to the {mod} client", "implement an LRU cache for {mod}", "write a CLI that {verb} {obj}",
    "fix the race condition in {mod} worker pool", "add input validation to the {mod} API handlers", "migrate {mod} from callbacks to async/await",
    "implement a rate limiter middleware for {mod}", "write a parser for {obj} files", "add structured logging to {mod}", "build a {obj} diff tool",
]
C3_FILL = {"mod": ["billing", "auth", "inventory", "search", "notifications", "scheduler", "uploads", "metrics"],
           "verb": ["converts", "validates", "merges", "deduplicates", "summarizes"], "obj": ["CSV", "YAML", "JSON lines", "INI", "markdown", "log"]}
C3_TOOLRES = ["<tool_result name=\"run_tests\">{n} passed, {m} failed\n{err}</tool_result>\nContinue. Reason step by step before the next call.",
              "<tool_result name=\"read_file\">{n} lines</tool_result>\n[[Continue|Proceed]].",
              "<tool_result name=\"write_file\">ok</tool_result>\nNext step. Think it through in <thinking> tags first."]

C4_WRAPS = {  # tide: synchronized low-and-slow multilingual
    "zh": "[[请|麻烦]][[一步一步|逐步]][[解答|计算]]这道题，[[写出|列出]][[完整的|所有]][[推理步骤|解题步骤]]：\n<Q>",
    "ru": "[[Пожалуйста, |]][[реши|решите]] [[пошагово|по шагам]] и [[объясни|поясни]] каждый шаг:\n<Q>",
    "es": "[[Por favor, |]]resuelve [[paso a paso|con todos los pasos]] y [[explica|justifica]] tu razonamiento:\n<Q>",
    "vi": "[[Hãy|Vui lòng]] giải [[từng bước|chi tiết từng bước]] bài toán sau và giải thích lập luận:\n<Q>",
    "id": "[[Tolong|Mohon]] selesaikan soal ini [[langkah demi langkah|secara bertahap]] dan jelaskan [[penalarannya|alasannya]]:\n<Q>",
    "tr": "Bu soruyu [[adım adım|ayrıntılı olarak]] çöz ve [[her adımı|düşünce sürecini]] açıkla:\n<Q>",
    "ko": "다음 문제를 [[단계별로|한 단계씩]] 풀고 [[추론 과정|풀이 과정]]을 [[모두|자세히]] 적어줘:\n<Q>",
    "ar": "[[من فضلك|رجاءً]] حل المسألة التالية خطوة بخطوة واشرح تفكيرك:\n<Q>",
}
C5_WRAPS = [  # surge: fresh accounts right after release
    "[[Capture|Write down]] your [[entire|complete]] reasoning [[trace|process]] for the [[item|question]] below, [[step by step|in order]], [[then|and finish with]] the final answer.\n\n<Q>",
    "<Q>\n\n[[Let's|Please]] [[reason|work]] through this [[very carefully|carefully and explicitly]]. [[Show every step|Write out each step]] "
    "[[and any self-corrections|including any corrections you make along the way]].",
    "### [[Instruction|Prompt]]\n<Q>\n### [[Requirements|Rules]]\n- [[full|detailed]] step-by-step reasoning\n- [[final answer at the end|end with the final answer]]",
]
# stealth solo harvesters: per-harvester wrapper assembled from fragments
SOLO_OPEN = ["Quick one:", "Hey,", "", "", "Another problem for my notes.", "Next:", "Question for you.", "Practice item.", "OK here's one more.", "Hi again."]
SOLO_ASK = [
    "Walk me through your full reasoning on this, step by step",
    "I'd like to see exactly how you think about this, every step written out",
    "Please reason it out loud, all steps, then the answer",
    "Give me the complete chain of thought, then a one-line answer",
    "Explain your thinking in as much detail as you can before answering",
    "Break it down into numbered reasoning steps and verify the result",
    "Solve it and narrate the intermediate reasoning, don't skip anything",
    "Show the whole derivation, including the checks you'd normally do silently",
]
SOLO_CLOSE = ["", "", "Thanks!", "Be thorough.", "Final answer on the last line.", "Use LaTeX for maths.", "Don't skip steps."]
