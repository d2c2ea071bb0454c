"""Prompt text: the public corpora (loaded in file order) and our own Portuguese
wrappers, system prompts and short user texts (Brazilian and European)."""
from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import orjson

CORPUS_DIR = Path("/work/shared/data/prompts")
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl", "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl",
    "svamp": "task_svamp.jsonl",
}


@lru_cache(maxsize=None)
def corpus(name: str) -> list[str]:
    out = []
    with open(CORPUS_DIR / FILES[name], "rb") as fh:
        for line in fh:
            t = orjson.loads(line)["text"]
            if len(t) <= 6000:  # nobody pastes a 140k-char role prompt into a chat box
                out.append(t)
    return out


def pick(rng: random.Random, name: str) -> str:
    c = corpus(name)
    return c[rng.randrange(len(c))]


# ---------------------------------------------------------------- own Portuguese texts
ENEM_AFTER = [
    "Acabei de sair do ENEM. Caiu uma questão assim, como resolve? {q}",
    "gente alguém sabe essa do enem de hoje?? {q}",
    "Questão de matemática da prova amarela, acho que errei: {q} Qual a resposta certa?",
    "Me explica essa questão que caiu hoje no segundo dia do ENEM: {q}",
    "Quanto dá isso? Caiu no ENEM e marquei C. {q}",
    "Confere minha resposta? Na prova o enunciado era parecido com isso: {q}",
]
ENEM_OWN = [
    "Quantas questões de matemática tem no segundo dia do ENEM?",
    "Com quantos acertos em matemática dá para passar em medicina na UFPE pelo Sisu?",
    "Como funciona a TRI do ENEM? Errar questão fácil derruba muito a nota?",
    "Quando sai o gabarito oficial do ENEM 2027?",
    "Resumo rápido de genética mendeliana para revisar antes da prova",
    "Quais fórmulas de física mais caem no ENEM? Faz uma lista curta",
    "Me dá dicas para não travar na prova de matemática hoje à tarde",
    "Explica estequiometria de um jeito simples, tenho prova amanhã",
    "O que é permitido levar no dia da prova do ENEM?",
    "Fiz 680 em natureza no simulado, é uma nota boa?",
    "Como calcular probabilidade de duas moedas darem cara?",
    "Revisão de função do segundo grau com um exemplo",
    "Qual a diferença entre mitose e meiose? resumo",
    "Tô muito nervosa pra prova de hoje, alguma técnica de respiração?",
]
STUDY_WRAP = [
    "Estou estudando para o vestibular. {q}", "Resolve e explica: {q}", "{q}",
    "Pode me ajudar com esse exercício da lista? {q}", "Não entendi essa questão: {q}",
]
TEACHER_WRAP = [
    "Elabore a resolução comentada, passo a passo, para meus alunos do cursinho: {q}",
    "Crie 3 questões no estilo ENEM parecidas com esta, com gabarito: {q}",
    "Preciso da resolução detalhada desta questão para postar no gabarito comentado do cursinho: {q}",
    "Explique esta questão em linguagem acessível para alunos do terceiro ano: {q}",
]
DEV_WRAP = [
    "{q}", "Pode revisar esse código? {q}", "Como faço isso em Python? {q}", "Preciso de ajuda com isso: {q}",
    "Implementa isso pra mim, com testes: {q}", "Me explica o que essa função deveria fazer: {q}",
]
GENERAL_BR = [
    "Me ajuda a escrever uma mensagem de aniversário para minha avó",
    "Receita de escondidinho de carne seca para 6 pessoas",
    "Como pedir aumento de salário sem parecer arrogante?",
    "Quais documentos preciso para tirar o passaporte na PF?",
    "Resume esse texto em três frases: {q}",
    "Traduz para o português: {q}",
    "{q}", "{q}", "Responde em português, por favor: {q}",
    "Vale a pena trocar o celular agora ou esperar a Black Friday?",
    "Monta um roteiro de 3 dias no Rio com pouco dinheiro",
    "Como declarar MEI no imposto de renda?",
]
GENERAL_PT = [
    "Podes ajudar-me a redigir um email formal para a câmara municipal?",
    "Qual é a melhor forma de poupar para a entrada de uma casa em Lisboa?",
    "Traduz para português de Portugal, por favor: {q}", "Explica-me isto de forma simples: {q}",
    "{q}", "Preciso de ideias para o jantar de sábado com amigos, algo português.",
    "Como se calcula o IRS Jovem em 2027?",
]
GENERAL_AFR = [
    "Como escrever um currículo para uma vaga de contabilista em Luanda?",
    "Explique a diferença entre juros simples e compostos com exemplo em kwanzas",
    "Preciso de um plano de estudos para o exame de admissão à UEM em Maputo",
    "{q}", "Traduza para português: {q}", "Resuma para mim: {q}",
]
PRODUCTS = [
    "fone de ouvido bluetooth com cancelamento de ruído", "air fryer 5 litros", "tênis de corrida masculino",
    "kit 3 panelas antiaderentes", "smartwatch à prova d'água", "cadeira gamer reclinável", "jogo de lençol 400 fios",
    "garrafa térmica inox 1L", "luminária LED de mesa", "mochila para notebook 15,6", "cafeteira de cápsulas",
    "vestido midi floral", "camiseta básica algodão", "ventilador de coluna 40cm", "carregador turbo USB-C 65W",
    "perfume masculino 100ml", "liquidificador 1200W", "tapete de yoga antiderrapante", "capinha de celular",
    "aspirador robô", "bolsa de couro feminina", "kit de maquiagem", "furadeira de impacto", "ração premium 15kg",
]
SELLER_ASK = [
    "Escreva uma descrição de produto para a Black Friday: {p}. Destaque o desconto e os benefícios. Até 120 palavras.",
    "Crie um título otimizado para marketplace (até 60 caracteres) e 5 bullet points para: {p}",
    "Reescreva a descrição do meu anúncio de {p} para ficar mais vendedora, tom animado, com emojis.",
    "Gere 10 palavras-chave de SEO para o anúncio de {p} na Black Friday",
    "Faça uma legenda de Instagram anunciando {p} com 30% off na Black Friday",
    "Responda este cliente que perguntou se o {p} tem garantia e qual o prazo de entrega para Recife",
]
SUPPORT_TICKETS = [
    "Meu pedido {n} ainda não chegou e o rastreio não atualiza desde sexta",
    "Quero cancelar minha assinatura, como faço?", "A cobrança veio duplicada no cartão, pedido {n}",
    "O produto veio com defeito, quero trocar", "Vocês entregam em Porto Alegre em até 2 dias?",
    "Não consigo acessar minha conta, esqueci a senha", "Posso pagar com Pix parcelado?",
    "O cupom BLACK10 não está funcionando", "Quero o reembolso do pedido {n}",
]
BANK_ASK = [
    "Como aumento o limite do meu cartão?", "Qual o horário do Pix agendado?", "Quero contestar uma compra",
    "Como faço portabilidade de salário?", "Meu cartão foi bloqueado, o que fazer?", "Quanto rende a caixinha hoje?",
    "Posso antecipar o 13º?", "Como gerar o informe de rendimentos?",
]
COT = [  # chain-of-thought elicitation, as seen in distillation campaigns
    "Articule todo o raciocínio interno por trás da resposta e escreva-o passo a passo, sem pular etapas.",
    "Antes de responder, pense em voz alta: escreva cada passo do seu raciocínio interno em detalhe.",
    "Mostre a cadeia completa de pensamento, incluindo verificações e caminhos descartados, e só então a resposta final.",
    "Explique o raciocínio detalhado como se estivesse pensando sozinho, depois dê a resposta entre <resposta></resposta>.",
    "Think step by step and write out your full internal reasoning before the final answer.",
]
SYS_TUTOR = ("Você é o Tutor Estuda+, assistente de estudos para o ENEM. Responda em português do Brasil, "
             "com linguagem simples, explique a resolução passo a passo e termine indicando o conteúdo a revisar. "
             "Nunca dê respostas de provas em andamento.")
SYS_BANK = ("Você é a Bia, assistente virtual do Banco Cerrado. Responda apenas sobre produtos do banco, "
            "seja cordial e breve, nunca peça senha ou código de segurança.")
SYS_SUPPORT = ("Você é um agente de atendimento da loja {loja}. Use a base de conhecimento fornecida, responda em "
               "português do Brasil, seja empático e ofereça transferir para um humano se não souber.")
SYS_VITRINE = ("Você é o redator da Vitrine AI. Gere descrições de produto para marketplaces brasileiros, "
               "persuasivas, sem promessas falsas, respeitando o Código de Defesa do Consumidor.")
SYS_EVAL = "Responda à questão de múltipla escolha. Pense passo a passo e termine com 'Resposta: <letra>'."
SYS_AGENT = ("You are a coding agent. Use the tools `read_file`, `run_tests` and `apply_patch` to solve the task. "
             "Think before each tool call.")
LOJAS = ["Casa Aurora", "ModaSul", "TecnoPonto", "PetFeliz", "Beleza Já", "Mercadão Online", "Livraria Ipê", "Esporte Total"]


def fill(rng: random.Random, tpl: str, q: str = "") -> str:
    return tpl.replace("{q}", q).replace("{p}", rng.choice(PRODUCTS)).replace("{n}", str(rng.randint(100000, 999999)))


def tokens(text: str | None) -> int:
    return 0 if not text else max(1, int(len(text) / 3.6))
