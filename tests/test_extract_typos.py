import pytest

from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.loaders.extract.typos import TypoResolver


@pytest.fixture(scope="module")
def resolver(extractor):
    return TypoResolver(extractor.gazetteer)


@pytest.mark.parametrize("token, entity", [("grt -oss", "gpt-oss"), ("gpt-osss", "gpt-oss"), ("Anthropik", "anthropic")])
def test_typos_long_names_resolve(resolver, token, entity):
    assert resolver.resolve(token) == entity


@pytest.mark.parametrize("token", ["gpt", "Gemmy", "models", "opened", "cloud", "Quen", "the", "benchmark"])
def test_typos_short_or_ordinary_words_never_resolve(resolver, token):
    assert resolver.resolve(token) is None


def test_typos_a_short_word_next_to_a_model_stays_unresolved(extractor):
    mentions = extractor.mentions(Normalised.of("Qwen3 beat grt -oss, but the new Gemmo app did not."))
    assert [m.entity_id for m in mentions] == ["qwen3", "gpt-oss"]
    assert mentions[1].confidence < 1.0
