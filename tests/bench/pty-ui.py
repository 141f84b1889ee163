#!/usr/bin/env python3
"""pty-ui.py MODE [options] -- COMMAND...: runs COMMAND on a pseudo-terminal
and measures what a user over a slow link would feel.

  frame   the time from starting COMMAND to its first frame (the output
          shows --marker), and its peak memory (ru_maxrss) after --keys q
  scroll  the bytes COMMAND writes for one key (--key, default j) once
          --setup keys have been sent; the median of --repeat tries

Options: --rows R --cols C (default 30x100), --term T (xterm-256color),
--marker REGEX, --setup KEYS, --key K, --repeat N, --quiet SECONDS,
--keys KEYS (what ends it, default Q), --stat median|mean (of the tries,
default median), --dump FILE (scroll: writes the bytes of each try to
FILE, a try a line, escapes as \e, to read what the terminal was sent).
Prints one line: "frame_ms maxrss_kb" or "bytes".
"""
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time


def spawn(argv, rows, cols, env):
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_until(fd, pattern, timeout):
    """Reads until the output matches pattern; returns (bytes, seconds)."""
    start, out = time.monotonic(), b""
    rx = re.compile(pattern.encode())
    while time.monotonic() - start < timeout:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            out += data
            if rx.search(out):
                return out, time.monotonic() - start
    raise SystemExit(f"pty-ui: no {pattern!r} within {timeout}s")


def drain(fd, quiet):
    """Reads until nothing comes for quiet seconds; returns the bytes."""
    out = b""
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return out
        try:
            data = os.read(fd, 65536)
        except OSError:
            return out
        if not data:
            return out
        out += data


def finish(pid, fd, keys, quiet):
    for k in keys:
        try:
            os.write(fd, k.encode())
        except OSError:
            break
        drain(fd, 0.05)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return usage
        drain(fd, 0.05)
    os.kill(pid, signal.SIGKILL)
    return os.wait4(pid, 0)[2]


def shown(data):
    """The bytes as text: escapes as \\e, other controls as \\xNN."""
    out = data.decode("utf-8", "backslashreplace").replace("\x1b", "\\e")
    return "".join(c if c >= " " else f"\\x{ord(c):02x}" for c in out)


def opts(argv):
    o = {"rows": 30, "cols": 100, "term": "xterm-256color", "marker": "candidates",
         "setup": "", "key": "j", "repeat": 9, "quiet": 0.3, "keys": "Q", "dump": "",
         "stat": "median"}
    i = 0
    while argv[i] != "--":
        o[argv[i][2:]] = argv[i + 1]
        i += 2
    return o, argv[i + 1:]


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 64
    mode, (o, cmd) = argv[0], opts(argv[1:])
    env = dict(os.environ, TERM=o["term"], LINES=str(o["rows"]), COLUMNS=str(o["cols"]))
    pid, fd = spawn(cmd, int(o["rows"]), int(o["cols"]), env)
    _, took = read_until(fd, o["marker"], 60)
    if mode == "frame":
        drain(fd, float(o["quiet"]))
        usage = finish(pid, fd, o["keys"], float(o["quiet"]))
        print(f"{took * 1000:.1f} {usage.ru_maxrss}")
        return 0
    drain(fd, float(o["quiet"]))
    for k in o["setup"]:
        os.write(fd, k.encode())
        drain(fd, 0.02)
    drain(fd, float(o["quiet"]))
    sizes, tries = [], []
    for _ in range(int(o["repeat"])):
        if o["key"]:
            os.write(fd, o["key"].encode())
        tries.append(drain(fd, float(o["quiet"])))
        sizes.append(len(tries[-1]))
    finish(pid, fd, o["keys"], float(o["quiet"]))
    if o["dump"]:
        with open(o["dump"], "w") as f:
            for t in tries:
                f.write(f"{len(t):5d} {shown(t)}\n")
    sizes.sort()
    if o["stat"] == "mean":
        print(f"{sum(sizes) / len(sizes):.1f}")
    else:
        print(sizes[len(sizes) // 2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
