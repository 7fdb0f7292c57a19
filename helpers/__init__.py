"""Helpers shared by the framing workbook's notebooks.

One module per stage of the analysis, each importing only the stages above it::

    paths     where things live (project root, data, figures)
    article   load_article(path) -> Article: metadata, paragraphs, removed boilerplate
    text      sentences and tokens as tidy DataFrames
    style     colours and the house look of every chart
    figures   save(fig, name, data, article_id) -> PNG, SVG and CSV

>>> from helpers import article, text
>>> art = article.load_article(article.DEFAULT_ARTICLE)
>>> len(text.sentences(art))
13
"""
