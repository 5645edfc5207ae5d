"""Shared widgets: the paging table model, record forms and dialogs, panels, formatting."""
