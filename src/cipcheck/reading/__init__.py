"""The reading layer shared by every reader of prose (see ``text``)."""

from cipcheck.reading.text import Reading, Sentence, Token, read

__all__ = ["Reading", "Sentence", "Token", "read"]
