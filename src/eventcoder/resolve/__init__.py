"""Actor resolution: the knowledge base, spelling-proof matching, offices on dates."""

from eventcoder.resolve.kb import KnowledgeBase, Match, Office, load_kb, resolve_office

__all__ = ["KnowledgeBase", "Match", "Office", "load_kb", "resolve_office"]
