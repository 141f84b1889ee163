#!/usr/bin/env python3
"""ptyrun.py [options] [STEP...] -- COMMAND [ARG...]: runs COMMAND on a
pseudo-terminal of a given size and records every byte it writes.

Options:
  --size COLSxROWS   the terminal's size (default 80x24)
  --term NAME        TERM for the command (default: as inherited, else xterm)
  --out FILE         where to write the recorded bytes (default: standard output)
  --timeout SECONDS  the most the whole run may take (default 30); then the
                     command is killed and ptyrun exits 124

Steps, done in order while the command runs:
  --wait TEXT        wait until the output holds TEXT (bounded by --timeout)
  --send KEYS        type KEYS (Python escapes: \\r Enter, \\x1b Escape, \\t)
  --pause SECONDS    wait, reading output meanwhile

After the steps, ptyrun waits for the command to end and exits with its
status (128+N if a signal N ended it).
"""
import errno
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time


class Run:
    def __init__(self, argv, cols, rows, term, deadline):
        self.out = bytearray()
        self.deadline = deadline
        env = dict(os.environ)
        env["TERM"] = term
        env["COLUMNS"], env["LINES"] = str(cols), str(rows)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def left(self):
        return self.deadline - time.monotonic()

    def read(self, seconds):
        """Reads what comes within seconds; False once the command has closed."""
        end = min(time.monotonic() + seconds, self.deadline)
        while True:
            wait = end - time.monotonic()
            if wait <= 0:
                return True
            r, _, _ = select.select([self.fd], [], [], wait)
            if not r:
                return True
            try:
                data = os.read(self.fd, 65536)
            except OSError as e:
                if e.errno == errno.EIO:
                    return False
                raise
            if not data:
                return False
            self.out += data

    def wait_for(self, text):
        while text.encode() not in self.out:
            if self.left() <= 0 or not self.read(0.1):
                return text.encode() in self.out
        return True

    def send(self, keys):
        os.write(self.fd, keys.encode("utf-8").decode("unicode_escape").encode("latin-1"))

    def finish(self):
        """Reads until the command ends; its exit status, or 124 if it
        outlived the deadline and was killed."""
        while self.left() > 0:
            open_ = self.read(0.2)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.read(0.2)
                return self.decode(status)
            if not open_:
                time.sleep(0.02)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        return 124

    @staticmethod
    def decode(status):
        if os.WIFSIGNALED(status):
            return 128 + os.WTERMSIG(status)
        return os.WEXITSTATUS(status)


def main(argv):
    opts = {"--size": "80x24", "--term": os.environ.get("TERM") or "xterm",
            "--out": None, "--timeout": "30"}
    steps = []
    while argv and argv[0] != "--":
        if len(argv) < 2:
            sys.exit("ptyrun: %s wants a value" % argv[0])
        if argv[0] in opts:
            opts[argv[0]] = argv[1]
        elif argv[0] in ("--wait", "--send", "--pause"):
            steps.append((argv[0], argv[1]))
        else:
            sys.exit("ptyrun: unknown option %s" % argv[0])
        argv = argv[2:]
    if len(argv) < 2:
        sys.exit(__doc__)
    cols, rows = (int(x) for x in opts["--size"].split("x"))
    run = Run(argv[1:], cols, rows, opts["--term"],
              time.monotonic() + float(opts["--timeout"]))
    waited = True
    for kind, arg in steps:
        if kind == "--wait":
            waited = run.wait_for(arg) and waited
        elif kind == "--send":
            run.read(0.05)
            run.send(arg)
        else:
            run.read(float(arg))
    rc = run.finish()
    if opts["--out"]:
        with open(opts["--out"], "wb") as f:
            f.write(run.out)
    else:
        sys.stdout.buffer.write(run.out)
    if not waited:
        sys.stderr.write("ptyrun: a --wait never saw its text\n")
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
