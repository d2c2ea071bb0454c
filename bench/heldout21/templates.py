"""Hand-written Korean (and a little Chinese, Japanese, Vietnamese) request text,
plus the English harness formats. `fill` completes {placeholders} from FILL."""
from __future__ import annotations

import string
from random import Random

# ------------------------------------------------------------------ fillers
UNIVS = ["서울대", "연세대", "고려대", "성균관대", "한양대", "서강대", "중앙대", "경희대", "이화여대", "한국외대",
         "부산대", "경북대", "전남대", "KAIST", "POSTECH", "인하대", "아주대", "건국대", "동국대", "홍익대"]
MAJORS = ["컴퓨터공학과", "의예과", "경영학과", "전자공학과", "간호학과", "수학교육과", "기계공학과", "심리학과",
          "화학생물공학부", "약학과", "통계학과", "산업디자인과", "국어국문학과", "경제학부", "데이터사이언스학과"]
CHAMPS = ["아리", "야스오", "리신", "징크스", "이즈리얼", "카이사", "세트", "아트록스", "럭스", "요네", "스몰더", "오로라"]
INGRED = ["계란", "두부", "김치", "애호박", "스팸", "감자", "양파", "대파", "참치캔", "돼지고기 앞다리살", "콩나물"]
RELS = ["엄마", "아빠", "여자친구", "남자친구", "동생", "팀장님", "할머니", "친구", "선생님"]
PLACES = ["성수동", "연남동", "을지로", "잠실", "해운대", "북촌", "광화문", "판교", "수원 행궁동"]
DESTS = ["삿포로", "다낭", "오사카", "제주도", "타이베이", "강릉", "후쿠오카", "방콕"]
TOPICS = ["양자컴퓨터", "금리 인상", "기후변화", "반도체 공급망", "블록체인", "인플레이션", "광합성", "상대성 이론"]
DEPTS = ["마케팅팀", "영업2팀", "재무팀", "인사팀", "개발본부", "품질관리팀", "구매팀"]
SUBJ = ["생활과 윤리", "사회·문화", "한국지리", "윤리와 사상", "세계지리", "경제", "정치와 법"]
DOC_SENT = [
    "4분기 매출은 전년 동기 대비 {p}% 증가했습니다.", "신규 고객사 {n}곳과 계약을 체결했습니다.",
    "물류센터 이전 일정이 {m}월로 연기되었습니다.", "고객 문의 중 배송 지연 관련 건이 {p}%를 차지했습니다.",
    "차주 화요일까지 예산안 최종본을 제출해야 합니다.", "보안 점검 결과 취약점 {n}건이 발견되어 조치 중입니다.",
    "파일럿 프로젝트는 예정대로 다음 달 종료됩니다.", "협력사 단가 인상 요청에 대해 재협상이 필요합니다.",
    "연말 성과 평가는 12월 셋째 주에 진행됩니다.", "신제품 출시 행사 장소는 코엑스로 확정되었습니다.",
    "인력 충원 요청 {n}건 중 2건만 승인되었습니다.", "서버 비용이 전월 대비 {p}% 상승했습니다.",
    "회의 참석자: 김 부장, 이 차장, 박 과장, 최 대리.", "결론적으로 2027년 상반기 중 시스템 전환을 완료하기로 했습니다.",
    "고객 만족도 조사 점수는 5점 만점에 {s}점입니다.", "해외 법인과의 주간 회의를 격주로 변경합니다.",
    "재고 회전율 개선을 위해 발주 주기를 조정할 예정입니다.", "법무팀 검토 후 계약서 3조 2항을 수정하기로 했습니다.",
]
KO_NEWS = [
    "2027학년도 대학수학능력시험 성적이 오늘 수험생들에게 통지됐다.", "국어 영역 표준점수 최고점은 {s}점으로 지난해보다 상승했다.",
    "수학 영역 1등급 구분 점수는 {t}점으로 집계됐다.", "영어 영역 1등급 비율은 {p}%로 나타났다.",
    "입시 전문가들은 정시 모집에서 탐구 영역 변환표준점수가 변수가 될 것으로 내다봤다.",
    "교육부는 성적 이의 신청 결과 정답 변경은 없다고 밝혔다.", "만점자는 전국에서 {n}명으로 집계됐다.",
    "사회탐구 응시 비율이 크게 늘어난 이른바 '사탐런' 현상이 두드러졌다.",
    "한빛AI는 내일 차세대 모델 hanbit-3를 공개할 예정이라고 밝혔다.",
]
FILL = {
    "univ": UNIVS, "univ2": UNIVS, "major": MAJORS, "champ": CHAMPS, "i1": INGRED, "i2": INGRED, "rel": RELS, "place": PLACES,
    "dest": DESTS, "topic": TOPICS, "dept": DEPTS, "sub1": SUBJ, "sub2": SUBJ,
    "agent": ["제트", "레이나", "세이지", "오멘", "소바", "킬조이"], "job": ["아크메이지", "나이트로드", "보우마스터", "카데나"],
    "cls": ["바드", "소서리스", "블레이드", "기상술사"], "formation": ["4-2-3-1", "4-3-3", "3-5-2"],
    "food": ["귤", "고구마", "포도", "우유", "닭뼈"], "req": ["3합 7", "2합 5", "국수영 합 6"],
    "err": ["IndexError", "KeyError", "TypeError: 'NoneType' object is not subscriptable", "RecursionError"],
    "g1": "1234", "g2": "1234", "g3": "123", "g4": "1234", "g5": "12345",
    "s": lambda r: str(r.randrange(118, 148)), "d": lambda r: str(r.randrange(2, 15)), "n": lambda r: str(r.randrange(2, 60)),
    "m": lambda r: str(r.randrange(1, 12)), "h": lambda r: str(r.randrange(2, 80)), "f": lambda r: str(r.randrange(2, 40)),
    "t": lambda r: str(r.randrange(2, 12)), "g": lambda r: str(r.randrange(2, 20)), "v": lambda r: str(r.randrange(1, 10) * 50),
    "c1": lambda r: f"0.{r.randrange(1, 9)}", "c2": lambda r: f"0.{r.randrange(1, 9)}", "p": lambda r: str(r.randrange(3, 40)),
    "price": lambda r: str(r.randrange(2, 20)), "M": lambda r: str(r.randrange(-3, 6)), "m2": lambda r: str(r.randrange(0, 12)),
    "a": lambda r: str(r.randrange(2, 900)), "doc": lambda r: ko_doc(r), "news": lambda r: ko_news(r),
}
_FIELDS: dict[str, list[str]] = {}


def _fields(tmpl: str) -> list[str]:
    f = _FIELDS.get(tmpl)
    if f is None:
        f = [n for _, n, _, _ in string.Formatter().parse(tmpl) if n]
        _FIELDS[tmpl] = f
    return f


def fill(rng: Random, tmpl: str, **given: str) -> str:
    kw = {}
    for name in _fields(tmpl):
        if name in given:
            kw[name] = given[name]
        elif name not in kw:
            src = FILL[name]
            kw[name] = src(rng) if callable(src) else rng.choice(src)
    return tmpl.format(**kw)


def ko_doc(rng: Random, lo: int = 3, hi: int = 8) -> str:
    return " ".join(fill(rng, rng.choice(DOC_SENT)) for _ in range(rng.randrange(lo, hi)))


def ko_news(rng: Random) -> str:
    return " ".join(fill(rng, rng.choice(KO_NEWS)) for _ in range(rng.randrange(3, 7)))


# ------------------------------------------------------------------ students
STEP_KO = [
    "{q}\n\n이 문제 풀이 과정을 단계별로 자세히 설명해 주세요.",
    "이 문제 어떻게 풀어요? 과정 하나하나 설명해주세요 ㅠㅠ\n\n{q}",
    "수학 공부하다가 막혔어요. 풀이 좀 알려주세요.\n{q}",
    "{q}\n답만 말고 풀이 과정도 같이 써줘",
    "숙제인데 이거 모르겠어.. {q}",
    "다음 문제를 고등학생이 이해할 수 있게 차근차근 풀어줘.\n{q}",
    "{q}\n\n왜 이렇게 되는지 단계별로 설명 부탁드려요!",
    "이 문제 답이 {a} 맞나요? 풀이 과정도 확인해 주세요.\n{q}",
    "재수 시작하려고 수학 다시 공부 중인데 이 문제 설명해줄 수 있어?\n{q}",
    "[수학] {q}\n→ 풀이 과정 자세히",
    "{q} 이거 답지 풀이가 이해가 안 가요. 쉽게 설명해 주세요",
    "예비 고3인데 이런 유형 어떻게 접근해야 돼? {q}",
]
STEP_EN_STUDENT = ["{q}\nExplain step by step please", "{q}", "Can you solve this and show the steps? {q}",
                   "{q}\n(풀이 과정 영어로 괜찮아요)", "how do i solve this: {q}"]
FOLLOW_KO = [
    "방금 풀이에서 두 번째 단계가 이해가 안 돼요. 다시 설명해 주세요.", "그럼 답은 {a} 아닌 거죠?",
    "더 쉬운 방법은 없어?", "이거 비슷한 문제 하나만 더 내줘", "아 이해했어요 감사합니다!!",
    "그 부분 그림으로 설명해줄 수 있어?", "공식이 왜 그렇게 나오는지 모르겠어", "검산은 어떻게 해?",
    "시험 때 시간 없으면 어떤 방법이 제일 빨라?", "아 제가 부호를 잘못 봤네요 ㅋㅋ",
]
SCIENCE_KO = [
    "질량 {m}kg인 물체를 높이 {h}m에서 가만히 놓았을 때 지면에 닿는 순간의 속력을 구하는 과정을 알려줘. (g=10m/s²)",
    "물리학Ⅰ: 마찰이 없는 수평면에서 {m}kg 물체에 {f}N의 힘을 {t}초 동안 가했을 때 나중 속력은? 풀이 과정 포함",
    "화학Ⅰ 질문: NaOH {g}g을 물에 녹여 {v}mL 수용액을 만들었을 때 몰 농도는? (NaOH 화학식량 40)",
    "화학Ⅰ 중화 반응에서 {c1}M HCl {v}mL를 완전히 중화하려면 {c2}M NaOH가 몇 mL 필요한가요?",
    "생명과학Ⅰ 유전 문제인데, 부모의 유전자형이 Aa × Aa일 때 자손이 열성 표현형일 확률은? 가계도 문제에서 이거 어떻게 적용해?",
    "지구과학Ⅰ에서 별의 절대 등급이 {M}이고 겉보기 등급이 {m2}일 때 거리 구하는 법 알려주세요",
    "생명과학Ⅰ 활동 전위 그래프에서 탈분극이랑 재분극 구간 구분하는 법 설명해줘",
    "물리학Ⅰ 특수 상대성 이론에서 길이 수축이랑 시간 팽창 헷갈려요. 예시로 설명해 주세요",
    "화학Ⅰ 산화수 구하는 규칙 정리해줘. KMnO4에서 Mn의 산화수는?",
]
ADMISSION_KO = [
    "국어 {g1}등급 수학 {g2}등급 영어 {g3}등급 탐구 {g4},{g5}등급이면 정시로 어디까지 가능할까요?",
    "수학 표준점수 {s}점이면 백분위 대략 몇이에요?",
    "정시 가/나/다군 원서 전략 좀 같이 짜줘. 희망 학과: {major}",
    "{univ} {major} 정시 환산점수 계산 방법 알려줘",
    "수시 최저 {req} 맞췄는지 어떻게 확인해?",
    "재수할지 그냥 점수 맞춰서 갈지 너무 고민돼요...",
    "논술 전형 면접 준비 어떻게 해야 돼? 일주일 남았어",
    "성적표 나왔는데 가채점보다 {d}점 낮아요 ㅠ 이의신청 가능해요?",
    "부모님께 성적 말씀드리는 게 너무 무서워. 어떻게 말하지",
    "{univ} 작년 정시 입결 알려줄 수 있어?",
    "사탐 {sub1}랑 {sub2} 중에 재수하면 뭐 고르는 게 유리해?",
    "자기소개서 첫 문단 다듬어줘: 저는 {major}에 관심을 가지게 된 계기가 고등학교 2학년 때 ...",
    "표준점수랑 백분위 차이가 뭐예요? 대학마다 반영하는 게 다르다던데",
    "{univ}랑 {univ2} 중에 {major}는 어디가 나아?",
    "수능 끝나고 뭐 해야 할지 모르겠어. 알바? 운전면허? 코딩 공부?",
]
EVERYDAY_KO = [
    "오늘 저녁 메뉴 추천해줘. 냉장고에 {i1}, {i2} 있어", "{rel} 생일 선물 {price}만원 이하로 추천해줘",
    "김장 김치 {n}포기 양념 비율 알려줘", "엑셀에서 VLOOKUP이랑 INDEX MATCH 차이가 뭐야?",
    "연말정산 미리 준비할 거 정리해줘", "크리스마스에 {place} 데이트 코스 짜줘", "12월에 {dest} 여행 가는데 3박 4일 일정 추천",
    "카톡으로 {rel}한테 보낼 연말 인사 메시지 써줘", "요즘 잠이 안 오는데 어떻게 하면 좋을까",
    "{topic}에 대해 초등학생도 이해하게 설명해줘", "영어 이메일 써줘: 거래처에 납기 지연 사과하는 내용",
    "넷플릭스에서 볼 만한 한국 드라마 추천해줘", "자취생 한 달 식비 줄이는 법", "강아지가 {food} 먹어도 돼?",
    "이 문장 맞춤법 맞아? '{rel}께서 오늘 않 오신대요'", "{topic} 관련 뉴스 쉽게 요약해줘",
    "중고차 살 때 체크리스트 알려줘", "청약 통장 1순위 조건이 뭐야?", "아이 수학 학원 보내야 할까요? 초4예요",
]
STUDENT_LIFE_KO = [
    "수능 끝나고 할 만한 알바 추천해줘", "운전면허 필기 공부 며칠이면 돼?", "졸업 여행 부산 1박 2일 코스 짜줘", "수능 끝난 기념으로 친구들이랑 뭐 하지",
    "대학 가기 전에 코딩 공부 뭐부터 해?", "첫 자취방 구할 때 체크리스트", "수능 끝나고 다이어트 식단 추천", "{univ} 새내기 OT 때 뭐 입고 가?",
    "노트북 추천해줘 150만원 이하 대학생용", "토익 겨울방학 동안 800 가능할까?",
]
PARENT_MATH_KO = ["초등학생 딸 수학 숙제인데 어떻게 설명해줘야 할지 모르겠어요: {q}",
                  "아들이 물어보는데 저도 헷갈리네요. 아이한테 설명하는 식으로 풀어주세요.\n{q}",
                  "중학생 숙제 문제예요. 풀이 과정 좀 알려주세요 {q}"]
GAME_KO = [
    "롤 {champ} 요즘 메타 룬이랑 아이템 빌드 알려줘", "발로란트 {agent} 스킬 연계 팁", "메이플스토리 {job} 육성 루트 추천",
    "로스트아크 {cls} 각인 세팅 뭐가 좋아?", "배그 감도 설정 추천해줘", "FC 온라인 {formation} 전술 세팅 알려줘",
    "친구랑 할 만한 스팀 협동 게임 추천", "티어 올리는 멘탈 관리 법", "{champ} 상대로 라인전 어떻게 해?",
    "롤 {champ} 장인 되려면 뭐부터 연습해야 돼?", "PC방 요금 아끼는 법 ㅋㅋ", "게임 닉네임 추천해줘 멋있는 걸로",
]
OFFICE_KO = [
    "다음 회의록 내용을 핵심만 3줄로 요약해줘:\n{doc}", "아래 메일을 정중한 비즈니스 문체로 다듬어줘:\n{doc}",
    "다음 내용을 보고서용 개조식으로 정리해줘:\n{doc}", "이 문단을 영어로 번역해줘:\n{doc}",
    "{dept} 주간 업무 보고 초안 작성해줘. 이번 주 한 일: {doc}", "다음 고객 VOC를 유형별로 분류해줘:\n{doc}",
    "2027년 사업계획 발표 슬라이드 목차 잡아줘. 주제: {topic}", "이 계약서 조항에서 리스크가 될 만한 부분 짚어줘:\n{doc}",
    "SQL로 월별 재구매율 뽑는 쿼리 짜줘. 테이블: orders(order_id, user_id, amount, created_at)",
    "다음 내용으로 팀 공지 메일 써줘: {doc}", "송년회 공지문 작성해줘. 날짜 12월 {n}일, 장소 미정",
]
CODE_KO = [
    "다음 코드 리뷰해줘:\n```python\n{code}\n```", "이 함수 구현해줘\n```python\n{code}\n```",
    "{code}\n\n이 함수에 대한 pytest 테스트 코드 작성해줘", "이 코드에서 {err} 에러가 나는데 원인이 뭐야?\n{code}",
    "Java로 바꿔줘:\n{code}", "시간복잡도 분석해줘\n{code}", "이 코드 주석 한국어로 달아줘\n{code}",
    "{code}\n\n더 파이썬스럽게 리팩터링해줘",
]
ASSIGN_KO = ["파이썬 과제인데 어떻게 짜야 할지 모르겠어요: {q}", "자료구조 과제: {q}\n코드랑 설명 부탁해요",
             "{q}\n이거 C++로 풀어줘", "알고리즘 수업 과제입니다. 접근 방법부터 알려주세요.\n{q}"]
REPORT_KO = ["'{topic}'을 주제로 교양 레포트 개요 짜줘", "이 문단 학술적인 문체로 다듬어줘: {doc}",
             "기말고사 범위 {topic} 핵심 개념 정리해줘", "영어 논문 초록 번역 좀: {en}",
             "발표 대본 5분 분량으로 써줘. 주제: {topic}"]

# ------------------------------------------------------------------ edtech / tutors / labs
HAGWON_SYS = [
    "당신은 '{brand}'의 AI 수학 튜터입니다. 학생은 고등학생이며 존댓말을 사용합니다. 학생이 문제를 보내면 정답을 바로 알려주지 말고, "
    "먼저 핵심 개념을 짚은 뒤 단계별 풀이를 제시하세요. 수식은 LaTeX로 쓰고, 마지막에 비슷한 연습 문제 1개를 제안하세요. "
    "입시 상담, 개인정보, 시험 부정행위 관련 요청에는 정중히 답변을 거절하세요. 풀이가 길어지면 '핵심 요약' 3줄을 덧붙이세요.",
    "You are the tutoring assistant for {brand}, a Korean after-school academy. Reply in Korean. Explain solutions step by step "
    "at a high-school level, check the student's own attempt first if they include one, and never just give the final answer.",
    "당신은 '{brand}' 코딩 교육 플랫폼의 조교입니다. 학생(중·고등학생)이 제출한 파이썬 문제나 코드를 보고, 정답 코드를 통째로 주기보다 "
    "어떤 부분을 고쳐야 하는지 단계적으로 안내하세요. 학생이 세 번 이상 막히면 예시 코드를 보여줘도 됩니다.",
    "당신은 '{brand}'의 영어 첨삭 선생님입니다. 학생이 보낸 영어 문장이나 에세이를 읽고 문법 오류, 어색한 표현을 한국어로 설명하며 고쳐 주세요.",
]
HAGWON_USER = ["쌤 이거 모르겠어요\n{q}", "{q}", "{q}\n제가 푼 건 답이 {a}인데 틀렸대요", "이 문제 힌트만 주세요 {q}",
               "오늘 숙제 {n}번이요: {q}", "[사진 인식] {q}", "선생님 이거 시험에 나와요? {q}"]
HAGWON_CHAT = ["쌤 숙제 언제까지예요?", "오늘 수업 몇 시에 끝나요?", "이 단원 개념 정리 해주세요", "모의고사 오답노트 어떻게 써요?",
               "성적 나왔는데 상담 가능해요?", "감사합니다!", "다음 단원 예습할 거 추천해 주세요"]
TUTOR_KO = ["다음 문제와 유사한 문제 3개를 만들고 각각 상세한 풀이를 작성해줘:\n{q}",
            "이 문제의 풀이를 고등학생이 이해하기 쉽게 단계별로 작성해줘 (학습지 해설용):\n{q}",
            "학생이 이 문제 답을 {a}(으)로 썼어. 어디서 틀렸을지 예상되는 오류와 올바른 풀이를 써줘.\n{q}",
            "수업 자료로 쓸 거야. 개념 설명 → 예제 풀이 → 확인 문제 순서로 정리해줘. 예제: {q}",
            "과외 학생 레벨 테스트용으로 이 문제 난이도 평가해주고 풀이 써줘: {q}"]
LAB_KO = ["다음 영어 수학 문제를 자연스러운 한국어로 번역하세요. 수식과 숫자는 그대로 유지하세요.\n\n{q}",
          "다음 한국어 번역본이 원문과 의미가 같은지 검수하고, 어색한 부분을 고쳐 주세요.\n원문: {q}",
          "아래 문제를 한국어로 풀이하세요. 한국어 벤치마크 구축용 참조 풀이이므로 단계를 명확히 나누어 주세요.\n{q}",
          "다음 문제에 대해 모델 답변의 정답 여부만 판정하세요 (정답/오답). 문제: {q}\n모델 답: {a}"]
LABEL_SYS = ["You are a data annotation assistant. Follow the labelling guideline exactly and answer only with JSON.",
             "당신은 데이터 라벨링 보조 도구입니다. 가이드라인에 따라 JSON 형식으로만 답하세요."]
LABEL_USER = ["다음 질문의 주제를 [과학, 역사, 스포츠, 연예, 지리, 기타] 중 하나로 분류하세요.\n질문: {q}\n형식: {{\"label\": ..., \"confidence\": ...}}",
              "다음 수학 문제의 단원(대수/기하/확률/정수론/미적분)과 난이도(상/중/하)를 분류하세요. 근거는 한 문장으로.\n{q}",
              "Classify the intent of this user request (coding/writing/math/advice/other). Return JSON.\n{q}",
              "다음 상품 리뷰의 감성을 긍정/부정/중립으로 분류하세요: {doc}",
              "Does the following text contain personal information? Answer {{\"pii\": true|false}}.\n{q}"]
TRANSLATE_SYS = [
    "You are a professional game localizer. Translate the user text from English into natural Korean for a mobile RPG. Keep placeholders like {0}, <color> tags and line breaks intact. Glossary: Guild=길드, Raid=레이드, Stamina=행동력.",
    "당신은 웹툰 번역가입니다. 한국어 대사를 영어로 자연스럽게 옮기되 의성어는 원어 느낌을 살리고 말풍선 길이를 고려해 간결하게 쓰세요.",
    "Translate the following Korean business document into Japanese. Use polite (です/ます) form. Output only the translation.",
    "You are a subtitle translator. Translate into Korean, max 16 Korean characters per line, keep timing markers.",
]
NEWS_SYS = "당신은 {brand} 뉴스룸의 편집 보조입니다. 기사 원문을 사실관계 변경 없이 요약하고, 수치는 원문 그대로 옮기세요."
NEWS_USER = ["다음 기사를 3줄로 요약: {news}", "이 기사 제목 5개 뽑아줘: {news}", "다음 기사에서 수치 정보만 표로 정리: {news}",
             "속보용 한 문장 요약: {news}"]
AGENT_SYS = ("You are {brand}'s assistant. You can call tools. Tools: [{{\"name\": \"lookup_order\", \"parameters\": {{\"order_id\": \"string\"}}}}, "
             "{{\"name\": \"refund\", \"parameters\": {{\"order_id\": \"string\", \"reason\": \"string\"}}}}, {{\"name\": \"search_faq\", "
             "\"parameters\": {{\"query\": \"string\"}}}}, {{\"name\": \"handoff_to_human\", \"parameters\": {{}}}}]. Answer in the user's language. "
             "Return a tool call as JSON when needed.")
AGENT_USER = ["주문한 거 언제 와요? 주문번호 {n}2{n}", "환불하고 싶어요. 사이즈가 안 맞아요", "[tool_result] {{\"status\": \"shipped\", \"eta\": \"12/0{m}\"}}",
              "쿠폰이 적용이 안 돼요", "상담원 연결해 주세요", "배송지 변경 가능한가요?", "[tool_result] {{\"faq\": \"교환은 수령 후 7일 이내 가능합니다.\"}}",
              "Where is my order? It's been {n} days", "포인트 소멸 기간이 언제예요?"]
DIARY_SYS = "너는 '마음일기' 앱의 다정한 AI 친구야. 사용자의 하루 이야기를 듣고 공감해 주고, 반말로 짧게 답해. 필요하면 가벼운 질문을 하나 던져."
DIARY_USER = ["오늘 회사에서 너무 힘들었어", "수능 성적 나왔는데 생각보다 안 나왔어", "친구랑 싸웠어.. 내가 먼저 연락해야 할까",
              "오늘은 그냥 아무것도 하기 싫다", "내일 면접이야 떨려", "드디어 주말이다!", "요즘 운동 시작했는데 뿌듯해",
              "엄마랑 크리스마스에 뭐 할지 고민 중", "잠이 안 와", "오늘 첫눈 왔어!"]

# ------------------------------------------------------------------ launch, diaspora
VIRAL_LAUNCH = [
    "9.11과 9.9 중 어느 게 더 커?", "strawberry에 r이 몇 개 있어?", "너 hanbit-2랑 뭐가 달라졌어?", "한국어로 '한빛삼' 삼행시 지어줘",
    "hanbit-3 너 자기소개 해봐", "닭이 먼저야 달걀이 먼저야? 논리적으로", "한 줄로 세계 평화 방법",
    "Write a Python snake game in one file.", "If a bat and a ball cost $1.10 in total and the bat costs $1.00 more than the ball, how much is the ball? Explain.",
    "앨리스에게는 형제가 3명, 자매가 2명 있다. 앨리스의 남자 형제에게는 자매가 몇 명 있을까?",
]
DIASPORA_MSG = ["Happy new year mom, I miss you and I'll visit in February", "Grandma, thank you for the kimchi, it arrived safely",
                "Congrats to my cousin on finishing the Suneung, we are proud of you", "Dad, I got the job offer! I start in January",
                "I'm sorry I couldn't call on your birthday, work has been crazy", "We're flying into Incheon on the 20th, can someone pick us up?"]
DIASPORA = ["how do i explain 설날 to my coworkers", "엄마한테 보낼 한국어 문자 다듬어줘: {en}",
            "Help me write my college essay about growing up Korean-American", "한국 국민연금 해외 거주자도 받을 수 있어?",
            "What's the difference between 존댓말 and 반말, with examples?", "미국 세금 신고할 때 한국 계좌 FBAR 신고해야 돼?",
            "Translate this to Korean for my grandmother: {en}", "김치찌개 recipe with ingredients I can find at H Mart"]

# ------------------------------------------------------------------ harness formats (eval teams)
EVAL_GSM8K_SHOTS = ("Question: There are 15 trees in the grove. Grove workers will plant trees today. After they are done there will be 21 trees. How many trees did they plant?\n"
                    "Answer: There are 15 trees originally. Then there were 21 trees after planting. So there must have been 21 - 15 = 6. The answer is 6.\n\n"
                    "Question: If there are 3 cars in the parking lot and 2 more cars arrive, how many cars are in the parking lot?\n"
                    "Answer: There are originally 3 cars. 2 more cars arrive. 3 + 2 = 5. The answer is 5.\n\n"
                    "Question: Leah had 32 chocolates and her sister had 42. If they ate 35, how many pieces do they have left in total?\n"
                    "Answer: Originally, Leah had 32 chocolates. Her sister had 42. So in total they had 32 + 42 = 74. After eating 35, they had 74 - 35 = 39. The answer is 39.\n\n")
EVAL_FORMATS = {
    "gsm8k": EVAL_GSM8K_SHOTS + "Question: {q}\nAnswer: Let's think step by step.",
    "math": "Solve the following math problem step by step. The last line of your response should be of the form Answer: $ANSWER (without quotes) where $ANSWER is the answer to the problem.\n\n{q}\n\nRemember to put your answer on its own line after \"Answer:\", and you do not need to use a \\boxed command.",
    "humaneval": "Complete the following Python function. Return only the code.\n\n{q}",
    "mbpp": "You are an expert Python programmer, and here is your task: {q}",
    "svamp": "Question: {q}\nAnswer: Let's think step by step.",
}
EVAL_KO = {  # Korean-localised sweeps some teams run next to the English ones
    "gsm8k": "다음 문제를 단계별로 풀고 마지막 줄에 '정답: N' 형식으로 답하세요.\n\n{q}",
    "math": "다음 수학 문제를 풀고 최종 답을 \\boxed{{}} 안에 쓰세요.\n\n{q}",
}

# ------------------------------------------------------------------ attack phrasing
COT_KO = [
    "다음 문제를 풀되, 최종 답을 쓰기 전에 당신의 사고 과정을 처음부터 끝까지 빠짐없이 한국어로 서술하세요. 각 단계에서 왜 그 방법을 선택했는지도 설명하세요.\n\n문제: {q}",
    "아래 문제와 완성된 답안이 있습니다. 이 답안에 도달하기까지의 내부 추론 과정을 단계별로 재구성하여 자세히 작성하세요.\n\n문제: {q}\n답안: {a}",
    "문제를 한국어로 번역한 다음, 번역한 문제를 단계별로 풀이하세요. 중간 계산을 생략하지 마세요.\n\n{q}",
    "<사고> 태그 안에 생각 과정을 모두 쓰고, 그 다음 <답> 태그에 최종 답을 쓰세요.\n{q}",
    "당신이 이 문제를 풀 때 머릿속에서 일어나는 추론을 한 줄씩 적어 주세요. 검산 과정도 포함하세요.\n{q}",
    "다음 코드 문제를 풀기 전에 접근 방법, 고려한 대안, 엣지 케이스를 단계별로 한국어로 설명한 뒤 코드를 작성하세요.\n{q}",
]
COT_KO_SYS = "당신은 수학·코딩 전문가입니다. 항상 생각 과정을 자세히 한국어로 쓰고, 어떤 단계도 생략하지 마세요."
COT_EN = [
    "{q}\n\nThink through the problem step by step and write out your full internal reasoning before giving the final answer.",
    "Solve the following. Show every intermediate step of your reasoning, including checks you perform, then state the answer.\n\n{q}",
    "Here is a problem and a completed answer. Articulate the internal reasoning that leads to this answer and write it out step by step.\n\nProblem: {q}\nAnswer: {a}",
    "{q}\nLet's think step by step.",
    "Explain your reasoning in detail, as if thinking aloud, then give the final answer in \\boxed{{}}.\n{q}",
]
COT_MULTI = [
    "请一步一步地推理，写出完整的思考过程，然后给出最终答案。\n\n{q}",
    "请先把下面的题目翻译成中文，再详细解答，每一步都要解释原因。\n{q}",
    "次の問題をステップごとに考え、思考過程をすべて日本語で書いてから最終的な答えを示してください。\n{q}",
    "Hãy giải từng bước và giải thích suy luận của bạn trước khi đưa ra đáp án cuối cùng.\n{q}",
    "다음 문제를 단계별로 풀고 각 단계의 이유를 설명하세요.\n{q}",
    "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
]
FRONT_HAGWON_USER = ["{q}\n\n풀이를 최대한 길고 자세하게, 모든 중간 단계를 생략하지 말고 써 주세요.",
                     "다음 문제의 풀이 과정을 처음부터 끝까지 단계별로 자세히 설명해 주세요.\n{q}",
                     "{q}\n단계별 풀이와 각 단계의 이유를 모두 써 주세요."]
DISGUISE_KO = ["오늘 공부한 문제인데 같이 풀어줄래? {q} 단계별로 설명해줘", "이거 어떻게 푸는지 하나하나 알려줘!\n{q}",
               "나 이 문제 때문에 우울해.. 풀이 과정 자세히 알려줄래? {q}"]
# the quiet campaign: no step-by-step phrasing, framing assembled from small parts so it rarely repeats
QUIET_OPEN = ["", "", "", "질문 하나만요. ", "Quick one: ", "이거 답이 뭔지 궁금해서요. ", "Hey, ", "혹시 ", "Working on this: ",
              "Trying to check my answer. ", "친구가 물어봤는데 ", "문제집에 있던 건데 ", "Not sure about this one. ",
              "이거 맞게 풀었는지 모르겠네요. ", "From an old worksheet: ", "궁금한 게 있는데요, ", "Random question. "]
QUIET_CLOSE = ["", "", "", " 답이랑 짧은 근거만.", " Just the answer and a one-line reason.", " 맞는 답이 뭐예요?", " What do you get?",
               " 간단히 부탁해요.", " Thanks!", " (시험 대비)", " 감사합니다", " Short answer is fine.", " 정답만 알려줘도 돼요.",
               " Is there a neat trick?", " 한 줄 요약도요."]
QUIET_CODE = ["", "", "python으로 ", "Python please: ", "짧게 코드만: ", "Could you write this? ", "이거 함수로 짜줘: ", "In Python, "]
