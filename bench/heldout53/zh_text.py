"""Hand-written Chinese (and a little mixed-language) text pieces used to build prompts.

Only fragments and templates live here; corpus questions are filled in by prompts_*.py.
"""

STUDENT_WRAP = [
    "这道题怎么做？{q}",
    "老师布置的作业，帮我看看这题：\n{q}",
    "{q}\n答案是多少？能解释一下吗",
    "请一步一步解释这道题：{q}",
    "我算出来和答案不一样，帮我检查思路：{q}",
    "{q}",
    "{q} 这题用什么方法比较快",
    "能不能用初中的方法讲一下 {q}",
    "help 这题不会 {q}",
]

COURSES = ["高等数学", "线性代数", "概率论与数理统计", "大学物理", "数据结构", "操作系统", "计算机网络",
           "计算机组成原理", "微观经济学", "有机化学", "信号与系统", "数字电路", "马克思主义基本原理",
           "机器学习", "编译原理", "离散数学", "复变函数", "材料力学", "会计学原理", "统计学"]

TOPICS = ["泰勒展开", "特征值与特征向量", "贝叶斯公式", "傅里叶变换", "红黑树", "进程调度", "TCP三次握手",
          "Cache映射方式", "边际效用", "亲核取代反应", "卷积", "卡诺图", "剩余价值", "梯度下降", "LR分析",
          "图的着色", "留数定理", "弯矩图", "权责发生制", "假设检验", "动态规划", "虚拟内存", "拉格朗日乘数法"]

COURSE_WRAP = [
    "{course}里的{topic}到底是什么意思？能举个例子吗",
    "期中考试要考{topic}，帮我总结一下重点",
    "用通俗的话解释一下{topic}",
    "{topic}和{topic2}有什么区别和联系？",
    "帮我出三道{course}关于{topic}的练习题，附答案",
    "我们{course}课的作业：关于{topic}写一段300字的理解",
]

KAOYAN_WRAP = [
    "考研成绩出来了，{subj}考了{score}分，复试要准备什么？",
    "复试英语自我介绍帮我润色一下，我是{major}专业的，本科做过{proj}",
    "考研复试导师面试常问哪些{major}的专业问题？",
    "调剂的话{major}有哪些学校可以考虑？分数{score}",
    "帮我复习一下{subj}里的{topic}，复试可能会问",
    "复试笔试{subj}：{topic}的经典题型有哪些",
]
MAJORS = ["计算机科学与技术", "软件工程", "电子信息", "金融学", "法学", "临床医学", "机械工程", "控制科学与工程", "新闻传播", "应用统计"]
PROJECTS = ["一个校园二手交易小程序", "基于YOLO的目标检测", "智能小车", "大学生创新创业项目", "推荐系统课程设计"]

PRODUCTS = ["无线蓝牙耳机", "宠物自动喂食器", "硅胶折叠水杯", "LED化妆镜", "车载手机支架", "瑜伽垫", "儿童保温杯",
            "电动牙刷", "户外露营灯", "不锈钢厨房收纳架", "磁吸充电宝", "猫抓板", "防晒冰袖", "人体工学鼠标",
            "迷你加湿器", "便携式榨汁杯", "男士商务双肩包", "陶瓷咖啡杯套装", "汽车香薰", "折叠晾衣架"]
SELLING = ["超长续航", "食品级材质", "一键操作", "轻便易携带", "防水防尘", "静音设计", "大容量", "多色可选",
           "安装简单", "质保两年", "环保可降解", "Type-C快充"]
MARKETS = ["亚马逊美国站", "亚马逊德国站", "Shopee新加坡", "TikTok Shop英国", "Lazada马来西亚", "eBay", "独立站Shopify"]
ECOM_WRAP = [
    "请为{market}写一个产品listing，产品：{p}，卖点：{a}、{b}、{c}。要求包含标题、五点描述和产品描述，用英文。",
    "Write an Amazon title and 5 bullet points for: {p} ({a}, {b}). Keyword: {kw}",
    "把这个产品描述翻译成地道的英文，适合{market}：{p}，{a}，{b}，{c}",
    "帮我回复一个差评的买家，他说{p}收到就坏了，语气要礼貌",
    "给{p}想10个英文广告语，投放在{market}",
    "{market}的{p}，竞品评论里说{a}不好，帮我分析一下改进方向",
]

CREATOR_WRAP = [
    "帮我写一篇小红书笔记，主题是{t}，风格活泼一点，多加emoji",
    "抖音短视频脚本：{t}，时长60秒，要有开头钩子",
    "公众号文章标题，关于{t}，给我10个",
    "B站视频简介帮我写一下，视频内容是{t}",
    "直播带货话术，产品是{p}，要接地气",
    "把下面这段改写得更口语化：{t}真的太好用了，我已经用了三个月",
]
CREATOR_TOPICS = ["春季穿搭", "考研上岸经验", "上海周末去哪玩", "低卡早餐", "职场新人避坑", "租房改造",
                  "新手养猫", "健身一个月变化", "AI工具推荐", "成都美食探店", "平价护肤", "读书笔记"]

TRANSLATE_WRAP = [
    "请把下面这段话翻译成中文，保持专业术语准确：\n{t}",
    "翻译成英文，正式一点：{z}",
    "Translate into Simplified Chinese, keep the formatting:\n{t}",
    "这段英文合同条款帮我翻译并解释风险：\n{t}",
    "润色这段英文，让它更像母语者写的：{t}",
    "中译英，用于学术论文：{z}",
]
ZH_SENTENCES = [
    "本研究提出了一种基于图神经网络的交通流量预测方法，在两个公开数据集上取得了最优结果。",
    "由于供应链成本上升，公司决定自下季度起对部分产品进行价格调整。",
    "请贵方在收到本函后十五个工作日内提供相关证明材料。",
    "实验结果表明，该催化剂在低温条件下仍具有较高的活性和稳定性。",
    "我们诚挚邀请您参加本年度的合作伙伴大会，届时将发布新一代产品。",
    "该算法的时间复杂度为O(n log n)，空间复杂度为O(n)。",
    "本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。",
    "受访者普遍认为，远程办公提高了工作灵活性，但也带来了沟通成本的增加。",
]

OFFICE_WRAP = [
    "帮我写一封邮件给客户，内容是关于{thing}，语气专业",
    "把这份会议纪要整理成要点：今天讨论了{thing}，{thing2}，下周再对齐",
    "写一份{thing}的周报，重点突出进展和风险",
    "这个SQL报错了怎么办：ERROR 1054 (42S22): Unknown column '{col}' in 'field list'",
    "帮我用Excel公式实现：如果{col}大于100就标红，否则显示\u201c正常\u201d",
    "帮我准备一个关于{thing}的PPT大纲，10页左右",
    "{thing}的方案帮我列一下优缺点",
]
OFFICE_THINGS = ["项目延期", "季度预算", "新版本上线", "供应商合同续签", "客户投诉处理", "数据迁移",
                 "年度培训计划", "招聘需求", "服务器扩容", "市场推广活动", "出差报销流程"]
COLUMNS = ["order_amt", "user_id", "create_time", "销售额", "region_code", "status"]

CHAT_MSGS = ["哈哈哈哈", "今天吃什么", "有没有人打游戏", "@机器人 讲个笑话", "@bot 今天星期几", "早上好各位",
             "@助手 帮我查一下{q}", "{q}", "这个怎么说", "+1", "群主在吗", "@AI 用一句话总结一下刚才的讨论",
             "@机器人 翻译一下 {q}", "谁知道{q}"]

LABEL_WRAP = [
    "请判断下面这句话的情感倾向（正面/负面/中性），只输出标签：{t}",
    "从下面的问题中抽取实体，并以JSON格式返回：{t}",
    "给下面的问题分类，类别：历史/体育/娱乐/科学/地理/其他。只输出类别。问题：{t}",
    "判断以下用户提问是否包含个人隐私信息，输出是或否：{t}",
    "将下面的句子改写成3种不同说法，用于数据增强：{t}",
]

TEACHER_WRAP = [
    "请出{n}道关于{topic}的{grade}练习题，附答案和解析",
    "帮我把这道题改编成难度相近的三道题：{q}",
    "设计一节关于{topic}的{grade}公开课教案，45分钟",
    "这道题学生普遍做错，帮我分析错误原因并写讲评：{q}",
]
GRADES = ["初一", "初二", "初三", "高一", "高二", "大一", "小学五年级", "小学六年级"]
SCHOOL_TOPICS = ["一元二次方程", "相似三角形", "概率初步", "函数的单调性", "数列", "分数应用题", "行程问题", "圆的面积"]

FOLLOWUPS_HUMAN = ["那如果换成另一种情况呢？", "没太懂，能再简单点吗", "谢谢！再问一个", "ok", "继续",
                   "可以给个例子吗", "Can you shorten it?", "Make it more formal", "第二点展开说说", "好的，那代码怎么写"]

HK_WRAP = [
    "請幫我把這段英文郵件改寫得更客氣：{t}",
    "用繁體中文總結以下內容：{t}",
    "Draft a short memo on {thing} for the compliance team.",
    "香港公司報稅要注意咩？{thing}",
    "{t}",
]

# Elicitation phrasings used by harvesting campaigns (varied on purpose).
COT_ZH = [
    "请逐步推理，详细写出每一步的思考过程，最后给出答案：\n{q}",
    "{q}\n\n要求：先完整分析题意，再分步骤求解，每一步都说明理由，最后单独一行写【答案】。",
    "请用中文详细解答下列题目，展示完整的推理链条，不要省略任何中间步骤。\n【题目】{q}",
    "作为一名耐心的老师，请把解题时脑子里的每个想法都写出来：{q}",
    "{q}\n请先思考，再作答。思考过程要尽量详细。",
    "题目：{q}\n请按照“理解题意→列出已知→推导→验证→结论”的格式作答。",
]
COT_EN = [
    "Solve the following problem. Think step by step, show all intermediate reasoning, and put the final answer in \\boxed{{}}.\n\n{q}",
    "{q}\n\nExplain your full reasoning before giving the answer. Do not skip any steps.",
    "Question: {q}\nLet's work this out carefully, one step at a time.",
    "Please reason about the problem below in detail, then verify your answer.\n{q}",
    "{q}\nWalk me through how you would think about this, including any dead ends you would check.",
    "Here is a problem. Write out, step by step, the reasoning a strong student would follow, then the final answer.\n{q}",
]
COT_OTHER = [
    "次の問題をステップごとに詳しく考えて解いてください。\n{q}",
    "다음 문제를 단계별로 자세히 풀어 주세요. 각 단계의 이유도 설명해 주세요.\n{q}",
    "Hãy giải bài toán sau từng bước một và giải thích rõ ràng: {q}",
    "请翻译题目后用中文分步解答：{q}",
    "Resuelve paso a paso, explicando cada razonamiento: {q}",
]
FOLLOWUPS_HARVEST = ["继续", "请更详细地解释上一步", "换一种方法再解一遍", "Now critique your answer and give an improved version.",
                     "把你的推理过程重新整理成清晰的编号步骤", "Are you sure? Re-check every step.",
                     "用更严谨的数学语言重写", "总结一下关键思路"]
JUDGE_ZH = [
    "下面有一个问题和两个回答，请判断哪个回答更好，先给出详细理由，最后输出A或B。\n问题：{q}\n回答A：{a}\n回答B：{b}",
    "请从准确性、完整性、有用性三个维度给以下回答打分(1-10)，并解释每个分数。\n问题：{q}\n回答：{a}",
]
JUDGE_EN = [
    "You are an impartial judge. Compare the two responses to the user prompt and explain which is better, then output [[A]] or [[B]].\n[Prompt]\n{q}\n[Response A]\n{a}\n[Response B]\n{b}",
    "Rate the response below on a 1-10 scale for helpfulness and correctness. Give a rationale first.\nPrompt: {q}\nResponse: {a}",
    "Which answer would a careful expert prefer, and why? Be specific.\nQ: {q}\n(1) {a}\n(2) {b}",
]
CAND_SNIPPETS = ["Sure! Here is a concise answer: it depends on the context, but generally yes.",
                 "I cannot be certain, but the most likely explanation is a configuration issue.",
                 "The answer is 42 because of the reasons stated in the question.",
                 "好的，以下是我的回答：首先需要明确问题的定义，然后逐条分析。",
                 "Here's a step-by-step solution: 1) parse input 2) compute 3) return result.",
                 "这个问题可以从三个方面来看：历史、现状和趋势。",
                 "def solve(x):\n    return sorted(x)[::-1]",
                 "In short: no. The premise of the question is incorrect."]
SYNTH_WRAP = [
    "Generate {n} diverse instruction-response pairs about {topic}. Output JSON lines with keys instruction, input, output. Make responses detailed.",
    "请生成{n}条关于{topic}的高质量指令数据，每条包含instruction、input、output，output要详细、有推理过程，用JSON数组输出。",
    "Here are example tasks:\n{ex}\nWrite {n} new tasks in the same style, and a full high-quality answer for each.",
]
SYNTH_TOPICS = ["algebra word problems", "Python debugging", "法律咨询", "医学常识", "SQL", "historical events",
                "creative writing", "商务邮件", "logic puzzles", "unit conversion", "物理概念", "data structures"]
