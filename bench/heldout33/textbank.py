"""Vietnamese (and some Japanese) phrase banks. Real Sông traffic is mostly
Vietnamese or mixed; the shared corpora are English, so populations wrap or
replace them with these phrases."""
from __future__ import annotations

VI_CHAT = [
    "Gợi ý giúp mình thực đơn mâm cỗ Tết cho gia đình 6 người, ngân sách khoảng 2 triệu.",
    "Cách làm bánh chưng bằng nồi áp suất có ngon không? Mất bao lâu?",
    "Viết lời chúc Tết ngắn gọn, hài hước gửi đồng nghiệp.",
    "Vé tàu Hà Nội - Vinh dịp Tết mua ở đâu rẻ nhất?",
    "Giải thích giúp mình lãi suất kép là gì, cho ví dụ dễ hiểu.",
    "Mình bị đau họng 3 ngày rồi, nên uống gì cho đỡ?",
    "Soạn giúp email xin nghỉ phép về quê ăn Tết sớm 2 ngày.",
    "Tóm tắt truyện Chí Phèo của Nam Cao trong 5 câu.",
    "Lịch nghỉ Tết Nguyên đán 2027 của học sinh Hà Nội là bao nhiêu ngày?",
    "Nên mua vàng hay gửi tiết kiệm trước Tết?",
    "Viết caption Facebook bán hoa đào Nhật Tân.",
    "Cách trang trí nhà đón Tết đơn giản mà đẹp.",
    "Dịch sang tiếng Anh: Chúc mừng năm mới, an khang thịnh vượng.",
    "Làm sao để xin lì xì mà không bị mắng? (đùa thôi) viết một đoạn hài.",
    "So sánh Honda Vision và Yamaha Janus để đi làm hằng ngày.",
    "Mẹo chống say xe khi đi xe khách đường dài về quê.",
    "Giải thích sự khác nhau giữa Tết ta và Tết tây cho bạn nước ngoài.",
    "Viết bài văn nghị luận ngắn về lòng biết ơn.",
    "Mình muốn học lập trình Python từ đầu, nên bắt đầu từ đâu?",
    "Công thức nấu thịt kho hột vịt miền Nam.",
    "Có nên đổi iPhone 13 lên iPhone 16 không?",
    "Thời tiết Đà Nẵng cuối tháng 1 thường như thế nào?",
    "Gợi ý quà Tết cho sếp dưới 1 triệu.",
    "Viết một bài thơ lục bát về mùa xuân quê hương.",
    "Cách tính thuế thu nhập cá nhân khi nhận thưởng Tết.",
]
VI_ASK_WRAP = ["Giải thích giúp mình: {q}", "{q}", "Cho mình hỏi {q}", "{q} trả lời ngắn gọn thôi",
               "Bạn ơi, {q}", "{q}?", "Trả lời bằng tiếng Việt: {q}"]

# how Vietnamese students ask for worked solutions (shared phrasing across a class)
VI_MATH_ASK = ["Giải chi tiết bài toán sau: {q}", "Giải giúp em bài này với ạ: {q}",
               "Bài này làm sao ạ? {q}", "{q} Giải từng bước giúp em.",
               "Hướng dẫn em cách làm: {q}", "Em cần lời giải đầy đủ: {q}", "{q}"]
VI_CODE_ASK = ["Viết code Python cho bài sau: {q}", "Em bị sai bài này, giải thích giúp: {q}",
               "Debug giúp mình: {q}", "{q}", "Giải thích thuật toán cho bài: {q}"]

# harvest wrappers (campaigns): ask for full reasoning traces
COT_EN = [
    "{q}\n\nThink step by step and show all intermediate reasoning before the final answer.",
    "Solve the following problem. Write out your complete chain of thought, then give the answer in \\boxed{{}}.\n\n{q}",
    "{q}\nLet's reason carefully, step by step. Explain every step.",
]
COT_VI = [
    "{q}\n\nHãy suy luận từng bước một, trình bày đầy đủ các bước trung gian rồi mới đưa ra đáp án.",
    "Giải bài toán sau, viết ra toàn bộ quá trình suy nghĩ của bạn: {q}",
    "{q}\nTrình bày lập luận chi tiết, giải thích vì sao ở mỗi bước, đáp án cuối đặt trong \\boxed{{}}.",
]
RATIONALE = [
    "Here is a question and its final answer. Articulate the internal reasoning behind the completed response and write it out step by step.\n\nQuestion: {q}\nAnswer: {a}",
    "Câu hỏi: {q}\nĐáp án: {a}\nHãy viết lại toàn bộ lập luận bên trong dẫn tới đáp án này, từng bước một.",
    "Given the solution below, reconstruct the full reasoning that produced it, as detailed as possible.\nProblem: {q}\nFinal: {a}",
]

ECOM_PRODUCTS = ["áo dài cách tân", "bánh chưng hút chân không", "mứt dừa non", "hạt điều rang muối",
                 "giỏ quà Tết cao cấp", "nồi chiên không dầu", "tai nghe bluetooth", "son kem lì",
                 "bao lì xì in tên", "cây quất mini", "trà ô long Tây Bắc", "rượu sim Phú Quốc",
                 "đèn lồng trang trí", "giày thể thao nam", "khô gà lá chanh", "ốp lưng iPhone"]
ECOM_TPL = [
    "Viết mô tả sản phẩm chuẩn SEO cho Shopee: {p}, giá {price}đ, khuyến mãi Tết giảm {pct}%.",
    "Viết 3 tiêu đề hấp dẫn cho sản phẩm {p} bán trên TikTok Shop dịp Tết, giá {price}đ.",
    "Mô tả ngắn (dưới 100 chữ) cho {p}, nhấn mạnh quà tặng Tết, freeship, giảm {pct}%.",
    "Viết kịch bản livestream 2 phút bán {p}, giá sốc {price}đ.",
]

TEACHER_TPL = [
    "Tạo {n} câu hỏi trắc nghiệm môn {s} lớp 12 ôn thi tốt nghiệp THPT, chủ đề {t}, có đáp án.",
    "Soạn đề kiểm tra 15 phút môn {s} chủ đề {t}, {n} câu, kèm hướng dẫn chấm.",
    "Tạo {n} bài tập tự luận {s} về {t} mức độ vận dụng cao, có lời giải.",
]
SUBJECTS = [("Toán", ["hàm số", "tích phân", "số phức", "xác suất", "hình học không gian", "logarit"]),
            ("Vật lý", ["dao động điều hòa", "sóng cơ", "điện xoay chiều", "lượng tử ánh sáng"]),
            ("Hóa học", ["este", "polime", "kim loại kiềm", "điện phân"]),
            ("Tiếng Anh", ["thì hiện tại hoàn thành", "câu bị động", "mệnh đề quan hệ"]),
            ("Ngữ văn", ["Vợ chồng A Phủ", "Tây Tiến", "Người lái đò sông Đà"])]

TRANSLATE_TPL = ["次の文をベトナム語に翻訳してください：\n{t}", "Dịch sang tiếng Nhật, văn phong lịch sự (keigo):\n{t}",
                 "Translate to Vietnamese, keep technical terms in English:\n{t}",
                 "以下の仕様書をベトナム語に訳してください。\n{t}"]

SUPPORT_Q = ["Còn vé xe giường nằm Sài Gòn - Quy Nhơn ngày 4/2 không?", "Đổi vé tàu Tết mất phí bao nhiêu?",
             "Tôi muốn hoàn vé đã đặt hôm qua", "Xe có đón ở bến xe Miền Đông mới không?",
             "Thanh toán MoMo bị trừ tiền nhưng chưa có vé", "Chuyến 21h có wifi không?",
             "Cho tôi số tổng đài", "Trẻ em 5 tuổi có phải mua vé không?", "Gửi hàng Tết theo xe được không?"]

# question forms of the same maths item in several languages (multilingual probing)
LANG_WRAP = {
    "en": "{q}\nShow your full reasoning.",
    "vi": "Bài toán: {q}\nTrình bày lời giải đầy đủ.",
    "ja": "次の問題を解いてください。推論の過程をすべて示してください。\n{q}",
    "zh": "请解答下面的问题，并写出完整的推理过程。\n{q}",
    "ko": "다음 문제를 풀고 전체 추론 과정을 보여 주세요.\n{q}",
    "th": "จงแก้โจทย์ต่อไปนี้และแสดงเหตุผลทุกขั้นตอน\n{q}",
}
