"""Languages of the UK and Ireland beyond English: Welsh and Irish speakers,
and the Polish, Urdu, Punjabi, Bengali, Romanian, Arabic and Portuguese
speaking communities. Real use is mostly practical: translating letters from
the school, the GP or the council, writing to them, helping children with
homework, and ordinary chat, often mixed with English words.
"""
from __future__ import annotations

# letters people receive in English and want in their own language (or answered)
LETTERS_EN = (
    "Dear Parent/Carer, Year 11 mock examinations will take place from Monday 11 January. Students should arrive by 8:40am with a black pen, a calculator and a clear pencil case.",
    "Your appointment at the Outpatients Department has been rescheduled to 14 January at 10:20. Please reply YES to confirm or call the number below to cancel.",
    "Your Council Tax bill for 2026/27 is enclosed. Instalments are due on the 1st of each month. If you are having difficulty paying, please contact us as soon as possible.",
    "We are writing to tell you that your Universal Credit payment will change from this month because your earnings have increased.",
    "Please bring your child's red book and a list of any medicines to the 12-month health review.",
    "School will reopen on Tuesday 5 January following a staff training day. Breakfast club will run as normal.",
    "Your repeat prescription is ready to collect. Please note the pharmacy will be closed on Saturday afternoon for stocktaking.",
    "Following your recent blood test, the doctor would like to discuss your results. Please book a routine appointment.",
    "Your tenancy deposit is protected with the Deposit Protection Service. You will receive a certificate by email.",
)

# code -> (name, everyday templates, homework wrappers with {q}, harvest wrappers with {q})
LANGS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "cy": ("Welsh", (
        "Allwch chi fy helpu i ysgrifennu e-bost at athro fy mab am ei waith cartref?",
        "Cyfieithwch hwn i'r Gymraeg os gwelwch yn dda: {en}",
        "Beth yw'r gair Cymraeg am '{word}'?",
        "Ysgrifennwch gerdd fer am y Flwyddyn Newydd",
        "Rhowch syniadau i mi am brydau bwyd iach ar gyfer mis Ionawr",
        "Sut ydw i'n gwneud cais am ostyngiad treth gyngor yng Nghaerdydd?",
        "Ysgrifennwch neges pen-blwydd i fy nain, mae hi'n 80 oed",
        "Gwiriwch fy Nghymraeg yn y paragraff yma: Dw i wedi mynd i'r dref ddoe efo fy ffrindiau ac roedd hi'n oer iawn.",
    ), (
        "Rwy'n adolygu ar gyfer fy arholiad TGAU mathemateg. Esboniwch sut i ddatrys hwn gam wrth gam: {q}",
        "Help gyda gwaith cartref mathemateg plis: {q}",
    ), (
        "Datryswch y broblem ganlynol gan ddangos eich holl resymu gam wrth gam, yna rhowch yr ateb terfynol: {q}",
        "Esboniwch bob cam o'ch rhesymu yn fanwl cyn rhoi'r ateb: {q}",
    )),
    "ga": ("Irish", (
        "An féidir leat cabhrú liom ríomhphost a scríobh chuig múinteoir m'iníne?",
        "Aistrigh é seo go Gaeilge, le do thoil: {en}",
        "Cad é an focal Gaeilge ar '{word}'?",
        "Scríobh dán gearr faoin mbliain nua",
        "Tabhair smaointe dom le haghaidh béilí sláintiúla i mí Eanáir",
        "Ceartaigh mo Ghaeilge: Chuaigh mé go dtí an siopa inné agus cheannaigh mé bainne agus arán.",
        "Cabhraigh liom píosa cainte a ullmhú don bhéaltriail Ardteiste faoi mo theaghlach",
    ), (
        "Tá scrúdú agam don Ardteist. Mínigh dom céim ar chéim conas é seo a réiteach: {q}",
        "Obair bhaile mata, cabhair le do thoil: {q}",
    ), (
        "Réitigh an fhadhb seo a leanas agus taispeáin do réasúnaíocht ar fad céim ar chéim, ansin tabhair an freagra deiridh: {q}",
    )),
    "pl": ("Polish", (
        "Jak napisać reklamację do sklepu? Kupiłem na wyprzedaży odkurzacz i nie działa.",
        "Przetłumacz na polski: {en}",
        "Pomóż mi napisać maila do council w sprawie zniżki na council tax",
        "Jak zarejestrować się u GP w Anglii, jeśli mam settled status?",
        "Podaj przepis na szybki obiad bez mięsa, mam ziemniaki, cebulę i jajka",
        "Czy muszę złożyć self assessment, jeśli pracuję na etacie i dorabiam jako kierowca Ubera?",
        "Napisz życzenia noworoczne dla mojej szefowej, po angielsku ale nie za formalnie",
        "Wróciliśmy z Polski po świętach, jak załatwić zwolnienie dziecka ze szkoły za 2 dni spóźnienia?",
    ), (
        "Wyjaśnij krok po kroku, jak rozwiązać to zadanie, to dla mojego syna do szkoły: {q}",
        "Córka ma próbny egzamin GCSE, pomóż jej zrozumieć to zadanie: {q}",
    ), (
        "Rozwiąż poniższe zadanie. Przedstaw pełne rozumowanie krok po kroku, a na końcu podaj ostateczną odpowiedź: {q}",
        "Wyjaśnij szczegółowo każdy krok swojego rozumowania i uzasadnij go, potem podaj wynik: {q}",
    )),
    "ur": ("Urdu", (
        "براہ کرم اس خط کا اردو میں ترجمہ کریں: {en}",
        "کونسل ٹیکس میں کمی کے لیے درخواست کیسے دیں؟",
        "نئے سال کے لیے صحت مند کھانوں کی فہرست بنائیں",
        "جی پی کے ساتھ اپوائنٹمنٹ کیسے لوں؟ فون ہمیشہ مصروف ہوتا ہے",
        "میری امی کے لیے سالگرہ کا پیغام لکھیں",
    ), (
        "میرے بیٹے کے جی سی ایس ای ریاضی کے لیے یہ سوال مرحلہ وار سمجھائیں: {q}",
    ), (
        "درج ذیل سوال کو حل کریں اور اپنی پوری سوچ مرحلہ وار لکھیں، پھر حتمی جواب دیں: {q}",
    )),
    "pa": ("Punjabi", (
        "ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਚਿੱਠੀ ਦਾ ਪੰਜਾਬੀ ਵਿੱਚ ਅਨੁਵਾਦ ਕਰੋ: {en}",
        "ਮੇਰੇ ਦਾਦਾ ਜੀ ਲਈ ਜਨਮਦਿਨ ਦਾ ਸੁਨੇਹਾ ਲਿਖੋ",
        "ਸਰਦੀਆਂ ਵਿੱਚ ਸਿਹਤਮੰਦ ਰਹਿਣ ਲਈ ਸੁਝਾਅ ਦਿਓ",
    ), (
        "ਇਸ ਸਵਾਲ ਨੂੰ ਕਦਮ-ਦਰ-ਕਦਮ ਹੱਲ ਕਰਨਾ ਸਮਝਾਓ: {q}",
    ), (
        "ਹੇਠਾਂ ਦਿੱਤੇ ਸਵਾਲ ਨੂੰ ਹੱਲ ਕਰੋ ਅਤੇ ਆਪਣੀ ਸਾਰੀ ਸੋਚ ਕਦਮ-ਦਰ-ਕਦਮ ਲਿਖੋ: {q}",
    )),
    "bn": ("Bengali", (
        "অনুগ্রহ করে এই চিঠিটি বাংলায় অনুবাদ করুন: {en}",
        "আমার জিপি অ্যাপয়েন্টমেন্ট বাতিল করার জন্য একটি ইমেইল লিখে দিন",
        "শীতের জন্য সহজ রান্নার রেসিপি দিন",
    ), (
        "এই অঙ্কটি ধাপে ধাপে কীভাবে সমাধান করতে হয় বুঝিয়ে দিন: {q}",
    ), (
        "নিচের সমস্যাটি সমাধান করুন, আপনার সম্পূর্ণ যুক্তি ধাপে ধাপে লিখুন, তারপর চূড়ান্ত উত্তর দিন: {q}",
    )),
    "ro": ("Romanian", (
        "Cum pot returna un produs cumpărat la reduceri în Marea Britanie?",
        "Traduce în română: {en}",
        "Scrie-mi un CV pentru un post de îngrijitor într-un cămin de bătrâni",
        "Cum mă înregistrez la un medic de familie (GP) în Anglia?",
        "Ce acte îmi trebuie ca să deschid un cont bancar în UK?",
    ), (
        "Explică-mi pas cu pas cum se rezolvă această problemă, e tema fiului meu: {q}",
    ), (
        "Rezolvă problema de mai jos. Prezintă tot raționamentul pas cu pas, apoi dă răspunsul final: {q}",
    )),
    "ar": ("Arabic", (
        "من فضلك ترجم هذه الرسالة إلى العربية: {en}",
        "كيف أسجل عند طبيب عام في بريطانيا؟",
        "اكتب رسالة تهنئة بالعام الجديد لزملائي في العمل",
    ), (
        "اشرح لي خطوة بخطوة كيف أحل هذه المسألة: {q}",
    ), (
        "حل المسألة التالية واكتب كل خطوات تفكيرك بالتفصيل ثم أعط الإجابة النهائية: {q}",
    )),
    "pt": ("Portuguese", (
        "Como peço reembolso de uma compra feita nos saldos de janeiro no Reino Unido?",
        "Traduza para português: {en}",
        "Escreva uma mensagem de feliz ano novo para a família em Portugal",
    ), (
        "Explique passo a passo como resolver este problema de matemática: {q}",
    ), (
        "Resolva o problema abaixo mostrando todo o raciocínio passo a passo e depois dê a resposta final: {q}",
    )),
    "gd": ("Scottish Gaelic", (
        "Sgrìobh dàn goirid mun Bhliadhna Ùir",
        "Eadar-theangaich seo gu Gàidhlig: {en}",
    ), (), ()),
}

WORDS = ("resilience", "appointment", "homework", "snow", "happy new year", "council", "spreadsheet", "kindness")

# Word problems written natively (a harvester's templates; numbers filled in)
NATIVE_PROBLEMS: dict[str, tuple[str, ...]] = {
    "pl": ("Sklep sprzedał {a} jabłek w poniedziałek i {b} jabłek we wtorek. W środę sprzedał dwa razy więcej niż we wtorek. Ile jabłek sprzedał łącznie?",
           "Pociąg jedzie z prędkością {a} km/h przez {c} godziny, a potem {b} km/h przez 2 godziny. Jaką odległość pokonał?",
           "Ania ma {a} zł. Wydała {c}/{d} swoich pieniędzy na książki i {b} zł na bilety. Ile jej zostało?"),
    "ro": ("Un tren parcurge {a} km în {c} ore. Cu ce viteză medie merge trenul?",
           "Maria are {a} lei și cheltuiește {b} lei pe cărți. Apoi primește {c} lei de la bunica. Câți lei are acum?"),
    "cy": ("Mae gan Siân {a} o afalau. Mae hi'n rhoi {b} i'w ffrind ac yn prynu {c} arall. Faint sydd ganddi nawr?",),
    "pt": ("Um carro percorre {a} km com {c} litros de combustível. Quantos litros precisa para {b} km?",
           "Uma loja vendeu {a} camisolas com {d}0% de desconto. Se cada camisola custava {b} libras, quanto recebeu a loja?"),
    "ur": ("ایک دکان نے پیر کو {a} کتابیں اور منگل کو {b} کتابیں بیچیں۔ بدھ کو منگل سے {c} زیادہ بیچیں۔ کل کتنی کتابیں بیچیں؟",),
    "ar": ("اشترى أحمد {a} قلمًا بسعر {c} جنيهات للقلم، ثم باع {b} منها بسعر {d} جنيهات. كم ربح أو خسر؟",),
}
