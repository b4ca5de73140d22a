#!/usr/bin/env python3
"""Where a test run's time went: the slowest test classes and tests of .trx files, and the slowest
end-to-end journeys of a Playwright JSON report.

  scripts/slowest-tests.py RESULTS/*.trx [RESULTS/e2e.json] [--top 40]

For each class: the sum of its tests' durations (what it costs), its span from the first test's start to the
last one's end (what it adds to the wall time when it runs alone), and its test count. xunit runs classes in
parallel, so the sums add up to more than the run's wall time.
"""
import json
import signal
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def seconds(duration):
    h, m, s = duration.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def moment(text):
    # 2026-12-06T23:30:01.1234567+00:00: Python's fromisoformat takes six fraction digits at most.
    if "." in text:
        head, rest = text.split(".", 1)
        digits = "".join(c for c in rest if c.isdigit())
        zone = rest[len(digits):]
        text = f"{head}.{digits[:6].ljust(6, '0')}{zone}"
    return datetime.fromisoformat(text)


def trx(path, top):
    root = ET.parse(path).getroot()
    classes = {}
    for test in root.iterfind(".//t:UnitTest", NS):
        method = test.find("t:TestMethod", NS)
        classes[test.get("id")] = method.get("className").split(",")[0]
    tests = []
    per_class = defaultdict(lambda: [0.0, None, None, 0])
    for result in root.iterfind(".//t:UnitTestResult", NS):
        duration = seconds(result.get("duration", "0:0:0"))
        cls = classes.get(result.get("testId"), "?")
        tests.append((duration, cls.rsplit(".", 1)[-1] + "." + result.get("testName").split(".")[-1], result.get("outcome")))
        entry = per_class[cls]
        entry[0] += duration
        entry[3] += 1
        start, end = result.get("startTime"), result.get("endTime")
        if start and end:
            start, end = moment(start), moment(end)
            entry[1] = start if entry[1] is None or start < entry[1] else entry[1]
            entry[2] = end if entry[2] is None or end > entry[2] else entry[2]
    times = root.find("t:Times", NS)
    wall = (moment(times.get("finish")) - moment(times.get("start"))).total_seconds() if times is not None else 0
    total = sum(d for d, _, _ in tests)
    print(f"== {path}: {len(tests)} tests, {total:.0f} s of test time in {wall:.0f} s of wall time")
    print(f"-- the {top} slowest classes (sum of tests / span / tests)")
    ranked = sorted(per_class.items(), key=lambda kv: -kv[1][0])[:top]
    for cls, (total, start, end, count) in ranked:
        span = (end - start).total_seconds() if start and end else 0
        print(f"{total:8.1f} s {span:8.1f} s {count:5d}  {cls.rsplit('.', 2)[-2]}.{cls.rsplit('.', 1)[-1]}")
    print(f"-- the {top} slowest tests")
    for duration, name, outcome in sorted(tests, reverse=True)[:top]:
        print(f"{duration:8.1f} s  {name}{'' if outcome == 'Passed' else '  (' + str(outcome) + ')'}")


def playwright(path, top):
    report = json.load(open(path, encoding="utf-8"))
    specs = []

    def walk(suite, file):
        file = suite.get("file", file)
        for spec in suite.get("specs", []):
            duration = sum(r.get("duration", 0) for t in spec.get("tests", []) for r in t.get("results", [])) / 1000
            specs.append((duration, f"{file}: {spec.get('title')}"))
        for child in suite.get("suites", []):
            walk(child, file)

    for suite in report.get("suites", []):
        walk(suite, suite.get("file", "?"))
    per_file = defaultdict(float)
    for duration, name in specs:
        per_file[name.split(":")[0]] += duration
    print(f"== {path}: {len(specs)} journeys' steps, {sum(d for d, _ in specs):.0f} s (the run: {report.get('stats', {}).get('duration', 0) / 1000:.0f} s)")
    print("-- per spec file")
    for file, duration in sorted(per_file.items(), key=lambda kv: -kv[1]):
        print(f"{duration:8.1f} s  {file}")
    print(f"-- the {top} slowest steps")
    for duration, name in sorted(specs, reverse=True)[:top]:
        print(f"{duration:8.1f} s  {name}")


def main(args):
    top = 40
    if "--top" in args:
        i = args.index("--top")
        top = int(args[i + 1])
        del args[i:i + 2]
    if not args:
        print(__doc__)
        return 2
    for path in args:
        (playwright if path.endswith(".json") else trx)(path, top)
        print()
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into head: stop quietly
    sys.exit(main(sys.argv[1:]))
