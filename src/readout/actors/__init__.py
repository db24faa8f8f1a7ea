"""Stage 4, actors: who each mention refers to, on the date of the document."""

from readout.actors.kb import KnowledgeBase, load_kb
from readout.actors.mentions import ActorFinder
from readout.actors.tokens import TokenMention

__all__ = ["ActorFinder", "KnowledgeBase", "TokenMention", "load_kb"]
