"""Metric: the indicator a number measures, the shortest phrase that names it (SPEC §2).

The phrase is read from the number's clause: the text before the number, less periods,
the subject and the predicate (完成, 达到, 增长 …). A value with no phrase of its own shares
the metric before it in the sentence (GDP 完成 1195.7 亿元、增长 1.7%); a list item without
the head of the item before it gets that head back (汽车制造业增长12.6% → 汽车制造业增加值);
a count with a noun after its measure word counts that noun (17座智能化矿井).
"""
from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import replace

import regex

from ..compiled import compiled
from ..document import CLAUSE_BREAK, LIST_MARK, Attribute, Document, Mention
from ..lexicon import active_lexicons, alternation, attributive_suffix, bounds, by_length, lexical_cache, load, trie_pattern, units
from ..indicators import find_indicators, indicator_of, indicator_unit, load_indicators, opens_an_indicator
from ..numerals import BIG_UNIT_CHARS, DIGIT_CHARS, NONZERO_DIGIT_CHARS, SMALL_UNIT_CHARS, UNIT_CHARS, read_number
from ..period_grammar import continuations
from ..places import REGION, lookup, place_pattern
from ..tokenize import tag
from .base import Example, Rule
from .distribute import share_metrics
from .kind import LIST_SEPARATORS, PARENTHETICAL, RATE_AFTER, RATE_SUBJECT, VARIANT, variant_of, basis_opens, without_brackets, change_verbs, governing_span, growth_goal_named, amplitude_object, part_of, phrase_before, rate_topic
from .counted_sets import COUNTED_SET, counted_set, refers_back, region_nouns
from .subject import BACK_REFERENCE, CONTRIBUTION_PLACE, COUNTED_OWNER, FIRM_CARRY, STORY_FIRM, firm_short_name, past_count, back_reference_pattern, organisation_suffixes, place_reference, public_purses, resolve_reference, route
from .quantity.amounts import PEOPLE_WITHOUT_CLASSIFIER, people_named_after, scale_capacity
from .evidence import written_at
from .quantity.bounds import before_bound, bound_word_after, kind_opener, past_bound, share_whole
from .quantity.grammar import LIST_RE
from .quantity.amounts import currency_codes
from .quantity.ratios import RATIO_PARTS
from .quantity.ranks import ranked_by_size, ranking_pattern, scope_words, without_rank_tail
from .nouns import (clean, described_set, names_a_partner, opens_with_partner, complete_names, pulled_contribution, without_per_unit, purposes, connectors, joins, counted_noun, following_noun, keep_inside, leading_verbs, metric_phrase, region_count, a_frame_alone, not_a_noun, noun_core,
                    ownerless_contribution, split_items, strip_predicates, topic_phrase, words)

METRIC = Rule(
    name="metric",
    doc="The indicator phrase before the predicate; shared by a level and its growth.",
    examples=(
        # the highest or lowest rate of a set keeps its rate word
        Example("从同比看，全省商品房价格上涨的城市有8个，最高涨幅为6.2%", {"span": "6.2%", "metric": "最高涨幅"}),
        # 高达, 多达 and 仍 before the figure say how much, no part of what is measured (data kinds.fillers)
        Example("全年出口增速高达8%", {"metric": "出口", "kind": "growth"}),
        Example("受灾人口多达120万人", {"metric": "受灾人口"}),
        # who acted, then 共 and the verb (清理: the tagger's adjective, a verb of the genre): what they acted on
        Example("全市各部门共清理规范性文件2300件。", {"span": "2300件", "metric": "规范性文件"}),
        # how a set's prices are averaged (环比综合平均) is the comparison's, not the metric's
        Example("3月份，二线城市二手住宅价格环比综合平均下降0.3%。", {"span": "0.3%", "metric": "二手住宅价格"}, place="中国"),
        # 未来 before a forecast's indicator says when, not what (未来年产值 → 年产值)
        Example("新产线明年投产，预计未来年产值将达到8亿元。", {"span": "8亿元", "metric": "年产值"}),
        # how the figure is adjusted for prices (考虑价格上涨因素: data predicates) names no metric
        Example("全县农民人均纯收入达到9800元，考虑价格上涨因素比上年增长4.2%。", {"span": "4.2%", "metric": "农民人均纯收入"}),
        # a modal before the verb (能有, 可以达到) is no part of the metric
        Example("今年全村集体经济纯收入能有15万元。", {"span": "15万元", "metric": "集体经济纯收入"}),
        # an attribute word with nothing it describes (唯一, 人均) names no metric: the one before goes on
        Example("一季度，宿迁GDP增幅达两位数，为全省唯一增幅上两位数的城市。上半年，其增速仍居全省首位，达到9.1%。",
                {"span": "9.1%", "metric": "GDP"}, place="江苏省"),
        Example("全年省对市县一般性转移支付增长7.5%", {"span": "7.5%", "metric": "省对市县一般性转移支付"}),
        # a growth after a change of its rate (涨幅比上月回落…，环比下降…) is the level's, not the rate's
        Example("5月份，全市工业品出厂价格同比上涨2.1%，涨幅比上月回落0.3个百分点，环比下降0.2%。",
                {"span": "0.2%", "metric": "工业品出厂价格"}),
        # the peers a rank is among (在…城市中) are its scope, not its metric
        Example("全市出口增长12%，增速在中部省会城市中位居第二。", {"span": "第二", "metric": "出口增速"}),
        # a verb of growing to a size (扩容至) ends the metric as 增至 does
        Example("今年以来，全省省级专精特新企业扩容至1800家。", {"span": "1800家", "metric": "省级专精特新企业"}),
        # an adverb the tagger glues to the verb (全面完成: one token of its dictionary) goes with the verb
        Example("去年全县全面完成老旧小区改造任务86个。", {"span": "86个", "metric": "老旧小区改造任务"}),
        # a forecast or plan word between the owner and its indicator is the modality's, not the metric's
        Example("全市工业企业预计实现利润总额120亿元。", {"span": "120亿元", "metric": "工业企业利润总额", "modality": "forecast"}),
        Example("全市规上工业企业力争实现营业收入3000亿元。", {"span": "3000亿元", "metric": "规上工业企业营业收入"}),
        # a plan word alone before the verb names nothing: the figure measures the metric before it
        Example("去年全市汽车产量突破30万辆，今年计划达到50万辆。", {"span": "50万辆", "metric": "汽车产量", "modality": "target"},
                date="2024-10-20"),
        # 或好于 after a verb of reach is a threshold inside the indicator's name, no comparison basis
        Example("今年以来，全县地表水达到或好于Ⅲ类水体比例为90.5%。", {"span": "90.5%", "metric": "地表水达到或好于Ⅲ类水体比例"}),
        # what an indicator leaves out (除…以外的) is part of its name
        Example("扣除汽车后，除汽车以外的商品零售额增长6.2%。", {"span": "6.2%", "metric": "除汽车以外的商品零售额"}),
        # the country's 我 before a share's whole is the owner again (占我外贸总值)
        Example("前三季度，我国对东盟进出口5.1万亿元，占我外贸总值的15.6%。", {"span": "15.6%", "metric": "对东盟进出口占外贸总值比重"}),
        # 同期 before the whole says when, as the period does: no part of the whole
        Example("前三季度，全省进出口总值占同期全国的8.2%。", {"span": "8.2%", "metric": "进出口总值占全国比重"}),
        # 比 opening a name (比亚迪, 比利时) opens no comparison basis
        Example("比利时9月对华出口额达41.9亿欧元。", {"span": "41.9亿欧元", "metric": "对华出口额", "subject": "比利时"}),
        # 我省 stays out of the metric when the caller names no place (the subject is then unknown)
        Example("今年前两个月，我省实际到位省外资金820亿元。", {"span": "820亿元", "metric": "实际到位省外资金", "subject": None},
                place=None),
        # a modal before the verb is no part of the metric (可再生能源 is one word)
        Example("项目建成后，全年可实现产值200亿元。", {"span": "200亿元", "metric": "产值"}),
        # a demonstrative with its measure word (这座, 这条: one word to the tagger) opens no metric
        Example("这条高速公路全长120公里，总投资150亿元。", {"span": "120公里", "metric": "高速公路全长"}),
        # a verb of shrinking after the indicator is its predicate (时限压缩60%: the time limit falls)
        Example("全市企业开办时限压缩60%", {"span": "60%", "metric": "企业开办时限", "value": -60.0}),
        # 高出 inside 最高/出口量 compares nothing: no basis cuts the name there
        Example("全县商品车单日最高出口量达到800辆", {"span": "800辆", "metric": "商品车单日最高出口量"}),
        # 好 after a verb (推进好, 落实好) says the verb is done well; it opens no name
        Example("全市推进好总投资860亿元的58个市重点项目", {"span": "860亿元", "metric": "总投资"}),
        # 全省性 is an adjective of the noun (province-wide), no owner taken off it
        Example("全省性评比达标表彰项目减少30%", {"span": "30%", "metric": "全省性评比达标表彰项目"}),
        # the things a list names, not the 等 that closes it; an adverb of the policy is no part of its indicator
        Example("全县新建改造农贸市场、社区菜市场等20个以上", {"span": "20个", "metric": "农贸市场、社区菜市场"}),
        # one figure after names listed with the head they share on the last: all of them (粮食直补 a name,
        # whatever the tagger calls 直补); a clause listed before is no name (完成…改造、…成本降低10%)
        Example("全年稻谷直补、玉米补贴、农业机械购置补贴资金达86亿元", {"metric": "稻谷直补、玉米补贴、农业机械购置补贴资金"}),
        Example("完成工业园区光伏改造、企业用电成本降低8%", {"span": "8%", "metric": "企业用电成本"}),
        Example("省财政用于就业、养老和医疗的支出达520亿元", {"metric": "省财政用于就业、养老和医疗的支出"}),  # every use
        # a quoted label lists nothing of the phrase around it (“水、电、气”改造 is one thing done)
        Example("完成城镇老旧小区“水、电、气”改造1200个。", {"span": "1200个", "metric": "城镇老旧小区“水、电、气”改造"}),
        Example("今年将城镇职工医疗保险单位缴费比例从8%降至7.5%", {"span": "7.5%", "metric": "城镇职工医疗保险单位缴费比例"}),
        # the noun of a span of time just before (用三年时间) names nothing of the figure after it
        Example("用两年时间将补助标准由每人每年40元提高到80元", {"span": "40元", "metric": "补助标准"}),
        # a scope (范围内) before 的 frames the indicator after it
        Example("全市范围内的空气质量优良天数比例达到90%", {"span": "90%", "metric": "空气质量优良天数比例"}),
        # a clause relating the noun to what came before describes it
        Example("工业增加值增长9%，而与之关联的用电量仅增长3.1%", {"span": "3.1%", "metric": "用电量"}),
        # a negation inside the name of a rate; a basis of the rate (同口径) is no part of the name
        Example("去年全省政务服务事项不见面审批率达到92%", {"span": "92%", "metric": "政务服务事项不见面审批率"}, place="江苏省"),
        Example("全县税收收入同口径增长6.2%", {"span": "6.2%", "metric": "税收收入"}),
        # a rate's name keeps its adverbs and 与; a judgement keeps its judge and what it judges
        Example("全县矛盾纠纷一次性化解率达到96%", {"metric": "矛盾纠纷一次性化解率"}),
        Example("全市高校学科与产业需求匹配度提升至80%", {"metric": "高校学科与产业需求匹配度"}),
        Example("全市企业对营商环境满意度达到95%", {"metric": "企业对营商环境满意度"}),
        Example("县财政用于教育的比重达到22%", {"metric": "县财政用于教育的比重"}),
        Example("全年取消评比达标项目12项", {"metric": "取消评比达标项目"}),  # 评比 opens no basis
        # the object of the verbs that open the phrase, a locative or a manner adverb before them no cut
        Example("去年累计制定两岸行业标准40项", {"metric": "两岸行业标准"}),
        Example("全市成功创建省级美丽宜居示范村28个", {"metric": "省级美丽宜居示范村"}),
        Example("全县新建、改扩建乡镇卫生院12所", {"metric": "乡镇卫生院"}),  # two verbs of one object, no list
        Example("今年拟发行地方政府专项债券500亿元", {"metric": "地方政府专项债券"}),  # issuing is no part of the bonds
        Example("全年新布局省级重点实验室7个", {"metric": "省级重点实验室"}),
        Example("今年要关停、整合、搬迁小散乱企业300家", {"metric": "小散乱企业"}),  # (verbs the tagger knows, after a modal)
        Example("原煤达到3.2亿吨，钢突破800万吨", {"span": "800万吨", "metric": "钢"}),  # a product of one character
        Example("五年间，钢由3200万吨增加到4100万吨", {"span": "3200万吨", "metric": "钢"}),  # 钢由, one token: 由 is no name
        # the things counted, not what the verb before the count improves of them
        Example("全县改善26所乡村小学办学条件", {"span": "26所", "metric": "乡村小学"}),
        Example("去年提升18个区域公用品牌知名度", {"span": "18个", "metric": "区域公用品牌"}),
        Example("实施8个化工园区环境综合治理", {"span": "8个", "metric": "化工园区"}),  # the parks, not their environs
        Example("全市新增12家类博物馆", {"span": "12家", "metric": "类博物馆"}),  # 类 opens the name (read as a measure word)
        # partners counted before the deal: the sum is the deal's
        Example("全省与12家央企签署投资协议860亿元", {"span": "860亿元", "metric": "投资协议"}),
        # a growth driven by something is the growth of what it drove
        Example("以旧换新政策带动家电零售额增长18%", {"metric": "家电零售额", "kind": "growth"}),
        Example("全县新增或改造提升敬老院床位800张", {"metric": "敬老院床位"}),
        Example("全州新建续建农村幼儿园46所", {"metric": "农村幼儿园"}),  # (新建/ns 续建/nr: misread as names)
        Example("全县因地制宜撤并村级小学15所", {"metric": "村级小学"}),  # how it was done, then the act (data manner_idioms)
        Example("全省培育壮大专精特新企业120家", {"metric": "专精特新企业"}),
        Example("全面完成2.5万亩盐碱地改良任务", {"metric": "盐碱地改良任务面积"}),  # an adverb and its verb name nothing
        Example("全省首个年产20万吨生物柴油项目投产", {"metric": "生物柴油年产能"}),  # 年产 before the figure: a year's capacity
        # two places joined as a way between them own nothing of it: the way is the metric
        Example("去年，广州到珠海车程缩短至50分钟", {"subject": "广东省", "metric": "广州到珠海车程"}, place="广东省"),
        # …a place it passes between them, and a joiner the tagger reads as a preposition (至)
        Example("高铁通车后，西安经汉中至成都时间缩至3小时", {"subject": "陕西省", "metric": "西安经汉中至成都时间"}, place="陕西省"),
        # 和, 与, 及 inside a word open no list item and join no owners
        Example("和美乡村示范村覆盖率达到35%", {"metric": "和美乡村示范村覆盖率"}),
        Example("去年全市支持小微企业、减税降费及退税超过80亿元", {"metric": "减税降费及退税"}),
        # a power of a way of generating, named without its capacity word, is the capacity installed
        Example("全省新增风电420万千瓦", {"span": "420万千瓦", "metric": "风电装机"}, place="甘肃省"),
        # money spent on a purpose keeps its spender, its purpose and 的
        Example("省级财政用于教育的支出860亿元，增长6%", {"span": "6%", "metric": "省级财政用于教育的支出"}),
        Example("今年一季度,大同市 GDP 完成 421.9 亿元、增长 3.8%", {"span": "3.8%", "metric": "GDP"}),
        Example("1—4月,全市固定资产投资完成 218.4 亿元", {"metric": "固定资产投资"}),
        # a rate of its owner after 的, however long the owner's name
        Example("年末，全县规模以上工业企业的产品销售率达到97%", {"metric": "规模以上工业企业产品销售率"}),
        # short names listed before the head they share: one figure of them together
        Example("前两个月，铁矿砂、原油和天然气进口量增长9%", {"metric": "铁矿砂、原油和天然气进口量"}),
        # a place's contribution after the place: the construction as written
        Example("去年，浙江对全国经济增长的贡献率为10%", {"metric": "对全国经济增长的贡献率", "subject": "浙江省"}, place="中国"),
        Example("科技进步对经济增长的贡献率逐年接近65%", {"metric": "科技进步对经济增长的贡献率"}),
        # the places a count before the figure counts (58个脱贫县(市)) own it, no part of its name
        Example("2023年，全省58个脱贫县(市)实现地区生产总值3200亿元", {"span": "3200亿元", "metric": "地区生产总值"}),
        # the share of a goal done is the indicator's completion rate
        Example("去年，全县城镇新增就业5600人，完成全年目标的112%", {"span": "112%", "metric": "城镇新增就业目标完成率"}),
        # the cue's words after the indicator are no part of it; a named task keeps its name in the rate
        Example("去年，全县固定资产投资完成年度计划的105%", {"span": "105%", "metric": "固定资产投资目标完成率"}),
        Example("前10个月，全市城镇新增就业达到全年目标的93%", {"span": "93%", "metric": "城镇新增就业目标完成率",
                                                    "modality": "actual"}),  # 达到 a goal is done, too
        Example("全县植树造林3万亩，完成年度目标任务的120%", {"span": "120%", "metric": "植树造林年度目标任务完成率"}),
        # the year's word inside the cue (完成了年度目标的) names nothing; the level before, not its change, was done
        Example("前三季度全县城镇新增就业4800人，同比多增了300人，完成了年度目标的96%", {"span": "96%",
                "metric": "城镇新增就业目标完成率"}),
        Example("近三年，在26个脱贫县实施产业帮扶项目120个", {"span": "120个", "metric": "产业帮扶项目"}),
        # a work report's enumerator opens the point, not the name; an indicator's name keeps its verb
        Example("三是安排专项资金12亿元，支持企业技术改造", {"span": "12亿元", "metric": "专项资金"}),
        Example("一是新增城镇就业8.6万人", {"metric": "新增城镇就业"}),
        Example("全年城镇新增就业人口52万人", {"metric": "城镇新增就业人口"}),  # the name runs on inside a word (就业人口)
        Example("全省粮食产量稳定在700亿斤的基础上，再增产5亿斤", {"span": "700亿斤", "metric": "粮食产量"}),  # 基础 is the frame
        Example("包括电动汽车、锂电池在内的外贸“新三样”出口增长25%", {"metric": "外贸“新三样”出口"}),  # the items are inside it
        Example("前三季度，全省钢材、水泥“两大件”产量增长6%", {"metric": "“两大件”产量"}),  # a quoted label names the list
        Example("产业集群加快壮大，助力全市规上工业产值突破5000亿元", {"metric": "规上工业产值"}),
        Example("总量居全省第三", {"kind": "rank"}),
        Example("居民人均可支配收入39218元,比上年增长6.3%,扣除价格因素,实际增长6.1%", {"span": "6.1%", "metric": "居民人均可支配收入"}),
        Example("全区招商引资共签约项目 128 个,签约金额 416.2 亿元", {"span": "416.2 亿元", "metric": "签约金额"}),
        Example("全省高职院校近三年向企业输送技术技能人才超过8万人", {"metric": "技术技能人才"}),
        Example("省财政厅于3月成功发行首批再融资债券300亿元", {"metric": "首批再融资债券"}),  # an ordinal opens the object
        Example("去年，全县电商产业带动3000余名青年返乡创业", {"metric": "青年返乡创业"}),  # people counted by their outcome
        Example("去年向省级平台推送招商线索1200条", {"metric": "招商线索"}),
        Example("全国人口超过千万的城市有18个", {"metric": "人口超过千万的城市"}),
        Example("上半年，服务业对经济增长的贡献率达61.2%", {"metric": "服务业对经济增长的贡献率"}),
        Example("一季度，投资对经济增长的贡献达到31.5%", {"metric": "投资对经济增长的贡献"}),
        Example("最终消费支出拉动经济增长2.9个百分点", {"metric": "最终消费支出拉动经济增长"}),
        Example("以新能源装备为主的先进制造业投资完成86亿元", {"metric": "先进制造业投资"}),
        Example("其中技术含量较高的机电产品出口占出口总额的比重为58.2%", {"metric": "机电产品出口占出口总额比重"}),
        Example("汇聚于园区的各类研发机构超过300家", {"metric": "研发机构"}),
        Example("全省民营企业实现利润总额1320亿元", {"metric": "民营企业利润总额"}),
        Example("全省内河港口完成货物吞吐量2.3亿吨", {"metric": "内河港口货物吞吐量"}),  # 完成 joins as 实现 does
        Example("五大支柱产业合计完成增加值1860亿元", {"metric": "五大支柱产业增加值"}),  # …with its adverb of a sum
        Example("全市城建项目完成投资86亿元", {"metric": "城建项目完成投资"}),  # 完成投资 is the genre's own name
        Example("今年全县计划完成人工造林3万亩", {"metric": "人工造林"}),  # a plan's word owns nothing to join
        Example("明年全市地区生产总值有望突破2000亿元", {"metric": "地区生产总值"}),  # 有望 is the forecast's cue
        Example("上半年，全省11个设区市GDP平均增长6.1%", {"span": "6.1%", "metric": "GDP"}),  # the places counted own it
        Example("5月份，70个大中城市二手住宅成交量增长12%", {"span": "12%", "metric": "二手住宅成交量"}),  # a panel owns it too
        Example("前三季度，长三角沿海8个城市港口货物吞吐量增长5%", {"metric": "港口货物吞吐量"}, place="长三角地区"),
        Example("去年，这家企业甩掉了亏损3000万元的包袱", {"metric": "亏损"}),  # what was done to it is no part of it
        Example("去年，全县中小企业获得了技改补贴2600万元", {"metric": "技改补贴"}),  # the thing received
        Example("经过智能化改造，工厂的人均产值提高了25%", {"metric": "工厂人均产值"}),  # a noun's measure after 的
        Example("全年全县民间投资（不含农户，下同）比上年增长4.2%", {"metric": "民间投资"}),  # the note's comma ends nothing
        Example("新建一座工厂，光设备投资就要3亿元", {"span": "3亿元", "metric": "设备投资"}),  # 光 (only) opens no metric
        Example("上半年，服务贸易项下跨境收入120亿美元", {"metric": "跨境收入"}),  # 项下 frames what follows
        Example("9月末，流通中货币余额11.8万亿元", {"metric": "流通中货币余额"}),  # a state after its verb frames nothing
        Example("全区跨境电商交易额整整翻了3倍", {"span": "3倍", "metric": "跨境电商交易额"}),  # 翻 is the predicate
        # a holiday frames the time, no part of the metric (a span alone only before the place's word)
        Example("端午假期全市重点景区接待游客86万人次", {"metric": "重点景区接待游客"}),
        Example("假期全省高速公路车流量1200万辆次", {"metric": "高速公路车流量"}),
        Example("假期全国铁路累计发送旅客1.2亿人次", {"metric": "铁路发送旅客", "subject": "中国"}, place="中国"),
        Example("其中，蔬菜产量的增长速度为6.2%", {"metric": "蔬菜产量", "kind": "growth"}),  # the rate is the kind's
        Example("今年以来，中欧班列累计开行1.6万列", {"metric": "中欧班列开行"}),  # 累计 says how it was counted
        Example("去年，市长先后12次深入企业调研", {"metric": "深入企业调研"}),  # a count of actions before them
        Example("去年，央行先后两次降低再贴现利率、三次开展中期借贷便利操作", {"span": "两次", "metric": "降低再贴现利率"}),
        # rounds are counted as times are; an activity the tagger reads as a verb heads what they count
        Example("全省完成两轮省级环保督察", {"span": "两轮", "metric": "省级环保督察"}),
        Example("今年开展3轮巡视巡察", {"span": "3轮", "metric": "巡视巡察"}),
        # a plan word after an indicator is the modality's; after another noun it names a plan
        Example("轻工业产值计划平均每年递增百分之五", {"metric": "轻工业产值", "kind": "growth"}),
        Example("今年全省粮食产量计划达到650亿斤", {"metric": "粮食产量", "modality": "target"}),
        Example("今年高校招生计划新增3000个", {"metric": "高校招生计划"}),
        Example("五年内实现原定工业总产值每年增长百分之六的目标", {"metric": "工业总产值", "kind": "growth"}),  # 原定: planned
        Example("城乡居民医保参保率均提高到95%以上", {"metric": "城乡居民医保参保率"}),  # 率/均, glued by the tagger
        Example("上半年，服务业继续领跑，占地区生产总值比重达58.1%", {"span": "58.1%", "metric": "服务业占地区生产总值比重"}),
        Example("全县生产总值增长5.1%，其中一产增长3.2%", {"span": "3.2%", "metric": "一产"}),
        Example("纳入统计的行业中，增长面为62.5%", {"span": "62.5%", "metric": "增长面"}),
        Example("上半年该省服务业增加值增长8.2%，对经济增长的贡献率为60.1%，两年平均增长6.4%。",
                {"span": "6.4%", "metric": "服务业增加值"}),
        Example("全县财政收入站上20亿元台阶", {"metric": "财政收入", "bound": "gt"}),
        Example("全省经济总量跨越6万亿元大关", {"metric": "经济总量", "bound": "gt"}),
        Example("受干旱影响，全市小麦减产3.5%", {"metric": "小麦产量", "kind": "growth", "value": -3.5}),
        Example("去年全县粮食增产1.2万吨", {"metric": "粮食产量增量", "value": 12000.0, "unit": "t"}),
        Example("同期，全省对东盟进出口1260亿元，增长9%", {"span": "1260亿元", "metric": "对东盟进出口"}),
        # who put money into what: one act, the owner and all
        Example("全年省属企业对新兴产业投资增长18%", {"span": "18%", "metric": "省属企业对新兴产业投资"}),
        # a partner's preposition opening the clause stays, and the partners listed share one trade
        Example("前三季度，与东盟贸易总值为5.1万亿元，增长9.6%", {"span": "5.1万亿元", "metric": "与东盟贸易总值"}),
        Example("同期，与日本、韩国进出口规模均超过800亿元", {"metric": "与日本、韩国进出口规模"}),
        Example("全省研究与试验发展经费投入达到1260亿元", {"metric": "研究与试验发展经费投入"}),
        Example("全年招引项目90个，实际到位资金120亿元", {"span": "120亿元", "metric": "实际到位资金"}),  # 实际 opens the indicator
        Example("前三季度，全县规上工业企业发生营业成本120亿元", {"metric": "规上工业企业营业成本"}),  # 发生 as 实现
        # an actor, an adverb of a sum and its act: what was acted on is measured (not the actor: 海关)
        Example("前三季度，海关共监管跨境电商进口货物价值36亿元", {"metric": "跨境电商进口货物价值"}),
        # a word of a kind before an owner's suffix (清洁/能源) restricts the indicator, it names no owner
        Example("全县清洁能源发电装机达到80万千瓦", {"metric": "清洁能源发电装机"}),
        Example("五年间全县新增固定资产120亿元", {"metric": "新增固定资产"}),  # 新增 opens the indicator's name
        # …as 治理 opens 治理水土流失面积, and 新增 an indicator of its own beside the stock (有效灌溉面积)
        Example("全年治理水土流失面积120平方公里", {"metric": "治理水土流失面积"}),
        Example("全镇去年完成了800多万元的农田水利投资", {"metric": "农田水利投资"}),  # 全镇 owns, it names nothing
        Example("全县新增有效灌溉面积1.5万亩", {"metric": "新增有效灌溉面积"}),
        # a trend's adverb (持续, read as vd) after the noun opens a headline's predicate
        Example("新能源汽车出口持续火热 前10个月同比增长超三成", {"span": "三成", "metric": "新能源汽车出口"}, place="中国"),
        Example("全县工业总产值相继突破100亿元和200亿元", {"span": "200亿元", "metric": "工业总产值"}),  # …so do 先后, 相继
        # a count after a share counts what the count before it counted, not the share
        Example("全省12个国家级开发区中，苏南有7个，占近六成；苏北有3个。", {"span": "3个", "metric": "国家级开发区"}, place="江苏省"),
        Example("全年新改建普通省道和农村公路860公里", {"metric": "普通省道和农村公路"}),  # 新/改建, cut apart by the tagger
        # single characters listed before the rest of one word name one noun (港、澳、台同胞); 等 inside a word
        # (等外级) ends no list
        Example("入境游客中，港、澳、台同胞12万人次", {"metric": "港、澳、台同胞"}),
        Example("全县二级公路300公里、等外级公路1200公里", {"span": "1200公里", "metric": "等外级公路"}),
        # a known indicator holds its relative clause and the verb of it (实现的)
        Example("上半年，全市批发零售企业通过公共网络实现的商品零售额增长20%",
                {"metric": "批发零售企业通过公共网络实现的商品零售额"}),
        # a threshold after a pivot verb's object (推动|产值超百亿元企业) is no second verb: it defines the things counted
        Example("今年将推动营业收入超50亿元企业达到20家", {"span": "20家", "metric": "营业收入超50亿元企业"}),
        # money after a verb of earning is income (the verb goes, 收入 names it)
        Example("果农王芳去年卖桃子挣了6万元", {"metric": "卖桃子收入"}),
        # a count's noun after two verbs of one act (开工/建设) and a verb that describes it (安置住房)
        Example("全年有8个棚户区改造试点城市开工建设安置住房2万套", {"span": "2万套", "metric": "安置住房"}),
        Example("全省新增全国重点实验室6家", {"metric": "全国重点实验室"}),
        Example("中欧班列开行1200列，同比增加300列，增幅达33.3%", {"span": "33.3%", "metric": "中欧班列开行"}),
        Example("全省自学考试录取本科学生人数为2100人", {"metric": "自学考试录取本科学生人数"}),
        Example("去年全省职工的工资总额增长6%", {"metric": "职工工资总额"}),
        # a longer owner of a head of the genre keeps it (not the owner alone); 年平均 reads as 人均 does
        Example("去年全省地方国营和集体企业的固定资产投资总额为300亿元", {"metric": "地方国营和集体企业固定资产投资总额"}),
        Example("去年全省职工的年平均工资达到9万元", {"metric": "职工年平均工资"}),
        # a share without its whole keeps 所占 and its noun as written (占比 when 占 alone)
        Example("全县第三产业所占比重由40%提高到46%", {"span": "46%", "metric": "第三产业所占比重"}),
        # a bare share noun after the clause that defines it (…的比例) is named by the clause, 的 dropped
        Example("全市规上工业企业实现数字化改造的比例达到75%", {"metric": "规上工业企业实现数字化改造比例"}),
        # a plan word before the indicator is the modality's (计划投资 keeps it: a verbal noun)
        Example("明年计划全县社会消费品零售总额达到120亿元", {"metric": "社会消费品零售总额"}, date="2024-11-20"),
        # a noun core that stops at 的 is the owner: the noun after 的 is what is measured
        Example("全县新建省部级以上的重点实验室12家", {"metric": "省部级以上重点实验室"}),
        Example("五年来全县生产总值年平均增长7%", {"metric": "生产总值", "comparison": "年均"}),
        Example("全市在省级以上技能大赛中获得一等奖12项", {"metric": "一等奖"}),
        # a rate written before its figure after a change of the level (降幅为, 跌幅为) is the level's growth
        Example("年末全市煤炭库存比年初减少12万吨，降幅为8.5%", {"span": "8.5%", "metric": "煤炭库存", "value": -8.5}),
        # a head that names nothing alone (人口, 国家, 居民) keeps the clause before 的 that says which
        Example("全县参加城乡居民基本养老保险的人口达到42万人", {"metric": "参加城乡居民基本养老保险的人口"}),
        Example("同我省缔结友好省州关系的国家增至26个", {"metric": "同我省缔结友好省州关系的国家"}),
        Example("全区享受最低生活保障的城乡居民1.2万人", {"metric": "享受最低生活保障的城乡居民"}),
        Example("全市42个地表水考核断面中优良水体占比92.9%", {"metric": "优良水体占比"}),
        Example("8部作品荣获省精神文明建设“五个一工程”奖", {"metric": "作品"}),
        # one count after short nouns listed with 、 counts them all (a single other value: the last item)
        Example("去年全县新建中小学、幼儿园35所", {"metric": "中小学、幼儿园"}),
        # an owner and a verb before the things counted go, 和 between their nouns stays
        Example("园区新签约科技和金融合作项目12个", {"metric": "科技和金融合作项目"}),
        Example("今年改造老旧小区、城中村4500套", {"metric": "老旧小区、城中村"}),  # (an adjective opens a name)
        # an adverb of all after the list (均, 都) says the figure is each item's, however long the names
        Example("全省单位生产总值能耗、水耗均下降12%", {"metric": "单位生产总值能耗、水耗"}),
        Example("力争今年全县游客接待量、旅游总收入均增长12%左右", {"metric": "游客接待量、旅游总收入"}),
        # a known indicator's first word is no predicate to strip (实际 in 实际利用外资) …
        Example("去年全省实际利用外资规模占全国近1/8", {"metric": "实际利用外资规模占全国比重"}, place="浙江省"),
        # … and its words are one noun (超/长期/特别/国债 are no adverbs, 共建国家 no verb and object)
        Example("全年争取超长期特别国债支持资金58亿元", {"metric": "超长期特别国债支持资金"}),
        Example("对共建国家进出口占全市比重提高到31.2%", {"metric": "对共建国家进出口占全市比重"}),
    ),
)

SHARE_METRIC = Rule(
    name="metric.share",
    doc="A share is named X占Y比重 (X占比 without its whole); a part written as X超过Y的三分之一 is the same share.",
    examples=(
        Example("湖北宜昌的化工产业曾占其工业产值近六成", {"metric": "化工产业占工业产值比重"}),
        # the clause's own topic, not what the frame before it looks at (the frame's noun when the clause has none)
        Example("从产业结构看，第三产业在前三季度继续领跑，占全省生产总值比重达52.3%。", {"metric": "第三产业占全省生产总值比重"}),
        Example("从工业总量来看，在全省领先，占全省比重达12%。", {"metric": "工业总量占全省比重"}),
        # things a clause with a verb picks out before 的 are named as written
        Example("市属高校与先进制造业紧密相关的学科点占比升至52%", {"metric": "市属高校与先进制造业紧密相关的学科点占比"}),
        # 占据 is 占 (占据主导地位 holds no figure); 该省份 before the whole is the owner again
        Example("今年以来，全市新能源汽车销量占据汽车总销量的四成以上。", {"metric": "新能源汽车销量占汽车总销量比重"}),
        Example("湖南的服务业增加值占据该省份GDP的51.2%。", {"metric": "服务业增加值占GDP比重", "subject": "湖南省"}),
        Example("该县光伏装机规模超过全县电力总装机的三分之一", {"metric": "光伏装机规模占全县电力总装机比重", "bound": "gt"}),
        Example("全市数字经济核心产业增长15%，在全市经济中所占比重提高到9.5%", {"span": "9.5%", "metric": "数字经济核心产业占全市经济比重"}),
        Example("全市高新技术产业在规上工业中的比重达到46%", {"metric": "高新技术产业占规上工业比重"}),  # no 占
        # a ratio of two names, written as such, is the metric whole (之比 opens no basis)
        Example("全市研发经费投入与地区生产总值之比达到2.6%", {"metric": "研发经费投入与地区生产总值之比"}),
        Example("全县物流成本同生产总值的比率下降到13%", {"metric": "物流成本同生产总值的比率"}),
        # a clause between that names another indicator makes it the owner
        Example("1-5月，基础设施投资增长4.1%，民间投资降幅收窄，占全部投资的比重为51.2%", {"span": "51.2%", "metric": "民间投资占全部投资比重"}),
        # a 占 clause before 的 only describes the noun another kind of figure measures
        Example("3月份，占CPI权重较大的牛肉价格同比上涨5%", {"metric": "牛肉价格", "kind": "growth"}),
        # a share noun after the number: the market joins the whole
        Example("该县的香菇占了全国近三成的市场", {"metric": "香菇占全国市场比重", "kind": "share"}),
        # the country the text speaks for is the subject, not part of the whole (我国, 我 before a partner)
        Example("一季度，我国对日本出口900亿元，占我与东亚贸易规模的12%", {"span": "12%",
                "metric": "对日本出口占与东亚贸易规模比重"}, place="中国"),
    ),
)

COUNTED_NOUN = Rule(
    name="metric.counted_noun",
    doc="A count measures the noun after its measure word (6 座数据中心 → 数据中心).",
    examples=(
        # the kinds of region in brackets after 省 or 县 are the noun's own
        Example("医疗救助试点扩大到25个省（区、市）", {"span": "25个", "metric": "省（区、市）"}, place="中国"),
        Example("累计建成5G基站 3200 个、数据中心 6 座", {"span": "6 座", "metric": "数据中心"}),
        # 并 after the measure word opens what is done next: the noun before is the one counted
        Example("全年新建5G基站1.2万个并实现乡镇全覆盖", {"span": "1.2万个", "metric": "5G基站"}),
        Example("全市新增投放800辆氢燃料物流车", {"span": "800辆", "metric": "氢燃料物流车"}),  # 车: the tagger's zg
        # a verb before a programme's word is inside the programme's name
        Example("全省新增省引才专项支持计划人才12人", {"span": "12人", "metric": "省引才专项支持计划人才"}),
        Example("今年引进项目12个并带动就业3000人", {"span": "12个", "metric": "引进项目"}),
        # a city's tier (一线, 二线) opens the noun; the tagger reads it as a numeral (data tokens.compounds)
        Example("统计部门公布了15个一线和热点二线城市的房价变动情况。", {"span": "15个", "metric": "一线和热点二线城市"}, place="中国"),
        # a threshold after the count defines the places counted (no fact of its own)
        Example("全国26个GDP超过1万亿元的城市经济数据已陆续公布", {"span": "26个", "metric": "GDP超过1万亿元的城市"},
                place="中国"),
        Example("全省已形成6个营业收入超500亿元的产业集群", {"span": "6个", "metric": "营业收入超500亿元的产业集群"}),
        # places counted before an indicator are what is counted; the figures after are the indicator's
        Example("全省11个设区市规模以上工业增加值均实现增长，全省合计增长7.1%。", {"span": "11个", "metric": "设区市"},
                place="浙江省"),
        Example("全省11个设区市规模以上工业增加值均实现增长，全省合计增长7.1%。", {"span": "7.1%", "metric": "规模以上工业增加值"},
                place="浙江省"),
        # a verb inside a name its head ends; 点 after a noun ends it (the tagger reads a decimal point)
        Example("全县建成120个城乡邻里互助养老服务点", {"metric": "城乡邻里互助养老服务点"}),
        Example("全区改造8个老旧积水点", {"metric": "老旧积水点"}),
        # …and a name's end the tagger reads as a measure word after a verb of the name (充电/桩, 服务/圈)
        Example("全区新建600个电动汽车公共充电桩", {"metric": "电动汽车公共充电桩"}),
        Example("全区建成5个社区便民服务圈", {"metric": "社区便民服务圈"}),
        # a count per a base of people (每万名老人拥有…) is a rate whose verb is part of its name
        Example("全县每万名老人拥有养老护理员15人。", {"span": "15人", "metric": "每万名老人拥有养老护理员"}),
        # a quoted name holds its + (“信用+”); 基本建成 after the noun is its predicate, no part of it
        Example("全市新增50个“信用+”应用场景", {"metric": "“信用+”应用场景"}),
        Example("全市36个重点项目基本建成", {"metric": "重点项目"}),
        Example("86项重大改革项目梯次实施", {"metric": "重大改革项目"}),
        # a count per day keeps its per-time word and verb (SPEC: a rate's time in the metric)
        Example("今年以来，全县日均新增经营主体36户", {"metric": "日均新增经营主体"}),
        Example("今年以来，全县个体工商户平均每天新增42户", {"metric": "平均每天新增个体工商户"}),  # the things first
        # a set phrase of the tagger that ends in a verb (全面铺开, 如期完成) is the predicate too
        Example("全县42项民生实事全面铺开", {"metric": "民生实事"}),
        Example("今年860户受损民房如期完成加固", {"metric": "受损民房"}),
        # a verb between a noun and the head right after it is inside the name (年度/共建/项目)
        Example("今年实施150个年度共建项目", {"metric": "年度共建项目"}),
        # …and a work before a pilot's mark (改造/试点/城市); a word with its aspect, or how the things
        # counted act (延时开放), is the predicate
        Example("全年有8个棚户区改造试点城市开工建设安置住房2万套", {"span": "8个", "metric": "棚户区改造试点城市"}),
        Example("8000名困难群众圆了安居梦", {"metric": "困难群众"}),
        Example("全市120家公共图书馆延时开放", {"metric": "公共图书馆"}),
        # a threshold right after the count defines the things counted (SPEC §2: no fact of its own), its
        # measure too (65岁及以上: not a measure inside a name)
        Example("为1.2万名70岁及以上独居老人安装智能水表", {"metric": "70岁及以上独居老人"}),
        Example("全市共有120个1000人以上的企业", {"span": "120个", "metric": "1000人以上的企业"}),
        # a rate of the things counted after their name is the figure's (the quality it measures too)
        Example("全市12个地表水考核断面水质优良率达95%", {"span": "12个", "metric": "地表水考核断面"}),
        # two verbs of a name before its head (育种/创新/平台, 保护/修复/项目)
        Example("今年新建6个市级育种创新平台", {"span": "6个", "metric": "市级育种创新平台"}),
        # a time word or a verb inside a name whose head comes a few words on
        Example("全区新建12个老年人日间照料服务中心", {"span": "12个", "metric": "老年人日间照料服务中心"}),
        Example("全省新建15个理科拔尖学生培养基地", {"span": "15个", "metric": "理科拔尖学生培养基地"}),  # 培养 names the base
        Example("全市建好20家产业能级提升重点平台", {"span": "20家", "metric": "产业能级提升重点平台"}),  # …and 提升 the platform
        # nouns listed after the first, none with a figure of its own, are counted too (not an item that
        # runs on into the next figure's clause)
        Example("全省18个试点县、园区和企业加快建设", {"metric": "试点县、园区和企业"}),
        Example("支持120个乡镇卫生院、村卫生室和3万个村级文化设施建设", {"span": "120个", "metric": "乡镇卫生院、村卫生室"}),
        Example("今年引进12个项目、总投资50亿元", {"span": "12个", "metric": "项目"}),
        # what the things counted become or undergo ends their name (数字化/改造, 投产/达效), unless a noun
        # follows it in the clause (数字化车间, 资源化处理设施 are names)
        Example("今年全市有800户中小工业企业数字化改造完成", {"metric": "中小工业企业"}),
        Example("推动5个重点行业绿色化改造全覆盖", {"metric": "重点行业"}),
        Example("全省已有12家数字化车间投入使用", {"metric": "数字化车间"}),
        Example("推动2000多个项目投产达效", {"metric": "项目"}),
        Example("完成12个县级养老机构优化提质", {"metric": "县级养老机构"}),
        # households or people right after a count of other things are their members
        Example("全县完成棚户区改造项目12个3600户", {"span": "3600户", "metric": "棚户区改造项目户数"}),
        # quoted labels and a note's mark open the name of the things counted
        Example("全年支持36个“两重”“两新”［3］项目", {"span": "36个", "metric": "“两重”“两新”项目"}),
        Example("全市36个综合执法站全面运转", {"metric": "综合执法站"}),  # 站 read as a verb before the predicate
        # a first word the tagger reads alone (反/诈骗, an idiom, a bound verb) opens a name a noun follows
        Example("全省18个反诈骗宣传站强化日常值守", {"metric": "反诈骗宣传站"}),
        Example("今年拟发行8000亿元长期国债", {"metric": "长期国债"}),  # (长期: an adverb to the tagger)
        # a known indicator at the end of the things counted does not cut their qualifiers off
        Example("年内提质改造15个重点中心乡镇卫生院", {"metric": "重点中心乡镇卫生院"}),
        Example("全省新开通3个高速公路出入口", {"metric": "高速公路出入口"}),
        Example("今年完成800座病险水库除险加固", {"metric": "病险水库除险加固"}),  # (除险加固: one word of the works)
        # verbs inside a title its end closes (…示范县, …示范项目), but not a verb that confers it (获评)
        Example("新增3个省级农村集中连片整治示范县", {"metric": "省级农村集中连片整治示范县"}),
        Example("推进12个老旧街区品质提升示范项目", {"metric": "老旧街区品质提升示范项目"}),
        Example("今年重点扶持8类重点就业群体", {"metric": "重点就业群体"}),
        Example("支持新建3个省级农业科技示范区", {"metric": "省级农业科技示范区"}),
        Example("全省新获批2个国家自主创新示范区", {"metric": "国家自主创新示范区"}),
        Example("全省建设20个以数字经济为主导的产业园区", {"metric": "以数字经济为主导的产业园区"}),
        Example("全县培育3个具有全省影响力的农产品区域公用品牌", {"metric": "具有全省影响力的农产品区域公用品牌"}),
        # a use after the noun is no part of it (资金用于…)
        Example("全县安排2亿元产业发展资金用于贷款贴息", {"span": "2亿元", "metric": "产业发展资金"}),
        Example("一个近9000万人口的农业大省", {"span": "9000万人", "metric": "人口"}),
        # people a verb brings to an outcome (安排…就业), also where a plan word and a place stand before the verb
        Example("今年计划在城乡各类企业安排35万人就业", {"metric": "就业"}),
        # a measure inside the name of the things counted, right after the count
        Example("今年建成投运3条500千伏输电线路", {"span": "3条", "metric": "500千伏输电线路"}),
        # a count of places inside a label of counts (百县千乡) is the label's, not places owning the metric
        Example("开展“百县千乡”消费季活动200场", {"metric": "“百县千乡”消费季活动"}),
        Example("今年以来，全市共开展线上线下招聘活动120场", {"metric": "线上线下招聘活动"}),  # one word (data: compounds)
        # a village kind named by what it is (经济薄弱村); a village's clinic after 村 (not the villages)
        Example("全县帮扶120个经济薄弱村，新增集体收入3000万元", {"span": "120个", "metric": "经济薄弱村"}),
        Example("全县800个村卫生室实现标准化建设", {"span": "800个", "metric": "村卫生室"}),
        # kinds of region listed together name the kind of project counted: no count of regions
        Example("全省继续实施12000个省市县重点项目", {"metric": "省市县重点项目", "subject": "山东省"}, place="山东省"),
        # counts of one noun written once after the last of them
        Example("今年先后出台12条、8条支持措施", {"span": "12条", "metric": "支持措施"}),
        # a head of the genre after the things counted, with the next figure right after, is that figure's
        Example("全省7条重点产业链产值突破3000亿元", {"span": "7条", "metric": "重点产业链"}),
        # people a clause opens with, then its one verb: those who do it
        Example("城乡居民养老保险试点扩大到300个县，1200万人参保", {"span": "1200万人", "metric": "参保人数"}),
        # items listed before the noun they share, kinds of place or words ending alike, are the noun's
        Example("去年新建42个国控、省控水质监测断面", {"metric": "国控、省控水质监测断面"}),
        Example("全省12个重灾县(市)完成灾后重建", {"metric": "重灾县"}),  # 县 ends the noun (the tagger's zg)
        Example("去年整治关停了30家环保不达标企业", {"metric": "环保不达标企业"}),  # a negated verb before the head
        Example("全市超过500个车间完成了智能化改造", {"span": "500个", "metric": "车间"}),  # 完成了: the predicate
        # a predicate the tagger reads as a noun ends the name (but people counted keep what they did)
        Example("目前已有16个外资工厂落户开发区", {"span": "16个", "metric": "外资工厂"}),
        Example("码头上几十辆集装箱卡车一字排开", {"span": "几十辆", "metric": "集装箱卡车"}),
        Example("年内组建5家市级农商行", {"metric": "市级农商行"}),  # 农/商行, one word of the genre (data)
        Example("全省培育12个营收超千亿的产业链", {"metric": "营收超千亿的产业链"}),  # a threshold in Chinese numerals
        Example("全省培育8个超千亿级的先进制造业集群", {"metric": "超千亿级的先进制造业集群"}),  # 千亿级, a label, still describes
        Example("打造新材料、新能源2个万亿元级产业集群", {"metric": "万亿元级产业集群"}),  # a grade may write its unit
        Example("今年新引进3家中国500强企业", {"metric": "中国500强企业"}),  # a ranked list's size inside the name
        Example("上半年，18家央企与湖北签约30个项目", {"span": "18家", "metric": "央企"}),  # 与 a place and a verb: no list
        # the things counted, not the indicator they have after them
        Example("全省28个省级开发区规模以上工业总产值增长9%", {"span": "28个", "metric": "省级开发区"}),
        Example("改造老旧小区3万个，50多万家庭住上新居", {"span": "50多万家庭", "metric": "家庭"}),  # a noun as measure word
        Example("一季度全省有进出口实绩的外贸企业1.2万家", {"span": "1.2万家", "metric": "有进出口实绩的外贸企业"}),  # (有 kept)
        Example("改造老旧小区3万个，涉及50多万家庭", {"span": "50多万家庭", "metric": "家庭"}),  # (not the verb before it)
        Example("年内两次全面下调贷款市场报价利率", {"span": "两次", "metric": "全面下调贷款市场报价利率"}),  # actions
        Example("其中15个项目被确定为省级重点项目", {"metric": "省级重点项目"}),  # the title they were given
        Example("从省内高校选拔20名专家作为乡村振兴指导员", {"metric": "专家"}),  # 作为 ends the noun
        # 新建 (tagged a place) opens no organisation's name; 智能化煤矿 is a class of mines, counted
        Example("今年新建智能化煤矿25座", {"metric": "智能化煤矿", "subject": "山西省"}, place="山西省"),
        # the places counted before 的 own the metric after it
        Example("全省16个地级及以上城市的PM2.5平均浓度为30微克/立方米", {"span": "30微克/立方米", "metric": "PM2.5平均浓度"}),
        Example("今年加快推进6个省级重点产业园区建设", {"metric": "省级重点产业园区"}),  # counted, not their building
        Example("全县开设乡村托管班35个", {"metric": "乡村托管班"}),
        Example("明年计划新开工10个以上产业项目", {"metric": "产业项目", "bound": "ge"}),
        Example("全市新落地15个投资总额5000万美元以上外资项目", {"metric": "投资总额5000万美元以上外资项目"}),
        Example("全年落地32个总投资10亿元以上新签约项目", {"metric": "总投资10亿元以上新签约项目"}),  # 新签约 opens the noun
        Example("全省在各县召开现场会32场", {"metric": "现场会"}),  # the place or manner before the verb
        Example("全年发布120个典型应用场景", {"metric": "典型应用场景"}),  # a verb inside a name a noun ends
        Example("6个省级区域医疗中心平稳运营", {"metric": "省级区域医疗中心"}),
        Example("新建5个产业园区前三季度投入使用", {"metric": "产业园区"}),  # a period ends the noun (区前 is no word)
        Example("整治违规占道经营点位120个", {"metric": "违规占道经营点位"}),  # 占道 opens no share
        # a set phrase that opens with a verb and goes on with one is the predicate, not the noun
        Example("全市专家服务团8个深入基层开展技术指导", {"metric": "专家服务团"}),
        Example("新建 12 家省级企业技术中心", {"metric": "省级企业技术中心"}),
        Example("全年推出8个“一件事一次办”重点事项", {"metric": "“一件事一次办”重点事项"}),
        Example("全年办理人大代表建议320件", {"metric": "人大代表建议"}),
        Example("全县经营主体达8.6万户、净增5200户", {"span": "5200户", "metric": "经营主体增量"}),
        Example("全县经营主体净增3200户、达到5.6万户", {"span": "5.6万户", "metric": "经营主体"}),  # the level after its change
        Example("今年计划完成植树造林200万亩", {"metric": "植树造林"}),  # the plan is the modality's
        Example("明年我们有信心实现营业收入50亿元", {"metric": "营业收入"}),
        Example("上半年，全市生物与新医药产业产值增长25%", {"metric": "生物与新医药产业产值"}),  # 与 inside a name
        # a verb before one long noun is a verb and its object; before a measure, a compound
        Example("全县新建和改造农村公路1200公里", {"metric": "农村公路"}),
        Example("全县帮扶就业率达到92%", {"metric": "帮扶就业率"}),
        # 帮助/组织 X 引进…: what is counted is the object of the second verb
        Example("去年帮助企业引进高层次人才120名", {"metric": "高层次人才"}),
        Example("去年选派第二批驻村工作队员300名", {"metric": "第二批驻村工作队员"}),
        Example("去年36个省重点项目有序推进", {"metric": "省重点项目"}),
        Example("跨省通办事项扩展至128项", {"metric": "跨省通办事项"}),
        Example("城乡居民医保财政补助标准提高到每人每年640元", {"metric": "城乡居民医保财政补助标准", "period": None}),
        Example("全县城镇新增就业5120人，失业人员再就业1630人", {"span": "1630人", "metric": "失业人员再就业"}),
        Example("全县3.2万家庭用上了天然气", {"span": "3.2万家庭", "metric": "家庭"}),
        Example("5月末，全省国有控股企业资产总计3.2万亿元", {"metric": "国有控股企业资产总计"}),
        Example("每百元营业收入中的成本为84.1元", {"metric": "每百元营业收入中的成本"}),
        Example("全年完成320个拆迁安置问题楼盘整改", {"metric": "拆迁安置问题楼盘"}),
        Example("全省推进56个总投资50亿元以上的产业项目", {"span": "56个", "metric": "总投资50亿元以上的产业项目"}),
        Example("全省运动员在全运会上夺得12金9银", {"span": "9银", "metric": "银牌", "unit": "count"}),
        Example("沿江建成4个5万吨级集装箱码头", {"span": "4个", "metric": "5万吨级集装箱码头"}),  # counted with their grade
        Example("全县12家重点实验室马力全开，攻关项目不断突破", {"span": "12家", "metric": "重点实验室"}),  # 马力 is 全开's
        Example("推动全省5个千亿级产业集群协同发展", {"span": "5个", "metric": "千亿级产业集群"}),
        Example("今年建成120个农村互助幸福院", {"metric": "农村互助幸福院"}),  # a verb inside a name its head ends
        Example("今年启动12个城中村改造项目", {"metric": "城中村改造项目"}),  # a work before a project's head
        Example("新建和改造40所县医院、25所县妇幼保健院", {"span": "25所", "metric": "县妇幼保健院"}),  # 县 opens a name
        Example("在60个县开展养老服务试点", {"span": "60个", "metric": "县"}),  # …or is counted, a clause after it
        Example("引进30名具有博士学位的青年教师", {"metric": "具有博士学位的青年教师"}),  # what 的 describes is counted
        # …also when it says how a noun of theirs is, or where they are
        Example("今年培育10个规模较大的农业龙头企业。", {"span": "10个", "metric": "规模较大的农业龙头企业"}),
        Example("新建120处群众身边的口袋公园。", {"span": "120处", "metric": "群众身边的口袋公园"}),
        Example("这项政策实施后，全省有120万人受益", {"metric": "受益人数"}),  # people who benefit
        Example("建成示范基地12个和实训中心3所", {"span": "12个", "metric": "示范基地"}),  # after 和: the next one's noun
        Example("为3000名农村老年人免费开展健康体检", {"metric": "农村老年人"}),  # the manner is the predicate's
        Example("全市3个市级孵化基地揭牌运营", {"metric": "市级孵化基地"}),  # …and so is its lifecycle verb
        # kinds listed before 等 and the noun they share are its own; another measure word in brackets is skipped;
        # a negated verb before the noun describes the people counted
        Example("全市建成120个文化、体育和养老等公共服务设施", {"metric": "文化、体育和养老等公共服务设施"}),
        Example("今年筹集2万套（间）人才公寓", {"metric": "人才公寓"}),
        Example("今年支持5000名未就业高校毕业生到基层就业", {"metric": "未就业高校毕业生"}),
        # people counted without a measure word, and where they went when the clause says no more (data move_verbs)
        Example("去年全省2.6万农村居民在县城落户", {"span": "2.6万", "metric": "农村居民在县城落户"}),
        # a verb before a name's head (事项, 项目: data name_heads) is inside the name, also after a connector
        Example("全年取消28项资质认定事项", {"metric": "资质认定事项"}),
        Example("引入5个低空领域数据和应用项目", {"metric": "低空领域数据和应用项目"}),
    ),
)

ATTRIBUTIVE = Rule(
    name="metric.attributive",
    doc="An amount written before its noun measures that noun (3200 平方米的智能仓库 → 智能仓库面积).",
    examples=(
        # a dimension said before the figure (长达, 高约) names the measure of the noun after 的
        Example("长达1800公里的输油管道建成投产", {"span": "1800公里", "metric": "输油管道长度"}),
        Example("一座 3200 平方米的智能仓库里", {"metric": "智能仓库面积"}),
        Example("全县人均只有0.8亩耕地", {"metric": "人均耕地"}),  # a per-head word alone: the noun's, per head
        Example("改革取消了原先12亿元的各项收费", {"metric": "各项收费"}),  # a sum of money itself: no investment in it
        Example("全市争取12亿元超长期特别国债资金支持", {"metric": "超长期特别国债资金"}),  # 超 opens the name, no bound
        Example("这片1200亩的茶园今年迎来丰收", {"span": "1200亩", "metric": "茶园面积"}),  # a pointer names nothing
        Example("果农老张家的40亩柑橘今年喜获丰收", {"span": "40亩", "metric": "柑橘面积"}),  # an owner and 的 say whose
        # a voltage names its measure alone, whatever the line is called (kept in 千伏, as written)
        Example("今年建成投运3条500千伏输电线路", {"span": "500千伏", "metric": "电压等级", "unit": "千伏", "value": 500.0}),
        Example("车间里，一件120吨重的转子正在吊装", {"span": "120吨", "metric": "转子重量"}),  # the adjective names the measure
        # after examples closed by 等, the noun after the amount is what is measured
        Example("累计消化了国有企业和金融机构等3200亿元历史包袱", {"span": "3200亿元", "metric": "历史包袱"}),
        # money named after 的 needs no 投资 (the with_de suffix of an amount of money)
        Example("他们获得了120万元的技改奖补资金", {"span": "120万元", "metric": "技改奖补资金"}),
        # …nor does a noun that names its measure already (投资补助 is a sum of investment)
        Example("县里落实了500万元的投资补助。", {"span": "500万元", "metric": "投资补助"}),
        # a yield before the weight names it, not the noun after
        Example("该品种创造了亩产5200公斤的全省新纪录", {"span": "5200公斤", "metric": "亩产"}),
        # a duration before a visa-free stay is how long the stay may last (data stays)
        Example("该市落实144小时过境免签政策", {"span": "144小时", "metric": "过境免签停留时间"}),
        Example("上半年，苏州以1.1万亿元的地区生产总值位居第一", {"span": "1.1万亿元", "metric": "地区生产总值"}),
        Example("对比21000元的居民人均可支配收入“全国线”，全省高出2000元", {"span": "21000元", "metric": "居民人均可支配收入"}),
        Example("今年建设2万亩高标准茶园", {"metric": "高标准茶园面积"}),  # a verb alone names no metric
        # a change of a measure written after it: the measure's increment
        Example("去年，该港净增1500万吨吞吐量", {"span": "1500万吨", "metric": "吞吐量增量"}),
        # a money amount before its noun, also the second of a list; a time word may open the noun
        Example("企业获得300万元中长期贷款、200万元创业补贴", {"span": "200万元", "metric": "创业补贴"}),
        Example("企业获得300万元中长期贷款、200万元创业补贴", {"span": "300万元", "metric": "中长期贷款"}),
        # 现场 is where the reporter stands, not part of the thing measured
        Example("在华电50MW光伏发电项目现场，一排排光伏板整齐排列", {"span": "50MW", "metric": "光伏发电项目装机容量"}),
    ),
)

RANK_HEAD = Rule(
    name="metric.rank_head",
    doc="A rank after 总量/规模 ranks the level before it (GDP…总量全省第四 → GDP总量); a place in a ranking that names "
        "no indicator (全国排名53位, and the move 提升3位 after it) is of that ranking; a list of ranks ranks a list of "
        "values before it, in turn.",
    examples=(
        Example("GDP 完成 2380.4 亿元,总量全省第四", {"span": "第四", "metric": "GDP总量"}),
        # …and 总数 after a count ranks the things counted
        Example("全年新增5家国家级绿色工厂、总数居全国第二", {"span": "第二", "metric": "国家级绿色工厂总数"}),
        # …and a rate after the level ranks the level's rate (提升幅度, as 增速)
        Example("全省区域创新能力指数达68.2%，提升幅度居全国第3位", {"span": "第3位", "metric": "区域创新能力指数提升幅度"}),
        # the places it is ranked among (在…三省中) are no part of the rate ranked
        Example("一季度，海南GDP增长6.2%，增速在华南三省中居首位。", {"span": "首位", "metric": "GDP增速"}, place="中国"),
        Example("西安高新区全国排名12位、提升2位", {"span": "2位", "metric": "全国排名"}),
        # the scope before 排名 is where the rank holds, no part of what is ranked
        Example("全区数字经济发展水平全国排名上升4位", {"span": "4位", "metric": "数字经济发展水平"}),
        Example("新增国家级绿色工厂56家，数量居全省第一", {"span": "第一", "metric": "国家级绿色工厂数量"}),
        # a ranked rate stays a rate: the rank of the growth, not of the level
        Example("全市外贸进出口额增长18.2%，增速居全省第2位", {"span": "第2位", "metric": "外贸进出口额增速"}),
        Example("一季度，该市工业投资增速位列经济十强市首位", {"span": "首位", "metric": "工业投资增速"}),
        Example("上半年，全市规上工业增加值增长9.2%，居全省第三", {"span": "第三", "metric": "规上工业增加值增速"}),
        # a word pointing back at the indicator (这一指标) or a manner (以绝对优势) names nothing of its own
        Example("全市社会消费品零售总额增长8.1%，这一指标居全省首位", {"span": "首位", "metric": "社会消费品零售总额增速"}),
        Example("一季度该省出口增长15%，以较大优势位居中部第一", {"span": "第一", "metric": "出口增速"}),
        # …as the rate written names it (降幅, 增幅), in place of 增速
        Example("全年道路交通事故起数下降12.3%，降幅居全省第一", {"span": "第一", "metric": "道路交通事故起数降幅"}),
        # the step a level reached names nothing: the streak and the rank after it are the level's
        Example("全省粮食产量迈上700亿斤新台阶、连续12年居全国第二", {"span": "第二", "metric": "粮食产量"}),
        # one rank after indicators listed ranks them together
        Example("全省外贸进出口额、实际使用外资均居全国第十", {"span": "第十", "metric": "外贸进出口额、实际使用外资"}),
        # a list of ranks after a list of as many values ranks each in turn
        Example("全县城镇、农村居民收入分别增长5.1%、6.3%，居全省第三和第二", {"span": "第二", "metric": "农村居民收入增速"}),
        Example("全年进出口总额增长12%，居世界第二位", {"span": "第二位", "metric": "进出口总额"}),  # the world ranks totals
        Example("全省粮食产量720亿斤，连续8年居全国首位", {"span": "首位", "metric": "粮食产量"}),  # 居全国 names nothing
        Example("中欧班列（齐鲁号）开行数量居全国第三", {"span": "第三", "metric": "中欧班列开行数量"}),  # 列 in 班列 ranks nothing
    ),
)

ELIDED_HEAD = Rule(
    name="metric.elided_head",
    doc="A list item without the head of the item before it gets it back (医药制造业增长7.4% → 医药制造业增加值), "
        "and so does a part named alone under 其中 after its whole (…出口860亿元。其中，光伏组件210亿元 → 光伏组件出口).",
    examples=(
        Example("上半年,全市电子信息制造业增加值增长18%,医药制造业增长7.4%", {"span": "7.4%", "metric": "医药制造业增加值"}),
        Example("前5个月，专用设备制造业利润总额增长9%，电气机械和器材制造业下降4%",
                {"span": "4%", "metric": "电气机械和器材制造业利润总额"}),
        # …and sectors listed under 其中 in the sentence after their whole
        Example("前三季度，全省规模以上工业增加值增长7.2%。其中，纺织业增长3.1%，医药制造业增长9.4%。",
                {"span": "9.4%", "metric": "医药制造业增加值"}),
        # …or in a sentence that opens by splitting the whole (分门类看，)
        Example("今年全县规模以上工业增加值增长6.3%。分门类看，采矿业增长2.5%，制造业增长7.1%。",
                {"span": "2.5%", "metric": "采矿业增加值"}),
        # a group of people named alone after a measure of people (其中城镇居民…) is measured so too
        Example("前三季度，全市居民人均消费支出21000元，其中城镇居民26500元，农村居民15800元",
                {"span": "15800元", "metric": "农村居民人均消费支出"}),
        # a part named alone under 其中, after its whole: measured as the whole is, down its list
        Example("前10个月，全省高新技术产品出口860亿元。其中，光伏组件210亿元，锂电池95亿元。",
                {"span": "95亿元", "metric": "锂电池出口"}),
        Example("10月，全国手机产量1.4亿台，其中智能手机1.1亿台", {"span": "1.1亿台", "metric": "智能手机产量"}),
        Example("年末全省民用汽车保有量590万辆，其中私人汽车520万辆", {"span": "520万辆", "metric": "私人汽车保有量"}),  # a stock
        # a flow's part named alone takes the whole's owner (not trade in goods', which 出口 alone means)
        Example("一季度，数字服务进出口3100亿元。其中，出口1800亿元；进口1300亿元。", {"span": "1300亿元", "metric": "数字服务进口"}),
        # a product's export after its output in the sentence is that product's
        Example("今年以来，全省工业机器人产量4.2万套，增长30%，出口1.1万套。", {"span": "1.1万套", "metric": "工业机器人出口"}),
        # a paragraph that lists products (分产品看): a product named alone with its quantity is its output
        Example("分产品看，9月份，全省生铁产量增长2%。钢材820万吨，下降1.5%。", {"span": "820万吨", "metric": "钢材产量"}),
        Example("分产品看，9月份，全省120种产品中有66种产量增长。", {"span": "120种", "metric": "产品"}),  # kinds counted
        # …but a count that names its own measure (…数量, …人数) is no output
        Example("从产品看，白酒产量12万吨。年末，全省白酒专卖店数量为860个。", {"span": "860个", "metric": "白酒专卖店数量"}),
    ),
    negatives=("一季度，社会消费品零售总额增长5%；服务业增长6%",),
)

RESIDENCE_SPLIT = Rule(
    name="metric.residence_split",
    doc="An urban or rural part written alone is that part of the indicator before it "
        "(其中，城市上涨1.9%，农村上涨1.5% → 城市居民消费价格, 农村居民消费价格), not the indicator itself.",
    examples=(
        Example("3月份，全省居民消费价格同比上涨0.4%，其中城市上涨0.3%，农村上涨0.6%", {"span": "0.3%", "metric": "城市居民消费价格"}),
        Example("3月份，全省居民消费价格同比上涨0.4%，其中城市上涨0.3%，农村上涨0.6%", {"span": "0.6%", "metric": "农村居民消费价格"}),
        # the indicator is named by the sentence before, which holds no number of its own
        Example("全年全县居民消费价格涨幅与上年持平。其中，城镇下降0.2%，农村上涨0.2%。", {"span": "0.2%", "metric": "城镇居民消费价格"}),
    ),
    negatives=(),
)

ELIDED_OBJECT = Rule(
    name="metric.elided_object",
    doc="A count whose phrase is only a verb after a count of the same measure word in its sentence counts "
        "what the count before counted (引进项目24个、建成投产17个 → 建成投产项目).",
    examples=(
        Example("全年签约重大项目120个，开工85个，竣工40个", {"span": "85个", "metric": "开工重大项目"}),
        Example("新建5G基站1.2万个、开通8000个", {"span": "8000个", "metric": "开通5G基站"}),
        Example("新开工棚户区改造安置房3万套，基本建成2.1万套", {"span": "2.1万套", "metric": "基本建成棚户区改造安置房"}),
        # …or, when the count before named its things before its verb, those things with this verb
        Example("全县农村危房改造开工320户、竣工280户", {"span": "280户", "metric": "农村危房改造竣工"}),
        # the verb of the count before is not the things counted (新签约, 清理: data leading_verbs)
        Example("全年新签约项目120个，开工85个，竣工40个", {"span": "40个", "metric": "竣工项目"}),
        Example("全省清理规章和规范性文件2300件，废止830件", {"span": "830件", "metric": "废止规章和规范性文件"}),
    ),
    negatives=(),
)

RATE_CHANGE = Rule(
    name="metric.rate_change",
    doc="Percentage points of a rate are a change of that rate (…增长4.1%,比4月份回落0.6个百分点 → …增速).",
    examples=(
        Example("5月份,全国规模以上工业增加值同比增长4.1%,比4月份回落0.6个百分点", {"span": "0.6个百分点", "metric": "规模以上工业增加值增速", "comparison": "mom"}),
        # what follows the rate's name is how it moved (涨幅扩大), no part of the name
        Example("3月份，服务价格涨幅扩大0.3个百分点", {"metric": "服务价格涨幅"}),
        Example("一季度，全县生产总值同比增长6.2%。比上年同期提高了0.4个百分点。", {"span": "0.4个百分点", "metric": "生产总值增速"}),
        # …and of a share, named again by its noun alone (比重提升), the share just given
        Example("一般贸易进出口800亿元，占全市外贸总值的52%，比重提升2.1个百分点。",
                {"span": "2.1个百分点", "metric": "一般贸易进出口占全市外贸总值比重"}),
    ),
)

@lexical_cache
def _after_bound() -> regex.Pattern:
    return compiled(trie_pattern(load("bounds")["after"]))


def _only_a_noun(rest: str) -> bool:
    """Nothing but the next item or where it is made follows the noun of a share of a whole."""
    return not rest or rest.startswith((*load("attribution")["lists"]["connectors"], *words()["share_made_in"]))


def _title_given(doc: Document, end: int, noun: str, next_start: int) -> str:
    """12个项目被确定为国家、省重点项目: the title the counted things were given, when it names
    the same kind of thing (it ends in the noun's last word)."""
    at = doc.text.find(noun, end, end + len(noun) + 2)
    if at < 0:
        return ""
    after = doc.text[at + len(noun):min(next_start, doc.clause_end(at))]
    verb = next((v for v in words()["title_given"] if after.startswith(v)), None)
    title = clean(after[len(verb):]) if verb else ""
    return title if title and title.endswith(tag(noun)[-1][0]) else ""


def _ends_in_verb(metric: str) -> str:
    """The verb of reach a phrase ends in (旅游公路通达 → 通达; 覆盖区域内: its scope may follow), or ""."""
    found = _patterns()["reach_end"].search(metric)
    return found.group("verb") if found else ""


def _contributor(doc: Document, whole: int) -> str:
    """Who gives a whole its share, when that is no place: the noun before the verb that ends right before
    the whole (民营企业贡献了全市70%以上的税收), or the noun that opens the clause before one that opens
    with the verb (其中民营经济占比达67.4%，贡献了全省80%以上的进出口) — else ""."""
    clause = doc.clause_start(whole)
    verb = next((v for v in by_length(words()["contribution_of_share_verbs"]) if doc.text.endswith(v, clause, whole)), None)
    if verb is None:
        return ""
    owner = metric_phrase(_without_owners(clean(doc.text[clause:whole - len(verb)])))
    if not owner and clause > 1:  # the clause before states the owner's own share (民营经济占比达67.4%)
        previous = doc.clause_start(clause - 1)
        at = bisect.bisect_left(doc.mentions, previous, key=lambda m: m.start)
        number = doc.mentions[at].start if at < len(doc.mentions) and doc.mentions[at].start < clause else clause - 1
        stated = metric_phrase(_without_owners(clean(doc.text[previous:number])))
        owner = _owner_of(stated) if _patterns()["share_verb"].search(stated) else ""
    return owner if len(owner) >= 2 and not lookup(owner) else ""


def _share_of_following(doc: Document, m: Mention, next_start: int) -> str:
    """80%的县级医院达到三级水平: a share of the things the clause after it describes."""
    end = min(next_start, doc.sentence(m.start)[1])
    after = doc.text[m.end:end]
    bound = _after_bound().match(after)
    after = after[bound.end():] if bound else after
    of = after.startswith("的")
    clause = regex.split(r"[，,。；;：:]", after[1:] if of else after, maxsplit=1)[0]
    if not of and not (clause and tag(clause[:4])[0][1] in _SET_NOUN_TAGS
                       and (_before_first_verb(tag(clause)) or clause).endswith(tuple(words()["share_sets"]))):
        return ""  # 覆盖92%乡镇, 50%县区基本达到…标准: places, people or things counted may follow without 的
        # (延续15%企业所得税: a rate of the tax)
    opens = m.end + (bound.end() if bound else 0) + of  # where the clause after the figure starts
    if LIST_MARK in clause and (shared := _said_of_the_last(doc.text[opens:min(doc.clause_end(opens), opens + SHARED_REACH)])):
        return shared  # 超过九成的行业、超过六成的产品同比实现了增长: the things of each share, said of them all
    described = clean(clause)
    if described in words()["share_sets"] and len(clause) > len(described):
        return clause  # 一半以上的县实现了增长: a one-character set (县, 村), what is said of it after it
    said = clause[len(described):] if clause.startswith(described) and len(described) >= 2 else ""
    if any(pos == "v" for _, pos in tag(said)):
        return clause  # 八成的行业实现增长: what is said of them is kept (clean takes 实现增长 off as a predicate)
    return described if len(described) >= 2 else ""


def _a_share_listed(doc: Document, m: Mention) -> bool:
    """…九成的行业、超过六成的产品: a share after 、 and a share before it in its clause, of things of its own."""
    clause = doc.clause_start(m.start)
    mark = doc.text.rfind(LIST_MARK, max(clause, m.start - LISTED_SHARE_BOUND - 1), m.start)
    return mark >= 0 and doc.text.startswith("的", m.end) \
        and "的" in doc.text[max(clause, mark - SHARED_REACH):mark]  # (bounded looks: a clause of 10,000 shares stays linear)


LISTED_SHARE_BOUND = 2  # characters at most between 、 and a listed share (超过六成)
SHARED_REACH = 60  # characters read around a listed share for its things and what is said of them


def _said_of_the_last(clause: str) -> str:
    """行业、超过六成的产品同比实现了增长 → 行业同比实现了增长: a share's noun listed before another share
    of things and what is said of those last (the verb after the last noun), or ""."""
    first, _, last = clause.partition(LIST_MARK)
    last = last.rpartition("的")[2]
    noun = _before_first_verb(tag(last)) or clean(last)
    said = last[len(noun):] if last.startswith(noun) else ""
    if not first or len(clean(first)) != len(first) or not any(pos == "v" for _, pos in tag(said)) \
            or any(pos == "v" for _, pos in tag(first)):
        return ""
    return first + said


_SET_NOUN_TAGS = frozenset({"n", "ns", "nt", "nz", "j"})


def _share_described(described: str) -> str:
    """县医院达到三级医院能力标准 → 达到三级医院能力标准的县医院占比: the things, what the clause says of
    them (without its aspect particle and 均, 都) before them, and the share word."""
    tokens = tag(described)
    modal = next((i for i, (word, _) in enumerate(tokens) if i and word in words()["modals"]), None)
    if modal is not None:
        tokens = tokens[:modal] + tokens[modal + 1:]  # 学生都能在…学习, 村可以享受…: the things can, no more
        described = "".join(word for word, _ in tokens)
    tokens = [(word, "v" if word in words()["verbs_read_as_nouns"] else pos) for word, pos in tokens]  # 项目/落户
    noun = _before_first_verb(tokens)
    if not noun or not any(pos in ("v", "p") for _, pos in tokens):
        return described  # (50%的临界值以上: nothing said of them)
    aspects = tuple(words()["aspect_particles"])  # 普及了小学教育: the aspect is no part of the name
    tokens = [(word[:-1] if len(word) > 1 and pos in ("v", "p") and word.endswith(aspects) else word, pos)  # 通了/p
              for word, pos in tag(described[len(noun):]) if word not in aspects]
    while tokens and tokens[0][0] in words()["connectives"] and tokens[0][1] != "p":
        tokens.pop(0)  # 均建成中医馆: 均 says all of them did, no part of what they did (在…学习 is)
    said = "".join(word for word, _ in tokens)
    return f"{said}的{noun}{_built()['share_alone']}" if len(said) >= 2 else described


def _before_first_verb(tokens) -> str:
    """国家级和省级园区均完成…, 5A级景区新增…: the words before the first verb and the adverbs before it,
    whatever the tagger calls them (村/zg 卫生室, 5A/eng 级/q), "" if no verb follows."""
    verb = next((i for i, (_, pos) in enumerate(tokens) if pos in ("v", "p")), 0)
    while verb and (tokens[verb - 1][1] in ("d", "ad") or tokens[verb - 1][0] in words()["leading_adverbs"]
                    or tokens[verb - 1][0] in load("kinds")["absolute_change"]["basis_words"]):
        verb -= 1  # (基本/n 达到, 同比/j 实现: an adverb whatever its tag)
    return "".join(word for word, _ in tokens[:verb])


SCOPE_SHARE = Rule(
    name="metric.scope_share",
    doc="A percentage between a whole (全国, 全省, 全球 …) and 的 is a share of that whole, for every item of its "
        "list; with 以上 it is still a figure, not the threshold of a set, and the whole owns nothing.",
    examples=(
        Example("东北地区拥有全国约9%的耕地、6%的人口", {"span": "6%", "metric": "人口占全国比重", "subject": "东北地区"},
                place="中国"),
        Example("民营企业贡献了全市70%以上的税收", {"metric": "民营企业占全市税收比重", "bound": "ge"}),  # who gives it
        Example("其中，民营经济占比达六成，贡献了全市70%以上的税收", {"span": "70%", "metric": "民营经济占全市税收比重"}),
        Example("如今，全球三分之一的手机、全国15%的光伏组件在这里生产", {"span": "15%", "metric": "光伏组件占全国比重",
                                                            "subject": "四川省"}, place="四川省"),
    ),
)

EXTENSION = Rule(
    name="metric.extension",
    doc="A span of time right after 延长/再延长 (第二轮土地承包到期后再延长30年) is the extension of the term named "
        "before the verb (第二轮土地承包到期后延长期限), not the pilot or plan that follows it.",
    examples=(Example("稳步推进农村宅基地使用权到期后再延长20年试点", {"span": "20年", "metric": "农村宅基地使用权到期后延长期限"}),
              Example("将小微企业贷款延期还本付息政策再延长6个月", {"span": "6个月", "metric": "小微企业贷款延期还本付息政策延长期限"}),
              # who speaks and 关于 before the term name nothing measured
              Example("落实省里关于林地承包期再延长20年的规定", {"span": "20年", "metric": "林地承包期延长期限"})),
    negatives=(),
)

SHARE_PUT_TO_USE = Rule(
    name="metric.share_put_to_use",
    doc="A share followed by a verb of putting to a use (财政支出70%以上用于民生) is the share so used: the whole, "
        "the verb and the use (财政支出用于民生比重); a noun right after the share is the whole's.",
    examples=(Example("去年全县一般公共预算支出的75%以上用于民生", {"span": "75%", "metric": "一般公共预算支出用于民生比重"}),
              Example("全市职业院校专业布点数70%以上服务于重点产业", {"metric": "职业院校专业布点数服务于重点产业比重"}),
              Example("县财政支出六成将投向乡村振兴领域", {"metric": "县财政支出投向乡村振兴领域比重"}),
              # a long noun between the share and its use
              Example("每年将30%以上的市级科技创新专项资金投向基础研究", {"span": "30%", "metric": "市级科技创新专项资金投向基础研究比重"})),
    negatives=(),
)

TIME_TAKEN = Rule(
    name="metric.time_taken",
    doc="A span of time, then 就/即可/便 and what is done in it up to the clause's end (3天就能配齐绝大部分配件), is the "
        "time that takes (配齐绝大部分配件时间); after 用了/花了 it is the time what the clause did before took "
        "(达到第一个千亿用了50年 → 达到第一个千亿用时; a span 从…到… in the clause is what was done).",
    examples=(Example("新开办企业1个工作日即可办结全部手续", {"span": "1个工作日", "metric": "办结全部手续时间"}),
              Example("全省生产总值突破第一个万亿元用了30年时间", {"span": "30年", "metric": "生产总值突破第一个万亿元用时"}),
              Example("新工厂从开工建设到投产仅用了不到18个月的时间", {"span": "18个月", "metric": "从开工建设到投产用时"})),
    negatives=(),
)

AHEAD_OF_TIME = Rule(
    name="metric.ahead_of_time",
    doc="A span of time after 提前 is how early something was done: what did it, 提前, the verbs after the span "
        "(and 目标 when a goal was met) and 时间 (青藏铁路提前一年建成通车 → 青藏铁路提前建成通车时间).",
    examples=(Example("南水北调配套工程提前两年完工", {"span": "两年", "metric": "南水北调配套工程提前完工时间"}),
              Example("全市工业投资增长12%，提前两年实现“十四五”规划目标", {"span": "两年", "metric": "提前实现目标时间"})),
)

SHARE_OF_SET = Rule(
    name="metric.share_of_set",
    doc="A share that opens its clause right after a count of a set, or follows the things it is a part of, and "
        "is followed by a verb and its object (下岗职工2700多万人，90%以上进入再就业服务中心; 政务服务事项90%实现网上办理) "
        "is the share of the set that does so (…进入再就业服务中心比例).",
    examples=(Example("全县建档立卡贫困户1.2万户，95%实现了稳定脱贫", {"span": "95%", "metric": "建档立卡贫困户实现稳定脱贫比例"}),
              # a share right after the things it is a part of: the part that does what follows
              Example("全省政务服务事项90%以上实现网上办理", {"span": "90%", "metric": "政务服务事项实现网上办理比例"}),
              Example("本地高校毕业生六成留在本市就业", {"span": "六成", "metric": "本地高校毕业生留在本市就业比例"})),
    negatives=(),
)

RATIO_TO_BASIS = Rule(
    name="metric.ratio_to_basis",
    doc="A multiple whose clause is only a verb and its basis (新启动21个改造项目，是计划任务的2.1倍) measures the "
        "figure before it in the sentence, not the basis.",
    examples=(Example("去年新开工保障房1.2万套，是年度计划的1.3倍。", {"span": "1.3倍", "metric": "新开工保障房"}),
              # a bound word may open the clause
              Example("上海人均可支配收入8.8万元，约为全国平均水平的2.1倍。", {"span": "2.1倍", "metric": "人均可支配收入"},
                      place="中国")),
    negatives=(),
)

RESTATED = Rule(
    name="metric.restated",
    doc="An amount in another currency right after a converting phrase (按年平均汇率折算约合, 折合) restates the "
        "amount before it in its sentence: it takes that amount's metric.",
    examples=(Example("全年人均地区生产总值72000元，按年平均汇率折算约合10200美元。", {"span": "10200美元",
                                                                  "metric": "人均地区生产总值", "unit": "USD"}),
              Example("全年全县人均生产总值5.6万元，折合7900美元。", {"span": "7900美元", "metric": "人均生产总值"})),
    negatives=(),
)

REACHED = Rule(
    name="metric.reached",
    doc="A count right after a verb of reach (惠及) counts those reached: 惠及 and the noun counted (惠及8.1万个困难家庭 → "
        "惠及困难家庭) or written between (惠及群众86万人次 → 惠及群众), else the measure of its classifier (惠及160余万人 → "
        "惠及人数, 惠及4550万人次 → 惠及人次).",
    examples=(Example("全年举办文化惠民演出1200场，惠及群众86万人次", {"span": "86万人次", "metric": "惠及群众"}),
              Example("发放消费券5000万元，惠及近20万人", {"span": "20万人", "metric": "惠及人数", "bound": "approx"}),
              Example("发放租房补贴1.2亿元，惠及3.6万户困难家庭", {"span": "3.6万户", "metric": "惠及困难家庭"}),
              # …and what reaches the people counted after 覆盖 (a scheme's coverage): its name and their measure
              Example("全市长期护理保险试点覆盖120万人", {"span": "120万人", "metric": "长期护理保险试点覆盖人数"})),
    negatives=(),
)

MONEY_PUT_TO_USE = Rule(
    name="metric.money_put_to_use",
    doc="Money followed by a verb of putting it to a use (统筹9.8亿元用于援企稳岗), where the phrase before it ends in "
        "a verb or is the money alone (资金), is the money for that use: the use and the money (援企稳岗资金, X资金); "
        "money put in (投入567亿元) and followed by what it does is that work's 投入 (办好民生实事投入).",
    examples=(Example("今年省财政拿出52亿元用于产业扶持", {"span": "52亿元", "metric": "产业扶持资金"}),
              Example("省级下达资金3亿元用于农村危房改造", {"span": "3亿元", "metric": "农村危房改造资金"}),
              # money put in (投入, 支出) and what it does: that work's 投入
              Example("全年投入18亿元改造城市老旧管网", {"span": "18亿元", "metric": "改造城市老旧管网投入"})),
    negatives=(),
)

PEOPLE_RELIEVED = Rule(
    name="metric.people_relieved",
    doc="People counted between a verb of relief (解决, 免除) and what it solves or spares them, a problem or a fee "
        "ending their clause, are named by the verb, that object and the people (解决饮水安全问题的农村人口).",
    examples=(Example("去年新解决1200万农村人口饮水安全问题", {"span": "1200万", "metric": "解决饮水安全问题的农村人口"}),
              Example("今年再解决300万人饮水困难", {"span": "300万人", "metric": "解决饮水困难的人口"}),
              Example("全年免除260万名城乡困难学生的住宿费", {"span": "260万名", "metric": "免除住宿费的城乡困难学生"}),
              Example("累计减免80万户农户水费", {"span": "80万户", "metric": "减免水费的农户"})),
    # no people counted, or no problem or fee after them
    negatives=("全年解决120个项目用地问题", "免除50万名学生学杂费和教科书费用，并补助生活费"),
)

SHARE_OF_FOLLOWING = Rule(
    name="metric.share_of_following",
    doc="A percentage before 的 and a clause (85%的行政村通了5G) is the share of what the clause describes.",
    examples=(Example("全省92%的行政村通了5G网络", {"metric": "通5G网络的行政村占比", "kind": "share"}),
              Example("全县80%的乡镇卫生院均建成中医馆", {"metric": "建成中医馆的乡镇卫生院占比"}),
              # a predicate of growth after them is what is said of them, not stripped (实现增长)
              Example("全市超过八成的工业行业实现增长", {"metric": "实现增长的工业行业占比"}),
              # a frame before the share (工业中) names their whole; shares listed share what is said of the last
              Example("制造业中超过七成的行业、近六成的产品实现了增长", {"span": "七成", "metric": "实现增长的行业占比"}),
              Example("制造业中超过七成的行业、近六成的产品实现了增长", {"span": "六成", "metric": "实现增长的产品占比"}),
              # a modal verb says they can, no part of what they do; 在 opens where they do it
              Example("力争90%以上的村民都能在家门口就医", {"metric": "在家门口就医的村民占比"}),
              # after a verb: the share of what the verb reaches, its owner kept
              Example("去年，全县农村集中供水工程覆盖95%的山区人口", {"metric": "农村集中供水工程覆盖山区人口比例", "kind": "share"}),
              # a locative after the verb and a bound may stand around the share (以上的 defines no set here)
              Example("城际铁路已覆盖区域内85%以上的县城", {"metric": "城际铁路覆盖县城比例", "kind": "share", "bound": "ge"}),
              # 以上的 defines no set without a rate word before it or a count of the set after it
              Example("全县90%以上的村卫生室配备了全科医生", {"metric": "配备全科医生的村卫生室占比", "kind": "share"}),
              # the things counted may follow without 的 when they are places, people or bodies counted
              Example("去年，城乡公交覆盖85%乡镇", {"metric": "城乡公交覆盖乡镇比例", "kind": "share"}),
              Example("全省已有60%县区建成县域医共体", {"metric": "建成县域医共体的县区占比", "kind": "share"}),
              # a one-character set (县, 村); a predicate the tagger reads as a noun (落户)
              Example("一半以上的县建成了综合文化服务中心", {"metric": "建成综合文化服务中心的县占比", "kind": "share"}),
              Example("去年，三分之二的外资项目落户开发区", {"metric": "落户开发区的外资项目占比", "kind": "share"})),
    negatives=("延续15%企业所得税优惠政策",),  # a rate of the tax, no share of things
)

OWNED_HEAD = Rule(
    name="metric.owned_head",
    doc="A head written alone after a figure of its owner (播种面积…，总产量…) is the owner's; a total "
        "after a count (新增…、总数达…), or a per-day count with its verb alone (平均每天新增…), counts the same things; "
        "贡献率 alone after a pull (…拉动经济增长1.2个百分点，贡献率…) is the puller's contribution to it.",
    examples=(Example("全年全县玉米播种面积80.2万亩，总产量36.5万吨", {"span": "36.5万吨", "metric": "玉米总产量"}),
              Example("新增省级森林乡村12个、总数达到86个", {"span": "86个", "metric": "省级森林乡村"}),
              Example("全年新增光伏装机120万千瓦、总装机达到900万千瓦", {"span": "900万千瓦", "metric": "光伏总装机"}),
              # a contribution's head alone after a pull: the puller's contribution to what it pulled
              Example("上半年，投资拉动经济增长1.2个百分点，贡献率为24%", {"span": "24%", "metric": "投资对经济增长的贡献率"}),
              Example("四星级酒店新增3家，4A级景区新增两处、总数达到42家", {"span": "42家", "metric": "4A级景区"}),
              # what institutions counted have (招生, 在校学生) is theirs
              Example("全县有普通高中5所，招生3200人，在校学生9600人", {"span": "9600人", "metric": "普通高中在校学生"}),
              # …also after a first head written with them (技工学校招生…，在校生…)
              Example("全年全市技工学校招生4500人，在校生1.3万人。", {"span": "1.3万人", "metric": "技工学校在校生"}),
              # a per-day rate with its verb alone counts what the figure before measured
              Example("全市新登记经营主体增长8%，日均新增320户", {"span": "320户", "metric": "日均新增主体"})),
)

CONTRIBUTION_OWNER = Rule(
    name="metric.contribution_owner",
    doc="A contribution or pull written without its owner (…，对经济增长贡献率达60%; …，拉动全部投资增长6.1个"
        "百分点) is the contribution of the level named before it in the sentence.",
    examples=(Example("上半年，全区工业增加值增长9.1%，对经济增长的贡献率达到48.2%",
                      {"span": "48.2%", "metric": "工业对经济增长的贡献率"}),  # the sector's, not its value added's
              # a flow's contribution to the same flow's growth in a wider whole is its owner's, the subject's
              Example("前三季度，苏州进出口总值1.9万亿元，增长8%，对同期全国外贸增长的贡献度达12%",
                      {"span": "12%", "metric": "对全国外贸增长的贡献度", "subject": "苏州市"}, place="江苏省"),
              Example("全县工业投资增长18%，拉动全部投资增长6.1个百分点",
                      {"span": "6.1个百分点", "metric": "工业投资拉动全部投资增长"}),
              # the goods pull the flow the contribution names already
              Example("1-6月，全省出口纺织服装900亿元，增长6%，拉动出口增长0.8个百分点",
                      {"span": "0.8个百分点", "metric": "纺织服装拉动出口增长"}, place="浙江省"),
              Example("钢材、铜材等合计进口300亿元，增长12%，拉动进口增长1.1个百分点",
                      {"span": "1.1个百分点", "metric": "拉动进口增长"}, place="浙江省"),
              # a list's values pulled together: no item owns the pull
              Example("前三季度，全省对美国、日本出口分别增长9%和4%，合计拉动出口增长2.6个百分点",
                      {"span": "2.6个百分点", "metric": "拉动出口增长"}, place="浙江省"),
              # after the economy's own growth the contribution is the region's, the subject's
              Example("上半年，珠三角地区生产总值增长7.2%，对全省经济增长贡献率达81.5%",
                      {"span": "81.5%", "metric": "对全省经济增长贡献率", "subject": "珠三角地区"}, place="广东省")),
)

INDICATOR = Rule(
    name="metric.indicator",
    doc="A phrase that ends in a known indicator (data/indicators.toml) after the name of the "
        "organisation or facility that owns it names the indicator.",
    examples=(
        Example("其中，人身保险公司保费收入16.6亿元", {"metric": "人身保险公司保费收入"}),
        Example("去年，白云国际机场年旅客吞吐量6317万人次", {"metric": "旅客吞吐量"}),
        # an indicator with a verb inside (期望: the tagger's verb) is whole, its owner's 的 dropped
        Example("全省人口的平均期望寿命达到79岁", {"metric": "人口平均期望寿命"}),
        # a word that ends like a firm's name (新能源: 能源) is a qualifier, not an owner
        Example("上半年，全市新能源汽车出口增长1.2倍", {"span": "1.2倍", "metric": "新能源汽车出口"}),
        Example("全年全省各类保险公司原保险保费收入912亿元", {"metric": "原保险保费收入"}),
        Example("皖江城市带承接产业转移示范区实际到位资金超3000亿元", {"metric": "实际到位资金"}),
        Example("全县各类保险机构全部保费收入15.3亿元", {"metric": "保费收入"}),
        # a kind of facility alone, no name of one, restricts the indicator
        Example("一季度，全省铁路货运周转量增长5%", {"span": "5%", "metric": "铁路货运周转量"}),
        Example("针对社会消费品零售总额增长5%这一数据，专家表示消费仍在恢复", {"metric": "社会消费品零售总额"}),
        # between nouns, a verb that hands something over: the thing handed is measured
        Example("去年向1200名困难学生发放助学金860万元", {"span": "860万元", "metric": "助学金"}),
        # who it is for (one or a list), then the act
        Example("今年以来为外贸企业办理退税86亿元", {"span": "86亿元", "metric": "办理退税"}),
        Example("全年为农户和合作社发放贴息资金2000万元", {"span": "2000万元", "metric": "贴息资金"}),
    ),
    negatives=(),
)

_WORD_START = compiled(r"“?[\p{Han}A-Za-z]")  # (500万元“研发贷”: a quoted name)


@lexical_cache
def _patterns() -> dict[str, regex.Pattern]:
    """The metric stage's patterns, built from data/attribution.toml [metric]."""
    def alt(*key: str) -> str:
        return alternation("attribution", "metric", *key)

    rates = alt("rate_words")
    amount_units = [surface for surface, unit in units().items() if unit.kind == "amount"]
    return {
        # 占有量, 占地 are no share, but 占地区生产总值比重 is
        "share_relative": compiled(rf"{alt('share_verb')}[^，,。；;的]+的(?!{alt('share_nouns')})(?=\p{{Han}})"),
        "share_verb": compiled(rf"{alt('share_verb')}(?!(?!{alt('share_verb_despite')}){alt('share_verb_not_before')})"
                               rf"|{alt('share_equivalents')}(?=[^，,。；;]*的{alt('share_nouns')})"),
        "rate": compiled(rates),
        "rate_suffix": compiled(rf"{rates}$"),
        "whole_prefix": compiled(rf"^(?:{alt('whole_prefixes')}|{alt('partner_self')}(?!{alt('self_not_before')}))+"),
        "contribution_verb": compiled(rf"(?<=\p{{Han}}{{2}}){alt('contribution_verbs')}(?=.*{alt('contribution_heads')}$)"),
        "leading_connectives": compiled(rf"^(?:{alt('connectives')})+"),
        "pull": compiled(rf"{alt('pull_verbs')}[^，,。；;]{{1,16}}?{alt('pull_results')}"),
        "driven": compiled(rf"(?r){alt('driving_verbs')}"),  # the last one
        "pull_adverb": compiled(alt("pull_adverbs")),
        "share_within": compiled(rf"^{alt('share_within', 'opening')}(?P<whole>[^，,。；;]{{1,12}}?)"
                                      rf"{alt('share_within', 'closing')}(?P<verb>{alt('share_verb')})"),
        # 服务业在国内生产总值中的比重: an owner, then its whole inside 在…中 and a share noun, no 占
        "share_inside": compiled(rf"^(?P<owner>[^，,。；;]{{1,12}}?){alt('share_within', 'opening')}(?P<whole>[^，,。；;]{{1,12}}?)"
                                 rf"{alt('share_within', 'closing')}{alt('share_nouns')}$"),
        "share_tail": compiled(rf"的?(?P<noun>{alt('share_nouns')})?{alt('from_words')}?的?$"),
        "article": compiled(rf"{alt('articles')}.?"),
        "owner_tail": compiled(rf"{alt('owner_tails')}+$"),
        "built_suffix": compiled(rf"{alt('built', 'suffixes')}$"),
        # 3个10万吨级码头: an amount and 级 right after a count grade what it counts
        "graded_after": compiled(rf"\d+(?:\.\d+)?[{UNIT_CHARS}]*{trie_pattern(amount_units)}{alt('grade_suffixes')}"),
        # (a one-character 县, 省 opens names: 县医院, 省重点项目)
        # 11个|省市GDP, 39个|重灾县(市)地区生产总值: a modifier may stand before the region noun, a note after it
        "counted_places": compiled(rf"(?:\p{{Han}}{{0,2}}?(?:{trie_pattern([w for w in load('attribution')['subjects']['region_nouns'] if len(w) > 1] + words()['counted_areas'])})"
                                   rf"|\p{{Han}}{{0,2}}?{alt('counted_place_nouns')}(?=[(（]))"  # (县医院 counts hospitals)
                                   rf"(?:[(（][^()（）]{{1,8}}[)）])?(?!{alt('grade_suffixes')})(?=[\p{{Han}}A-Za-z])"),
        "trend": compiled(alt("trend_nouns")),
        "announced": compiled(rf"(?P<who>\p{{Han}}{{1,4}}?)(?:{alt('announcing_verbs')})(?=\p{{Han}}{{2}})"),
        "reached": compiled(rf"(?:{alt('reached_verbs')})(?P<noun>\p{{Han}}{{0,6}})$"),  # 惠及(群众)86万人次
        "time_taken": compiled(rf"(?:{alt('built', 'time_taken_openers')})(?P<done>\p{{Han}}{{2,12}})$"),
        "time_used": compiled(rf"(?:{alt('built', 'time_used_adverbs')})?(?:{alt('built', 'time_used_verbs')})$"),
        # (约为全国平均水平的2.2倍: a bound word may open it)
        "ratio_to_basis": compiled(rf"\s*(?:{trie_pattern(bounds()['before'])})?(?:{alt('ratio_basis_verbs')})[^，,。；;的]{{1,12}}的"),
        "counted_place_framed": compiled(rf"\p{{Han}}{{0,2}}?{alt('counted_place_nouns')}(?=\p{{Han}})"),
        "reach_end": compiled(rf"(?P<verb>{alt('reach_verbs')})(?:\p{{Han}}{{0,3}}{alt('locatives')})?$"),
        "owners_joint": compiled(rf"(?:{alternation('attribution', 'lists', 'connectors')}|{alt('owner_list_ends')}|的)+"),
    }


EXTENSION_LEAD = 3  # tokens at most before the verb that opens a clause of extension (有序/推进, 稳妥/推进)
_NOT_A_TERM = frozenset({"v", "p", "a", "d", "ad"})


def _extension(doc: Document, m: Mention) -> str:
    """EXTENSION: what is extended, from its clause's first noun to the extension verb right before m."""
    clause = doc.clause_start(m.start)
    verb = next((v for v in by_length(_built()["extension_verbs"]) if doc.text.endswith(v, clause, m.start)), None)
    if verb is None:
        return ""
    tokens = list(tag(doc.text[clause:m.start - len(verb)]))
    # 有序推进|第二轮土地承包到期后, 做好|…, 将|…政策: the verbs that open the clause, how they are done and a
    # preposition are no part of the term
    opening = next((i for i, (word, _) in enumerate(tokens[:EXTENSION_LEAD]) if word in leading_verbs()), None)
    tokens = tokens[opening + 1 if opening is not None else 0:]
    while len(tokens) > 2 and tokens[0][1] in _NOT_A_TERM:
        tokens.pop(0)
    term = _without_owners("".join(word for word, _ in tokens))
    return term + _built()["extension_term"] if len(term) >= 2 else ""


def _without_enumeration_end(metric: str) -> str:
    ends = by_length(words()["enumeration_ends"])
    return metric.removesuffix(next(end for end in ends if metric.endswith(end)))


def _put_to_use(doc: Document, m: Mention) -> tuple[str, str] | None:
    """After 财政支出70%以上用于民生 (SHARE_PUT_TO_USE): the noun right after the share, the whole
    where written (76.1%的财政支出用于民生), and 用于民生比重; None where no use follows."""
    if (used := _use_after(doc, m)) is None:
        return None
    noun, verb, use = used
    return noun, verb + use + _built()["share_noun"]


def _use_after(doc: Document, m: Mention) -> tuple[str, str, str] | None:
    """The noun, the verb of putting to a use and the use written right after m (财政支出70%以上用于民生,
    统筹9.8亿元用于援企稳岗); None where no use follows."""
    pos = (bound.end() if (bound := bound_word_after(doc.text, m.end)) else m.end)
    end = doc.clause_end(pos)
    found = _use_pattern().match(doc.text, pos, end)
    use = regex.sub(r"[“”\"]", "", without_brackets(doc.text[found.end():end])) if found else ""  # (not clean(): 用于产业发展 keeps 发展)
    if not use or len(use) > USE_LENGTH:
        return None
    return found.group("noun"), found.group("verb"), use


def _people_relieved(doc: Document, m: Mention) -> str:
    """PEOPLE_RELIEVED: 解决1200万农村人口饮水安全问题 → 解决饮水安全问题的农村人口."""
    if m.kind != "count":
        return ""
    # (a bounded look back: a clause of 10,000 counts stays linear)
    before = doc.text[max(doc.clause_start(m.start), m.start - RELIEF_VERB_REACH):m.start].rstrip()
    before = before.removesuffix(words()["aspect_particles"][0])
    if not (found := _relief_verb().search(before)):
        return ""
    verb = found.group()
    after = doc.text[m.end:doc.clause_end(m.end)].strip()
    heads = tuple(words()["people_heads"])
    for end in range(2, min(len(after), PEOPLE_LENGTH) + 1):
        people, relief = after[:end], after[end:].removeprefix("的")
        if people.endswith(heads) and _relief(relief):
            return verb + relief.replace("的", "") + "的" + people  # (养老保障的历史遗留问题: one 的, the clause's)
    if (m.classifier or "") in words()["people_classifiers"] and _relief(after):
        return verb + after.replace("的", "") + "的" + _built()["population"]  # 解决6000万人安全饮水问题
    return ""


def _relief(text: str) -> bool:
    """安全饮水问题, 住宿费: what a verb of relief solves or spares people."""
    return 2 <= len(text) <= RELIEF_LENGTH and text.endswith(tuple(words()["relief_objects"])) \
        and _ALL_HAN.fullmatch(text) is not None


_ALL_HAN = compiled(r"\p{Han}+")


@lexical_cache
def _relief_verb() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(words()['relief_verbs'])})$")


RELIEF_VERB_REACH = 24  # characters before the people counted where the verb of relief is looked for
PEOPLE_LENGTH = 10  # characters at most of the words for the people relieved (农村寄宿制学生)
RELIEF_LENGTH = 12  # …and of what relieves them (饮水安全问题)


def _money_put_to_use(doc: Document, m: Mention, metric: str) -> str:
    """MONEY_PUT_TO_USE: the money for the use written right after it (统筹9.8亿元用于援企稳岗 → 援企稳岗资金),
    where the phrase before names no more than who spends it and how (a verb ends it) or the money alone (资金)."""
    if m.unit != "CNY" or (used := _use_after(doc, m)) is None or used[0] or used[1] not in words()["purpose_verbs"]:
        return ""
    tokens = tag(metric) if metric else ()
    if not tokens or tokens[-1][1] == "v":
        return used[2] + words()["spending"]["money"][0]  # (援企稳岗资金: the money, named as the use and 资金)
    return used[2] + metric if metric in words()["purpose_heads"] else ""


def _before_their_rate(counted: str) -> str:
    """COUNTED_NOUN: 147个国考断面水质优良率达98.6% counts 国考断面: a rate of the things counted (and the quality
    it measures) after their name is the figure's, not the count's."""
    tokens = tag(counted)
    if len(tokens) < 2 or len(tokens[-1][0]) < 2 or not tokens[-1][0].endswith(tuple(words()["rate_name_ends"])):
        return counted
    tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[-1][0] in words()["measured_qualities"]:
        tokens = tokens[:-1]
    return "".join(word for word, _ in tokens)


def _money_invested(doc: Document, m: Mention) -> str:
    """MONEY_PUT_TO_USE: 投入567亿元办好民生实事 → 办好民生实事投入: money put in (a spending verb that is its noun
    too, right before it), then what the money does up to the clause's end; else ""."""
    spending = words()["spending"]
    before = doc.text[doc.clause_start(m.start):before_bound(doc.text, m.start)]
    verb = next((v for v in spending["verbs"] if v in spending["nouns"] and before.endswith(v)), None)
    done = _done_after(doc, m) if verb and m.unit == "CNY" else ""
    return done + verb if done else ""


USE_LENGTH = 16  # characters of a use named after its verb (用于科研学术活动); a longer clause names no use


@lexical_cache
def _use_pattern() -> regex.Pattern:
    built = _built()
    return compiled(rf"的?(?P<noun>\p{{Han}}{{0,{USED_NOUN}}}?)(?:{trie_pattern(built['use_modals'])})?(?P<verb>{trie_pattern(built['use_verbs'])})")


USED_NOUN = 12  # characters at most of the noun between a share and its use (1/3以上的省科技创新战略专项资金投向…)


def _built() -> dict:
    """How czfacts names what it builds: X增量, X增速, X占Y比重, X占比 (SPEC §2)."""
    return words()["built"]


_QUOTES = "“”\""


def _ownerless_pull(phrase: str) -> str | None:
    """…工业投资增长23.4%，拉动全部投资增长7.2个百分点: the pull as written, for the owner
    named before it (metric.contribution_owner)."""
    phrase = phrase.strip()
    adverb = _patterns()["pull_adverb"].match(phrase)  # 合计拉动进出口整体增长: the adverb is no part of it
    found = _patterns()["pull"].fullmatch(phrase, adverb.end() if adverb else 0)
    return found.group() if found else None


@lexical_cache
def _rank_verb_first() -> regex.Pattern:
    return compiled(rf"^(?:{trie_pattern(load('attribution')['scopes']['rank_verbs'])})")


def _foreign_currency(unit: str | None) -> bool:
    """USD, EUR: a currency's ISO code other than the yuan's."""
    return unit is not None and len(unit) == 3 and unit.isupper() and unit != "CNY"


@lexical_cache
def _converting() -> regex.Pattern:
    """按年平均汇率折算约合, 折合: the words that restate an amount in another currency (data metric.conversions)."""
    c = words()["conversions"]
    return compiled(rf"(?:{trie_pattern(c['rate_opening'])})?[^，,。；;]{{0,12}}?(?:{trie_pattern(c['rate'])})?"
                    rf"(?:{trie_pattern(c['verbs'])})+")


def _ratio_to_a_basis(doc: Document, m: Mention) -> bool:
    """是计划任务的2.1倍: a multiple whose clause is only its verb and a basis measures the figure before it."""
    return bool(_patterns()["ratio_to_basis"].fullmatch(doc.text, doc.clause_start(m.start), m.start))


def _left_phrase(doc: Document, m: Mention) -> str:
    """The phrase before the number without its periods, basis and subject."""
    start, _ = governing_span(doc, m)
    phrase = phrase_before(doc, m)
    subject_start = m.subject.start if m.subject else None
    if subject_start is not None and COUNTED_OWNER.name in m.refined_by:
        # 18个极重灾县: the count is a figure of its own, the phrase opens after it
        subject_start += past_count(doc.text[subject_start:m.subject.end])
    if m.subject and subject_start is not None and subject_start >= start and m.subject.end <= m.start:
        subject_text = doc.text[subject_start:m.subject.end]
        at = phrase.rfind(subject_text)
        if at >= 0 and CONTRIBUTION_PLACE.name in m.refined_by:  # 工业对湖北全省经济增长: the place is cut out
            rest = phrase[at + len(subject_text):]
            rest = rest[len(reference):] if (reference := place_reference(rest)) else rest
            phrase = phrase[:at] + (rest[1:] if rest.startswith("的") else rest)
        elif at >= 0:
            phrase = phrase[at + len(subject_text):]
            phrase = phrase[1:] if phrase.startswith("的") else phrase
            area = next((w for w in _area_suffixes() if phrase.startswith(w)), "")
            region = lookup(subject_text)
            if area and region and region.level == REGION and not opens_an_indicator(phrase):
                phrase = phrase[len(area):]  # 长三角区域民营企业进出口 (but 江苏区域中心, 天津地区生产总值: names)
    elif (reference := place_reference(phrase)) and resolve_reference(reference, doc) is None:
        phrase = phrase[len(reference):].removeprefix("的")  # 我省实际使用外资 without a place: it owns, it names no metric
    if STORY_FIRM.name in m.refined_by:
        phrase = phrase.removeprefix(firm_short_name(str(m.subject.value)))  # 比亚迪单车利润: the story's firm owns it
    pointer = back_reference_pattern().match(phrase)
    if pointer and (BACK_REFERENCE.name in m.refined_by or STORY_FIRM.name in m.refined_by
                    or FIRM_CARRY.name in m.refined_by and pointer.group("pointer")):
        phrase = phrase[pointer.end():]  # 该港集装箱吞吐量, 这家企业营业收入: what is pointed back at owns it, it names nothing
    if m.kind == "growth" and (driven := _patterns()["driven"].search(phrase)) and len(phrase) - driven.end() >= 2:
        phrase = phrase[driven.end():]  # 设备更新带动设备工器具购置投资增长14.6%: the growth of what was driven
    if (announced := _patterns()["announced"].match(phrase)) and all(pos in _ANNOUNCER_TAGS for _, pos in tag(announced.group("who"))):
        phrase = phrase[announced.end():]  # 中央提出|经济增长预期目标为8%: the announcer and the verb name nothing
    return "" if basis_opens(phrase) else phrase


_ANNOUNCER_TAGS = frozenset({"n", "nt", "ns", "r", "j"})  # 中央, 国务院, 我们, 政府


def _previous_clause(doc: Document, m: Mention, previous: Mention | None) -> str:
    """粮食产量再创新高，达到69541万吨: the clause before, without a number of its own,
    names what the number measures."""
    if (span := _clause_before(doc, m, previous)) is None:
        return _trend_sentence_before(doc, m, previous)
    clause = _without_owners(_without_periods(doc, *span))  # 中部地区进出口快速增长 → 进出口
    if "的" in (topic := _topic_alone(doc, span, m, clause)):
        return topic  # 每百元固定资产净值提供的税收利润，2021年为31.5元: a topic its own clause describes, whole
    noun = noun_core(metric_phrase(clause))
    if indicator_of(noun):
        return noun if len(noun) >= 2 else ""
    if _patterns()["share_verb"].search(clause):
        # 产值占工业总产值比重，由32%提高至39.9%: the share the clause before names
        shared = _without_owners(clean(clause))
        return _share_metric(shared, None, lambda: "") if m.kind in ("share", "change") \
            and _patterns()["share_verb"].search(shared) else ""
    noun, moving = _noun_of_clause(clause)  # 猪肉价格保持低位: the noun before the clause's verb
    # (用电需求增速逐年下降: a noun whose rate moves is an indicator, whatever its head)
    if moving and len(noun) >= 2 or indicator_of(noun) or any(noun.endswith(h) and len(noun) > len(h) for h in words()["heads"]):
        return noun
    if m.unit == "CNY" and m.kind == "amount" and (fund := metric_phrase(clause)) != clause \
            and fund.endswith(tuple(words()["spending"]["money"] + words()["sums_of_money"])):
        return fund  # 设立清洁能源产业专项资金，首期安排50亿元: the money the clause before set up
    if (m.kind in ("growth", "change") or m.change_of_level) and (raised := _raised_level(clause)):
        return raised  # 提高企业退休人员基本养老金水平，年均增长10%; 降低农业税税率，每年降低1个百分点: the level moved
    # 城乡居民的平均消费水平，由…提高到…: a noun phrase alone in its clause
    return topic or _noun_that_changed(clause) or _indicator_opening(doc, m, span, previous) or _sole_indicator(clause, m)


POINTED_BACK = Rule(
    name="metric.pointed_back",
    doc="A sentence that opens by pointing back (这个比重, 这一比例) at a measure the sentence before names without a "
        "figure gives its figures that measure.",
    examples=(Example("全市研发投入占生产总值的比重不断提高。这个比重，2020年为2.1%，2023年达到2.6%。",
                      {"span": "2.6%", "metric": "研发投入占生产总值比重"}),),
    negatives=(),
)


def _pointed_back(doc: Document, m: Mention) -> str:
    """The measure the sentence before ``m``'s names, where ``m``'s sentence opens with a word pointing
    back at it (data metric.pointing_back: the pointer's last two characters are the measure's head)."""
    start = doc.sentence(m.start)[0]
    pointer = next((p for p in words()["pointing_back"] if doc.text.startswith(p, start)), None)
    if pointer is None or not start or doc.paragraph(start - 1) != doc.paragraph(m.start):
        return ""
    head = pointer[-POINTED_HEAD:]
    at = doc.text.rfind(head, doc.sentence(start - 1)[0], start)
    return metric_phrase(_without_owners(doc.text[doc.clause_start(at):at + len(head)])) if at >= 0 else ""


POINTED_HEAD = 2  # characters of the measure a pointer ends in (这个|比重, 这一|指标)


def _sole_indicator(clause: str, m: Mention) -> str:
    """各省份GDP数据陆续出炉，西藏以9.1%的增速领跑: the one known indicator a numberless clause before
    names, anywhere in it, is what a growth, a rank or a level in its unit measures."""
    if m.kind not in ("growth", "rank", "amount") or len(found := find_indicators(clause)) != 1:
        return ""
    name = clause[found[0].start:found[0].end]
    return name if m.kind != "amount" or indicator_unit(name) == m.unit else ""


def _residence_split(doc: Document, m: Mention, phrase: str, prior: Attribute | None) -> str:
    """其中，城市上涨1.9%，农村上涨1.5%: an urban or rural part written alone is that part of the
    indicator the figure before (or the clause or sentence before) names."""
    parts = words()["residence_parts"]
    if (part := clean(phrase)) not in parts:
        return ""
    bases = (str(prior.value),) if prior else (_previous_clause(doc, m, None), _indicator_of_sentence_before(doc, m))
    for base in bases:
        base = base.removeprefix(next((p for p in parts if base.startswith(p)), ""))
        if indicator_of(base):
            return part + base
    return ""


def _indicator_of_sentence_before(doc: Document, m: Mention) -> str:
    """全年居民消费价格涨幅与上年持平。其中，…: the first indicator the sentence a 其中 goes on from names."""
    start = doc.sentence(m.start)[0]
    if not start or not doc.text.startswith(continuations(), start):
        return ""
    before = doc.sentence(start - 1)[0]
    found = find_indicators(doc.text[before:start])
    return doc.text[before + found[0].start:before + found[0].end] if found else ""


def _indicator_opening(doc: Document, m: Mention, span: tuple[int, int], previous: Mention | None) -> str:
    """农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%: a known indicator alone in the sentence's first
    clause, with numberless clauses between, is what the figure measures."""
    opening = doc.sentence(m.start)[0]
    first = (opening, doc.clause_end(opening))
    if first[1] >= span[0] or previous is not None and previous.end > first[0]:
        return ""  # (the clause before is the first: read above; a figure between names its own)
    noun = clean(_without_owners(_without_periods(doc, *first)))
    return noun if indicator_of(noun) else ""


def _raised_level(clause: str) -> str:
    """提高企业退休人员基本养老金水平 → 企业退休人员基本养老金水平: the noun phrase a verb of raising (or
    lowering) opens its clause with (the adverbs before it aside), when nothing but nouns follows."""
    tokens = list(tag(clause.strip()))  # (not clean(): it takes the verb off)
    while tokens and (tokens[0][1] in _HOW_IT_CHANGED or tokens[0][1] in ("c", "x")):
        tokens.pop(0)  # 并, 持续, 稳步
    if len(tokens) < 2 or tokens[0][0] not in words()["raise_verbs"] + words()["lower_verbs"]:
        return ""
    level = tokens[1:]
    # 企业/退休/人员, 最低/生活/保障/标准: verbs and adjectives between nouns are inside the name
    opens_with_a_verb = level[0][1] == "v" and (len(level) < 2 or level[1][1] not in _LEVEL_TAGS)
    if opens_with_a_verb or level[-1][1] not in _LEVEL_TAGS or any(p not in _LEVEL_TAGS | {"v", "a"} for _, p in level):
        return ""
    return "".join(word for word, _ in level)


def _noun_that_changed(clause: str, glued_verbs: bool = False) -> str:
    """预算外资金却大幅度增加，由371亿元增加到650亿元: a noun and how it changed, nothing else, name
    what the figures after it measure; ``glued_verbs``: also a verb the tagger glued to how fast it
    changed (外贸进出口快速增长, a sentence of its own: within a sentence the number's clause may name its
    own noun after it, 税负明显降低；保持6%一档的税率, which is read later)."""
    tokens = list(tag(clause.strip()))
    if glued_verbs and tokens and (glued := _glued_change(tokens[-1][0])):
        tokens[-1:] = [(glued[0], "d"), (glued[1], "v")]  # 快速增长, one word to the tagger
    if len(tokens) < 2 or tokens[-1][0] not in change_verbs():
        return ""
    verb, _ = tokens.pop()
    while tokens and tokens[-1][1] in _HOW_IT_CHANGED:
        tokens.pop()  # 却大幅度, 快速, 明显
    noun = clean("".join(word for word, _ in tokens))
    if len(noun) < 2 or not all(pos in _TOPIC_TAGS or word in words()["heads"] for word, pos in tag(noun)):
        return ""
    head = words()["implied_heads"].get(verb, "")  # 粮食仍然连年增产，…达到3.3亿吨: 粮食产量
    return noun if noun.endswith(head) else noun + head


_HOW_IT_CHANGED = frozenset({"d", "ad", "a"})


def _glued_change(word: str) -> tuple[str, str] | None:
    """快速增长 → (快速, 增长): how fast and a verb of change the tagger reads as one word, else None."""
    if word in change_verbs():
        return None
    verb = next((v for v in by_length(change_verbs()) if word.endswith(v) and len(word) > len(v)), None)
    how = word[:-len(verb)] if verb else ""
    return (how, verb) if verb and all(pos in _HOW_IT_CHANGED for _, pos in tag(how)) else None


def _counted_reach(doc: Document, m: Mention, next_start: int) -> int:
    """Where the things a count counts may end: the next figure, unless it stands right after the
    count inside their name (7个750千伏输变电工程), then the clause's end."""
    return doc.clause_end(m.end) if next_start <= past_bound(doc.text, m.end) else next_start


def _counted_text(doc: Document, m: Mention, next_start: int) -> str:
    """The text where the things a count counts are named; at the text's end a sentence end closes
    it (no figure follows the noun there to take an indicator at its end)."""
    reach = _counted_reach(doc, m, next_start)
    return doc.text[past_bound(doc.text, m.end):reach] + (NO_FIGURE_AFTER if reach == len(doc.text) else "")


NO_FIGURE_AFTER = "。"  # what closes the counted text at the text's end: a sentence end, no figure


def _topic_before(doc: Document, m: Mention, previous: Mention | None) -> str:
    """试点的工业企业，到今年上半年有6600个左右: what a count counts, a topic alone in the clause before."""
    span = _clause_before(doc, m, previous)
    if span is None:
        return ""
    clause = _without_owners(_without_periods(doc, *span))
    return _topic_alone(doc, span, m, clause) or _noun_that_changed(clause)


def _topic_alone(doc: Document, span: tuple[int, int], m: Mention, clause: str) -> str:
    """The noun phrase that is the whole clause ``span`` (read as ``clause``, without its periods and
    owners); not a frame (从总量来看 is metric.frame_topic's), nor before a number of years, a span of
    time (许多落后的地区，在一两年内…), not its measure."""
    if m.unit == "year" or _frame_pattern().match(doc.text, span[0]):
        return ""
    return topic_phrase(clause)


def _trend_sentence_before(doc: Document, m: Mention, previous: Mention | None) -> str:
    """城乡居民储蓄大幅度增加。年末达到1623亿元: a number in the first clause of its sentence whose clause says
    only when and 达到 (为, 是) measures what the sentence before, without a number of its own, says moved (in the
    same paragraph)."""
    start = doc.sentence(m.start)[0]
    if doc.clause_start(m.start) > start + 1 or start < 2 or doc.paragraph(start - 1) != doc.paragraph(m.start) \
            or doc.text[start - 1] != "。" or _without_periods(doc, start, m.start).strip() not in ("", *words()["copulas"]):
        return ""  # (…税负明显降低；保持6%一档的税率: a verb of its own, and the noun after it)
    before = doc.sentence(start - 1)[0]
    if previous is not None and previous.end > before:
        return ""  # (the sentence before has figures: its own)
    # (a noun, how fast, and a verb of change: 外贸进出口快速增长; not 发展势头良好, which says how it goes)
    noun = _noun_that_changed(_without_owners(_without_periods(doc, doc.clause_start(start - 2), start - 1)), glued_verbs=True)
    return "" if _names_places(noun) else noun


def _clause_before(doc: Document, m: Mention, previous: Mention | None) -> tuple[int, int] | None:
    """The clause right before the clause of ``m``, in its sentence, when it holds no number (but the count of
    places that opens it: 三省社会消费品零售总额增速均超过全国，其中辽宁增长5.8%)."""
    start = doc.clause_start(m.start)
    sentence_start = doc.sentence(m.start)[0]
    if previous is not None and previous.kind == "count" and region_count(doc.text[previous.start:previous.end]) \
            and doc.clause_start(previous.start) == previous.start:
        previous = None  # (the owners counted, no figure of the clause's topic)
    if start <= sentence_start + 1 or (previous is not None and previous.end > sentence_start and previous.end >= start - 1):
        return None
    before = doc.clause_start(start - 1)
    return None if previous is not None and previous.end > before else (before, start - 1)


def _named_before(doc: Document, m: Mention, previous: Mention | None) -> str:
    """The noun that opens the numberless clause before ``m``, without how it moves."""
    if (span := _clause_before(doc, m, previous)) is None:
        return ""
    return _noun_of_clause(_without_owners(_without_periods(doc, *span)))[0]


def _noun_of_clause(clause: str) -> tuple[str, bool]:
    """The noun that opens ``clause`` without how it moves (社会领域投资力度加大 → 社会领域投资;
    装备制造业增势明显 → 装备制造业), and whether the clause said how."""
    moving = _patterns()["trend"].search(clause)  # 用电需求增速逐年下降: what stands before the trend word
    if moving and (named := clean(clause[:moving.start()])) and (tokens := tag(named))[0][1] in _TOPIC_TAGS \
            and all(pos in _TOPIC_TAGS | {"v"} for _, pos in tokens):  # (克服二季度增速回落: no noun opens it)
        return named[1:] if named[0] in words()["locatives"] else named, True  # 云南省内用电需求: 内 was the place's
    noun = _leading_noun(clean(clause))
    trend = next((w for w in by_length(words()["trend_nouns"]) if noun.endswith(w)), "")
    return noun[:len(noun) - len(trend)], bool(trend)


ECONOMY = Rule(
    name="metric.economy",
    doc="A percentage of the economy itself (江苏经济同比增长9.7%, 中国经济将保持在7.5%) is its growth: "
        "metric 经济增长, kind growth.",
    examples=(Example("一季度，浙江经济同比增长6.1%", {"metric": "经济增长", "kind": "growth"}, place="中国"),
              Example("机构预测，明年我国经济将保持在5%左右", {"metric": "经济增长", "kind": "growth"}, place="中国"),
              # who announced the goal names nothing
              Example("政府提出全年经济增长目标为6%", {"metric": "经济增长", "kind": "growth"}, place="湖南省"),
              Example("全省实现了6.2%的经济增长", {"metric": "经济增长", "kind": "growth"}, place="湖南省"),
              Example("力争完成6%左右的经济增长预期目标", {"metric": "经济增长", "kind": "growth"}, place="湖南省"),
              # a target of regulation (宏观调控目标) is a goal word, no part of the metric
              Example("今年全省经济增长速度的宏观调控目标，定为7%。", {"metric": "经济增长", "kind": "growth"}, place="湖南省")),
    negatives=(),
)


PREVIOUS_CLAUSE = Rule(
    name="metric.previous_clause",
    doc="A number whose clause names nothing measures the known indicator (or the noun ending in an "
        "indicator head: 牛肉价格) that opens the clause before it (粮食产量再创新高，达到69541万吨).",
    examples=(Example("今年，全省粮食产量再创新高，达到720亿斤。", {"metric": "粮食产量"}),
              # a set a clause of its own defines (…的村, …的县: the tagger reads the noun as a bound morpheme)
              Example("集体经济年收入在10万元以上的村，2020年有120个，2023年增加到350个。",
                      {"span": "350个", "metric": "集体经济年收入在10万元以上的村"}),
              Example("上半年，温州GDP总量最大，达到4100亿元。", {"metric": "GDP总量"}, place="浙江省"),
              # a count of the owners opening the clause before is no figure of its own
              Example("一季度，江苏工业增加值增长6.0%，浙江增长6.6%。从投资看，三省固定资产投资增速均快于全国，其中浙江增长7.3%。",
                      {"span": "7.3%", "metric": "固定资产投资"}, place="中国"),
              Example("一季度，牛肉价格持续回落，同比下降8.5%。", {"metric": "牛肉价格"}),
              # a bare total is of the topic the clauses before open with (生产 said again by the total drops)
              Example("棉花连续三年增产，总产量达到520万吨。", {"span": "520万吨", "metric": "棉花总产量"}),
              Example("纺织工业生产增长较快，总产值增长6.5%。", {"span": "6.5%", "metric": "纺织工业总产值"}),
              # …not of a measure the clause before gives (面积, 产量): the owner that measure names
              Example("全年油料种植面积300万亩，总产量86万吨。", {"span": "86万吨", "metric": "油料总产量"}),
              # …or the sentence before, without a figure, says what moves and the figure's sentence names nothing
              Example("二是，外贸进出口快速增长。全年达到3200亿元，增长12%。", {"span": "3200亿元", "metric": "外贸进出口"}),
              Example("二是，外贸进出口快速增长。全年达到3200亿元，增长12%。", {"span": "12%", "metric": "外贸进出口"}),
              # a topic alone in its clause: a set a clause defines, a head with a verb in its name
              Example("设立村级服务站的行政村，由120个增加到300个。", {"span": "300个", "metric": "设立村级服务站的行政村"}),
              Example("农村低保的覆盖人数，由年初的30万人扩大到年末的45万人。", {"span": "45万人", "metric": "农村低保的覆盖人数"}),
              Example("今年市级财政用于科技的投入，将由去年的12亿元增加到15亿元。", {"span": "15亿元", "metric": "市级财政用于科技的投入"}),
              # money set up in the clause before (设立…基金) is what a sum that names nothing measures
              Example("设立省级科技创新基金，首期安排20亿元。", {"span": "20亿元", "metric": "省级科技创新基金"}),
              # a stage of an act (在治理初期) says when, it names nothing
              Example("全县的森林覆盖率，在治理初期由12%提高到18%。", {"span": "18%", "metric": "森林覆盖率"}),
              # a verb of the genre's acts and its adverb alone (先发行) repeat a verb whose object the sentence named
              Example("省里决定发行乡村振兴债券，分批次投放，今年先发行300亿元。", {"span": "300亿元", "metric": "乡村振兴债券"}),
              # an indicator alone in the sentence's first clause, a numberless clause between
              Example("城镇居民人均可支配收入，扣除价格因素，实际增长5.2%。", {"span": "5.2%", "metric": "城镇居民人均可支配收入"}),
              # a known indicator anywhere in the clause before, the only one there
              Example("前三季度各地GDP数据相继公布，湖北以6.2%的增速位居前列。", {"span": "6.2%", "metric": "GDP"}, place="中国"),
              # the level a verb of raising or lowering moved, by a change after it
              Example("逐步降低企业养老保险单位缴费比例，每年降低0.5个百分点。", {"span": "0.5个百分点", "metric": "企业养老保险单位缴费比例"}),
              # a growth after a count of the steps a level crossed is the level's, not the steps'
              Example("五年来，全市经济总量连跨2个千亿元台阶，年均增长6.1%", {"span": "6.1%", "metric": "经济总量"}),
              # how the indicator moves is no part of its name; a head alone takes the sector before it
              Example("上半年，全市工业投资力度加大，同比增长9.1%。", {"metric": "工业投资"}),
              Example("去年，全县用气需求增速放缓，全年增长3.2%。", {"metric": "用气需求"}),
              Example("上半年，电子信息产业增势强劲，增加值增长12%。", {"metric": "电子信息产业增加值"}),
              Example("今年以来，全市空气优良天数比例稳步提高，9月份升至88.5%。", {"span": "88.5%", "metric": "空气优良天数比例"}),
              # a verb of change alone names nothing: the level before it grows
              Example("上半年，全省贸易顺差860亿元，扩大12.5%。", {"span": "12.5%", "metric": "贸易顺差"}),
              # a clause that raises a level: the level grows (after a streak too, not the streak)
              Example("去年稳步提高城乡居民最低生活保障标准，平均增长8%。", {"metric": "城乡居民最低生活保障标准"}),
              Example("连续5年上调退休人员基本养老金，年均增长7%。", {"span": "7%", "metric": "退休人员基本养老金"}),
              Example("粮食产量达到650万吨，平均每年递增2.1%。", {"span": "2.1%", "metric": "粮食产量"}),
              Example("全年粮食产量达到720亿斤，连续三年站稳在700亿斤以上。", {"span": "700亿斤", "metric": "粮食产量"}),
              # a noun phrase alone in its clause, what describes it included, is the topic of the figures after it
              Example("每百元工业总产值占用的流动资金，2021年为18元，2023年降到15元。",
                      {"span": "15元", "metric": "每百元工业总产值占用的流动资金"}),
              Example("参加合作医疗的农村人口，到去年年底有3200万人。", {"metric": "参加合作医疗的农村人口"}),
              # a noun and how it changed, nothing else (a verb of more output names its 产量)
              Example("全县家庭农场快速增加，由120家增加到300家。", {"span": "300家", "metric": "家庭农场"}),
              Example("近年来全县茶叶连年增产，去年达到1.2万吨。", {"metric": "茶叶产量"})),
    negatives=(),
)


def _speaks_of_the_economy(doc: Document, m: Mention) -> bool:
    """顶住经济下行压力，…全年增长4.8%: the sentence of a growth of nothing named speaks of the economy."""
    word = _built()["economy"][0]
    return 0 <= (at := doc.first_in_sentence(word, m.start)) and at + len(word) <= m.start


def _rated(metric: str) -> str:
    """经济增长 is the economy's growth: the change of its rate is 经济增幅, not 经济增长增幅."""
    return _built()["economy"][0] if metric == _built()["economic_growth"] else metric


def _without_periods(doc: Document, start: int, end: int) -> str:
    """The text of [start, end) less the period expressions in it (从前三季度GDP → 从GDP)."""
    pieces, pos = [], start
    for p in doc.periods_between(start, end):
        pieces.append(doc.text[pos:p.start])
        pos = max(pos, p.end)
    return "".join(pieces) + doc.text[pos:end]


@lexical_cache  # a pure function of the phrase: the phrases before numbers repeat within and across documents
def _last_item(phrase: str, counted: bool) -> str:
    """A single value after an enumeration measures its last item, the class the 等 names or
    the quoted label after the list (钢材、水泥“两大件”产量 → “两大件”产量):
    完成工业园区改造、用户电费成本下降10% → 用户电费成本; 人工智能、生物技术等新兴产业 → 新兴产业
    (等 as a word of its own: 高等教育 stays whole; 交通运输、仓储和邮政业 is one name; 新建、改扩建
    are verbs of one object, no list)."""
    phrase = phrase[_verbs_joined(phrase):]  # 新建、改扩建机场: two verbs of one object
    if LIST_MARK in phrase and "的" in phrase and len(purposes(phrase, len(split_items(phrase.rpartition("的")[0])))) > 1:
        return phrase  # 中央财政用于教育、卫生、科技事业的支出达855亿元: the spending on them all
    pos, cut = 0, None
    for word, _ in tag(phrase):
        pos += len(word)
        if word in words()["enumeration_ends"]:
            cut = pos
    items = split_items(phrase[cut or 0:])
    if counted and not cut and len(items) > 1 and (together := _counted_together(phrase)):
        return together
    if not cut and len(items) > 1 and all(len(item) == 1 and not item.isdigit() for item in items[:-1]) \
            and (items[-1][:1] and items[-1][0] in DIGIT_CHARS or not any(item in DIGIT_CHARS for item in items[:-1])):
        return phrase  # 港、澳、台同胞, 二、三级医院: parts of one word's first character, one noun (not 一、 numbering)
    if not cut and len(items) > 1 and _said_of_all(items):
        return phrase  # 单位生产总值能耗、水耗均下降12%: 均 says the figure is each item's
    if not cut and len(items) > 1 and opens_with_partner(phrase):
        return phrase  # 与荷兰、法国进出口均超过千亿元: the partners listed share one trade
    last = items[-1] if "、" in phrase[cut or 0:] else phrase[cut or 0:]
    if "、" in phrase and (label := _counting_label().search(last, 1)) and "的" not in last[:label.start()]:
        last = last[label.start():]  # 锂电池、太阳能电池“新三样”产品合计出口: a label that counts them names the set
    elif not cut and len(items) > 1 and _names_sharing_a_head(items):
        return phrase  # 金属矿砂、农产品和能源类大宗商品进口增长9%: one figure of the items together
    return last if (cut or len(items) > 1) and len(clean(last)) >= 2 else phrase


def _partners_counted(doc: Document, count: Mention) -> str:
    """与25家央企…: the noun of a count right after a partner's preposition (与, 同), else ""."""
    if not doc.text.endswith(tuple(words()["counted_partner_prepositions"]), doc.clause_start(count.start), count.start):
        return ""
    return following_noun(doc.text[count.end:doc.clause_end(count.end)], True)


def _ranked_together(phrase: str) -> bool:
    """新设台企户数、实际使用台资规模居大陆第一; 累计成交量、成交额均居全国首位: one rank after indicators
    listed ranks them together, as written (the list ends in a rank verb, an adverb of all maybe before it)."""
    tail = _ranks_list().search(phrase)
    items = phrase[:tail.start()].split("、") if tail else []
    return len(items) > 1 and all(len(clean(item)) >= 2 and clean(item) not in words()["totals"] for item in items)


@lexical_cache
def _ranks_list() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(words()['all_adverbs'])})?(?:{trie_pattern(load('attribution')['scopes']['rank_verbs'])})\p{{Han}}{{0,8}}$")


def _verbs_joined(phrase: str) -> int:
    """The length of the verbs joined by 、 or a connector that open the phrase (新建、改扩建), 0 if
    fewer than two verbs open it so."""
    if not any(mark in phrase for mark in connectors()):
        return 0  # (most phrases: no tagging)
    tokens, pos, verbs, end = tag(phrase), 0, 0, 0
    while tokens and (tokens[0][1] == "d" or tokens[0][1] == "v" and len(tokens[0][0]) == 1):
        pos += len(tokens[0][0])  # 要淘汰、停建…, 再新建、改扩建…: a modal or an adverb before the verbs
        tokens = tokens[1:]
    for k, (word, tagged) in enumerate(tokens):
        # (淘汰、停建、缓建煤电产能: verbs the tagger knows as verbs join so too)
        if (word in leading_verbs() or tagged == "v" and len(word) > 1) and (k == 0 or tokens[k - 1][0] in connectors()):
            verbs, end = verbs + 1, pos + len(word)
        elif not (k and word in connectors() and (tokens[k - 1][0] in leading_verbs() or tokens[k - 1][1] == "v")):
            break
        pos += len(word)
    return end if verbs > 1 and end < len(phrase) else 0


@lexical_cache
def _counting_label() -> regex.Pattern:
    """“新三样”, “两大件”, 三大先导产业: a label that counts the items of a list before it."""
    digits = f"[\\d{NONZERO_DIGIT_CHARS}{SMALL_UNIT_CHARS}]"
    return compiled(rf"“[^“”]{{0,6}}{digits}[^“”]{{0,6}}”|{digits}+{alternation('attribution', 'metric', 'counting_label_marks')}\p{{Han}}")


_NAMING_TAGS = frozenset({"n", "nz", "vn", "j", "b", "l", "ng", "an", "ns", "nt", "nr"})
_LISTED_ITEM_TAGS = _NAMING_TAGS | {"a"}  # a listed name may open with an adjective (老旧小区)


def _names_sharing_a_head(items: list[str]) -> bool:
    """金属矿砂、农产品和能源类大宗商品进口: short names, the last with the head they share after it."""
    first, last = [clean(item) for item in items[:-1]], items[-1]  # (其中炉具灶具: a connective opens the list)
    return all(2 <= len(item) <= SHARED_HEAD_ITEM and _a_name(item) for item in first) \
        and len(last) > max(len(item) for item in first) + 1 and tag(last)[0][1] in _NAMING_TAGS  # (…、带动社会投资: a clause)


def _a_name(item: str) -> bool:
    """粮食直补, 良种补贴, 日韩 (whatever the tagger calls 直补, 良种, 日): a name, not a clause: no predicate
    opens it and no verb in it takes an object (推动园区改造 is a clause)."""
    if not _ALL_HAN.search(item) or item in bounds()["after"]:
        return False  # 14、资产负债率: a list's number; 2000人左右、银龄技师300人: the bound of the figure before
    tokens = tag(item)
    return tokens[0][0] not in leading_verbs() and not any(
        pos == "v" and k + 1 < len(tokens) and tokens[k + 1][1] in _NAMING_TAGS for k, (_, pos) in enumerate(tokens))


SHARED_HEAD_ITEM = 8  # characters at most of a name listed before the one that carries the shared head


def _said_of_all(items: list[str]) -> bool:
    """能耗、水耗均下降12%; 城镇、农村居民人均可支配收入都增长6%: names listed, the last followed by an adverb
    of all (均, 都) and its predicate: the figure is said of every item."""
    last = tag(items[-1])
    k = next((k for k, (word, _) in enumerate(last) if word in words()["all_adverbs"]), 0)
    return k > 0 and _a_name("".join(word for word, _ in last[:k])) \
        and all(len(clean(item)) >= 2 and _a_name(clean(item)) for item in items[:-1])


def _counted_together(phrase: str) -> str:
    """入围全国百强县、百强区20个, 新建中小学、幼儿园35所, 改造老旧小区、城中村8000套: one count after
    short nouns listed with 、 counts them all; the list as written, less the verb before it, is the metric."""
    first, *rest = phrase.split("、")
    first = metric_phrase(first)
    names = [first, *rest]
    if all(2 <= len(name) <= 8 and all(pos in _LISTED_ITEM_TAGS for _, pos in tag(name)) for name in names):
        return "、".join(names)
    return ""


STREAK = Rule(
    name="metric.streak",
    doc="连续N年 (or months, days) before what kept on measures how long it lasted: the metric, what "
        "kept on, then 持续时间.",
    examples=(
        Example("全县粮食产量达到52万吨，连续五年增产", {"span": "五年", "metric": "粮食增产持续时间"}),
        Example("全省耕地总量连续4年净增加", {"span": "4年", "metric": "耕地总量净增加持续时间", "unit": "year"}),
        # the place the streak describes (…的江苏，) owns it and is no part of what kept on
        Example("进出口总额连续8年位居全国第二的江苏，今年增长5%。", {"span": "8年", "metric": "进出口总额位居全国第二持续时间",
                                                         "subject": "江苏省"}, place="中国"),
        Example("全区蔗糖产量连续20个榨季居全国首位", {"span": "首位", "metric": "蔗糖产量"}),  # a crop's seasons are years
        Example("全市规上工业增加值连续三个月回升", {"span": "三个月", "metric": "规上工业增加值回升持续时间"}),
        Example("全市研发投入强度连续四年持续提高", {"span": "四年", "metric": "研发投入强度提高持续时间"}),  # 持续 says how
        Example("全省工业用电量连续三个月小幅回落", {"span": "三个月", "metric": "工业用电量回落持续时间"}),  # …as 小幅 does
        # nothing named before the streak: what kept on names it alone
        Example("全市连续四年为新生儿免费开展疾病筛查", {"span": "四年", "metric": "为新生儿免费开展疾病筛查持续时间"}),
        # …nor an event that kept not happening, after figures of the sentence's indicators
        Example("全年火灾起数、受伤人数分别下降12%、8%，连续五年未发生较大火灾事故。",
                {"span": "五年", "metric": "未发生较大火灾事故持续时间"}),
        # what closes the streak's clause (之后, 的基础上) is no part of what kept on
        Example("全县粮食生产在连续5年丰收的基础上再创新高", {"span": "5年", "metric": "粮食生产丰收持续时间"}),
        Example("该省制造业高质量发展指数连续5年全国第一", {"span": "5年", "metric": "制造业高质量发展指数全国第一持续时间"}),
        Example("全省数字经济增速连续6年居全国前列", {"span": "6年", "metric": "数字经济增速居全国前列持续时间"}),
        # a comparison kept on right after a growth compares its rate
        Example("全年全市生产总值增长5.6%，连续8个季度高于全省平均水平",
                {"span": "8个季度", "metric": "生产总值增速高于全省平均水平持续时间"}),
        # the frame it kept on in names it without its words; a streak listed before another shares what both kept
        # on; an act with a figure of its own after it is no part of it
        Example("全市大气治理成效明显，连续5年在全省目标考核中获评优秀等次。", {"span": "5年", "metric": "全省目标考核获评优秀等次持续时间"}),
        Example("黄河干流断面连续6年、渭河干流断面连续3年保持Ⅲ类水质", {"span": "6年", "metric": "黄河干流断面保持Ⅲ类水质持续时间"}),
        Example("全县连续4年提高城乡低保标准、惠及3.2万人", {"span": "4年", "metric": "提高城乡低保标准持续时间"}),
        # a rank kept on in a clause of its own ranks what the clause before spoke of
        Example("去年，全省茶叶生产再获丰收，连续6年居全国第二。", {"span": "第二", "metric": "茶叶生产"}),
        # a rank kept on with nothing named (居首, one word to the tagger) ranks the story's indicator
        Example("各省份GDP出炉：广东连续30年居首\n正文。", {"span": "30年", "metric": "GDP居首持续时间"}, place="中国"),
        # the rank of a rate kept on ranks the rate, not its indicator
        Example("去年，全市数字经济增速连续5年位居全省第一。", {"span": "第一", "metric": "数字经济增速"}),
        # a sentence its own place opens speaks of that place, not of the figure of the sentence before
        Example("在江苏太仓，港口货物吞吐量突破3亿吨。太仓连续8年位居全省县域综合实力首位。",
                {"span": "8年", "metric": "位居全省县域综合实力首位持续时间", "subject": "太仓市"}, place="江苏省"),
    ),
)

DOCUMENT_TOPIC = Rule(
    name="metric.document_topic",
    doc="A figure that names no metric and follows none in its paragraph measures the known indicator "
        "the document has written most for its unit and kind (a story about GDP: 广东以2.8万亿元居首).",
    examples=(
        Example("一季度，广东GDP为2.85万亿元，江苏GDP为2.79万亿元。其中广东以2.85万亿元继续领跑。\n山东则以2.0万亿元位列第三。",
                {"span": "2.0万亿元", "metric": "GDP"}, place="中国"),
        Example("浙江各市GDP出炉\n杭州、宁波分别以1.2万亿元、9800亿元领跑全省。", {"span": "9800亿元", "metric": "GDP"},
                place="浙江省"),
        # a growth of nothing named in a story whose headline names its indicator is of that indicator, whatever
        # else the story measured more often
        Example("各省一季度GDP出炉\n安徽一季度固定资产投资增长8%，湖北固定资产投资增长9%，河南固定资产投资增长7%。\n"
                "江西受到疫情影响，一季度增长4.6%。", {"span": "4.6%", "metric": "GDP"}, place="中国"),
        # an indicator that defines a set counted before (两省GDP均超过9万亿元) is one the story speaks of
        Example("广西、贵州两省区GDP均超过2万亿元。\n从增速看，贵州以5.8%领跑西部。", {"span": "5.8%", "metric": "GDP"},
                place="中国"),
        Example("今年以来，GDP超过3万亿元的省份有9个。\n从增速看，西藏、青海增速并列第一。", {"span": "第一", "metric": "GDP增速"},
                place="中国"),
        # …by the name the story's figures give it (GDP), where they give one
        Example("前三季度，经济总量超过5万亿元的省份有4个。\n山东GDP为7.1万亿元。\n从增速看，西藏、甘肃增速并列第一，均为6.5%。",
                {"span": "6.5%", "metric": "GDP"}, place="中国"),
        # …and a level framed by 总量 is the story's indicator's total, once
        Example("前三季度，经济总量超过5万亿元的省份有4个。\n从总量看，广东以9.8万亿元继续领跑。",
                {"span": "9.8万亿元", "metric": "经济总量"}, place="中国"),
        # the first figure of a story, written after 以: the headline's indicator
        Example("湖北各市州上半年GDP出炉\n武汉以9800亿元居首，宜昌、襄阳分列二、三位。", {"span": "9800亿元", "metric": "GDP"},
                place="湖北省"),
        # a work report is about many indicators: a figure that names none is not its GDP, but a growth
        # rate of nothing named is the economy's
        Example("各位代表：\n去年全县地区生产总值增长5.2%。从就业看，5.5%左右的增速能够带动城镇新增就业。",
                {"span": "5.5%", "metric": "经济增长"}),
        Example("各位代表：\n今年把增长预期目标定在6%左右。", {"span": "6%", "metric": "经济增长", "kind": "growth"}),
        Example("国家统计局今天公布，上半年我国国民经济稳中有进，增长5.3%。", {"span": "5.3%", "metric": "经济增长"},
                place="中国"),  # a story's too, when it has no indicator yet
        # …or where its sentence speaks of the economy; its rate's gap and its total are the economy's too
        Example("各位代表：\n面对经济下行压力，全年增长5.1%、高于全国0.5个百分点、总量达2.6万亿元。",
                {"span": "5.1%", "metric": "经济增长"}),
        Example("各位代表：\n面对经济下行压力，全年增长5.1%、高于全国0.5个百分点、总量达2.6万亿元。",
                {"span": "0.5个百分点", "metric": "经济增速"}),
        Example("各位代表：\n面对经济下行压力，全年增长5.1%、高于全国0.5个百分点、总量达2.6万亿元。",
                {"span": "2.6万亿元", "metric": "经济总量"}),
    ),
    negatives=(),
)

FRAME_TOPIC = Rule(
    name="metric.frame_topic",
    doc="A paragraph framed by what it looks at (从GDP总量来看，… / 总量方面，…) gives that indicator to "
        "the levels and ranks after it that name none.",
    examples=(
        Example("从营业收入来看，有6个城市超过千亿元，其中宁波以3200亿元居首位。",
                {"span": "3200亿元", "metric": "营业收入"}, place="浙江省"),
        Example("财政收入方面，温州以450亿元位列第二。", {"span": "第二", "metric": "财政收入"}, place="浙江省"),
        Example("从工业增加值来看，有5个城市超过千亿元。", {"span": "5个", "metric": "工业增加值超过千亿元的城市"}),
        Example("浙江各市GDP出炉\n从总量来看，宁波以8200亿元位居第二。", {"span": "8200亿元", "metric": "GDP总量"}, place="浙江省"),
        Example("上半年全省GDP增长5%，居全国第三。在税收收入指标中，全省完成3200亿元。",
                {"span": "3200亿元", "metric": "税收收入"}),
        # a paragraph that opens with 此外 goes on with the frame of the one before
        Example("从居民人均消费支出的增速来看，浙江、江苏领先，名义增速都在8%以上。\n此外广东增速也快于全国，名义增速达到6.5%。",
                {"span": "6.5%", "metric": "居民人均消费支出"}, place="中国"),
    ),
)


@lexical_cache
def _frame_pattern() -> regex.Pattern:
    def alt(key: str) -> str:
        return alternation("attribution", "metric", "frames", key)
    topic = r"[^，,。；;\n]{1,12}?"
    return compiled(rf"(?:^|(?<=[，,。；;：:\n]))(?:{alt('opening')}(?P<topic>{topic}){alt('closing')}"
                         rf"|(?P<aspect>{topic}){alt('aspect')})[，,：:]")


def _last_frame(doc: Document, m: Mention) -> regex.Match | None:
    found = None
    for found in _frame_pattern().finditer(doc.text, max(_topic_paragraph(doc, m.start), m.start - 300), m.start):
        pass
    return found


def _topic_paragraph(doc: Document, pos: int) -> int:
    """Where the paragraph of ``pos`` starts, or the one before it when it opens with 此外,
    which goes on with the same topic."""
    start = doc.paragraph(pos)[0]
    if start and doc.text.startswith(tuple(words()["continuations"]), start):
        return doc.paragraph(start - 1)[0]
    return start


def _frame_topic(doc: Document, m: Mention) -> str | None:
    """The indicator a paragraph is framed by (从X来看, X方面) before ``m``, if any."""
    found = _last_frame(doc, m)
    topic = clean(found.group("topic") or found.group("aspect")) if found else ""
    return topic if topic and not _names_places(topic) else None


KIND_JOINED = Rule(
    name="metric.kind_joined",
    doc="第N个 after 成为 (or 是 and a scope) ranks its subject among things of a kind: the metric is that kind, "
        "as the rest of the clause writes it (a threshold in it defines the kind).",
    examples=(Example("2024年，该县成为全省第4个财政收入超百亿元县", {"span": "第4", "metric": "财政收入超百亿元县",
                                                            "kind": "rank"}),
              Example("该市成为全国第5个GDP超2万亿元的城市", {"span": "第5", "metric": "GDP超2万亿元的城市"})),
    negatives=("今年是第十个年头",),
)


def _kind_joined(doc: Document, m: Mention) -> str:
    """The kind a 第N个 rank (quantity.rank's member reading) ranks among: the rest of its clause after the measure word."""
    if not doc.text.startswith(tuple(load("units")["ranks"]["member_measures"]), m.end):
        return ""  # (a rank 第N个 is read only after 成为 or 是 and a scope: quantity.rank)
    kind = doc.text[m.end + 1:doc.clause_end(m.end)].strip()  # as written: 有能力建造大型邮轮的国家 keeps its 有
    return kind if len(kind) >= 2 else ""


IMPACT = Rule(
    name="metric.impact",
    doc="影响 (拉低, 拉高) opening the phrase of a percentage-point change after a growth in its sentence is that "
        "growth's impact on the indicator it names: the growing level's name opens the metric.",
    examples=(Example("一季度，全市食品价格下降1.5%，影响居民消费价格总指数下降约0.3个百分点",
                      {"span": "0.3个百分点", "metric": "食品价格影响居民消费价格总指数"}),
              # …also after a change of the growth's rate between them
              Example("9月份，全市能源价格下降3.1%，降幅比上月扩大0.4个百分点，影响CPI下降约0.2个百分点",
                      {"span": "0.2个百分点", "metric": "能源价格影响CPI"})),
    negatives=(),
)


def _framed_since(doc: Document, m: Mention, since: int) -> bool:
    """A frame (在财政收入指标中，…) stands between the paragraph's last metric and ``m``: it names the topic now."""
    found = _last_frame(doc, m)
    return found is not None and found.start() > since and _frame_topic(doc, m) is not None


PARAGRAPH_TOPIC = Rule(
    name="metric.paragraph_topic",
    doc="A figure whose own phrase names only its owners (places) or nothing takes the metric last "
        "written in its paragraph: 上海居榜首，为22663元 after …人均可支配收入….",
    examples=(
        Example("一季度，全国居民人均消费支出6900元。其中，浙江和江苏超过9000元，浙江为11200元。",
                {"span": "11200元", "metric": "居民人均消费支出", "subject": "浙江省"}, place="中国"),
        # in a report, a level of another unit than the paragraph's metric measures something it does not name
        Example("各位代表：\n全县第一产业增加值增长6%。今年首期安排3亿元。", {"span": "3亿元", "metric": None}),
        # a growth takes the indicator of the level's name (GDP总量 → GDP), in the paragraph or the story
        Example("上半年，湖北GDP总量突破2.8万亿元，安徽GDP总量达2.5万亿元。东北三省中，吉林增速最快，为5.4%。",
                {"span": "5.4%", "metric": "GDP"}, place="中国"),
        Example("上半年，湖北GDP同比增长5.8%，总量突破2.8万亿元。\n东北三省中，吉林增速最快，为5.4%。",
                {"span": "5.4%", "metric": "GDP"}, place="中国"),
        # a rank whose own words name a rate is the indicator's rate's
        Example("前三季度，湖北GDP增长6.1%。从增速看，西藏、青海增速并列第一。", {"span": "第一", "metric": "GDP增速"},
                place="中国"),
        # a growth of new owners after a share grows what the share was of, not the share
        Example("全省进出口增长4%。\n株洲市上半年地区生产总值1700亿元，增长5.2%，占全省比重近一成。湘潭市、衡阳市分别增长4.1%和4.6%。",
                {"span": "4.6%", "metric": "地区生产总值", "subject": "衡阳市"}, place="湖南省"),
    ),
    negatives=(),
)



@lexical_cache
def _area_suffixes() -> tuple[str, ...]:
    return tuple(load("attribution")["subjects"]["area_suffixes"])


@lexical_cache  # a pure function of the phrase, asked of the phrase before each number and of clauses
def _without_owners(phrase: str) -> str:
    """上海和北京的居民人均可支配收入 → 居民人均可支配收入: places before a metric own it
    (、江苏、浙江坐稳… after the list's first place, the subject, was cut off: the same; 深圳到中山车程 is a way
    between places, whole)."""
    if (way := route(phrase, 0, len(phrase))) and way[0] == 0:
        return phrase
    opening = _patterns()["leading_connectives"].match(phrase)  # 但泉州市工业投资 → 工业投资
    quoted = opening and any(mark in opening.group() for mark in _QUOTES)  # “山西精品” is a name
    start = opening.end() if opening and not quoted and place_pattern().match(phrase, opening.end()) else 0
    joint = _patterns()["owners_joint"].match(phrase, start)
    if joint and not joins(phrase, joint.start(), joint.start() + 1) \
            or joint and not start and names_a_partner(phrase, 0, joint.end()):
        joint = None  # 和美乡村, 等外级公路: 和, 等 of a word join no owners; 与东盟进出口: 与 names a partner
    start, moved = joint.end() if joint else start, True
    while moved:
        moved = False
        for length in range(min(8, len(phrase) - start), 1, -1):
            if lookup(phrase[start:start + length]):
                start, moved = start + length, True
                break
        if moved and (joint := _patterns()["owners_joint"].match(phrase, start)):
            start = joint.end()
    if panel := _panel().match(phrase, start):
        start = panel.end()  # 70个大中城市新建商品住宅成交量: the panel owns it
    return phrase[start:] if start < len(phrase) else phrase


@lexical_cache
def _panel() -> regex.Pattern:
    """70个大中城市|新建商品住宅成交量: a count of regions that opens a phrase names the panel its
    figure is taken over, an owner and no part of the metric."""
    return compiled(rf"{alternation('attribution', 'metric', 'panel_qualifiers')}?"
                    rf"[\d{DIGIT_CHARS}{SMALL_UNIT_CHARS}]+{alternation('attribution', 'subjects', 'region_nouns')}")  # (个城市: a noun)


_NOT_NAMING = frozenset({"d", "ad", "t", "z", "p", "c", "u", "uj", "ul", "f", "r", "m"})


@lexical_cache  # a pure function of the metric, asked of every number's metric
def _says_nothing(metric: str) -> bool:
    """普遍, 双双, 稳步地: adverbs and time words; 扩大, 递增: a verb of change alone (贸易顺差2204亿元，
    扩大70.3%: the level's metric grows)."""
    tokens = tag(metric)  # (罕见地, 稳步地: an adverbial phrase ends in 地)
    adverbial = len(tokens) > 1 and tokens[-1][1] == "uv" and tokens[-2][1] in ("a", "d", "ad", "z", "i", "l", "v")
    # (在调整初期由36.5%降低到…: a stage of an act says when, it names nothing)
    stage = len(tokens) == 2 and tokens[0][1] in ("v", "vn") and tokens[1][1] == "t"
    return bool(metric) and (all(pos in _NOT_NAMING for _, pos in tokens) or adverbial or metric in change_verbs()
                             or bool(_rank_verb_and_scope().fullmatch(metric))  # 连续35年居全国首位: 居全国
                             or _bare_attribute(tokens) or stage)


def _object_acted_on_before(doc: Document, m: Mention, metric: str) -> str:
    """先发行, 再发行 before a figure: a verb of the genre's acts and its adverbs, no object; the object is what
    the same verb took earlier in the sentence (…发行超长期特别国债，…，今年先发行1万亿元 → 超长期特别国债), or ""."""
    tokens = tag(metric)
    verb = tokens[-1][0] if tokens else ""
    if verb not in leading_verbs() or not all(pos in ("d", "t") for _, pos in tokens[:-1]):
        return ""
    sentence, clause = doc.sentence(m.start)[0], doc.clause_start(m.start)
    at = doc.text.rfind(verb, max(sentence, clause - OBJECT_REACH), clause)
    return following_noun(doc.text[at + len(verb):doc.clause_end(at)]) if at >= 0 else ""


OBJECT_REACH = 80  # characters before a figure's clause where the verb it repeats took its object


def _bare_attribute(tokens) -> bool:
    """唯一, 人均, 主要基于: attribute words (the tagger's b) with nothing they describe; a grade or kind (国家级,
    大型) names the class a list leaves out, and a measure (总载重吨) its own."""
    return any(pos == "b" for _, pos in tokens) and all(pos in _NOT_NAMING and pos != "m" or pos == "b" for _, pos in tokens) \
        and not any(pos == "b" and word.endswith(tuple(words()["class_attribute_ends"])) for word, pos in tokens)


@lexical_cache
def _rank_verb_and_scope() -> regex.Pattern:
    scopes = load("attribution")["scopes"]
    return compiled(f"(?:{trie_pattern(scopes['rank_verbs'])})(?:{trie_pattern(scopes['words'])})?")


@lexical_cache
def _names_places(metric: str) -> bool:
    """安徽和上海, 天津等, 省份: a phrase of places or region words measures nothing (but
    上涨的城市 names the cities a count defines)."""
    defining, of, head = metric.rpartition("的")
    regions = region_nouns()
    if of and head in regions and defining and not lookup(defining):
        return False
    items = [clean(item).removesuffix(words()["noun_stops"][0]) for item in split_items(metric)]
    country = load("attribution")["subjects"]["country"]
    return bool(metric) and all(item and (lookup(item) or item in regions or item in country
                                          or region_count(item)) for item in items)





def _past_topic_marker(metric: str) -> str:
    """国家关于土地承包期延长期限 → 土地承包期延长期限: who speaks and 关于 before the topic name nothing measured."""
    at = metric.find(_built()["topic_marker"])
    rest = metric[at + len(_built()["topic_marker"]):] if 0 <= at <= TOPIC_MARKER_REACH else metric
    return rest if len(rest) >= 2 else metric


TOPIC_MARKER_REACH = 6  # characters before 关于 of who speaks (国家, 省政府): further on, 关于 is inside a name


def _without_leading_place(metric: str) -> str:
    """…代表之一的江苏省民营企业进出口 → 民营企业进出口: a place's official name that opens the metric
    owns it (the subject's); a place before an indicator that its area word opens stays."""
    tokens = tag(metric)
    place = lookup(tokens[0][0]) if len(tokens) > 1 and tokens[0][1] == "ns" else None
    if place is None or place.name != tokens[0][0]:
        return metric  # a short form opens names (山西精品, 宁夏电网, 长三角创新联合体): only an official name owns
    rest = metric[len(tokens[0][0]):]
    if opens_an_indicator(rest) and rest.startswith(_area_suffixes()):
        return metric
    return rest if len(rest) >= 2 else metric


def _without_inner_adverbs(metric: str) -> str:
    """西部陆海新通道班列累计开行 → 西部陆海新通道班列开行: an adverb of a total between a noun
    and its verb says how the figure was counted, not what it measures."""
    tokens = tag(metric)
    kept = [word for i, (word, _) in enumerate(tokens)
            if not (0 < i < len(tokens) - 1 and word in words()["adverbs_inside"] and tokens[i + 1][1].startswith("v"))]
    return "".join(kept)


def _planned(metric: str, heads: tuple[str, ...]) -> str:
    """工农业总产值计划, 轻工业产值计划: an indicator (or a noun ending in an indicator's head)
    before a plan word; '' for any other metric (招生计划 names a plan)."""
    word = next((w for w in words()["plan_words"] if metric.endswith(w)), None)
    base = metric[:-len(word)] if word else ""
    return base if base and (indicator_of(base) or base.endswith(heads)) else ""


def _snap_to_indicator(metric: str, kinds_own: bool = False) -> str:
    """A phrase that ends in a known indicator after the name of its owner, an organisation
    or a facility, names the indicator: 国际航空枢纽年旅客吞吐量 → 旅客吞吐量, 各类保险公司全部
    保费收入 → 保费收入. A qualifier that restricts the indicator stays (新开工项目计划总投资,
    农村居民人均可支配收入), and so does a phrase that is itself an indicator."""
    if indicator_of(metric):
        return metric
    spans = [s for s in find_indicators(metric) if s.end == len(metric)]
    if not spans:
        return metric
    start = min(s.start for s in spans)
    owner = _patterns()["owner_tail"].sub("", metric[:start])  # 年旅客吞吐量: 年 only says it is annual
    if owner.endswith(tuple(words()["organisation_subtypes"])):
        return metric  # 财产保险公司保费收入: a kind of the organisations restricts the indicator
    # (铁路货运周转量: a kind of facility alone, no name of one, restricts the indicator, unless a count
    # counts those facilities: 45个开发区规上工业总产值)
    suffix = max((x for x in _owner_suffixes() if owner.endswith(x)), key=len, default="")
    # (新能源汽车出口: one character before 能源 is a word, 新能源, no name of a firm: 潞安能源; nor is an
    # adjective or a set phrase before it: 清洁能源发电装机, 可再生能源发电装机)
    named = suffix and (len(owner) - len(suffix) != 1) and (kinds_own or owner not in _owner_suffixes()
                                                             or owner in words()["organisation_classes"]) \
        and not (len(owner) > len(suffix) and all(pos in _KIND_TAGS for _, pos in tag(owner[:-len(suffix)])))
    return metric[start:] if not owner or named else metric


_KIND_TAGS = frozenset({"a", "b", "l", "h"})  # 清洁, 可再生, 非: words of a kind, no name of an owner
ZONE_NAME = 6  # characters at least of a zone's name before its suffix: 国家级经开区 is a class, not one zone


def _after_a_zone(metric: str) -> str:
    """湘南湘西承接产业转移示范区实际到位内资 → 实际到位内资: a zone named before the figure owns it."""
    if _patterns()["share_verb"].search(metric):
        return ""  # 重点开发区…占全省开发区比重: the zones are the share's parts
    placed = load("attribution")["subjects"]["placed_suffixes"]  # (…南宁片区 after a place; 和美乡村片区 names a pilot)
    ends = [at + len(s) for s in words()["zone_suffixes"] if (at := metric.rfind(s)) >= ZONE_NAME
            and (s not in placed or any(lookup(metric[at - k:at]) for k in PLACE_SHORT_FORMS))]
    end = max(ends, default=0)
    tail = metric[end:]
    return tail if end and len(tail) >= 2 and tag(tail)[0][1] not in ("uj", "p", "c", "d", "u", "f") else ""


PLACE_SHORT_FORMS = (2, 3)  # characters of a place's short form before an area's suffix (南宁片区, 张家港片区)


@lexical_cache
def _owner_suffixes() -> tuple[str, ...]:
    return organisation_suffixes() + tuple(words()["facility_suffixes"])


def _groups_of_things(doc: Document) -> None:
    """GROUPS: 三批集中开工957个重大项目 → 重大项目集中开工批次, 12类55件民生实事 → 民生实事类别: a count of
    batches or kinds right before a count of things (a short verb may stand between) groups those things
    (从60类减少到10类: two counts of kinds, no things)."""
    groups = words()["grouping_classifiers"]
    for m, n in zip(doc.mentions, doc.mentions[1:]):
        between = doc.text[m.end:n.start]
        if m.kind != "count" or m.classifier not in groups or n.kind != "count" or n.metric is None or n.classifier in groups \
                or len(between) > GROUP_VERB or not _HAN_ONLY.fullmatch(between) \
                or between and tag(between)[-1][1] != "v" or doc.clause_start(n.start) > m.start:
            continue
        m.metric = Attribute(str(n.metric.value).removesuffix(_built()["increment"]) + between + groups[m.classifier],
                             n.metric.start, n.metric.end, "inherited")
        m.refine(GROUPS.name)


PARTNER_TRADE = Rule(
    name="metric.partner_trade",
    doc="A trade figure without a partner after a clause of its sentence that ranks a foreign economy as the text's "
        "partner (东盟为我第一大贸易伙伴，贸易总值4.7万亿元) is the trade with that partner.",
    examples=(Example("欧盟为我省第二大贸易伙伴，贸易总值1200亿元，增长3%。", {"span": "1200亿元", "metric": "与欧盟贸易总值"},
                      place="江苏省"),
              Example("美国是我市第一大出口市场，出口380亿元，增长6%。", {"span": "6%", "metric": "对美国出口"}, place="宁波市")),
)


def _trade_with_ranked_partner(doc: Document) -> None:
    """PARTNER_TRADE: the partner ranked before a trade figure's metric in its sentence opens it."""
    by_trade = words()["partner_prepositions_by_trade"]
    for m in doc.mentions:
        value = str(m.metric.value) if m.metric is not None else ""
        trade = next((t for t in by_trade if value.startswith(t)), None)
        if trade is None or m.kind == "rank":
            continue
        # the last ranking in the sentence before the figure, within PARTNER_REACH characters (a bounded look back)
        found = list(_partner_rank().finditer(doc.text, max(doc.sentence(m.start)[0], m.start - PARTNER_REACH), m.start))
        ranked = found[-1] if found else None
        if ranked is not None and ranked.group("partner") not in value:
            m.metric = replace(m.metric, value=by_trade[trade] + ranked.group("partner") + value)
            m.refine(PARTNER_TRADE.name)


PARTNER_REACH = 60  # characters before a trade figure where the clause ranking its partner may stand


@lexical_cache
def _partner_rank() -> regex.Pattern:
    rank = words()["partner_rank"]
    return compiled(rf"(?P<partner>{trie_pattern(load('attribution')['subjects']['foreign_economies'])})"
                    rf"(?:{trie_pattern(rank['verbs'])})(?:{trie_pattern(rank['owners'])})?"
                    rf"(?:{trie_pattern(rank['ordinals'])})[\d{DIGIT_CHARS}{SMALL_UNIT_CHARS}]+(?:{trie_pattern(rank['ranks'])})"
                    rf"(?:{trie_pattern(rank['nouns'])})")


def _two_measures_of_one_thing(doc: Document) -> None:
    """出台了4项17条…专项政策: a count of policies right before another (nothing between) counts the same
    measures by another measure word; the noun after the second is the first's too."""
    measures = frozenset(words()["measures_of_policies"])  # (read once, not per pair of figures)
    for m, n in zip(doc.mentions, doc.mentions[1:]):
        if m.kind == n.kind == "count" and m.end == n.start and n.metric is not None and m.classifier != n.classifier \
                and {m.classifier, n.classifier} <= measures:
            m.metric = Attribute(str(n.metric.value), n.metric.start, n.metric.end, "inherited")
            m.refine(GROUPS.name)


GROUP_VERB = 6  # characters at most of the verb between a count of batches and the things batched (集中开工)
_HAN_ONLY = compiled(r"\p{Han}*")


def _complete_count_lists(doc: Document) -> None:
    """Counts in one clause whose nouns are a list with a shared head (1个千亿级、8个百亿级产业集群)."""
    counts = [m for m in doc.mentions if m.kind == "count" and m.metric and not m.from_table]
    for a, b in zip(counts, counts[1:]):
        if a.classifier and a.classifier == b.classifier and LIST_RE.fullmatch(doc.text, a.end, b.start):
            a.metric = b.metric  # 相继出台43条、16条具体举措: counts of one noun, written once after the last
            continue
        if (doc.clause_start(a.start) == doc.clause_start(b.start) and doc.text[a.end:b.start].endswith("、")
                and str(a.metric.value).endswith(tuple(words()["class_endings"]))):  # 28名院士、3名国医大师 share nothing
            completed = complete_names([str(a.metric.value), str(b.metric.value)])[0]
            if completed != a.metric.value:
                a.metric = Attribute(completed, a.metric.start, a.metric.end, a.metric.how)


def _listed_nouns(doc: Document) -> None:
    """新引进首店、旗舰店168家, 优化整合省属职业学校、技工院校32所: a count written after a list of
    nouns counts them all; the list (without the verb that opens it) is its metric."""
    for before, m in zip([None, *doc.mentions], doc.mentions):
        if m.kind != "count" or m.metric is None or m.metric.start is None or m.from_table \
                or not doc.text.startswith("、", m.metric.start - 1) or m.metric.start > m.start:
            continue
        start = m.metric.start - 1
        if before is not None and before.end > start:
            continue  # (a figure inside what would be the list: no list of nouns)
        lo = max(doc.clause_start(start), before.end if before is not None else 0,  # the figure before, not a scan
                 max((p.end for p in doc.periods_between(doc.clause_start(start), start)), default=0))
        items = doc.text[lo:start].split("、")
        if not all(_LISTED_NOUN.fullmatch(item) for item in items):
            continue
        opening = tag(items[0][len(place_reference(items[0])):])  # 全市新建…: the reference owns, names nothing
        k = next((k for k, (word, pos) in enumerate(opening)
                  if pos not in ("v", "d", "a") and word not in leading_verbs()), len(opening))  # 新/引进首店
        first = "".join(word for word, _ in opening[k:])
        if not first or not all(pos in _LISTED_TAGS for item in [first, *items[1:]] for _, pos in tag(item)):
            continue  # (停建、缓建大中型项目: verbs; 磨憨、瑞丽、河口: places; 4000家以上、…: no list of nouns)
        listed = "、".join([first, *items[1:], str(m.metric.value)])
        m.metric = Attribute(listed, start - len("、".join([first, *items[1:]])), m.metric.end, m.metric.how)
        m.refine(LISTED_NOUNS.name)


_LISTED_NOUN = compiled(r"\p{Han}{2,12}")  # an item of a list of nouns: no figure, mark or bracket
_LISTED_TAGS = frozenset({"n", "nz", "vn", "j", "b", "ng", "an"})  # the words of such an item


def _investment_done(doc: Document) -> None:
    """实施重点项目2000多个、完成投资1800多亿元 → 重点项目完成投资: 完成投资 is one word, and the
    projects counted right before it in its sentence did the investing."""
    done, invested = words()["investment_done"]
    projects = tuple(load("attribution")["subjects"]["project_suffixes"])
    for before, m in zip([None, *doc.mentions], doc.mentions):
        if m.metric is None or m.metric.start is None or str(m.metric.value) != invested \
                or not doc.text.endswith(done, 0, m.metric.start):
            continue
        name = done + invested
        if before is not None and before.kind == "count" and before.metric is not None \
                and str(before.metric.value).endswith(projects) and doc.sentence(before.start) == doc.sentence(m.start):
            name = str(before.metric.value) + name  # (the count right before: 支持项目512个；实施…7910个、完成投资)
        m.metric = Attribute(name, m.metric.start - len(done), m.metric.end, m.metric.how)
        m.refine(INVESTMENT_DONE.name)


def _ranks_of_listed_values(doc: Document) -> None:
    """城镇、农村居民人均可支配收入分别增长4.8%、7%，居全国第五和第六: a list of ranks right after a
    list of as many values in its sentence ranks each value in turn (a growth by its rate)."""
    lists: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.list_id is not None:
            lists.setdefault(m.list_id, []).append(m)
    ordered = sorted(lists.values(), key=lambda items: items[0].start)
    for values, ranks in zip(ordered, ordered[1:]):
        if len(values) != len(ranks) or not all(r.kind == "rank" for r in ranks) \
                or any(v.kind == "rank" or not v.metric for v in values) \
                or doc.sentence(values[-1].start) != doc.sentence(ranks[0].start) \
                or _RANKS_CLOSE < ranks[0].start - values[-1].end:
            continue
        for value, rank in zip(values, ranks):
            name = str(value.metric.value)
            name += _built()["growth_rate"] if value.kind == "growth" and not name.endswith(tuple(_built()["rates"])) else ""
            rank.metric = Attribute(name, value.metric.start, value.metric.end, "inherited")
            rank.refine(RANK_HEAD.name)


_RANKS_CLOSE = 8  # characters at most between a list of values and the list of their ranks (，居全国)


def _restore_elided_objects(doc: Document) -> None:
    """引进纺织服装项目24个、建成投产17个: a count named only by its verb counts the noun of the count
    before it in the sentence, with the same measure word."""
    counts = [m for m in doc.mentions if m.kind == "count" and m.metric and not m.from_table]
    for a, b in zip(counts, counts[1:]):
        if a.classifier != b.classifier or doc.text[a.end:a.end + 1] not in LIST_SEPARATORS:
            continue
        verb = doc.text[a.end + 1:b.start]
        if not verb or str(b.metric.value) not in verb:
            continue
        said = tag(verb)  # (…740万套，基本建成511万套: an adverb may stand before the verb)
        if not all(word in leading_verbs() or pos == "d" or word in _adverbs() for word, pos in said) \
                or not any(word in leading_verbs() for word, _ in said):
            continue  # (建成360个精品示范村、2680个提档升级村: a noun of its own; 诊所318个: the tagger's "verb")
        tokens = tag(str(a.metric.value))
        if len(tokens) > 2 and tokens[0][0] + tokens[1][0] in leading_verbs():
            tokens = ((tokens[0][0] + tokens[1][0], "v"), *tokens[2:])  # 新/签约, cut apart by the tagger
        k = next((k for k, (word, pos) in enumerate(tokens) if not (pos == "v" or word in leading_verbs())), len(tokens))
        if tokens[k:] and tokens[-1][1].startswith("n"):
            b.metric = Attribute(verb + "".join(word for word, _ in tokens[k:]), b.metric.start, b.metric.end, b.metric.how)
            b.refine(ELIDED_OBJECT.name)
        elif len(tokens) > 1 and tokens[-1][0] in leading_verbs():
            # 老旧小区改造开工742个、完工548个: the topic before the first count's verb, with this one's
            b.metric = Attribute("".join(word for word, _ in tokens[:-1]) + verb, b.metric.start, b.metric.end, b.metric.how)
            b.refine(ELIDED_OBJECT.name)


@lexical_cache
def _adverbs() -> frozenset[str]:
    """基本, 仍, 继续: adverbs the tagger may call nouns."""
    return frozenset(load("kinds")["rate"]["held_adverbs"])


def _head_of_whole(doc: Document, i: int, metric: str, parts_of: tuple[tuple[int, int], str, str] | None) -> str:
    """机电产品出口13.9万亿元。其中，集成电路1.1万亿元，…；汽车7753亿元: a part named alone (nouns only, no
    indicator) in a 其中 clause right after its whole, or after a part so named in its sentence, takes the
    whole's head (data: part_heads); "" else."""
    m, heads = doc.mentions[i], words()["part_heads"]
    if len(metric) > PART_NAME or metric.endswith(tuple(words()["heads"])) or indicator_of(metric) \
            or not all(pos.startswith("n") or pos in _PART_TAGS for _, pos in tag(metric)):
        return ""
    sentence = doc.sentence(m.start)
    if parts_of is not None and parts_of[0] == sentence and parts_of[1] == m.unit:
        return parts_of[2]
    whole = _whole_before(doc, i)
    if whole is None:
        return ""
    name = str(whole.metric.value)
    return next((h for h in by_length(heads) if name.endswith(h) and len(name) > len(h)), "")


def _owner_of_flow_part(doc: Document, i: int, metric: str) -> str:
    """知识密集型服务进出口7400亿元。其中，出口4200亿元: a part of a flow named alone (出口) under 其中 right
    after its whole (…进出口) takes the whole's owner (知识密集型服务出口; data: flow_parts); "" else."""
    compound = next((c for c, parts in words()["flow_parts"].items() if metric in parts), None)
    whole = _whole_before(doc, i) if compound else None
    if whole is None:
        return ""
    name = str(whole.metric.value)
    # (…其中，出口4200亿元；进口3200亿元: the part before, so owned, passes its owner on)
    written = next((w for w in (compound, *words()["flow_parts"][compound]) if name.endswith(w)), "")
    owner = name[:-len(written)] if written else ""
    # (外贸进出口…其中，出口…: trade in goods is what 出口 alone says)
    return owner + metric if owner and owner not in words()["plain_flow_owners"] else ""


def _whole_before(doc: Document, i: int) -> Mention | None:
    """The figure of the same unit and classifier last named before mention ``i``, in its sentence or the one
    before, when ``i``'s clause or sentence opens with 其中 (or its sentence with 分门类看，); looked for
    backwards, no further than that."""
    m = doc.mentions[i]
    sentence = doc.sentence(m.start)
    if not doc.text.startswith(continuations(), doc.clause_start(m.start)) \
            and not doc.text.startswith(continuations(), sentence[0]) and not _breakdown().match(doc.text, sentence[0]):
        return None
    limit = doc.sentence(sentence[0] - 1)[0] if sentence[0] else 0
    for j in range(i - 1, -1, -1):
        whole = doc.mentions[j]
        if whole.start < limit:
            return None  # (the whole is named in the sentence or the one before)
        if whole.unit == m.unit and whole.classifier == m.classifier and whole.metric is not None:
            return whole
    return None


@lexical_cache
def _breakdown() -> regex.Pattern:
    """分门类看，: a sentence that splits the figure before it into parts (data metric.breakdowns), as 其中 does."""
    b = words()["breakdowns"]
    return compiled(rf"(?:{trie_pattern(b['opening'])})\p{{Han}}{{1,6}}?(?:{trie_pattern(b['closing'])})[，,]")


PART_NAME = 10  # characters at most of a part named alone (自动数据处理设备及其零部件)
_PART_TAGS = frozenset({"j", "b"})  # 光伏/组件: an abbreviation or an attribute inside a part's name


def _growth_of_level(metric: str) -> str:
    """GDP总量 → GDP: what a growth inherits from a level's name is the indicator that grows."""
    level = next((h for h in words()["level_heads"] if metric.endswith(h)), None)
    return metric[:-len(level)] if level and indicator_of(metric[:-len(level)]) else metric


STRUCTURE_PART = Rule(
    name="metric.structure_part",
    doc="A part of a structure written with colons (三次产业结构为4.3:56.8:38.9) is the share of its sector in "
        "the GDP the text last named (data: structures, structure_wholes); so are the parts of a structure "
        "it was changed from or to in the same sentence.",
    examples=(
        Example("全年全县生产总值120亿元，三次产业结构为18.5:35.2:46.3。",
                {"span": "35.2", "metric": "第二产业增加值占生产总值比重", "kind": "share"}),
        Example("全县三次产业结构由18.5:35.2:46.3调整为14.1:38.6:47.3。",
                {"span": "47.3", "metric": "第三产业增加值占地区生产总值比重"}),
    ),
    negatives=(),
)
_GDP = "gdp"  # the indicator id (data/indicators.toml) whose name a structure's whole takes


def _structure_part(doc: Document, i: int, whole: str) -> str:
    """The i-th mention, a part of a ratio after a structure's name in its sentence: the share of the part
    at its place (one name per part, as many parts as names), or ""."""
    m, at = doc.mentions[i], 0
    while i - at > 0 and doc.mentions[i - at - 1].rule == RATIO_PARTS.name \
            and doc.text[doc.mentions[i - at - 1].end:doc.mentions[i - at].start] == _COLON:
        at += 1
    first = doc.mentions[i - at]
    parts = _ratio_chain().match(doc.text, first.start)  # the structure quantity.ratio_parts read
    named = doc.text[doc.sentence(m.start)[0]:first.start]
    found = max(((named.rfind(key), key) for key in words()["structures"]), default=(-1, ""))
    names = words()["structures"].get(found[1], ())
    if found[0] < 0 or not parts or parts.group().count(_COLON) + 1 != len(names):
        return ""
    return names[at] + _built()["share_of"] + whole + _built()["share_noun"]


_COLON = ":"  # (the normalised text writes ：as :)


@lexical_cache
def _ratio_chain() -> regex.Pattern:
    return compiled(RATIO_PARTS.pattern)


def _ranked(topic: str, ranked_rate: regex.Match | None) -> str:
    """西藏、甘肃增速并列第一, in a story about GDP: GDP增速, where the rank's own words name a rate;
    else the topic."""
    return _growth_of_level(topic) + ranked_rate.group() if ranked_rate else topic


def attach_metrics(doc: Document) -> None:
    previous: Mention | None = None
    paragraph_metric: dict[int, tuple[str, int, str]] = {}  # paragraph start → the last metric written in it, where, its unit
    paragraph_level: dict[int, tuple[str, int, str]] = {}  # …the last that is no share's: what a growth after a share grows
    document_topic = _Topics.from_title(doc.text)  # the known indicators written so far
    # a story is about its indicator; a report's figure that names nothing is no GDP (争取161.4亿元…资金支持)
    of_a_story = doc.genre != "work_report"
    topics_by_unit: dict[tuple[str, str], Counter[str]] = {}  # …of each unit and kind
    heads = tuple(by_length(words()["heads"]))
    rank_heads = tuple(words()["rank_heads"])
    located: dict[tuple[str, int], tuple[int, int]] = {}  # see _last_before
    sets_by_size: dict[float, str] = {}  # a counted set's name by its size, for 上述7个省份
    counted_sets: set[str] = set()  # the names of counted sets (rules/counted_sets.py)
    streaks: list[tuple[Mention, str, Attribute | None, int]] = []  # 连续N年 figures, what kept on, the metric before
    institutions: dict[tuple[int, int], str] = {}  # per sentence: the kind of institution last counted in it
    parts_of: tuple[tuple[int, int], str, str] | None = None  # the sentence, unit and head of the parts last named
    measured_after: dict[int, str] = {}  # a count of places written before an indicator (13个设区市地区生产总值) → it
    gdp_written = words()["structure_wholes"][0]  # the whole a structure's parts are shares of, as last named
    for i, m in enumerate(doc.mentions):
        if m.from_table:
            continue  # its row label and column header gave its metric (rules/table.py)
        sentence = doc.sentence(m.start)
        same_sentence = previous is not None and doc.sentence(previous.start) == sentence
        prior = previous.metric if same_sentence and previous.metric else None
        if prior and _a_streak(previous):  # (…“八连增”，连续5年超万亿斤: what kept on goes on)
            prior = replace(prior, value=str(prior.value).removesuffix(previous.classifier or ""))
        if prior and m.kind != "count" and id(previous) in measured_after:
            prior = replace(prior, value=measured_after[id(previous)])  # 13个设区市地区生产总值…，全省共增加2702亿元
        if prior and m.kind != "count" and (str(prior.value).removesuffix(_built()["increment"]) in counted_sets
                                            or prior.value in region_nouns()):
            prior = None  # 4个省份的增速均在6%以上，江西以6.9%领跑: a set of regions is no indicator
        paragraph = _topic_paragraph(doc, m.start)
        next_start = doc.mentions[i + 1].start if i + 1 < len(doc.mentions) else len(doc.text)
        if after := doc.periods_between(m.end, next_start):
            next_start = after[0].start  # 11个设区市前三季度经济数据: a period ends the noun after a figure
        phrase = _without_owners(_left_phrase(doc, m))
        if _a_streak(m):  # 粮食总产量实现了历史罕见的“八连增”: what kept on opens the clause
            phrase = _without_owners(_before_outcome(doc.text[doc.clause_start(m.start):m.start]))
        if previous is not None and phrase.startswith(tuple(words()["grade_suffixes"])) \
                and doc.text.startswith(phrase, previous.end):
            phrase = doc.text[previous.start:previous.end] + phrase  # 10万吨级码头2个: the graded class counted
        if previous is not None and previous.kind == "rank" and ranked_by_size(doc.text, previous.end) \
                and doc.text.startswith(phrase, previous.end) and doc.clause_start(m.start) <= previous.start:
            phrase = doc.text[previous.start:previous.end] + phrase  # 对前五大出口市场出口增长8%: the rank is in the name
        if previous is not None and previous.kind == "count" \
                and (counted := without_brackets(_counted_places(doc, previous))) and phrase.startswith(counted):
            phrase = phrase[len(counted):]  # 东部11个|省市GDP平均增速: the places counted own what follows
        elif previous is not None and previous.kind == "count" and (partners := _partners_counted(doc, previous)) \
                and phrase.startswith(partners) and len(phrase) > len(partners) + 1:
            phrase = phrase[len(partners):]  # 与25家央企签署投资协议9400亿元: the partners are counted, the sum is the deal's
        if m.list_id is None and not (m.kind == "rank" and _ranked_together(phrase)):
            phrase = _last_item(phrase, m.kind == "count")
        ranked_rate = None
        if m.kind == "rank":
            phrase = _rank_verb_first().sub("", without_rank_tail(phrase), count=1)  # 坐稳经济前四 → 经济
            ranked_rate = _patterns()["rate_suffix"].search(phrase)  # GDP增速位列…首位: the rate is ranked
        if m.kind == "share" and (part := part_of(phrase)):
            # 光伏装机超过全县总装机的三分之一 → 光伏装机占全县总装机比重 (the kind stage bounds it)
            phrase = part.group("owner") + _built()["share_of"] + part.group("whole")
        if m.kind in ("share", "change") and (inside := _patterns()["share_inside"].match(strip_predicates(phrase))):
            phrase = inside.group("owner") + _built()["share_of"] + inside.group("whole")  # …在…中的比重 → …占…
        if within := _patterns()["share_within"].search(phrase):
            phrase = phrase[:within.start()] + within.group("verb") + within.group("whole") + phrase[within.end():]
            m.refine(SHARE_METRIC.name)  # 在工业中所占比重提高了2.4个百分点 → 占工业比重 of the topic
        if m.kind != "share" and (relative := _patterns()["share_relative"].search(phrase)):
            phrase = phrase[relative.end():]  # 占CPI较大权重的猪肉价格下降: the 占 clause only describes the noun
        if _patterns()["share_verb"].search(phrase):
            owner = _clause_topic_between(doc, previous, m) if same_sentence else None
            metric = _share_metric(phrase, owner or (str(prior.value) if prior else None), lambda: _sentence_topic(doc, m))
            m.refine(SHARE_METRIC.name)
        elif prior and (contribution := ownerless_contribution(phrase) or m.kind == "change" and _ownerless_pull(phrase)):
            # …增加值增长17.4%，对经济增长贡献率达到81.3%: the sector's; after the economy's own figure
            # (长三角地区国内生产总值增长18.9%，对全国经济增长贡献率…) the owner is the subject, named apart
            owner = _sector_of(_without_flow_verb(_owner_of(str(prior.value)), contribution))  # (工业增加值 → 工业)
            contribution = _without_when(contribution)  # 对同期全国外贸增长: 同期 says when, as the period does
            listed = len(split_items(owner)) > 1 or owner.endswith(tuple(words()["enumeration_ends"]))
            # (深圳进出口…，对全国外贸增长的贡献度: the flow's share of its own growth in a wider whole is the subject's)
            own_flow = (flow := indicator_of(owner)) is not None and any(indicator_of(w) == flow for w, _ in tag(contribution))
            metric = ("" if listed or own_flow or indicator_of(owner) == GDP
                      or owner in _built()["economy"] + [_built()["economic_growth"]]
                      else owner) + contribution  # (集成电路、电工器材…等进口…，拉动进口增长: no list names it)
            m.refine(CONTRIBUTION_OWNER.name)
        elif (way := route(phrase, 0, len(phrase))) and way[0] == 0:
            metric = strip_predicates(clean(phrase))  # 西安至成都旅行时间缩短至3小时: the way and its measure, whole
        elif m.kind == "ratio" and prior and _ratio_to_a_basis(doc, m):
            metric = ""  # 新启动21个改造项目，是计划任务的2.1倍: the figure before, against the basis
            m.refine(RATIO_TO_BASIS.name)
        else:
            metric = metric_phrase(phrase)
        how, written_whole = "explicit", False
        if m.kind == "count" and (defined := counted_set(doc, m)):
            metric = defined.metric
            if defined.noun and tag(defined.definition)[0][1] == "v" and (framed := _frame_topic(doc, m)):
                metric = framed + metric  # 从GDP总量来看，有11个省份超过万亿 → GDP总量超过万亿的省份
            counted_sets.add(metric)
            sets_by_size[m.value] = metric
            m.refine(COUNTED_SET.name)
        elif m.kind == "count" and m.value in sets_by_size and refers_back(doc, m):
            metric, how = sets_by_size[m.value], "inherited"  # 除了上述7个省份: the 7 named before
            m.refine(COUNTED_SET.name)
        elif m.kind == "amount" and prior and _foreign_currency(m.unit) and _converting().fullmatch(phrase.strip()):
            metric, how = str(prior.value), "inherited"  # 72000元，按年平均汇率折算约合10200美元: the same amount
            m.refine(RESTATED.name)
        elif m.kind == "rank" and (kind := _kind_joined(doc, m)):
            metric, written_whole = kind, True  # 成为全省第4个财政收入超百亿元县: the kind it is the 4th of
            m.refine(KIND_JOINED.name)
        elif m.kind == "rank" and ranked_by_size(doc.text, m.end) \
                and (noun := following_noun(doc.text[m.end + 1:next_start])):
            ranks = load("units")["ranks"]
            found = [(noun.find(w), -len(w)) for w in ranks["size_ranked"] if w in noun]
            if found:  # 前五大贸易伙伴东盟: the partners, not ASEAN (the longest name where one starts first)
                start, length = min(found)
                noun = noun[:start - length]
            metric = noun.removesuffix(next((t for t in ranks["size_tails"] if noun.endswith(t)), ""))
            # 东盟成为我第一大贸易伙伴(地位): the partners are ranked
            m.refine(COUNTED_NOUN.name)
        elif m.unit in DURATION_UNITS and (extended := _extension(doc, m)):
            metric = extended  # 第二轮土地承包到期后再延长30年试点: the term's extension, not the pilot
            m.refine(EXTENSION.name)
        elif m.kind == "count" and doc.text.endswith(population := _built()["population"], m.start, m.end + len(population) - 1):
            metric = population  # 近14亿人口的发展中大国: 人 opens 人口
            m.refine(COUNTED_NOUN.name)
        elif m.kind == "count" and (described := _described_after(doc, m, i)):
            metric, written_whole = described, True  # 180个投资10亿元以上的重大项目: the things the clause describes
            m.refine(COUNTED_NOUN.name)
        elif m.kind == "count" and (graded := _graded_noun(doc, m)):
            metric = graded  # 建成3个10万吨级码头 → 10万吨级码头: the grade names the things counted
            m.refine(COUNTED_NOUN.name)
        elif m.kind == "count" and (package := _quoted_package(doc, m, previous)):
            metric = package  # 发布“科创板八条”, 出台稳增长“18条”“16条”: the package as named
            m.refine(QUOTED_PACKAGE.name)
        elif m.rule == PEOPLE_WITHOUT_CLASSIFIER.name and not _reached(doc, m, next_start) \
                and (people := people_named_after(doc.text, m.end)):
            # 7100万江淮儿女倍感温暖 → 江淮儿女: the people counted, as written after the figure, and where they
            # went when the clause says no more (1.4亿农村人口在城镇落户)
            metric = people + _where_people_went(doc, doc.text.find(people, m.end) + len(people))
            m.refine(COUNTED_NOUN.name)
        elif m.kind == "count" and (reached := _reached(doc, m, next_start)):
            metric, written_whole = reached, True  # 惠及160余万人 → 惠及人数; 惠及8.1万个困难家庭 → 惠及困难家庭
            m.refine(REACHED.name)
        elif m.kind == "count" and (covered := _people_covered(metric, m)):
            metric = covered  # 新型农村合作医疗制度覆盖8.3亿人 → …覆盖人数: those the scheme reaches
            m.refine(REACHED.name)
        elif m.kind == "count" and (benefit := _beneficiaries(doc, m)):
            metric = benefit  # 全国有8400多万人受益 → 受益人数
            m.refine(COUNTED_NOUN.name)
        elif m.kind == "count" and (outcome := _outcome_of_people(doc, m, phrase, next_start)):
            metric = outcome  # 带动16万人实现本地就业 → 本地就业
            m.refine(COUNTED_NOUN.name)
        elif m.kind == "count" and (action := _action_counted(doc, m, next_start)):
            metric, written_whole = action, True  # 先后30多次深入西部考察调研: the visits are counted, verb and all
            m.refine(COUNTED_NOUN.name)
        elif m.kind == "count" and not doc.text.startswith(tuple(connectors()), m.end) \
                and (noun := following_noun(counted := _counted_text(doc, m, next_start), True)):
            # (建成产教融合基地32个和专门教育学校2所: after 和 the next figure's noun)
            # (新开工10个以上项目: the things counted follow the bound word)
            if m.classifier in words()["verbal_classifiers"] and noun in counted \
                    and (head := next((h for h in by_length(words()["activity_heads"])
                                       if counted.startswith(h, counted.find(noun) + len(noun))), None)):
                noun += head  # 三轮中央生态环境保护督察: the activity counted, which the tagger reads as a verb
            metric = _title_given(doc, m.end, noun, next_start) or _head_of_relative(doc, m, noun, next_start) or noun
            if (snapped := _snap_to_indicator(metric, kinds_own=True)) != metric and len(owners := metric[:-len(snapped)]) >= 2 \
                    and indicator_unit(snapped) not in (None, "count"):
                metric = owners  # 45个重点开发区规模以上工业总产值…: the zones are counted, not their output
            elif places := _places_before_indicator(metric):
                # 东部6个省份进出口总额占全国的比重: the provinces are counted; the figures after are the indicator's
                metric, measured_after[id(m)] = places, metric[len(places):]
            m.refine(COUNTED_NOUN.name)
        elif m.kind == "amount" and (spent := _public_spending(doc, m, phrase, metric)):
            metric = spent  # 中央财政安排423亿元资金 → 中央财政安排资金: not the purse alone
            m.refine(PUBLIC_SPENDING.name)
        elif m.kind == "amount" and (graded := _grade_of_following(doc, m, next_start)):
            metric = graded  # 30万吨级航道 → 航道吨级: the class of the thing after it, not an amount of it
            m.refine(GRADE.name)
        elif m.kind == "amount" and (owned := _attribute_of_following(doc, m, next_start, phrase)):
            metric = owned  # 设立总规模500亿元的母基金 → 母基金总规模
            m.refine(ATTRIBUTE_OF_FOLLOWING.name)
        elif m.kind == "amount" and (noun := _attributive(doc, m, next_start, phrase)) \
                and (not m.change_of_level or indicator_of(noun) or noun.endswith(tuple(words()["measure_endings"]))):
            metric = noun  # (净增2000万吨吞吐量: the indicator after a change of level is what changed)
            m.refine(ATTRIBUTIVE.name)
        elif m.kind == "share" and metric.endswith(_built()["share_noun"]) and _patterns()["share_verb"].search(phrase) \
                and (thing := _share_thing(_share_of_following(doc, m, next_start))) is not None:
            # 黄石模具钢占了国内一半的市场: the owner and whole are read; the market joins the whole
            metric = metric.removesuffix(_built()["share_noun"]) + thing + _built()["share_noun"]
            m.refine(SHARE_METRIC.name)
        elif m.kind == "share" and (whole := share_whole(doc.text, m)) \
                and (described := _share_of_following(doc, m, next_start)) \
                and (noun := _leading_noun(described) or following_noun(described) or (described if len(described) <= 4 else "")) \
                and (doc.clause_start(whole[0]) < whole[0] or _only_a_noun(described[len(noun):])):
            # 拥有全国72%的国土面积、27%的人口 → 国土面积占全国比重, 人口占全国比重; but 全省92%的行政村通了5G
            # opens its clause with the owner: the share of the villages so described (metric.share_of_following)
            if contributor := _contributor(doc, whole[0]):  # 民营经济…贡献了全省80%以上的进出口
                metric = contributor + _built()["share_of"] + doc.text[slice(*whole)] + noun + _built()["share_noun"]
            else:  # (a place that has the share is its subject: 东北地区拥有全国9%的耕地)
                metric = noun + _built()["share_of"] + doc.text[slice(*whole)] + _built()["share_noun"]
            m.refine(SCOPE_SHARE.name)
        elif m.kind == "share" and metric and (verb := _ends_in_verb(metric) or _ends_in_verb(phrase)) \
                and (described := _share_of_following(doc, m, next_start)) \
                and (noun := _leading_noun(described) or following_noun(described)):
            # 高铁覆盖80%以上的大城市: the share of the cities the railway reaches, its owner kept
            owner = phrase[:phrase.rfind(verb)] if verb in phrase else metric[:metric.rfind(verb)]
            metric = clean(_without_owners(owner)) + verb + noun + _built()["share_reached"]
            m.refine(SHARE_OF_FOLLOWING.name)
        elif m.kind == "share" and (not metric or a_frame_alone(strip_predicates(phrase.strip())) or _a_share_listed(doc, m)) \
                and (described := _share_of_following(doc, m, next_start)):
            # (工业中超过九成的行业实现了增长: the frame names the whole of the things after the figure; …的行业、
            # 超过六成的产品…: the share before names its own things, not this one's)
            metric = _share_described(described)
            m.refine(SHARE_OF_FOLLOWING.name)
        rate = _patterns()["rate"].search(phrase) if m.kind == "change" else None
        if rate:
            # 增速比一季度回落0.8个百分点, 降幅比上月收窄0.5个百分点: the rate of the level before
            base = metric.partition(rate.group())[0] or (_patterns()["rate_suffix"].sub("", _rated(str(prior.value))) if prior
                                                        else _previous_clause(doc, m, previous))  # 进出口快速增长，增速高出…
            metric = base + rate.group()
            m.refine(RATE_CHANGE.name)
        elif m.kind == "change" and metric in words()["share_nouns"] and prior and previous.kind == "share":
            metric = prior.value  # 占全区外贸总值的42.4%，比重提升1.5个百分点: the share just given moved
            m.refine(RATE_CHANGE.name)
        elif (metric in rank_heads + ("",) or m.kind == "rank" and metric in words()["ranked_heads"]) and prior \
                and (m.kind == "rank" or metric):
            # 总量全省第二 → GDP总量; a head the prior already has is not added again (总量占比总量占比…
            # grew with every rank of a long sentence, and so did the time to read it)
            if m.kind == "rank" and not metric and previous.kind == "growth" and not prior.value.endswith(tuple(_built()["rates"])) \
                    and m.scope not in load("attribution")["scopes"]["size_scopes"]:
                metric = prior.value + _built()["growth_rate"]  # GDP增长6.3%，居全国第三: ranked by its growth
            else:
                # (比重庆少80亿元，位列第五: the rank is of the level, not of the difference)
                # (…比上年增加1501亿元，总额突破万亿元: the total is the level's, not its change's)
                level = str(prior.value).removesuffix(_built()["increment"]) if m.kind == "rank" or metric else prior.value
                if metric:  # 全年增长4.8%、高于全国0.2个百分点、总量达5.3万亿元: the economy's total, not its rate's
                    level = _patterns()["rate_suffix"].sub("", _rated(level)) or level
                metric = level if metric in level else level + metric
            m.refine(RANK_HEAD.name)
        if ranked_rate and metric and not metric.endswith(ranked_rate.group()):
            # 增速 is a predicate elsewhere (GDP增速5%), the ranked thing here; the rate written (降幅居…)
            # stands for the one a ranked growth takes (…下降3.5%，降幅居全国前5位: 降幅, not 增速降幅)
            metric = metric.removesuffix(_built()["growth_rate"]) + ranked_rate.group()
        if _patterns()["article"].fullmatch(metric) and metric not in _labels() \
                or len(metric) == 1 and not metric.isascii() and m.kind != "count" and metric not in words()["one_character_products"]:
            metric = ""  # 一块; 好, 内, 新: a lone character names no indicator (but 12个区 counts 区, 钢突破7000万吨 is steel's)
        if _says_nothing(metric):
            metric = ""  # 普遍, 双双, 过去, 扩大: adverbs, time words and verbs of change name no indicator
        elif acted_on := _object_acted_on_before(doc, m, metric):
            metric, how = acted_on, "inherited"  # …发行超长期特别国债，…今年先发行1万亿元: the same verb's object
            m.refine(PREVIOUS_CLAUSE.name)
        if _names_places(metric) and not (m.kind == "count" and metric in region_nouns()):
            metric = ""  # 上海和北京: the owners, whose metric the sentence or paragraph named before
        if m.kind != "count" and metric in words()["heads"] and (owner := _named_before(doc, m, previous)) \
                and owner.endswith(tuple(words()["sector_endings"])):
            metric = owner + metric  # 装备制造业增势明显，增加值增长4.3%: the sector the clause before names
            m.refine(PREVIOUS_CLAUSE.name)
        elif metric in words()["bare_totals"] and (topic := _nearest_topic(doc, m, metric)):
            # 粮食连续五年增产，总产量10570亿斤; 轻工业，总产值…: the total of the topic the clauses before open with
            activity = next((w for w in words()["total_activities"] if topic.endswith(w) and len(topic) > len(w)), "")
            metric = topic if topic.endswith(metric) else topic.removesuffix(activity) + metric  # (工业生产 → 工业总产值)
            m.refine(PREVIOUS_CLAUSE.name)
        if not metric and (topic := _previous_clause(doc, m, previous) if m.kind != "count" else _topic_before(doc, m, previous)):
            metric, how = topic, "inherited"  # …第一；进出口规模再创新高，比上年增加12.3%: not the rank's
            m.refine(PREVIOUS_CLAUSE.name)
        if not metric and (pointed := _pointed_back(doc, m)):
            metric, how = pointed, "inherited"  # …的投资比重。这个比重，1978年为17.4%: the share named before
            m.refine(POINTED_BACK.name)
        elif not metric and not prior and m.kind != "count" \
                and (last := (paragraph_level if m.kind == "growth" else paragraph_metric).get(paragraph)) \
                and not _framed_since(doc, m, last[1]) and (topic := last[0]) \
                and (of_a_story or m.kind == "growth" or m.unit == last[2]) \
                and not (document_topic and not indicator_of(topic) and _owner_opens_clause(doc, m)):
            # (宜春、萍乡两市增速均为3.9%, after …与九江的差距缩小至382亿元: new owners, the story's indicator;
            # in a report, a level of another unit measures something else: …增加值增长10%。…首期安排50亿元)
            metric, how = (_growth_of_level(topic) if m.kind == "growth" else _ranked(topic, ranked_rate)), "inherited"
            m.refine(PARAGRAPH_TOPIC.name)
            if m.kind == "change" and previous is not None and previous.kind == "growth" \
                    and not metric.endswith((*_built()["rates"], _built()["economic_growth"])):
                metric += _built()["growth_rate"]  # …同比增长6.9%。比去年同期增长了0.2个百分点: the growth's rate
                m.refine(RATE_CHANGE.name)
        elif not metric and prior and m.kind == previous.kind == "count" and _noun_classifier(m, previous):
            metric = m.classifier  # 改造老旧小区5.6万个，惠及近千万家庭: the families are counted, not the estates
            m.refine(COUNTED_NOUN.name)
        elif not metric and prior and (members := _members_counted(doc, m, previous)):
            metric = str(prior.value).removesuffix(_built()["increment"]) + members  # 老旧小区716个26.95万户 → 老旧小区户数
            m.refine(COUNTED_NOUN.name)
        elif not metric and prior:
            metric, how = prior.value, "inherited"  # a count inherits only a count's noun
            if m.kind != "count" and previous.kind == "count" and str(prior.value).endswith(tuple(words()["milestones"])) \
                    and (stepped := metric_phrase(_left_phrase(doc, previous))):
                metric = stepped  # 经济总量跨越3个万亿元台阶，年均增长5.6%: the level that crossed the steps grows
            if m.kind == "share" and previous.kind == "count" and (done := _done_by_share(doc, m)):
                metric = str(metric) + done + _built()["share_reached"]  # 2700多万人，90%以上进入再就业服务中心
                m.refine(SHARE_OF_SET.name)
            elif m.kind != "share" and SHARE_OF_SET.name in previous.refined_by and i > 1 \
                    and (counted := doc.mentions[i - 2].metric) is not None:
                metric = counted.value  # …，90%以上进入…，先后有1800多万人…: the set counted before the share, again
            if m.kind == "count" and previous.kind == "share" and (counted := _last_of_kind_before(doc, i, "count")):
                metric = counted  # 长三角有9个，占三分之一；珠三角有4个: the things counted, not their share
            if m.kind == "growth" and previous.kind == "rank":
                metric = _patterns()["rate_suffix"].sub("", str(metric))  # 增速位居全国第一，达到38.7%: the level's growth
            if m.kind == "growth":
                metric = _growth_of_level(str(metric))  # GDP总量位列第二，增速为5.3%: the growth of GDP
            if m.kind == "growth" and previous.unit in DURATION_UNITS \
                    and (raised := _raised_level(doc.text[previous.end:doc.clause_end(previous.end)])):
                metric = raised  # 连续7年提高养老金水平，年均增长10%: the level raised grows (not the streak)
                m.refine(PREVIOUS_CLAUSE.name)
            if previous.change_of_level and (m.kind in ("growth", "share") or not m.change_of_level):
                # 同比增加1431列，增幅达112.3%; 净增48万户、达680万户: of the level, not of its change
                metric = str(metric).removesuffix(_built()["increment"])
            if m.kind == "growth" and previous.kind == "share":
                # 增加值增长17.4%，对经济增长贡献率81.3%，两年平均增长9.3%: the growing level's;
                # 民间投资占全省60.5%，增长9.9%: the share's owner grows
                metric = _last_of_kind_before(doc, i, "growth") or _owner_of(metric) or metric
            if m.kind == "change" and previous.kind == "growth" and not metric.endswith(tuple(_built()["rates"])):
                metric = _rated(str(metric)) + _built()["growth_rate"]  # 增长5.4%,比8月份加快0.9个百分点: a difference of growth rates
                m.refine(RATE_CHANGE.name)
        elif (whole := prior or (w.metric if (w := _whole_before(doc, i)) else None)) and m.kind == previous.kind and metric \
                and not metric.endswith(heads) and len(metric) <= 16 \
                and metric.endswith(tuple(words()["sector_endings"])) and not indicator_of(metric):
            head = next((h for h in heads if str(whole.value).endswith(h)), None)
            # only after another sector's figure (电子信息制造业增加值): 社会消费品零售总额 lends 服务业 nothing
            # (规模以上工业增加值增长6.5%。其中，汽车制造业增长8.2%: the whole of the parts the sentence lists)
            if head and previous.list_id is None and m.list_id is None \
                    and str(whole.value)[:-len(head)].endswith(tuple(words()["sector_endings"])):
                metric = metric + head  # elided head: 汽车制造业增长12.6% after …增加值增长31%
                m.refine(ELIDED_HEAD.name)
        elif prior and (measure := _measure_of_people(str(prior.value), metric)):
            metric += measure  # 居民人均可支配收入28000元，其中城镇居民41000元: the town dwellers' income
            m.refine(ELIDED_HEAD.name)
        if metric and how == "explicit" and m.kind in ("amount", "count") \
                and (head := _head_of_whole(doc, i, metric, parts_of)):
            metric += head  # 机电产品出口13.9万亿元。其中，集成电路1.1万亿元 → 集成电路出口
            m.refine(ELIDED_HEAD.name)
            parts_of = (doc.sentence(m.start), m.unit, head)
        elif metric and how == "explicit" and m.kind == "amount" and (owned := _owner_of_flow_part(doc, i, metric)):
            metric = owned  # 知识密集型服务进出口7400亿元。其中，出口4200亿元 → 知识密集型服务出口
            m.refine(ELIDED_HEAD.name)
        elif metric in words()["flow_verbs"] and how == "explicit" and prior and m.kind in ("amount", "count") \
                and str(prior.value).endswith(output := _output()[1]) and len(str(prior.value)) > len(output):
            metric = str(prior.value)[:-len(output)] + metric  # 新能源汽车产量1120万辆，…，出口180万辆 → 新能源汽车出口
            m.refine(ELIDED_HEAD.name)
        rate_read = PARENTHETICAL.name in m.refined_by or RATE_SUBJECT.name in m.refined_by and not metric
        if rate_read and (topic := rate_topic(doc, m)):
            level = _without_owners(metric_phrase(_without_periods(doc, *topic.span("level"))))
            if not indicator_of(level):
                noun = _leading_noun(level)  # 出口两年平均增速 → 出口; 使得湖北增速 names none
                level = document_topic.most() if document_topic and (not noun or _names_places(noun)) else noun
            metric, how = _growth_of_level(level) if m.kind == "growth" else level, "inherited"
        if not metric and m.kind in ("amount", "rank", "growth") and (framed := _frame_topic(doc, m)) \
                and (m.kind != "growth" or indicator_of(framed)):  # 从月度走势来看 frames no growth's metric
            if framed in rank_heads and document_topic:
                story = document_topic.most()  # 从总量来看, in a story about GDP: GDP总量 (经济总量 stays)
                framed = story if story.endswith(framed) else story + framed
            metric, how = framed, "inherited"  # 从GDP总量来看，…其中广东以28498.79亿元居第一位
            m.refine(FRAME_TOPIC.name)
        if m.kind == "count" and (noun := words()["classifier_nouns"].get(m.classifier or "")):
            metric, how = noun, "explicit"  # 夺得4金3银: medals
        if m.kind == "count" and m.classifier in words()["noun_classifiers"] \
                and (not metric or all(pos == "v" for _, pos in tag(metric))):
            metric = m.classifier  # 涉及2900多万家庭: the measure word is the noun counted, not the verb before it
        if not metric and m.kind == "rank" and of_a_story and document_topic:
            metric, how = _ranked(document_topic.most(), ranked_rate), "document"  # 安徽位列第十一位
            m.refine(DOCUMENT_TOPIC.name)
        if not metric and not of_a_story:
            if m.kind == "growth" and (RATE_AFTER.name in m.refined_by
                                       or _built()["goal"] in doc.text[doc.clause_start(m.start):m.start]
                                       or _speaks_of_the_economy(doc, m)):
                # 6.5%左右的增速可以实现…, 把增长预期目标定在7.5%左右, 顶住经济下行压力，实现全年增长4.8%:
                # a report's growth of nothing named is the economy's
                metric, how = _built()["economic_growth"], "document"
                m.refine(DOCUMENT_TOPIC.name)
        elif not metric and m.kind == "growth" and document_topic.headline:
            metric, how = document_topic.headline, "document"  # 江苏一季度增长4.6%, in a story its headline says is of GDP
            m.refine(DOCUMENT_TOPIC.name)
        elif not metric and m.kind in ("amount", "growth") and (same := topics_by_unit.get((m.unit, m.kind))):
            metric, how = same.most_common(1)[0][0], "document"  # a story about GDP: 广东以28498.79亿元居第一
            m.refine(DOCUMENT_TOPIC.name)
        elif not metric and m.kind == "growth" and document_topic:
            metric, how = document_topic.most(), "document"  # 江西一季度高达6.9%, in a story about GDP
            m.refine(DOCUMENT_TOPIC.name)
        elif not metric and m.kind == "amount" and (m.list_id is not None or _by_means_of(doc, m)) \
                and (topic := document_topic.most_in(m.unit)):
            # 湖北、安徽分别以10804.66亿元、10347.7亿元进入万亿俱乐部, 上海以10536亿元领跑, in a story about GDP
            metric, how = topic, "document"
            m.refine(DOCUMENT_TOPIC.name)
        elif not metric and m.kind == "growth" and _speaks_of_the_economy(doc, m):
            metric, how = _built()["economic_growth"], "document"  # 我国国民经济运行开局良好，平稳增长7.7%
            m.refine(DOCUMENT_TOPIC.name)
        output_verb, output = _output()
        if how == "explicit" and metric and output_verb.search(phrase) and not metric.endswith(output):
            metric += output  # 粮食增产1.2亿斤 → 粮食产量 (增量 follows)
        if how == "explicit" and metric and m.kind in ("amount", "count") and m.unit not in currency_codes().values() \
                and m.classifier not in _built()["kind_classifiers"] \
                and doc.text.startswith(tuple(_built()["product_frames"]), doc.paragraph(m.start)[0]) \
                and not indicator_of(metric) \
                and not metric.endswith(tuple(words()["part_heads"]) + tuple(words()["own_heads"]) + (output,)):
            metric += output  # 分产品看，…水泥14940万吨 → 水泥产量 (…经销商数量2131个: a count of its own)
            m.refine(ELIDED_HEAD.name)
        if how == "explicit" and m.unit == "CNY" and (earned := _earning().search(metric)):
            metric = metric[:earned.start()] + _built()["earning"]  # 卖苹果挣了5万元 → 卖苹果收入
        elif not metric and m.unit == "CNY" and _earning().search(phrase):
            metric, how = _built()["earning"], "explicit"  # 他去年赚了20万元 → 收入
        if how == "explicit" and metric:
            metric = _without_leading_place(_without_inner_adverbs(_past_topic_marker(metric)))  # 班列累计开行 → 班列开行
        if m.kind == "change" and how == "explicit" and metric.startswith(tuple(words()["impact_verbs"])) \
                and (grown := _last_of_kind_before(doc, i, "growth", between=("change",))):
            # 食品价格下降2.9%，(降幅比上月收窄1.5个百分点，)影响CPI下降约0.54个百分点: the food prices'
            metric = _rated(str(grown)) + metric
            m.refine(IMPACT.name)
        if m.kind == "rank" and metric and (scope := next((w for w in scope_words() if metric.endswith(w)), None)) \
                and len(metric) > len(scope) + 1:
            metric = metric[:-len(scope)]  # 区域创新能力全国排名上升4位: the scope ranks, it is no part of what is ranked
        if how == "explicit" and (planned := _planned(metric, heads)):
            metric = planned  # 粮食产量计划达到3亿吨: the plan is the modality's (modality.py)
        if how == "explicit" and metric and (snapped := _snap_to_indicator(metric)) != metric \
                and COUNTED_NOUN.name not in m.refined_by:  # (30个重点中心乡镇卫生院: the things counted, as written)
            metric = snapped
            m.refine(INDICATOR.name)
        elif how == "explicit" and m.kind in ("amount", "growth", "count") and metric and (zoned := _after_a_zone(metric)):
            metric = zoned
            m.refine(INDICATOR.name)
        if prior and m.kind == "count" and (per := _per_time(phrase)) and (noun := _head_noun(str(prior.value))):
            metric, how = per + noun, "explicit"  # …企业增长21.6%，平均每天新增1.2万户 → 平均每天新增企业
            m.refine(OWNED_HEAD.name)
        elif how == "explicit" and m.kind == "count" and metric and (per_after := _counted_per_time(phrase, metric)):
            metric = per_after  # 市场主体日均新增1200户: the things counted, then their per-day verb → 日均新增市场主体
        if how == "explicit" and prior and previous.kind == m.kind == "count" and metric in words()["totals"]:
            clause = doc.clause_start(m.start)
            topic = clean(_without_owners(_before_first_verb(tag(doc.text[clause:m.start])))) if clause > previous.end else ""
            # 新增35家…企业、总数达270家: the total of the same things; 5A级景区新增周村古商城、总数达到16家:
            # of the things its own clause opens with
            metric = topic if len(topic) >= 2 and topic not in words()["totals"] else str(prior.value)
            m.refine(OWNED_HEAD.name)
        if how == "explicit" and prior and previous.kind == "amount" and metric in words()["total_heads"] \
                and not str(prior.value).endswith(metric):
            level, part = str(prior.value), metric[1:]  # 新能源并网装机4037万千瓦，总规模… → 新能源并网装机总规模
            metric = (level[:-len(part)] if level.endswith(part) else level) + metric  # 风电装机…、总装机 → 风电总装机
            m.refine(OWNED_HEAD.name)
        elif how == "explicit" and prior and previous.kind == "amount" and metric in words()["owned_heads"] \
                and not str(prior.value).endswith(metric) and (owner := _first_noun(str(prior.value))):
            metric = owner + metric  # 夏粮播种面积1101.6万亩，总产量508.58万吨 → 夏粮总产量
            m.refine(OWNED_HEAD.name)
        elif how == "explicit" and prior and previous.kind == "change" and metric in words()["contribution_heads"] \
                and doc.sentence(previous.start) == doc.sentence(m.start) \
                and (pulled := pulled_contribution(str(prior.value), metric)):
            metric = pulled  # …拉动全省出口增长3.2个百分点，贡献率超过四成: the puller's contribution to it
            m.refine(OWNED_HEAD.name)
        if how == "explicit" and metric in words()["institution_heads"] and (institution := institutions.get(sentence)):
            metric = institution + metric  # 普通高中46所，招生34952人，在校学生103181人 → 普通高中招生
            m.refine(OWNED_HEAD.name)
        elif how == "explicit" and m.kind == "count" and metric and not doc.bracket_open(sentence[0], m.start) \
                and (head := next((h for h in words()["institution_heads"] if metric.endswith(h) and len(metric) > len(h)), None)):
            institutions.setdefault(sentence, metric[:-len(head)])  # 普通高等学校招生2.1万人，在校生…: its institutions'
        elif how == "explicit" and m.kind == "count" and m.classifier in words()["institution_classifiers"] and metric \
                and not doc.bracket_open(sentence[0], m.start) and not (same_sentence and previous.classifier in words()["institution_classifiers"]):
            # (幼儿园1250所（其中：民办428所）: a bracket's part; 初级中学141所，九年一贯制学校12所，在校学生…:
            # the first of a run of institutions counted)
            institutions[sentence] = metric
        if how == "explicit" and m.kind == "count" and metric and COUNTED_SET.name not in m.refined_by \
                and not written_whole and not _having_set().match(metric):  # (a describing clause keeps its verb: 达到…的次中心)
            metric = counted_noun(metric if m.classifier in words()["verbal_classifiers"] else _before_their_rate(metric))
        if m.kind == "growth" and metric and (rate := next((r for r in _built()["rates"] if metric.endswith(r)), None)) \
                and len(metric) > len(rate) and not _patterns()["rate"].fullmatch(metric):
            metric = metric[:-len(rate)]  # 天津增速仅为1.7%, in a story about GDP: GDP's growth, not 增速's
        if not metric and m.kind == "growth" and _economy_after(doc, m):
            metric = _built()["economy"][0]  # 中国7%的经济增长: the economy's, named after the figure
        if m.unit == "%" and m.kind in ("growth", "share") and metric in _built()["economy"]:
            if m.kind == "share":  # the economy has no share: 中国经济将保持在7.5% is its growth on the year before
                m.kind, m.comparison = "growth", m.comparison or "yoy"
            metric = _built()["economic_growth"]
            m.refine(ECONOMY.name)
        if metric in words()["milestones"] and prior and same_sentence:
            metric = str(prior.value)  # 迈上14万亿元新台阶、连续36年居全国首位: the level's streak, not the step's
        if m.unit in DURATION_UNITS and (kept := _streak(doc, m)) \
                and (metric or tag(kept)[0][1] in ("v", "p") or kept.startswith(_rank_verbs())):  # (居首: one word, a noun to the tagger)
            streaks.append((m, kept, prior, i))  # named when every metric is read: the figures after keep the plain one
        if m.kind == "share" and (rate := _completion_rate(doc, m, metric, prior)):
            metric = rate  # 城镇新增就业…，完成全年目标的122.9% → 城镇新增就业目标完成率
        if m.unit in DURATION_UNITS and (early := _ahead_of_time(doc, m, phrase)):
            metric, how = early, "explicit"  # 青藏铁路提前一年建成通车 → 青藏铁路提前建成通车时间
            m.refine(AHEAD_OF_TIME.name)
        if m.unit in DURATION_UNITS and (done := _time_taken(doc, m) or _time_used(doc, m)):
            metric, how = done, "explicit"  # 3天就能配齐绝大部分配件 → 配齐绝大部分配件时间
            m.refine(TIME_TAKEN.name)
        if m.kind == "growth" and (acted_on := amplitude_object(doc, m)):
            metric, how = counted_noun(acted_on) or acted_on, "explicit"  # 按5%的幅度压减一般性支出 → 一般性支出
        if m.kind == "growth" and (goal := growth_goal_named(doc, m)):
            # 提出8%左右的国内生产总值增长目标 → 国内生产总值; …的经济增长目标 → 经济增长, the economy's growth
            metric, how = _built()["economic_growth"] if goal in _built()["economy"] else goal, "explicit"
        if relieved := _people_relieved(doc, m):
            metric, how = relieved, "explicit"  # 解决1200万农村人口饮水安全问题 → 解决饮水安全问题的农村人口
            m.refine(PEOPLE_RELIEVED.name)
        if m.kind in ("growth", "amount") and (split := _residence_split(doc, m, phrase, prior)):
            metric, how = split, "explicit"  # 其中，城市上涨1.9% → 城市居民消费价格
            m.refine(RESIDENCE_SPLIT.name)
        if m.kind == "amount" and (use := _money_put_to_use(doc, m, metric) or _money_invested(doc, m)):
            metric, how = use, "explicit"  # 统筹9.8亿元用于援企稳岗 → 援企稳岗资金
            m.refine(MONEY_PUT_TO_USE.name)
        if m.kind == "share" and (used := _put_to_use(doc, m)) \
                and (whole := used[0] or metric or (str(prior.value) if prior else "")):
            metric, how = whole + used[1], "explicit"  # 全国财政支出70%以上用于民生 → 财政支出用于民生比重
            m.refine(SHARE_PUT_TO_USE.name)
        elif m.kind == "share" and how == "explicit" and (done := _done_by_named_share(doc, m, metric)):
            metric = metric + done + _built()["share_reached"]  # 政务服务事项90%实现网上办理 → …实现网上办理比例
            m.refine(SHARE_OF_SET.name)
        if m.change_of_level and metric and not metric.endswith(_built()["increment"]):
            # (4.6万亿元的增量比上一年增加了1600多亿元: 增量 once; 收购价平均每斤提高0.11元: the price's, per unit)
            metric = without_per_unit(metric) + _built()["increment"]
        if m.kind == "growth" and metric in words()["extreme_rates"]["extremes"] \
                and (extreme := _extreme_rate().search(doc.text, doc.clause_start(m.start), m.start)):
            metric = extreme.group("name")  # 最高涨幅为2.1%: the highest rate of the set spoken of, not 最高
        elif m.kind == "growth" and metric in words()["extreme_rates"]["extremes"] and same_sentence \
                and previous is not None and previous.metric is not None \
                and (rate := str(previous.metric.value).removeprefix(_extreme_of(str(previous.metric.value)))) \
                in words()["extreme_rates"]["rates"]:
            metric += rate  # 最高涨幅为2.1%，最低为下降0.4% → 最低涨幅
        if m.unit == "W" and m.kind == "amount" and metric.endswith(tuple(words()["generation_words"])) \
                and not metric.startswith(tuple(words()["retiring_verbs"])):
            metric += words()["installed"]  # 新建火力发电近600万千瓦 → 新建火力发电装机: the capacity installed
        if VARIANT.name in m.refined_by and prior and (variant := variant_of(doc.text, previous.end, m.start)):
            metric, how = f"{prior.value}（{variant}）", "explicit"  # 增长8%（不含电力为6.5%）→ 工业增加值（不含电力）
        if m.kind == "rank" and (not metric or how != "explicit") \
                and (ranking := _ranking_before(doc, m, previous if same_sentence else None)):
            metric, how = ranking, "explicit"  # 兰州高新区全国排名53位、提升3位: the ranking itself
            m.refine(RANK_HEAD.name)
        if m.rule == RATIO_PARTS.name and m.kind == "share" and (part := _structure_part(doc, i, gdp_written)):
            metric, how = part, "explicit"  # 三次产业结构为4.3:56.8:38.9 → 第一产业增加值占地区生产总值比重, …
            m.refine(STRUCTURE_PART.name)
        if metric.endswith(tuple(words()["enumeration_ends"])) and tag(metric)[-1][1] == "u":
            metric = _without_enumeration_end(metric)  # 乡镇商贸中心、集贸市场等30个: the things listed, not 等
        if how == "explicit" and m.kind in ("amount", "count") and (done := _done_at_named_site(metric)):
            metric = done  # 中老铁路发送旅客 → 发送旅客: the named site owns what was done there
            m.refine(DONE_AT_SITE.name)
        if _a_streak(m) and metric and not metric.endswith(m.classifier or ""):
            metric += m.classifier or ""  # 粮食产量实现“十二连增” → 粮食产量连增: what kept on, and how
        where = _locate(doc, m, metric, next_start, located) if metric else (None, None)
        # a metric not written near its number (a rank's head on the document's topic) was not read there
        written = how if where[0] is not None or how != "explicit" else "inherited"
        m.metric = Attribute(metric, *where, written) if metric else None
        if metric and how == "explicit" and m.kind != "count":
            paragraph_metric[paragraph] = (metric.removesuffix(_built()["increment"]), m.start, m.unit)
            if m.kind != "share":  # (…占全省比重超过五成。吉林、四平分别增长4.9%和5.3%: GDP's growth, not the share's)
                paragraph_level[paragraph] = paragraph_metric[paragraph]
            topic = _without_rank_head(metric, rank_heads) if m.kind == "rank" else metric
            if indicator := indicator_of(topic):
                document_topic.add(indicator, topic)  # GDP总量第一 speaks of GDP
                gdp_written = next((w for w in words()["structure_wholes"] if w in metric), gdp_written) \
                    if indicator == _GDP else gdp_written
                topics_by_unit.setdefault((m.unit, m.kind), Counter())[metric] += 1
        elif metric and (COUNTED_SET.name in m.refined_by or m.kind == "count" and metric.endswith(tuple(region_nouns()))) \
                and (named := find_indicators(metric)):
            # 广东、江苏两省GDP均超过9万亿元, 经济总量超过5万亿元的省份有4个: the set is defined by GDP, which the
            # story speaks of (by the name its figures give it, where they give one)
            document_topic.add(named[0].id, metric[named[0].start:named[0].end], name_weight=0)
        if metric:
            m.refine(METRIC.name if how == "explicit" else f"{METRIC.name}.{how}")
        previous = m
    if of_a_story:
        _headline_topics(doc, topics_by_unit)
    for m, kept, prior, i in streaks:  # 耕地总量连续3年净增加 → 耕地总量净增加持续时间
        sentence, owner = doc.sentence(m.start)[0], m.subject.start if m.subject is not None else None
        # 昆山连续20年位居全国百强县首位: a sentence opened by an owner of its own speaks of it, not of the figure of
        # the sentence before
        own_sentence = m.metric is not None and (m.metric.start is None or m.metric.start < sentence) \
            and owner is not None and sentence <= owner < m.start
        # 连续3年为适龄女性免费接种HPV疫苗: what kept on names it alone; so does an event that kept not happening
        # (…死亡人数分别下降18%、13%，连续十年未发生重特大事故: no figure of the sentence's indicators)
        if m.metric is None or own_sentence or kept.startswith(tuple(words()["streak_negations"])):
            ranked = doc.mentions[i + 1] if i + 1 < len(doc.mentions) else None
            ranked = ranked if ranked is not None and ranked.kind == "rank" and ranked.start < doc.clause_end(m.end) else None
            # 粮食生产实现“二十连丰”，连续14年居全国第一: a rank kept on ranks what the clause before spoke of
            topic = _topic_of_clause_before(doc, m) if ranked is not None and ranked.metric is None else ""
            if not topic and ranked is not None and ranked.metric is not None and ranked.metric.how == "document":
                topic = str(ranked.metric.value)  # 31省份GDP出炉：广东连续37年居首 → GDP居首持续时间, the story's indicator
            m.metric = Attribute(topic + kept + _built()["duration"], past_bound(doc.text, m.end), doc.clause_end(m.end), "explicit")
            m.refine(STREAK.name)
            if topic:
                ranked.metric = replace(m.metric, value=topic)
                ranked.refine(STREAK.name)
        else:
            if str(m.metric.value) in kept:  # read from what kept on, not before the streak
                # (原煤产量…增长17.5%，增速连续四年居…首位: the metric before and its rate; 连续三年比重持续提高: none)
                rate = _rate_kept_on(doc, m, doc.clause_start(m.start))
                m.metric = prior if prior is not None and rate else replace(m.metric, value="")
            base = str(m.metric.value) + (_rate_kept_on(doc, m, m.metric.end) or _rate_compared(doc, m, i, kept))
            head = next((h for verb, h in words()["implied_heads"].items() if kept.startswith(verb) and base.endswith(h)), "")
            # 粮食产量…连续三年增产 → 粮食增产持续时间: 增产 says 产量 already
            m.metric = replace(m.metric, value=base.removesuffix(head) + kept + _built()["duration"])
            m.refine(STREAK.name)
            ranked = doc.mentions[i + 1] if i + 1 < len(doc.mentions) else None
            if base and ranked is not None and ranked.kind == "rank" and ranked.start < doc.clause_end(m.end) \
                    and (not ranked.metric or tag(str(ranked.metric.value))[0][1] == "v"
                         or base.startswith(str(ranked.metric.value))):  # (数字经济增速…第一: its rate, not 数字经济)
                # …连续四年居全国主要产煤省区首位: the rank of what kept on, where the rank's own words name no noun
                ranked.metric = replace(m.metric, value=base)
                ranked.refine(STREAK.name)
    _complete_count_lists(doc)
    _groups_of_things(doc)
    _two_measures_of_one_thing(doc)
    _trade_with_ranked_partner(doc)
    _listed_nouns(doc)
    _investment_done(doc)
    _restore_elided_objects(doc)
    share_metrics(doc)
    _ranks_of_listed_values(doc)  # (after the list's values got their names)
    doc.mentions = [m for m in doc.mentions if not _a_span_of_time(m)]


UNNAMED_SPAN = Rule(
    name="metric.unnamed_span",
    doc="A span of time that measures nothing the text names (震后五年，…; 已经过去了五年; 三个月内把新部委组建起来) "
        "is when something happened, no fact: a duration is a fact only with the metric it measures.",
    examples=(Example("该项目建设工期为18个月。", {"span": "18个月", "metric": "项目建设工期"}),),
    negatives=("震后五年，随着重建项目完工，灾区面貌焕然一新。", "改革方案通过后，三个月内把新部委组建起来。"),
)


def _a_span_of_time(m: Mention) -> bool:
    """A duration (years, days) whose metric no rule could read."""
    return m.unit in DURATION_UNITS and (m.metric is None or not m.metric.value)


KIND_OPENER_REACH = 4  # characters of a word such as 新签约 that opens the noun after a threshold


def _measure_of_people(prior: str, metric: str) -> str:
    """What a group of people named alone (城镇居民, 农村居民) elides of the measure of people before it
    (居民人均可支配收入 → 人均可支配收入), or "" when the metric is no such group or the prior no such measure."""
    if len(metric) > PEOPLE_GROUP or indicator_of(metric):
        return ""
    people = next((h for h in words()["people_heads"] if metric.endswith(h)), None)
    if people is None or people not in prior:
        return ""
    measure = prior[prior.index(people) + len(people):]
    return measure if len(measure) >= 2 and indicator_of(prior) else ""


PEOPLE_GROUP = 6  # characters at most of a group of people named without its measure (城镇常住居民)


def _head_of_relative(doc: Document, m: Mention, noun: str, next_start: int) -> str:
    """200名副高级以上职称的医疗专家, 47家升级建设的中心卫生院: the words after the count describe the
    noun after 的, which is counted (3家企业的产值: an indicator after 的 is another figure's)."""
    at = doc.text.find(noun, past_bound(doc.text, m.end), next_start)
    after = at + len(noun) if at >= 0 else -1
    if after >= 0 and (threshold := _threshold_before_of().match(doc.text, after, next_start)) \
            and (head := next((n for n in by_length(region_nouns()) if doc.text.startswith(n, threshold.end())), None)
                 or _counted_head(following_noun(doc.text[threshold.end():next_start]))):
        # 27个GDP超过万亿元的城市, 10个营业收入超千亿元的先进制造业集群: the threshold defines the things counted
        return doc.text[at:threshold.end()] + head
    if after < 0 or not doc.text.startswith("的", after) or not _describes(noun):
        return ""
    head = _counted_head(following_noun(doc.text[after + 1:next_start]))
    if not head or not _acts(doc, after + 1 + len(head), next_start):
        return ""  # (…城市的空气质量平均优良天数比例为82%: what 的 leads to names the next figure)
    return noun + "的" + head


def _places_before_indicator(metric: str) -> str:
    """省份 of 省份进出口总额, 万亿城市 of 万亿城市GDP: the places (a kind of them, maybe described) a phrase names
    before an indicator not measured in counts."""
    for noun in by_length(region_nouns()):
        at = metric.find(noun)
        if at >= 0 and at <= PLACES_DESCRIBED and indicator_of(rest := metric[at + len(noun):]) \
                and indicator_unit(rest) not in (None, "count"):
            return metric[:at + len(noun)]
    return ""


PLACES_DESCRIBED = 4  # characters at most that describe the places before their noun (万亿城市, 沿海省份)


def _counted_head(head: str) -> str:
    """``head`` when it names things that may be counted, not a figure's indicator."""
    return "" if not head or indicator_of(head) or head.endswith(tuple(words()["heads"] + words()["uncounted_heads"])) else head


@lexical_cache
def _threshold_before_of() -> regex.Pattern:
    """超过万亿元的, 在5000亿元以上的: a bound, a figure and its unit, then 的 (the figure a dropped threshold)."""
    b = bounds()
    return compiled(rf"(?:{trie_pattern(b['before'])})[\d{DIGIT_CHARS}{UNIT_CHARS}.]+\p{{Han}}{{0,2}}?"
                    rf"(?:{trie_pattern(b['threshold']['after'])})?的")


def _acts(doc: Document, start: int, next_start: int) -> bool:
    """The words after a noun, to the end of their clause, hold a verb of their own (中心卫生院|聘任…),
    not only the name of the next figure and the fillers before it (空气质量|平均优良天数比例为82%)."""
    rest = doc.text[start:min(next_start, doc.clause_end(start))]
    return not rest or any(pos == "v" and word not in _fillers() for word, pos in tag(rest))


@lexical_cache
def _fillers() -> frozenset[str]:
    return frozenset(load("kinds")["fillers"]["words"])


def _describes(words_before: str) -> bool:
    """副高级以上职称, 升级建设, 具有博士学位, 针对纺织服装产业: a verb, a bound word or an opening
    preposition makes the words a description, not the counted noun (31个省市的经济: 省市 are counted)."""
    tokens = tag(words_before)
    return any(pos == "v" or word in bounds()["after"] for word, pos in tokens) \
        or len(tokens) > 1 and (tokens[-1][1] in ("v", "vn") or tokens[0][1] == "p")


def _described_after(doc: Document, m: Mention, i: int) -> str:
    """180个投资10亿元以上的重大项目: a count whose noun comes after a clause with a threshold
    in it counts the things so described, written whole (its threshold is no fact of its own)."""
    if framed := _described_as().match(doc.text, m.end, min(len(doc.text), m.end + 30)) or _relative_clause(doc, m):
        # 15个以县城为重要载体的新型城镇化建设试点, 100所达到二级医院服务能力的县域医疗卫生次中心: the things
        # a clause before 的 describes
        noun = following_noun(doc.text[framed.end():framed.end() + 25], True)
        return framed.group() + noun if noun else ""
    found = _described_pattern().match(doc.text, m.end, min(len(doc.text), m.end + 30))
    # a date is no threshold (3个建于2023年的项目); a label is one (超百亿级的: 百亿级 is masked as a label)
    if not found or any(ch in NONZERO_DIGIT_CHARS + UNIT_CHARS for ch in found.group("verb")) \
            or doc.periods_between(found.start(), found.end()) or not all(pos in ("v", "vn", "b", "n") or word in keep_inside() for word, pos in tag(found.group("verb"))):
        return ""
    opener = kind_opener(doc.text[found.end():found.end() + KIND_OPENER_REACH])  # (…以上新设外资项目)
    noun = following_noun(doc.text[found.end() + len(opener):found.end() + 25])
    return doc.text[m.end:found.end()] + opener + noun if noun else ""


def _relative_clause(doc: Document, m: Mention) -> regex.Match | None:
    """A clause that opens with a verb right after a count and ends in 的 (具有全国知名度的, 承包或委托经营的),
    without a figure of its own."""
    if m.classifier == _built()["people"]:
        return None  # 1亿人居住的棚户区: the people counted are the clause's subject, not what it describes
    found = _RELATIVE_CLAUSE.match(doc.text, m.end, min(len(doc.text), m.end + RELATIVE_CLAUSE + 1))
    if not found or doc.periods_between(found.start(), found.end()) \
            or doc.text.startswith(tuple(words()["uncounted_heads"]), found.end()):
        return None  # (60万无电地区人口的用电问题: the people are counted, not their problem)
    tokens = tag(found.group("clause"))
    word, pos = tokens[0]
    if pos == "v" and word not in words()["relative_not_openers"] and word not in _built()["output_verbs"]:
        return found
    # 30个规模较大的示范村, 200处群众身边的健身设施: a noun and how it is or where, said of the things counted
    # (an adverb of degree between; no verb: 两件大事都将产生…的影响 says what they do)
    last = tokens[-1][1] == "a" or tokens[-1][0] in words()["described_places"]
    said = len(tokens) > 1 and tokens[0][1] in _DESCRIBED_NOUN_TAGS and last \
        and all(pos in _DEGREE_TAGS for _, pos in tokens[1:-1])
    return found if said else None


_DESCRIBED_NOUN_TAGS = frozenset({"n", "nz", "vn"})
_DEGREE_TAGS = frozenset({"d", "zg"})  # 较, 更, 最


RELATIVE_CLAUSE = 16  # characters of a clause between a count and the 的 that ends it
_RELATIVE_CLAUSE = compiled(rf"(?P<clause>[^，,。；;、：:“”\d的]{{2,{RELATIVE_CLAUSE}}}?)的(?=\p{{Han}})")


@lexical_cache
def _described_as() -> regex.Pattern:
    opening, closing = (trie_pattern(words()["described_as"][key]) for key in ("opening", "closing"))
    return compiled(rf"(?:{opening})[^，,。；;的]{{1,12}}?(?:{closing})[^，,。；;的]{{1,10}}的")


@lexical_cache
def _described_pattern() -> regex.Pattern:
    bound = trie_pattern(load("bounds")["after"])
    # (超百亿的: a threshold in Chinese numerals too)
    spoken = rf"[{NONZERO_DIGIT_CHARS}{UNIT_CHARS}]*[{SMALL_UNIT_CHARS[1:]}{BIG_UNIT_CHARS}]+"  # ending in 百 or more
    return compiled(rf"\s*(?P<verb>\p{{Han}}{{1,4}}?)\s*(?P<number>\d[\d.]*|{spoken})"
                         rf"\s*[\p{{Han}}A-Za-z/]{{0,5}}?(?:(?:{bound})的?|的)")  # (…1000万美元以上外资项目: 的 may go)


TITLE_LENGTH, TITLE_WEIGHT = 40, 2


class _Topics:
    """The indicators a document writes, counted by indicator (GDP, GDP总量 and 地区生产总值
    are one), each with the name it is written by most."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.names: dict[str, Counter[str]] = {}
        self.headline = ""  # the indicator a headline names first: what the story is about

    @classmethod
    def from_title(cls, text: str) -> "_Topics":
        """A headline names what the story is about (解码一季度GDP：…): its indicators count
        as TITLE_WEIGHT mentions each."""
        topics = cls()
        first = text[:TITLE_LENGTH + 1].split("\n", 1)[0]
        if len(first) <= TITLE_LENGTH and "。" not in first:
            for span in find_indicators(first):
                topics.add(span.id, first[span.start:span.end], TITLE_WEIGHT)
                topics.headline = topics.headline or first[span.start:span.end]
        return topics

    def add(self, indicator: str, name: str, weight: int = 1, name_weight: int | None = None) -> None:
        """``name_weight`` 0: the indicator is spoken of, by a name the figures' own names go before."""
        self.counts[indicator] += weight
        self.names.setdefault(indicator, Counter())[name] += weight if name_weight is None else name_weight

    def __bool__(self) -> bool:
        return bool(self.counts)

    def most(self) -> str:
        return self.names[self.counts.most_common(1)[0][0]].most_common(1)[0][0]

    def most_in(self, unit: str | None) -> str:
        """The name of the indicator written most among those measured in ``unit``, or ""."""
        indicators = load_indicators(active_lexicons())  # a user lexicon's indicators too
        found = next((i for i, _ in self.counts.most_common() if indicators[i].unit == unit), None)
        return self.names[found].most_common(1)[0][0] if found and unit else ""


@lexical_cache
def _rank_verbs() -> tuple[str, ...]:
    return tuple(load("attribution")["scopes"]["rank_verbs"])


def _last_of_kind_before(doc: Document, i: int, kind: str, between: tuple[str, ...] | None = None) -> str | None:
    """The metric of the last figure of ``kind`` in the sentence before mention ``i``, past the shares written
    between (a growth rate is never of a contribution rate or a share; a count counts things, not their share).
    With ``between``, only figures of those kinds may stand between, and the nearest figure of ``kind`` is the
    one, named or not (下降2.9%，降幅比上月收窄1.5个百分点，影响…: the growth past the changes of its rate)."""
    sentence = doc.sentence(doc.mentions[i].start)[0]
    for before in reversed(doc.mentions[max(0, i - KIND_LOOK_BACK):i]):
        if before.start < sentence or between is not None and before.kind not in (kind, *between):
            return None
        if before.kind == kind and (before.metric or between is not None):
            return before.metric.value if before.metric else None
    return None


KIND_LOOK_BACK = 8  # figures at most looked back through in a sentence (a long list stays linear)


def _without_rank_head(metric: str, rank_heads: tuple[str, ...]) -> str:
    head = next((h for h in rank_heads if metric.endswith(h) and len(metric) > len(h)), "")
    return metric[:len(metric) - len(head)]


@lexical_cache
def _labels() -> frozenset[str]:
    """Names written with a numeral (一产, 二产): a metric, though they open like an article."""
    return frozenset(words()["numeral_names"])


@lexical_cache
def _earning() -> regex.Pattern:
    """A verb of earning money at the end of a metric phrase (挣, 赚了)."""
    return compiled(rf"(?:{trie_pattern(_built()['earning_verbs'])})$")


@lexical_cache
def _output() -> tuple[regex.Pattern, str]:
    """The verbs that make a figure one of output (增产), and the noun they add (产量)."""
    return compiled(rf"{trie_pattern(_built()['output_verbs'])}\s*$"), _built()["output"]


def _locate(doc: Document, m: Mention, metric: str, next_start: int,
            located: dict[tuple[str, int], tuple[int, int]]) -> tuple[int | None, int | None]:
    """Where the metric is written: the nearest copy before the number in its sentence
    (or right after it, for counted nouns), without a suffix czfacts added (…增量)."""
    start, _ = doc.sentence(m.start)
    for text in (metric, _without_built_suffix(metric)):
        if not text:
            continue
        at = _last_before(doc.text, text, start, m.start, located)
        if at < 0:
            at = doc.text.find(text, m.end, next_start)
        if at >= 0:
            return at, at + len(text)
    found = written_at(doc.text, metric, (start, m.start), (m.end, next_start))
    return found if found else (None, None)  # …增加值 after an elided head: the written name


def _without_built_suffix(metric: str) -> str:
    # the suffix is a short word at the end: reading only the tail keeps a 分别 list's metric,
    # thousands of names long and passed once per value, from costing its length each time
    tail = metric[-16:]
    kept = _patterns()["built_suffix"].sub("", tail)
    return metric if kept == tail else metric[:-16] + kept


def _last_before(text: str, needle: str, start: int, end: int, located: dict[tuple[str, int], tuple[int, int]]) -> int:
    """``text.rfind(needle, start, end)``, remembered per needle and sentence start: the values
    of a 分别 list of 10,000 items share one metric, and searching back over every value
    before each one took quadratic time. Mentions come in text order, so only the text
    after the last search needs looking at."""
    at, searched = located.get((needle, start), (-1, start))
    if end < searched:
        return text.rfind(needle, start, end)
    if at >= 0 and len(needle) > 64:
        return at  # a second copy of a long list of names is no metric to point at: each search would cost its length
    found = text.rfind(needle, max(start, searched - len(needle) + 1), end)
    located[needle, start] = (found if found >= 0 else at), end
    return found if found >= 0 else at


def _topic_of_clause_before(doc: Document, m: Mention) -> str:
    """黑龙江粮食生产实现“二十连丰”，连续14年居全国第一: a streak that opens its clause keeps on what the clause
    before in its sentence spoke of, when that clause holds no figure: its words before its verb, without owners."""
    clause = doc.clause_start(m.start)
    if clause == doc.sentence(m.start)[0] or doc.text[clause:m.start] not in _built()["streak_markers"]:
        return ""  # (the streak opens its clause)
    before = doc.clause_start(clause - 1)
    if (last := doc.mention_before(clause)) is not None and last.end > before:
        return ""
    topic = clean(_without_owners(_before_first_verb(tag(doc.text[before:clause - 1]))))
    return topic if len(topic) >= 2 and all(pos in _TOPIC_TAGS for _, pos in tag(topic)) else ""


_TOPIC_TAGS = frozenset({"n", "nz", "vn", "j", "an", "ng"})  # (粮食/生产: the nouns a clause spoke of)


HEADLINE = Rule(
    name="metric.headline",
    doc="A figure of a story's headline that names no metric (突破百万亿元 中国经济实现历史性跨越) measures the known "
        "indicator the story writes most for its unit and kind, though the story names it only after the headline.",
    examples=(Example("迈上10万亿元新台阶\n去年全省地区生产总值达到10.2万亿元，增长5%。", {"span": "10万亿元", "metric": "地区生产总值"}),),
)


def _headline_topics(doc: Document, topics_by_unit: dict[tuple[str, str], Counter[str]]) -> None:
    """Metrics for the figures of the first line that have none, from what the whole story wrote (HEADLINE)."""
    headline_end = doc.paragraph(0)[1]
    for m in doc.mentions:
        if m.start >= headline_end:
            break
        if m.metric is None and m.kind in ("amount", "growth") and (written := topics_by_unit.get((m.unit, m.kind))):
            m.metric = Attribute(written.most_common(1)[0][0], None, None, "document")
            m.refine(HEADLINE.name)


def _streak(doc: Document, m: Mention) -> str:
    """What kept on for a streak of 连续N年 (回落, 稳定在千亿斤以上, 全国第一), or ""."""
    if not doc.text.endswith(tuple(_built()["streak_markers"]), 0, m.start):
        return ""
    end = doc.clause_end(m.end)
    kept = doc.text[m.end:end].strip()
    if kept.startswith(LIST_MARK) and (i := bisect.bisect_right(doc.mentions, m.end, key=lambda x: x.start)) < len(doc.mentions) \
            and (other := doc.mentions[i]).start < end and doc.text.endswith(tuple(_built()["streak_markers"]), 0, other.start):
        kept = doc.text[other.end:end].strip()  # 长江干流断面连续7年、赣江干流断面连续4年保持Ⅱ类水质: what both kept on
    openers = (*_built()["streak_fillers"], *_built()["streak_adverbs"])
    while opener := next((w for w in openers if kept.startswith(w)), None):
        kept = kept[len(opener):]  # 连续七个季度实现了同比正增长 → 同比正增长; 进一步提高… (a word of the tagger's)
    kept = next((kept[:at] for w in _built()["streak_ends"] if (at := kept.find(w)) >= 2), kept)  # (…增产之后, …增产的基础上)
    owner = kept.rfind("的")
    if owner > 0 and place_pattern().fullmatch(kept, owner + 1):
        kept = kept[:owner]  # 连续35年位居全国第一的广东，…: the place the streak describes is its owner
    if frame := _streak_frame().match(kept):
        kept = frame.group("frame") + kept[frame.end():]  # 在国家考核中获优秀等次 → 国家考核获优秀等次
    acts = kept.split(LIST_MARK)
    if len(acts) > 1 and all(_DIGIT.search(act) for act in acts[1:]):
        kept = acts[0]  # 连续3年提高基础养老金、惠及549万人: the first act kept on; the next acts are their own
    kept = "".join(word for word, _ in tag(kept) if word not in _built()["streak_adverbs"]) if kept else ""
    return kept if len(kept) <= STREAK_STATE else ""  # (连续三年比重持续提高 → 比重提高)


STREAK_STATE = 20  # characters at most of what kept on (longer is a clause of its own)
_DIGIT = compiled(r"\d")  # (惠及549万人: an act with a figure of its own)


@lexical_cache
def _streak_frame() -> regex.Pattern:
    frame = _built()["streak_frame"]
    return compiled(rf"(?:{trie_pattern(frame['opens'])})(?P<frame>[^，,；;]{{2,16}}?)(?:{trie_pattern(frame['closes'])})(?=\p{{Han}})")


def _economy_after(doc: Document, m: Mention) -> bool:
    """7%的经济增长: the economy's growth is written after the figure (a bound and 的 may stand between)."""
    return bool(_economy_after_pattern().match(doc.text, past_bound(doc.text, m.end)))


@lexical_cache
def _economy_after_pattern() -> regex.Pattern:
    return compiled(rf"的?(?:{trie_pattern(_built()['economy'])})(?:{trie_pattern(load('kinds')['rate']['after_up'])})")


def _rate_kept_on(doc: Document, m: Mention, start: int | None) -> str:
    """数字经济增速连续9年居全国前列: the rate word a metric sheds before its figure (增速 is a predicate of
    a growth) is what kept on, when it stands right before the streak marker, after ``start`` (the
    metric's end, or the clause's start) or a clause break."""
    assert m.metric is not None
    if start is None:
        return ""
    before = doc.text[start:m.start]
    for marker in _built()["streak_markers"]:
        stem = before.removesuffix(marker)
        rate = next((r for r in _built()["rates"] if stem.endswith(r)), None)
        if stem != before and rate and (stem == rate or stem[-len(rate) - 1] in CLAUSE_BREAK) \
                and not str(m.metric.value).endswith(rate):
            return rate  # (…增长5.5%，增速连续两个月回升: the rate opens the streak's clause)
    return ""


def _extreme_of(metric: str) -> str:
    """最高 of 最高涨幅, or ""."""
    return next((e for e in words()["extreme_rates"]["extremes"] if metric.startswith(e)), "")


@lexical_cache
def _extreme_rate() -> regex.Pattern:
    """最高涨幅为, 最大降幅 right before a figure: the name of the extreme rate."""
    extremes = words()["extreme_rates"]
    return compiled(rf"(?P<name>(?:{trie_pattern(extremes['extremes'])})(?:{trie_pattern(extremes['rates'])}))"
                    rf"(?:{alternation('kinds', 'fillers', 'words')})?$")


def _rate_compared(doc: Document, m: Mention, i: int, kept: str) -> str:
    """…增长5.4%，连续10个季度超过全国平均水平: a streak of a comparison right after a growth,
    in its sentence, and with no metric of its own, keeps the rate of what grew up (增速)."""
    before = doc.mentions[i - 1] if i else None
    compares = tuple(load("kinds")["comparison"]["above"])
    if before is None or before.kind != "growth" or m.metric is None or m.metric.how != "inherited" \
            or doc.sentence(before.start) != doc.sentence(m.start) or not kept.startswith(compares) \
            or str(m.metric.value).endswith(tuple(_built()["rates"])):
        return ""
    return _built()["growth_rate"]


def _owner_opens_clause(doc: Document, m: Mention) -> bool:
    """A place opens the clause of ``m`` (after its period): the figure is that place's."""
    start = doc.clause_start(m.start)
    while start < m.start and (period := doc.period_at(start)) is not None:
        start = period.end
    return place_pattern().match(doc.text, start, m.start) is not None


def _by_means_of(doc: Document, m: Mention) -> bool:
    """上海以10536亿元领跑: the figure a place ranks by, written after 以 (and a bound word)."""
    return doc.text.endswith(tuple(words()["means_markers"]), 0, before_bound(doc.text, m.start))


def _counted_places(doc: Document, count: Mention) -> str:
    """The places a count counts, written right after it (11个|省市, 39个|重灾县(市); after 在, a
    one-character place noun too: 在39个|重灾县实施…), else ''."""
    found = _patterns()["counted_places"].match(doc.text, count.end)
    if not found and doc.text.endswith(tuple(load("attribution")["subjects"]["site_openers"]), 0, count.start):
        found = _patterns()["counted_place_framed"].match(doc.text, count.end)
    return found.group() if found and (count.classifier or "") not in found.group() else ""


def _clause_topic_between(doc: Document, previous: Mention, m: Mention) -> str | None:
    """制造业投资增长5.5%，民间投资增速也继续提升，占全部投资的比重为60.7%: a clause between the
    figure before and this one that names an indicator makes that indicator the topic."""
    clause = doc.clause_start(m.start)
    if clause <= previous.end:
        return None
    named = find_indicators(doc.text[previous.end:clause])
    return doc.text[previous.end + named[-1].start:previous.end + named[-1].end] if named else None


def _share_metric(phrase: str, prior: str | None, topic) -> str:
    """传统产业占其工业总量 → 传统产业占工业总量比重; 占工业投资比重 → <prior>占工业投资比重, or
    <the noun that opens the sentence>占…比重 (第三产业继续领跑，占GDP比重达56.5%)."""
    at = _patterns()["share_verb"].search(phrase)
    owner, whole = phrase[: at.start()], phrase[at.end():]
    # (实现数字化转型的企业占比: the things a clause picks out, as written)
    owner = described_set(owner) or metric_phrase(owner) or (_owner_of(prior) if prior else "") or topic()
    whole = _patterns()["whole_prefix"].sub("", whole)  # 占其工业总量; 占全市国土面积 keeps 全市
    whole = strip_predicates(whole)
    tail = _patterns()["share_tail"].search(whole)
    whole = strip_predicates(whole[:tail.start()]).replace("“", "").replace("”", "")
    if whole and not any(pos in _TOPIC_TAGS or pos == "s" for _, pos in tag(whole)):  # (s: 国内, 省内)
        whole = ""  # 工业占比较低: 占比 and how it is, no whole named
    if not whole and owner and tail.group("noun") and at.group() in words()["share_verbs_as_written"]:
        return owner + at.group() + tail.group("noun")  # 农业所占比重, as written (no whole named)
    if not whole:
        alone = _built()["share_alone"]  # not twice: 总量占比占比… grew with every share of a long sentence
        return (owner if owner.endswith(alone) else owner + alone) if owner else clean(phrase)
    # the share's noun as written (占新建建筑比例), else 比重
    noun = tail.group("noun") if tail.group("noun") in _built()["share_nouns_kept"] else _built()["share_noun"]
    return owner + _built()["share_of"] + whole + noun


def _share_thing(described: str) -> str | None:
    """What a share noun after the number adds to the whole (市场 → 市场, 份额 → nothing), or None."""
    return _built()["share_things"].get(described)


GDP = "gdp"  # the indicator id of the whole economy's output (data/indicators.toml)


def _without_flow_verb(owner: str, contribution: str) -> str:
    """出口机电产品 (or 大宗商品进口) before 拉动出口增长: the goods pull the flow the contribution
    names already, so the owner is the goods (机电产品拉动出口增长)."""
    verb = next((v for v in by_length(words()["flow_verbs"]) if v in contribution), None)  # 进出口 before 出口
    if verb is None:
        return owner
    return "" if owner == verb else owner.removeprefix(verb).removesuffix(verb)  # (进口拉动进口增长: no owner)


def _a_streak(m: Mention) -> bool:
    """A count of a streak (十二连增, 三连冠: data units.classifiers.streaks)."""
    return m.kind == "count" and m.classifier in load("units")["classifiers"]["streaks"]


def _done_at_named_site(metric: str) -> str:
    """中老铁路发送旅客, 庆阳数据中心集群引进企业, “2+3”园区到位省外资金: a named site (a name, then a kind of site:
    data site_heads) opening the metric before a verb and its object owns the figure; the metric is what was
    done there (发送旅客), or "" (园区引进企业: no name, the kind is the metric's own)."""
    tokens, pos = tag(metric), 0
    for k, (word, _) in enumerate(tokens[:-2]):
        pos += len(word)
        if k and word in words()["site_heads"] and tokens[k + 1][1] == "v" and tokens[k + 2][1] in _NOUN_AFTER_VERB:
            done, measures = metric[pos:], words()["site_measures"]
            # (化工园区占全区比重, 科技集群创新指数: a share or a measure of the site, not something done there)
            return "" if done.startswith(tuple(measures["openers"])) or done.endswith(tuple(measures["ends"])) else done
    return ""


_NOUN_AFTER_VERB = frozenset({"n", "nz", "vn", "s", "j"})

DONE_AT_SITE = Rule(
    name="metric.done_at_site",
    doc="A named site (a name, then a kind of site: 铁路, 园区, 集群 …) opening the metric before a verb and its "
        "object owns the figure: the metric is what was done there (中老铁路发送旅客 → 发送旅客).",
    examples=(Example("“3+2”园区累计引进企业86家。", {"span": "86家", "metric": "引进企业"}),),
    negatives=(),
)


def _before_outcome(phrase: str) -> str:
    """粮食总产量实现了历史罕见的 → 粮食总产量: the words before the last verb of an outcome (data outcome_openers),
    else the phrase."""
    at = max((phrase.rfind(o) for o in words()["outcome_openers"]), default=-1)
    return phrase[:at] if at > 0 else phrase


def _sector_of(owner: str) -> str:
    """工业增加值 → 工业: what contributes to a growth is the sector, not its value added (data
    contribution_owner_tails), when a name is left."""
    tail = next((t for t in words()["contribution_owner_tails"] if owner.endswith(t) and len(owner) > len(t) + 1), "")
    return owner[:-len(tail)] if tail else owner


def _without_when(contribution: str) -> str:
    """对同期全国外贸增长的贡献度 → 对全国外贸增长的贡献度: a word of when after the contribution's verb."""
    verb, rest = contribution[:1], contribution[1:]
    when = next((w for w in words()["contribution_whens"] if rest.startswith(w)), "")
    return verb + rest[len(when):] if when else contribution


def _owner_of(metric: str) -> str:
    """The owner in a prior metric: 服务业占GDP比重 → 服务业 (so a run of shares does not grow
    占GDP比重占GDP比重…), 工业投资增速 → 工业投资."""
    share = _patterns()["share_verb"].search(metric) or _patterns()["contribution_verb"].search(metric) \
        or _patterns()["pull"].search(metric)  # 民营企业拉动进出口增长 → 民营企业
    return _patterns()["rate_suffix"].sub("", metric[:share.start()] if share else metric)


def _ranking_before(doc: Document, m: Mention, previous: Mention | None) -> str:
    """全国排名53位 → 全国排名: the ranking written right before a place in it (a scope may open it);
    排名53位、提升3位 → the move's ranking is the one before it."""
    placed = ranking_pattern().search(doc.text, doc.clause_start(m.start), m.start)
    if placed and not placed.group().endswith(tuple(load("units")["ranks"]["placed_verbs"])):
        return placed.group()
    between = doc.text[previous.end:m.start] if previous is not None and previous.kind == "rank" else ""
    moves, respectively = load("units")["ranks"]["moves"], load("attribution")["lists"]["respectively"]
    moved = between[:1] in "、，," and between[1:].removeprefix(respectively[0]) in moves
    return str(previous.metric.value) if moved and previous is not None and previous.metric else ""




def _per_time(phrase: str) -> str:
    """平均每天新增, 日均新设: a per-day (per-month) word and verbs alone, without the things counted."""
    phrase = clean(phrase) if not phrase.startswith(tuple(words()["per_time"])) else phrase.strip()
    per = next((w for w in by_length(words()["per_time"]) if phrase.startswith(w)), None)
    rest = tag(phrase[len(per):]) if per else ()
    return phrase if per and len(phrase) <= PER_TIME and all(pos in ("v", "vn") for _, pos in rest) else ""


PER_TIME = 8  # characters at most of a per-time word and its verbs


def _counted_per_time(phrase: str, metric: str) -> str:
    """企业平均每天新增 (read as 企业平均每天): the per-time word and its verbs open the count's name, as
    日均新增企业 is written."""
    per = next((w for w in by_length(words()["per_time"]) if metric.endswith(w) and len(metric) > len(w)), None)
    at = phrase.rfind(per) if per else -1
    verbs = _per_time(phrase[at:]) if per and at > 0 else ""
    return verbs + clean(metric[:-len(per)]) if per and len(verbs) > len(per) else ""


def _head_noun(metric: str) -> str:
    """新登记注册企业 → 企业: the noun a metric ends with."""
    tokens = tag(metric)
    return tokens[-1][0] if tokens and tokens[-1][1] in ("n", "nz", "j") else ""


def _first_noun(metric: str) -> str:
    """夏粮播种面积 → 夏粮: the noun that owns a metric of more words, if it opens it."""
    tokens = tag(metric)
    return tokens[0][0] if len(tokens) > 1 and tokens[0][1] in ("n", "nz", "j", "nr") and len(tokens[0][0]) >= 2 else ""


def _leading_noun(phrase: str) -> str:
    """服务业继续领跑 → 服务业: the run of nouns that opens a phrase."""
    tokens = tag(phrase)
    run = next((i for i, (_, pos) in enumerate(tokens) if pos not in _TOPIC_TAGS), len(tokens))
    return "".join(word for word, _ in tokens[:run])


def _sentence_topic(doc: Document, m: Mention) -> str:
    """The noun phrase that opens the sentence of ``m`` from an earlier clause, if it names no place;
    a clause's own topic before what a frame looks at (从产业结构看，第三产业在一季度继续领跑，占… → 第三产业)."""
    start, clause = doc.sentence(m.start)[0], doc.clause_start(m.start)
    if clause - start > TOPIC_REACH:
        return ""  # a sentence that long has no one topic (and each share would rescan it)
    framed = ""
    while start < clause:
        end = doc.clause_end(start)
        written = _without_periods(doc, start, end)
        noun = _leading_noun(clean(written))
        if noun and _frame_pattern().search(doc.text, start, end + 1):
            framed = framed or noun
        elif noun and (not framed or written.lstrip().startswith(noun)):  # (在全国领先 opens with no topic)
            return "" if _a_place(noun) else noun  # 上半年，服务业继续领跑，占…
        start = end + 1
    return "" if not framed or _a_place(framed) else framed


def _nearest_topic(doc: Document, m: Mention, total: str) -> str:
    """The noun that opens the nearest clause before ``m``'s in its sentence (粮食增产42.2亿斤，总产466亿斤 → 粮食),
    if it names no place; '' when none does within TOPIC_CLAUSES clauses, or when that clause lists the
    ``total`` beside other measures (粮食面积、总产、单产实现“两增一稳”，总产…: whose, it does not say)."""
    sentence, end = doc.sentence(m.start)[0], doc.clause_start(m.start) - 1
    for _ in range(TOPIC_CLAUSES):
        if end <= sentence:
            return ""
        start = doc.clause_start(end)
        if noun := _leading_noun(clean(clause := _without_periods(doc, start, end))):
            listed = total in clause and not noun.endswith(total)
            # (粮食播种面积…，总产量…: a measure of the topic is no topic the total is of)
            measured = not noun.endswith(total) and noun.endswith(tuple(words()["measure_endings"] + words()["capacity_words"]))
            return "" if listed or measured or _a_place(noun) else noun
        end = start - 1
    return ""


def _a_place(noun: str) -> bool:
    """A topic that names places (上海和北京) or is one (长治市): an owner, not what is measured."""
    return bool(_names_places(noun)) or lookup(noun) is not None


TOPIC_CLAUSES = 3  # clauses looked back through for the topic a bare total belongs to
TOPIC_REACH = 200  # characters from a sentence's start to the share's clause
_TOPIC_TAGS = frozenset({"n", "nz", "vn", "eng", "j", "an", "b", "nt", "l"})
_LEVEL_TAGS = _TOPIC_TAGS | {"nr"}  # (养老金 is tagged a name)
DURATION_UNITS = ("year", "day")  # the units of spans of time (months are read as years, hours as days)


def _attributive(doc: Document, m: Mention, next_start: int, phrase: str) -> str:
    """A number written before its noun: 109 平方米的巨型电子屏幕 → 巨型电子屏幕面积;
    特瓦时能源 10 万吨磷酸锰铁锂正极材料 → 磷酸锰铁锂正极材料产能 (owner: 特瓦时能源);
    安排2000万元市级财政资金 → 市级财政资金."""
    if (measure := load("units")["attributive_suffix"]["measures"].get(m.unit)) and _WORD_START.match(doc.text, m.end):
        return measure  # 7个750千伏输变电工程: a line's voltage, whatever the line is called
    after = doc.text[m.end:next_start]
    dimension = next((d for d in words()["dimensions"] if after.startswith(d + "的")), None)
    if dimension and (noun := following_noun(after[len(dimension) + 1:])):
        return noun + words()["dimensions"][dimension]  # 80吨重的水轮机组零部件 → 水轮机组零部件重量
    # 长达4000公里的西气东输管道 → 西气东输管道长度: the dimension said before the figure, of its unit's kind
    core = phrase.rstrip()
    before = next((core[:-len(v)] for v in words()["dimension_verbs"] if core.endswith(v)), core)[-1:]
    if after.startswith("的") and before in words()["dimensions"] and (m.unit == "t") == (before == words()["weight_dimension"]) \
            and m.unit in ("m", "t") and (noun := following_noun(after)):
        return noun + words()["dimensions"][before]
    direct = bool(_WORD_START.match(after)) and not not_a_noun(after)
    annual = m.unit == "t" and core.removesuffix(words()["each"]).endswith(tuple(words()["annual_output"]))
    # a project's capacity: its owner stands before it (not after a yield: 创造了亩产6508公斤全国新纪录)
    capacity = direct and m.unit in ("t", "W") and not core.endswith(tuple(words()["yields"])) or annual
    # (400万元转化资金、500万元研发贷款: before the second, the first item's noun names nothing of it)
    # (…农村信用社等14486亿元金融改革成本: after the examples 等 closes, the noun after is the class measured)
    after_an_item = phrase.endswith(tuple(load("attribution")["lists"]["connectors"]) + tuple(words()["enumeration_ends"]))
    # 人均只有一亩半耕地: a per-head word alone before the figure is the noun's (人均耕地)
    per_head = next((w for w in words()["per_head"] if _without_leading_place(clean(phrase)) == w), "")
    if not (capacity or (direct or after.startswith("的")) and (_ends_open(phrase) or after_an_item or per_head)):
        return ""
    after = doc.text[m.end:next_start]
    quote = after.find("“", 2)
    # 的居民人均可支配收入“国家线”: the name ends at the quote, as at a clause break
    noun = scale_capacity(doc, m) or following_noun(after[:quote] + "，" if quote > 0 else after)
    if not noun or noun in words()["end_words"] or noun in load("units")["currencies"]["before_number"]:
        return ""  # 110760.94亿元的数据: a word that only says it is a figure; 1243亿元人民币: the currency
    if annual:  # 年产150万吨芳烃项目, 年产各30万吨的…乙烯工程: the product's annual capacity
        product = next((noun[:-len(h)] for h in words()["name_heads"] if noun.endswith(h) and len(noun) > len(h)), noun)
        return product + words()["annual_capacity"]
    if per_head:
        return per_head + noun
    if indicator_of(noun) or noun.endswith(tuple(words()["capacity_words"] + words()["heads"] + words()["measure_endings"])) \
            or m.unit == "CNY" and noun.endswith(tuple(words()["spending"]["money"] + words()["sums_of_money"])):
        return noun  # 以1.5万亿元的GDP位居第一; 综合产能 needs no 装机容量; …收入, 吞吐量, 奖补资金 are figures already
    stay = words()["stays"]
    if m.unit in DURATION_UNITS and (at := next((noun.find(w) + len(w) for w in stay["words"] if w in noun), 0)):
        return noun[:at] + stay["measure"]  # 240小时过境免签政策, …免签停留区域: how long the stay may last
    suffix = attributive_suffix(m.unit, direct=direct) or ""
    return noun if suffix in noun else noun + suffix  # 4万亿元的投资计划: the plan is of investment already


INVESTMENT_DONE = Rule(
    name="metric.investment_done",
    doc="完成投资 is one word of the statistics of projects: 完成 stays before 投资 alone, and the projects counted "
        "before it in its sentence own it (实施重点项目2000多个、完成投资1800亿元 → 重点项目完成投资).",
    examples=(
        Example("去年全县实施产业项目86个、完成投资120亿元", {"span": "120亿元", "metric": "产业项目完成投资"}),
        Example("今年以来，全区完成投资350亿元", {"span": "350亿元", "metric": "完成投资"}),
    ),
)

GROUPS = Rule(
    name="metric.groups",
    doc="A count of batches or kinds (批, 批次, 类) right before a count of things, a short verb maybe between, "
        "counts the batches or kinds of those things (三批集中开工957个重大项目 → 重大项目集中开工批次); another count "
        "right before a count (4项17条…政策) counts the same things by another measure word.",
    examples=(Example("全年分三批集中开工520个重大项目", {"span": "三批", "metric": "重大项目集中开工批次"}),
              Example("今年办好12类50件民生实事", {"span": "12类", "metric": "民生实事类别"}),
              Example("全县出台了3项20条支持民营经济发展的措施", {"span": "3项", "metric": "支持民营经济发展的措施"})),
)

LISTED_NOUNS = Rule(
    name="metric.listed_nouns",
    doc="A count written after a list of nouns joined by 、 counts them all: the list, without the verb that opens it, "
        "is its metric (新引进首店、旗舰店168家 → 首店、旗舰店).",
    examples=(
        Example("去年全市新建社区食堂、托育机构共35家", {"span": "35家", "metric": "社区食堂、托育机构"}),
        Example("全年新增养老驿站、托育机构62家", {"span": "62家", "metric": "养老驿站、托育机构"}),
    ),
)

QUOTED_PACKAGE = Rule(
    name="metric.quoted_package",
    doc="A count that ends a quotation (“科创板八条”, 稳增长“18条”) counts the articles of a policy package; the "
        "package is named as written: the words quoted before the number, else the noun before the quotation "
        "(a second package right after the first takes the first one's noun).",
    examples=(Example("今年出台“民营经济20条”，企业反响热烈", {"metric": "“民营经济20条”"}),
              Example("先后出台促消费“12条”“8条”等政策", {"span": "8条", "metric": "促消费“8条”"})),
)


def _quoted_package(doc: Document, m: Mention, previous: Mention | None) -> str:
    """The package a count inside a quotation names, or ""."""
    if m.classifier not in words()["package_classifiers"]:
        return ""  # (“三级三类”教师队伍, “保两头”: labels that count kinds, no package's articles)
    clause = doc.clause_start(m.start)
    opened, closed = doc.text.rfind(_OPEN_QUOTE, clause, m.start), doc.text.rfind(_CLOSE_QUOTE, clause, m.start)
    if opened <= closed or not doc.text.startswith(_CLOSE_QUOTE, m.end):
        return ""
    label = _HAN_RUN.search(doc.text, opened + 1, m.start)
    label = label.group() if label and label.end() == m.start else ""  # (稳住经济增长30条: written whole)
    if not label and doc.text.endswith(_CLOSE_QUOTE, 0, opened) and previous is not None and previous.metric \
            and QUOTED_PACKAGE.name in previous.refined_by:
        written = doc.text[previous.start:previous.end]
        label = str(previous.metric.value).removesuffix(written)  # “18条”“16条”: the same package's noun
    elif not label:
        before = doc.text[clause:opened]
        verb = max((before.rfind(v) + len(v) for v in leading_verbs() if v in before), default=0)
        named = _HAN_RUN.search(before, verb)  # (3.稳增长“18条”: an enumerator opens no name)
        label = named.group() if named and named.end() == len(before) and len(named.group()) <= PACKAGE_NAME else ""
    return label + doc.text[m.start:m.end] if len(label) >= 2 else ""


_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"
_HAN_RUN = compiled(r"\p{Han}+")
PACKAGE_NAME = 8  # characters at most of a package's noun written before its quotation (稳增长)


def _action_counted(doc: Document, m: Mention, next_start: int) -> str:
    """30多次深入西部考察调研: a count of actions (次, 趟) before a verb phrase counts that action,
    named by the rest of its clause."""
    if m.classifier not in words()["verbal_classifiers"]:
        return ""
    raw = doc.text[m.end:min(next_start, doc.clause_end(m.end))]
    action = clean(raw)
    raw = raw.rstrip(LIST_MARK)
    raw = raw[:len(raw) - len(next((c for c in by_length(connectors()) if raw.endswith(c)), ""))]
    if raw != action and raw.endswith(action) and (opening := tag(raw)[:1]) and opening[0][1] == "v":
        action = raw  # 两次降低存款准备金率、…: the verb clean() takes for a predicate opens the action
    tokens = tag(action)
    verb = 1 if tokens and tokens[0][1] == "d" else 0  # (两次全面降准: an adverb before the verb)
    return action if len(tokens) > verb and tokens[verb][1] == "v" and 2 <= len(action) <= ACTION_LENGTH else ""


ACTION_LENGTH = 16  # characters at most of an action named after its count


def _members_counted(doc: Document, m: Mention, previous: Mention) -> str:
    """716个26.95万户: a count of households or people right after a count of other things counts their
    members; the noun the metric takes (户数, 人数), else ""."""
    if m.kind != previous.kind or m.kind != "count" or m.classifier == previous.classifier or m.start != previous.end:
        return ""
    return load("units")["classifiers"]["members"].get(m.classifier or "", "")


def _noun_classifier(m: Mention, previous: Mention) -> bool:
    """A measure word that is a noun of its own (家庭, 省份: data/units.toml), other than the count before it had."""
    return m.classifier != previous.classifier and m.classifier in load("units")["classifiers"]["nouns"]


def _outcome_of_people(doc: Document, m: Mention, phrase: str, next_start: int) -> str:
    """带动16万人实现本地就业, 安置903万人就业: people counted after a verb that brings them to an
    outcome are counted by that outcome (the words after them, less 实现)."""
    before = doc.text[doc.clause_start(m.start):m.start]  # (the phrase may be cut to a noun already: 计划在…安排)
    verbs = tuple(words()["outcome_verbs"])
    if not (phrase.endswith(verbs) or before.rstrip().endswith(verbs)) or next_start < doc.clause_end(m.end):
        return ""  # (带动3万户农户均增收4000元: the figure after measures the outcome)
    after = clean(doc.text[m.end:min(next_start, doc.clause_end(m.end))])
    after = after.removeprefix(next((o for o in by_length(words()["outcome_openers"]) if after.startswith(o)), ""))
    return after if after.endswith(tuple(words()["outcomes"])) and len(after) <= OUTCOME_LENGTH else ""


def _beneficiaries(doc: Document, m: Mention) -> str:
    """8400多万人受益: people counted right before a word of benefit that ends their clause are
    counted as those who benefit (data: metric.benefits); 1334万人参保: people a clause opens with,
    then its one verb, are counted as those who do it (参保人数)."""
    end = doc.clause_end(m.end)
    if end - m.end > BENEFIT_REACH:
        return ""  # the word of benefit (or the one verb) ends a short clause: slicing a long one per count was quadratic
    after = doc.text[m.end:end].strip()
    if benefit := words()["benefits"].get(after, ""):
        return benefit
    tokens = tag(after) if after and (m.classifier or "") in words()["people_classifiers"] else ()
    opens = not doc.text[doc.clause_start(m.start):m.start].strip()
    doers = after + _built()["people_count"]  # 参保人数
    return doers if opens and len(tokens) == 1 and tokens[0][1] == "v" and len(after) == 2 else ""


BENEFIT_REACH = 8  # characters from a count to its clause's end where that end is only 受益 or one verb (and spaces)


@lexical_cache
def _having_set() -> regex.Pattern:
    """有进出口实绩的民营企业: a set named by what its members have keeps its 有 (data: counted_sets)."""
    return compiled(rf"(?:{alternation('attribution', 'counted_sets', 'relative_verbs')})[^的，,]{{1,12}}的\p{{Han}}{{2,}}$")


def _completion_rate(doc: Document, m: Mention, metric: str, prior: Attribute | None) -> str:
    """完成全年目标的122.9%: the completion rate of what was done (…目标完成率; a named task's own: 完成年度目标任务的
    → …年度目标任务完成率), else "". What was done is the metric read before the cue (its words aside:
    固定资产投资完成年度计划 → 固定资产投资), unless it is only the cue's own word (完成了年度目标的: 年度); then the
    level before, not its change."""
    clause = doc.clause_start(m.start)
    tasks = _built()["task_completions"]
    cue = next((c for c in [*_built()["completion_cues"], *tasks] if doc.text.endswith(c, clause, m.start)), "")
    if not cue:
        return ""
    metric = metric.removesuffix(cue[:-1]) if metric != cue[:-1] else metric
    done = metric if metric and metric not in cue else str(prior.value).removesuffix(_built()["increment"]) if prior else ""
    rate = tasks.get(cue, _built()["completion_rate"])
    return "" if not done or done.endswith(rate) or done.endswith(_built()["completion_rate"]) else done + rate


def _ahead_of_time(doc: Document, m: Mention, phrase: str) -> str:
    """AHEAD_OF_TIME: 青藏铁路提前一年建成通车 → 青藏铁路提前建成通车时间."""
    ahead = next((w for w in words()["ahead_words"] if phrase.endswith(w)), "")
    if not ahead:
        return ""
    after = doc.text[past_bound(doc.text, m.end):doc.clause_end(m.end)]
    tokens = tag(after)
    verbs = "".join(word for word, _ in itertools.takewhile(lambda t: t[1] in ("v", "vn"), tokens[:AHEAD_VERBS]))
    if not verbs:
        return ""
    goal = _built()["goal"] if after.endswith(_built()["goal"]) else ""  # 提前一年实现…目标: a goal met early
    return clean(phrase[:-len(ahead)]) + ahead + verbs + goal + _built()["time_taken"]


AHEAD_VERBS = 2  # verbs at most after the span that say what was done early (建成/通车)


def _time_taken(doc: Document, m: Mention) -> str:
    """TIME_TAKEN: what is done in a span of time written right before it (3天就能配齐…), and 时间."""
    found = _patterns()["time_taken"].match(doc.text, m.end, doc.clause_end(m.end))
    if found is None:
        return ""
    tokens = tag(found.group("done"))
    # (绝大部分 is a numeral word to the tagger, no figure)
    if tokens[0][1] not in ("v", "a") \
            or any(pos in ("x", "uj") or pos == "m" and read_number(w) is not None for w, pos in tokens):
        return ""
    return found.group("done") + _built()["time_taken"]


def _time_used(doc: Document, m: Mention) -> str:
    """TIME_TAKEN: what the clause did before 用了 and a span of time (达到第一个千亿用了50年), and 用时; a span
    从…到… in it is what was done (重庆工厂从打桩建设到产品点亮仅用了17个月 → 从打桩建设到产品点亮用时)."""
    clause, end = doc.clause_start(m.start), before_bound(doc.text, m.start)
    found = _patterns()["time_used"].search(doc.text, clause, end)
    if found is None or found.end() != end:
        return ""
    done = doc.text[clause:found.start()]
    opening, closing = _built()["time_used_span"]
    span = done.find(opening)
    done = done[span:] if span > 0 and closing in done[span:] else clean(_without_owners(done))
    return done + _built()["time_used"] if len(done) >= 2 else ""


def _done_by_share(doc: Document, m: Mention) -> str:
    """…2700多万人，90%以上进入再就业服务中心: what the share of the set counted before does, a verb and its
    object up to the clause's end (the share opens its clause)."""
    if doc.text[doc.clause_start(m.start):m.start].strip():
        return ""
    return _done_after(doc, m)


def _done_by_named_share(doc: Document, m: Mention, metric: str) -> str:
    """省内高校毕业生67.5%留在本省就业: a share written right after the things it is a part of and before
    what that part does; what it does, else ""."""
    tokens = tag(metric)
    if not tokens or tokens[0][1] in ("p", "v") or tokens[-1][1] not in _NAMING_TAGS \
            or not doc.text[doc.clause_start(m.start):before_bound(doc.text, m.start)].endswith(metric):
        return ""  # (用好…所得税减按15%征收: a rate in a clause, no things)
    return _done_after(doc, m)


def _done_after(doc: Document, m: Mention) -> str:
    """A verb and its object from past m to the clause's end (no figure in it), else ""."""
    rest = doc.text[past_bound(doc.text, m.end):doc.clause_end(m.end)]
    tokens = tag(rest) if 2 < len(rest) <= DONE_LENGTH else ()
    if not tokens or tokens[0][1] != "v" or any(pos in ("m", "x") for _, pos in tokens):
        return ""
    return "".join(w for w, pos in tokens if pos not in ("ul", "uz"))  # (实现了稳定脱贫: the aspect goes)


DONE_LENGTH = 12  # characters at most of what a share of a set does (进入再就业服务中心)


def _reached(doc: Document, m: Mention, next_start: int) -> str:
    """REACHED: 惠及 and the noun a count right after it counts, else its classifier's measure."""
    end = before_bound(doc.text, m.start)
    found = _patterns()["reached"].search(doc.text, max(doc.clause_start(m.start), end - REACHED_REACH), end)
    if found is None or (named := found.group("noun")) and not all(pos in _TOPIC_TAGS for _, pos in tag(named)):
        return ""
    people = people_named_after(doc.text, m.end) if m.rule == PEOPLE_WITHOUT_CLASSIFIER.name else ""
    noun = named or people or following_noun(doc.text[m.end:next_start], True) or (
        m.classifier if m.classifier in words()["noun_classifiers"] else "")
    if noun and noun not in words()["reached_counts"]:
        return words()["reached_verbs"][0] + noun
    measure = words()["reached_counts"].get(m.classifier or "", "")
    return words()["reached_verbs"][0] + measure if measure else ""


def _where_people_went(doc: Document, end: int) -> str:
    """在城镇落户, 落户城镇: a short verb phrase to the clause's end after people counted (data move_verbs), or ""."""
    rest = doc.text[end:doc.clause_end(end)]
    if not 2 <= len(rest) <= OUTCOME_LENGTH or not any(verb in rest for verb in words()["move_verbs"]) \
            or any(c.isdigit() for c in rest):
        return ""
    return rest


def _people_covered(metric: str, m: Mention) -> str:
    """REACHED: what reaches people (试点覆盖60.6万人) and the measure of their count (人数, 人次, 户数), or ""."""
    verb = _patterns()["reach_end"].search(metric)
    measure = words()["reached_counts"].get(m.classifier or "", "")
    if verb is None or not measure or verb.start() < 2 or verb.end() != len(metric):
        return ""
    return metric[:verb.start()] + verb.group("verb").removesuffix(words()["done_marks"][0]) + measure


REACHED_REACH = 12  # characters before a count where its 惠及 and noun stand (the noun is 6 at most): searching
                    # from the clause's start was quadratic in a clause of many counts
OUTCOME_LENGTH = 10  # characters at most of an outcome named after a count of people (农村牧区劳动力就业)


def _graded_noun(doc: Document, m: Mention) -> str:
    """3个10万吨级码头: a count right before an amount and 级 counts the things of that grade."""
    grade = _patterns()["graded_after"].match(doc.text, m.end, min(len(doc.text), m.end + GRADED_REACH))
    noun = following_noun(doc.text[grade.end():grade.end() + GRADED_REACH]) if grade else ""
    return grade.group() + noun if noun else ""


GRADED_REACH = 24  # characters read after a count for its grade, and after the grade for its noun


def _grade_of_following(doc: Document, m: Mention, next_start: int) -> str:
    """30万吨级航道, 10万千瓦级电站: an amount and 级 before a noun grade that noun."""
    grade = next((g for g in words()["grade_suffixes"] if doc.text.startswith(g, m.end)), None)
    if grade is None or not m.surface_unit:
        return ""
    after = doc.text[m.end + len(grade):next_start]
    noun = _leading_noun(after) or following_noun(after)  # 30万吨级航道改扩建工程: the 航道 is graded
    units = words()["unit_capacity"]
    if m.unit in units["units"] and (head := max((noun.find(h) + len(h) for h in units["heads"] if h in noun), default=0)):
        return noun[:head] + units["name"]  # 26兆瓦级海上风电机组(下线): each unit's capacity, whatever its grade
    return noun + m.surface_unit + grade if noun else ""


GRADE = Rule(
    name="metric.grade",
    doc="An amount and 级 before a noun (30万吨级航道) is that noun's grade in the unit (航道吨级), not an amount of it.",
    examples=(Example("建成10万吨级码头2个", {"span": "10万吨", "metric": "码头吨级", "value": 100000.0}),
              # a generating unit's grade in power is its capacity (data unit_capacity)
              Example("全国首台18兆瓦级海上风电机组成功下线", {"span": "18兆瓦", "metric": "海上风电机组单机容量"})),
)


def _public_spending(doc: Document, m: Mention, phrase: str, metric: str) -> str:
    """What a public purse spends (中央财政还将安排150亿元, 国家财政安排32.5亿元帮助…) is named by
    the purse, its spending verb and the money the figure is of, when a noun of money follows it."""
    if metric not in public_purses() or not (verb := _spending_verb_end().search(phrase)):
        return _money_named(phrase)
    if money := _money_after().match(doc.text, m.end):
        return metric + verb.group() + money.group()
    clause = doc.clause_start(m.start)  # 增加社会保障投入，中央财政拟安排3185亿元: the money the clause before raises
    raised = _raised_money().search(doc.text, doc.sentence(m.start)[0], clause)
    if raised:
        return metric + raised.group("money")
    nouns = tuple(words()["spending"]["nouns"])
    if metric.endswith(nouns):
        return metric  # 中央预算内投资安排5376亿元: a purse that names the money is its metric
    # 中央财政将安排832亿元: the money so spent (中央财政安排资金); 投入, 支出 name it themselves (新增: an increase)
    money = words()["spending"]["money"][0] if verb.group() in words()["spending"]["money_after"] else ""
    return metric + verb.group() + money


def _money_named(phrase: str) -> str:
    """全国财政安排农村义务教育经费1840亿元: the money a purse spends, named by what it is for, is the
    metric itself; the purse and its verb say who spent it."""
    purse = next((p for p in by_length(public_purses()) if p in phrase[:len(p) + PURSE_QUALIFIER]), None)  # (省财政, not 财政)
    at = phrase.find(purse) + len(purse) if purse else -1
    modal = next((w for w in words()["spending"]["modals"] if phrase.startswith(w, at)), "") if purse else ""
    verb = next((v for v in words()["spending"]["verbs"] if phrase.startswith(v, at + len(modal))), None) if purse else None
    money = phrase[at + len(modal) + len(verb):] if verb else ""
    named = next((money[:-len(w)] for w in words()["spending"]["money"] if money.endswith(w)), "")
    if len(named) >= PURPOSE_LENGTH:
        return money  # (专项资金: a kind of money; the purse says whose)
    # 中央财政拟安排“三农”投入7161亿元 → 中央财政“三农”投入: whose money and what it is; the verb says only that it is spent
    return purse + money if modal and len(money) >= PURPOSE_LENGTH - 1 and money not in words()["spending"]["money"] else ""


@lexical_cache
def _raised_money() -> regex.Pattern:
    """增加社会保障投入， right before a purse's clause: the money raised (purpose_heads) that the purse's figure is."""
    return compiled(rf"(?:{alternation('attribution', 'metric', 'raise_verbs')})"
                    rf"(?P<money>\p{{Han}}{{2,10}}?(?:{alternation('attribution', 'metric', 'purpose_heads')}))[，,]\s*$")


PURSE_QUALIFIER = 2  # characters before a purse in a metric phrase (全年中央财政)
PURPOSE_LENGTH = 4  # characters at least of what money is named for (农村义务教育经费), more than its kind (专项资金)


@lexical_cache
def _spending_verb_end() -> regex.Pattern:
    return compiled(rf"(?:{trie_pattern(words()['spending']['verbs'])})$")


@lexical_cache
def _money_after() -> regex.Pattern:
    return compiled(rf"\p{{Han}}{{0,{MONEY_QUALIFIER}}}?(?:{trie_pattern(words()['spending']['money'])})")


MONEY_QUALIFIER = 4  # characters that may qualify the money after a figure (专项奖补资金, 灾后重建资金)
PUBLIC_SPENDING = Rule(
    name="metric.public_spending",
    doc="A public purse and its spending verb before an amount (中央财政安排…亿元), and the money after it, "
        "name the amount: the purse alone is no metric.",
    examples=(
        Example("省财政今年安排80亿元专项资金支持技术改造", {"metric": "省财政安排专项资金"}),
        Example("中央财政还将投入60亿元，用于农村学校改造", {"metric": "中央财政投入"}),
        Example("对乡村教师实行岗位津贴制度，省财政为此将投入15亿元", {"span": "15亿元", "metric": "省财政投入"}),  # 为此: why
        # …the money the clause before raises, when none follows
        Example("各级政府要增加义务教育投入，中央财政拟安排900亿元", {"metric": "中央财政义务教育投入"}),
        # money named by what it is for is the metric itself
        Example("全国财政安排城乡医疗救助资金160亿元", {"metric": "城乡医疗救助资金"}),
        # a planned spending (拟安排): whose money and what it is
        Example("今年省财政拟安排科技投入85亿元", {"metric": "省财政科技投入"}),
        # no money named: the money so spent, unless the purse names it (中央预算内投资)
        Example("今年省财政将安排120亿元，比上年增加10亿元", {"span": "120亿元", "metric": "省财政安排资金"}),
        Example("中央预算内投资安排5500亿元，比去年增加200亿元", {"span": "200亿元", "metric": "中央预算内投资增量"}),
    ),
    negatives=(),
)


def _attribute_of_following(doc: Document, m: Mention, next_start: int, phrase: str) -> str:
    """总投资150亿元的光伏超级工厂 → 光伏超级工厂总投资: the attribute before the figure is the
    attribute of the noun after 的."""
    head = next((h for h in _attribute_heads() if phrase.endswith(h)), None)
    if head is None or not doc.text.startswith("的", m.end):
        return ""
    rest = regex.split(r"[，,。；;：:、（(\n]", doc.text[m.end + 1:next_start], maxsplit=1)[0]
    tokens = tag(rest)
    # (a name whole, but 高速公路建成通车 is a noun and its predicate)
    whole = len(rest) <= 12 and bool(tokens) and tokens[-1][1] in ("n", "nz", "j") and all(pos != "v" for _, pos in tokens)
    noun = rest if whole else following_noun(doc.text[m.end:next_start])  # 的产业引导基金: a name whole
    return noun + head if noun and noun not in words()["end_words"] else ""


@lexical_cache
def _attribute_heads() -> tuple[str, ...]:
    return tuple(by_length(words()["attribute_heads"]))


ATTRIBUTE_OF_FOLLOWING = Rule(
    name="metric.attribute_of_following",
    doc="An attribute written before its figure, then 的 and a noun (总规模500亿元的母基金), is that noun's "
        "attribute (母基金总规模).",
    examples=(
        Example("全长86公里的城际铁路建成通车", {"metric": "城际铁路全长"}),  # the predicate after the noun is none of it
        Example("全省设立总规模300亿元的产业引导基金", {"metric": "产业引导基金总规模"}),
        Example("开工建设总投资85亿元的数据中心项目", {"metric": "数据中心项目总投资"}),
    ),
)


_POINTING = frozenset({"r", "q", "m", "mq"})  # 这片, 这座, 该: a pointer and its measure word name nothing


def _ends_open(phrase: str) -> bool:
    """The phrase before a number does not name a metric: empty, an article (一块), or it
    ends in a verb or preposition (固定在0.05平方米的模块)."""
    core = clean(phrase)
    if not core or _patterns()["article"].fullmatch(core):
        return True
    # 芯片固定在0.05平方米的模块, 上党50万亩大型灌区 are open; 收入突破2万元大关 is not: 突破 is
    # a predicate, and 收入 names the metric
    last_raw, (last_word, last_core) = tag(phrase)[-1][1], tag(core)[-1]
    # (a place the tagger calls a noun is still a place; a verb alone, 建设 or 新建, names no metric)
    # (合作社的200亩茶园: an owner and 的 say whose the thing after the figure is, not what is measured)
    return last_raw == "p" or last_raw == "uj" or last_core in ("p", "v", "ns") or lookup(last_word) is not None \
        or core in leading_verbs() or all(pos in _POINTING for _, pos in tag(core)) \
        or all(pos in ("d", "ad") or word in words()["leading_adverbs"] for word, pos in tag(core))  # 全面完成43.7万亩…任务
