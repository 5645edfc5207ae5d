"""What can go wrong with a register on a server, each a known error with one plain line."""

from __future__ import annotations

from compliance_desk.domain.errors import KnownError
from compliance_desk.storage.errors import RegisterTooNew


class WriteRefused(KnownError):
    """The database refused a write for lack of privilege: an auditor (or a user with no role)."""

    exit_code = 1

    def __init__(self, user: str) -> None:
        super().__init__("server_write_refused", user=user)


class ServerWrongPassword(KnownError):
    exit_code = 3  # as a wrong passphrase

    def __init__(self, target: str) -> None:
        super().__init__("server_wrong_password", target=target)


class ServerUnavailable(KnownError):
    exit_code = 1

    def __init__(self, target: str, detail: str) -> None:
        super().__init__("server_unavailable", target=target, detail=detail)


class NotInitialised(KnownError):
    exit_code = 3  # as "not a register"

    def __init__(self, target: str) -> None:
        super().__init__("server_not_initialised", target=target)


class NeedsUpgrade(KnownError):
    exit_code = 1

    def __init__(self, target: str, found: int, known: int) -> None:
        super().__init__("server_needs_upgrade", target=target, found=found, known=known)


class ServerTooNew(RegisterTooNew):
    """The register on the server was upgraded by a newer app: refused, nothing written (exit 1)."""

    def __init__(self, target: str, found: int, known: int) -> None:
        KnownError.__init__(self, "server_too_new", target=target, found=found, known=known)


class NotOnServer(KnownError):
    exit_code = 2

    def __init__(self, feature: str) -> None:
        super().__init__("server_not_on_file", feature=feature)


class ServerError(KnownError):
    exit_code = 1

    def __init__(self, detail: str) -> None:
        super().__init__("server_error", detail=detail)


class ConnectionLost(KnownError):
    """The server went away while the register was open (a restart, a network cut)."""

    exit_code = 1
    at_commit = False  # lost while COMMIT was on its way: the change may or may not have been saved

    def __init__(self, detail: str) -> None:
        super().__init__("server_connection_lost", detail=detail)


class CertificateRefused(KnownError):
    """The server's certificate is not one the trusted CA signed for that host (or TLS is missing)."""

    exit_code = 3  # as a register that is not the one asked for

    def __init__(self, target: str, detail: str) -> None:
        super().__init__("server_certificate_refused", target=target, detail=detail)
