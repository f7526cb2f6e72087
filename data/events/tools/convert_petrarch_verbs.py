#!/usr/bin/env python3
"""Convert the PETRARCH2 verb dictionary (CAMEO.2.0.txt) into Dyad's verbs.tsv and synsets.tsv.

Python 3 standard library only; deterministic (same inputs, byte-identical outputs).

    python3 data/events/tools/convert_petrarch_verbs.py            # writes verbs.tsv, synsets.tsv
    python3 data/events/tools/convert_petrarch_verbs.py --report   # also prints what was merged,
                                                                     # dropped or remapped

Inputs (paths relative to the repository root, which is three folders above this file):
  ../shared/data/petrarch2-dictionaries/CAMEO.2.0.txt   PETRARCH2 verb dictionary (MIT)
  ../shared/reference/cameo/cameo-eventcodes-combined.tsv  valid CAMEO codes (first column)
  data/events/tools/verbs_dyad.tsv                       Dyad's corrections and additions
  data/events/tools/synsets_dyad.tsv                     Dyad's synset additions

Conversion rules (see data/events/README.md for the reasons):
  * a verb line gives a default row with its own code, else the block's code; no row when that
    code is `---`;
  * a verb that occurs in more than one block keeps only its first block (PETRARCH does the same:
    its verb table is filled with setdefault, so later blocks never reach that verb);
  * a pattern applies to the block's primary verbs: those with an explicit code, the verb named
    like the block, and the verbs named in the pattern's comment (the verb the pattern was written
    for); when a block has none of these, to all its verbs. (Applying every pattern to every verb
    of its block gives ~50k rows: over the 40k budget.);
  * words become lower-case lemmas (tools/lemmas.py); `(...)` and `{...}` grouping is dropped;
    `&NAME` -> `@name`; `+` kept; `$`, `^` and `%` dropped (noted);
  * codes: `A:B` (PETRARCH also codes B from target to source) -> A, noted; `:B` (the event runs
    from the target to the source) -> B with `+` put first in `subject` (the subject is the
    target); `080!` -> 080; codes GDELT lacks -> parent (noted);
  * identical rows are merged; when rows of a verb differ only in code, the later one wins (as in
    PETRARCH, where a later identical pattern overwrites an earlier one);
  * ids `<verb-with-hyphens>.<n>` are numbered in file order (verbs sorted, then block order);
    Dyad's fixes keep the id of the row they change, additions continue the numbering.
"""

import argparse
import csv
import io
import itertools
import os
import re
import sys
from collections import OrderedDict, defaultdict

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lemmas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_PETRARCH = os.path.join(REPO, "..", "shared", "data", "petrarch2-dictionaries", "CAMEO.2.0.txt")
DEFAULT_CAMEO = os.path.join(REPO, "..", "shared", "reference", "cameo", "cameo-eventcodes-combined.tsv")
OUT_DIR = os.path.normpath(os.path.join(HERE, ".."))

# CAMEO codes that PETRARCH uses but GDELT's code table lacks -> code used instead, and why.
CODE_MAP = {
    "1213": ("121", "PETRARCH 1213 (reject judicial cooperation) is not a GDELT code: parent 121"),
    "1952": ("195", "PETRARCH 1952 (remotely piloted aerial munitions, CAMEO 1.1b3) is not a GDELT code: parent 195"),
    "176": ("170", "PETRARCH 176 (attack cybernetically, CAMEO 1.1b3) is not a GDELT code: 170 coerce, not specified"),
}

# Multi-word "verbs" that are PETRARCH workarounds for coordinated verbs ("kidnapped and killed");
# Dyad's parser sees the two verbs, each of which has its own entry.
CONJUNCTION_HACKS = {"and", "or"}


class Row(object):
    __slots__ = ("id", "verb", "subject", "pattern", "code", "source", "note", "order")

    def __init__(self, verb, subject, pattern, code, source, note, order):
        self.id = ""
        self.verb, self.subject, self.pattern, self.code = verb, subject, pattern, code
        self.source, self.note, self.order = source, note, order

    def key(self):
        return (self.verb, self.subject, self.pattern)


def read_codes(path):
    codes = set()
    with io.open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            codes.add(line.split("\t", 1)[0])
    return codes


def synset_name(raw):
    return raw.strip().lstrip("&").rstrip("_").lower()


def expand(items):
    """['displaced|displace', 'person'] -> ['displaced person', 'displace person']"""
    return [" ".join(p) for p in itertools.product(*[i.split("|") for i in items])]


def parse(path, report):
    """Returns (synsets OrderedDict name -> [member], blocks list)."""
    synsets = OrderedDict()
    blocks = []
    section = "synsets"
    cur_syn = None
    cur = None
    with io.open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for lineno, line in enumerate(lines, 1):
        if line.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            section = "transformations"
            continue
        if not line.strip() or line.startswith("#") or line.startswith("<!"):
            continue
        if section == "synsets":
            if line.startswith("&"):
                cur_syn = synset_name(line.split("#")[0])
                synsets[cur_syn] = []
            elif line.startswith("+"):
                term = line[1:].split("#")[0].strip().rstrip("_")
                words = [w for w in term.split("_") if w]
                # a modifier inside a multi-word member keeps its adjective reading ("armed force",
                # "guided missile"); only the head word gets its alternatives
                items = [lemmas.lemma(w)[0] for w in words]
                items = [i.split("|")[0] for i in items[:-1]] + items[-1:]
                members = expand(items)
                for m in members:
                    if m not in synsets[cur_syn]:
                        synsets[cur_syn].append(m)
            continue
        if section == "transformations":
            if line.startswith("~"):
                report["transformations"].append(line.strip())
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            cur = {"name": m.group(1), "code": m.group(2), "verbs": [], "patterns": [], "line": lineno}
            blocks.append(cur)
        elif line.startswith("-"):
            cur["patterns"].append((lineno, line))
        else:
            cur["verbs"].append((lineno, line))
    return synsets, blocks


def parse_code(raw, valid, remarks):
    """PETRARCH code string -> (code, reversed) with remarks appended."""
    raw = raw.strip()
    if raw.endswith("!"):
        remarks.append("PETRARCH code [%s]: '!' dropped" % raw)
        raw = raw[:-1]
    reverse = False
    if ":" in raw:
        first, second = raw.split(":", 1)
        if first:
            if first == second:
                remarks.append("PETRARCH [%s]: symmetric, also %s from target to source" % (raw, second))
            else:
                remarks.append("PETRARCH [%s]: also %s from target to source" % (raw, second))
            raw = first
        else:
            remarks.append("PETRARCH [%s]: event runs from target to source (subject is the target)" % raw)
            raw = second
            reverse = True
    if raw in CODE_MAP:
        code, why = CODE_MAP[raw]
        remarks.append(why)
        raw = code
    if raw != "---" and raw not in valid:
        raise ValueError("code not in CAMEO table: " + raw)
    return raw, reverse


def convert_items(text, synsets, remarks):
    """PETRARCH pattern half -> list of Dyad items."""
    text = re.sub(r"[(){}]", " ", text)
    items = []
    for tok in text.split():
        for part in [p for p in tok.split("_") if p]:
            if part == "+":
                items.append("+")
            elif part == "$":
                remarks.append("$ (source position) dropped")
            elif part == "^":
                remarks.append("^ (skip) dropped")
            elif part == "%":
                remarks.append("% (compound actor) dropped")
            elif part.startswith("&"):
                name = synset_name(part)
                if name not in synsets:
                    raise KeyError("undefined synset " + part)
                items.append("@" + name)
            else:
                alts = []
                for alt in [a for a in part.split("/") if a]:
                    lem, rem = lemmas.lemma(alt)
                    if rem:
                        remarks.append(rem)
                    for a in lem.split("|"):
                        if a not in alts:
                            alts.append(a)
                items.append("|".join(alts))
    return items


def verb_of(line):
    """Verb line -> (verb lemma or None, explicit code or None, comment, skip reason)."""
    body = line
    comment = ""
    for sep in ("#", ";"):
        if sep in body:
            body, _, c = body.partition(sep)
            comment = comment or c.strip()
    m = re.search(r"\[([^\]]*)\]", body)
    code = m.group(1).strip() if m else None
    body = re.sub(r"\[[^\]]*\]", " ", body)
    body = re.sub(r"\{[^}]*\}?", " ", body)
    head = body.split()[0]
    head = head.replace("+", "")
    words = [w for w in head.split("_") if w]
    if len(words) > 1 and any(w.lower() in CONJUNCTION_HACKS for w in words[1:]):
        return None, code, comment, "coordinated-verb workaround %s" % head
    verb = " ".join([lemmas.verb_lemma(words[0])] + [w.lower() for w in words[1:]])
    return verb, code, comment, ""


def convert(petrarch, cameo, report):
    valid = read_codes(cameo)
    synsets, blocks = parse(petrarch, report)
    syn_extra = apply_synsets(synsets)
    rows = []
    order = 0
    first_block = {}
    full_explosion = set()
    for b in blocks:
        bcode = b["code"]
        bverbs = []  # (verb, explicit)
        for lineno, vline in b["verbs"]:
            verb, code, comment, skip = verb_of(vline)
            if skip:
                report["dropped_verbs"].append("%d: %s (%s)" % (lineno, vline.strip(), skip))
                continue
            if verb in first_block:
                if first_block[verb] != b["name"]:
                    report["duplicate_verbs"].append(
                        "%s: block %s ignored, first block %s kept (as in PETRARCH)" % (verb, b["name"], first_block[verb]))
                continue
            first_block[verb] = b["name"]
            explicit = code is not None
            vcode = code if explicit else bcode
            bverbs.append((verb, explicit))
            remarks = []
            c, rev = parse_code(vcode, valid, remarks)
            note = "block %s" % b["name"] + ("; " + comment if comment else "") + "".join("; " + r for r in remarks)
            if c != "---":
                rows.append(Row(verb, "+" if rev else "", "", c, "petrarch2", note, order))
                order += 1
        names = [v for v, _ in bverbs]
        primary = set(v for v, e in bverbs if e)
        head = lemmas.verb_lemma(b["name"].rstrip("_").replace("_", " ").lower())
        if head in names:
            primary.add(head)
        for lineno, pline in b["patterns"]:
            body = pline[1:]
            comment = ""
            if "#" in body:
                body, _, comment = body.partition("#")
                comment = comment.strip()
            codes = re.findall(r"\[([^\]]*)\]", body)
            if not codes:
                report["bad_patterns"].append("%d: %s (no code)" % (lineno, pline))
                continue
            raw_code = codes[-1]
            body = body[:body.rfind("[")]
            if "*" not in body:
                report["bad_patterns"].append("%d: %s (no *)" % (lineno, pline))
                continue
            pre, _, post = body.partition("*")
            remarks = []
            code, rev = parse_code(raw_code, valid, remarks)
            subj = convert_items(pre, synsets, remarks)
            pat = convert_items(post, synsets, remarks)
            if rev and "+" not in subj:
                subj = ["+"] + subj
            targets = set()
            for word in re.split(r"[,\s]+", comment):
                if not word or not re.match(r"^[A-Z_+\-]+$", word):
                    continue
                for cand in lemmas.comment_verb_candidates(word.replace("+", "")):
                    if cand in names:
                        targets.add(cand)
            if not targets:
                targets = set(primary) or set(names)
            seen_remarks = []
            for r in remarks:
                if r not in seen_remarks:
                    seen_remarks.append(r)
            note = (comment if comment else "(no comment)") + "; block %s" % b["name"] + "".join("; " + r for r in seen_remarks)
            source = "dyad" if any(r.startswith("spelling") or r.startswith("TABARI stem") for r in seen_remarks) else "petrarch2"
            for v in names:
                full_explosion.add((v, " ".join(subj), " ".join(pat), code))
                if v in targets:
                    rows.append(Row(v, " ".join(subj), " ".join(pat), code, source, note, order))
                    order += 1
    report["full_explosion"] = len(full_explosion)
    # merge identical rows; resolve same-key rows with different codes (later wins)
    by_key = OrderedDict()
    for r in rows:
        k = r.key()
        if k in by_key:
            old = by_key[k]
            if old.code == r.code:
                continue
            report["conflicts"].append("%s | %s | %s: %s (%s) replaced by %s (%s)" % (
                r.verb, r.subject, r.pattern, old.code, old.note, r.code, r.note))
            r.order = old.order if r.pattern == "" else r.order
            by_key[k] = r
        else:
            by_key[k] = r
    rows = list(by_key.values())
    rows.sort(key=lambda r: (r.verb, r.order))
    counters = defaultdict(int)
    for r in rows:
        counters[r.verb] += 1
        r.id = "%s.%d" % (r.verb.replace(" ", "-"), counters[r.verb])
    return synsets, syn_extra, rows, counters, valid


def read_tsv(path):
    out = []
    with io.open(path, encoding="utf-8") as f:
        header = None
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            if len(cols) != len(header):
                raise ValueError("%s:%d: %d columns, expected %d" % (path, lineno, len(cols), len(header)))
            out.append((lineno, dict(zip(header, cols))))
    return out


def apply_dyad(rows, counters, valid, report):
    """tools/verbs_dyad.tsv: action fix|drop|add, verb, subject, pattern, code, note."""
    path = os.path.join(HERE, "verbs_dyad.tsv")
    index = {r.key(): r for r in rows}
    dropped = set()
    added = []
    for lineno, d in read_tsv(path):
        key = (d["verb"], d["subject"], d["pattern"])
        code = d["code"]
        if code != "---" and code not in valid:
            raise ValueError("verbs_dyad.tsv:%d: invalid code %s" % (lineno, code))
        if d["action"] == "fix":
            if key not in index:
                raise KeyError("verbs_dyad.tsv:%d: no row to fix: %r" % (lineno, key))
            r = index[key]
            if r.code == code:
                raise ValueError("verbs_dyad.tsv:%d: fix does not change the code: %r" % (lineno, key))
            report["fixes"].append("%s\t%s\t%s\t%s" % (r.id, r.code, code, d["note"]))
            r.note = "dyad: %s -> %s: %s | was: %s" % (r.code, code, d["note"], r.note)
            r.code = code
            r.source = "dyad"
        elif d["action"] == "drop":
            if key not in index:
                raise KeyError("verbs_dyad.tsv:%d: no row to drop: %r" % (lineno, key))
            report["drops"].append("%s\t%s\t%s" % (index[key].id, index[key].code, d["note"]))
            dropped.add(key)
        elif d["action"] == "add":
            if key in index:
                raise KeyError("verbs_dyad.tsv:%d: row exists (use fix): %r -> %s" % (lineno, key, index[key].id))
            counters[d["verb"]] += 1
            r = Row(d["verb"], d["subject"], d["pattern"], code, "dyad", d["note"], 0)
            r.id = "%s.%d" % (d["verb"].replace(" ", "-"), counters[d["verb"]])
            index[key] = r
            added.append(r)
        else:
            raise ValueError("verbs_dyad.tsv:%d: unknown action %s" % (lineno, d["action"]))
    out = [r for r in rows if r.key() not in dropped] + added
    # file order: verbs sorted; within a verb converted rows first (block order), then additions
    pos = {id(r): i for i, r in enumerate(out)}
    out.sort(key=lambda r: (r.verb, pos[id(r)]))
    return out


def apply_synsets(synsets):
    path = os.path.join(HERE, "synsets_dyad.tsv")
    extra = OrderedDict()
    for lineno, d in read_tsv(path):
        name = d["name"]
        members = d["lemmas"].split("|")
        if name in synsets and d["action"] == "remove":
            missing = [m for m in members if m not in synsets[name]]
            if missing:
                raise KeyError("synsets_dyad.tsv:%d: %s has no %s" % (lineno, name, "|".join(missing)))
            synsets[name] = [m for m in synsets[name] if m not in members]
            extra[name] = ("remove", d["note"], members)
        elif name in synsets:
            if d["action"] != "extend":
                raise KeyError("synsets_dyad.tsv:%d: %s exists (use extend or remove)" % (lineno, name))
            added = [m for m in members if m not in synsets[name]]
            synsets[name] = synsets[name] + added
            extra[name] = ("extend", d["note"], added)
        else:
            if d["action"] != "add":
                raise KeyError("synsets_dyad.tsv:%d: %s does not exist (use add)" % (lineno, name))
            synsets[name] = members
            extra[name] = ("add", d["note"], members)
    return extra


HEADER_VERBS = """\
# Dyad verb patterns (format: FORMAT.md). Generated by tools/convert_petrarch_verbs.py -- edit
# tools/verbs_dyad.tsv (Dyad's fixes and additions) or the converter, then rerun; do not hand-edit.
# source petrarch2 = converted from PETRARCH2 CAMEO.2.0.txt, MIT, Copyright (c) 2015 Open Event Data
# Alliance (LICENSE-petrarch2.txt); source dyad = written or corrected by the Dyad team.
"""

HEADER_SYNSETS = """\
# Dyad word sets (format: FORMAT.md). Generated by tools/convert_petrarch_verbs.py from the synsets
# of PETRARCH2 CAMEO.2.0.txt (MIT, Copyright (c) 2015 Open Event Data Alliance) plus
# tools/synsets_dyad.tsv. A member of several words matches those lemmas consecutively.
"""


def clean(s):
    return s.replace("\t", " ").replace("\n", " ").strip()


def write(synsets, syn_extra, rows):
    with io.open(os.path.join(OUT_DIR, "verbs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER_VERBS)
        f.write("id\tverb\tsubject\tpattern\tcode\tsource\tnote\n")
        for r in rows:
            f.write("\t".join([r.id, r.verb, r.subject, r.pattern, r.code, r.source, clean(r.note)]) + "\n")
    with io.open(os.path.join(OUT_DIR, "synsets.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER_SYNSETS)
        f.write("name\tlemmas\tsource\tnote\n")
        for name, members in synsets.items():
            if name in syn_extra:
                kind, note, added = syn_extra[name]
                if kind == "add":
                    src, nt = "dyad", note
                elif kind == "remove":
                    src, nt = "petrarch2", "PETRARCH &%s; dyad removed %s: %s" % (name.upper(), "|".join(added), note)
                else:
                    src, nt = "petrarch2", "PETRARCH &%s; dyad added %s: %s" % (name.upper(), "|".join(added), note)
            else:
                src, nt = "petrarch2", "PETRARCH &%s" % name.upper()
            f.write("\t".join([name, "|".join(members), src, clean(nt)]) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--petrarch", default=DEFAULT_PETRARCH)
    ap.add_argument("--cameo", default=DEFAULT_CAMEO)
    ap.add_argument("--report", action="store_true", help="print merges, drops, remaps and fixes")
    args = ap.parse_args()
    report = defaultdict(list)
    synsets, syn_extra, rows, counters, valid = convert(args.petrarch, args.cameo, report)
    n_converted = len(rows)
    rows = apply_dyad(rows, counters, valid, report)
    write(synsets, syn_extra, rows)
    print("verbs.tsv: %d rows (%d converted, %d verbs); synsets.tsv: %d sets; "
          "every-verb explosion would give %d pattern rows" % (
              len(rows), n_converted, len(set(r.verb for r in rows)), len(synsets), report["full_explosion"]))
    if args.report:
        for k in ("dropped_verbs", "duplicate_verbs", "bad_patterns", "conflicts", "transformations", "fixes", "drops"):
            print("== %s (%d)" % (k, len(report[k])))
            for x in report[k]:
                print("  " + x)


if __name__ == "__main__":
    main()
