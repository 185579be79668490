"""Gold annotations for cm_qiandongnan_2016 (黔东南苗族侗族自治州2016年国民经济和社会发展统计公报),
lines 184-195 of shared/texts/communique/cm_qiandongnan_2016.txt.

The excerpt corpora/cm_qiandongnan_2016.txt is sliced by code from the source bytes (whole
lines, newline kept), never retyped: the last paragraph of 八、金融 (insurance), 九、教育和科技,
十、文化、卫生和体育 and the first two paragraphs of 十一、人口和人民生活 (2,029 characters).
Tables are avoided on purpose: their cells are bare numbers whose unit and scale sit in a
header (绝对额（万元）), which a span cannot carry.

Values are computed from the span's own number, scale and unit (q()), so the only
hand-written numbers are signs; offsets come from unique context strings.

    python corpora/annotations/cm_qiandongnan_2016.py
"""
import functools
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from annotate import CORPORA, P, TEXTS, Gold, quantity_fact  # noqa: E402

DOC_ID = "cm_qiandongnan_2016"
SRC = (TEXTS / "communique") / f"{DOC_ID}.txt"
FIRST, LAST = 184, 195                      # 1-based, inclusive, whole lines


def write_excerpt(folder: pathlib.Path = CORPORA) -> str:
    raw = SRC.read_bytes()
    lines = raw.split(b"\n")
    part = b"\n".join(lines[FIRST - 1:LAST]) + b"\n"
    assert raw.find(part) == sum(len(l) + 1 for l in lines[:FIRST - 1])
    (folder / f"{DOC_ID}.txt").write_bytes(part)
    return part.decode("utf-8")


class ExcerptGold(Gold):
    """Gold whose title lies outside the excerpt (the title block is lines 1-2 of the
    source): the same write() without the title-in-text assertion."""

    def write(self, *, date, source, title, notes):
        meta = {"doc_id": self.doc_id, "date": date, "place": self.place, "source": source,
                "title": title, "notes": notes}
        (CORPORA / f"{self.doc_id}.meta.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        self.lines.sort(key=lambda l: (l["provenance"]["start"], l["provenance"]["end"]))
        for a, b in zip(self.lines, self.lines[1:]):
            assert a["provenance"]["end"] <= b["provenance"]["start"], (a, b)
        with open(CORPORA / f"{self.doc_id}.gold.jsonl", "w", encoding="utf-8") as out:
            for line in self.lines:
                p = line["provenance"]
                assert self.text[p["start"]:p["end"]] == p["text"]
                out.write(json.dumps(line, ensure_ascii=False) + "\n")


write_excerpt()
PLACE = "黔东南苗族侗族自治州"          # full name in czfacts/data/places.toml
SUBJ_ALTS = ["贵州省黔东南苗族侗族自治州", "黔东南州", "黔东南"]
g = ExcerptGold(DOC_ID, place=PLACE)

# periods of a 2016 communiqué (issued 2017-03-16) -------------------------------------
FY = P("全年", "2016-01-01", "2016-12-31")
FY_NULL = P("全年", None, None)
YE = P("年末", "2016-12-31", "2016-12-31")
Y2016 = P("2016年", "2016-01-01", "2016-12-31")
DOCFLOW = dict(period=FY, period_alts=[FY_NULL])            # no period in the line: flow
DOCSTOCK = dict(period=YE, period_alts=[FY, FY_NULL])       # no period in the line: stock
DOCLEVEL = dict(period=FY, period_alts=[FY_NULL, YE])       # rate of the year / stock reading
FLOW = dict(period=FY)                                      # explicit 全年
STOCK_FY = dict(period=YE, period_alts=[FY])                # stock under an explicit 全年
STOCK_YE = dict(period=YE)                                  # explicit 年末
CHANGE_YE = dict(period=YE, period_alts=[FY])               # change of a 年末 stock

DOCFLOW_NOTE = ("no period in the paragraph: the communiqué's year 2016 governs (SPEC §4); "
                "the null reading in period_alts")
DOCSTOCK_NOTE = ("stock with no period in the paragraph: instant at the end of the "
                 "communiqué's year (2016-12-31); the year and null in period_alts")
STOCK_FY_NOTE = ("stock under the paragraph's 全年: instant at its end (2016-12-31); the literal "
                 "inheritance (the year) in period_alts")
CHANGE_YE_NOTE = ("change of a 年末 stock against 上年末: the instant 2016-12-31; the year over "
                  "which it changed in period_alts")

# surface unit (after the scale) → (canonical unit, factor, classifier)
SURFACE = {
    "元": ("CNY", "1", None), "%": ("%", "1", None), "‰": ("%", "0.1", None),
    "个百分点": ("pp", "1", None),
}
CLASSIFIERS = set("个所人项家份名件册期户卷张枚")
QTY = re.compile(r"(\d+(?:\.\d+)?)([万亿]?)(.*)")


q = functools.partial(quantity_fact, g, surfaces=SURFACE, classifiers=CLASSIFIERS, subject=PLACE,
                      subject_alts=SUBJ_ALTS, pattern=QTY)


def rank(ctx, target, value, metric, **kw):
    g.fact(ctx, target, value=value, unit="rank", kind="rank", metric=metric, subject=PLACE,
           subject_alts=SUBJ_ALTS, scope="全省", **kw)


SECTION_NOTE = "section number of the communiqué, a list marker"

# ---- line 184 (end of 八、金融): insurance -------------------------------------------
INS = ["各类保险公司", "黔东南州各类保险公司"]
q("保费收入22.47亿元", "22.47亿元", "amount", "保费收入",
  metric_alts=["全部保费收入", "保险保费收入", "保险公司保费收入"],
  subject_alts=SUBJ_ALTS + INS, **FLOW,
  note="prefecture aggregate over all insurers (全州各类保险公司): the prefecture is the "
       "subject, the insurers an alt")
q("保费收入22.47亿元，比上年增长31.1%", "31.1%", "growth", "保费收入",
  metric_alts=["全部保费收入", "保险保费收入", "保险公司保费收入"],
  subject_alts=SUBJ_ALTS + INS, **FLOW)
q("赔付支出5.80亿元", "5.80亿元", "amount", "赔付支出",
  metric_alts=["各类赔付支出", "保险赔付支出"], subject_alts=SUBJ_ALTS + INS, **FLOW)
q("赔付支出5.80亿元，比上年增长39.5%", "39.5%", "growth", "赔付支出",
  metric_alts=["各类赔付支出", "保险赔付支出"], subject_alts=SUBJ_ALTS + INS, **FLOW)

# ---- line 185-186: 九、教育和科技 ------------------------------------------------------
g.neg("九、教育和科技", "九、", SECTION_NOTE)
q("高等教育学校3所", "3所", "count", "高等教育学校",
  metric_alts=["高等教育学校数量", "高等学校", "高校"], **DOCSTOCK, note=DOCSTOCK_NOTE)
q("本科院校1所", "1所", "count", "本科院校", metric_alts=["本科院校数量"], **DOCSTOCK,
  note="a count (本科院校 1 所 next to 高等专科学校 2 所), not an article; " + DOCSTOCK_NOTE)


def school(ctx_prefix, school_name, intake, ctx_enrol, enrolled, ctx_grad, grads, alias=()):
    """招生 / 在校学生 / 毕业生 of one school type: the elided head restored (README §3)."""
    q(f"{ctx_prefix}招生{intake}", intake, "count", f"{school_name}招生",
      metric_alts=["招生", "招生人数", f"{school_name}招生人数", f"{school_name}招生数"]
      + [f"{a}招生" for a in alias],
      **DOCFLOW, note="招生 of the year (flow), head restored from the list; " + DOCFLOW_NOTE)
    q(f"{ctx_enrol}在校学生{enrolled}", enrolled, "count", f"{school_name}在校学生",
      metric_alts=["在校学生", "在校学生数", "在校生", f"{school_name}在校学生数",
                   f"{school_name}在校生"] + [f"{a}在校学生" for a in alias],
      **DOCSTOCK, note="students enrolled: a stock; " + DOCSTOCK_NOTE)
    q(f"{ctx_grad}毕业生{grads}", grads, "count", f"{school_name}毕业生",
      metric_alts=["毕业生", "毕业生数", "毕业生人数", f"{school_name}毕业生数",
                   f"{school_name}毕业生人数"] + [f"{a}毕业生" for a in alias],
      **DOCFLOW, note="graduates of the year (flow); " + DOCFLOW_NOTE)


school("1所，", "本科院校", "3186人", "3186人，", "10210人", "10210人，", "2202人",
       alias=["本科"])
q("高等专科学校2所", "2所", "count", "高等专科学校", metric_alts=["高等专科学校数量"],
  **DOCSTOCK, note=DOCSTOCK_NOTE)
school("2所，", "高等专科学校", "7134人", "7134人，", "21067人", "21067人，", "4813人",
       alias=["高专", "专科"])
q("中等职业技术学校29所", "29所", "count", "中等职业技术学校",
  metric_alts=["中等职业技术学校数量", "中职学校"], **DOCSTOCK, note=DOCSTOCK_NOTE)
school("29所，", "中等职业技术学校", "20116人", "20116人，", "58333人", "58333人，",
       "18939人", alias=["中职", "中职学校", "中等职业学校"])
q("普通高中46所", "46所", "count", "普通高中", metric_alts=["普通高中数量"], **DOCSTOCK,
  note=DOCSTOCK_NOTE)
school("46所，", "普通高中", "34952人", "34952人，", "103181人", "103181人，", "30406人")
q("普通初中175所", "175所", "count", "普通初中", metric_alts=["普通初中数量"], **DOCSTOCK,
  note=DOCSTOCK_NOTE)
school("175所，", "普通初中", "58061人", "58061人，", "182169人", "182169人，", "66578人")
q("普通小学786所", "786所", "count", "普通小学", metric_alts=["普通小学数量"], **DOCSTOCK,
  note=DOCSTOCK_NOTE)
q("教学点787个", "787个", "count", "教学点", metric_alts=["教学点数量", "小学教学点"],
  **DOCSTOCK, note=DOCSTOCK_NOTE)
school("787个，", "普通小学", "63787人", "63787人，", "347835人", "347835人，", "57946人",
       alias=["小学"])
q("入学率97.94%", "97.94%", "share", "小学适龄儿童入学率",
  metric_alts=["适龄儿童入学率", "小学入学率", "入学率"], **DOCLEVEL,
  note="enrolment rate of the school year (a rate of a population → share); document year, "
       "null and the year-end stock reading in period_alts")
q("幼儿园1219所", "1219所", "count", "幼儿园", metric_alts=["幼儿园数量"], **DOCSTOCK,
  note=DOCSTOCK_NOTE)
q("民办644所", "644所", "count", "民办幼儿园",
  metric_alts=["民办幼儿园数量", "民办"], **DOCSTOCK,
  note="其中民办 inside the brackets after 幼儿园: head 幼儿园 restored; " + DOCSTOCK_NOTE)
q("幼儿园班数5446个", "5446个", "count", "幼儿园班数", metric_alts=["幼儿园班级"],
  **DOCSTOCK, note=DOCSTOCK_NOTE)
q("在园幼儿154853人", "154853人", "count", "在园幼儿",
  metric_alts=["在园幼儿数", "在园幼儿人数"], **DOCSTOCK, note=DOCSTOCK_NOTE)
q("本科学生人数为16724人", "16724人", "count", "普通高考录取本科学生人数",
  metric_alts=["录取本科学生人数", "普通高考录取本科学生", "高考录取本科学生人数",
               "本科录取人数"], **DOCFLOW, note=DOCFLOW_NOTE)
q("专科学生人数为13445人", "13445人", "count", "录取专科学生人数",
  metric_alts=["普通高考录取专科学生人数", "普通高考录取专科学生", "高考录取专科学生人数",
               "专科录取人数"], **DOCFLOW,
  note="普通高考 carried over from the first item (primary metric as written); "
       + DOCFLOW_NOTE)
g.neg("中职单报高职", "单报", "单报 'apply only (to 高职)', part of the admission route's "
      "name; 单 is not a number")
q("录取专科学生人数为1068人", "1068人", "count", "中职单报高职录取专科学生人数",
  metric_alts=["中职单报高职录取专科学生", "中职单报高职录取人数", "录取专科学生人数"],
  **DOCFLOW, note=DOCFLOW_NOTE)
q("免杂费覆盖率已达100%", "100%", "share", "义务教育阶段学校免杂费覆盖率",
  metric_alts=["免杂费覆盖率", "义务教育免杂费覆盖率"], **DOCSTOCK,
  note="coverage reached (已达): share of a stock; " + DOCSTOCK_NOTE)
q("免除教科书覆盖率达到89.83%", "89.83%", "share", "免除教科书覆盖率",
  metric_alts=["义务教育阶段学校免除教科书覆盖率", "免教科书覆盖率"], **DOCSTOCK,
  note="达到: share of a stock; " + DOCSTOCK_NOTE)
g.neg("学前三年毛入园率", "三年", "part of the indicator name 学前三年毛入园率 (the three "
      "pre-school years), not a duration fact")
RATE_NOTE = ("分别 list: one share per value, in order; rates of the school year → "
             "document year, null and the year-end stock reading in period_alts")
for ctx, tgt, metric, alts in [
        ("分别为89.41%", "89.41%", "学前三年毛入园率", ["毛入园率", "学前教育毛入园率"]),
        ("、93.46%", "93.46%", "义务教育巩固率", ["九年义务教育巩固率", "巩固率"]),
        ("、87.30%", "87.30%", "高中阶段毛入学率", ["高中阶段教育毛入学率"]),
        ("、35.94%", "35.94%", "高等教育毛入学率", ["毛入学率"])]:
    q(ctx, tgt, "share", metric, metric_alts=alts, **DOCLEVEL, note=RATE_NOTE)

# ---- line 187: 科技和知识产权 --------------------------------------------------------------
q("产值突破100亿元", "100亿元", "amount", "高新技术产业产值", bound="gt", **DOCFLOW,
  note="突破 → gt (outside the span); " + DOCFLOW_NOTE)
q("同比增长28.2%", "28.2%", "growth", "高新技术产业产值", bound="ge", **DOCFLOW,
  note="28.2%以上 → ge; 同比 → yoy; " + DOCFLOW_NOTE)
q("水平指数达到40.9%", "40.9%", "share", "州级综合科技进步水平指数",
  metric_alts=["综合科技进步水平指数", "综合科技进步水平", "州级综合科技进步水平"],
  **DOCLEVEL,
  note="a composite attainment index written in % (a level, not a change) → share; the "
       "year's assessment, null and the year-end reading in period_alts")
q("比上年增长10.52个百分点", "10.52个百分点", "change", "州级综合科技进步水平指数",
  metric_alts=["综合科技进步水平指数", "综合科技进步水平", "州级综合科技进步水平"],
  **DOCLEVEL, note="pp change of the index against the previous year (written 增长)")
q("16个县综合科技", "16个", "count",
  "综合科技进步水平指数超过同步小康考核标准的县",
  metric_alts=["县", "县数", "综合科技进步水平指数达标的县",
               "综合科技进步水平指数均超过同步小康考核标准的县"],
  **DOCLEVEL,
  note="the condition (index above the 同步小康 standard) defines the counted set → in the "
       "metric; all 16 counties of the prefecture (均)")
q("立项125项", "125项", "count", "国家和省科技和知识产权计划项目立项",
  metric_alts=["科技和知识产权计划项目立项", "国家和省科技和知识产权计划项目",
               "科技和知识产权计划项目", "立项项目"],
  **DOCFLOW, note=DOCFLOW_NOTE)
q("立项资金5533万元", "5533万元", "amount", "立项资金",
  metric_alts=["获立项资金", "科技和知识产权计划项目立项资金", "项目立项资金"],
  **DOCFLOW, note=DOCFLOW_NOTE)
q("科技创新创业平台26个", "26个", "count", "科技创新创业平台",
  metric_alts=["新增科技创新创业平台", "科技创新创业平台数量", "科技创新创业平台增量",
               "科技创新创业平台数量增量"],
  **DOCFLOW, note="新增 N: count of the new platforms, 增量 alts (README §3); "
                  + DOCFLOW_NOTE)
q("4家单位入选", "4家", "count", "入选国家首批“星创天地”单位",
  metric_alts=["入选国家首批星创天地单位", "入选“星创天地”单位", "星创天地", "“星创天地”",
               "单位", "入选单位", "入选数量"],
  **DOCFLOW, note="the selection (入选国家首批“星创天地”) defines the counted set → metric; "
                  + DOCFLOW_NOTE)
g.neg("国家首批“星创天地”", "首批", "designation 首批 (first batch), not a rank")
rank("入选数量全省第一", "第一", 1, "入选数量",
     metric_alts=["“星创天地”入选数量", "星创天地入选数量", "入选国家首批“星创天地”数量"],
     **DOCFLOW, note="rank 1 in the province (scope 全省) by number selected; " + DOCFLOW_NOTE)
q("省级农业科技园区6个", "6个", "count", "省级农业科技园区",
  metric_alts=["新立项省级农业科技园区", "省级农业科技园区立项", "省级农业科技园区数量"],
  **DOCFLOW, note=DOCFLOW_NOTE)
rank("立项数全省第一", "第一", 1, "立项数",
     metric_alts=["省级农业科技园区立项数", "农业科技园区立项数"],
     **DOCFLOW, note="rank 1 in the province; " + DOCFLOW_NOTE)
q("国家高新技术企业6家", "6家", "count", "国家高新技术企业",
  metric_alts=["新增国家高新技术企业", "国家高新技术企业数量", "国家高新技术企业增量",
               "国家高新技术企业数量增量", "高新技术企业"],
  **DOCFLOW, note="新增 N: count of the new firms, 增量 alts; " + DOCFLOW_NOTE)
q("省级备案科技型企业457家", "457家", "count", "省级备案科技型企业",
  metric_alts=["新增省级备案科技型企业", "省级备案科技型企业数量", "省级备案科技型企业增量",
               "科技型企业"],
  **DOCFLOW, note="read as a second object of 新增 (the year's additions), with 增量 alts; "
                  + DOCFLOW_NOTE)
q("其中29家企业", "29家", "count", "遴选进入省级科技型企业成长梯队培育计划的企业",
  metric_alts=["进入省级科技型企业成长梯队培育计划的企业", "省级科技型企业成长梯队培育计划企业",
               "企业", "遴选进入省级科技型企业成长梯队培育计划企业"],
  **DOCFLOW, note="the predicate (遴选进入…培育计划) defines the counted set → metric; "
                  + DOCFLOW_NOTE)
q("技术合同登记73份", "73份", "count", "技术合同登记",
  metric_alts=["技术合同", "登记技术合同", "技术合同登记数", "完成技术合同登记"],
  **DOCFLOW, note=DOCFLOW_NOTE)
q("登记交易额6938万元", "6938万元", "amount", "技术合同登记交易额",
  metric_alts=["登记交易额", "技术合同交易额", "技术合同成交额"],
  **DOCFLOW, note="head 技术合同 carried over; " + DOCFLOW_NOTE)
q("37家企业获得", "37家", "count", "获得科技创新卷企业",
  metric_alts=["企业", "获得科技创新券企业", "获得科技创新卷的企业", "获得科技创新券的企业"],
  **DOCFLOW, note="the predicate (获得…科技创新卷) defines the counted set; 卷 as written "
                  "(for 券); " + DOCFLOW_NOTE)
q("卷值额度567万元", "567万元", "amount", "科技创新卷卷值额度",
  metric_alts=["卷值额度", "科技创新券额度", "科技创新卷额度", "科技创新券券值额度",
               "科技创新卷"],
  **DOCFLOW, note="value of the innovation vouchers granted to the 37 firms (卷 = 券); "
                  + DOCFLOW_NOTE)
g.neg("选聘第二批州级", "第二批", "batch label 第二批 (second batch), not a rank or count")
q("个人科技特派员117名", "117名", "count", "州级个人科技特派员",
  metric_alts=["个人科技特派员", "选聘州级个人科技特派员", "科技特派员",
               "州级个人科技特派员人数"],
  **DOCFLOW, note=DOCFLOW_NOTE)
q("法人科技特派员10个", "10个", "count", "法人科技特派员",
  metric_alts=["州级法人科技特派员", "法人科技特派员数量"],
  **DOCFLOW, note=DOCFLOW_NOTE)
q("3项科技创新成果", "3项", "count", "获得省政府科技进步奖表彰的科技创新成果",
  metric_alts=["科技创新成果", "获省政府科技进步奖的科技创新成果", "获得省政府科技进步奖表彰",
               "省政府科技进步奖"],
  **DOCFLOW, note="the award defines the counted set → metric; " + DOCFLOW_NOTE)
g.neg("为贵州省唯一获批", "唯一", "'the only one (approved)': a first/only-of-kind claim, not "
      "a measured count or rank")
q("专利申请2641件", "2641件", "count", "专利申请",
  metric_alts=["专利申请量", "完成专利申请", "专利申请数", "专利申请总量"],
  **DOCFLOW, note=DOCFLOW_NOTE)
q("发明专利1058件", "1058件", "count", "发明专利申请",
  metric_alts=["发明专利", "发明专利申请量"],
  **DOCFLOW, note="其中 of 专利申请: head 申请 restored; " + DOCFLOW_NOTE)
q("专利授权655件", "655件", "count", "专利授权",
  metric_alts=["专利授权量", "专利授权数"], **DOCFLOW, note=DOCFLOW_NOTE)
rank("位居全省第三", "第三", 3, "专利申请总量",
     metric_alts=["专利申请量", "专利申请"], **DOCFLOW,
     note="位居全省第三 → rank 3, scope 全省; " + DOCFLOW_NOTE)
q("专利执法案件376件", "376件", "count", "专利执法案件",
  metric_alts=["办理专利执法案件", "专利执法案件数"], **DOCFLOW, note=DOCFLOW_NOTE)
rank("排名全省第二", "第二", 2, "办理数",
     metric_alts=["专利执法案件办理数", "办理专利执法案件数", "专利执法案件"], **DOCFLOW,
     note="rank 2 in the province; " + DOCFLOW_NOTE)

# ---- lines 188-189: 十、文化 ------------------------------------------------------------
g.neg("十、文化", "十、", SECTION_NOTE)
for ctx, tgt, noun in [("文化馆17个", "17个", "文化馆"), ("公共图书馆17个", "17个", "公共图书馆"),
                       ("博物馆27个", "27个", "博物馆"), ("陈列馆4个", "4个", "陈列馆"),
                       ("纪念馆4个", "4个", "纪念馆"), ("表演团体23个", "23个", "表演团体")]:
    q(ctx, tgt, "count", noun, metric_alts=[f"{noun}数量"], **DOCSTOCK,
      note="共有: number of institutions, a stock; 全年 comes later in the paragraph; "
           + DOCSTOCK_NOTE)
q("出版杂志1.79万册", "1.79万册", "count", "出版杂志",
  metric_alts=["杂志出版", "杂志", "杂志出版量", "出版杂志册数"], **FLOW)
JOURNAL = "凯里学院学报"
q("学报》出版7期", "7期", "count", "出版期数",
  metric_alts=["出版", "期数", "《凯里学院学报》出版", "凯里学院学报出版"],
  subject=JOURNAL, subject_alts=["《凯里学院学报》", "凯里学院"] + [PLACE] + SUBJ_ALTS,
  **FLOW, note="the journal owns the number (README §4: the text says so)")
q("发行7000册", "7000册", "count", "发行",
  metric_alts=["发行量", "发行册数", "《凯里学院学报》发行", "凯里学院学报发行"],
  subject=JOURNAL, subject_alts=["《凯里学院学报》", "凯里学院"] + [PLACE] + SUBJ_ALTS,
  **FLOW)
JOURNAL2 = "原生态民族文化学刊"
q("学刊》4期", "4期", "count", "出版期数",
  metric_alts=["出版", "期数", "原生态民族文化学刊出版"],
  subject=JOURNAL2, subject_alts=["《原生态民族文化学刊》", "原生态民族文化学刊》"]
  + [PLACE] + SUBJ_ALTS, **FLOW,
  note="出版 elided (…学刊》4期), restored from the parallel item; the journal owns the number "
       "(its opening 《 is missing in the source)")
q("发行2800册", "2800册", "count", "发行",
  metric_alts=["发行量", "发行册数", "原生态民族文化学刊发行"],
  subject=JOURNAL2, subject_alts=["《原生态民族文化学刊》", "原生态民族文化学刊》"]
  + [PLACE] + SUBJ_ALTS, **FLOW)
q("等14家内部编印单位", "14家", "count", "内部编印单位",
  metric_alts=["内部编印单位数量", "编印单位"], **FLOW)
q("内部赠阅发行8100份", "8100份", "count", "内部赠阅发行连续性内部资料",
  metric_alts=["内部赠阅发行", "连续性内部资料", "连续性内部资料发行",
               "内部赠阅发行连续性内部资料份数"],
  subject_alts=SUBJ_ALTS + ["内部编印单位"], **FLOW,
  note="span without the bracketed alternative classifier （册）; the 14 units are a set "
       "of the prefecture, so the prefecture stays the subject")
q("编辑出版314期", "314期", "count", "编辑出版期数",
  metric_alts=["编辑出版", "出版", "出版期数", "《黔东南日报》编辑出版"],
  subject="黔东南日报", subject_alts=["《黔东南日报》"] + [PLACE] + SUBJ_ALTS, **FLOW,
  note="the newspaper owns the number; 全年 of the paragraph governs")
q("出版报纸1191.32万份", "1191.32万份", "count", "出版报纸",
  metric_alts=["报纸出版", "报纸", "报纸出版量", "出版报纸份数"], **FLOW,
  note="全年共出版: prefecture total (共), not only 《黔东南日报》")
for ctx, tgt, noun, alts in [
        ("国家综合档案馆17个", "17个", "国家综合档案馆", ["国家综合档案馆数量", "综合档案馆"]),
        ("馆藏全宗2377个", "2377个", "馆藏全宗", ["全宗", "馆藏全宗数"]),
        ("馆藏档案卷数1095527卷", "1095527卷", "馆藏档案卷数", ["馆藏档案", "档案卷数"]),
        ("，档案件数2020998件", "2020998件", "档案件数", ["馆藏档案件数", "档案"]),
        ("开放档案全宗1571个", "1571个", "开放档案全宗", ["开放全宗"]),
        ("开放馆藏档案卷数483127卷", "483127卷", "开放馆藏档案卷数",
         ["开放档案卷数", "开放馆藏档案"]),
        ("开放档案件数313265件", "313265件", "开放档案件数", ["开放档案"])]:
    q(ctx, tgt, "count", noun, metric_alts=alts, **STOCK_FY, note=STOCK_FY_NOTE)

# ---- line 190: radio and television ---------------------------------------------------
q("电视转播发射台17个", "17个", "count", "电视转播发射台",
  metric_alts=["电视转播发射台数量"], **DOCSTOCK, note=DOCSTOCK_NOTE)
q("直播卫星用户68万户", "68万户", "count", "广播电视农村直播卫星用户",
  metric_alts=["农村直播卫星用户", "直播卫星用户", "广播电视农村直播卫星用户数"],
  **DOCSTOCK, note=DOCSTOCK_NOTE)
q("电视综合覆盖率96.53%", "96.53%", "share", "电视综合覆盖率",
  metric_alts=["电视覆盖率", "电视人口综合覆盖率"], **DOCSTOCK,
  note="coverage = share of a stock; " + DOCSTOCK_NOTE)
q("广播综合覆盖率87.47%", "87.47%", "share", "广播综合覆盖率",
  metric_alts=["广播覆盖率", "广播人口综合覆盖率"], **DOCSTOCK,
  note="coverage = share of a stock; " + DOCSTOCK_NOTE)
q("有线数字电视用户达到35万户", "35万户", "count", "有线数字电视用户",
  metric_alts=["有线数字电视用户数"], **DOCSTOCK, note=DOCSTOCK_NOTE)

# ---- line 191: health ---------------------------------------------------------------
for ctx, tgt, noun, alts in [
        ("卫生机构3845个", "3845个", "卫生机构", ["卫生机构数量", "拥有卫生机构"]),
        ("医院116个", "116个", "医院", ["医院数量"]),
        ("社区卫生服务中心）212个", "212个", "乡镇卫生院（含社区卫生服务中心）",
         ["乡镇卫生院", "乡镇卫生院数量", "乡镇卫生院(含社区卫生服务中心)"]),
        ("站）17个", "17个", "妇幼保健院（所、站）",
         ["妇幼保健院", "妇幼保健院(所、站)", "妇幼保健院数量", "妇幼保健机构"]),
        ("疾病预防控制中心17个", "17个", "疾病预防控制中心", ["疾病预防控制中心数量"]),
        ("卫生监督所17所", "17所", "卫生监督所", ["卫生监督所数量"]),
        ("医学科学研究机构1个", "1个", "医学科学研究机构", ["医学科学研究机构数量"]),
        ("医务室）318个", "318个", "诊所（卫生所、医务室）",
         ["诊所", "诊所(卫生所、医务室)", "诊所数量"]),
        ("村卫生室3128个", "3128个", "村卫生室", ["村卫生室数量"]),
        ("采供血机构3个", "3个", "采供血机构", ["采供血机构数量"]),
        ("其他卫生机构9个", "9个", "其他卫生机构", ["其他卫生机构数量"]),
        ("医院病床23008张", "23008张", "医院病床", ["病床", "实有医院病床", "医院病床数",
                                               "医院床位"]),
        ("卫生技术人员22561人", "22561人", "卫生技术人员", ["卫生技术人员数量"]),
        ("执业医师5164人", "5164人", "执业医师", ["执业医师数量"]),
        ("执业助理医师7238人", "7238人", "执业助理医师", ["执业助理医师数量"]),
        ("注册护士8808人", "8808人", "注册护士", ["注册护士数量", "护士"]),
        ("（士）855人", "855人", "药师（士）", ["药师", "药师(士)", "药师数量"]),
        ("检验师920人", "920人", "检验师", ["检验师数量"])]:
    q(ctx, tgt, "count", noun, metric_alts=alts, **DOCSTOCK, note=DOCSTOCK_NOTE)

# ---- line 192: sport ----------------------------------------------------------------
g.neg("二级以上运动员", "二级", "athlete grade threshold (二级以上) defining the counted set: "
      "part of the metric of 640人 (SPEC §2), not a fact")
q("运动员增至640人", "640人", "count", "二级以上运动员",
  metric_alts=["运动员", "二级以上运动员人数", "二级以上运动员数量"], **DOCSTOCK,
  note="增至 'rose to': the level reached, not the increment; " + DOCSTOCK_NOTE)
for ctx, tgt, noun in [("金牌26枚", "26枚", "金牌"), ("银牌36枚", "36枚", "银牌"),
                       ("铜牌28枚", "28枚", "铜牌")]:
    q(ctx, tgt, "count", noun, metric_alts=[f"{noun}数", f"获得{noun}", f"{noun}数量"],
      **DOCFLOW, note="medals won at the year's provincial-and-above championships; "
                      + DOCFLOW_NOTE)
q("电脑体育彩票网点70个", "70个", "count", "电脑体育彩票网点",
  metric_alts=["新增电脑体育彩票网点", "体育彩票网点", "电脑体育彩票网点数量",
               "电脑体育彩票网点增量", "电脑体育彩票网点数量增量"],
  **FLOW, note="新增 N: count of new outlets, 增量 alts")
q("销售额2.71亿元", "2.71亿元", "amount", "电脑体育彩票销售额",
  metric_alts=["销售额", "体育彩票销售额", "体彩销售额"], **FLOW,
  note="head 电脑体育彩票 carried over")

# ---- lines 193-195: 十一、人口和人民生活 --------------------------------------------------
g.neg("十一、人口", "十一、", SECTION_NOTE)
q("常住人口350.74万人", "350.74万人", "count", "常住人口",
  metric_alts=["年末常住人口"], **STOCK_YE)
q("比上年末增长0.63%", "0.63%", "growth", "常住人口",
  metric_alts=["年末常住人口"], **CHANGE_YE, note=CHANGE_YE_NOTE)
q("户籍人口477.43万人", "477.43万人", "count", "户籍人口",
  metric_alts=["年末户籍人口"], **STOCK_YE)
q("比上年末增加3.88万人", "3.88万人", "count", "户籍人口增量",
  metric_alts=["户籍人口", "年末户籍人口增量", "户籍人口增加"], **CHANGE_YE,
  note="absolute change of a level (SPEC §2): metric + 增量, signed (增加 → +); "
       + CHANGE_YE_NOTE)
q("城镇人口128.49万人", "128.49万人", "count", "城镇人口",
  metric_alts=["户籍城镇人口", "城镇户籍人口"], **STOCK_YE,
  note="part of the registered population (其中)")
q("比重为26.91%", "26.91%", "share", "城镇人口占总户籍人口比重",
  metric_alts=["城镇人口占总户籍人口的比重", "城镇人口比重", "户籍人口城镇化率",
               "城镇人口占比"], **STOCK_YE, note="share of a 年末 stock")
q("比上年末提高0.89个百分点", "0.89个百分点", "change", "城镇人口占总户籍人口比重",
  metric_alts=["城镇人口比重", "户籍人口城镇化率", "城镇人口占比"], **CHANGE_YE,
  note=CHANGE_YE_NOTE)
PERMILLE = ("‰ canonicalised to % (×0.1); a rate of the population → share; 全年 governs "
            "(the 年末 earlier in the line is replaced)")
q("出生率为13‰", "13‰", "share", "人口出生率", metric_alts=["出生率"], **FLOW, note=PERMILLE)
q("死亡率为7.64‰", "7.64‰", "share", "死亡率", metric_alts=["人口死亡率"], **FLOW,
  note=PERMILLE + "; head 人口 carried over in the alt")
q("自然增长率为5.36‰", "5.36‰", "share", "人口自然增长率", metric_alts=["自然增长率"],
  **FLOW, note=PERMILLE)
g.neg("2016年，全州城镇", "2016年", "period expression (the year of the paragraph's facts), "
      "not a fact")
for ctx, tgt, metric, alts in [
        ("可支配收入25282元", "25282元", "城镇居民人均可支配收入", ["城镇常住居民人均可支配收入"]),
        ("25282元，比上年增长9.1%", "9.1%", "城镇居民人均可支配收入", ["城镇常住居民人均可支配收入"]),
        ("消费支出15183元", "15183元", "城市居民人均消费支出",
         ["城镇居民人均消费支出", "城市居民人均消费性支出"]),
        ("15183元，比上年增长6.5%", "6.5%", "城市居民人均消费支出",
         ["城镇居民人均消费支出", "城市居民人均消费性支出"]),
        ("可支配收入7584元", "7584元", "农民人均可支配收入",
         ["农村居民人均可支配收入", "农村常住居民人均可支配收入"]),
        ("7584元，比上年增长10.5%", "10.5%", "农民人均可支配收入",
         ["农村居民人均可支配收入", "农村常住居民人均可支配收入"]),
        ("消费支出6963元", "6963元", "农民人均生活消费支出",
         ["农村居民人均生活消费支出", "农民人均消费支出", "农村居民人均消费支出"]),
        ("6963元，比上年增长8.3%", "8.3%", "农民人均生活消费支出",
         ["农村居民人均生活消费支出", "农民人均消费支出", "农村居民人均消费支出"])]:
    q(ctx, tgt, "growth" if tgt.endswith("%") else "amount", metric, metric_alts=alts,
      period=Y2016, note="growth at current prices (communiqué note 2)" if tgt.endswith("%")
      else None)

g.write(
    date="2017-03-16",
    source=f"shared/texts/communique/{DOC_ID}.txt lines {FIRST}–{LAST}",
    title="黔东南苗族侗族自治州2016年国民经济和社会发展统计公报",
    notes=(
        "Reference date 2017-03-16 = the issue date printed under the title in the source "
        "(line 4: 黔东南州统计局 国家统计局黔东南调查队 / 2017年3月16日), as in the corpus meta. "
        "The communiqué reports calendar 2016 (title 2016年…统计公报): 全年 and 2016年 = "
        "2016-01-01..2016-12-31, 年末 = the instant 2016-12-31, 上年/上年末 = 2015 (comparison "
        "yoy; 同比 likewise). Lines without a period expression (education, health, culture "
        "institutions, radio/TV, sport, 科技) take the communiqué's year (SPEC §4) with the "
        "null reading in period_alts; stocks among them (schools, students enrolled, "
        "institutions, beds, staff, subscribers, coverage rates) the instant 2016-12-31 with "
        "the year and null as alts; stocks after an explicit 全年 (archives) the instant with "
        "the year as alt; changes of 年末 stocks against 上年末 the instant with the year as "
        "alt. Place: 黔东南苗族侗族自治州, the gazetteer's full name (czfacts/data/places.toml; "
        "贵州省黔东南苗族侗族自治州, 黔东南州 and 黔东南 are subject_alts); 全州/我州 resolve to it. "
        "Excerpt: lines 184–195 (2,029 characters: end of 八、金融, 九、教育和科技, 十、文化、卫生"
        "和体育, start of 十一、人口和人民生活), sliced by code; the data tables were avoided "
        "because their cells carry the unit in a header. The title (lines 1–2, written on "
        "two lines) is outside the run, so check_gold.py warns that it is not in the text."),
)

if __name__ == "__main__":
    facts = [l for l in g.lines if not l.get("negative")]
    print(len(facts), "facts,", len(g.lines) - len(facts), "negatives")
