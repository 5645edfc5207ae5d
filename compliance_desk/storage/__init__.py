"""The SQLCipher register: open/create/lock/rekey/backup, migrations, audit chain, use cases."""
