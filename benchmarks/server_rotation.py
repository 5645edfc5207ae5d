"""How long `server rotate-key` holds the writers' lock: every sealed value re-sealed in one transaction.

    python benchmarks/server_rotation.py [--customers 2000] [--quick]

Starts a throwaway cluster (tests/pg.py: Unix socket, fsync off), makes a register with a register
key, N customers each with a date of birth, phone, e-mail and address and one passport (number and
MRZ), then times one rotation (storage/pg/rotation.py): the rows re-sealed per second and the whole
transaction, during which officers' saves wait. --quick: 200 customers (a smoke test).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compliance_desk.storage import kyc  # noqa: E402
from compliance_desk.storage.pg import rotation, server  # noqa: E402
from compliance_desk.storage.register import Register  # noqa: E402
from tests import pg  # noqa: E402

KEY = "the owner's register passphrase"
MRZ = ("P<SAUALHARBI<<LAYLA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
       "P7788123<1SAU9001017F3001012<<<<<<<<<<<<<<06")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    count = 200 if args.quick else args.customers
    cluster = pg.start_cluster()
    try:
        with pg.admin(cluster) as conn:
            conn.execute("CREATE DATABASE rotation_bench")
        url = cluster.url("rotation_bench")
        server.init(url, pg.SUPERUSER_PASSWORD, register_passphrase=KEY)
        with Register.open(url, pg.SUPERUSER_PASSWORD, register_passphrase=KEY) as reg:
            with reg.atomic():
                for n in range(count):
                    customer = kyc.save_customer(reg, None, {
                        "client_ref": f"C-{n}", "full_name_en": f"Customer {n}", "date_of_birth": "1990-01-01",
                        "phone": f"+9665{n:08d}", "email": f"c{n}@example.sa", "address": f"{n} King Fahd Road"})
                    kyc.save_document(reg, None, {"customer_id": customer, "doc_type": "passport",
                                                  "number": f"P{n:07d}", "mrz": MRZ})
        started = time.perf_counter()
        result = rotation.rotate_key(url, pg.SUPERUSER_PASSWORD, KEY)
        took = time.perf_counter() - started
        print(f"rotate-key: {result.rows} rows re-sealed in {took:.2f} s ({result.rows / took:.0f} rows/s),"
              f" one transaction; {count} customers with 4 sealed fields and one passport each")
    finally:
        pg.remove_cluster(cluster)


if __name__ == "__main__":
    main()
