"""Client side of one recorded run, for the observe recorder (Python standard library only).

Reads one job as JSON on stdin and prints one JSON object on stdout:
{"transcript": [...], "result": {...}}. Two modes:

- "ftplib": calls methods of ftplib.FTP (or FTP_TLS) the way a user's script does, and
  reports what each call returned or the exception class and text it raised.
- "raw": a plain socket client that sends exactly the lines it is given, for sequences
  that ftplib, curl and lftp never send (RNTO without RNFR, RETR with no data connection).

Transcript items: {"client": line}, {"server": [lines of one reply]}, {"event": text}.
Every wait is bounded by the job's timeout; nothing here sleeps for a fixed time.
"""

import ftplib
import io
import json
import re
import select
import socket
import ssl
import sys
import time

transcript = []


def event(text):
    transcript.append({"event": text})


def client_line(line, note=None):
    item = {"client": line}
    if note:
        item["note"] = note
    transcript.append(item)


def server_reply(lines, focus=False):
    item = {"server": lines}
    if focus:
        item["focus"] = True
    transcript.append(item)


def tls_context():
    """A client context that accepts the recorder's self-signed certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def describe_exception(error):
    """The exception class as a user's traceback names it, and its text."""
    cls = type(error)
    module = cls.__module__
    name = cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"
    return {"class": name, "text": str(error)}


# ---------------------------------------------------------------- ftplib mode


def recording_class(base):
    """An ftplib class that records every line it sends and every reply it reads."""

    class Recording(base):
        def putline(self, line):
            client_line(line)
            super().putline(line)

        def voidresp(self):
            # After a download, ftplib reads the final reply; say what arrived on the
            # data connection first, in the order it happened.
            if self.received is not None:
                event(f"received {len(self.received)} bytes on the data connection")
                self.received = None
            return super().voidresp()

        def getmultiline(self):
            try:
                reply = super().getmultiline()
            except EOFError:
                event("the server closed the control connection")
                raise
            server_reply(reply.split("\n"), focus=self.focus_next)
            self.focus_next = False
            return reply

        def abort(self):
            # ftplib sends ABOR itself, bypassing putline; record it the same way.
            urgent = not isinstance(self, ftplib.FTP_TLS)
            client_line("ABOR", "sent by ftplib with MSG_OOB, which makes its last byte urgent data" if urgent else None)
            line = b"ABOR\r\n"
            if urgent:
                self.sock.sendall(line, socket.MSG_OOB)
            else:
                self.sock.sendall(line)
            resp = self.getmultiline()
            if resp[:3] not in {"426", "225", "226"}:
                raise ftplib.error_proto(resp)
            return resp

    Recording.focus_next = False
    Recording.received = None
    return Recording


def returned_value(value):
    """What a call returned, in a form that stays the same from run to run."""
    if value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, list):
        return [list(v) if isinstance(v, tuple) else v for v in value]
    if isinstance(value, tuple):
        return list(value)
    return repr(type(value).__name__)


def call_ftplib(ftp, step):
    """Runs one step against the FTP object and returns what it returned."""
    name = step["call"]
    args = step.get("args", [])
    if name == "retrbinary":
        ftp.received = bytearray()
        try:
            return ftp.retrbinary(args[0], ftp.received.extend, **step.get("kwargs", {}))
        finally:
            ftp.received = None
    if name == "retrlines":
        return ftp.retrlines(args[0], lambda line: event(f"data: {line}"))
    if name == "storbinary":
        return ftp.storbinary(args[0], io.BytesIO(args[1].encode()), **step.get("kwargs", {}))
    if name == "transfercmd":
        conn = ftp.transfercmd(*args)
        ftp.open_data = conn
        event("data connection open")
        return None
    if name == "read-data":
        chunk = ftp.open_data.recv(step.get("bytes", 65536))
        event(f"read {'some' if chunk else 'no'} bytes from the data connection")
        return None
    if name == "close-data":
        ftp.open_data.close()
        event("the client closed the data connection")
        return None
    if name == "mlsd":
        return [[name_, facts.get("type")] for name_, facts in ftp.mlsd(*args)]
    if name == "dir":
        ftp.dir(*args, lambda line: event(f"data: {line}"))
        return None
    return getattr(ftp, name)(*args)


def run_ftplib(job):
    base = ftplib.FTP_TLS if job.get("tls") else ftplib.FTP
    cls = recording_class(base)
    kwargs = {"timeout": job["timeout"]}
    if job.get("tls"):
        kwargs["context"] = tls_context()
    ftp = cls(**kwargs)
    ftp.open_data = None
    calls = []
    steps = [{"call": "connect", "args": [job["host"], job["port"]]}] + job["steps"]
    for step in steps:
        ftp.focus_next = bool(step.get("focus"))
        label = step.get("label") or f"{step['call']}({', '.join(repr(a) for a in step.get('args', []))})"
        if step["call"] == "connect":
            label = "connect(host, port)"
        record = {"call": label}
        try:
            record["returned"] = returned_value(call_ftplib(ftp, step))
            calls.append(record)
        except ftplib.Error as error:
            record["raised"] = describe_exception(error)
            calls.append(record)
        except (OSError, EOFError) as error:
            record["raised"] = describe_exception(error)
            calls.append(record)
            break  # the connection is gone: a user's script stops here too
    try:
        ftp.sock and ftp.sock.close()
    except OSError:
        pass
    return {"calls": calls}


# ---------------------------------------------------------------- raw mode

REPLY_START = re.compile(r"^(\d{3})([ -])")


class Control:
    """One control connection that reads whole replies (multi-line ones intact)."""

    def __init__(self, host, port, timeout):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buffer = b""
        self.timeout = timeout
        self.closed = False

    def starttls(self):
        self.sock = tls_context().wrap_socket(self.sock)

    def send(self, text, telnet_abort=False):
        if telnet_abort:
            # RFC 959 section 4.1.3: Telnet IP, then Synch (IAC with DM as urgent data), then
            # the command in the normal stream.
            self.sock.sendall(b"\xff\xf4\xff")
            self.sock.send(b"\xf2", socket.MSG_OOB)
        self.sock.sendall(text.encode("utf-8") + b"\r\n")

    def _line(self, deadline):
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(4096)
            except socket.timeout:
                raise TimeoutError from None
            if not chunk:
                if self.buffer:
                    line, self.buffer = self.buffer, b""
                    return line.decode("utf-8", "replace")
                raise EOFError
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.rstrip(b"\r").decode("utf-8", "replace")

    def reply(self, seconds):
        """Reads one reply; returns its lines, or raises EOFError / TimeoutError."""
        deadline = time.monotonic() + seconds
        first = self._line(deadline)
        lines = [first]
        match = REPLY_START.match(first)
        if match and match.group(2) == "-":
            while True:
                nxt = self._line(deadline)
                lines.append(nxt)
                if nxt[:3] == match.group(1) and nxt[3:4] == " ":
                    break
        return lines


class Raw:
    def __init__(self, job):
        self.job = job
        self.timeout = job["timeout"]
        self.controls = {}
        self.data = None
        self.listener = None
        self.pasv_port = None
        self.current = "main"

    def control(self, step):
        return self.controls[step.get("conn", "main")]

    def read(self, step, seconds=None):
        """Records one reply, or the server closing, or silence within the bound."""
        conn = self.control(step)
        seconds = seconds or step.get("seconds") or self.timeout
        try:
            lines = conn.reply(seconds)
        except (EOFError, ConnectionResetError):
            # One event for both: whether a closed connection shows as end-of-file or as a
            # reset depends on timing (a command sent after the server closed causes a reset).
            event("the server closed the control connection")
            conn.closed = True
            return None
        except TimeoutError:
            event(f"no reply within {seconds} seconds")
            return None
        server_reply(lines, focus=bool(step.get("focus")))
        return lines

    def step(self, step):
        kind = step["do"]
        name = step.get("conn", "main")
        if kind != "connect" and name != self.current:
            # Say which connection the following lines belong to when the client switches.
            event("back on the first control connection" if name == "main" else f"on the {name} control connection")
        self.current = name
        if kind == "connect":
            if name != "main":
                event(f"the client opens another control connection ({name})")
            self.controls[name] = Control(self.job["host"], self.job["port"], self.timeout)
            self.read(step)
        elif kind == "send":
            conn = self.control(step)
            if conn.closed:
                event(f"not sent ({step['line'].split(' ')[0]}): the server had closed this connection")
                return
            note = "after Telnet IP and Synch (RFC 959 section 4.1.3)" if step.get("telnet-abort") else None
            client_line(step["line"], note)
            try:
                conn.send(step["line"], telnet_abort=bool(step.get("telnet-abort")))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the read below records the closed connection
            for _ in range(step.get("replies", 1)):
                if self.read(step) is None:
                    break
        elif kind == "read":
            self.read(step)
        elif kind == "pasv":
            client_line(step["line"])
            self.control(step).send(step["line"])
            lines = self.read(step)
            if lines:
                self.pasv_port = parse_pasv_port(lines[-1])
                if step.get("connect", True) and self.pasv_port:
                    self.data = socket.create_connection((self.job["host"], self.pasv_port), timeout=self.timeout)
                    event("the client opened the data connection")
        elif kind == "port":
            self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self.listener.bind(("127.0.0.1", 0))
            self.listener.listen(1)
            self.listener.settimeout(self.timeout)
            port = self.listener.getsockname()[1]
            if step.get("close-listener"):
                self.listener.close()  # nobody will accept: the server's connect is refused
            line = step["line"].replace("{port-hi}", str(port // 256)).replace("{port-lo}", str(port % 256)).replace("{data-port}", str(port))
            client_line(line)
            self.control(step).send(line)
            self.read(step)
        elif kind == "accept":
            try:
                self.data, _ = self.listener.accept()
                self.data.settimeout(self.timeout)
                event("the server connected to the client's data port")
            except socket.timeout:
                event(f"the server did not connect within {self.timeout} seconds")
        elif kind == "data-read":
            self.data_read(step)
        elif kind == "data-drain":
            # Reads the data connection to its end, so the server is never stuck writing. How
            # many bytes that is depends on timing, so only the end is recorded.
            deadline = time.monotonic() + step.get("seconds", self.timeout)
            try:
                while time.monotonic() < deadline:
                    self.data.settimeout(max(0.01, deadline - time.monotonic()))
                    if not self.data.recv(1 << 20):
                        event("the client read the data connection until the server closed it")
                        break
                else:
                    event("the data connection was still open when the client stopped reading")
            except (socket.timeout, TimeoutError):
                event("the data connection was still open when the client stopped reading")
            except OSError:
                event("the client read the data connection until the server closed it")
            self.data.close()
            self.data = None
        elif kind == "data-send":
            payload = step["text"].encode() if "text" in step else b"x" * step["bytes"]
            try:
                self.data.sendall(payload)
            except OSError:
                # The server stopped taking data (a limit, a full disk). Whether that shows as an
                # error here depends on socket buffers, so the event below does not say.
                pass
            self.data.close()
            self.data = None
            event(f"the client sent up to {len(payload)} bytes (as many as the server took) and closed the data connection")
        elif kind == "data-close":
            if step.get("reset"):
                self.data.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.data.close()
            self.data = None
            event("the client reset the data connection" if step.get("reset") else "the client closed the data connection")
        elif kind == "starttls":
            conn = self.control(step)
            try:
                conn.starttls()
                event("TLS handshake on the control connection succeeded")
            except (ssl.SSLError, OSError) as error:
                event(f"TLS handshake on the control connection failed: {describe_exception(error)['class']}")
                raise StopRun from None
        elif kind == "data-tls":
            try:
                conn = self.control(step)
                self.data = tls_context().wrap_socket(self.data, session=getattr(conn.sock, "session", None))
                event("TLS handshake on the data connection succeeded")
            except (ssl.SSLError, OSError) as error:
                event(f"TLS handshake on the data connection failed: {describe_exception(error)['class']}")
                self.data = None
        elif kind == "wait":
            # Waits for the server to act on its own (an idle timeout): bounded by step seconds.
            self.read(step, seconds=step["seconds"])
        elif kind == "close":
            self.control(step).sock.close()
            event("the client closed the control connection")
        else:
            raise ValueError(f"unknown raw step {kind}")
        if name == "main" and self.controls["main"].closed:
            raise StopRun  # later steps on the first connection cannot run

    def data_read(self, step):
        if self.data is None:
            event("no data connection to read from")
            return
        limit = step.get("bytes")
        received = bytearray()
        deadline = time.monotonic() + self.timeout
        try:
            while limit is None or len(received) < limit:
                left = deadline - time.monotonic()
                if left <= 0:
                    event(f"the data connection stayed open past {self.timeout} seconds")
                    break
                self.data.settimeout(left)
                chunk = self.data.recv(65536 if limit is None else min(65536, limit - len(received)))
                if not chunk:
                    break
                received.extend(chunk)
        except (socket.timeout, TimeoutError):
            event(f"the data connection stayed open past {self.timeout} seconds")
        except OSError as error:
            event(f"reading the data connection failed: {describe_exception(error)['class']}")
        if limit is not None:
            event(f"the client read {len(received)} bytes and stopped reading")
            return
        self.data.close()
        self.data = None
        if step.get("show"):
            # A listing: its lines, not its length (names and ids change its length per machine).
            for line in received.decode("utf-8", "replace").splitlines():
                event(f"data: {line}")
            event("the server closed the data connection")
        else:
            event(f"received {len(received)} bytes; the server closed the data connection")


class StopRun(Exception):
    """The control connection is gone: later steps cannot run."""


def parse_pasv_port(line):
    match = re.search(r"\(\|\|\|(\d+)\|\)", line)
    if match:
        return int(match.group(1))
    match = re.search(r"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", line)
    if match:
        return int(match.group(5)) * 256 + int(match.group(6))
    return None


def run_raw(job):
    raw = Raw(job)
    try:
        for step in [{"do": "connect"}] + job["steps"]:
            raw.step(step)
    except StopRun:
        pass
    except ConnectionError:
        event("the server closed the control connection")
    return {}


def main():
    job = json.load(sys.stdin)
    result = run_ftplib(job) if job["mode"] == "ftplib" else run_raw(job)
    json.dump({"transcript": transcript, "result": result}, sys.stdout)


if __name__ == "__main__":
    main()
