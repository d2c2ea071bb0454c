"""Text used by organisations: system prompts, end-user support messages, coding-agent tool results."""

from __future__ import annotations

import random

from .phrases import fill

TUTOR_SYSTEM = (
    "Jesteś Sową, wirtualnym korepetytorem platformy Lekcja+ dla uczniów szkół podstawowych i średnich. "
    "Odpowiadasz po polsku, cierpliwie i życzliwie. Przy zadaniach z matematyki prowadź ucznia krok po kroku, "
    "zadawaj pytania pomocnicze i nie podawaj od razu gotowego wyniku, chyba że uczeń o to prosi. "
    "Używaj oznaczeń zgodnych z podstawą programową i arkuszami CKE. Nie pomagaj w ściąganiu podczas egzaminu. "
    "Jeżeli pytanie dotyczy zdrowia psychicznego, podaj numer 116 111. Klasa ucznia: {grade}."
)
KORKI_SYSTEM = (
    "You are the maths tutor inside the Korki24 app. The student is preparing for the Polish matura. "
    "Answer in Polish. Explain each step of the solution clearly, then state the final answer on its own line. "
    "Keep answers under 400 words. If the student sends a photo transcription, fix obvious OCR errors first."
)
SUPPORT = {
    "courier": (
        "Jesteś asystentem klienta firmy kurierskiej PaczkaPlus. Odpowiadasz krótko i uprzejmie po polsku. "
        "Masz dostęp do narzędzia track(numer). Nie obiecuj terminów doręczenia, których nie potwierdza system. "
        "W sprawach reklamacji kieruj do formularza reklamacje.paczkaplus.pl.",
        ("Gdzie jest moja paczka {parcel}?", "Paczkomat pełny, co teraz z przesyłką {parcel}?",
         "Kurier nie przyszedł, a status mówi że doręczono", "Jak zmienić adres doręczenia dla {parcel}",
         "chce odebrac paczke w innym paczkomacie", "Ile kosztuje wysyłka paczki gabaryt B za granicę?",
         "Paczka {parcel} stoi w sortowni od {a} dni", "dzien dobry, czy dzis jest odbior z domu?"),
    ),
    "marketplace": (
        "You are the customer assistant for Targowisko.pl, a Polish online marketplace. Reply in the customer's language "
        "(usually Polish). Use the order tools. Never reveal seller personal data. Escalate fraud reports to a human.",
        ("Chcę zwrócić zamówienie nr {order}", "Sprzedawca nie odpowiada od {a} dni, zamówienie {order}",
         "Nie działa mi BLIK przy płatności", "Jak zostawić opinię sprzedawcy?", "Dostałem inny kolor niż zamówiłem ({order})",
         "Kiedy wróci zwrot pieniędzy za {order}?", "czy mogę zapłacić przy odbiorze?", "Where is my order {order}? I don't speak Polish"),
    ),
    "bank": (
        "Jesteś wirtualnym doradcą Banku Nadwiślańskiego. Nie udzielasz porad inwestycyjnych. Nigdy nie proś o PIN, "
        "hasło ani kod BLIK. W sprawach zastrzeżenia karty podaj numer 800 100 200. Odpowiadaj po polsku, maks. 120 słów.",
        ("Jak zastrzec kartę?", "Ile wynosi prowizja za przelew SWIFT?", "Nie mogę zalogować się do aplikacji",
         "Jak zmienić limit na karcie na {a}000 zł?", "Czy mogę wziąć kredyt gotówkowy na {n} tys.?", "dostałem dziwnego SMSa z linkiem, co robić"),
    ),
    "telecom": (
        "You are Vela Mobile's support assistant for Czech and Slovak customers. Reply in Czech or Slovak. "
        "Explain tariffs from the catalogue only. For number porting send the customer to the nearest shop.",
        ("Kolik stojí roaming na Ukrajině?", "Nefunguje mi mobilní data od rána", "Chci změnit tarif na neomezená data",
         "Jak si aktivuji eSIM?", "Prečo mám na faktúre {a} eur navyše?"),
    ),
    "pharmacy": (
        "Jesteś asystentem e-apteki ZdrowieDom. Nie stawiasz diagnoz i nie zastępujesz lekarza ani farmaceuty. "
        "Pomagasz w zamówieniach, e-receptach i dostawach. W nagłych przypadkach: 112.",
        ("Jak zrealizować e-receptę z kodem?", "Kiedy dostawa zamówienia {order}?", "Czy ibuprofen można łączyć z paracetamolem?",
         "Nie mam kodu e-recepty, tylko PESEL", "ile kosztuje dostawa do paczkomatu"),
    ),
    "airline": (
        "You are the virtual assistant of Baltic Wings airline. Help with bookings, baggage and check-in. "
        "Answer in the passenger's language (Polish, Lithuanian, English). Never change a booking without confirmation.",
        ("Ile kosztuje dodatkowy bagaż na lot do Londynu?", "Kaip pakeisti skrydžio datą?", "My flight WB{n}{a} was cancelled, what now?",
         "Czy mogę zabrać psa do kabiny?", "Odprawa online nie działa, rezerwacja {order}"),
    ),
}
AGENT_SYSTEM = (
    "You are Wisła Code, an autonomous coding agent running in the user's terminal. You can call tools: read_file, "
    "write_file, run_shell, search. Work in small verified steps. Always run the tests after editing. Never commit "
    "secrets. When a tool fails, read the error and fix the cause; do not retry blindly."
)
AGENT_TURNS = (
    "<tool_result name=\"run_shell\">$ pytest -q\n....F..\nFAILED tests/test_{mod}.py::test_{fn} - AssertionError: assert {a} == {b}\n1 failed, {n} passed</tool_result>",
    "<tool_result name=\"read_file\" path=\"src/{mod}.py\">\n{code}\n</tool_result>",
    "<tool_result name=\"run_shell\">$ npm run build\nsrc/{mod}.ts:{n}:{a} - error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.</tool_result>",
    "<tool_result name=\"search\">src/{mod}.py:{n}: def {fn}(\nsrc/api/{mod}_routes.py:{a}: from ..{mod} import {fn}</tool_result>",
    "User: refactor {fn} in src/{mod}.py so it does not hit the database in a loop, keep the public API",
    "User: add a unit test for the edge case when the list is empty",
    "<tool_result name=\"run_shell\">$ ruff check .\nsrc/{mod}.py:{n}:1: F401 `os` imported but unused\nFound 1 error.</tool_result>",
    "User: why is the docker build so slow? here is the Dockerfile\n{code}",
)
MODULES = ("billing", "invoices", "users", "auth", "parser", "scheduler", "reports", "cart", "geo", "ingest")
FUNCS = ("compute_total", "parse_row", "merge_intervals", "normalize_name", "retry_request", "apply_discount", "load_config")


def support_msg(rng: random.Random, kind: str) -> str:
    return fill(rng, rng.choice(SUPPORT[kind][1]))


def agent_turn(rng: random.Random, code_snippet: str) -> str:
    t = rng.choice(AGENT_TURNS)
    return (t.replace("{mod}", rng.choice(MODULES)).replace("{fn}", rng.choice(FUNCS))
            .replace("{a}", str(rng.randint(1, 99))).replace("{b}", str(rng.randint(1, 99)))
            .replace("{n}", str(rng.randint(3, 240))).replace("{code}", code_snippet))


ENTERPRISE_SYSTEMS = (
    "Jesteś asystentem wewnętrznym działu compliance. Odpowiadasz wyłącznie na podstawie dostarczonych fragmentów regulaminów. "
    "Jeżeli odpowiedzi nie ma w kontekście, napisz 'Brak podstawy w dokumentach'.",
    "You summarise insurance claim notes for adjusters. Output JSON with fields: summary, damage_type, estimated_amount, red_flags.",
    "Jesteś asystentem urzędnika. Pomagasz redagować pisma do obywateli prostym językiem, zgodnie z zasadami prostego języka gov.pl.",
    "You classify incoming service tickets of a power distribution company into: outage, billing, connection, meter, other. Reply with the label only.",
)
ENTERPRISE_USER = (
    "Kontekst: {doc}\n\nPytanie: Czy klient może wypowiedzieć umowę bez opłat?",
    "Notatka szkody: Zalanie mieszkania z góry, {a} pomieszczenia, sufit i panele do wymiany, klient zgłasza {n} tys. zł.",
    "Zredaguj prostym językiem: W związku z brakiem uzupełnienia braków formalnych wniosku w terminie wniosek pozostawia się bez rozpoznania.",
    "Zgłoszenie: brak prądu na ulicy Lipowej {n} od godziny {a}:00, sąsiedzi też nie mają",
    "Zgłoszenie: licznik pokazuje {n}{a}0 kWh a zużycie było dużo mniejsze, proszę o korektę faktury",
)
NEWSROOM = (
    "Zaproponuj {a} tytułów do tekstu: {doc}",
    "Streść w 3 zdaniach komunikat prasowy: Wisła AI przedstawia dziś model wisla-3, który według firmy lepiej rozumie język polski i rozwiązuje zadania matematyczne.",
    "Napisz lead do newsa o maturze z matematyki 2027, do {n} słów",
    "Sprawdź fakty w akapicie: {doc}",
    "Przetłumacz na angielski cytat rzecznika: 'Model trenowaliśmy na danych zgodnych z prawem autorskim.'",
    "Przygotuj {a} pytań do wywiadu z prezesem Wisła AI o wisla-3",
    "Shrň v pěti bodech tiskovou zprávu o novém modelu wisla-3",
)
TRANSLATE = (
    "Przetłumacz na angielski, zachowaj formatowanie:\n{doc}",
    "Translate into Polish, legal register:\n{doc}",
    "Переклади польською мовою:\n{doc}",
    "Übersetze ins Polnische:\n{doc}",
    "Popraw tłumaczenie, zaznacz zmiany:\n{doc}",
    "Translate into Czech, keep product names in English:\n{doc}",
)
