#!/usr/bin/env python3
"""Convert the PEOPLE in the Phoenix (PETRARCH2) actor dictionaries to Dyad JSON Lines.

Input  (MIT, Copyright (c) 2014 Open Event Data Alliance; see LICENSE-phoenix.txt):
    Phoenix.Countries.actors.txt, Phoenix.International.actors.txt
Output: people-phoenix.jsonl, one {"type":"person"} entity per line (see FORMAT.md).

Rules (see PEOPLE.md):
  * PETRARCH grouping: a primary line (no '+') starts a new entity unless the previous
    entity has no codes yet, in which case it is one more name of that entity (as in
    PETRreader.read_actor_dictionary); '+' lines are synonyms; '[CODE ...]' are codes,
    indented on their own line or inline after the name.
  * '[CODE]' without dates is the default  -> "otherwise" ('---' -> null);
    '[CODE a-b]' -> role from a to b; '[CODE >a]' -> from a, open; '[CODE <b]' -> until b
    (from null). Dates YYMMDD (YY >= 50 -> 19YY, else 20YY) or YYYYMMDD. Roles with the
    same code that overlap or touch are merged. Unreadable dates are dropped (counted).
  * Only individual people: two or more name words, no organisation/place words; entries
    not tagged "CountryInfo.txt" must also start with a given name seen among the
    CountryInfo people.
  * Names: underscores -> spaces, title case; names that embed a title
    ("PRESIDENT_VLADIMIR_PUTIN") are dropped. One-word names (bare surnames) are kept only
    when the word is at least 5 letters and belongs to no other person in either file.
  * Anyone whose multi-word name is already in people.jsonl (curated) is skipped.
  * Open-ended roles get a note: the source stops around 2014, so they may be stale.
  * Ids are slugs of the first name, made unique across both files.

Usage (from the repository root, or anywhere):
    python3 data/actors/tools/convert_phoenix_people.py \
        [--src ../shared/data/petrarch2-dictionaries] [--curated data/actors/people.jsonl] \
        [--out data/actors/people-phoenix.jsonl]
    python3 data/actors/tools/convert_phoenix_people.py --validate-only   # check both files
Python 3 standard library only. Exit status 1 when validation finds errors.
"""
import argparse
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ACTORS = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(ACTORS))
DEFAULT_SRC = os.path.join(os.path.dirname(REPO), "shared", "data", "petrarch2-dictionaries")
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"]

# Words that make a name a title-bearing form ("PRESIDENT_PUTIN") when they are not the last word.
TITLE_WORDS = set("""
PRESIDENT PRESIDENT-ELECT VICE PRIME PREMIER MINISTER MINISTERS SECRETARY SECRETARY-GENERAL GENERAL
CHAIRMAN CHAIRWOMAN CHAIRPERSON KING QUEEN PRINCE PRINCESS CROWN EMIR AMIR SENATOR SEN. REP.
GOVERNOR GOV. AMBASSADOR ADVISOR ADVISER SPOKESMAN SPOKESWOMAN SPOKESPERSON CHANCELLOR DIRECTOR
CHIEF COMMANDER DEPUTY FOREIGN DEFENSE DEFENCE INTERIOR FINANCE MAYOR SPEAKER JUSTICE JUDGE
COLONEL COL. CAPTAIN CAPT. LIEUTENANT LT. GEN. MAJ. BRIGADIER ADMIRAL ADM. MARSHAL FIELD SGT.
SERGEANT POPE CARDINAL ARCHBISHOP BISHOP PRESIDENTIAL CANDIDATE LEADER HEAD ENVOY CONGRESSMAN
CONGRESSWOMAN MP DR. DOCTOR PROFESSOR PROF. MR. MRS. MS. MISS FORMER EX-PRESIDENT ATTORNEY
U.S. US UN U.N. NATO EU RUSSIAN AMERICAN BRITISH CHINESE FRENCH GERMAN IRANIAN ISRAELI IRAQI
SYRIAN AFGHAN PAKISTANI INDIAN JAPANESE KOREAN NORTH SOUTH TURKISH EGYPTIAN SAUDI PALESTINIAN
""".split())

# Words that mark organisations, places, generic nouns: an entity with any of them is skipped.
ORG_WORDS = set("""
ACADEMY AGENCY ALLIANCE ARMY ASSEMBLY ASSOCIATION AUTHORITY BANK BOARD BRIGADE BUREAU CABINET
CENTER CENTRE CHAMBER CHURCH CITY CLUB CO CO. COALITION COLLEGE COMMISSION COMMITTEE COMMUNITY
COMPANY CONFERENCE CONGRESS CORP CORP. CORPORATION COUNCIL COURT DEPARTMENT DIVISION EMBASSY
FEDERATION FORCE FORCES FOUNDATION FRONT FUND GOVERNMENT GROUP GUARD HOLDINGS HOSPITAL INC INC.
INSTITUTE INTERNATIONAL ISLAND ISLANDS KINGDOM LEAGUE LIMITED LTD LTD. MINISTRY MISSION MOVEMENT
NETWORK NEWS OFFICE ORGANIZATION ORGANISATION PARLIAMENT PARTY POLICE PROGRAM PROGRAMME PROVINCE
REPUBLIC SCHOOL SERVICE SERVICES SOCIETY STATE STATES TEAM TRIBUNAL TRUST UNION UNIVERSITY
WORLD CONTINGENT PEACEKEEPER PEACEKEEPERS OFFICIALS OFFICIAL MILITIA REBELS TROOPS SECURITY
SYSTEMS TECHNOLOGIES TECHNOLOGY INDUSTRIES INDUSTRY ENERGY OIL GAS AIRLINES AIRWAYS MOTORS
PHARMACEUTICALS TELECOM COMMUNICATIONS INSURANCE FINANCIAL CAPITAL PARTNERS GLOBAL NATIONAL
FEDERAL DEMOCRATIC SOCIALIST PEOPLE PEOPLES PEOPLE'S RIVER SEA OCEAN MOUNTAINS REGION DISTRICT
COUNTY VALLEY PEACE RIGHTS WATCH CROSS CRESCENT RELIEF AID DEVELOPMENT FELLOWSHIP FRIENDS
FAMILY SISTERS BROTHERS MEDICAL AWARD PRIZE ALPHA KAPPA SIGMA BANCORP SONS LIVING
""".split())

PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "del", "della", "der", "di", "da", "dos",
             "das", "do", "du", "la", "le", "van", "von", "den", "ter", "y", "of"}

MIN_SINGLE = 5
CURRENT_YEAR = datetime.date.today().year


def parse_groups(path):
    """Yield entities as dicts: names (raw), codes (raw code strings), tagged, line."""
    cur = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("<!"):
                continue
            line, _, comment = raw.partition("#")
            if not line.strip():
                continue
            codes = re.findall(r"\[([^\]]*)\]", line)
            body = re.sub(r"\[[^\]]*\]", " ", line).strip()
            if line.startswith("+"):
                if cur is not None:
                    if body[1:].strip():
                        cur["names"].append(body[1:].strip())
                    cur["codes"] += codes
            elif line[0] in " \t" and line.strip().startswith("["):
                if cur is not None:
                    cur["codes"] += codes
            else:
                if cur is None or cur["codes"]:
                    if cur is not None:
                        yield cur
                    cur = {"names": [], "codes": [], "tagged": False, "line": lineno,
                           "file": os.path.basename(path)}
                cur["names"].append(body)
                cur["codes"] += codes
                if "COUNTRYINFO" in comment.upper():
                    cur["tagged"] = True
    if cur is not None:
        yield cur


def words(raw):
    return [w for w in re.split(r"[_\s]+", raw.strip().strip("_").strip()) if w]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.replace("-", " ").replace(".", ". ")).strip().lower()


def title_case(ws):
    out = []
    for i, w in enumerate(ws):
        lw = w.lower()
        if i > 0 and lw in PARTICLES:
            out.append(lw)
            continue
        t = "-".join("'".join(p[:1].upper() + p[1:] for p in part.split("'"))
                     for part in lw.split("-"))
        if t.startswith("Mc") and len(t) > 2:
            t = "Mc" + t[2].upper() + t[3:]
        out.append(t)
    return " ".join(out)


def to_iso(d):
    """YYMMDD or YYYYMMDD -> ISO date string, or None if unreadable."""
    if len(d) == 6:
        yy = int(d[:2])
        year = 1900 + yy if yy >= 50 else 2000 + yy
        if year > CURRENT_YEAR:  # a 2014 dictionary has no future dates: '330101' is 1933
            year -= 100
        md = d[2:]
    elif len(d) == 8:
        year = int(d[:4])
        md = d[4:]
    else:
        return None
    try:
        return datetime.date(year, int(md[:2]), int(md[2:])).isoformat()
    except ValueError:
        return None


def parse_code(raw):
    """'RUSGOV 990809-000507' -> (code, from, to, ok); default codes have from=to='default'."""
    s = raw.strip()
    if not s:
        return None
    code, _, rest = s.partition(" ")
    code = code.strip()
    rest = rest.replace(" ", "")
    if not rest:
        return (code, "default", "default", True)
    m = re.fullmatch(r"(\d+)-(\d+)", rest)
    if m:
        a, b = to_iso(m.group(1)), to_iso(m.group(2))
        return (code, a, b, a is not None and b is not None and a <= b)
    m = re.fullmatch(r"([<>])(\d+)", rest)
    if m:
        d = to_iso(m.group(2))
        if m.group(1) == ">":
            return (code, d, None, d is not None)
        return (code, None, d, d is not None)
    return (code, None, None, False)


def merge_roles(roles):
    """Merge roles with the same code that overlap or touch."""
    by = defaultdict(list)
    for r in roles:
        by[r["code"]].append(r)
    out = []
    lo, hi = "0000-00-00", "9999-99-99"
    for code, rs in by.items():
        rs.sort(key=lambda r: r["from"] or lo)
        merged = []
        for r in rs:
            if merged:
                m = merged[-1]
                m_to = m["to"] or hi
                if (r["from"] or lo) <= m_to:
                    if (r["to"] or hi) > m_to:
                        m["to"] = r["to"]
                    continue
                # touching: next day
                if m["to"] and r["from"]:
                    nd = (datetime.date.fromisoformat(m["to"]) + datetime.timedelta(days=1)).isoformat()
                    if nd == r["from"]:
                        m["to"] = r["to"]
                        continue
            merged.append(dict(r))
        out += merged
    out.sort(key=lambda r: (r["from"] or lo, r["code"]))
    return out


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def load_curated(path):
    names, tokens, ids = set(), set(), set()
    if not os.path.exists(path):
        return names, tokens, ids
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            e = json.loads(line)
            ids.add(e.get("id"))
            for n in e.get("names", []):
                f = fold(n)
                if " " in f:
                    names.add(f)
                tokens.update(f.split())
    return names, tokens, ids


def validate(curated_path, phoenix_path, out=sys.stderr):
    """Check both people files: every line parses, required fields, ISO dates, from <= to,
    no overlapping roles with the same code in one person unless a role note says
    'overlap' or 'concurrent' (an error in the curated file, a count in the Phoenix file),
    unique ids across both files, no surface form shared by two curated people."""
    errors, counts, ids, surface = [], Counter(), {}, defaultdict(set)
    for path in (curated_path, phoenix_path):
        short = os.path.basename(path)
        curated = path == curated_path
        if not os.path.exists(path):
            errors.append("%s: missing" % short)
            continue
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                where = "%s:%d" % (short, n)
                try:
                    e = json.loads(line)
                except ValueError as ex:
                    errors.append("%s: does not parse: %s" % (where, ex))
                    continue
                for k in ("type", "id", "names", "roles", "otherwise", "source"):
                    if k not in e:
                        errors.append("%s: missing %s" % (where, k))
                if e.get("type") != "person":
                    errors.append("%s: type is not person" % where)
                pid = e.get("id")
                if not isinstance(pid, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pid):
                    errors.append("%s: bad id %r" % (where, pid))
                elif pid in ids:
                    errors.append("%s: duplicate id %s (first at %s)" % (where, pid, ids[pid]))
                ids.setdefault(pid, where)
                names = e.get("names")
                if not isinstance(names, list) or not names or \
                        not all(isinstance(x, str) and x.strip() for x in names):
                    errors.append("%s: bad names" % where)
                    names = []
                if curated:
                    for x in names:
                        surface[x.lower()].add(pid)
                ow = e.get("otherwise")
                if ow is not None and not re.fullmatch(r"[A-Z]{3,}", str(ow)):
                    errors.append("%s: bad otherwise %r" % (where, ow))
                if curated and not ow:
                    errors.append("%s: curated entry without otherwise" % where)
                roles = e.get("roles")
                if not isinstance(roles, list):
                    errors.append("%s: roles is not a list" % where)
                    continue
                spans = []
                for r in roles:
                    if not all(k in r for k in ("code", "from", "to", "title")):
                        errors.append("%s: role lacks code/from/to/title: %r" % (where, r))
                        continue
                    if not re.fullmatch(r"[A-Z]{3,}", str(r["code"])):
                        errors.append("%s: bad code %r" % (where, r["code"]))
                    try:
                        f = datetime.date.fromisoformat(r["from"]) if r["from"] else None
                        t = datetime.date.fromisoformat(r["to"]) if r["to"] else None
                    except (TypeError, ValueError) as ex:
                        errors.append("%s: bad date in %r: %s" % (where, r, ex))
                        continue
                    if curated and (f is None or not (r["title"] or "").strip()):
                        errors.append("%s: curated role without from or title: %r" % (where, r))
                    if f and t and f > t:
                        errors.append("%s: from > to: %r" % (where, r))
                    spans.append((r["code"], f or datetime.date.min, t or datetime.date.max, r))
                    counts["roles " + short] += 1
                    if t is None:
                        counts["open roles " + short] += 1
                for i in range(len(spans)):
                    for j in range(i + 1, len(spans)):
                        a, b = spans[i], spans[j]
                        if a[0] == b[0] and a[1] < b[2] and b[1] < a[2]:  # [from, to) intervals
                            if any(re.search(r"overlap|concurrent", x[3].get("note") or "") for x in (a, b)):
                                counts["noted overlaps " + short] += 1
                            elif curated:
                                errors.append("%s: overlapping %s roles" % (where, a[0]))
                            else:
                                counts["overlaps (same code) " + short] += 1
                counts["people " + short] += 1
                counts["names " + short] += len(names)
    for form, owners in sorted(surface.items()):
        if len(owners) > 1:
            errors.append("curated name %r used by %s" % (form, sorted(owners)))
    for k in sorted(counts):
        print("%-45s %d" % (k, counts[k]), file=out)
    for msg in errors[:200]:
        print("ERROR " + msg, file=out)
    print("validation: %d error(s)" % len(errors), file=out)
    return not errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=DEFAULT_SRC)
    ap.add_argument("--curated", default=os.path.join(ACTORS, "people.jsonl"))
    ap.add_argument("--out", default=os.path.join(ACTORS, "people-phoenix.jsonl"))
    ap.add_argument("--validate-only", action="store_true",
                    help="only check people.jsonl and people-phoenix.jsonl, convert nothing")
    args = ap.parse_args(argv)
    if args.validate_only:
        return 0 if validate(args.curated, args.out) else 1

    stats = Counter()
    entities = []
    for fn in FILES:
        entities += list(parse_groups(os.path.join(args.src, fn)))
    stats["phoenix entries read"] = len(entities)

    # given names seen among the CountryInfo people (first word that is not an initial)
    given = Counter()
    for e in entities:
        if e["tagged"]:
            ws = [w for w in words(e["names"][0]) if not re.fullmatch(r"[A-Z]\.?", w)]
            if len(ws) >= 2:
                given[ws[0]] += 1
    given = {w for w, c in given.items() if c >= 2 and w not in TITLE_WORDS
             and w not in ORG_WORDS and w.lower() not in PARTICLES}

    def is_title_name(ws):
        return any(w in TITLE_WORDS for w in ws[:-1]) or (ws and ws[0] in TITLE_WORDS)

    people = []
    for e in entities:
        all_ws = [words(n) for n in e["names"]]
        if not all_ws or not all_ws[0]:
            continue
        plain = [ws for ws in all_ws if ws and not is_title_name(ws)]
        if any(w.upper() in ORG_WORDS for ws in plain for w in ws):
            stats["skipped: organisation/place word"] += 1
            continue
        head = all_ws[0]
        if len(head) < 2:
            stats["skipped: one-word entry"] += 1
            continue
        if not e["tagged"]:
            ws = [w for w in head if not re.fullmatch(r"[A-Z]\.?", w)]
            if not ws or ws[0] not in given or is_title_name(head):
                stats["skipped: not recognisably a person"] += 1
                continue
        if not all(re.fullmatch(r"[A-Z0-9.'\-À-ÿ]+", w.upper()) for w in head):
            stats["skipped: odd characters"] += 1
            continue
        otherwise = None
        roles = []
        bad = 0
        for c in e["codes"]:
            p = parse_code(c)
            if p is None:
                continue
            code, a, b, ok = p
            if not re.fullmatch(r"[A-Z]{3,}|---", code):
                bad += 1
                continue
            if a == "default":
                otherwise = None if code == "---" else code
                continue
            if not ok or code == "---":
                bad += 1
                continue
            roles.append({"code": code, "from": a, "to": b, "title": None})
        if not roles and otherwise is None:
            stats["skipped: no usable code"] += 1
            continue
        codes = [r["code"] for r in roles] + ([otherwise] if otherwise else [])
        if not roles and re.fullmatch(r"[A-Z]{3}", otherwise) and otherwise != "ELI":
            stats["skipped: country or place (bare country code)"] += 1
            continue
        if all(c.startswith("MNC") for c in codes):
            stats["skipped: company (MNC code)"] += 1
            continue
        stats["unreadable date restrictions dropped"] += bad
        keep = []
        for ws in all_ws:
            if not ws or is_title_name(ws):
                if ws:
                    stats["names dropped: embed a title"] += 1
                continue
            keep.append(ws)
        if not keep or len(keep[0]) < 2:
            multi = [ws for ws in keep if len(ws) >= 2]
            if not multi:
                stats["skipped: only title forms"] += 1
                continue
        people.append({"e": e, "names": keep, "roles": merge_roles(roles), "otherwise": otherwise})

    # single-word names: keep only distinctive ones (>= MIN_SINGLE letters, one person only)
    cur_names, cur_tokens, cur_ids = load_curated(args.curated)
    owners = defaultdict(set)
    for i, p in enumerate(people):
        for ws in p["names"]:
            for w in ws:
                owners[w.upper()].add(i)

    out, ids = [], {}
    for i, p in enumerate(people):
        names = []
        for ws in p["names"]:
            if len(ws) == 1:
                w = ws[0].upper()
                if (len(w.strip(".")) < MIN_SINGLE or len(owners[w]) > 1
                        or fold(w) in cur_tokens or w in TITLE_WORDS
                        or re.match(r"(AL|EL|BIN|IBN|ABU)-", w)):
                    stats["names dropped: ambiguous one-word"] += 1
                    continue
            n = title_case(ws)
            if n not in names:
                names.append(n)
        multi = [n for n in names if " " in n]
        if not multi:
            stats["skipped: only title forms"] += 1
            continue
        if any(fold(n) in cur_names for n in multi):
            stats["skipped: already curated"] += 1
            continue
        key = fold(multi[0])
        if key in ids:  # same name twice: merge when the country agrees, else a new id
            q = ids[key]
            if (q["otherwise"] or "")[:3] == (p["otherwise"] or "")[:3] or not p["otherwise"]:
                for n in names:
                    if n not in q["names"]:
                        q["names"].append(n)
                q["roles"] = merge_roles(q["roles"] + p["roles"])
                stats["merged duplicate entries"] += 1
                continue
        for r in p["roles"]:
            if r["to"] is None:
                r["note"] = "open-ended in the Phoenix source (data of about 2014); may be stale"
        ent = {"type": "person", "id": None, "names": names, "roles": p["roles"],
               "otherwise": p["otherwise"], "source": "phoenix",
               "note": "%s line %d" % (p["e"]["file"], p["e"]["line"])}
        ids.setdefault(key, ent)
        out.append(ent)

    used = set(cur_ids)  # ids must stay unique across both files
    for ent in out:
        base = slug(ent["names"][0]) or "person"
        pid, k = base, 1
        while pid in used:
            k += 1
            pid = "%s-%d" % (base, k)
        used.add(pid)
        ent["id"] = pid
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Generated by tools/convert_phoenix_people.py from the Phoenix (PETRARCH2) actor\n")
        fh.write("# dictionaries, MIT, Copyright (c) 2014 Open Event Data Alliance (LICENSE-phoenix.txt).\n")
        fh.write("# Do not edit by hand: fix people.jsonl (curated, wins) or the script, then rerun.\n")
        for ent in out:
            fh.write(json.dumps(ent, ensure_ascii=False, separators=(",", ":")) + "\n")
    stats["people written"] = len(out)
    stats["roles written"] = sum(len(e["roles"]) for e in out)
    for k in sorted(stats):
        print("%-45s %d" % (k, stats[k]), file=sys.stderr)
    return 0 if validate(args.curated, args.out) else 1


if __name__ == "__main__":
    sys.exit(main())
