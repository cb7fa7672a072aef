"""RELEASED of policies by public bodies: co-issuers ("A联合B、C发布", "A, together with B, issued"), third readings
and final approvals — and nothing for plans, expectations or negations, in three scripts."""
import pytest

A = "article-test"
MEASURES = "Interim Measures for the Management of Generative Artificial Intelligence Services"


@pytest.mark.parametrize("text, expected", [
    ("國家網信辦聯合工信部、公安部發布了《生成式人工智能服務管理暫行辦法》。",
     {("cac", "china-genai-interim-measures", "released.cue"), ("miit", "china-genai-interim-measures", "released.cue"),
      ("china-mps", "china-genai-interim-measures", "released.cue")}),
    ("国家网信办联合工信部、公安部发布了《生成式人工智能服务管理暂行办法》。",
     {("cac", "china-genai-interim-measures", "released.cue"), ("miit", "china-genai-interim-measures", "released.cue"),
      ("china-mps", "china-genai-interim-measures", "released.cue")}),
    ("国家网信办会同工信部等部门发布《生成式人工智能服务管理暂行办法》。",
     {("cac", "china-genai-interim-measures", "released.cue"), ("miit", "china-genai-interim-measures", "released.cue")}),
    (f"The CAC, together with six other agencies, issued the {MEASURES}.",
     {("cac", "china-genai-interim-measures", "released.cue")}),
    (f"The CAC, along with the MIIT, published the {MEASURES}.",
     {("cac", "china-genai-interim-measures", "released.cue"), ("miit", "china-genai-interim-measures", "released.cue")}),
    ("立法院三讀通過《人工智慧基本法》。", {("legislative-yuan", "taiwan-ai-basic-law", "released.enacted")}),
    ("立法院三读通过《人工智慧基本法》。", {("legislative-yuan", "taiwan-ai-basic-law", "released.enacted")}),
    ("国家网信办下发《生成式人工智能服务管理暂行办法》。", {("cac", "china-genai-interim-measures", "released.cue")}),
    ("The European Parliament gave final approval to the AI Act.", {("european-parliament", "eu-ai-act", "released.enacted")}),
    ("數發部公告「人工智慧產品與系統評測指引」。", {("moda", "人工智慧产品与系统评测指引", "released.cue")}),
    ("数发部公告「人工智能产品与系统评测指引」。", {("moda", "人工智能产品与系统评测指引", "released.cue")}),
    ("The AI Act was adopted by the EU.", {("eu", "eu-ai-act", "released.passive")}),
])
def test_released_policies_by_public_bodies(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text", [
    "立法院預計將三讀通過《人工智慧基本法》。",
    "立法院预计将三读通过《人工智慧基本法》。",
    "立法院尚未三读通过《人工智慧基本法》。",
    "The European Parliament is expected to pass the AI Act.",
    "The European Parliament has yet to sign off on the AI Act.",
    "国家网信办拟下发《生成式人工智能服务管理暂行办法》。",
    "Alibaba, together with Nvidia, announced a partnership.",
    "The AI Act has not yet been adopted by the EU.",
    "The AI Act, which was never approved by the European Parliament, stalled.",
    "根據數發部公告，「人工智慧產品與系統評測指引」將實施。",
    "France hosted the AI Action Summit.",
    "法国主办了人工智能行动峰会。",
])
def test_released_nothing_when_planned_or_denied(ruled, text):
    assert ruled("RELEASED", text) == set()


_M = "china-genai-interim-measures"


@pytest.mark.parametrize("text, expected", [
    # a co-issued list holding bodies the gazetteer does not know: every known one, with the lead body
    ("国家网信办联合国家发展改革委、某某委员会、工信部、公安部近日公布《生成式人工智能服务管理暂行办法》。",
     {"cac", "ndrc", "miit", "china-mps"}),
    ("國家網信辦聯合國家發展改革委、某某委員會、工信部、公安部近日公布《生成式人工智能服務管理暫行辦法》。",
     {"cac", "ndrc", "miit", "china-mps"}),
    ("国家网信办会同某某局、工信部和公安部发布《生成式人工智能服务管理暂行办法》。", {"cac", "miit", "china-mps"}),
    (f"The CAC, together with an unnamed bureau, the MIIT and the NDRC, issued the {MEASURES}.", {"cac", "miit", "ndrc"}),
    # a list that is a clause, not names: only the subject's own list
    ("国家网信办联合多个部门在今年年初完成了大量调研工作之后、工信部发布《生成式人工智能服务管理暂行办法》。", {"miit"}),
])
def test_released_co_issued_list_with_unknown_bodies(ruled, text, expected):
    assert {s for s, t, r in ruled("RELEASED", text) if t == _M and r == "released.cue"} == expected
