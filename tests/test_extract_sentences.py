"""Sentence splitting on real copy: glued full stops, closing quotes and brackets, and the full stops that end nothing."""
import pytest

from newsgraph.loaders.extract.sentences import sentence_spans


def split(text):
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    # a full stop with no space before the next sentence
    ("Sales fell last week.Italy's regulator acted.", ["Sales fell last week.", "Italy's regulator acted."]),
    ("The lab shipped GPT-4.5 today.It beats v1.2 of the tool.", ["The lab shipped GPT-4.5 today.", "It beats v1.2 of the tool."]),
    ("The score rose to 3.5 points.The lab said so.", ["The score rose to 3.5 points.", "The lab said so."]),
    ("He works at OpenAI.Google followed.", ["He works at OpenAI.", "Google followed."]),
    ("It was a hit.“The model is great,” she said.", ["It was a hit.", "“The model is great,” she said."]),
    # closing quotes and brackets after the stop
    ("He said “it works.” Then he left.", ["He said “it works.”", "Then he left."]),
    ("The regulator acted (in March.) The firm appealed.", ["The regulator acted (in March.)", "The firm appealed."]),
    ("The regulator acted (in March).The firm appealed.", ["The regulator acted (in March).", "The firm appealed."]),
    # Chinese end punctuation glued to Latin text, and a Latin full stop between Chinese sentences
    ("阿里巴巴發佈了Qwen3。It beats Llama.", ["阿里巴巴發佈了Qwen3。", "It beats Llama."]),
    ("OpenAI released GPT-5。谷歌随后跟进。", ["OpenAI released GPT-5。", "谷歌随后跟进。"]),
    ("百度發佈了新模型.阿里巴巴隨後跟進。", ["百度發佈了新模型.", "阿里巴巴隨後跟進。"]),
    ("百度发布了新模型. 阿里巴巴随后跟进。", ["百度发布了新模型.", "阿里巴巴随后跟进。"]),
    ("OpenAI released GPT-5.阿里巴巴随后跟进。", ["OpenAI released GPT-5.", "阿里巴巴随后跟进。"]),
    ("OpenAI released GPT-5.阿里巴巴隨後跟進。", ["OpenAI released GPT-5.", "阿里巴巴隨後跟進。"]),
    # an ellipsis before a capital; a sentence opening with a brand in lower case
    ("They waited... The model came.", ["They waited...", "The model came."]),
    ("他們等了很久… The model came.", ["他們等了很久…", "The model came."]),
    ("Sales rose last year. xAI said so.", ["Sales rose last year.", "xAI said so."]),
    ("It works. gpt-oss is new.", ["It works.", "gpt-oss is new."]),
    # full stops that end nothing: abbreviations, numbers, versions, URLs, e-mail, names with a dot
    ("Shares of Apple Inc. rose and the U.S. ban held.", ["Shares of Apple Inc. rose and the U.S. ban held."]),
    ("The U.S.The ban held.", ["The U.S.The ban held."]),
    ("It ranks No. 1 on the list of Qwen2.5 users.", ["It ranks No. 1 on the list of Qwen2.5 users."]),
    ("DeepSeek-V3.1 and GPT-4.5 cost $2.5bn in all.", ["DeepSeek-V3.1 and GPT-4.5 cost $2.5bn in all."]),
    ("See https://example.org/News.Today for details.", ["See https://example.org/News.Today for details."]),
    ("Visit www.Example.com or write to press@Example.Org today.", ["Visit www.Example.com or write to press@Example.Org today."]),
    ("Character.AI and Node.js run on ASP.NET servers.", ["Character.AI and Node.js run on ASP.NET servers."]),
    ("It opened at 9 a.m. local time on Monday.", ["It opened at 9 a.m. local time on Monday."]),
    ("and so on... the end", ["and so on... the end"]),
    ("Dr.Smith met Mr.Wong in St. Louis.", ["Dr.Smith met Mr.Wong in St. Louis."]),
    ("Qwen2.5模型由阿里雲發佈。", ["Qwen2.5模型由阿里雲發佈。"]),
    ("苹果Inc.旗下的公司与美国U.S.政府合作。", ["苹果Inc.旗下的公司与美国U.S.政府合作。"]),
    ("蘋果Inc.旗下的公司與美國U.S.政府合作。", ["蘋果Inc.旗下的公司與美國U.S.政府合作。"]),
])
def test_sentence_spans(text, expected):
    assert split(text) == expected
