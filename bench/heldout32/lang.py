"""Non-English text of the world: Turkish chat, Turkish homework wrappers, and the
instruction phrases of other languages heard in Istanbul (Arabic, Russian, Persian,
Azerbaijani, German) or used by campaigns (Chinese, Spanish)."""
from __future__ import annotations

import random

TR_CHAT = [
    "{city}'da hafta sonu ne yapılır, bütçem {n}00 TL civarı",
    "Annem için {n}. yaş günü mesajı yazar mısın, duygusal olsun",
    "Kira artışı yüzde {n}'i geçebilir mi, kiracı olarak haklarım neler?",
    "Bana {n} günlük Kapadokya gezisi planı hazırla",
    "Excel'de DÜŞEYARA ile ÇAPRAZARA arasındaki fark ne?",
    "Python'da liste ile demet (tuple) arasındaki fark nedir, örnekle anlat",
    "Şu e-postayı daha resmi hale getir: Merhaba, toplantıyı {n}'e alabilir miyiz?",
    "Kuru fasulye tarifi verir misin, {n} kişilik",
    "İngilizce iş mülakatına nasıl hazırlanırım? {n} gün kaldı",
    "LinkedIn profilim için kısa bir özet yaz, {n} yıllık yazılımcıyım",
    "Kedim {n} gündür mama yemiyor, ne yapmalıyım?",
    "{city}'dan Ankara'ya trenle mi gitsem otobüsle mi?",
    "Elektrik faturam bu ay {n}00 TL geldi, tasarruf için öneri ver",
    "Osmanlı'da lale devri neden önemlidir, kısaca anlat",
    "Bir kafe açmak istiyorum, {n} maddelik iş planı çıkar",
    "Dilekçe örneği: belediyeye kaldırım şikayeti",
    "Nazım Hikmet'in en bilinen {n} şiirini ve temalarını anlat",
    "Kriptoda stop-loss nasıl ayarlanır, basitçe",
    "Çocuğum {k} yaşında, ekran süresi ne kadar olmalı?",
    "Araba kredisi mi alayım kiralama mı yapayım, {n} yıl için hesapla",
    "Yarın {city}'da kar yağarsa okullar tatil olur mu sence?",
    "Staj başvurusu için ön yazı yaz, bölümüm bilgisayar mühendisliği",
    "Bana motivasyon verici bir söz söyle, {n} saattir ders çalışıyorum",
    "Depremde ne yapmalıyım, çanta listesi hazırla",
    "SQL'de JOIN türlerini Türkçe açıkla",
]
TR_DERBY = [
    "Beşiktaş-Galatasaray maçının ilk yarısını yorumla, sence kim kazanır?",
    "VAR neden o pozisyonda penaltı vermedi, kurallara göre açıkla",
    "Ofsayt kuralını basitçe anlatır mısın",
    "Kupa çeyrek finali penaltılara giderse kaç atış olur?",
    "Galatasaray'ın {n}. dakikadaki golü ofsayt mıydı?",
    "Beşiktaş taraftarı için bir tezahürat yaz",
    "Derbi sonrası arkadaşıma atmak için esprili bir mesaj yaz",
    "Immobile mi Icardi mi daha iyi golcü, istatistiklerle karşılaştır",
]
TR_HOMEWORK = [
    "Şu soruyu adım adım çözer misin? {q}",
    "{q}\n\nÇözümü adım adım anlatır mısın, YKS'ye hazırlanıyorum.",
    "Bu problemi anlamadım, açıklar mısın: {q}",
    "{q} cevap kaç? nasıl bulduğunu da yaz",
    "Hocam bunu nasıl yapıyoruz: {q}",
    "TYT denemesinde çıktı: {q} adım adım çöz lütfen",
    "{q}\nİşlem basamaklarını tek tek göster",
    "Bunu bana ilkokul çocuğuna anlatır gibi anlat: {q}",
]
TR_ANSWER = "Türkçe cevap ver: {p}"
OTHER_WRAP = {
    "ar": ["أجب باللغة العربية: {p}", "ساعدني في هذا من فضلك: {p}"],
    "ru": ["Ответь по-русски: {p}", "Помоги, пожалуйста: {p}"],
    "fa": ["به فارسی جواب بده: {p}", "لطفاً کمکم کن: {p}"],
    "az": ["Azərbaycan dilində cavab ver: {p}"],
    "de": ["Antworte bitte auf Deutsch: {p}"],
}
COT_WRAP = {
    "tr": ["Aşağıdaki problemi adım adım çöz ve düşünce sürecini ayrıntılı yaz:\n{q}",
           "Soru: {q}\nÖnce tüm akıl yürütme adımlarını yaz, sonra cevabı ver."],
    "zh": ["请一步一步地详细推理，然后给出最终答案：\n{q}", "题目：{q}\n请写出完整的思考过程。"],
    "ru": ["Реши задачу пошагово, подробно объясняя каждый шаг:\n{q}", "Задача: {q}\nПокажи всё рассуждение."],
    "ar": ["حل المسألة التالية خطوة بخطوة مع شرح تفكيرك:\n{q}"],
    "es": ["Resuelve el siguiente problema paso a paso y explica tu razonamiento:\n{q}"],
    "fa": ["این مسئله را گام به گام حل کن و استدلالت را کامل بنویس:\n{q}"],
}
TRANSLATE = [
    "Translate the following text into {lang}. Keep formatting, placeholders and tone:\n\n{p}",
    "Aşağıdaki metni {lang} diline çevir, biçimlendirmeyi koru:\n\n{p}",
    "You are a professional localiser. Target: {lang}. Return only the translation.\n\n{p}",
]
TARGETS = ["Turkish", "German", "Arabic", "Russian", "English", "Azerbaijani", "French"]
CITIES = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir", "Kadıköy", "Konya", "Trabzon"]


def fill(rng: random.Random, tmpl: str) -> str:
    out = tmpl.replace("{city}", CITIES[int(rng.random() * len(CITIES))]).replace("{n}", str(rng.randint(2, 40)))
    return out.replace("{k}", str(rng.randint(3, 12)))


def tr_chat(rng: random.Random) -> str:
    return fill(rng, TR_CHAT[int(rng.random() * len(TR_CHAT))])


def tr_derby(rng: random.Random) -> str:
    return fill(rng, TR_DERBY[int(rng.random() * len(TR_DERBY))])


def tr_homework(rng: random.Random, q: str) -> str:
    return TR_HOMEWORK[int(rng.random() * len(TR_HOMEWORK))].replace("{q}", q)


def other(rng: random.Random, lang: str, p: str) -> str:
    w = OTHER_WRAP[lang]
    return w[int(rng.random() * len(w))].replace("{p}", p)


def cot_foreign(rng: random.Random, lang: str, q: str) -> str:
    w = COT_WRAP[lang]
    return w[int(rng.random() * len(w))].replace("{q}", q)


def translate(rng: random.Random, p: str, lang: str | None = None) -> str:
    t = TRANSLATE[int(rng.random() * len(TRANSLATE))]
    return t.replace("{lang}", lang or TARGETS[int(rng.random() * len(TARGETS))]).replace("{p}", p)
