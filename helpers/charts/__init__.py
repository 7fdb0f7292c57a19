"""Every chart of the workbook, one module per stage, on one shared base.

::

    base      new axes in the house style, the empty-chart message, legends, the source line
    text      plot_lengths (paragraphs, sentences)
    terms     plot_term_frequency, plot_ngrams, plot_collocations, plot_dispersion
    actors    plot_actor_mentions, plot_side_by_paragraph, plot_cooccurrence
    voices    plot_share_of_voice, plot_quotes
    framing   plot_naming, plot_frames, plot_keyness, plot_tone, comparison_figure
    corpus    plot_per_article, plot_names, plot_frame_spread, plot_keyness, plot_by_group
    agreement plot_confusion, confusion_figure (hand codes against the rules, notebook 07)

Every ``plot_*`` takes a table (and an optional ``ax``), draws, and returns the Axes; it never
shows or saves: :func:`helpers.figures.save` writes the PNG, SVG and CSV.  To add a chart, add
a ``plot_*`` to the module of its stage, decorated with :func:`base.chart`.
"""

from helpers.charts import actors, agreement, base, corpus, framing, terms, text, voices
from helpers.charts.base import add_source, empty_message

__all__ = ["actors", "add_source", "agreement", "base", "corpus", "empty_message", "framing", "terms",
           "text", "voices"]
