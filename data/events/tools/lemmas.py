"""Lemma tables for converting PETRARCH2's upper-case word forms into Dyad's lower-case lemmas.

Python 3 standard library only. Used by convert_petrarch_verbs.py.

Dyad matches pattern items against the lemmas its tagger produces, which follow the conventions of
Universal Dependencies English-EWT (nouns singular, verbs in the base form, adjectives and
prepositions unchanged). A word ending in -ing or -ed is read as a noun/adjective by the tagger in
some sentences and as a verb form in others ("the killing of" NN -> killing; "of killing" VBG ->
kill), so such words are written as an alternation of both (`killing|kill`). Every -ing and -ed word
of the PETRARCH file is listed here by hand; lemma() raises on one it does not know, so a new
dictionary version cannot slip unreviewed forms through.
"""

import re

# Words whose lemma is not produced by the suffix rules below (irregular forms, pronouns,
# auxiliaries) and PETRARCH spelling errors / TABARI stems (value = corrected lemma).
IRREGULAR = {
    # be / have / say / irregular verbs seen in patterns
    "am": "be", "are": "be", "is": "be", "was": "be", "were": "be", "been": "be",
    "has": "have", "had": "have", "said": "say",
    "broken": "broken|break", "written": "written|write", "shot": "shot|shoot",
    # irregular plurals
    "men": "man", "gunmen": "gunman", "servicemen": "serviceman", "infantrymen": "infantryman",
    "feet": "foot", "knives": "knife", "lives": "life", "analyses": "analysis", "crises": "crisis",
    "criteria": "criterion", "people": "people", "police": "police", "data": "data",
    "media": "media",
    # UD English-EWT keeps these plural-looking words as lemmas
    "arms": "arm", "news": "news", "goods": "goods", "odds": "odds", "headquarters": "headquarters",
    "barracks": "barracks", "gallows": "gallows", "series": "series", "species": "species",
    "means": "means", "thanks": "thanks", "towards": "towards", "themselves": "themselves",
    "ties": "tie", "congratulations": "congratulation", "condolences": "condolence",
    "greetings": "greeting",
}

# TABARI stems that PETRARCH (whole words only) could never match: stem -> completed lemma(s)
STEMS = {
    "cooperat": "cooperation|cooperate", "offenc": "offence|offense", "penalt": "penalty",
    "restor": "restore|restoration", "violat": "violate|violation", "posit": "position",
    "econ": "economic|economy",
}

# PETRARCH spelling errors: form -> corrected lemma (the conversion notes each use).
TYPOS = {
    "aggrement": "agreement", "agression": "aggression", "artillary": "artillery",
    "asisstance": "assistance", "assisstance": "assistance", "assurences": "assurance",
    "batallion": "battalion", "criminial": "criminal", "democratisaton": "democratisation",
    "disgareement": "disagreement", "evidennce": "evidence", "memoradum": "memorandum",
    "miliary": "military", "possiblity": "possibility", "withrawal": "withdrawal",
    "strenghtening": "strengthening|strengthen", "begining": "beginning|begin",
    "clothiing": "clothing", "hryvina": "hryvnia", "mudsling": "mudslinging",
    "manoeuvers": "manoeuvre", "disappointement": "disappointment",
}

# -ing words: noun/adjective reading | verb lemma, or the word alone when it is not a verb form.
ING = {
    "arguing": "arguing|argue", "attending": "attending|attend", "backing": "backing|back",
    "banning": "banning|ban", "blaming": "blaming|blame", "blessing": "blessing|bless",
    "bomb-making": "bomb-making", "bombing": "bombing|bomb", "building": "building|build",
    "calling": "calling|call", "cleansing": "cleansing|cleanse", "closing": "closing|close",
    "commemorating": "commemorating|commemorate", "condemning": "condemning|condemn",
    "cooperating": "cooperating|cooperate", "criticising": "criticising|criticise",
    "crossing": "crossing|cross", "cursing": "cursing|curse", "denying": "denying|deny",
    "deploring": "deploring|deplore", "deploying": "deploying|deploy",
    "dismantling": "dismantling|dismantle", "docking": "docking|dock", "during": "during",
    "easing": "easing|ease", "entering": "entering|enter", "fact-finding": "fact-finding",
    "fading": "fading|fade", "failing": "failing|fail", "fawning": "fawning|fawn",
    "fighting": "fighting|fight", "firing": "firing|fire", "forming": "forming|form",
    "freeing": "freeing|free", "funding": "funding|fund", "growing": "growing|grow",
    "hearing": "hearing|hear", "hitting": "hitting|hit", "holding": "holding|hold",
    "hosting": "hosting|host", "hunting": "hunting|hunt", "imposing": "imposing|impose",
    "involving": "involving|involve", "kidnapping": "kidnapping|kidnap", "killing": "killing|kill",
    "king": "king", "law-breaking": "law-breaking", "leaving": "leaving|leave",
    "lending": "lending|lend", "lifting": "lifting|lift", "looting": "looting|loot",
    "massacring": "massacring|massacre", "meeting": "meeting|meet", "misgiving": "misgiving",
    "monitoring": "monitoring|monitor", "mourning": "mourning|mourn",
    "negotiating": "negotiating|negotiate", "obstructing": "obstructing|obstruct",
    "ousting": "ousting|oust", "peace-keeping": "peace-keeping", "peacekeeping": "peacekeeping",
    "piercing": "piercing", "polling": "polling|poll", "rationing": "rationing|ration",
    "recording": "recording|record", "reducing": "reducing|reduce", "reporting": "reporting|report",
    "reshuffling": "reshuffling|reshuffle", "restricting": "restricting|restrict",
    "restructuring": "restructuring|restructure", "rioting": "rioting|riot",
    "ruling": "ruling|rule", "sabre-rattling": "sabre-rattling", "sacking": "sacking|sack",
    "scathing": "scathing", "shelling": "shelling|shell", "shilling": "shilling",
    "shooting": "shooting|shoot", "spending": "spending|spend", "stealing": "stealing|steal",
    "stinging": "stinging", "talking": "talking|talk", "training": "training|train",
    "traveling": "traveling|travel", "troubling": "troubling", "trying": "trying|try",
    "understanding": "understanding|understand", "uprising": "uprising",
    "violating": "violating|violate", "warning": "warning|warn", "willing": "willing",
    "wrongdoing": "wrongdoing", "mudslinging": "mudslinging", "beginning": "beginning|begin",
    "clothing": "clothing", "strengthening": "strengthening|strengthen",
}

# -ed words: adjective reading | verb lemma, or the word alone.
ED = {
    "accused": "accused|accuse", "armed": "armed|arm", "armored": "armored",
    "armoured": "armoured", "banned": "banned|ban", "bloodshed": "bloodshed",
    "closed": "closed|close", "committed": "committed|commit", "concerned": "concerned",
    "confined": "confined|confine", "convinced": "convinced|convince",
    "crashed": "crashed|crash", "deadlocked": "deadlocked|deadlock",
    "demilitarised": "demilitarised|demilitarise", "demilitarized": "demilitarized|demilitarize",
    "displaced": "displaced|displace", "guided": "guided|guide", "ied": "ied",
    "improvised": "improvised|improvise", "injured": "injured|injure",
    "isolated": "isolated|isolate", "kidnapped": "kidnapped|kidnap", "need": "need",
    "opposed": "opposed|oppose", "piloted": "piloted|pilot", "planned": "planned|plan",
    "propelled": "propelled|propel", "red": "red", "requested": "requested|request",
    "rocked": "rocked|rock", "treated": "treated|treat", "unguided": "unguided",
    "united": "united|unite", "unjustified": "unjustified", "unmanned": "unmanned",
    "vbied": "vbied", "worried": "worried", "determined": "determined",
    "shed": "shed", "speed": "speed", "bed": "bed", "feed": "feed", "seed": "seed",
}

# Words ending in -s that are already lemmas (singular nouns, adjectives, adverbs, prepositions,
# proper names, currency names).
KEEP_S = set("""
access across address always amphibious as bias brass bus business campus census chaos christmas
class compass congress consensus crisis dangerous disastrous distress exodus furious gas homeless
isis hamas lawless loss mass metropolis minus nervous pass perfidious perhaps pilotless plus
press process progress recoilless sadness readiness wariness willingness forgiveness secureness
stateless status success thus unless us various virus whereas witness its this abrams lats litas
s565s serious previous famous jealous analysis tennis atlas lens lotus sars kansas texas paris
embarrass harass trespass bypass surpass
""".split())

_PLURAL_ES = ("sses", "xes", "ches", "shes", "zzes")


def plural_to_singular(word):
    """Singular of a regular plural noun (or base of a regular 3rd-person verb form)."""
    if word in KEEP_S or len(word) <= 3:
        return word
    if word.endswith("ness") or word.endswith("less") or word.endswith("ous") or word.endswith("ss"):
        return word
    if word.endswith("us") or word.endswith("is"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for end in _PLURAL_ES:
        if word.endswith(end):
            return word[:-2]
    if word.endswith("oes") and word not in ("shoes", "canoes", "toes"):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def lemma(form):
    """Lemma item for one PETRARCH word form (upper or lower case). May contain `|` alternatives.
    Returns (lemma, remark) where remark names a spelling fix, or ''."""
    w = form.lower()
    remark = ""
    if w in TYPOS:
        remark = "spelling %s -> %s" % (form, TYPOS[w].split("|")[0])
        w_fixed = TYPOS[w]
        if "|" in w_fixed or w_fixed in ING or w_fixed in ED:
            return (ING.get(w_fixed, ED.get(w_fixed, w_fixed)), remark)
        return (lemma(w_fixed)[0], remark)
    if w in STEMS:
        return (STEMS[w], "TABARI stem %s completed to %s" % (form, STEMS[w]))
    if w in IRREGULAR:
        return (IRREGULAR[w], "")
    if w in ING:
        return (ING[w], "")
    if w in ED:
        return (ED[w], "")
    if w.endswith("ing") and len(w) > 5:
        raise KeyError("unreviewed -ing form: " + form)
    if w.endswith("ed") and len(w) > 4:
        raise KeyError("unreviewed -ed form: " + form)
    if "-" in w and w.endswith("s"):
        # fighter-bombers -> fighter-bomber, peace-keepers -> peace-keeper
        head, _, last = w.rpartition("-")
        if last.isalpha():
            return (head + "-" + plural_to_singular(last), "")
        return (w, "")
    if w.endswith("s") and w.isalpha():
        return (plural_to_singular(w), "")
    return (w, "")


# Verb-line heads that PETRARCH lists in an inflected form.
VERB_FORMS = {
    "deterring": "deter", "dispelling": "dispel", "losing": "lose", "touring": "tour",
    "worried": "worry", "burnt": "burn", "is": "be", "angered": "anger", "forgave": "forgive", "forgiven": "forgive", "saw": "see", "satify": "satisfy", "reassesment": "reassess", "overthrew": "overthrow", "shaken": "shake",
}


def verb_lemma(form):
    w = form.lower()
    return VERB_FORMS.get(w, w)


IRREGULAR_PAST = {
    # comment verbs in the PETRARCH file are sometimes inflected ("CALLED_OFF", "OVERRAN")
    "overran": "overrun", "called": "call", "wrapped": "wrap", "ruled": "rule", "held": "hold",
    "took": "take", "gave": "give", "made": "make", "met": "meet", "sent": "send", "went": "go",
    "came": "come", "brought": "bring", "struck": "strike", "shot": "shoot", "fought": "fight",
    "drew": "draw", "threw": "throw", "blew": "blow", "began": "begin", "spoke": "speak",
}


def comment_verb_candidates(form):
    """Possible base forms of a verb named in a PETRARCH comment (e.g. CALLED_OFF -> call off);
    used only to compare with the verbs of the block, so over-generation is harmless."""
    words = [w for w in re.split(r"[_\s]+", form.lower()) if w]
    if not words:
        return set()
    head, rest = words[0], words[1:]
    heads = {head, VERB_FORMS.get(head, head), IRREGULAR_PAST.get(head, head)}
    if head.endswith("ied"):
        heads.add(head[:-3] + "y")
    if head.endswith("ed"):
        heads.update({head[:-1], head[:-2]})
        if len(head) > 4 and head[-3] == head[-4]:
            heads.add(head[:-3])  # wrapped -> wrap
    if head.endswith("s"):
        heads.add(head[:-1])
    return {" ".join([h] + rest) for h in heads}
