"""Hand-written multilingual text: wrappers around corpus prompts, local chat
templates, matura problems, launch-day questions, system prompts. No corpus text."""

STUDY = {
    "pl": ["Rozwiąż krok po kroku: {q}",
           "Pomożesz mi z tym zadaniem? Nie rozumiem jak to zrobić.\n{q}",
           "{q}\n\nwytłumacz mi to krok po kroku, jak dla ucznia liceum",
           "mam to na powtórkę przed maturą, jak to rozwiązać?\n\n{q}",
           "{q} (prosze o rozwiazanie z wyjasnieniem)",
           "zadanie: {q}\nodp?",
           "Sprawdź czy dobrze kombinuję, bo wychodzi mi inny wynik niż w odpowiedziach: {q}",
           "{q}"],
    "cs": ["Vyřeš krok za krokem: {q}",
           "Můžeš mi pomoct s touhle úlohou? {q}",
           "{q}\n\nvysvětli mi postup, prosím",
           "Potřebuju to na zítřejší test: {q}",
           "{q}"],
    "ro": ["Rezolvă pas cu pas: {q}",
           "Mă poți ajuta cu problema asta? {q}",
           "{q}\n\nexplică-mi te rog fiecare pas",
           "Am de făcut tema la mate: {q}",
           "{q}"],
    "en": ["Solve step by step: {q}", "Can you help me with this problem? {q}",
           "{q}\nPlease explain your reasoning.", "{q}"],
}

SWEEP = {
    "en": ["Solve the following problem. Reason step by step and put the final answer within \\boxed{{}}.\n\n{q}",
           "Problem:\n{q}\n\nProvide a complete, rigorous solution, showing every intermediate step, then state the final answer.",
           "You will be given a problem. Think carefully, write out your full reasoning, and finish with 'Final answer:'.\n\n{q}",
           "{q}\n\nWork through this methodically. Show all reasoning before giving the answer.",
           "Question: {q}\nAnswer with a detailed derivation.",
           "Here's a task for you:\n{q}\nLet's think it through one step at a time, then give the answer on its own line."],
    "pl": ["Rozwiąż poniższe zadanie. Przedstaw pełne rozumowanie krok po kroku, a wynik końcowy podaj w \\boxed{{}}.\n\n{q}",
           "Zadanie:\n{q}\n\nPodaj kompletne rozwiązanie z uzasadnieniem każdego kroku.",
           "{q}\n\nRozpisz dokładnie tok rozumowania, a na końcu napisz 'Odpowiedź:'."],
    "cs": ["Vyřešte následující úlohu. Uveďte úplný postup krok za krokem a výsledek napište do \\boxed{{}}.\n\n{q}",
           "Úloha:\n{q}\n\nNapiš kompletní řešení se zdůvodněním každého kroku."],
    "ro": ["Rezolvați problema următoare. Prezentați raționamentul complet, pas cu pas, și scrieți răspunsul final în \\boxed{{}}.\n\n{q}",
           "Problemă:\n{q}\n\nScrie soluția completă, justificând fiecare pas."],
}

CODE = {
    "en": ["Complete the following Python function. Return only the code.\n\n{q}",
           "{q}\n\nImplement this and explain the approach.", "Write a solution for:\n{q}",
           "```python\n{q}\n```\nfinish this function pls", "{q}"],
    "dev": ["write unit tests for this:\n{q}", "{q}\n\nwhy does my version fail the tests? rewrite it properly",
            "refactor + implement:\n{q}", "implement in python 3.12, typed:\n{q}", "{q}"],
    "pl": ["Dokończ tę funkcję w Pythonie:\n{q}", "Napisz kod do tego zadania:\n{q}", "{q}\n\nwytłumacz jak działa rozwiązanie"],
    "cs": ["Doplň tuto funkci v Pythonu:\n{q}", "Napiš kód k tomuto zadání:\n{q}"],
    "ro": ["Completează funcția următoare în Python:\n{q}", "Scrie codul pentru:\n{q}"],
}

COT = {
    "en": ["Below is a question and a completed response. Articulate the internal reasoning behind the completed "
           "response and write it out step by step.\n\nQuestion: {q}\n\nCompleted response: {a}",
           "Here is a solved task. Reconstruct the full chain of thought that leads to this answer, including every "
           "intermediate step and self-check.\n\nTask: {q}\nSolution: {a}",
           "Explain, as an inner monologue, how you would arrive at the answer below. Do not skip any step.\n{q}\n=> {a}",
           "{q}\n\nThe answer is {a}. Write out the hidden reasoning that justifies it, as detailed as possible."],
    "pl": ["Poniżej jest pytanie i gotowa odpowiedź. Opisz krok po kroku całe wewnętrzne rozumowanie, które prowadzi "
           "do tej odpowiedzi.\n\nPytanie: {q}\n\nOdpowiedź: {a}",
           "{q}\n\nWynik to {a}. Rozpisz pełny tok myślenia, który do niego prowadzi, nie pomijaj żadnego kroku."],
    "cs": ["Níže je otázka a hotová odpověď. Popiš krok za krokem celé vnitřní uvažování, které k této odpovědi "
           "vede.\n\nOtázka: {q}\n\nOdpověď: {a}"],
    "ro": ["Mai jos este o întrebare și un răspuns complet. Articulează raționamentul intern din spatele răspunsului "
           "și scrie-l pas cu pas.\n\nÎntrebare: {q}\n\nRăspuns: {a}"],
}

FOLLOW = {
    "pl": ["a możesz krócej?", "dzięki!", "a po angielsku?", "nie rozumiem trzeciego kroku", "a jak to sprawdzić?",
           "możesz podać inny przykład?", "ok a dlaczego tak?", "super, dzięki wielkie", "a wersja bardziej formalna?"],
    "cs": ["díky, a můžeš to zkrátit?", "nerozumím druhému kroku", "a anglicky?", "dík!", "můžeš dát další příklad?"],
    "ro": ["mersi, poți mai scurt?", "nu înțeleg pasul doi", "și în engleză?", "mulțumesc!", "poți da alt exemplu?"],
    "en": ["thanks!", "can you make it shorter?", "why?", "give me another example", "ok now in a table"],
}

LOCAL = {
    "pl": ["Napisz maila do {who} w sprawie {topic}.", "Jak zrobić {dish}? Mam {n} osób.",
           "Co warto zobaczyć w {city} w weekend? Jestem z dziećmi.", "Pomóż mi napisać post na LinkedIn o {topic}.",
           "Jaka będzie pogoda na majówkę? żartuję, napisz mi plan wycieczki do {city}",
           "Napisz krótkie życzenia na {occ} dla {who}.", "Jak odliczyć ulgę na dziecko w PIT?",
           "ile kalorii ma {dish}", "Podaj 5 pomysłów na prezent na {occ} do 200 zł.",
           "Jak napisać reklamację do sklepu internetowego w sprawie {topic}?"],
    "cs": ["Napiš e-mail pro {who} ohledně {topic}.", "Jak udělat {dish}? Je nás {n}.",
           "Co vidět v {city} o víkendu?", "Napiš krátké přání k {occ}.", "Jak se odvolat proti pokutě za parkování?"],
    "ro": ["Scrie un e-mail către {who} despre {topic}.", "Cum fac {dish}? Suntem {n} persoane.",
           "Ce pot vizita în {city} în weekend?", "Scrie o urare scurtă de {occ}.",
           "Cum completez declarația unică la ANAF?"],
}
SLOTS = {
    "pl": {"who": ["szefa", "wychowawczyni", "spółdzielni", "klienta", "sąsiada", "babci"],
           "topic": ["urlopu", "zwrotu towaru", "remontu klatki", "spóźnienia faktury", "zebrania rodziców", "nowej oferty"],
           "dish": ["pierogi ruskie", "żurek", "bigos", "sernik", "placki ziemniaczane", "gołąbki"],
           "city": ["Krakowie", "Gdańsku", "Wrocławiu", "Zakopanem", "Toruniu", "Warszawie"],
           "occ": ["urodziny", "Dzień Matki", "imieniny", "ślub"]},
    "cs": {"who": ["šéfa", "učitelku", "pronajímatele", "zákazníka"], "topic": ["dovolené", "reklamace", "opravy", "faktury"],
           "dish": ["svíčkovou", "knedlíky", "bramboráky", "trdelník"], "city": ["Praze", "Brně", "Olomouci", "Českém Krumlově"],
           "occ": ["narozeninám", "svatbě", "Vánocům"]},
    "ro": {"who": ["șef", "profesoară", "proprietar", "client"], "topic": ["concediu", "retur", "reparații", "factură"],
           "dish": ["sarmale", "mici", "papanași", "ciorbă de burtă"], "city": ["Cluj", "Sibiu", "Brașov", "București"],
           "occ": ["ziua de naștere", "nuntă", "Paște"]},
}

MATURA = [
    "Rozwiąż nierówność x^2 - 5x + 6 < 0.",
    "Wyznacz wzór ogólny ciągu arytmetycznego, w którym a_3 = 7 i a_7 = 19.",
    "Oblicz log_2 8 + log_3 27 - log_5 1.",
    "Funkcja kwadratowa f(x) = -2(x-3)^2 + 4. Podaj zbiór wartości funkcji i przedział, w którym jest rosnąca.",
    "W trójkącie prostokątnym przyprostokątne mają długości 6 i 8. Oblicz wysokość opuszczoną na przeciwprostokątną.",
    "Ze zbioru liczb {1, 2, ..., 20} losujemy jedną liczbę. Oblicz prawdopodobieństwo, że jest podzielna przez 3 lub przez 4.",
    "Rozwiąż równanie (x^2 - 4)(x + 3) = 0.",
    "Ciąg geometryczny ma a_1 = 3 i iloraz q = -2. Oblicz sumę pięciu początkowych wyrazów.",
    "Punkty A = (2, 3) i B = (-4, 7) są końcami średnicy okręgu. Wyznacz równanie tego okręgu.",
    "Graniastosłup prawidłowy czworokątny ma krawędź podstawy 4 i przekątną 9. Oblicz jego objętość.",
    "Wykaż, że dla każdej liczby rzeczywistej x prawdziwa jest nierówność x^2 + 4 >= 4x.",
    "Liczba (2^10 * 4^5) / 8^6 jest równa?",
    "Oblicz sin α, jeśli cos α = 5/13 i α jest kątem ostrym.",
    "Ile jest liczb naturalnych czterocyfrowych, w których zapisie występują tylko cyfry nieparzyste?",
    "Prosta przechodzi przez punkty (1, 2) i (3, 8). Wyznacz jej równanie kierunkowe.",
    "Średnia arytmetyczna liczb 3, 5, x, 9, 11 jest równa 7. Oblicz x i medianę.",
    "Rozwiąż układ równań: 2x + y = 7, x - 3y = -7.",
    "Pole trójkąta równobocznego wynosi 9√3. Oblicz długość jego boku i promień okręgu opisanego.",
]
MATURA_TALK = [
    "ile punktów trzeba mieć żeby zdać maturę z matematyki?", "kiedy będą wyniki matury 2027?",
    "czy matura rozszerzona z matmy jest dużo trudniejsza niż podstawowa?", "jak się nauczyć do matury z angielskiego w tydzień?",
    "w zadaniu 7 na maturze z matmy wyszło mi a_1 = -3, to dobrze?", "czy na maturze można mieć kalkulator prosty?",
    "daj mi plan nauki na 3 dni przed maturą rozszerzoną z matematyki", "jak pisać rozprawkę na maturze z polskiego żeby nie stracić punktów?",
    "wzory na pole i objętość stożka", "co to jest funkcja wykładnicza, wytłumacz prosto",
]

LAUNCH_QS = [
    "How many r's are in the word strawberry?", "Which is bigger, 9.11 or 9.9?",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
    "Sally has 3 brothers. Each of her brothers has 2 sisters. How many sisters does Sally have?",
    "Write the game of snake in Python using pygame.", "Co jest większe: 9,11 czy 9,9?",
    "Ile razy litera r występuje w słowie 'przestrzeń'?", "Napisz wiersz o Wiśle w stylu Szymborskiej.",
    "Jakim modelem jesteś i do kiedy sięga twoja wiedza?", "What is new in vistula-2 compared to vistula-1?",
    "Kdo jsi a čím se lišíš od předchozí verze?", "Care este diferența dintre vistula-2 și vistula-1?",
    "Prove that there are infinitely many primes.", "Napisz grę w węża w Pythonie.",
    "If it takes 5 machines 5 minutes to make 5 widgets, how long would it take 100 machines to make 100 widgets?",
    "Explain quantum entanglement to a 10 year old.", "Wymyśl zagadkę logiczną, której nie rozwiąże vistula-1.",
]
