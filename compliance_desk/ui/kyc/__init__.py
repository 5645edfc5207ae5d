"""KYC: customers, documents and checks."""
