import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import Gold, P

# 003  长治日报 科技攻“尖” 产业向“新” (reference date 2024-04-01, see NOTES below)
REF = "2024-04-01"
NOTES = (
    "Reference date 2024-04-01. The text gives no dateline; it says 本报记者 and ends with "
    "长治市科技局 长治日报社 联办, so the outlet is 长治日报. Dating evidence, all from the text: "
    "it opens with 2024年政府工作报告提出要加快发展新质生产力 (the national report was delivered "
    "on 2024-03-05, so publication is after that); 今年我市政府工作报告 and 今年2月18日 (the LED "
    "measures) are already past; the commentary says 这个春天 and the feature opens with "
    "春风徐徐，暖意融融 (spring); the figures it reports are full-year 2023 results (2023年…"
    "全年完成技术合同交易769项，技术合同成交额31.62亿元; 去年全年 风电场发电量) and 今年 is a "
    "target year (今年…实现产值70亿元), i.e. an early-2024 review of 2023. Spring 2024, after "
    "early March: 2024-04-01 is chosen inside that window; the exact day only matters for "
    "目前/截至目前/现已/近日 instants. Consequences: 全年 in the lead paragraph is the last full "
    "year, 2023 (the same figures are tied to 2023年…全年 further down; a full year 2024 could "
    "not be reported in spring 2024); 去年 = 2023; 今年 = 2024; 一年来 = 2023 by analogy with "
    "SPEC 近三年 (full years before the reference year), rolling-year reading in period_alts. "
    "Paragraphs cut by a blank line in mid-word (揭榜挂|帅, 实|验室, 活动|的, 扎实|推进, 项|目, "
    "科技人|才, 布局产|业链, 优|化) are one paragraph each, as in 000. Feature sections without a "
    "period expression get null, as in 000/001; where the lead paragraph ties the same figure "
    "to 全年 (2023) that reading is kept in period_alts. The second half (以新质生产力推动长治"
    "高质量发展 commentary by 浅溪, the 一图读懂 box) holds no facts."
)

g = Gold("003_7edbb478ec45b2d7")

PNOTE = "period expression (becomes `period` of the facts it governs), not a fact"
Y2023 = P("全年", "2023-01-01", "2023-12-31")
Y2023_AT = P("全年", "2023-12-31", "2023-12-31")
Y23 = P("2023年", "2023-01-01", "2023-12-31")
NOW = P("截至目前", REF, REF)
NOW_OPEN = P("截至目前", None, REF)
NULL_ALT_2023 = "no period expression in this paragraph → null; the lead paragraph gives " \
                "the same figure under 全年 (2023), kept in period_alts"

# ---- lead paragraph (lines 13+15, cut at 揭榜挂|帅): 全年 = 2023 ----------------------------
g.neg("2024年政府工作报告提出", "2024年", "year inside a document name (2024年政府工作报告)")
g.fact("全年技术合同成交额31.62亿元，同比增长3.27%，技术合同工作", "31.62亿元",
       value=3162000000, unit="CNY", kind="amount", metric="技术合同成交额", period=Y2023,
       subject_alts=["长治"],
       note="全年 in a spring-2024 review = full year 2023 (same figure as 2023年…全年 below)")
g.fact("全年技术合同成交额31.62亿元，同比增长3.27%，技术合同工作", "3.27%", value=3.27,
       unit="%", kind="growth", metric="技术合同成交额", period=Y2023, comparison="yoy",
       subject_alts=["长治"])
g.fact("研究与运用3家省技术创新中心；", "3家", value=3, unit="count", kind="count",
       classifier="家", metric="省技术创新中心",
       metric_alts=["新建省技术创新中心", "省技术创新中心数量", "省技术创新中心增量",
                    "省技术创新中心数量增量", "省级技术创新中心"],
       subject_alts=["长治"], period=Y2023,
       note="新建 N: count of centres built, 增量 alt as in 000; 全年 inherited")
g.fact("重点研发计划12项；成功", "12项", value=12, unit="count", kind="count", classifier="项",
       metric="市级“揭榜挂帅”重大专项和重点研发计划",
       metric_alts=["“揭榜挂帅”重大专项和重点研发计划", "市级揭榜挂帅重大专项和重点研发计划",
                    "揭榜挂帅重大专项和重点研发计划", "重大专项和重点研发计划",
                    "启动实施市级“揭榜挂帅”重大专项和重点研发计划"],
       subject_alts=["长治"], period=Y2023,
       note="the paragraph continues across the blank line (揭榜挂|帅); 全年 still governs")
g.fact("等3项省科技成果引导专项，促进先进成果的产业应用；", "3项", value=3, unit="count",
       kind="count", classifier="项", metric="省科技成果引导专项",
       metric_alts=["落实省科技成果引导专项", "科技成果引导专项", "省科技成果引导专项数量"],
       subject_alts=["长治"], period=Y2023)
g.fact("总数达到290家，全市", "290家", value=290, unit="count", kind="count", classifier="家",
       metric="高新技术企业",
       metric_alts=["高新技术企业总数", "高新技术企业数量", "高企", "高企总数"],
       subject_alts=["长治"], period=Y2023_AT, period_alts=[Y2023],
       note="stock (总数达到) under 全年 (2023): instant at 2023-12-31; literal inheritance "
            "in period_alts")
g.fact("平台达到92家；", "92家", value=92, unit="count", kind="count", classifier="家",
       metric="省级以上科技创新平台",
       metric_alts=["省级以上科技创新平台数量", "科技创新平台"],
       subject_alts=["长治"], period=Y2023_AT, period_alts=[Y2023, NOW],
       note="省级以上 defines the counted set (part of the metric, not a bound); stock under "
            "全年 → 2023-12-31; alts: literal 2023, and 截至目前 (the same 92 is dated so below)")
g.neg("一个个有力的数据", "一个个", "reduplicated 一个个 'one after another'")
g.neg("一批战略性新兴产业项目", "一批", "quantifier 一批")
g.neg("一批富有竞争力", "一批", "quantifier 一批")

# ---- 亮点1 ---------------------------------------------------------------------------
g.neg("亮点1", "亮点1", "section list marker 亮点1")
g.neg("的一排排白色风机", "一排排", "reduplicated 一排排 'row upon row'")
g.fact("累计发电量1.87亿千瓦时", "1.87亿千瓦时", value=187000000, unit="kWh", kind="amount",
       metric="发电量", metric_alts=["累计发电量"],
       subject="仙翁山风电场", subject_alts=["长子县仙翁山风电场"],
       period=P("去年全年", "2023-01-01", "2023-12-31"),
       note="去年全年 = 2023; 累计 sums the year's output (a flow), not a stock")
g.fact("格盟长子100MW智慧光储发电项目", "100MW", value=100000000, unit="W", kind="amount",
       metric="智慧光储发电装机容量",
       metric_alts=["装机容量", "智慧光储发电项目装机容量", "光储发电装机容量",
                    "智慧光储发电", "智慧光储发电项目", "装机规模"],
       subject="格盟",
       subject_alts=["格盟长子", "格盟长子智慧光储发电项目", "格盟长子100MW智慧光储发电项目",
                     "智慧光储发电项目"],
       note="capacity written into the project name; the plant is operating (光伏板…源源不断"
            "释放出绿色能源) → actual, not target; no period in the paragraph → null")
g.neg("一片蓝色的", "一片", "indefinite article 一片")
g.neg("走出一条多元化", "一条", "indefinite article 一条 (a path)")

# paragraph lines 35+37 (cut at 实|验室): no period until 截至目前
g.fact("研究与运用3家省技术创新中心，带动", "3家", value=3, unit="count", kind="count",
       classifier="家", metric="省技术创新中心",
       metric_alts=["新建省技术创新中心", "省技术创新中心数量", "省技术创新中心增量",
                    "省技术创新中心数量增量", "省级技术创新中心"],
       period=None, period_alts=[Y2023], note=NULL_ALT_2023)
g.fact("环保产业公司2家省新型研发机构", "2家", value=2, unit="count", kind="count",
       classifier="家", metric="省新型研发机构",
       metric_alts=["新增省新型研发机构", "省新型研发机构增量", "省新型研发机构数量增量",
                    "省级新型研发机构"],
       note="新增 N named institutes: counted noun as metric with the SPEC-2 增量 reading as "
            "alt (same value and kind), as for 新建 in 000; no period before it → null")
g.fact("平台达到92家。此外", "92家", value=92, unit="count", kind="count", classifier="家",
       metric="省级以上科技创新平台",
       metric_alts=["省级以上科技创新平台数量", "科技创新平台"],
       period=NOW, period_alts=[NOW_OPEN],
       note="截至目前 + 达到: stock at the reference date (instant); alt null..ref")
CUM = dict(period=NOW_OPEN, period_alts=[NOW, P("截至目前", None, None)])
CUM_NOTE = ("截至目前 (previous sentence, same paragraph) still governs: cumulative up to the "
            "reference date, null..ref; alts: stock instant at ref, and no dates")
g.fact("认定8家市重点实验室", "8家", value=8, unit="count", kind="count", classifier="家",
       metric="市重点实验室",
       metric_alts=["培育认定市重点实验室", "市重点实验室数量", "市级重点实验室"],
       note=CUM_NOTE, **CUM)
g.fact("、6家市级技术创新中心", "6家", value=6, unit="count", kind="count", classifier="家",
       metric="市级技术创新中心",
       metric_alts=["培育认定市级技术创新中心", "市级技术创新中心数量", "市技术创新中心"],
       **CUM)
g.fact("、4家市新型研发机构", "4家", value=4, unit="count", kind="count", classifier="家",
       metric="市新型研发机构",
       metric_alts=["培育认定市新型研发机构", "市新型研发机构数量", "市级新型研发机构"],
       **CUM)

# ---- 亮点2 ---------------------------------------------------------------------------
g.neg("亮点2", "亮点2", "section list marker 亮点2")
HK = dict(subject="高科华烨集团", subject_alts=["高科华烨", "高科华烨电子视像", "该集团"])
g.neg("生产线另一头", "一头", "另一头 'the other end', not a quantity")
g.neg("一卷卷LED", "一卷卷", "reduplicated 一卷卷 'roll after roll'")
g.fact("最小间距从0.7毫米", "0.7毫米", value=0.0007, unit="m", kind="amount",
       metric="LED显示屏灯珠最小间距",
       metric_alts=["灯珠最小间距", "最小间距", "显示间距", "LED显示屏灯珠间距"],
       note="the earlier level in a from/to pair (从…突破到); no period stated → null", **HK)
g.fact("突破到0.6毫米", "0.6毫米", value=0.0006, unit="m", kind="amount",
       metric="LED显示屏灯珠最小间距",
       metric_alts=["灯珠最小间距", "最小间距", "显示间距", "LED显示屏灯珠间距"],
       note="subject from 该集团总工程师 (高科华烨); cf. 001 显示间距 0.6毫米", **HK)
g.neg("今年2月18日", "今年2月18日", "date on its own (publication of the LED measures)")
g.fact("实现产值70亿元", "70亿元", value=7000000000, unit="CNY", kind="amount",
       metric="产值", metric_alts=["企业产值", "高科华烨产值"],
       period=P("今年", "2024-01-01", "2024-12-31"), modality="target",
       note="the company's goal for this year (更有信心实现) → target; 我们 = 高科华烨集团", **HK)
LED = dict(subject_alts=["长治市LED产业", "LED产业", "长治市LED光电产业链"])
g.fact("经过10余年发展", "10余年", value=10, unit="year", kind="amount", bound="gt",
       metric="LED产业发展时间",
       metric_alts=["LED产业发展年限", "发展年限", "发展时间", "LED产业发展"],
       period=None, period_alts=[P("今年", "2024-01-01", "2024-12-31")],
       note="duration 10余年 (余 inside the span → gt); 我市LED产业 → city; a duration up to "
            "now has no period of its own → null; the literal inheritance of 今年 (from the "
            "quote before it) is accepted in period_alts", **LED)
NOW2 = P("现已", REF, REF)
LED_P = dict(period=NOW2, period_alts=[P("现已", None, REF),
                                       P("今年", "2024-01-01", "2024-12-31")], **LED)
LED_NOTE = ("现已拥有 = as of now: stock at the reference date (现已 read like 目前); alts: "
            "null..ref, and the literal inheritance of 今年 from the quote before")
g.fact("产业链上企业11家", "11家", value=11, unit="count", kind="count", classifier="家",
       metric="LED光电产业链上企业",
       metric_alts=["LED光电产业链企业", "LED光电产业链上企业数量", "产业链上企业", "LED企业"],
       note=LED_NOTE, **LED_P)
g.fact("规上企业9家", "9家", value=9, unit="count", kind="count", classifier="家",
       metric="LED规上企业",
       metric_alts=["规上企业", "LED光电产业链规上企业", "LED产业规上企业", "规上企业数量"],
       note="规上 is part of the counted set (SPEC 2), not a fact; LED head restored from the "
            "list", **LED_P)
g.fact("高新技术企业4家", "4家", value=4, unit="count", kind="count", classifier="家",
       metric="LED高新技术企业",
       metric_alts=["高新技术企业", "LED光电产业链高新技术企业", "LED产业高新技术企业",
                    "高新技术企业数量"], **LED_P)

# paragraph lines 45+47 (cut at 活动|的): no period expression → null
g.fact("重点研发计划12项；组织", "12项", value=12, unit="count", kind="count", classifier="项",
       metric="市级“揭榜挂帅”重大专项和重点研发计划",
       metric_alts=["“揭榜挂帅”重大专项和重点研发计划", "市级揭榜挂帅重大专项和重点研发计划",
                    "揭榜挂帅重大专项和重点研发计划", "重大专项和重点研发计划",
                    "启动实施市级“揭榜挂帅”重大专项和重点研发计划"],
       period=None, period_alts=[Y2023], note=NULL_ALT_2023)
g.fact("科技计划项目40多项", "40多项", value=40, unit="count", kind="count", bound="gt",
       classifier="项", metric="省级以上科技计划项目",
       metric_alts=["争取省级以上科技计划项目", "省级以上各类科技计划项目", "科技计划项目"],
       note="多 inside the span → gt; 省级以上 defines the set (part of the metric)")
g.fact("争取资金5450.5万元", "5450.5万元", value=54505000, unit="CNY", kind="amount",
       metric="争取资金",
       metric_alts=["资金", "省级以上科技计划项目资金", "争取省级以上科技计划项目资金"])
g.fact("两批扶持31家", "两批", value=2, unit="count", kind="count", classifier="批",
       metric="科技创新券扶持批次", metric_alts=["扶持批次", "批次", "科技创新券批次"],
       note="两批 is a definite number of rounds (unlike vague 一批) → count of batches")
g.fact("两批扶持31家", "31家", value=31, unit="count", kind="count", classifier="家",
       metric="扶持企业",
       metric_alts=["科技创新券扶持企业", "落实科技创新券企业", "扶持企业数量", "企业"])
g.fact("科技创新券177.81万元", "177.81万元", value=1778100, unit="CNY", kind="amount",
       metric="科技创新券",
       metric_alts=["落实科技创新券", "科技创新券金额", "科技创新券资金"])
g.fact("全市116家高企", "116家", value=116, unit="count", kind="count", classifier="家",
       metric="通过评审高企",
       metric_alts=["通过评审的高企", "高企", "高新技术企业", "通过评审高新技术企业",
                    "通过评审的高新技术企业"])
g.fact("高企总数达到290家", "290家", value=290, unit="count", kind="count", classifier="家",
       metric="高企", metric_alts=["高企总数", "高新技术企业", "高新技术企业总数",
                                 "高新技术企业数量"],
       period=None, period_alts=[Y2023_AT, Y2023],
       note=NULL_ALT_2023 + " (stock: instant 2023-12-31, or the literal year)")
TECH_SME = ["科技型中小企业入库", "进入国家科技型中小企业库企业", "国家科技型中小企业库企业",
            "科技型中小企业", "入库企业"]
g.fact("，390家企业", "390家", value=390, unit="count", kind="count", classifier="家",
       metric="入库科技型中小企业", metric_alts=TECH_SME)
g.fact("省定337家目标任务", "337家", value=337, unit="count", kind="count", classifier="家",
       metric="入库科技型中小企业",
       metric_alts=TECH_SME + ["省定目标任务", "科技型中小企业入库目标", "省定入库目标"],
       modality="target",
       note="the province's target (省定…目标任务), surpassed by the 390 → modality target")

# paragraph lines 49+51 (cut at 扎实|推进): 2023年, then 全年 (= 2023)
g.neg("。2023年，我市培育", "2023年", PNOTE)
g.fact("培育建设了6家省级众创空间", "6家", value=6, unit="count", kind="count",
       classifier="家", metric="省级众创空间",
       metric_alts=["培育建设省级众创空间", "众创空间", "省级众创空间数量"], period=Y23)
g.neg("夺得第十二届", "第十二届", "edition label of the contest name (第十二届创新创业大赛)")
g.neg("山西赛区一、二、三等奖", "一、二、三等奖", "award grades (labels), not ranks")
g.fact("三等奖各2项", "2项", value=2, unit="count", kind="count", classifier="项",
       metric="创新创业大赛山西赛区一、二、三等奖",
       metric_alts=["一、二、三等奖", "第十二届创新创业大赛山西赛区一、二、三等奖",
                    "创新创业大赛山西赛区获奖", "获奖", "奖项"],
       period=Y23,
       note="各2项: two awards of each grade (six in all); one mention → one fact, value 2")
g.fact("凌燕机械2家市级中试基地", "2家", value=2, unit="count", kind="count", classifier="家",
       metric="市级中试基地",
       metric_alts=["新建市级中试基地", "中试基地", "市级中试基地数量", "市级中试基地增量"],
       period=Y23)
g.fact("对11项科技成果", "11项", value=11, unit="count", kind="count", classifier="项",
       metric="技术交易奖补科技成果",
       metric_alts=["奖补科技成果", "科技成果技术交易", "获得技术交易奖补的科技成果",
                    "科技成果"],
       period=Y23)
g.fact("技术交易奖补7.74万元", "7.74万元", value=77400, unit="CNY", kind="amount",
       metric="技术交易奖补",
       metric_alts=["奖补", "科技成果技术交易奖补", "技术交易奖补资金", "奖补资金"],
       period=Y23)
g.fact("技术合同交易769项", "769项", value=769, unit="count", kind="count", classifier="项",
       metric="技术合同交易",
       metric_alts=["完成技术合同交易", "技术合同交易数量", "技术合同交易项数", "技术合同"],
       period=Y2023, note="全年 under 2023年 (same paragraph) = 2023")
g.fact("成交额31.62亿元，同比增长3.27%。大力", "31.62亿元", value=3162000000, unit="CNY",
       kind="amount", metric="技术合同成交额", period=Y2023)
g.fact("成交额31.62亿元，同比增长3.27%。大力", "3.27%", value=3.27, unit="%", kind="growth",
       metric="技术合同成交额", period=Y2023, comparison="yoy")
g.fact("等3项省科技成果引导专项，促进先进成果的产业应用，不断", "3项", value=3, unit="count",
       kind="count", classifier="项", metric="省科技成果引导专项",
       metric_alts=["落实省科技成果引导专项", "科技成果引导专项", "省科技成果引导专项数量"],
       period=Y2023)

# ---- 亮点3 ---------------------------------------------------------------------------
g.neg("亮点3", "亮点3", "section list marker 亮点3")
g.neg("公布的第二批", "第二批", "batch label 第二批 (名单), not a count")
g.neg("“科技副总”名单中", "名单", "lexicalized 名单 'list'; 单 is not a quantity")
g.fact("我市3家企业获批", "3家", value=3, unit="count", kind="count", classifier="家",
       metric="获批“科技副总”企业",
       metric_alts=["获批企业", "获批科技副总企业", "第二批“科技副总”获批企业", "企业"],
       period=P("近日", None, REF),
       period_alts=[P("近日", None, None), P("近日", REF, REF)],
       note="近日 'recently' → end = reference date, start unknown (as 近年来 in 001)")
g.fact("已有5名国内高校专家", "5名", value=5, unit="count", kind="count", classifier="名",
       metric="省级“科技副总”",
       metric_alts=["省级科技副总", "科技副总", "国内高校专家",
                    "被选聘为省级“科技副总”的国内高校专家", "入驻企业的省级“科技副总”"],
       period=P("截至目前", REF, REF), period_alts=[P("截至目前", None, REF)],
       note="截至目前，已有: stock at the reference date")
g.neg("建立双向选才机制", "双向", "双向 'two-way' (mechanism name), not a quantity")

# paragraph lines 59+61 (cut at 项|目): no period until 一年来
g.neg("深入推进“两大基地”", "两大", "set label 两大基地 (cf. 八大)")
g.fact("新建35家高校", "35家", value=35, unit="count", kind="count", classifier="家",
       metric="高校科技成果转化基地",
       metric_alts=["新建高校科技成果转化基地", "高校科技成果转化基地数量",
                    "高校科技成果转化基地增量", "高校科技成果转化基地数量增量"],
       note="as in 000 (same sentence): 新建 N with 增量 alt; no period → null")
g.fact("、26家高校科研平台", "26家", value=26, unit="count", kind="count", classifier="家",
       metric="高校科研平台延伸基地",
       metric_alts=["新建高校科研平台延伸基地", "高校科研平台延伸基地数量",
                    "高校科研平台延伸基地增量", "高校科研平台延伸基地数量增量"])
g.neg("基地，两大基地总数", "两大", "set label 两大基地")
g.fact("总数达145家", "145家", value=145, unit="count", kind="count", classifier="家",
       metric="两大基地",
       metric_alts=["两大基地总数", "基地", "两大基地数量",
                    "高校科技成果转化基地和高校科研平台延伸基地"],
       note="stock (总数达) with no period in the paragraph → null; 两大 is part of the name")
g.neg("选派第三批", "第三批", "batch label 第三批, not a count")
g.fact("科技特派员54名", "54名", value=54, unit="count", kind="count", classifier="名",
       metric="企业科技特派员",
       metric_alts=["第三批企业科技特派员", "选派企业科技特派员", "企业科技特派员数量"])
g.neg("一年来，企业", "一年来", PNOTE)
YEAR = P("一年来", "2023-01-01", "2023-12-31")
YEAR_ALTS = [P("一年来", "2023-04-01", REF), P("一年来", None, REF)]
SP = dict(subject_alts=["企业科技特派员", "第三批企业科技特派员"], period=YEAR,
          period_alts=YEAR_ALTS)
g.fact("科技服务1000余次", "1000余次", value=1000, unit="count", kind="count", bound="gt",
       classifier="次", metric="科技服务",
       metric_alts=["开展科技服务", "线上线下多形式科技服务", "科技服务次数"],
       note="一年来 read as the full year before the reference year (2023, cf. SPEC 近三年); "
            "alts: the rolling year to the reference date, and null..ref; city subject with "
            "the commissioners as alt (as sector counts in 001); 余 → gt", **SP)
g.fact("各类项目41项", "41项", value=41, unit="count", kind="count", classifier="项",
       metric="合作开展项目",
       metric_alts=["合作开展各类项目", "合作项目", "项目"], **SP)
g.fact("其中12个项目", "12个", value=12, unit="count", kind="count", classifier="个",
       metric="国家、省重点项目",
       metric_alts=["被确定为国家、省重点项目的项目", "国家省重点项目", "重点项目"], **SP)
g.fact("共建7个省级", "7个", value=7, unit="count", kind="count", classifier="个",
       metric="省级创新平台",
       metric_alts=["联合共建省级创新平台", "共建省级创新平台"], **SP)
g.fact("申报专利7项", "7项", value=7, unit="count", kind="count", classifier="项",
       metric="申报专利", metric_alts=["专利", "专利申报"], **SP)
g.fact("转化科技成果6项", "6项", value=6, unit="count", kind="count", classifier="项",
       metric="转化科技成果", metric_alts=["科技成果转化", "科技成果"], **SP)
g.fact("行业标准5项", "5项", value=5, unit="count", kind="count", classifier="项",
       metric="制定行业标准", metric_alts=["行业标准"], **SP)
g.fact("技术方案59项", "59项", value=59, unit="count", kind="count", classifier="项",
       metric="解决企业技术难题和完成技术方案",
       metric_alts=["企业技术难题和技术方案", "解决企业技术难题和完成的技术方案",
                    "技术难题和技术方案"], **SP)

# paragraph lines 63+65 (cut at 科技人|才): 2023年
g.neg("“双联双引”", "双联双引", "slogan/work name 双联双引")
g.neg("潞城一中关村", "一", "stands for a dash (潞城—中关村信息谷 cooperation), not a numeral")
g.neg("协议。2023年，落实", "2023年", PNOTE)
BJ = dict(period=Y23)
g.fact("科技项目达47项", "47项", value=47, unit="count", kind="count", classifier="项",
       metric="与北京对口合作科技项目",
       metric_alts=["对口合作科技项目", "落实与北京对口合作科技项目", "京长对口合作科技项目",
                    "北京对口合作科技项目"], **BJ)
g.fact("投资额18.98亿元", "18.98亿元", value=1898000000, unit="CNY", kind="amount",
       metric="与北京对口合作科技项目投资额",
       metric_alts=["投资额", "对口合作科技项目投资额", "与北京对口合作科技项目投资",
                    "北京对口合作科技项目投资额"], **BJ)
g.fact("选拔10名专家", "10名", value=10, unit="count", kind="count", classifier="名",
       metric="北京高校、科研院所专家",
       metric_alts=["专家", "选拔专家", "北京专家", "企业科技特派员",
                    "北京专家企业科技特派员"],
       note="2023年 still governs across the blank line (科技人|才)", **BJ)
g.fact("科技成果64项", "64项", value=64, unit="count", kind="count", classifier="项",
       metric="从北京引进科技成果",
       metric_alts=["引进科技成果", "北京引进科技成果", "科技成果"], **BJ)
g.fact("成交额超1亿元", "1亿元", value=100000000, unit="CNY", kind="amount", bound="gt",
       metric="引进科技成果技术合同成交额",
       metric_alts=["技术合同成交额", "从北京引进科技成果技术合同成交额",
                    "北京引进科技成果技术合同成交额"],
       note="超 → gt, outside the span; refers to the 64 results from Beijing, not the "
            "city-wide 31.62亿元", **BJ)

# paragraph line 67: no period → null
g.fact("选派75名专家", "75名", value=75, unit="count", kind="count", classifier="名",
       metric="“三区”人才支持计划科技人员专项计划专家",
       metric_alts=["三区人才支持计划科技人员专项计划专家", "选派专家", "专家",
                    "参加山西省“三区”人才支持计划科技人员专项计划专家"])
g.neg("山西省“三区”", "三区", "programme label “三区” (边远贫困地区、边疆民族地区和革命老区)")
g.neg("开展三区科技", "三区", "programme label 三区")
g.fact("新选派90名特派员", "90名", value=90, unit="count", kind="count", classifier="名",
       metric="特派员",
       metric_alts=["新选派特派员", "科技特派员", "新选派科技特派员", "特派员增量",
                    "科技特派员增量"])
g.neg("认定第五批", "第五批", "batch label 第五批, not a count")
g.fact("示范基地33家", "33家", value=33, unit="count", kind="count", classifier="家",
       metric="科技特派员创新创业示范基地",
       metric_alts=["第五批科技特派员创新创业示范基地", "认定科技特派员创新创业示范基地",
                    "科技特派员创新创业示范基地数量"])

# ---- commentary 以新质生产力推动长治高质量发展 and the 一图读懂 box: no facts -------------
g.neg("的一股新热潮", "一股", "quantifier 一股 (figurative)")
g.neg("代表新一轮", "一轮", "新一轮 'a new round', not a count")
g.neg("两个轮子", "两个", "metaphor 两个轮子一起转, not a measured count")
g.neg("轮子一起转", "一起", "adverb 一起 'together'")
g.neg("这个第一资源", "第一", "phrase 第一资源 'primary resource', not a rank")
g.neg("一图读懂", "一图", "box label 一图读懂")

g.write(date=REF, source="长治日报", title="科技攻“尖” 产业向“新”", notes=NOTES)
