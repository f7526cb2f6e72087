"""Readers for the PETRARCH2 / Phoenix dictionaries (MIT, Copyright (c) 2014 Open Event Data Alliance).

Only what build_actors.py needs: the actor files (Countries, International, MilNonState) and the
agents file. Python 3 standard library only.

Actor file layout (TABARI/PETRARCH):
    PRIMARY_NAME_ [CODE]          a new entry; the code may be inline
    +SYNONYM_                     synonyms of the entry above
        [CODE date-range]         indented code lines (people carry date ranges)
    # comment                     anywhere after '#'
Underscores stand for spaces; a trailing underscore marks a whole word.
"""

import re

_CODE = re.compile(r"\[([^\]]*)\]")


def clean_name(raw):
    """'UNITED_STATES_' -> 'UNITED STATES' (upper case kept, whitespace collapsed)."""
    s = raw.strip().replace("_", " ")
    return re.sub(r"\s+", " ", s).strip()


def read_actors(path):
    """Return a list of entries: {'line', 'names' (cleaned, upper case), 'codes' (raw code strings)}.

    Every line that does not start with '+' or whitespace starts a new entry, as in PETRARCH.
    """
    entries = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            body = line.split("#", 1)[0]
            codes = [c.strip() for c in _CODE.findall(body)]
            name = _CODE.sub(" ", body).strip()
            if line[0] in " \t" and not name.startswith("+"):
                # indented code line (or a stray indented name, kept as synonym)
                if cur is None:
                    continue
                if name:
                    cur["names"].append(clean_name(name))
                cur["codes"].extend(codes)
                continue
            if name.startswith("+"):
                if cur is None:
                    continue
                # some files put two synonyms on one line: '+A_ +B_'
                for part in name.split("+"):
                    if part.strip():
                        cur["names"].append(clean_name(part))
                cur["codes"].extend(codes)
                continue
            cur = {"line": n, "names": [clean_name(name)], "codes": codes}
            entries.append(cur)
    return entries


def code_token(code):
    """'AFGGOV >011222' -> 'AFGGOV'; '~GOV' -> 'GOV'."""
    return code.split()[0].strip("~") if code.split() else ""


def read_agents(path):
    """Return (macros, entries) from Phoenix.agents.txt.

    entries: list of {'line', 'phrase' (raw, with !MACRO! kept), 'plural' (None, '' for 'no plural',
    or the irregular plural given in braces), 'code' (e.g. 'GOV', 'GOVMIL')}.
    """
    macros = {}
    entries = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            s = line.split("#", 1)[0].strip()
            if not s:
                continue
            m = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", s)
            if m:
                macros[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
                continue
            m = re.search(r"\[([^\]]*)[\]}]", s)
            if not m:
                continue
            code = m.group(1).replace("~", "").strip()
            head = s[: m.start()].strip()
            plural = None
            pm = re.search(r"\{([^}]*)\}", head)
            if pm:
                plural = clean_name(pm.group(1)).strip()
                head = (head[: pm.start()] + head[pm.end():]).strip()
            entries.append({"line": n, "phrase": head, "plural": plural, "code": code})
    return macros, entries
