"""What the figure tests share."""

from newsmine.facts.figures import extract_figures


def only(text: str, **kwargs):
    """The one figure of `text` (keyword arguments go to extract_figures)."""
    figures = extract_figures(text, **kwargs)
    assert len(figures) == 1, [f.text for f in figures]
    return figures[0]
