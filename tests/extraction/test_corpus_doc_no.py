"""DOC_NO corpus: document numbers (guidelines § DOC_NO and settled cases)."""

from __future__ import annotations

from corpus import assert_corpus, ex, neg


def N(code, year, number):
    return {"issuer_code": code, "year": year, "number": number}


EXAMPLES = [
    # --- the guidelines' own examples -----------------------------------------------
    ex("根据《关于深化乡镇和街道改革的实施意见》(冀办字〔2020〕5号)有关要求，制定本方案。",
       "冀办字〔2020〕5号", N("冀办字", 2020, 5), why="冀办字〔2020〕5号"),
    ex("按照宁党办〔2017〕71号文件要求。", "宁党办〔2017〕71号", N("宁党办", 2017, 71), why="宁党办〔2017〕71号"),
    ex("市委办公室印发了灵党办〔2017〕13号文件。", "灵党办〔2017〕13号", N("灵党办", 2017, 13),
       why="灵党办〔2017〕13号"),
    ex("印发实施方案(〔2020〕8号)的通知", "〔2020〕8号", N("", 2020, 8),
       why="settled: DOC_NO without an issuer code ((〔2020〕8号)) has issuer_code \"\""),
    # --- constructed by the same rules: every bracket the guidelines name ------------
    ex("转发兴政办[2019]12号文件。", "兴政办[2019]12号", N("兴政办", 2019, 12), why="bracket []"),
    ex("转发兴政办(2019)12号文件。", "兴政办(2019)12号", N("兴政办", 2019, 12), why="bracket ()"),
    ex("根据鲁编办【2019】8号文件精神。", "鲁编办【2019】8号", N("鲁编办", 2019, 8), why="bracket 【】"),
    ex("兴办发〔2020〕15号", "兴办发〔2020〕15号", N("兴办发", 2020, 15), why="a number on its own line"),
    # --- the verb before a code is not part of it (gold-unseen's 毕节 report, 2024) ----
    ex("深挖国发〔2022〕2号文件政策红利。", "国发〔2022〕2号", N("国发", 2022, 2), why="a verb before the code"),
    ex("聚焦国发〔2022〕2号文件赋予的战略定位。", "国发〔2022〕2号", N("国发", 2022, 2), why="a verb before the code"),
    ex("深入贯彻国发〔2022〕2号文件精神。", "国发〔2022〕2号", N("国发", 2022, 2),
       why="an adverb and a verb before the code (corpus: 深入落实国发〔2022〕2号, 7 times)"),
    ex("深入落实冀办字〔2020〕5号文件。", "冀办字〔2020〕5号", N("冀办字", 2020, 5), why="a code jieba does not know"),
    ex("按照宁党办发〔2017〕71号文件要求。", "宁党办发〔2017〕71号", N("宁党办发", 2017, 71),
       why="a four-character code is kept whole"),
    ex("转发鲁厅字[2018]33)号文件。", "鲁厅字[2018]33)号", N("鲁厅字", 2018, 33),
       why="a stray bracket before 号 in reposted text (gold: shandong-2019-reform-news-reposts)"),
]

NEGATIVES = [
    neg("根据冀办字〔2020 5号文件精神。", why="damaged: the year bracket is gone"),
    neg("根据冀办字〔2020〕5文件精神。", why="damaged: 号 is gone"),
    neg("字〔20207", why="damaged number as in the xinglong sample"),
]


def test_doc_no_corpus(pipeline):
    assert_corpus(pipeline, "DOC_NO", EXAMPLES, NEGATIVES)
