"""Sanctions and PEP screening: the lists dialog, the screening page, the hit card."""
