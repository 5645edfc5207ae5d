"""Pure-Python domain: vocabularies, entities, rules. Imports no Qt and no SQL driver."""
