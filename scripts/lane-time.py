#!/usr/bin/env python3
"""Runs a command and writes "WALL USER SYSTEM" (seconds) to a file: the CPU of the command and of every process it
started, those it left to finish on their own included. GNU time counts only the children each parent waited for;
`dotnet test` ends its test host without waiting for it, so the test host's CPU went uncounted. This process makes
itself the "child subreaper" of what it starts (Linux prctl), so orphans come back to it and it reaps them.

  [LANE_LINGER=seconds] scripts/lane-time.py OUTPUT-FILE COMMAND [ARGS...]   (exits with the command's exit status)
"""
import ctypes
import os
import resource
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def main():
    out, command = sys.argv[1], sys.argv[2:]
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the children waited for are still counted
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    status = 0
    while True:
        try:
            child, code = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        if child == pid:
            status = os.waitstatus_to_exitcode(code)
            # Reap what has ended since; wait for what still runs up to LANE_LINGER seconds (default 0): `dotnet test`
            # returns while its test host is still shutting down, and a lane must not hang on a daemon it left.
            deadline = time.monotonic() + float(os.environ.get("LANE_LINGER", "0"))
            while True:
                try:
                    if os.waitpid(-1, os.WNOHANG)[0] == 0:
                        if time.monotonic() >= deadline:
                            break
                        time.sleep(0.1)
                except ChildProcessError:
                    break
            break
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w") as f:
        f.write(f"{time.monotonic() - started:.2f} {usage.ru_utime:.2f} {usage.ru_stime:.2f}\n")
    sys.exit(status if status >= 0 else 128 - status)


if __name__ == "__main__":
    main()
