"""The LLM extractor: facts from a chat model over any OpenAI-compatible endpoint, kept only when grounded in the text.

``--extractor llm`` and ``--extractor rules+llm`` (the registry's built-ins ``llm`` and
``rules+llm``) live here: ``config`` (environment and options), ``prompt`` and ``contract``
(what is asked, what must come back), ``chunks`` (long articles by paragraphs), ``client`` (the
``openai`` client, retries, the response cache in ``cache``), ``grounding`` (evidence and names
checked against the article) and ``extractor`` (the two extractors and their build report).
The ``openai`` package is imported only when an extractor is built.
"""
