"""eventcoder: political event data from German and English news.

    >>> import eventcoder
    >>> doc = eventcoder.code_text("Lawrow lehnte den Vorschlag der NATO ab.", lang="de")
"""

__version__ = "0.1.0"
