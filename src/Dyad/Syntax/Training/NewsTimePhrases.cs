namespace Dyad.Syntax.Training;

/// <summary>
/// Adds to a training treebank copies of some of its sentences with the time phrases news puts
/// where web text rarely does: between a subject and its verb ("The US on Thursday rejected
/// calls", "Pakistan today threatened") and right after a speech verb ("officials said Tuesday").
/// English-EWT has few of them, and a parser trained on it reads "rejected" after "on Thursday"
/// as a participle modifying "calls", or hangs "today" on the subject, which loses the event's
/// actor. The copies are the treebank's own sentences and annotation with the phrase attached
/// to the verb as the treebank attaches such phrases (obl:unmarked for "today", "Tuesday"; case +
/// obl for "on Tuesday"; amod + obl:unmarked for "last week"), so the models learn the construction
/// without any text from elsewhere. Deterministic for a seed.
/// </summary>
public static class NewsTimePhrases
{
    /// <summary>MISC of the inserted words, so a copy shows what was added.</summary>
    public const string InsertedMark = "Dyad=TimePhrase";

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] SpeechVerbs = ["say", "tell", "announce", "report", "state", "warn"];

    /// <summary>
    /// The treebank followed by copies of about <paramref name="share"/> of the sentences that
    /// allow a phrase: a finite verb whose subject ends right before it, or a speech verb followed
    /// by punctuation or "that". Multiword-token and empty-node lines are left out of the copies.
    /// </summary>
    public static List<ConllSentence> Augment(IReadOnlyList<ConllSentence> treebank, double share, int seed)
    {
        var random = new Random(seed);
        var result = new List<ConllSentence>(treebank);
        for (int s = 0; s < treebank.Count; s++)
        {
            var sentence = treebank[s];
            var afterSubject = SubjectVerbSites(sentence.Words);
            var afterSpeech = SpeechVerbSites(sentence.Words);
            if (afterSubject.Count + afterSpeech.Count == 0 || random.NextDouble() >= share)
            {
                continue;
            }

            // Two in three copies take the phrase between subject and verb, the construction the
            // parser gets wrong most.
            bool subjectSite = afterSpeech.Count == 0 || (afterSubject.Count > 0 && random.Next(3) < 2);
            var sites = subjectSite ? afterSubject : afterSpeech;
            int verb = sites[random.Next(sites.Count)];
            var phrase = subjectSite ? SubjectPhrase(random) : Day(random, withPreposition: random.Next(2) == 0);
            int at = subjectSite ? verb : verb + 1;
            result.Add(Insert(sentence, at, verb, phrase, $"{SentenceId(sentence, s)}-time"));
        }

        return result;
    }

    /// <summary>0-based indices of finite verbs whose nominal subject's phrase ends right before them.</summary>
    public static List<int> SubjectVerbSites(IReadOnlyList<ConllWord> words)
    {
        var sites = new List<int>();
        for (int v = 1; v < words.Count; v++)
        {
            if (words[v].Upos != "VERB" || words[v].Xpos is not ("VBD" or "VBZ" or "VBP"))
            {
                continue;
            }

            for (int d = 0; d < v; d++)
            {
                if (words[d].Head == v + 1 && words[d].Deprel == "nsubj" && words[d].Upos is "NOUN" or "PROPN" && LastOfSubtree(words, d) == v - 1)
                {
                    sites.Add(v);
                    break;
                }
            }
        }

        return sites;
    }

    /// <summary>0-based indices of past-tense speech verbs followed by punctuation or "that".</summary>
    public static List<int> SpeechVerbSites(IReadOnlyList<ConllWord> words)
    {
        var sites = new List<int>();
        for (int v = 0; v + 1 < words.Count; v++)
        {
            if (words[v].Upos == "VERB" && words[v].Xpos == "VBD" && SpeechVerbs.Contains(words[v].Lemma)
                && (words[v + 1].Upos == "PUNCT" || words[v + 1].Form == "that"))
            {
                sites.Add(v);
            }
        }

        return sites;
    }

    /// <summary>Inserts <paramref name="phrase"/> before word index <paramref name="at"/>, its head word attached to word index <paramref name="verb"/>.</summary>
    public static ConllSentence Insert(ConllSentence sentence, int at, int verb, IReadOnlyList<ConllWord> phrase, string id)
    {
        int k = phrase.Count;
        int Shift(int head) => head > at ? head + k : head;
        var words = new List<ConllWord>(sentence.Words.Count + k);
        for (int i = 0; i < sentence.Words.Count; i++)
        {
            if (i == at)
            {
                AddPhrase();
            }

            var word = sentence.Words[i];
            words.Add(word with { Head = Shift(word.Head), Deps = "_" });
        }

        if (at == sentence.Words.Count)
        {
            AddPhrase();
        }

        string text = string.Join(' ', words.Select(w => w.Form));
        return new ConllSentence([$"# sent_id = {id}", $"# text = {text}"], words, []);

        void AddPhrase()
        {
            int first = words.Count + 1;
            int verbId = Shift(verb + 1);
            foreach (var word in phrase)
            {
                // Phrase heads are given relative to the phrase (1-based), 0 for the verb.
                words.Add(word with { Head = word.Head == 0 ? verbId : first + word.Head - 1 });
            }
        }
    }

    private static List<ConllWord> SubjectPhrase(Random random) => random.Next(6) switch
    {
        0 => [Word("today", "today", "NOUN", "NN", "Number=Sing", 0, "obl:unmarked")],
        1 => [Word("yesterday", "yesterday", "NOUN", "NN", "Number=Sing", 0, "obl:unmarked")],
        2 => [Word("last", "last", "ADJ", "JJ", "Degree=Pos", 2, "amod"), Word("week", "week", "NOUN", "NN", "Number=Sing", 0, "obl:unmarked")],
        _ => Day(random, withPreposition: true),
    };

    private static List<ConllWord> Day(Random random, bool withPreposition)
    {
        string day = Days[random.Next(Days.Length)];
        var noun = Word(day, day, "PROPN", "NNP", "Number=Sing", 0, withPreposition ? "obl" : "obl:unmarked");
        return withPreposition ? [Word("on", "on", "ADP", "IN", "_", 2, "case"), noun] : [noun];
    }

    private static ConllWord Word(string form, string lemma, string upos, string xpos, string feats, int head, string deprel) =>
        new(form, lemma, upos, xpos, feats, head, deprel, "_", InsertedMark);

    private static int LastOfSubtree(IReadOnlyList<ConllWord> words, int root)
    {
        int last = root;
        for (int i = root + 1; i < words.Count; i++)
        {
            if (Dominates(words, root, i))
            {
                last = i;
            }
        }

        return last;
    }

    private static bool Dominates(IReadOnlyList<ConllWord> words, int ancestor, int word)
    {
        for (int steps = 0; steps < words.Count && word >= 0; steps++)
        {
            if (word == ancestor)
            {
                return true;
            }

            word = words[word].Head - 1;
        }

        return false;
    }

    private static string SentenceId(ConllSentence sentence, int index) =>
        sentence.Comments.FirstOrDefault(c => c.StartsWith("# sent_id = ", StringComparison.Ordinal))?["# sent_id = ".Length..] ?? $"s{index + 1}";
}
