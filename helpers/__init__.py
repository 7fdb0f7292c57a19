"""Helpers shared by the framing workbook's notebooks.

One module per stage of the analysis, each importing only the stages above it::

    paths      where things live (project root, data, figures)
    codebooks  read, check and cache every file in data/; CodebookError names file and row
    webpage    a saved web page -> its story as text, its title, what was dropped
    article    load_article(path) -> Article; load_corpus(folder); read_raw(path)
    text       sentences and tokens as tidy DataFrames (Punkt with the workbook's lists)
    terms      frequencies, n-grams, collocations, keyword in context, dispersion
    actors     the actor codebook, mentions, unlisted names, counts, co-occurrence
    speakers   who speaks: the grammar around a cue (source, cue, content), the register
    voices     the voice table, quotations, share of voice
    framing    naming, frames, keyness and tone, all by side
    corpus     the same tables over a folder, in parallel through any executor
    charts/    every chart: one shared base, one module per stage
    display    KWIC styling, the annotated article, the live explorers
    style      the house look of every chart and each side's colour (data/sides.csv)
    figures    save(fig, name, data, article_id) -> PNG, SVG and CSV
    runner     run the notebooks on one article or a folder (`make run`, `make html`)

>>> from helpers import article, text
>>> art = article.load_article(article.DEFAULT_ARTICLE)
>>> len(text.sentences(art))
13
"""
