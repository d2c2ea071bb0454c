"""Hand-written prompt banks with slots for the everyday (non-corpus) requests, and the
system prompts of the products built on Garuda."""
from __future__ import annotations

import random

PRODUCTS = ("keripik singkong pedas level 5", "hijab voal motif", "sambal bawang homemade", "kopi gayo arabika 250gr",
            "batik tulis Lasem", "serum niacinamide lokal", "kaos polos cotton combed 30s", "madu hutan Sumbawa",
            "frozen food dimsum ayam", "sepatu sneakers lokal", "casing HP custom", "tas rajut handmade",
            "gamis katun rayon", "rendang kemasan vakum", "lampu tidur aesthetic", "kue kering lebaran")
PLATFORMS = ("Shopee", "Tokopedia", "TikTok Shop", "Lazada", "Instagram", "WhatsApp Business")
SELLER = (
    "buatkan deskripsi produk {p} buat di {pl}, maksimal 150 kata, gaya santai tapi meyakinkan",
    "bikin 5 judul produk yang SEO-friendly untuk {p} di {pl}",
    "balas ulasan pembeli bintang 2 ini dengan sopan: \"barang lama sampainya, {p} agak penyok\"",
    "buat caption promo gajian untuk {p}, pakai emoji dan hashtag",
    "hitung harga jual {p} kalau modal 35rb, ongkos packing 2rb, admin {pl} 8%, mau untung 25%",
    "tolong bikin template chat balasan otomatis buat pembeli yang nanya stok {p}",
    "ide konten TikTok 7 hari untuk jualan {p}",
    "bikin FAQ singkat untuk toko {p} (pengiriman, retur, garansi)",
)
OJOL = (
    "gimana cara ngomong sopan ke customer yang ngasih bintang 1 padahal bukan salah saya",
    "hitung penghasilan bersih sehari kalau dapat 14 order rata-rata 18rb, potongan aplikasi 20%, bensin 45rb",
    "tips biar orderan ramai di jam sepi siang hari",
    "buatin surat izin cuti narik 3 hari ke koordinator komunitas",
    "kata-kata semangat buat grup driver pagi ini",
    "cara hitung cicilan motor 24 bulan kalau DP 3 juta harga 19 juta bunga flat 1,5% per bulan",
)
OFFICE_TOPICS = ("laporan bulanan penjualan", "rapat koordinasi vendor", "audit internal Q1", "onboarding karyawan baru",
                 "perpanjangan kontrak sewa gudang", "evaluasi kampanye digital", "rekonsiliasi invoice")
OFFICE = (
    "buatkan email formal ke klien untuk menunda meeting {t} ke minggu depan",
    "rangkum poin-poin penting dari notulen {t} berikut jadi 5 bullet:\n\n- peserta hadir 9 orang\n- target belum "
    "tercapai 12%\n- vendor minta perpanjangan tenggat\n- keputusan: follow up Kamis",
    "terjemahkan ke bahasa Inggris yang profesional: \"Mohon maaf atas keterlambatan {t}, kami akan kirim revisi besok.\"",
    "rumus Excel buat ambil data dari sheet lain berdasarkan kode barang, kalau tidak ada tampilkan '-'",
    "buat outline presentasi 10 slide tentang {t}",
    "perbaiki tata bahasa paragraf ini biar lebih formal: kami sudah coba hubungi bapak tapi belum ada respon jadi kami "
    "kirim email ini untuk {t}",
    "buat KPI yang terukur untuk tim yang mengurus {t}",
    "tolong buatkan SOP singkat untuk {t}",
    "bikin pesan WA ke atasan minta izin WFH besok karena anak sakit",
)
SUBJECTS = ("Matematika", "Fisika", "Biologi", "Bahasa Indonesia", "Sejarah", "Ekonomi", "Informatika", "PPKn",
            "Bahasa Inggris", "Kimia")
TEACHER = (
    "buatkan 10 soal pilihan ganda {s} kelas {k} tentang {topic} beserta kunci jawabannya",
    "buat modul ajar kurikulum merdeka {s} fase {f} untuk 2 JP",
    "buat rubrik penilaian presentasi kelompok {s}",
    "tolong buatkan soal HOTS {s} kelas {k} materi {topic}, 5 soal uraian",
    "buat kata sambutan wali kelas untuk perpisahan kelas {k}",
    "jelaskan perbedaan asesmen formatif dan sumatif dengan contoh di pelajaran {s}",
    "buat RPS mata kuliah pengantar {s} 16 pertemuan",
)
TOPICS = ("persamaan kuadrat", "sistem pernapasan", "teks eksposisi", "Perang Diponegoro", "elastisitas permintaan",
          "algoritma percabangan", "hukum Newton", "ikatan kimia", "barisan aritmetika", "norma dan hukum")
WRITER = (
    "buat artikel SEO 800 kata tentang {w}, pakai H2 dan H3",
    "tulis caption Instagram untuk akun kuliner tentang {w}, gaya gen z",
    "bikin 10 ide judul YouTube tentang {w} yang clickbait tapi jujur",
    "parafrase paragraf ini biar lolos plagiarisme: {w} adalah salah satu hal yang paling dicari masyarakat saat ini",
    "buat naskah voice over 60 detik untuk iklan {w}",
    "tulis thread X 8 tweet tentang {w}",
)
WRITER_TOPICS = ("wisata murah di Bandung", "cara hemat belanja bulanan", "tips lolos UTBK", "review HP 2 jutaan",
                 "kuliner malam Surabaya", "investasi reksadana untuk pemula", "skincare untuk kulit berminyak",
                 "peluncuran garuda-4")
FAMILY = (
    "resep rendang daging yang empuk untuk 10 orang",
    "ide bekal sekolah anak SD yang sehat dan tidak bikin bosan",
    "anak kelas 4 disuruh bikin pantun tentang kebersihan, bantu contohnya",
    "cara menghitung zakat penghasilan gaji 8 juta per bulan",
    "jadwal imunisasi anak umur 18 bulan apa saja",
    "bantu PR IPA anak kelas 5: mengapa bulan terlihat berubah bentuk?",
    "rekomendasi tempat liburan keluarga dekat Jakarta budget 2 juta",
    "ucapan ulang tahun pernikahan ke-20 untuk orang tua, bahasa jawa halus",
    "tips anak remaja biar ga kecanduan main HP",
)
WARNET = (
    "buatin surat lamaran kerja untuk posisi admin gudang, lulusan SMK",
    "buat CV sederhana untuk lulusan SMA yang belum punya pengalaman kerja",
    "cara bikin email buat daftar kerja",
    "tolong ketikin ulang dan rapikan surat pernyataan ini",
    "hero mobile legends yang bagus buat push rank solo",
    "cara daftar KIP kuliah 2027 dan syaratnya",
    "buatin tugas makalah tentang pencemaran sungai 3 halaman",
    "jelasin cara kerja free fire max biar ga lag di pc",
)
CS_USER = {
    "bank": ("saldo saya kepotong tapi transfer gagal, gimana ini", "cara ganti nomor HP di m-banking",
             "kartu debit saya terblokir karena salah PIN 3x", "berapa biaya admin bulanan tabungan",
             "kenapa OTP tidak masuk-masuk", "mau ajukan KUR syaratnya apa aja", "limit transfer harian berapa ya"),
    "telco": ("kuota saya habis padahal baru beli kemarin", "cara cek sisa kuota malam", "sinyal hilang di daerah saya",
              "mau berhenti langganan paket roaming umroh", "pulsa kesedot layanan yang ga pernah saya daftar"),
    "shop": ("paket saya belum sampai sudah 5 hari", "cara ajukan pengembalian dana", "voucher gratis ongkir tidak bisa dipakai",
             "barang yang datang beda warna", "kapan flash sale tanggal kembar mulai", "cara ganti alamat pengiriman"),
    "travel": ("mau reschedule tiket kereta Jakarta-Yogya", "refund tiket pesawat yang dibatalkan maskapai",
               "bisa bawa bagasi berapa kilo", "hotel dekat stasiun Tugu yang ada parkir mobil"),
    "gov": ("cara cetak ulang kartu BPJS", "syarat perpanjang SIM online", "jadwal pelayanan KTP elektronik hari Sabtu"),
}
CS_SYSTEM = {
    "bank": "Kamu adalah {n}, asisten virtual resmi {c}. Jawab dengan sopan dalam Bahasa Indonesia, singkat, dan jangan "
            "pernah meminta PIN, OTP, atau password nasabah. Jika pertanyaan di luar layanan perbankan, arahkan ke "
            "Halo {c} 1500-xxx.",
    "telco": "Anda adalah {n}, agen layanan pelanggan {c}. Bantu pelanggan soal paket data, pulsa, dan jaringan. Gunakan "
             "bahasa yang ramah. Jangan menjanjikan kompensasi.",
    "shop": "You are {n}, the customer support assistant for {c}, an Indonesian marketplace. Reply in the customer's "
            "language (Indonesian or English), keep answers under 80 words, and link to the Help Center when relevant.",
    "travel": "Kamu {n}, asisten perjalanan {c}. Jawab pertanyaan tentang pemesanan, reschedule, dan refund. Jangan "
              "mengarang kebijakan; bila ragu, minta pelanggan menghubungi agen manusia.",
    "gov": "Anda adalah {n}, asisten informasi layanan publik {c}. Berikan informasi umum dan tautan resmi; jangan "
           "meminta NIK lengkap.",
}
CS_COMPANIES = (("bank", "Bank Arunika", "Sari"), ("bank", "BPR Mitra Sejahtera", "Mira"), ("telco", "Nusacel", "Nara"),
                ("shop", "Belanjaku", "Bela"), ("shop", "PasarKita", "Kiki"), ("travel", "JalanYuk", "Jaya"),
                ("gov", "Dukcapil Kota Mandala", "Dinda"), ("bank", "Maju Retail Group Malaysia", "Aina"),
                ("telco", "Tiga Titik Fiber", "Tia"))
EDTECH_SYSTEM = ("Kamu adalah Kak Cendi, tutor AI di aplikasi Cendekia+ untuk siswa SMA dan pejuang UTBK-SNBT. "
                 "Jelaskan langkah demi langkah dengan bahasa yang santai tapi tepat, gunakan contoh sehari-hari, dan "
                 "akhiri dengan satu soal latihan serupa. Jangan langsung memberi jawaban akhir tanpa penjelasan.")
TRYOUT_TEMPLATES = (
    "Buatkan pembahasan lengkap langkah demi langkah untuk soal {sec} berikut. Sertakan konsep yang diuji, "
    "langkah penyelesaian, dan jawaban akhir.\n\nSoal:\n{q}",
    "Anda adalah penyusun pembahasan tryout SNBT. Tulis pembahasan soal berikut dalam Bahasa Indonesia baku, "
    "maksimal 250 kata, akhiri dengan 'Jawaban: ...'.\n\n{q}",
)
TRYOUT_SYSTEM = "Kamu adalah tim akademik {c}. Output hanya pembahasan, tanpa salam pembuka."
AGENT_SYSTEM = ("You are KilatCode, an AI coding agent running inside the user's editor. You can read files, run "
                "commands, and propose edits as unified diffs. Think before acting, keep edits minimal, and never "
                "run destructive commands without confirmation. Workspace: {w}. OS: {os}.")
AUTOMATION_SYSTEM = (
    "Ringkas teks berikut menjadi 3 poin untuk laporan harian tim {t}. Bahasa Indonesia, tanpa basa-basi.",
    "You are a classifier. Label the customer message as one of: complaint, question, praise, spam. Reply with the label only.",
    "Terjemahkan teks berikut ke Bahasa Inggris untuk newsletter {t}. Pertahankan istilah teknis.",
    "Extract the product name, quantity and city from the order text as JSON with keys product, qty, city.",
)
ENTERPRISE_SYSTEM = ("You are the internal assistant of {c}. Follow company policy; do not reveal confidential data "
                     "outside the organisation. Answer in the language of the question.")


def fill(r: random.Random, template: str) -> str:
    subs = {"{p}": PRODUCTS, "{pl}": PLATFORMS, "{t}": OFFICE_TOPICS, "{s}": SUBJECTS, "{topic}": TOPICS,
            "{w}": WRITER_TOPICS, "{k}": ("7", "8", "10", "11", "12"), "{f}": ("D", "E", "F")}
    out = template
    for key, pool in subs.items():
        if key in out:
            out = out.replace(key, pool[r.randrange(len(pool))])
    return out
