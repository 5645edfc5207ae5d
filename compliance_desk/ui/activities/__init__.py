"""Processing activities and recipients: dialogs."""
