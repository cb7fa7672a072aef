"""A full stop inside an abbreviation or after an initial ("U.S.", "U.K.", "Inc.", "Corp.", "Ltd.", "Jan.") ends
no gap between a relation's parts, in every relation at once; one before the next sentence's opening word ("…in the
U.S. The firm…") still ends the sentence."""
import pytest

from newsgraph.loaders.extract.sentences import sentence_spans


def edges(facts, text, kind):
    return {(s, t) for k, s, t in facts(text) if k == kind}


@pytest.mark.parametrize("text, kind, expected", [
    # a lawsuit or a fine across a place's abbreviation before the defendant
    ("The New York Times sued U.S. AI firm Perplexity over copying.", "WORRIES", {("perplexity", "organization-nyt")}),
    ("Getty Images has sued U.K. start-up Stability AI over its images.", "WORRIES",
     {("stability-ai", "organization-getty-images")}),
    ("The Garante fined U.S. firm Luka Inc. over its Replika chatbot.", "WORRIES",
     {("luka", "garante"), ("replika", "garante")}),
    # a list whose first name ends in a legal form's full stop
    ("The U.S. Federal Trade Commission opened an inquiry into Microsoft Corp. and OpenAI.", "WORRIES",
     {("microsoft", "ftc"), ("openai", "ftc")}),
    # a source described by its country's abbreviation before its name
    ("Gemini 3 beats GPT-5, according to U.K. newspaper The Guardian.", "CITES", {("article-test", "the-guardian")}),
    ("Qwen3 beats GPT-4o, according to U.S. news agency Reuters.", "CITES", {("article-test", "reuters")}),
    # a maker's legal form before its possessive or its verb
    ("Gemini 3 outperforms OpenAI Inc.'s GPT-5 on coding.", "RELEASED", {("openai", "gpt-5")}),
    ("Alibaba Group Holding Ltd. unveiled Qwen3 on Monday.", "RELEASED", {("alibaba", "qwen3")}),
    ("Anthropic Inc. released Claude Opus 4 and Claude Sonnet 4 in the U.S. on Thursday.", "RELEASED",
     {("anthropic", "claude-opus-4"), ("anthropic", "claude-sonnet-4")}),
    # Chinese text with a Latin abbreviation (its gaps stop at 。, not at the full stop)
    ("據U.S.研究機構Epoch AI的報告，Gemini 3領先GPT-5。", "CITES", {("article-test", "epoch-ai")}),
    ("据U.S.研究机构Epoch AI的报告，Gemini 3领先GPT-5。", "CITES", {("article-test", "epoch-ai")}),
    ("阿里巴巴Group Holding Ltd.发布了Qwen3。", "RELEASED", {("alibaba", "qwen3")}),
    # a real sentence end after an abbreviation: nothing across it
    ("Gemini 3 topped the charts in the U.S. The model GPT-5 came second.", "OUTPERFORMS", set()),
    ("Gemini 3 is popular in the U.K. Analysts said GPT-5 still leads.", "OUTPERFORMS", set()),
    ("Perplexity grew fast in the U.S. The New York Times said it liked the product.", "WORRIES", set()),
    # a place's abbreviation before an unnamed AI company: the place is no party
    ("The New York Times Sues U.S. AI Firm Over Copying", "WORRIES", set()),
    ("The New York Times sued a U.K. AI start-up over copying.", "WORRIES", set()),
])
def test_abbreviation_dots_end_no_gap(facts, text, kind, expected):
    assert edges(facts, text, kind) == expected


@pytest.mark.parametrize("text, sentences", [
    ("Acme grew in the U.S. The firm sued Zenith Corp. and U.K. rival Orbit Ltd. in Jan. It won.",
     ["Acme grew in the U.S.", "The firm sued Zenith Corp. and U.K. rival Orbit Ltd. in Jan.", "It won."]),
    ("The case Acme vs. The Daily Post opened on Jan. 5 before Judge J. Smith.",
     ["The case Acme vs. The Daily Post opened on Jan. 5 before Judge J. Smith."]),
    ("Zenith Inc. It said so.", ["Zenith Inc.", "It said so."]),
    ("據U.S.研究機構的報告。It said so.", ["據U.S.研究機構的報告。", "It said so."]),
])
def test_abbreviation_dot_ends_a_sentence_only_before_an_opening_word(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences
