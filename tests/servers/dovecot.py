"""A real Dovecot IMAP server for the tests: Debian's ``dovecot-imapd``, started on
127.0.0.1 on free ports with a throw-away user, password and Maildir, a self-signed
certificate (``trustme``) for TLS (IMAPS) and STARTTLS, and special-use folders (Sent,
Drafts, Archive). ``Dovecot.append`` puts messages on it over IMAP APPEND, as a mail program
would. Reusable by any test that needs an IMAP server (the Drafts hand-off appends drafts).

``make test`` installs Dovecot where it is missing; a system Dovecot service is left alone
(this one has its own configuration, folders and ports).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import trustme
from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "ana"
PASSWORD = "correct horse battery staple 7"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_CONFIG = """
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
ssl_min_protocol = TLSv1.2
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
first_valid_gid = {gid}
auth_mechanisms = plain login
disable_plaintext_auth = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = {separator}
{mailboxes}}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


# Folders flagged for their special use (RFC 6154), created for every user.
_SPECIAL_FOLDERS = """  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
"""


@dataclass
class Dovecot:
    """A running Dovecot: where to reach it, who may log in, and the CA that signed it."""

    root: Path
    imap_port: int  # plain IMAP, for STARTTLS
    imaps_port: int  # TLS from the first byte
    ca_file: Path  # the certificate authority that signed the server's certificate
    user: str = USER
    password: str = PASSWORD
    host: str = "127.0.0.1"

    special_use: bool = True

    @classmethod
    def start(cls, *, special_use: bool = True) -> Dovecot:
        """Start a server; ``special_use=False`` flags no folder and creates none (an older or
        plainer server, with "." as the hierarchy separator, as Courier and Cyrus have)."""
        if not os.path.exists(DOVECOT):
            raise RuntimeError(
                "the tests need Dovecot: run 'make test' as root, or 'sudo apt-get install dovecot-imapd'"
            )
        root = Path(tempfile.mkdtemp(prefix="kith-dovecot-"))
        root.chmod(0o755)
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        cert.private_key_pem.write_to_path(str(root / "key.pem"))
        cert.cert_chain_pems[0].write_to_path(str(root / "cert.pem"))
        ca.cert_pem.write_to_path(str(root / "ca.pem"))
        # As root, the mail processes run as an unprivileged user (Dovecot refuses uid 0).
        account = pwd.getpwnam("dovecot") if os.getuid() == 0 else pwd.getpwuid(os.getuid())
        for sub in ("run", "state", "home"):
            (root / sub).mkdir()
        (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        server = cls(
            root=root, imap_port=free_port(), imaps_port=free_port(), ca_file=root / "ca.pem", special_use=special_use
        )
        (root / "dovecot.conf").write_text(
            _CONFIG.format(
                root=root,
                user=account.pw_name,
                group=_group_name(account.pw_gid),
                uid=account.pw_uid,
                gid=account.pw_gid,
                imap_port=server.imap_port,
                imaps_port=server.imaps_port,
                separator="/" if special_use else ".",
                mailboxes=_SPECIAL_FOLDERS if special_use else "",
            )
        )
        if os.getuid() == 0:
            os.chown(root / "home", account.pw_uid, account.pw_gid)
        # Dovecot forks into the background: its children must not hold a pipe of ours open.
        with open(root / "start.log", "wb") as log:
            subprocess.run([DOVECOT, "-c", str(root / "dovecot.conf")], check=True, stdout=log, stderr=log)
        server._wait()
        return server

    def _wait(self) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((self.host, self.imaps_port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        log = (self.root / "dovecot.log").read_text() if (self.root / "dovecot.log").exists() else ""
        raise RuntimeError(f"Dovecot did not start: {log[-2000:]}")

    def stop(self) -> None:
        subprocess.run(
            [DOVECOT, "-c", str(self.root / "dovecot.conf"), "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        pid_file = self.root / "run" / "master.pid"
        deadline = time.monotonic() + 10
        while pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        shutil.rmtree(self.root, ignore_errors=True)

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def client(self) -> IMAPClient:
        client = IMAPClient(self.host, port=self.imaps_port, ssl=True, ssl_context=self.tls_context(), timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, folder: str, *messages: bytes, flags: tuple[bytes, ...] = (b"\\Seen",)) -> None:
        """Put messages in ``folder`` over IMAP APPEND (creating the folder when needed)."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for message in messages:
                client.append(folder, message.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), flags=flags)

    def empty(self) -> None:
        """Delete every message and every folder a test created (the special ones stay)."""
        with self.client() as client:
            for _flags, _sep, name in client.list_folders():
                client.select_folder(name)
                client.delete_messages(client.search("ALL"))
                client.expunge()
                client.unselect_folder()
                if name != "INBOX" and (name not in ("Sent", "Drafts", "Archive") or not self.special_use):
                    client.delete_folder(name)

    def reset_uidvalidity(self, folder: str) -> None:
        """Re-create ``folder`` (not INBOX) with the same messages: a new UIDVALIDITY, as
        after a server move."""
        with self.client() as client:
            client.select_folder(folder)
            kept = [data[b"RFC822"] for data in client.fetch(client.search("ALL"), ["RFC822"]).values()]
            client.unselect_folder()
            client.rename_folder(folder, folder + "-old")
            client.create_folder(folder)
            for message in kept:
                client.append(folder, message)
            client.delete_folder(folder + "-old")


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name
