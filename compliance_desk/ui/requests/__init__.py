"""The data-subject request register's page, its dialogs, and the one view of a person."""
