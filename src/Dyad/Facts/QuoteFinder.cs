using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Actors;
using Dyad.Syntax;
using Dyad.Text;

namespace Dyad.Facts;

/// <summary>
/// Finds direct quotations (curly or straight double quotes, across sentences; an unclosed quote
/// runs to the end of its paragraph, as news writes continued quotes) and their speakers from the
/// parse: the subject of the speech verb that governs the quote or stands beside it ("…,” Xi
/// said), else the actor subject of the clause the quote sits in ("Both men chastised … for
/// “interference”"), else the source of "according to"; a quote opening a paragraph with no
/// attribution continues the previous speaker. "According to X" and "citing X" form the attribution
/// chain. Indirect speech ("X told reporters that …") becomes a statement. Stateless.
/// </summary>
public static class QuoteFinder
{
    /// <summary>Verbs that introduce what someone said.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "say", "tell", "add", "warn", "state", "declare", "announce", "note", "insist", "stress", "argue", "claim", "write",
        "explain", "reply", "respond", "comment", "remark", "assert", "acknowledge", "admit", "complain", "urge", "predict",
        "conclude", "emphasize", "emphasise", "suggest", "deny", "confirm", "recall", "ask", "answer", "quote", "describe",
        "call", "report", "vow", "pledge", "promise", "caution", "reiterate", "observe", "tweet", "post", "estimate", "forecast",
        "contend", "maintain", "agree", "boast", "lament", "concede", "charge", "accuse", "allege", "testify", "exclaim",
        "joke", "continue", "point", "underline", "underscore", "affirm", "reaffirm", "counter", "retort", "announce",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns for documents and messengers whose speaker is the actor named with them ("a Kremlin statement").
    private static readonly FrozenSet<string> MessageNouns = new[]
    {
        "statement", "report", "communique", "communiqué", "readout", "release", "announcement", "spokesman", "spokeswoman",
        "spokesperson", "source", "official", "agency", "media", "newspaper", "paper", "television", "broadcaster", "letter",
        "document", "note", "account", "transcript", "call", "message", "post", "website", "channel",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ContentRelations = new[] { "ccomp", "parataxis" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The quotation spans of a document: (inner span without the marks and the trailing comma).</summary>
    public static List<TextSpan> Spans(Document document)
    {
        var spans = new List<TextSpan>();
        string text = document.Text;
        foreach (var paragraph in document.Paragraphs)
        {
            int at = paragraph.Start;
            while (at < paragraph.End)
            {
                char c = text[at];
                bool curly = c == '“';
                bool straight = c == '"' && !Apostrophe(text, at);
                bool backticks = c == '`' && at + 1 < paragraph.End && text[at + 1] == '`';
                if (!curly && !straight && !backticks)
                {
                    at++;
                    continue;
                }

                int open = at + (backticks ? 2 : 1);
                int close = curly ? text.IndexOf('”', open, paragraph.End - open)
                    : backticks ? text.IndexOf("''", open, paragraph.End - open, StringComparison.Ordinal)
                    : StraightClose(text, open, paragraph.End);
                int end = close < 0 ? paragraph.End : close;
                var inner = Trim(text, open, end);
                if (inner.Length >= 2)
                {
                    spans.Add(inner);
                }

                at = close < 0 ? paragraph.End : close + (backticks ? 2 : 1);
            }
        }

        return spans;
    }

    /// <summary>A straight quote between two letters stands for an apostrophe in some wire copy ("Nakasone"s", "it"s").</summary>
    private static bool Apostrophe(string text, int at) =>
        at > 0 && at + 1 < text.Length && char.IsLetter(text[at - 1]) && char.IsLetter(text[at + 1]);

    /// <summary>The closing straight quote: the next one that is not an apostrophe; a quote that closes with '' also ends there.</summary>
    private static int StraightClose(string text, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (text[k] == '"' && !Apostrophe(text, k))
            {
                return k;
            }
        }

        return -1;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>The quotes of a document with their speakers.</summary>
    public static List<Quote> Find(Document document, IReadOnlyList<SentenceSyntax> syntax, DocumentActors actors) =>
        Find(document, syntax, actors, Spans(document), []);

    /// <summary>
    /// The quotes at the given spans; <paramref name="statements"/> (indirect speech, in text order)
    /// are earlier speakers an unresolved "he said" may continue.
    /// </summary>
    public static List<Quote> Find(Document document, IReadOnlyList<SentenceSyntax> syntax, DocumentActors actors, List<TextSpan> spans, IReadOnlyList<Statement> statements)
    {
        var quotes = new List<Quote>();
        Quote? previous = null;
        foreach (var span in spans)
        {
            int first = SentenceAt(document, span.Start);
            int last = SentenceAt(document, Math.Max(span.Start, span.End - 1));
            var attribution = Attribute(document, syntax, actors, span, last, spans);
            if (attribution.Speaker is null && last != first)
            {
                attribution = Attribute(document, syntax, actors, span, first, spans);
            }

            // The sentence right after a quote that fills its own sentences ("“…” Xi said." split apart).
            if (attribution.Speaker is null && last + 1 < document.Sentences.Length && document.Sentences[last + 1].Paragraph == document.Sentences[last].Paragraph
                && document.Sentences[last].Span.End <= span.End + 2)
            {
                attribution = Attribute(document, syntax, actors, span, last + 1, spans, besideOnly: true);
            }

            var (speaker, verb, via, rule) = attribution;

            // "he said" about someone the dictionaries do not know: the latest speaker before it.
            if (speaker is { Actors.IsEmpty: true } && document[speaker.Span].ToLowerInvariant() is "he" or "she")
            {
                var earlier = quotes.Where(q => q.Speaker is { Actors.IsEmpty: false } || q.Speaker?.Name.ToLowerInvariant() is not ("he" or "she" or null))
                    .Select(q => (q.Span.Start, Speaker: q.Speaker!))
                    .Concat(statements.Where(t => t.Speaker.Name.ToLowerInvariant() is not ("he" or "she")).Select(t => (t.Span.Start, t.Speaker)))
                    .Where(c => c.Start < span.Start)
                    .OrderBy(c => c.Start)
                    .LastOrDefault();
                speaker = earlier.Speaker is null ? null : earlier.Speaker with { Span = speaker.Span };
                rule = "pronoun-previous-speaker";
            }

            bool opensParagraph = document.Paragraphs.Any(p => p.Start <= span.Start && span.Start <= p.Start + 2);
            if (speaker is null && previous?.Speaker is not null && (opensParagraph || previous.LastSentence >= first - 1))
            {
                speaker = previous.Speaker;
                verb = previous.Verb;
                via = previous.Via;
                rule = "continuation";
            }

            // A quote standing alone after someone's indirect speech in the same paragraph continues it
            // ("Yeutter said the talks … . “Countries don't get serious …”").
            if (speaker is null && statements.LastOrDefault(t => t.Span.End <= span.Start && document.Sentences[t.Sentence].Paragraph == document.Sentences[first].Paragraph && t.Sentence >= first - 1) is { } told)
            {
                speaker = told.Speaker;
                verb = null;
                via = told.Via;
                rule = "continuation";
            }

            var quote = new Quote(quotes.Count, span, document[span], first, last, speaker, verb, via, speaker is null ? "none" : rule);
            quotes.Add(quote);
            previous = quote;
        }

        return quotes;
    }

    /// <summary>Indirect speech in the parsed sentences: a speech verb with a content clause outside any quote.</summary>
    public static List<Statement> Statements(Document document, IReadOnlyList<SentenceSyntax> syntax, DocumentActors actors, IReadOnlyList<TextSpan> quotes, IReadOnlyList<string[]> upos)
    {
        var statements = new List<Statement>();
        foreach (var sentence in syntax)
        {
            if (sentence.Words.IsEmpty)
            {
                LinearStatements(document, sentence.Index, upos[sentence.Index], quotes, statements);
                continue;
            }

            var words = sentence.Words;
            for (int v = 0; v < words.Length; v++)
            {
                if (words[v].Upos != "VERB" || !SpeechVerbs.Contains(words[v].Lemma) || quotes.Any(q => q.Contains(words[v].Span)))
                {
                    continue;
                }

                // The content clause after the verb ("said that …"), or before it ("…, Miles said"), where
                // UD makes the verb a parataxis of the content's root.
                // A clause wholly quoted is a quote, not a statement; one that only quotes some of its
                // words, its head among them ("that Russia and China had … and “would not accept” US
                // policy"), is indirect speech.
                bool Quoted(int word) => quotes.Any(q => q.Contains(words[word].Span));
                bool WhollyQuoted(int clause)
                {
                    var (first, last) = Subtree(sentence, clause);
                    return Enumerable.Range(first, last - first + 1).Where(w => words[w].Upos != "PUNCT").All(Quoted);
                }

                int content = sentence.Children(v).FirstOrDefault(c => words[c].Deprel == "ccomp" && !WhollyQuoted(c), -1);
                bool before = false;
                // A relative pronoun among the verb's words makes it a relative clause the parser
                // attached loosely ("…, which Beijing has called a rogue province"), not an attribution.
                bool relative = sentence.Children(v).Any(c => words[c].Xpos is "WDT" or "WP" or "WP$");
                if (content < 0 && !relative && words[v].Deprel == "parataxis" && words[v].Head >= 0 && words[v].Head < v && !quotes.Any(q => q.Contains(words[words[v].Head].Span)))
                {
                    content = words[v].Head;
                    before = true;
                }

                if (content < 0)
                {
                    continue;
                }

                var speaker = SubjectSpeaker(document, sentence, actors, v, requireActor: false);
                if (speaker is null)
                {
                    continue;
                }

                var (start, end) = Subtree(sentence, content);
                if (before)
                {
                    // The content's subtree holds the verb's own words: stop before them.
                    end = Subtree(sentence, v).Start - 1;
                    while (end > start && words[end].Upos == "PUNCT")
                    {
                        end--;
                    }
                }

                // "that" opens the clause; the content is what follows it.
                while (start < end && (words[start].Upos == "PUNCT" || words[start].Lemma == "that"))
                {
                    start++;
                }

                var span = new TextSpan(words[start].Span.Start, words[end].Span.End);
                statements.Add(new Statement(sentence.Index, speaker, document[words[v].Span], span, document[span], Via(document, sentence, actors)));
            }
        }

        return statements;
    }

    /// <summary>Whether a word is a speech verb's form, for sentences not parsed (no lemmas there).</summary>
    public static bool IsSpeechForm(ReadOnlySpan<char> form) => SpeechFormLookup.Contains(form);

    // Speech verb forms for sentences the event stage did not parse (no lemmas there).
    private static readonly FrozenSet<string> SpeechForms = new[]
    {
        "said", "says", "told", "tells", "added", "adds", "warned", "warns", "stated", "states", "announced", "announces",
        "noted", "notes", "insisted", "stressed", "argued", "claimed", "wrote", "explained", "replied", "commented",
        "asserted", "acknowledged", "admitted", "predicted", "confirmed", "denied", "reported", "urged", "estimated", "forecast",
    }.ToFrozenSet(StringComparer.Ordinal);

    // (After the set it reads: static fields initialise in the order written.)
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechFormLookup = SpeechForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Indirect speech in a sentence without a parse (no actor the dictionaries know is in it): a
    /// proper name or "he"/"she" right before a speech verb ("chairman John Smith said profits …"),
    /// or right after it ("…, said John Smith"). The speaker has no code; the statement's rule is linear.
    /// </summary>
    private static void LinearStatements(Document document, int index, string[] upos, IReadOnlyList<TextSpan> quotes, List<Statement> statements)
    {
        string text = document.Text;
        var tokens = document.TokensOf(document.Sentences[index]).ToArray();
        for (int k = 1; k < tokens.Length; k++)
        {
            if (upos[k] != "VERB" || !SpeechForms.Contains(document[tokens[k].Span]) || quotes.Any(q => q.Contains(tokens[k].Span)))
            {
                continue;
            }

            bool Proper(int t) => t >= 0 && t < tokens.Length && upos[t] == "PROPN" && char.IsUpper(text[tokens[t].Span.Start]);
            int first = k - 1;
            int last = k - 1;
            bool after = false;
            if (Proper(k - 1))
            {
                while (Proper(first - 1))
                {
                    first--;
                }
            }
            else if (document[tokens[k - 1].Span] is "he" or "she" or "He" or "She")
            {
                // the pronoun alone
            }
            else if (Proper(k + 1))
            {
                first = last = k + 1;
                while (Proper(last + 1))
                {
                    last++;
                }

                after = true;
            }
            else
            {
                continue;
            }

            // The content: after the verb ("said profits would rise"), or before the speaker ("…, Smith said").
            int contentStart, contentEnd;
            if (!after && k + 1 < tokens.Length && tokens[k + 1].Kind != TokenKind.Punctuation)
            {
                contentStart = document[tokens[k + 1].Span] == "that" ? k + 2 : k + 1;
                contentEnd = tokens.Length - 1;
            }
            else
            {
                contentStart = 0;
                contentEnd = (after ? k : first) - 1;
            }

            while (contentEnd >= contentStart && tokens[contentEnd].Kind == TokenKind.Punctuation)
            {
                contentEnd--;
            }

            while (contentStart <= contentEnd && tokens[contentStart].Kind == TokenKind.Punctuation)
            {
                contentStart++;
            }

            if (contentEnd - contentStart < 1 || quotes.Any(q => q.Contains(tokens[contentStart].Span)))
            {
                continue;
            }

            var speakerSpan = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
            var content = new TextSpan(tokens[contentStart].Span.Start, tokens[contentEnd].Span.End);
            statements.Add(new Statement(index, new Speaker(document[speakerSpan], speakerSpan, []), document[tokens[k].Span], content, document[content], []));
        }
    }

    private static (Speaker? Speaker, string? Verb, ImmutableArray<Speaker> Via, string Rule) Attribute(
        Document document, IReadOnlyList<SentenceSyntax> syntax, DocumentActors actors, TextSpan quote, int sentenceIndex, List<TextSpan> allQuotes, bool besideOnly = false)
    {
        var sentence = syntax[sentenceIndex];
        var words = sentence.Words;
        if (words.IsEmpty)
        {
            return (null, null, [], "unparsed");
        }

        bool Inside(int w) => quote.Start - 1 <= words[w].Span.Start && words[w].Span.End <= quote.End + 1;
        // A speech verb inside another quote ("I would have said") is the speaker's words, not an attribution.
        bool Quoted(int w) => allQuotes.Any(q => q.Start - 1 <= words[w].Span.Start && words[w].Span.End <= q.End + 1);
        var via = Via(document, sentence, actors);

        int verb = besideOnly ? NearestSpeechVerb(sentence, Quoted, quote) : GoverningSpeechVerb(sentence, Inside, Quoted);
        if (verb < 0 && !besideOnly)
        {
            verb = NearestSpeechVerb(sentence, Quoted, quote);
        }

        if (verb >= 0 && SubjectSpeaker(document, sentence, actors, verb, requireActor: false) is { } speaker)
        {
            return (speaker, document[words[verb].Span], via, "speech-verb");
        }

        if (besideOnly)
        {
            return (null, null, [], "none");
        }

        // No speech verb: the actor doing what the quote's clause reports ("Both men chastised … for “interference”").
        for (int w = 0; w < words.Length; w++)
        {
            if (!Inside(w) || (words[w].Head >= 0 && Inside(words[w].Head)))
            {
                continue;
            }

            for (int up = w, depth = 0; up >= 0 && depth < 12; up = words[up].Head, depth++)
            {
                if (Inside(up))
                {
                    continue;
                }

                // Only a clause's subject: a verb, or a predicate with its copula (a misparsed noun's "subject" is not one).
                bool clause = words[up].Upos is "VERB" or "AUX" || sentence.Children(up, "cop").Any();
                foreach (int subject in sentence.Children(up).Where(c => clause && words[c].Deprel is "nsubj" && !Inside(c)))
                {
                    if (ActorSpeaker(document, sentence, actors, subject) is { } actor)
                    {
                        return (actor, null, via, "clause-subject");
                    }
                }
            }
        }

        if (!via.IsEmpty)
        {
            return (via[0], null, via.RemoveAt(0), "according-to");
        }

        return (null, null, [], "none");
    }

    /// <summary>A speech verb outside the quote that governs it, or stands beside it as a parenthetical ("…,” Xi said).</summary>
    private static int GoverningSpeechVerb(SentenceSyntax sentence, Func<int, bool> inside, Func<int, bool> quoted)
    {
        var words = sentence.Words;
        for (int w = 0; w < words.Length; w++)
        {
            if (!inside(w) || (words[w].Head >= 0 && inside(words[w].Head)))
            {
                continue;
            }

            for (int up = w, depth = 0; up >= 0 && depth < 12; up = words[up].Head, depth++)
            {
                if (!quoted(up) && IsSpeechVerb(words[up]))
                {
                    return up;
                }

                foreach (int child in sentence.Children(up))
                {
                    if (!quoted(child) && IsSpeechVerb(words[child]) && words[child].Deprel is "parataxis" or "ccomp" or "conj" or "advcl")
                    {
                        return child;
                    }
                }
            }
        }

        return -1;
    }

    private static int NearestSpeechVerb(SentenceSyntax sentence, Func<int, bool> inside, TextSpan quote)
    {
        var words = sentence.Words;
        int best = -1;
        int bestDistance = int.MaxValue;
        for (int w = 0; w < words.Length; w++)
        {
            if (inside(w) || !IsSpeechVerb(words[w]))
            {
                continue;
            }

            int distance = words[w].Span.Start >= quote.End ? words[w].Span.Start - quote.End : quote.Start - words[w].Span.End;
            if (distance < bestDistance)
            {
                best = w;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool IsSpeechVerb(SyntaxWord word) => word.Upos == "VERB" && SpeechVerbs.Contains(word.Lemma);

    /// <summary>The speaker of a speech verb: its subject, or the subject of the verb it is coordinated with.</summary>
    private static Speaker? SubjectSpeaker(Document document, SentenceSyntax sentence, DocumentActors actors, int verb, bool requireActor)
    {
        var words = sentence.Words;
        for (int v = verb, depth = 0; v >= 0 && depth < 3; v = words[v].Head, depth++)
        {
            // Of several subjects (a misparsed title run), the one nearest the verb.
            int subject = sentence.Children(v).Where(c => words[c].Deprel == "nsubj").DefaultIfEmpty(-1).Max();
            if (subject >= 0)
            {
                var speaker = ActorSpeaker(document, sentence, actors, subject) ?? (requireActor ? null : PhraseSpeaker(document, sentence, subject));
                return speaker is null ? null : NamedAfterTitle(document, sentence, actors, subject, speaker);
            }

            if (words[v].Deprel is not ("conj" or "xcomp"))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The actor a phrase names: at its head, or for a message noun, the actor named with it ("a Kremlin statement", "a report from the Kremlin").</summary>
    private static Speaker? ActorSpeaker(Document document, SentenceSyntax sentence, DocumentActors actors, int head)
    {
        var words = sentence.Words;
        if (actors.At(sentence.Index, head) is { } mention && mention.Rule != MentionRule.AgentOnly)
        {
            return FromMentions(document, [mention, .. Conjuncts(sentence, actors, head)], mention.Span);
        }

        if (MessageNouns.Contains(words[head].Lemma))
        {
            foreach (int child in sentence.Children(head))
            {
                bool owner = words[child].Deprel is "compound" or "amod" or "nmod:poss"
                    || (words[child].Deprel == "nmod" && sentence.Children(child, "case").Any(c => words[c].Lemma is "from" or "of" or "by"));
                if (owner && actors.At(sentence.Index, child) is { } named)
                {
                    return FromMentions(document, [named, .. Conjuncts(sentence, actors, child)], PhraseSpan(sentence, head));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Defense Department Deputy Press Secretary Sabrina Singh told": the speaker is the person
    /// named after the title, with the code the title run gives ("Defense Department" → USAMIL).
    /// </summary>
    private static Speaker NamedAfterTitle(Document document, SentenceSyntax sentence, DocumentActors actors, int subject, Speaker speaker)
    {
        var words = sentence.Words;
        bool Proper(int w) => words[w].Upos == "PROPN" && char.IsUpper(document.Text[words[w].Span.Start]);
        if (!Proper(subject) || speaker.Actors.Any(a => a.IsPerson))
        {
            return speaker;
        }

        int start = subject;
        int end = subject;
        while (start > 0 && Proper(start - 1))
        {
            start--;
        }

        while (end + 1 < words.Length && Proper(end + 1))
        {
            end++;
        }

        int lastTitle = -1;
        for (int w = start; w <= end; w++)
        {
            if (FactFinder.IsTitle(document[words[w].Span]))
            {
                lastTitle = w;
            }
        }

        if (lastTitle < 0 || lastTitle == end)
        {
            return speaker;
        }

        var codes = Enumerable.Range(start, end - start + 1).Select(w => actors.At(sentence.Index, w)).OfType<ActorMention>().DistinctBy(m => m.Code).ToImmutableArray();
        var span = new TextSpan(words[lastTitle + 1].Span.Start, words[end].Span.End);
        return new Speaker(document[span], span, codes.IsEmpty ? speaker.Actors : codes);
    }

    private static IEnumerable<ActorMention> Conjuncts(SentenceSyntax sentence, DocumentActors actors, int head) =>
        sentence.Children(head, "conj").Select(c => actors.At(sentence.Index, c)).OfType<ActorMention>();

    private static Speaker FromMentions(Document document, List<ActorMention> mentions, TextSpan span)
    {
        var members = mentions.SelectMany(m => m.Members).DistinctBy(m => m.Code).ToImmutableArray();
        string name = string.Join(" and ", members.Select(m => m.Name).Distinct());
        return new Speaker(name, span, members);
    }

    /// <summary>A speaker the dictionaries do not know: the subject phrase itself ("a company spokesman").</summary>
    private static Speaker? PhraseSpeaker(Document document, SentenceSyntax sentence, int head)
    {
        var words = sentence.Words;
        // Only "he" and "she" may stand for an earlier speaker; "it", "I", "you", "we" name nobody here.
        if (words[head].Upos is "PRON" && words[head].Lemma is not ("he" or "she"))
        {
            return null;
        }

        // A speaker is a name or a noun for people or bodies, not a time ("last week reported").
        if (words[head].Upos is not ("NOUN" or "PROPN" or "PRON") || words[head].Lemma is "week" or "year" or "month" or "day" or "today" or "yesterday" or "time" or "morning" or "evening" or "night")
        {
            return null;
        }

        // "my view", "our position": the words of the speaker, not the speaker.
        if (sentence.Children(head).Any(c => words[c].Upos == "PRON" && words[c].Lemma is "my" or "our" or "your" or "I" or "we" or "you"))
        {
            return null;
        }

        return new Speaker(document[PhraseSpan(sentence, head)], PhraseSpan(sentence, head), []);
    }

    /// <summary>A noun phrase without its clauses and appositions: determiners, modifiers and the head.</summary>
    private static TextSpan PhraseSpan(SentenceSyntax sentence, int head)
    {
        var words = sentence.Words;
        int start = head;
        int end = head;
        foreach (int child in sentence.Children(head))
        {
            if (words[child].Deprel is "det" or "amod" or "compound" or "nmod:poss" or "flat" or "nummod" or "case" && child < head)
            {
                var (s, _) = Subtree(sentence, child);
                start = Math.Min(start, s);
            }
            else if (words[child].Deprel is "flat" && child > head)
            {
                end = Math.Max(end, child);
            }
        }

        if (words[start].Upos == "DET" && start < head)
        {
            start++;
        }

        return new TextSpan(words[start].Span.Start, words[end].Span.End);
    }

    /// <summary>"according to X", "citing X", "X reported": whose report carries the words.</summary>
    private static ImmutableArray<Speaker> Via(Document document, SentenceSyntax sentence, DocumentActors actors)
    {
        var words = sentence.Words;
        var found = ImmutableArray.CreateBuilder<Speaker>();
        for (int w = 0; w < words.Length; w++)
        {
            string form = document[words[w].Span];
            int source = -1;
            if (form.Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                // UD: "according" is the case marker of its noun (fixed "to"); some parses make it a verb with an oblique.
                source = words[w].Deprel == "case" ? words[w].Head : sentence.Children(w).FirstOrDefault(c => words[c].Deprel is "obl" or "nmod", -1);
            }
            else if (form.Equals("citing", StringComparison.OrdinalIgnoreCase))
            {
                source = sentence.Children(w).FirstOrDefault(c => words[c].Deprel == "obj", -1);
            }

            if (source < 0)
            {
                continue;
            }

            // "reports citing a call carried by Chinese state media": the source of the source.
            var speaker = ActorSpeaker(document, sentence, actors, source) ?? PhraseSpeaker(document, sentence, source);
            if (speaker is not null)
            {
                found.Add(speaker);
            }
        }

        return found.ToImmutable();
    }

    private static (int Start, int End) Subtree(SentenceSyntax sentence, int head)
    {
        int start = head;
        int end = head;
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            int w = stack.Pop();
            start = Math.Min(start, w);
            end = Math.Max(end, w);
            foreach (int child in sentence.Children(w))
            {
                stack.Push(child);
            }
        }

        return (start, end);
    }

    private static int SentenceAt(Document document, int offset)
    {
        var sentences = document.Sentences;
        int low = 0;
        int high = sentences.Length - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (sentences[mid].Span.Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
