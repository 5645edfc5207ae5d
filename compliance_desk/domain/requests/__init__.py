"""Data-subject requests (DSR-YYYY-NNNN): vocabularies, the PDPL clock, the rules, legal holds.

The law: PDPL Implementing Regulation Art. 3 (answer within 30 days, one extension of up to 30
more days with advance notice and reasons, verify identity, record oral requests, refuse repetitive
or manifestly unreasonable requests with reasons); PDPL Art. 18 and Saudi AML Law Art. 12 (what
may block an erasure). See `deadlines`, `rules` and `holds`.
"""
