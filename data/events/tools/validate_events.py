#!/usr/bin/env python3
"""Check data/events/{verbs,nouns,synsets,plover-by-verb}.tsv against FORMAT.md. Python 3 standard library only.

    python3 data/events/tools/validate_events.py        # exit status 1 on any error

Checks: column counts, unique ids of the form <head-with-hyphens>.<n>, codes present in
shared/reference/cameo/cameo-eventcodes-combined.tsv (or ---), every @synset used is defined,
lemmas and items lower case, `^` only in nouns.tsv patterns, `+` at most once per row, source
values, plover-by-verb.tsv rows naming a verb of verbs.tsv, known codes and a PLOVER 2.0 type;
prints counts per file and the 20 most frequent codes.
"""

import collections
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = os.path.normpath(os.path.join(HERE, ".."))
REPO = os.path.normpath(os.path.join(EVENTS, "..", ".."))
CAMEO = os.path.join(REPO, "..", "shared", "reference", "cameo", "cameo-eventcodes-combined.tsv")

COLUMNS = {
    "verbs.tsv": ["id", "verb", "subject", "pattern", "code", "source", "note"],
    "nouns.tsv": ["id", "noun", "pattern", "code", "source", "note"],
    "synsets.tsv": ["name", "lemmas", "source", "note"],
    "plover-by-verb.tsv": ["verb", "codes", "event", "mode", "source", "note"],
}
PLOVER_EVENTS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                 "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
SOURCES = {"petrarch2", "dyad"}
WORD = re.compile(r"^[a-z0-9][a-z0-9'./\-]*$")   # one lemma: lower case, may hold - . / '
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    path = os.path.join(EVENTS, name)
    rows = []
    header = None
    with io.open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                if header != COLUMNS[name]:
                    err("%s: header %r, expected %r" % (name, header, COLUMNS[name]))
                continue
            if len(cols) != len(COLUMNS[name]):
                err("%s:%d: %d columns, expected %d" % (name, lineno, len(cols), len(COLUMNS[name])))
                continue
            rows.append((lineno, dict(zip(header, cols))))
    return rows


def check_lemma(where, lemma):
    for w in lemma.split(" "):
        if not WORD.match(w):
            err("%s: bad lemma %r" % (where, lemma))


def check_items(where, text, synsets, allow_caret):
    if not text:
        return
    items = text.split(" ")
    if items.count("+") > 1:
        err("%s: more than one + in %r" % (where, text))
    for item in items:
        if item == "+":
            continue
        if item.startswith("@"):
            if item[1:] not in synsets:
                err("%s: undefined synset %s" % (where, item))
            continue
        if item.startswith("^"):
            if not allow_caret:
                err("%s: ^ modifier item outside nouns.tsv: %r" % (where, item))
            item = item[1:]
        for alt in item.split("|"):
            if alt.startswith("@"):
                if alt[1:] not in synsets:
                    err("%s: undefined synset %s" % (where, alt))
            elif not WORD.match(alt):
                err("%s: bad item %r in %r" % (where, alt, text))


def main():
    codes = set()
    with io.open(CAMEO, encoding="utf-8") as f:
        next(f)
        for line in f:
            codes.add(line.split("\t", 1)[0])
    syn_rows = read("synsets.tsv")
    synsets = {}
    for lineno, r in syn_rows:
        where = "synsets.tsv:%d" % lineno
        if r["name"] in synsets:
            err("%s: duplicate synset %s" % (where, r["name"]))
        if not re.match(r"^[a-z0-9_]+$", r["name"]):
            err("%s: bad synset name %r" % (where, r["name"]))
        members = r["lemmas"].split("|")
        if len(set(members)) != len(members):
            err("%s: duplicate members in %s" % (where, r["name"]))
        for m in members:
            check_lemma(where, m)
        if r["source"] not in SOURCES:
            err("%s: bad source %r" % (where, r["source"]))
        synsets[r["name"]] = members
    freq = collections.Counter()
    counts = {}
    for name, head in (("verbs.tsv", "verb"), ("nouns.tsv", "noun")):
        rows = read(name)
        ids = set()
        keys = set()
        per_source = collections.Counter()
        for lineno, r in rows:
            where = "%s:%d" % (name, lineno)
            if r["id"] in ids:
                err("%s: duplicate id %s" % (where, r["id"]))
            ids.add(r["id"])
            m = re.match(r"^(.+)\.(\d+)$", r["id"])
            if not m or m.group(1) != r[head].replace(" ", "-"):
                err("%s: id %s does not name %s" % (where, r["id"], r[head]))
            check_lemma(where, r[head])
            if r["code"] != "---" and r["code"] not in codes:
                err("%s: code %r not in the CAMEO table" % (where, r["code"]))
            if r["source"] not in SOURCES:
                err("%s: bad source %r" % (where, r["source"]))
            check_items(where, r["pattern"], synsets, name == "nouns.tsv")
            if name == "verbs.tsv":
                check_items(where, r["subject"], synsets, False)
            key = (r[head], r.get("subject", ""), r["pattern"])
            if key in keys:
                err("%s: second row for %r" % (where, key))
            keys.add(key)
            freq[r["code"]] += 1
            per_source[r["source"]] += 1
        counts[name] = (len(rows), len(set(r[head] for _, r in rows)), dict(per_source))
    for name, (n, heads, src) in counts.items():
        print("%s: %d rows, %d distinct %s, sources %s" % (name, n, heads, "verbs" if name == "verbs.tsv" else "nouns", src))
    print("synsets.tsv: %d sets, %d members" % (len(synsets), sum(len(v) for v in synsets.values())))
    verbs = {r["verb"] for _, r in read("verbs.tsv")}
    plover_rows = read("plover-by-verb.tsv")
    plover_keys = set()
    for lineno, r in plover_rows:
        where = "plover-by-verb.tsv:%d" % lineno
        for code in r["codes"].split("|"):
            if (r["verb"], code) in plover_keys:
                err("%s: verb %r with code %s given twice" % (where, r["verb"], code))
            plover_keys.add((r["verb"], code))
        if r["verb"] not in verbs:
            err("%s: verb %r is not in verbs.tsv" % (where, r["verb"]))
        for code in r["codes"].split("|"):
            if code not in codes:
                err("%s: unknown CAMEO code %r" % (where, code))
        if r["event"] not in PLOVER_EVENTS:
            err("%s: %r is no PLOVER 2.0 event type" % (where, r["event"]))
        if r["source"] not in SOURCES:
            err("%s: bad source %r" % (where, r["source"]))
    print("plover-by-verb.tsv: %d rows" % len(plover_rows))
    print("20 most frequent codes (verbs + nouns):")
    labels = {}
    with io.open(CAMEO, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            labels[c[0]] = c[6]
    for code, n in freq.most_common(20):
        print("  %-5s %5d  %s" % (code, n, labels.get(code, "no event")))
    if errors:
        for e in errors[:50]:
            print("ERROR " + e)
        print("%d errors" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
