"""Pins the coverage claim of rules/markers.yaml (BENCHMARKS.md, "Marker sets"):
on the half of each public prompt corpus NOT used to choose the phrases, the
`task` set marks most benchmark questions and few ordinary prompts. Same split,
same matcher as bench/marker_coverage.py (< 1 s). Skipped without the full
corpora (the shipped samples are too small to mean anything)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from enforcer.core.distinct import MarkerSet

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("marker_coverage", REPO / "bench" / "marker_coverage.py")
mc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mc)


@pytest.fixture(scope="module")
def shares() -> dict[str, dict[str, float]]:
    d = REPO.parent / "shared" / "data" / "prompts"
    if not (d / "task_math.jsonl").is_file():
        pytest.skip("public prompt corpora not found")
    split = mc.load_split(d)
    res = mc.coverage(mc.load_markers(REPO / "rules" / "markers.yaml"), split, "holdout")
    return {stem: {name: v[0] for name, v in row.items()} for stem, (_, row) in res.items()}


def assert_set_reads(name: str, marked: tuple[str, ...], unmarked: tuple[str, ...]) -> None:
    """The shipped marker set `name` matches every text of `marked` and none of `unmarked`."""
    m = MarkerSet(mc.load_markers(REPO / "rules" / "markers.yaml")[name])
    for text in marked:
        assert m.match(text), text
    for text in unmarked:
        assert m.match(text) == 0, text


def test_task_markers_cover_benchmark_questions(shares):
    task = {s: v["task"] for s, v in shares.items() if s.startswith("task_")}
    assert len(task) == 5
    # MATH-style "What is ..."/"Find ..." questions were 25% before the LaTeX and
    # question-framing phrases; a campaign on them read task_ratio under 0.5.
    assert task["task_math"] >= 0.80
    assert task["task_gsm8k"] >= 0.90
    assert min(task.values()) >= 0.80
    assert sum(task.values()) / len(task) >= 0.93


def test_markers_rarely_match_ordinary_prompts(shares):
    chat = [v for s, v in shares.items() if s.startswith("benign_") and "nq_open" not in s]
    assert len(chat) == 4
    assert sum(v["task"] for v in chat) / len(chat) <= 0.12
    assert sum(v["reasoning"] for v in chat) / len(chat) <= 0.06
    nq = shares["benign_nq_open_questions"]
    assert nq["task"] <= 0.07 and nq["reasoning"] <= 0.01


def test_reasoning_markers_read_other_languages():
    """The shipped `reasoning` set asks for step-by-step reasoning in other
    languages too (scripts without spaces included); ordinary chat in those
    languages stays unmarked."""
    assert_set_reads(
        "reasoning",
        marked=("Resuelve el siguiente problema paso a paso: 3x + 2 = 11",
            "Mostre cada etapa do seu raciocínio antes da resposta final.",
            "Résous l'exercice étape par étape.",
            "Löse die Aufgabe Schritt für Schritt.",
            "Реши задачу шаг за шагом.",
            "حل المسألة التالية خطوة بخطوة",
            "请一步一步地推理，然后给出答案。",
            "ステップバイステップで考えてください。",
            "단계별로 풀어 주세요.",
            "یہ سوال قدم بہ قدم حل کریں اور پھر جواب دیں۔",
            "Bhai ye sawal qadam ba qadam hal kar do",
            "এই অঙ্কটা ধাপে ধাপে সমাধান করো",
            "Ei onkota dhape dhape bujhiye dao"),
        unmarked=("¿Qué película me recomiendas para ver hoy?", "Escreva uma mensagem de bom dia para minha mãe.",
            "Привет! Посоветуй фильм на вечер.", "今日はいい天気ですね。", "今天晚上吃什么？",
            "آج موسم کیسا ہے؟", "আজ রাতে কী রান্না করব?"),
    )


def test_authoring_markers_read_answer_keys():
    """The shipped `authoring` set reads a teacher's answer key, mark scheme or
    model solution (the artefact a teacher writes for a class) in English,
    Dutch and the Scandinavian languages; a student asking for the steps of
    one problem, and a worked solution asked for as such, stay unmarked."""
    assert_set_reads(
        "authoring",
        marked=("Write an answer key for this worksheet for Year 9.",
            "Draft a marking scheme for question 3 of the mock paper.",
            "Give the mark scheme: 2 marks for the method, 1 for the answer.",
            "Write model solutions for these three exercises.",
            "Maak een uitgewerkte modeloplossing bij de volgende opgave voor 5 vwo.",
            "Lav en fuldt gennemregnet facitliste til denne opgave for 2.g",
            "Lag et løsningsforslag med alle mellomregninger for R1:",
            "Skriv ett fullständigt lösningsförslag med alla mellansteg för Matematik 4:"),
        unmarked=("Solve this step by step: 3x + 2 = 11", "Give me a worked solution to this integral.",
            "Where is the key to the answer in this riddle?", "Geef een uitgewerkte oplossing van deze som.",
            "Lös ekvationen steg för steg."),
    )


def test_judging_markers_read_answer_ratings_and_pair_verdicts():
    """The shipped `judging` set reads a request to rate an answer and to pick
    the better of two with a reason (session 52); a person asking which of two
    things is better, or rating something that is not an answer, stays unmarked."""
    assert_set_reads(
        "judging",
        marked=("Rate the following answer for correctness and helpfulness (1-5 each).",
            "Q: 2+2? A: 5. Rate this answer from 1 to 10.",
            "Write two different replies labelled A and B. Then say which is better and why."),
        unmarked=("Which is better, Python or Java?", "Rate the following restaurants by price.",
            "Is renting or buying better and why?"),
    )


def test_instruction_data_markers_read_training_pairs_in_four_languages():
    """The shipped `instruction_data` set reads a request for instructions with
    answers (session 53) in English, Chinese, Japanese and Korean, its CJK
    phrases inside running text with no word break around them; a team's own
    domain data and a teacher's new problems with worked answers stay unmarked."""
    assert_set_reads(
        "instruction_data",
        marked=("Generate 12 diverse instruction-response pairs about SQL. Output JSON lines.",
            "Write 10 new instruction/response pairs on tax law for a fine-tuning set.",
            "请生成15条关于物理的高质量指令数据，用JSON数组输出。",
            "参考以下示例，生成10组关于法律的新指令及标准答案。",
            "以下の例を参考に、金融分野の新しい指示と模範解答のペアを10個作成してください。",
            "아래 예시를 참고하여 여행 분야의 새로운 지시문과 모범 답안 10쌍을 만들어 주세요."),
        unmarked=("Generate 5 realistic customer-support dialogues about a refund. Output JSON lines with fields role and text.",
            "Write 5 new problems like this one, with worked answers, for my class.",
            "この問題の模範解答を書いてください。", "이 문제의 모범 답안을 작성해 주세요.",
            "Follow the instructions in the README and explain the output."),
    )


def test_tool_result_markers_read_observations_in_other_languages():
    """The shipped `tool_result` set reads an agent loop's observation step in
    French, Spanish, Portuguese, Italian and German when it names the tool
    (session 56); a person's note headed "Observación:" or a question about a
    tool stays unmarked."""
    assert_set_reads(
        "tool_result",
        marked=("Observation de l'outil `web_search` : 3 résultats trouvés.",
            "Résultat de l'outil read_file : 120 lignes",
            "Resultado de la herramienta `python`: 42",
            "Saída da ferramenta http_get: status 200",
            "Risultato dello strumento: file scritto",
            "Ausgabe des Werkzeugs: 17 Treffer"),
        unmarked=("Observación: el informe llega tarde, ¿cómo lo explico al jefe?",
            "Quel outil me conseilles-tu pour couper du bois ?",
            "¿Qué herramienta uso para editar vídeo?"),
    )
