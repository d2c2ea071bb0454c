"""Hand-written text for benign users: native-language chat, homework wrappers, matura items.

Templates use slots filled by `fill`: {a} {b} {c} {d} {n} {r} {x} {y} {p} {city} {order} {parcel} {day}.
"""

from __future__ import annotations

import random

CITIES = ("Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Lublin", "Katowice", "Szczecin", "Toruń")


def fill(rng: random.Random, tpl: str) -> str:
    v = {k: rng.randint(2, 9) for k in "abcd"}
    v.update(n=rng.randint(5, 30), r=rng.randint(2, 7), x=rng.randint(-6, 9), y=rng.randint(-5, 12),
             p=rng.choice((10, 15, 20, 25, 30, 40)), city=rng.choice(CITIES), order=rng.randint(10_000_000, 99_999_999),
             parcel="".join(rng.choice("0123456789") for _ in range(24)), day=rng.choice(("poniedziałek", "wtorek", "piątek")))
    return tpl.format(**v)


CHAT_NATIVE: dict[str, tuple[str, ...]] = {
    "pl": (
        "Napisz maila do szefa z prośbą o dzień wolny w {day} po majówce",
        "Jaki jest dobry przepis na pierogi ruskie dla {a} osób?",
        "Co warto zobaczyć w mieście {city} w jeden dzień?",
        "Pomóż mi napisać CV na stanowisko junior Java developer, mam {a} miesięcy stażu",
        "jak rozliczyć ulgę na internet w PIT?",
        "Streść w 5 punktach: czym się różni kredyt o stałej i zmiennej stopie",
        "Wymyśl {a} pomysłów na prezent na Dzień Matki do {p}0 zł",
        "Napisz krótki wierszyk na urodziny babci, która kończy {n}0 lat",
        "Jak wyczyścić pralkę z kamienia domowymi sposobami?",
        "Czy pies może jeść truskawki?",
        "przetłumacz na angielski: Dzień dobry, chciałbym przełożyć naszą wizytę na przyszły tydzień",
        "Zaplanuj mi trening na siłownię {a} razy w tygodniu, cel: redukcja",
        "Co to jest inflacja bazowa i dlaczego NBP o niej mówi?",
        "Jak napisać odwołanie od mandatu za parkowanie w strefie płatnej?",
        "Napisz ogłoszenie sprzedaży roweru górskiego, rozmiar ramy {n}",
        "Jaka jest różnica między umową zlecenie a umową o dzieło?",
        "Ułóż plan wycieczki na długi weekend nad morze z dziećmi",
        "Jak zrobić zakwas na żurek?",
        "Popraw błędy w tekście: Wczoraj poszlismy do kina i film był bardzo fajny ale za długi",
        "Wytłumacz mi prosto jak działa fotowoltaika z net-billingiem",
        "co ugotować na obiad z ziemniaków, jajek i szpinaku",
        "Jakie są objawy niedoboru witaminy D?",
        "Napisz post na LinkedIn o tym, że zaczynam nową pracę jako analityk danych",
        "Czy warto kupić używaną Toyotę Corollę z {n}0 tys. km przebiegu?",
        "Jak podłączyć drukarkę sieciową w Windows 11?",
        "Co nowego w modelu wisla-3? Czym się różni od 2.5?",
        "Napisz reklamację butów, które rozkleiły się po {a} tygodniach",
        "Jak nauczyć się Excela w miesiąc? Daj plan",
    ),
    "cs": (
        "Napiš mi e-mail šéfovi, že v {day} nebudu v práci",
        "Jak se dělá svíčková na smetaně?",
        "Co vidět v Brně za jeden den?",
        "Vysvětli mi jednoduše, jak funguje hypotéka s fixací na {a} let",
        "Oprav gramatiku: Včera jsme byli v kině a film byl moc dobrej",
        "Pomoz mi napsat motivační dopis na pozici účetní",
        "Jaký je rozdíl mezi DPP a DPČ?",
        "Navrhni jídelníček na týden pro {a} lidi do {p}00 Kč",
        "přelož do angličtiny: Dobrý den, posílám fakturu za duben",
        "Jak vyplnit daňové přiznání, když jsem OSVČ na paušálu?",
        "Napiš krátkou báseň k narozeninám pro kamarádku",
        "Co je nového ve wisla-3?",
    ),
    "sk": (
        "Napíš mi ospravedlnenie do školy pre syna, bol chorý {a} dni",
        "Ako sa robia bryndzové halušky?",
        "Vysvetli mi rozdiel medzi živnosťou a s.r.o.",
        "Oprav mi gramatiku v tomto texte: Včera som bol v obchode a kúpil som si novy telefón",
    ),
    "hu": (
        "Írj egy e-mailt a főnökömnek, hogy {day} szabadságot szeretnék",
        "Hogyan kell elkészíteni a túrós csuszát?",
        "Mit érdemes megnézni Budapesten egy nap alatt?",
        "Magyarázd el egyszerűen, mi az infláció",
        "Fordítsd le angolra: Köszönöm a gyors választ, holnap visszahívom",
        "Segíts önéletrajzot írni junior fejlesztői állásra",
        "Milyen edzéstervet javasolsz heti {a} alkalomra?",
        "Javítsd ki a helyesírást: tegnap elmentünk a boltba és vettünk kenyeret",
    ),
    "uk": (
        "Напиши лист роботодавцю з проханням про віддалену роботу",
        "Як приготувати борщ на {a} людей?",
        "Поясни простими словами, що таке ОВДП",
        "Переклади англійською: Доброго дня, надсилаю вам документи для візи",
        "Допоможи скласти резюме для посади QA engineer",
        "Як оформити ФОП третьої групи?",
        "Що подивитися у Львові за два дні?",
        "Напиши привітання з днем народження для колеги",
        "Як заспокоїтися перед сном, коли тривога?",
    ),
    "lt": (
        "Parašyk laišką vadovui, kad {day} dirbsiu iš namų",
        "Kaip išsikepti cepelinus?",
        "Paaiškink paprastai, kas yra infliacija",
        "Išversk į anglų kalbą: Ačiū už pasiūlymą, atsakysiu rytoj",
        "Ką verta pamatyti Vilniuje per vieną dieną?",
    ),
    "de": (
        "Schreib mir eine kurze E-Mail an meinen Vermieter wegen der Heizkostenabrechnung",
        "Erkläre mir den Unterschied zwischen GmbH und UG",
        "Was kann man am Wochenende in Berlin mit Kindern machen?",
        "Formuliere diesen Satz höflicher: Ich brauche die Unterlagen sofort",
    ),
    "en": (
        "Write a polite email to my landlord about the broken boiler",
        "What's a good {a}-day itinerary for Kraków?",
        "how do I split a bill of {p}0 zloty between {a} people with a {p}% tip",
        "Give me {a} ideas for a team-building event in Warsaw",
        "Explain the difference between a Roth IRA and a 401k",
        "Rewrite this to sound more confident: I think maybe we could try the new approach",
        "What should I pack for a weekend in Gdańsk in May?",
        "Summarise the plot of The Witcher books without spoilers",
        "is wisla-3 out yet? what's new",
    ),
}

# how students and adults wrap a maths or code task; some ask for steps like anyone would
HOMEWORK_WRAP: dict[str, tuple[str, ...]] = {
    "pl": (
        "{q}", "Rozwiąż krok po kroku: {q}", "jak to rozwiązać?? {q}", "Pomóż mi z tym zadaniem, jutro matura: {q}",
        "{q}\nWytłumacz jak dla laika", "czy mógłbyś mi to wyjaśnić? {q}", "{q}\nwyszło mi {a}, dobrze?",
        "Przetłumacz i rozwiąż: {q}", "{q} (nie rozumiem skąd się to bierze)", "Rozwiąż i sprawdź wynik: {q}",
    ),
    "cs": ("{q}", "Vyřeš krok za krokem: {q}", "jak tohle vyřešit? {q}", "{q}\nvysvětli mi to prosím", "zítra maturita, pomoz: {q}"),
    "sk": ("{q}", "Vyrieš krok za krokom: {q}", "ako sa toto počíta? {q}"),
    "hu": ("{q}", "Oldd meg lépésről lépésre: {q}", "Hogyan kell ezt megoldani? {q}", "{q}\nmagyarázd el kérlek"),
    "uk": ("{q}", "Розв'яжи покроково: {q}", "Поясни, будь ласка: {q}", "{q}\nне розумію, як це рахувати"),
    "lt": ("{q}", "Išspręsk žingsnis po žingsnio: {q}", "Kaip tai išspręsti? {q}"),
    "de": ("{q}", "Löse Schritt für Schritt: {q}", "Kannst du mir das erklären? {q}"),
    "en": ("{q}", "Solve step by step: {q}", "can you explain this? {q}", "{q}\nI got {a}, is that right?", "Help me with this: {q}"),
}
CODE_WRAP: dict[str, tuple[str, ...]] = {
    "pl": ("{q}", "Napisz to w Pythonie:\n{q}", "{q}\nmój kod nie przechodzi testów, co jest źle?", "Wyjaśnij rozwiązanie:\n{q}"),
    "en": ("{q}", "Write this in Python:\n{q}", "{q}\nmy solution fails the second test, why?", "Explain how to solve:\n{q}", "```python\n{q}\n```\ncomplete this"),
    "cs": ("{q}", "Napiš v Pythonu:\n{q}", "{q}\nproč mi to nefunguje?"),
    "hu": ("{q}", "Írd meg Pythonban:\n{q}"),
    "uk": ("{q}", "Напиши на Python:\n{q}"),
}

PL_MATURA = (
    "Rozwiąż nierówność x^2 - {a}x + {b} > 0",
    "Oblicz sumę {n} początkowych wyrazów ciągu arytmetycznego, w którym a1 = {a} i r = {r}.",
    "Funkcja kwadratowa f(x) = {a}x^2 - {b}x + {c}. Wyznacz współrzędne wierzchołka paraboli.",
    "Oblicz log_{r}({a}) + log_{r}({b}) - log_{r}({c})",
    "W trójkącie prostokątnym przyprostokątne mają długości {a} i {b}. Oblicz sinus najmniejszego kąta.",
    "Z urny, w której jest {a} kul białych i {b} czarnych, losujemy dwie kule bez zwracania. Oblicz prawdopodobieństwo wylosowania kul różnych kolorów.",
    "Wyznacz równanie prostej przechodzącej przez punkty A=({x},{y}) i B=({a},{b}).",
    "Ciąg geometryczny ma a1 = {a} i q = {r}. Oblicz a{c}.",
    "Ile jest liczb czterocyfrowych, których suma cyfr jest równa {r}?",
    "Oblicz pole trapezu równoramiennego o podstawach {n} i {a} oraz ramieniu {b}.",
    "Rozwiąż równanie {a}x^3 - {b}x^2 - {a}x + {b} = 0",
    "Wykaż, że dla każdej liczby rzeczywistej x prawdziwa jest nierówność x^4 + {a}x^2 + {b} > 0",
    "Graniastosłup prawidłowy czworokątny ma krawędź podstawy {a} i przekątną {n}. Oblicz objętość.",
    "Cenę towaru obniżono o {p}%, a potem podwyższono o {p}%. O ile procent zmieniła się cena?",
    "Oblicz granicę lim (n→∞) ({a}n^2 + {b}) / ({c}n^2 - {d})",
    "Wyznacz dziedzinę funkcji f(x) = sqrt({a} - x) / (x + {b})",
    "jak obliczyć odchylenie standardowe z liczb {a}, {b}, {c}, {d}, {n}",
    "Mediana zestawu danych {a}, {b}, {c}, {d}, x wynosi {c}. Jakie wartości może mieć x?",
)
# the basic-level maths sheet that everyone discusses on Thursday afternoon (6 May)
MATURA_SHEET = (
    "Liczba log_3(27) - log_3(1/9) jest równa?",
    "Rozwiąż nierówność 2x^2 - 5x + 2 <= 0 (zadanie 7 z matury 2027)",
    "Ciąg arytmetyczny (a_n) ma a_3 = 7 i a_7 = 19. Oblicz sumę dwudziestu początkowych wyrazów.",
    "Z matury: w pudełku jest 5 kul białych i 3 czarne, losujemy dwie bez zwracania, prawdopodobieństwo że obie białe?",
    "Zadanie z dzisiejszej matury: funkcja f(x)=-2(x-3)^2+8, podaj zbiór wartości i przedział w którym rośnie",
    "Punkty A=(-2,1) i B=(4,5) są końcami średnicy okręgu. Wyznacz równanie tego okręgu.",
    "Graniastosłup prawidłowy trójkątny ma krawędź podstawy 6 i wysokość 10. Oblicz pole powierzchni całkowitej.",
    "Wykaż, że dla każdej liczby naturalnej n liczba n^3 - n jest podzielna przez 6",
    "matura 2027 zadanie 12: liczba (2^5 * 4^3)/8^2 jest równa?",
    "Dana jest funkcja liniowa f(x) = (2m - 4)x + 3. Dla jakich m jest malejąca? (matura)",
    "Kąt alfa jest ostry i tg alfa = 3/4. Oblicz sin alfa + cos alfa",
    "zadanie z optymalizacji z matury: prostokąt o obwodzie 40, jakie wymiary dla największego pola",
)
CZ_MATURITA = (
    "Řešte rovnici {a}x^2 - {b}x - {c} = 0 v oboru reálných čísel.",
    "Aritmetická posloupnost má a1 = {a}, d = {r}. Vypočtěte součet prvních {n} členů.",
    "Vypočtěte obsah kruhu, jehož průměr je {n} cm.",
    "Cena zboží se zvýšila o {p} % a pak snížila o {p} %. Jak se změnila?",
    "Určete definiční obor funkce f(x) = log(x - {a}).",
    "Pravděpodobnost, že při hodu dvěma kostkami padne součet {r}?",
)

TEACHER = (
    "Wygeneruj {n} zadań z funkcji kwadratowej na poziomie podstawowym matury, z odpowiedziami",
    "Przygotuj kartkówkę z ciągów arytmetycznych dla klasy {a}b, dwie grupy A i B",
    "Ułóż {a} zadań tekstowych z procentów dla klasy 7, z rozwiązaniami",
    "Sprawdź rozwiązanie ucznia: {q}",
    "Napisz scenariusz lekcji o prawdopodobieństwie (45 minut), liceum",
    "Oceń wypracowanie maturalne według kryteriów CKE: {doc}",
    "Przygotuj powtórkę przed maturą z geometrii analitycznej, {n} zadań",
)


def native_chat(rng: random.Random, lang: str) -> str:
    return fill(rng, rng.choice(CHAT_NATIVE[lang]))


def wrap(rng: random.Random, lang: str, q: str, code: bool = False) -> str:
    bank = CODE_WRAP if code else HOMEWORK_WRAP
    tpl = rng.choice(bank.get(lang, bank["en"]))
    return tpl.replace("{a}", str(rng.randint(2, 60))).replace("{q}", q)
