"""Hold a published privacy policy against the register.

Reads a policy (plain text, .docx or .html; Arabic or English), finds what it states — data
categories, purposes, recipients, rights, retention, legal bases, transfers, security, contacts —
each with its vocabulary code, the sentence that says it and whether it is said, denied or said on
a condition; finds template text left in it and statements that contradict each other; then
compares that with what the register records. The phrases live in data files (lexicon/ar.txt,
lexicon/en.txt) an officer can extend.
"""

from compliance_desk.domain.policy.compare import (
           CORE_RIGHTS,
           PDPL_RIGHTS,
           Gap,
           RegisterFacts,
           compare,
           missing,
)
from compliance_desk.domain.policy.findings import KINDS, STATED, Finding, codes, find
from compliance_desk.domain.policy.lexicon import Entry, lexicon, parse_lexicon
from compliance_desk.domain.policy.reading import html_text, language_of, read_policy
from compliance_desk.domain.policy.words import sentence_at, sentence_span, stems, tokens

__all__ = ["CORE_RIGHTS", "KINDS", "PDPL_RIGHTS", "STATED", "Entry", "Finding", "Gap", "RegisterFacts", "codes",
           "compare", "find", "html_text", "language_of", "lexicon", "missing", "parse_lexicon", "read_policy",
           "sentence_at", "sentence_span", "stems", "tokens"]
