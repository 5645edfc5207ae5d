"""Third-party disclosures: page, dialogs and the transparency figures."""
