"""The audit trail seen from the app: checking a printed report against the register."""
