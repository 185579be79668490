"""Every key the schemas declare for czfacts/data is read by the code (no dead sections): the
extraction of varied texts is run with the key-recording loader, and each declared key must
have been read (or iterated over, for word tables)."""
import pathlib
import typing

import pydantic

import czfacts
from czfacts import lexicon
from czfacts.schemas import SCHEMAS

CORPORA = pathlib.Path(__file__).resolve().parents[1] / "corpora"
TEXTS = [
    "全省网民有3800万，其中农村网民约900万。",
    "今年前三季度，全市地区生产总值完成1850亿元，同比增长5.2%，高于全省0.6个百分点。",
    "2023年洛阳市国民经济和社会发展统计公报\n年末全市常住人口707.9万人。全年出生人口5.1万人，出生率7.20‰。",
    "各位代表：过去一年，全省粮食产量增长2%。\n二、2025年工作总体要求和主要目标\n地区生产总值增长5%左右。",
    "表1 2024年1—9月份主要指标\n分组\t营业收入\t利润总额\n\t1-9月（亿元）\t同比增长（%）\n总计\t1250.3\t8.2\n",
    "表4 2023年主要产品产量\n产品名称\t单位\t产量\t比上年增长（%）\n水泥\t万吨\t512.4\t-3.2\n发电量\t亿千瓦时\t56.7\t1.5\n",
    "城镇、农村居民人均可支配收入分别为41200元和19800元，分别增长4.5%和6.1%。约合1.2万港元，售价99美元。",
    "湖南前三季度GDP增长5.6% 增速居全国前列\n记者获悉，今年前三季度，全省地区生产总值增长5.6%。",
    "果农王芳去年卖桃子挣了6万元。",
    "一季度，数字服务进出口3100亿元。其中，出口1800亿元；进口1300亿元。",
    "全市生产总值增长6.1%，高于全国、全省平均水平0.8和0.4个百分点。供热用户室温18℃达标率95%。",
    "华阳新材 5 万吨碳纤维原丝项目加快推进，力争到2027年全市新能源装机达到1000万千瓦。全市播种面积调减7万亩。",
]


def _declared(model: type[pydantic.BaseModel], path: tuple[str, ...]) -> list[tuple[str, ...]]:
    paths = []
    for name, field in model.model_fields.items():
        inner = field.annotation
        if isinstance(inner, type) and issubclass(inner, pydantic.BaseModel):
            paths += _declared(inner, path + (name,))
        elif typing.get_origin(inner) is list and typing.get_args(inner) and \
                isinstance(typing.get_args(inner)[0], type) and issubclass(typing.get_args(inner)[0], pydantic.BaseModel):
            paths.append(path + (name,))  # a list of records (places.province): read as a whole
        else:
            paths.append(path + (name,))
    return paths


def _read(path: tuple[str, ...]) -> bool:
    return any(seen[:len(path)] == path or seen == path[:-1] + ("*",) for seen in lexicon.READ)


def test_every_declared_data_key_is_read(monkeypatch):
    monkeypatch.setattr(lexicon, "RECORDING", True)
    lexicon.clear_caches()
    lexicon.READ.clear()
    texts = [(text, None) for text in TEXTS] + [(p.read_text(encoding="utf-8"), p.stem) for p in sorted(CORPORA.glob("*.txt"))]
    try:
        for text, name in texts:
            czfacts.extract(text, date="2024-11-01")
            czfacts.extract(text, doc_id=name)  # (a name may date it: context.date_in_name)
    finally:
        lexicon.clear_caches()  # the recording tables go; the next load builds plain ones
    unread = [".".join(path) for name, schema in SCHEMAS.items() for path in _declared(schema, (name,))
              if not _read(path)]
    assert not unread, f"data keys no code reads (remove them, or read them): {unread}"
