"""Compliance Desk: encrypted compliance registers and bilingual reports."""

__version__ = "0.1.0"
