"""Reports: register data turned into xlsx and PDF files. No Qt."""
