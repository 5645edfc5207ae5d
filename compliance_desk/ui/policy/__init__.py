"""The policy check page."""
