"""Personal-data breaches: page, dialogs, steps and the status bar's countdown to SDAIA."""
