"""Distributive lists (分别): N names × N values, one name × N years, shared trailing 以上.

The lists are found once (``value_lists``); each stage reads from them only the field it
owns: the kind stage the bounds and bases, the subject stage the places, the metric stage
the names, the period stage the years (docs/design.md, stage contracts).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import groupby

import regex

from ..compiled import compiled
from ..document import Attribute, Document, Mention
from ..fact import Period
from ..lexicon import alternation, by_length, lexical_cache, load, trie_pattern, words
from ..numerals import DIGIT_CHARS, read_number
from ..period_grammar import period_pattern
from ..places import COUNTY, abbreviation_pattern, abbreviations, in_province_of, lookup, place_pattern
from .base import Example, Rule
from .evidence import written_at
from ..tokenize import tag
from .nouns import clean, complete_names, reference_words, leading_verbs, noun_core, purposes, region_count, split_items, without_per_unit
from .quantity.ranks import ranking_pattern, scope_words, without_rank_tail

DISTRIBUTE = Rule(
    name="distribute",
    doc="分别 pairs the i-th name with the i-th value; with 近N年 the values are years in order.",
    examples=(
        Example("上半年民间投资、基础设施投资、房地产开发投资分别增长3.2%、8.9%、11%", {"span": "8.9%", "metric": "基础设施投资"}),
        # measures of one thing, its name written on the first only
        Example("全市12345热线来电件次、人次分别增长8.2%、6.5%", {"span": "6.5%", "metric": "12345热线来电人次"}),
        # ranks listed: the verb and scope after the last name rank every item, no part of it
        Example("全省光伏装机容量、新能源汽车产量居全国第3、第5位。", {"span": "第5位", "metric": "新能源汽车产量"}),
        # medals won at events listed: the events name no metric
        Example("我市运动员在全运会、残运会上夺得3金、5金。", {"span": "5金", "metric": "金牌"}),
        # a last value with its own word of change is still the list's
        Example("前三季度，全市工业投资和民间投资分别增长4.6%和下降1.8%", {"span": "1.8%", "metric": "民间投资", "value": -1.8}),
        # shares of a plan done, one for each name (分别完成年计划的…)
        Example("全县粮食产量、油料产量分别完成年度计划的102%和96%", {"span": "96%", "metric": "油料产量目标完成率"}),
        # a list's word written in the last name only (第一、第三产业), or a modifier that is the last name's own
        Example("全县第一、第三产业增加值分别增长3.1%、5.2%", {"span": "3.1%", "metric": "第一产业增加值"}),
        Example("全市服务器、3D打印机产量分别增长12%和30%", {"span": "12%", "metric": "服务器产量"}),  # 3D opens a name
        # a kind parallel to the start of the last name shares what follows it there (中型、小型企业PMI); the changes
        # of shares listed after them, naming nothing, are each share's
        Example("大型、中型企业PMI分别为50.2%和49.1%，比上月下降0.4和0.6个百分点。", {"span": "50.2%", "metric": "大型企业PMI"}),
        Example("大型、中型企业PMI分别为50.2%和49.1%，比上月下降0.4和0.6个百分点。", {"span": "0.4", "metric": "大型企业PMI"}),
        # a compound (产销, 城乡) gives one part to each value even without 分别; its predicate is no part of the names
        Example("1—10月，汽车产销累计完成2650万辆和2670万辆。", {"span": "2670万辆", "metric": "汽车销量"}),
        Example("城乡居民最低生活保障标准提高到每月800元和620元", {"span": "800元", "metric": "城镇居民最低生活保障标准"}),
        # a list without 分别 after a 分别 list names its values in turn (平均每年 says how, it names nothing)
        Example("全县粮食产量和油料产量分别为52万吨和8万吨，平均每年增长2.1%和3.4%", {"span": "3.4%", "metric": "油料产量"}),
        # a sector named alone takes what follows the last name's sector, not the last name's modifier
        Example("年末全市农业、先进制造业贷款余额分别增长8.2%、21.5%", {"span": "8.2%", "metric": "农业贷款余额"}),
        # what a driving verb drives names the values, not the verb
        Example("以旧换新带动汽车、家电消费分别增长12.5%、20.3%", {"span": "12.5%", "metric": "汽车消费"}),
        # a share after 的 on the last name is every name's
        Example("建制村通硬化路、20户以上自然村通客车的比例分别达到96%、85%", {"span": "96%", "metric": "建制村通硬化路的比例"}),
        Example("全市一、二、三产增加值分别增长3.0%、6.1%、4.8%", {"span": "6.1%", "metric": "二产增加值"}),
        # the names in the clause before a basis and 分别, a measure written once after them each one's
        Example("全省化学需氧量、氨氮排放总量双双下降，比上年分别下降2.1%和3.5%", {"span": "2.1%", "metric": "化学需氧量排放总量"}),
        # a bracketed note on the last name is its own, no head the names share
        Example("全省水泥和化肥（折纯）分别达到2100万吨和90万吨", {"span": "2100万吨", "metric": "水泥"}),
        Example("全市制造业中长期和普惠小微贷款余额分别增长12%、25%", {"span": "12%", "metric": "制造业中长期贷款余额"}),
        # an item's count is a fact of its own, no part of its name
        Example("全省12个省级开发区、8个高新区营业收入分别增长6%、9%", {"span": "9%", "metric": "高新区营业收入"}),
        # two one-character items share the last one's second character (初、高中 → 初中), or the other half of
        # a compound of the last (养老、医疗保险 → 养老保险)
        Example("全市初、高中在校生分别达到12万人和8万人", {"span": "12万人", "metric": "初中在校生"}),
        Example("全县城乡居民养老、医疗保险参保率分别达到96%和98%", {"span": "96%", "metric": "城乡居民养老保险参保率"}),
        # a measure written once after the things measured, each a name of its own (城市污水, 生活垃圾)
        Example("去年全县城市污水、生活垃圾无害化处理率分别达到95%和98%", {"span": "95%", "metric": "城市污水无害化处理率"}),
        Example("去年全县改厕普及率、生活垃圾和生活污水处理率依次为92%、99%和38%", {"span": "99%", "metric": "生活垃圾处理率"}),
        # ordinals of the sectors written bare, the list's word in the last one
        Example("全县一、二、三产业投资上半年分别增长4%、6%、5%", {"span": "6%", "metric": "第二产业投资"}),
        Example("第一、二、三次产业贷款余额分别为9亿元、41亿元和50亿元", {"span": "50亿元", "metric": "第三产业贷款余额"}),
        Example("电子信息、现代消费品营业收入分别增长12%、6%", {"span": "12%", "metric": "电子信息营业收入"}),
        # names joined by 和 alone, 及 inside a name; in the clause before 同比分别 too
        Example("交通通信及服务和教育文化娱乐价格分别上涨2.1%和1.3%", {"span": "2.1%", "metric": "交通通信及服务价格"}),
        Example("医疗保健和生活用品及服务价格，同比分别上涨1.5%和0.6%", {"span": "0.6%", "metric": "生活用品及服务价格"}),
        Example("上半年民间投资、基础设施投资、房地产开发投资分别增长3.2%、8.9%、11%", {"span": "11%", "metric": "房地产开发投资"}),
        Example("工业投资和技改投资前三季度同比分别增长9.6%和12.4%", {"span": "12.4%", "metric": "技改投资"}),
        Example("4月份，下降和持平的城市分别有30个和5个", {"span": "30个", "metric": "下降的城市"}),
        # a head of transport written once (吞吐量), but not after a name that ends in a measure of its own
        Example("去年，全省港口货物和集装箱吞吐量分别增长5%和8%", {"span": "5%", "metric": "港口货物吞吐量"}, place="浙江省"),
        Example("全年铁路货物发送量、民航货邮吞吐量分别增长7%、13%", {"span": "7%", "metric": "铁路货物发送量"}, place="浙江省"),
        # multiples right after a list of values are of those values, in order
        Example("2024年，城镇和农村居民人均收入分别为5.2万元、2.3万元，是2000年的8倍和12倍",
                {"span": "12倍", "metric": "农村居民人均收入"}),
        # a label that counts the items, before the first one, names none of them
        Example("去年，全市三大主导产业汽车、电子和化工分别增长6%、9%和4%", {"span": "6%", "metric": "汽车"}),
        # provinces by their one-character names, in a list (a noun after 分别 names what they did)
        Example("去年，苏、浙分别新增高新技术企业5000家、4200家", {"span": "4200家", "subject": "浙江省"}, place="中国"),
        # a count of places opening the clause points back at as many places listed before
        Example("2016年，北京、天津、河北三地生产总值合计7.5万亿元。\n三地研发投入强度分别为5.96%、3.0%和1.2%。",
                {"span": "3.0%", "subject": "天津市", "metric": "研发投入强度"}, place="中国"),
        # regions listed by their short forms share the last one's 地区 (东、中、西部: its 部 too) and own the values
        Example("前三季度，东、中、西部地区固定资产投资分别增长2.1%、3.4%和1.8%", {"span": "3.4%", "subject": "中部地区",
                "metric": "固定资产投资"}, place="中国"),
        Example("前三季度，东部、西部和东北地区出口分别增长6.0%、4.2%和3.9%", {"span": "3.9%", "subject": "东北地区"},
                place="中国"),
        # places listed before the clause's period own its values in turn, counties of the story's province by
        # their short forms too
        Example("绍兴、台州上半年GDP分别达到3900亿元和3200亿元", {"span": "3200亿元", "subject": "台州市", "metric": "GDP"},
                place="浙江省"),
        Example("义乌、慈溪上半年GDP分别达到1100亿元和1050亿元", {"span": "1100亿元", "subject": "义乌市"}, place="浙江省"),
        # a list of places without 分别 owns its values in turn; a list of values in a later clause goes on the places
        Example("上半年，宁德、龙岩增长12.3%和7.1%，位列全省第一、第二。", {"span": "7.1%", "subject": "龙岩市"}, place="福建省"),
        Example("上半年，宁德、龙岩增长12.3%和7.1%，位列全省第一、第二。", {"span": "第二", "subject": "龙岩市"}, place="福建省"),
        Example("上半年，宁德、龙岩分别增长12.3%和7.1%，增速位居全省第一、第二。", {"span": "第一", "subject": "宁德市"},
                place="福建省"),  # the rates ranked are the values'
        Example("2015年，川、滇分别弃风12亿、30亿千瓦时", {"span": "12亿", "subject": "四川省", "metric": "弃风"}, place="中国"),
        # each one's completion rate of a named task
        Example("全县退耕还林、草原修复分别完成年度目标任务的105%和118%", {"span": "118%", "metric": "草原修复年度目标任务完成率"}),
        # each one's pull (分别拉动…), the construction the metric as for one (消费拉动经济增长)
        Example("消费、投资、净出口分别拉动经济增长3.1、1.2和0.5个百分点", {"span": "0.5个百分点", "metric": "净出口拉动经济增长"}),
        Example("消费、投资、净出口分别拉动经济增长3.1、1.2和0.5个百分点", {"span": "3.1", "metric": "消费拉动经济增长"}),
        # each part's contribution named once after the last part, whatever the parts' names
        Example("上半年，固定资本形成总额、居民消费支出对经济增长的贡献率分别为40%和45%",
                {"span": "40%", "metric": "固定资本形成总额对经济增长的贡献率"}),
        # …and each one's share of a whole named after 分别
        Example("一、二、三产业增加值分别占全县生产总值的8.5%、37.2%和54.3%", {"span": "37.2%",
                                                                     "metric": "第二产业增加值占全县生产总值比重"}),
        # a second 分别 of changes of those levels: each level's increment
        Example("4月份，下降和持平的城市分别有30个和5个，分别比3月份增加4个和2个", {"span": "2个", "metric": "持平的城市增量"}),
        Example("今年以来，新能源汽车、锂电池产量分别增长28%和17%，分别加快4.2和2.6个百分点",
                {"span": "2.6个百分点", "metric": "锂电池产量增速"}),
        Example("去年，高技术产业、数字经济增加值占比分别达到15%、9%，比上年分别提高0.5和0.3个百分点",
                {"span": "0.3个百分点", "metric": "数字经济增加值占比"}),
        # a demonstrative and a count point back at the list the sentence before named; a list of changes
        # that names nothing after it changes those values in order
        Example("股票类、混合类基金仍是主力。这两类基金的规模占比分别为30%、40%，分别比上月提高1.2和0.6个百分点。",
                {"span": "0.6个百分点", "metric": "混合类基金的规模占比"}),
        # whole products keep their names (电池 is the last one's own); the verb after 分别 names the flow
        Example("其中，手机、平板电脑、锂离子电池分别出口820亿元、310亿元和260亿元",
                {"span": "310亿元", "metric": "平板电脑出口"}),
        Example("“两重”“两新”项目分别开工210个和380个", {"span": "210个", "metric": "“两重”项目"}),
        Example("高技术制造业中集成电路、服务器等电子产品产量分别增长21%和9%", {"span": "9%", "metric": "服务器产量"}),
        Example("高技术制造业中集成电路、服务器等电子产品产量分别增长21%和9%", {"span": "21%", "metric": "集成电路产量"}),
        # a product of one word of its own takes only the head, not a noun of the last item (组件)
        Example("前三季度，锂电池、光伏组件产量分别增长31%和12%", {"span": "31%", "metric": "锂电池产量"}),
        # the class after 等 ends at its noun; what follows is every item's
        Example("制造业、租赁和商务服务业等重点行业实际到资分别增长12%和30%", {"span": "12%", "metric": "制造业实际到资"}),
        Example("近三年来,全市数字经济核心产业增加值分别增长 31%、24%、19%", {"span": "24%", "period": {"text": "近三年来", "start": "2022-01-01", "end": "2022-12-31"}}),
        Example("技术改造投资增长21.4%,比全部投资和工业投资增速分别高 15.2 和 9.8 个百分点", {"span": "9.8 个百分点", "comparison": "比工业投资", "metric": "技术改造投资增速"}),
        # bases listed after 高于 (no 分别), the last one's 平均水平 every place's
        Example("上半年，全市生产总值增长6.1%，高于全国、全省平均水平0.8和0.4个百分点", {"span": "0.8", "comparison": "比全国平均水平",
                "metric": "生产总值增速"}),
        Example("上半年，全市生产总值增长6.1%，高于全国、全省平均水平0.8和0.4个百分点", {"span": "0.4个百分点",
                "comparison": "比全省平均水平", "metric": "生产总值增速"}),
        Example("全县居民人均可支配收入增长6.5%，比全国、全省分别高1.2和0.7个百分点", {"span": "0.7个百分点", "comparison": "比全省"}),
        Example("钢铁、水泥行业超低排放产能分别达到81%、76%以上", {"span": "81%", "bound": "ge", "metric": "钢铁行业超低排放产能"}),
        Example("全年接待游客1.2亿人次,实现旅游收入1350亿元,分别增长25.1%和30.2%", {"span": "25.1%", "metric": "接待游客"}),
        Example("城镇居民、农村居民人均消费支出分别为24500元和11800元,分别增长5.3%和7.2%", {"span": "7.2%", "metric": "农村居民人均消费支出"}),
        # a word that joins the parts names one value each (城乡 → 城镇, 农村)
        Example("上半年，全县城乡居民人均消费支出分别增长4.2%和6.3%", {"span": "6.3%", "metric": "农村居民人均消费支出"}),
        Example("1-8月，全省汽车产销分别完成85万辆和83万辆", {"span": "83万辆", "metric": "汽车销量"}),  # 产销: 产量, 销量
        # a known indicator listed before others is whole: it takes no head of the last item
        Example("去年全县调查失业率、商品零售价格涨幅依次控制在5.5%、2%以内", {"span": "5.5%", "metric": "调查失业率",
                                                                      "kind": "share"}),
        # an item that names its rate of growth is whole; a level's rate is a share whatever the other items are
        Example("今年全县物价涨幅和登记失业率依次控制在3%和4%以内", {"span": "4%", "metric": "登记失业率", "kind": "share"}),
        # a label that counts the items after the last one: its last noun is their class, what follows it their head
        Example("前三季度，纺织、服装、家具三大行业分别增长4%、6%和3%", {"span": "6%", "metric": "服装行业"}),
        Example("全市光伏、储能、氢能三大新兴产业营收分别增长30%、45%和60%", {"span": "45%", "metric": "储能产业营收"}),
        # 分别占 with no whole: each item's share (占比)
        Example("从行业看，装备制造、电子信息、生物医药分别占35%、24%和9%", {"span": "24%", "metric": "电子信息占比"}),
        # the partner's preposition before the first of the economies listed opens every name
        Example("上半年，全省对日本、韩国分别出口120亿元和95亿元", {"span": "95亿元", "metric": "对韩国出口"}),
        Example("前三季度，全省汽车产销率分别为98%和97%", {"span": "97%", "metric": "汽车产销率"}),  # one rate
        Example("前三季度，文化、体育和娱乐业和租赁和商务服务业增加值分别增长6.2%和7.5%", {"span": "6.2%", "metric": "文化、体育和娱乐业增加值"}),
        Example("去年全县火灾起数和死亡人数分别下降12%和30%", {"span": "12%", "metric": "火灾起数"}),
        Example("光伏和风电装机分别增长21%和9%，增速分别比全部装机快12和0.4个百分点",
                {"span": "12", "metric": "光伏装机增速", "comparison": "比全部装机"}),
        Example("城镇居民、农村居民人均消费支出分别为28100元和16200元", {"span": "28100元", "metric": "城镇居民人均消费支出"}),
        # a second list after a label that holds its 分别 (两年分别平均) takes the names of the first
        Example("1-5月，家电类、家具类商品零售分别增长21.5%和12.4%，两年分别平均增长8.2%和3.1%",
                {"span": "3.1%", "metric": "家具类商品零售", "comparison": "两年平均"}),
        Example("前三季度,太原、大同GDP分别增长5.1%和4.3%", {"span": "4.3%", "subject": "大同市", "metric": "GDP"}),
        Example("杭州、宁波两市GDP分别达到15622亿元和12236亿元", {"span": "15622亿元", "subject": "杭州市", "metric": "GDP"}),
        # the count of the places alone names nothing: the metric is the one before
        Example("全年绍兴GDP增长6.2%，嘉兴、湖州两市分别增长5.9%和5.6%", {"span": "5.6%", "subject": "湖州市", "metric": "GDP"}),
        # a verb and its object after 分别: what each name did
        Example("去年全省城市、县城分别建成污水处理厂20座和35座", {"span": "35座", "metric": "县城建成污水处理厂"}),
        # spending on a list of purposes: each purpose's spending
        Example("全年省级财政用于教育、卫生和社保的支出分别为320亿元、150亿元和210亿元",
                {"span": "150亿元", "metric": "省级财政用于卫生的支出"}),
        # zones a place opens own one value each when every place of the list ends in one
        Example("去年，天津港、青岛港集装箱吞吐量分别增长5%和7%", {"span": "7%", "subject": "青岛港", "metric": "集装箱吞吐量"}),
        Example("宝鸡高新区、渭南经开区全国排名30位、75位，分别提升4位、12位", {"span": "75位", "subject": "渭南经开区", "metric": "全国排名"}),
        Example("宝鸡高新区、渭南经开区全国排名30位、75位，分别提升4位、12位", {"span": "4位", "subject": "宝鸡高新区", "metric": "全国排名"}),
        Example("去年，广州、深圳港口货物吞吐量分别增长5%和7%", {"span": "5%", "subject": "广州市", "metric": "港口货物吞吐量"}),
        Example("增速排名前三的是鹰潭、抚州和吉安，分别增长6.1%、5.9%和5.7%", {"span": "5.9%", "subject": "抚州市"}, place="江西省"),
        Example("全年火灾起数、死亡人数同比下降12.1%、20.5%", {"span": "20.5%", "metric": "死亡人数", "value": -20.5}),
        Example("光伏、风电、储能产业发展较快，上半年分别增长35%、18%、62%", {"span": "18%", "metric": "风电"}),
        Example("12月份，全市商品房销售面积环比、同比分别增长12.5%、3.1%", {"span": "12.5%", "comparison": "mom"}),
        Example("前三季度，全省一般贸易和加工贸易出口2100亿元和860亿元", {"span": "860亿元", "metric": "加工贸易出口"}),
        Example("城镇居民人均消费支出3.1万元，农村居民人均消费支出1.6万元，实际增长4.4%和6.2%",
                {"span": "6.2%", "metric": "农村居民人均消费支出"}),  # no 分别: the values before name the list
        Example("前三季度，全市纺织业、化学纤维制造业产值分别增长12.5%、9.1%，高于规上工业8.2个、4.8个百分点",
                {"span": "4.8个百分点", "metric": "化学纤维制造业产值增速", "unit": "pp"}),
        # a name of one character is no name: 净/出口 keeps its 净, the tail opens at 对
        Example("上半年，消费、投资和净出口对经济增长的贡献率分别为60%、35%和5%", {"span": "35%", "metric": "投资对经济增长的贡献率"}),
        # official names written without their 、 stay whole; as many names between 、 as values
        Example("全市酒饮料和精制茶制造业、电力热力生产和供应业分别增长8%和5%", {"span": "5%", "metric": "电力热力生产和供应业"}),
        Example("全市食品和饮料加工业、纺织业、家具和木制品业分别增长5%、6%、7%", {"span": "6%", "metric": "纺织业"}),
        Example("全县农村自来水、卫生厕所普及率分别达到95%和80%", {"span": "95%", "metric": "农村自来水普及率"}),
        # 农村居民 is one word to the tagger, 居民 the head both share; a basis before 分别 names nothing
        Example("全县城镇和农村居民人均消费支出较2015年分别增长60%和90%", {"span": "60%", "metric": "城镇居民人均消费支出"}),
        # a name that ends in a word of the last item takes what follows that word there
        Example("一季度，全县规模以上汽车制造业、电子设备制造业增加值占比分别达到18%和11%",
                {"span": "18%", "metric": "规模以上汽车制造业增加值占比"}),
        # a rate word after the last name is every name's, for differences of rates
        Example("开发区工业投资、技改投资增速分别高于全市1.5个和2.8个百分点", {"span": "1.5个", "metric": "开发区工业投资增速"}),
    ),
)

def _ring_or_year() -> str:
    return alternation("kinds", "absolute_change", "basis_words")  # 同比, 环比


DRIVEN_NAMES = 4  # characters at least of the names after a driving verb (带动|新能源汽车、家电类消费)


@lexical_cache
def _patterns() -> dict[str, regex.Pattern]:
    return {"rate": compiled(rf"{alternation('attribution', 'lists', 'rate_suffixes')}$"),
            "zone": compiled(trie_pattern(words("attribution", "metric", "zone_suffixes")
                                          + words("attribution", "lists", "listed_owner_suffixes"))),
            "split": compiled(alternation("attribution", "lists", "connectors")),
            "respectively": compiled(alternation("attribution", "lists", "respectively")),
            "basis": compiled(alternation("kinds", "comparison", "openers")),
            # 高于全国、全省0.5和0.3个百分点: a list of bases after a word that puts the basis after it
            "listed_bases": compiled(rf"{alternation('kinds', 'comparison', 'openers')}"
                                     rf"|(?:{alternation('kinds', 'comparison', 'above')})(?=\p{{Han}}+、)"),
            "ring_year": compiled(rf"(?:{_ring_or_year()})(?:{alternation('attribution', 'lists', 'connectors')}"
                                       rf"(?:{_ring_or_year()}))+$"),
            "quarter": compiled(alternation("kinds", "comparison", "quarter")),
            "flow_verb": compiled(rf"{alternation('attribution', 'lists', 'respectively')}"
                                       rf"(?P<verb>{alternation('attribution', 'metric', 'flow_verbs')})"),
            "share_verb": compiled(alternation("attribution", "metric", "share_verb")),
            "driven": compiled(rf"(?r){alternation('attribution', 'metric', 'driving_verbs')}"),  # the last one
            "relative_set": compiled(rf"的(?:{alternation('attribution', 'counted_sets', 'nouns')})$"),
            "pointed_places": compiled(rf"(?:{alternation('attribution', 'counted_sets', 'anaphors')})?(?P<n>[\d{DIGIT_CHARS}])"
                                       rf"(?:{alternation('attribution', 'lists', 'pointed_places')})"),
            # 这两类产品的存续规模占比分别为…: the items a demonstrative and a count point back at
            "pointed": compiled(rf"^{alternation('attribution', 'counted_sets', 'anaphors')}"
                                rf"(?P<n>[\d{DIGIT_CHARS}]+)\p{{Han}}(?P<noun>\p{{Han}}{{1,4}}?)(?=的|\p{{Han}}{{0,8}}$)"),
            # the verb right before the first value of a list without 分别 (同比下降, 增长, 达到)
            "verb_end": compiled(rf"(?:{alternation('kinds', 'fillers', 'words')})*"
                                      rf"(?:{alternation('kinds', 'growth', 'up')}|{alternation('kinds', 'growth', 'down')})"
                                      rf"(?:{alternation('kinds', 'fillers', 'words')})*$")}


@dataclass
class Owner:
    """A place of a list (太原), or a zone a place opens (天水经开区), that owns one value."""

    start: int
    end: int
    name: str


@dataclass
class ValueList:
    """A list of values joined by 、/和 whose clause says 分别 before it."""

    items: list[Mention]
    respectively: int          # where 分别 stands
    places: list[Owner] = field(default_factory=list)  # 太原、大同GDP分别…: the places that own the values
    names_text: str = ""       # the text naming the values (after periods and an owning place)


def value_lists(doc: Document) -> list[ValueList]:
    """Every 分别 list of the document, found once and kept on it for the stages that read them."""
    if doc.value_lists is None:
        doc.value_lists = []
        placed: ValueList | None = None  # the last list with places: a list after it in its sentence may go on them
        for _, group in groupby((m for m in doc.mentions if m.list_id is not None and not m.from_table),
                                key=lambda m: m.list_id):
            items = list(group)
            respectively = None
            for respectively in _patterns()["respectively"].finditer(doc.text, doc.clause_start(items[0].start),
                                                                     items[0].start):
                pass
            at = respectively.start() if respectively else _implicit(doc, items)
            found = ValueList(items, at)
            if at >= 0:
                found.places = _places_before(doc, items, at)
                clause = doc.clause_start(at)
                if not found.places and clause > doc.sentence(at)[0] + 1 \
                        and not place_pattern().search(doc.text, clause, at):
                    # 南通、常州两市GDP均超过4000亿元，分别为5395亿元和4550亿元: the places open the clause before
                    found.places = _places_before(doc, items, clause - 1) or _places_ending(doc, items, clause - 1)
                found.places = found.places or _places_pointed_at(doc, items, at)
                found.names_text = "" if found.places else _names_before(doc, at)
            elif (owners := _places_of_list_before(doc, items, placed)):
                found.places = owners  # 龙岩、三明分别增长7.1%和6.5%，位列第二、第三: the same places, in turn
            doc.value_lists.append(found)
            placed = found if found.places else placed
    return doc.value_lists


def _places_pointed_at(doc: Document, items: list[Mention], at: int) -> list[Owner]:
    """三地研发投入强度分别为…: a count of places opening the list's clause points back at the last list of as many
    places in its paragraph or the one before, which own the values in turn."""
    pointed = _patterns()["pointed_places"].match(doc.text, _after_periods(doc, at), at)
    if pointed is None or read_number(pointed.group("n")) != len(items):
        return []
    paragraph = doc.paragraph(pointed.start())[0]
    start = max(doc.paragraph(paragraph - 1)[0] if paragraph > 0 else 0, pointed.start() - POINTED_REACH)
    found: list[Owner] = []
    for place in place_pattern().finditer(doc.text, start, pointed.start()):
        if (chain := _place_chain(doc, items, place.start(), pointed.start())) and chain[0].start >= (found[-1].end if found else 0):
            found = chain
    return found


POINTED_REACH = 600  # characters before 三地 where the places it points back at are looked for (a bounded look back)


def pointed_count(text: str, start: int, end: int) -> regex.Match | None:
    """两市, 这三个省份: a count of places at ``start`` that points back at places named before (group n)."""
    return _patterns()["pointed_places"].match(text, start, end)


def _places_of_list_before(doc: Document, items: list[Mention], placed: ValueList | None) -> list[Owner]:
    """The places of ``placed``, the last list with places before ``items``, when it stands in their sentence,
    they are as many, and the clause of ``items`` names nothing before them (…，位列第二、第三; …，分列二、三位)."""
    sentence = doc.sentence(items[0].start)[0]
    gap = _names_before(doc, items[0].start).strip()
    gap = gap.removesuffix(next((scope for scope in scope_words() if gap.endswith(scope)), ""))  # 位列全省第一、第二
    gap = gap.removeprefix(next((rate for rate in words("attribution", "lists", "rate_suffixes") if gap.startswith(rate)), ""))
    # (…分别增长6.5%和6.2%，增速位居第二、第三: the rates ranked are those values')
    if doc.clause_start(items[0].start) <= sentence or gap not in _place_verbs() or placed is None \
            or placed.items[-1].end < sentence or len(placed.places) != len(items):
        return []
    return placed.places


@lexical_cache
def _place_verbs() -> frozenset[str]:
    """What may stand between a clause's start and a list of values that goes on a list of places."""
    return frozenset(["", *words("attribution", "lists", "place_list_verbs")])


def share_bounds(doc: Document) -> None:
    """Kind stage: 93%、94%以上 — one trailing 以上 covers every value of a list."""
    for found in value_lists(doc):
        _trailing_bound(found.items)


def share_comparisons(doc: Document) -> None:
    """Kind stage: 比工业投资和制造业投资增速分别高 44.3 和 40.6 个百分点 → one basis each."""
    for found in value_lists(doc):
        if found.respectively >= 0 and _patterns()["listed_bases"].match(found.names_text):
            _comparison_list(found.names_text, found.items)
        elif found.respectively >= 0 and len(bases := _ring_and_year(
                found.names_text, doc.text[doc.clause_start(found.respectively):found.respectively])) == len(found.items):
            for m, basis in zip(found.items, bases):  # 环比、同比分别增长51.3%、15.3%
                m.comparison = basis
                m.refine(DISTRIBUTE.name)
        elif found.respectively < 0 and all(m.kind == "change" for m in found.items):
            for m in found.items[1:]:  # 高于规模以上工业8.2个、4.8个百分点: one basis for the list
                m.comparison = found.items[0].comparison


def _ring_and_year(names_text: str, clause: str) -> list[str]:
    """环比、同比 closing the names of a 分别 list: mom (qoq when the clause speaks of a quarter)
    and yoy, in order."""
    found = _patterns()["ring_year"].search(names_text)
    if not found:
        return []
    ring = "qoq" if _patterns()["quarter"].search(clause) else "mom"
    return [ring if word in words("kinds", "comparison", "ring") else "yoy" for word in split_items(found.group())]


def share_subjects(doc: Document) -> None:
    """Subject stage: 太原、大同GDP分别增长5.1%和4.3% — the places own the values in order."""
    for found in value_lists(doc):
        for m, place in zip(found.items, found.places):
            m.subject = Attribute(place.name, place.start, place.end, "explicit")
            m.refine(DISTRIBUTE.name)


def share_metrics(doc: Document) -> None:
    """Metric stage: the i-th name measures the i-th value; after a place list, what follows
    the places names every value; after a list of bases, the rate word joins the metric."""
    lists = value_lists(doc)
    for i, found in enumerate(lists):
        if found.respectively < 0:
            _rates_of_values_before(doc, found.items)
            continue
        if all(m.kind == "count" and m.classifier in words("attribution", "metric", "classifier_nouns") for m in found.items):
            continue  # 在奥运会、残奥会上勇夺4金、13金: medals won at the events listed, the events name no metric
        if found.places:
            # (the places may open the clause before: then its figure named the metric already)
            same_clause = doc.clause_start(found.places[-1].end) == doc.clause_start(found.respectively)
            # (海南（8.9%）、内蒙古（7.6%）分列二、三位: the note after the last place names no metric)
            span = _past_note(doc, found.places[-1].end, found.respectively), found.respectively
            while span[0] < span[1] and (period := doc.period_at(span[0])) is not None:
                span = period.end, span[1]  # 无锡、常州上半年GDP分别…: the period names nothing
            # (天水经开区、张掖经开区全国排名46位、82位: a ranking is read by the metric stage, scope and all)
            if all(m.kind == "rank" for m in found.items):
                _ranking_of_places(doc, found)
                continue
            metric = clean(doc.text[slice(*span)]) if same_clause else ""
            metric = "" if region_count(metric) else metric  # 岳阳、常德两市分别增长…: the count names nothing
            if same_clause and not metric and (said := _patterns()["respectively"].match(doc.text, found.respectively)):
                # 川、滇分别“弃水”26亿、50亿千瓦时: the noun after 分别 (not 以; a list without 分别 names none there)
                span = said.end(), found.items[0].start
                after = clean(doc.text[slice(*span)])
                metric = after if len(after) >= 2 and tag(after)[0][1] != "p" else ""
            if metric:
                for m in found.items:
                    m.metric = Attribute(metric, *(written_at(doc.text, metric, span) or span), "explicit")
            continue
        if _patterns()["listed_bases"].match(found.names_text):
            _comparison_rate(found.names_text, found.items)
            if not _names_of_list_before(doc, lists, i) and (names := _list_opening_clause_before(doc, found)):
                _name(doc, found.items, complete_names(names), "")  # 化学需氧量、二氧化硫排放总量…，比上年分别下降
            continue  # (…比重分别上升到16.3%、34.6%，比上年分别提高0.6和1.0个百分点: the list before names them)
        if names := purposes(found.names_text.strip(), len(found.items)):
            _name(doc, found.items, names, "")  # 中央财政用于科技、教育、卫生和文化事业的支出分别为…
            continue
        if (driven := _patterns()["driven"].search(found.names_text)) and len(found.names_text) - driven.end() >= DRIVEN_NAMES:
            found.names_text = found.names_text[driven.end():]  # 带动新能源汽车、家电类消费分别增长…: what was driven
        items = split_items(found.names_text)
        if len(items) > 1 and _patterns()["relative_set"].search(items[-1]):
            # 持平和上涨的城市分别有8个和12个: sets named by what defines them, whose verbs clean() would strip
            names = complete_names(_without_frame_and_class([n.strip() for n in items]))
        else:
            names = complete_names(_without_frame_and_class([_uncounted(clean(n)) for n in _quoted_heads(items) if clean(n)]))
        if len(names) != len(found.items) and "、" in found.names_text:
            # 食品和饮料业、纺织业、家具和木制品业分别…: as many names between 、 as values, each whole
            by_mark = [clean(n) for n in found.names_text.split("、") if clean(n)]
            if len(by_mark) == len(found.items):
                names = complete_names(_without_frame_and_class(by_mark))
        if len(names) != len(found.items) and (by_one := _split_on_one_connector(found.names_text, len(found.items))):
            names = complete_names(_without_frame_and_class(by_one))  # 生活用品及服务和食品烟酒价格: 及 inside a name
        # (城乡低保标准提高到不低于740元和485元: without 分别, the noun before the predicate)
        if len(names) == 1 and (parts := _compound_parts(
                names[0] if _patterns()["respectively"].match(doc.text, found.respectively) else noun_core(names[0]),
                len(found.items))):
            names = parts  # 城乡居民人均可支配收入分别增长4.6%、6.8%: 城镇居民…, 农村居民…
        if (rate := found.names_text.strip()) in words("kinds", "rate", "nouns"):
            # …分别增长12.3%和10.3%，增速分别比规模以上工业快5.8和3.8个百分点: the rates of those names
            names = [n + rate if n else "" for n in _names_of_values_before(doc, found.items)]
            lo = doc.sentence(found.respectively)[0]
            for m, name in zip(found.items, names):
                if name and len(names) == len(found.items):
                    at = written_at(doc.text, name, (lo, found.respectively))
                    m.metric = Attribute(name, *(at or (None, None)), "explicit" if at else "inherited")
                    m.refine(DISTRIBUTE.name)
            continue
        if not names and _names_of_list_before(doc, lists, i):
            continue
        if not names:
            # …分别为31200元和13420元,分别增长4.1%和6.5% / 接待游客1.2亿人次,实现旅游收入1350亿元,
            # 分别增长25.1%和30.2%: the values just before, in the same sentence, name the list
            names = _names_of_values_before(doc, found.items) or _list_opening_clause_before(doc, found)
            if all(m.kind == "share" for m in found.items) and \
                    _patterns()["share_verb"].search(doc.text, found.respectively, found.items[0].start):
                share = load("attribution")["metric"]["built"]["share_alone"]  # 分别占31.3%和10.8%
                names = [n if n.endswith(share) else n + share for n in names]
        flow = _patterns()["flow_verb"].fullmatch(doc.text, found.respectively, found.items[0].start)
        if flow and len(names) == len(found.items):
            # 集成电路、电工器材分别出口1493.7亿元、922.9亿元: each item's export
            names = [n if not n or n.endswith(flow.group("verb")) else n + flow.group("verb") for n in names]
        elif len(names) == len(found.items) and (action := _action_after(doc, found)) \
                and not any(n.endswith(_shares_named()) for n in names if action.startswith(_shares_named()[0])):
            # 煤炭、电解铝分别淘汰落后生产能力…: each item's (…出口占比分别占全国的…: a share named already)
            names = [n + action if n else n for n in names]
        built = load("attribution")["metric"]["built"]
        cue = next((c for c in [*built["completion_cues"], *built["task_completions"]]
                    if doc.text.endswith(c, found.respectively, found.items[0].start)), None)
        if cue and all(m.kind == "share" for m in found.items):
            # 城镇新增就业、新增发放创业担保贷款分别完成年计划的113.4%、256.1%: each item's completion rate (a named
            # task's: 治沙、造林分别完成年度目标任务的… → 治沙年度目标任务完成率)
            rate = built["task_completions"].get(cue, built["completion_rate"])
            names = [n + rate if n else n for n in names]
        suffix = _patterns()["rate"].search(found.names_text.strip())
        if suffix and all(m.kind == "change" for m in found.items):
            # 增加值、税收增速分别高于全省2.2个和3.7个百分点: the differences of every item's rate
            names = [n if n.endswith(suffix.group()) else n + suffix.group() for n in names]
        if all(m.kind == "rank" for m in found.items):
            names = [without_rank_tail(n) for n in names]  # …、风电光伏装机总量居全国第1、第2位: the verb and scope rank
        if len(names) == len(found.items) and len(names) > 1 and all(names):
            names = _with_partner_preposition(found.names_text, names)
            names = _rates_of_their_own(found, items, names)
            if all(m.kind == "share" for m in found.items) \
                    and _patterns()["share_verb"].search(doc.text, found.respectively, found.items[0].start):
                share = load("attribution")["metric"]["built"]["share_alone"]  # 对美国、欧盟出口分别占28%、22%
                names = [n if n.endswith(_share_ends()) else n + share for n in names]
            lo = doc.clause_start(found.respectively) if found.names_text.strip() else doc.sentence(found.respectively)[0]
            sentence = doc.sentence(found.respectively)[0]
            for m, name in zip(found.items, names):
                # (…，两年平均增速分别为…: the names stand in the clause before)
                at = written_at(doc.text, name, (lo, found.respectively)) or written_at(doc.text, name, (sentence, lo))
                m.metric = Attribute(_of_change(m, name), *(at or (None, None)), "explicit" if at else "inherited")
                m.refine(DISTRIBUTE.name)


def _rates_of_their_own(found: ValueList, items: list[str], names: list[str]) -> list[str]:
    """城镇调查失业率、居民消费价格涨幅分别控制在5.5%和3%以内: each item (as split from the names before 分别)
    says its own kind of rate: a level's rate (失业率) is a share, whatever rate of growth another item names; an
    item that names its rate of growth (物价涨幅) is whole, it takes no other item's head."""
    items = [item.strip() for item in items]
    if len(items) != len(names):
        return names
    growth_rates = tuple(words("kinds", "rate", "nouns"))
    level_rates = tuple(words("kinds", "rate", "level_rates"))
    out = list(names)
    for k, (item, m) in enumerate(zip(items, found.items)):
        own = clean(item)
        if m.unit != "%" or not own or own not in item:
            continue
        if item[item.find(own) + len(own):].startswith(growth_rates):  # (物价涨幅依次控制在: 涨幅 after the name)
            out[k] = own
        elif own.endswith(level_rates) and m.kind == "growth":
            m.kind, m.comparison = "share", None
    return out


def _with_partner_preposition(names_text: str, names: list[str]) -> list[str]:
    """对欧盟、美国分别出口…: the preposition before the first of the foreign economies listed opens every
    item's name (对欧盟出口, 对美国出口), as it does one partner's (对东盟进出口)."""
    at = names_text.find(names[0][:2])
    preposition = names_text[at - 1] if at > 0 else ""
    economies = tuple(load("attribution")["subjects"]["foreign_economies"])
    if preposition in words("attribution", "metric", "partner_prepositions") and all(n.startswith(economies) for n in names):
        return [preposition + n for n in names]
    return names


def _ranking_of_places(doc: Document, found: ValueList) -> None:
    """天水经开区、张掖经开区全国排名46位、82位，分别提升6位、49位: the ranking written right after the
    places is the metric of their places in it and of their moves (no figure stands between)."""
    at = found.places[-1].end
    i = bisect.bisect_left(doc.mentions, at, key=lambda m: m.start)  # (the figure after them, not a scan of all)
    following = doc.mentions[i].start if i < len(doc.mentions) else at
    ranking = ranking_pattern().fullmatch(doc.text, at, following)
    if ranking:
        for m in found.items:
            m.metric = Attribute(ranking.group(), ranking.start(), ranking.end(), "explicit")


def _action_after(doc: Document, found: ValueList) -> str:
    """分别淘汰落后生产能力1.1亿吨和120万吨: a verb of what was done and its object between 分别 and the
    first value, which each name did, or ""."""
    respectively = _patterns()["respectively"].match(doc.text, found.respectively)
    if respectively is None:
        return ""
    action = doc.text[respectively.end():found.items[0].start].strip()
    if action.startswith(tuple(words("attribution", "metric", "pull_verbs"))):
        return action  # 消费、投资分别拉动经济增长…: each one's pull, the construction its metric (消费拉动经济增长)
    built = load("attribution")["metric"]["built"]
    if (whole := _share_whole_pattern().fullmatch(action)) is not None:
        return built["share_of"] + whole.group("whole") + built["share_noun"]  # 分别占GDP的8.5%、37.2%: each one's share
    tokens = tag(action)
    if len(tokens) < 2 or tokens[0][0] not in leading_verbs() \
            or not all(pos in ("n", "nz", "vn", "b", "an", "a", "j") for _, pos in tokens[1:]):
        return ""
    return action


@lexical_cache
def _shares_named() -> tuple[str, ...]:
    """占 and the words that end a share's name (占比, 比重, 比例): a share verb first, what names a share after."""
    built = load("attribution")["metric"]["built"]
    return (built["share_of"], built["share_alone"], *built["share_nouns_kept"])


@lexical_cache
def _share_whole_pattern() -> regex.Pattern:
    """占GDP的, 占全省: a share verb and the whole, before a list of shares."""
    return compiled(rf"{alternation('attribution', 'metric', 'share_verb')}(?P<whole>[\p{{Han}}A-Za-z]{{1,12}}?)的?")


def _of_change(m: Mention, name: str) -> str:
    """分别比2月份增加6个和10个 after the list's levels: a change of a level is the level's increment."""
    increment = load("attribution")["metric"]["built"]["increment"]
    return without_per_unit(name) + increment if m.change_of_level and not name.endswith(increment) else name


def _names_of_list_before(doc: Document, lists: list[ValueList], i: int) -> bool:
    """…占比分别为19.38%、77.62%，分别较4月末下降0.11个百分点、上升0.08个百分点: a list of changes
    that names nothing changes the values of the 分别 list before it in its sentence, in order."""
    found = lists[i]
    before = _list_before_in_sentence(doc, lists, i)
    if before is None or len(before.items) != len(found.items) or not all(m.kind == "change" for m in found.items) \
            or not all(n.metric is not None and DISTRIBUTE.name in n.refined_by for n in before.items):
        return False
    built = load("attribution")["metric"]["built"]
    for m, named in zip(found.items, before.items):
        name = str(named.metric.value)
        if named.kind == "growth" and not name.endswith(tuple(built["rates"])):
            name += built["growth_rate"]  # 分别增长17.0%和8.6%，分别加快2.8和4.2个百分点: of the growth rates
        m.metric = Attribute(name, named.metric.start, named.metric.end, "inherited")
        m.refine(DISTRIBUTE.name)
    return True


def _uncounted(name: str) -> str:
    """16条省级重点产业链、18个省级特色专业镇营业收入分别增长…: an item's count is a fact of its own,
    no part of its name (a threshold, 30户以上自然村, is)."""
    count = _leading_count().match(name)
    return name[count.end():] if count and count.end() < len(name) else name


@lexical_cache
def _leading_count() -> regex.Pattern:
    return compiled(rf"\d+(?:{trie_pattern(load('units')['classifiers']['words'])})(?!{alternation('bounds', 'threshold', 'after')})")


def _split_on_one_connector(text: str, n: int) -> list[str]:
    """The names of a list joined by one connector only, the others inside names (生活用品及服务和食品烟酒价格
    → 生活用品及服务 | 食品烟酒价格): the first connector of the data's order (、, 和, then 与, 及, which
    more often stand inside a name) that gives ``n`` of them."""
    for connector in words("attribution", "lists", "connectors"):
        if len(names := [clean(part) for part in text.split(connector) if clean(part)]) == n:
            return names
    return []


def _list_before_in_sentence(doc: Document, lists: list[ValueList], i: int) -> ValueList | None:
    """The last 分别 list before ``lists[i]`` in its sentence. The lists are in text order: the walk back
    stops at the sentence's start (a scan of every list before made a long document quadratic)."""
    sentence = doc.sentence(lists[i].respectively)
    for j in range(i - 1, -1, -1):  # (not a reversed slice: that copies every list before)
        other = lists[j]
        if other.items[0].start < sentence[0]:
            return None
        if other.respectively >= 0 and doc.sentence(other.respectively) == sentence:
            return other
    return None


def _compound_parts(name: str, count: int) -> list[str]:
    """城乡居民人均可支配收入 with two values: one name per part the compound word joins."""
    for word, parts in load("attribution")["lists"]["compounds"].items():
        # (产销率 is one rate, a product's share sold)
        if word in name and len(parts) == count and not name.partition(word)[2].startswith(tuple(words("kinds", "rate", "level_rates"))):
            return [name.replace(word, part, 1) for part in parts]
    return []


def _without_frame_and_class(names: list[str]) -> list[str]:
    """规上工业中新能源汽车、锂离子电池、光伏电池等绿色低碳产品产量: the frame before 中 and the
    class after 等 name no item; the head after the class (产量) is the last item's, then every item's."""
    if len(names) < 2:
        return names
    first = tag(names[0])
    cut = next((i for i, (w, pos) in enumerate(first) if 0 < i < len(first) - 1 and pos == "f"
                and w in words("attribution", "metric", "locatives")), None)
    if cut is not None:
        names = ["".join(w for w, _ in first[cut + 1:]).removeprefix("的"), *names[1:]]
    if counted := _trailing_label().fullmatch(names[-1]):
        # 电子、电气、汽车三大行业; 集成电路、…人工智能三大先导产业规模: the label counts the items; its last noun
        # is their class, what follows it their head (人工智能产业规模)
        rest = counted.group("rest")
        head = next((h for h in by_length(words("attribution", "metric", "heads")) if rest.endswith(h) and len(rest) > len(h)), "")
        label = rest[:len(rest) - len(head)]
        kind = next((c for c in by_length(words("attribution", "metric", "class_nouns")) if label.endswith(c)), tag(label)[-1][0])
        shared = kind + head
        names = [name if name.endswith(shared) else name + shared for name in [*names[:-1], counted.group("stem")]]
    if (label := _leading_label().match(names[0])) and len(first) > 2 and all(len(tag(n)) == 1 for n in names[1:-1]):
        # 四大支柱行业电子、电气…; 对前五大贸易伙伴东盟、欧盟…: a label that counts the items names none of them
        names = [(label.group("partner") or "") + tag(names[0])[-1][0], *names[1:]]
    ends = words("attribution", "metric", "enumeration_ends")
    if any(w in ends for name in names[:-1] for w, _ in tag(name)):
        return names  # 对哈萨克斯坦等中亚五国、对沙特阿拉伯等西亚北非国家: each item is a group
    last = tag(names[-1])
    end = next((i for i, (w, _) in enumerate(last) if i and w in ends), None)
    after = "".join(w for w, _ in last[end + 1:]) if end is not None else ""
    stem = "".join(w for w, _ in last[:end])
    head = next((h for h in by_length(words("attribution", "metric", "heads")) if after.endswith(h)), "")
    if not head and (shared := _after_the_class(after)):
        return [name if name.endswith(shared) else name + shared for name in names[:-1]] + [stem + shared]
    return [*names[:-1], stem + head] if head else names


@lexical_cache
def _leading_label() -> regex.Pattern:
    """A label that counts a list's items before its first one (前五大贸易伙伴, 四大支柱行业)."""
    def alt(key: str) -> str:
        return alternation("attribution", "metric", key)
    ranks = alternation("attribution", "scopes", "rank_markers")
    return compiled(rf"(?P<partner>{alt('partner_prepositions')})?{ranks}?[\d{DIGIT_CHARS}]+{alt('counting_label_marks')}")


@lexical_cache
def _share_ends() -> tuple[str, ...]:
    """占比, 比重, 比例 …: a name that already says it is a share."""
    return (load("attribution")["metric"]["built"]["share_alone"], *words("kinds", "rate", "share_words"))


@lexical_cache
def _trailing_label() -> regex.Pattern:
    """The last item of a list and a label that counts the items after it (汽车|三大|行业)."""
    return compiled(rf"(?P<stem>\p{{Han}}{{2,}}?)[\d{DIGIT_CHARS}]+{alternation('attribution', 'metric', 'counting_label_marks')}"
                    rf"(?P<rest>\p{{Han}}{{2,10}})")


def _after_the_class(after: str) -> str:
    """重点行业FDI到资 → FDI到资: what follows the class noun after 等, when something does."""
    ends = [after.find(noun) + len(noun) for noun in words("attribution", "metric", "class_nouns") if noun in after]
    return after[min(ends):] if ends and min(ends) < len(after) else ""


_QUOTED = compiled(r"“[^”]{1,12}”")


def _quoted_heads(items: list[str]) -> list[str]:
    """“保交楼”“保交房”交付率: the head after the last quoted name is every quoted name's."""
    last = _QUOTED.match(items[-1].strip()) if items else None
    if not last or len(items) < 2 or not all(_QUOTED.fullmatch(item.strip()) for item in items[:-1]):
        return items
    head = items[-1].strip()[last.end():]
    return [item + head for item in items[:-1]] + [items[-1]]


def _rates_of_values_before(doc: Document, items: list[Mention]) -> None:
    """A、B分别增长21.4%、6.3%，高于全部工业增速16.4、1.3个百分点: a list of differences right
    after a list of growths of as many values differs by the rate of each; A和B进出口10293亿元和
    3544.9亿元，同增1.9%和38.4%: a list that names nothing of its own is of the values before."""
    names = _names_of_values_before(doc, items)
    first = doc.mentions.index(items[0])
    growths = doc.mentions[first - len(items):first] if names else []
    if not all(names):
        return
    if not all(m.kind == "change" for m in items) or not all(g.kind == "growth" for g in growths):
        # (…分别为55444元、21578元，是1965年的121倍和199倍: multiples of the values before, in order; PMI分别为48.7%和
        # 47.1%，比上月下降0.3和0.8个百分点: the changes of those shares, each the share's own)
        if _patterns()["verb_end"].fullmatch(doc.text, _after_periods(doc, items[0].start), items[0].start) \
                or all(m.kind == "ratio" for m in items) \
                or all(m.kind == "change" for m in items) and all(g.kind == "share" for g in growths):
            _name(doc, items, names, "")
        return
    _name(doc, items, names, load("attribution")["metric"]["built"]["growth_rate"])


def _name(doc: Document, items: list[Mention], names: list[str], suffix: str) -> None:
    lo = doc.sentence(items[0].start)[0]
    for m, name in zip(items, names):
        at = written_at(doc.text, name, (lo, items[0].start))
        m.metric = Attribute(_of_change(m, name + suffix), *(at or (None, None)), "explicit" if at else "inherited")
        m.refine(DISTRIBUTE.name)


def share_years(doc: Document) -> None:
    """Period stage: 近三年来 … 分别增长 90%、52%、40% — one value per year, in list order."""
    for found in value_lists(doc):
        if found.respectively >= 0 and not found.places and not _patterns()["basis"].match(found.names_text) \
                and not _named(found):
            _years(found.items)


def _named(found: ValueList) -> bool:
    """Whether the metric stage gave the list one name per value (then its values are no years)."""
    return all(DISTRIBUTE.name in m.refined_by for m in found.items)


def _after_periods(doc: Document, at: int) -> int:
    """Where the names of a 分别 list begin: the clause start, past any period (前三季度,…)."""
    start = doc.clause_start(at)
    for p in doc.periods_between(start, at):
        start = max(start, p.end)
    return start


def _places_before(doc: Document, items: list[Mention], at: int) -> list:
    """太原、大同GDP分别…: the places that open the list's clause, one per value, or none; also before the
    clause's period (无锡、常州、南通上半年GDP分别…)."""
    return _place_chain(doc, items, _after_periods(doc, at), at) \
        or _place_chain(doc, items, doc.past_frames(doc.clause_start(at), at), at)


def _places_ending(doc: Document, items: list[Mention], at: int) -> list:
    """增速排名前三的是鹰潭、抚州和吉安，分别增长…: the places that end the clause before, one per value."""
    for m in place_pattern().finditer(doc.text, doc.clause_start(at), at):
        places = _place_chain(doc, items, m.start(), at)
        if places and places[-1].end == at:
            return places
    return []


def _place_chain(doc: Document, items: list[Mention], start: int, at: int) -> list[Owner]:
    """The places from ``start`` joined by list marks, one per value, or none. When every place
    ends in a zone's suffix (天水经开区、张掖经开区全国排名46位、82位) the zones own the values."""
    for zoned in (True, False):
        places: list[Owner] = []
        pos = start
        while True:
            m = place_pattern().match(doc.text, pos, at) or abbreviation_pattern().match(doc.text, pos, at) \
                or _county_short_form(doc, pos, at)
            if not m:  # (川、滇分别“弃水”…: provinces by their one-character names, in a list only)
                break
            zone = _patterns()["zone"].match(doc.text, m.end(), at) if zoned and len(m.group()) > 1 else None
            if zoned and not zone:
                break  # 广州、深圳港口…: a suffix on some places only is the next word's start
            name = lookup(m.group()).name if len(m.group()) > 1 else abbreviations()[m.group()]
            places.append(Owner(m.start(), zone.end(), m.group() + zone.group()) if zone else Owner(m.start(), m.end(), name))
            pos = _past_note(doc, places[-1].end, at)  # 福州（不含平潭）、龙岩…: a bracketed note on the place
            sep = _patterns()["split"].match(doc.text, pos, at)
            if not sep:
                break
            pos = sep.end()
        if len(places) == len(items) and len(places) >= 2:
            return places
    return _region_chain(doc, items, start, at)


def _region_chain(doc: Document, items: list[Mention], start: int, at: int) -> list[Owner]:
    """东部、中部、西部地区 and 东、中、西部地区: regions listed by their short forms, the last one's 地区 every
    one's, one per value, or none."""
    found = _region_list().match(doc.text, start, at)
    if found is None or len(found.captures("item")) + 1 != len(items):
        return []
    forms = load("attribution")["subjects"]["counted_region_forms"]
    suffix = load("attribution")["lists"]["region_item_end"]
    owners = [Owner(a, b, forms[item if item in forms else item + suffix])
              for item, (a, b) in zip(found.captures("item"), found.spans("item"))]
    return owners + [Owner(found.start("last"), found.end(), forms[found.group("last")])]


@lexical_cache
def _region_list() -> regex.Pattern:
    forms = list(load("attribution")["subjects"]["counted_region_forms"])
    suffix = load("attribution")["lists"]["region_item_end"]
    shortened = [form[:-len(suffix)] for form in forms if form.endswith(suffix)]  # 东、中、西部: 部 once, at the end
    return compiled(rf"(?:(?P<item>{trie_pattern(forms + shortened)})(?:{alternation('attribution', 'lists', 'connectors')}))+(?P<last>{trie_pattern(forms)})"
                    rf"{regex.escape(load('attribution')['lists']['region_suffix'])}")


_NOTE = compiled(r"[（(][^（）()]{1,12}[）)]")
_TWO_CHARACTERS = compiled(r"\p{Han}{2}")


def _county_short_form(doc: Document, pos: int, at: int) -> regex.Match | None:
    """昆山、张家港、常熟…: a county of the story's province by its short form, which running text is not searched for
    (two characters open many words), in a list of places only."""
    found = _TWO_CHARACTERS.match(doc.text, pos, at)
    place = lookup(found.group()) if found else None
    return found if place is not None and place.level == COUNTY and in_province_of(place, doc.place) else None


def _past_note(doc: Document, pos: int, end: int) -> int:
    """Where the text goes on after a bracketed note on a place at ``pos``, if one stands there."""
    note = _NOTE.match(doc.text, pos, end)
    return note.end() if note else pos


def _implicit(doc: Document, items: list[Mention]) -> int:
    """Where the verb of a list without 分别 stands (or the list itself, when no verb stands
    between: 加工贸易和保税物流进出口10293亿元和3544.9亿元) when the names before it are as many
    as its values (生产安全事故起数、死亡人数下降17.6%、11.6%), else -1."""
    verb = _patterns()["verb_end"].search(doc.text, doc.clause_start(items[0].start), items[0].start)
    at = verb.start() if verb else items[0].start  # 加工贸易和保税物流进出口10293亿元和3544.9亿元
    if not verb and doc.mentions.index(items[0]) and doc.mentions[doc.mentions.index(items[0]) - 1].end > doc.clause_start(at):
        return -1  # a value earlier in the clause: the names before this list are not its own
    names = [n for n in split_items(_names_before(doc, at)) if clean(n)]
    # (龙岩、三明位列第二、三位: places, one per value, own the values in turn; 汽车产销完成2650万辆和2670万辆:
    # a compound's parts, one per value)
    return at if len(names) == len(items) >= 2 or _places_before(doc, items, at) \
        or len(names) == 1 and _compound_parts(names[0], len(items)) else -1


def _names_of_values_before(doc: Document, items: list[Mention]) -> list[str]:
    first = doc.mentions.index(items[0])
    before = doc.mentions[max(0, first - len(items)):first]
    if len(before) != len(items) or doc.sentence(before[0].start) != doc.sentence(items[0].start):
        return []
    names = [str(m.metric.value) if m.metric else "" for m in before]
    return names if len(set(names)) == len(names) else []


def _list_opening_clause_before(doc: Document, found: ValueList) -> list[str]:
    """医药、高技术、战略性新兴产业增长较快，前三季度分别增长3.3、1.4、1.1倍: the list of names
    in the clause before a 分别 clause naming none, when it has one name per value."""
    clause = doc.clause_start(found.respectively)
    between = doc.text[_after_periods(doc, found.respectively):found.respectively].strip()
    basis = bool(between) and ((opener := _patterns()["basis"].match(between)) is not None
                               and period_pattern().fullmatch(between, opener.end()) is not None
                               or between in words("kinds", "absolute_change", "basis_words"))
    if clause <= doc.sentence(found.respectively)[0] or between and not basis:
        return []  # (同比分别下降…, 比上年分别下降…: the basis alone names nothing)
    before = doc.clause_start(clause - 1)
    if any(before <= m.start < clause for m in doc.mentions[max(0, doc.mentions.index(found.items[0]) - 4):]):
        return []  # …面积32.9平方米、37.1平方米，分别比2007年增加…: the values before name the list
    tokens = list(tag(doc.text[before:clause - 1]))
    first = next((i for i, (word, _) in enumerate(tokens) if word in _LIST_MARKS), None)
    if first is None and all(pos not in ("v", "d", "p") for _, pos in tokens):
        # 生活用品及服务和食品烟酒价格，同比分别下降0.5%和0.1%: a clause of names joined by 和 alone
        return complete_names(_split_on_one_connector(doc.text[before:clause - 1], len(found.items)))
    if first is None:
        return []
    start = first
    while start > 0 and tokens[start - 1][1] not in _NOT_IN_NAMES:
        start -= 1  # 这主要是由于医药、… → 医药
    end = first
    while end < len(tokens) and not _predicate_at(tokens, end):
        end += 1  # …战略性新兴产业增长较快 → …战略性新兴产业
    if between and any(pos in ("t", "f") for _, pos in tokens[start:end]):
        return []  # (两节、冬奥期间价格运行平稳，同比分别上涨…: times, not names, when a basis stands between)
    names = [clean(n) for n in split_items("".join(word for word, _ in tokens[start:end]))]
    return names if len(names) == len(found.items) and all(names) else []


def _predicate_at(tokens, i: int) -> bool:
    """A verb, adverb or time word, or a verbal noun an adverb follows (发展较快), ends a list of names;
    a verb a noun follows is inside the last name (二氧化硫排放总量)."""
    word, pos = tokens[i]
    following = tokens[i + 1][1] if i + 1 < len(tokens) else ""
    return word not in _LIST_MARKS and (pos in _NOT_IN_NAMES and not (pos == "v" and following == "n") or pos == "t"
                                        or pos == "vn" and following in ("d", "ad", "zg", "a"))  # (排放/总量: a name's)


_NOT_IN_NAMES = frozenset({"v", "d", "ad", "p", "c", "r", "u", "uj", "ul", "x"})
_LIST_MARKS = frozenset({"、"})


NAMELESS = 8  # characters at most between a period and 分别 that can name nothing (同比): more name something


def _names_before(doc: Document, at: int) -> str:
    start = _after_periods(doc, at)
    if start < at and (masked := doc.masked_end(start)) is not None and masked >= at:
        return ""  # …，两年分别平均增长33.9%和9.5%: a label around 分别 names nothing
    text = doc.text[start:at]
    clause = doc.clause_start(at)
    if len(text) <= NAMELESS and not clean(text) and (inner := [p for p in doc.periods_between(clause, at) if p.start > clause]):
        text = doc.text[clause:inner[0].start]  # 高技术制造业和装备制造业上半年同比分别…: names before the period
    place = place_pattern().match(text)  # 长治全市战略性新兴产业…: the owner is not a name of the list
    text = text[place.end():] if place else text
    if (pointed := _patterns()["pointed"].match(text)) and (named := _list_pointed_at(doc, at, pointed)):
        text = named + text[pointed.end():]  # 这两类产品的…: 现金管理类、固定收益类理财产品的…
    for basis in _patterns()["basis"].finditer(text, 1):
        if period_pattern().match(text, basis.end()):
            return text[:basis.start()]  # 居民人均可支配收入较2012年分别增长…: the basis names nothing
    return text


def _list_pointed_at(doc: Document, at: int, pointed: regex.Match) -> str:
    """The list of as many items as ``pointed`` counts, ending in its noun, in the sentence
    before the one at ``at`` (现金管理类、固定收益类理财产品依旧是主力。这两类产品…), else ''."""
    start = doc.sentence(at)[0]
    if start <= 1 or (n := read_number(pointed.group("n"))) is None:
        return ""
    before = doc.sentence(start - 1)
    noun = doc.text.rfind(pointed.group("noun"), before[0], before[1])
    if noun < 0:
        return ""
    named = doc.text[doc.clause_start(noun):noun + len(pointed.group("noun"))]
    return named if len(split_items(named)) == int(n) else ""


def _comparison_list(names_text: str, items: list[Mention]) -> None:
    """比工业投资和制造业投资增速分别高 44.3 和 40.6 个百分点: one basis per value."""
    opener, bases, _ = _bases(names_text)
    if len(bases) != len(items):
        return
    for m, basis in zip(items, bases):
        m.comparison = opener + basis
        m.refine(DISTRIBUTE.name)


def _comparison_rate(names_text: str, items: list[Mention]) -> None:
    """…增速分别高: the values are differences of that rate (高技术制造业投资增速)."""
    _, bases, suffix = _bases(names_text)
    if len(bases) != len(items) or not suffix:
        return
    for m in items:
        if m.metric and not str(m.metric.value).endswith(suffix):
            m.metric = Attribute(f"{m.metric.value}{suffix}", m.metric.start, m.metric.end, m.metric.how)


def _bases(names_text: str) -> tuple[str, list[str], str]:
    """The opener (比, also for 高于: the basis is the same), the bases and the rate word of a list of comparison
    bases."""
    written = _patterns()["listed_bases"].match(names_text).group()
    opener = written if _patterns()["basis"].fullmatch(written) else words("kinds", "comparison", "openers")[0]
    body = names_text[len(written):]
    suffix = _patterns()["rate"].search(body)
    body = body[: suffix.start()] if suffix else body
    # (全国, 全省平均水平: the places clean() drops are the bases)
    bases = [b if b.startswith(tuple(reference_words())) or lookup(b) else clean(b)
             for b in (item.strip() for item in split_items(body)) if b]
    tail = next((t for t in by_length(words("kinds", "comparison", "shared_tails")) if bases and bases[-1].endswith(t)), "")
    if tail and all(lookup(b) or b in reference_words() for b in bases[:-1]):
        bases = [b + tail for b in bases[:-1]] + bases[-1:]  # 全国、全省平均水平 → 全国平均水平, 全省平均水平
    return opener, bases, suffix.group() if suffix else ""


def _years(items: list[Mention]) -> None:
    """近三年来 … 分别增长 90%、52%、40%: one value per year, in list order."""
    period = items[0].period
    years = period.years if period else ()
    if len(years) != len(items):
        return
    for m, year in zip(items, years):
        m.refine(DISTRIBUTE.name)
        m.period = Attribute(Period(text=period.value.text, start=f"{year}-01-01", end=f"{year}-12-31"),
                             period.start, period.end, period.how, years=(year,))


def _trailing_bound(items: list[Mention]) -> None:
    """93%、94%以上: one trailing 以上 covers every value of the list."""
    last = items[-1]
    if last.bound in ("ge", "le", "approx") and all(m.bound == "eq" for m in items[:-1]):
        for m in items[:-1]:
            m.bound = last.bound
