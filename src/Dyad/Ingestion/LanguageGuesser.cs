using System.Collections.Frozen;

namespace Dyad.Ingestion;

/// <summary>
/// Tells the language of a text from its most frequent function words, or from its script.
/// Enough to route English to the English pipeline and flag the rest; not a general identifier.
/// </summary>
public static class LanguageGuesser
{
    // The most frequent function words of each language (common knowledge, no source needed).
    private static readonly FrozenDictionary<string, string> FunctionWords = BuildFunctionWords();

    /// <summary>ISO 639-1 code of the text's language, or <c>und</c> when unsure.</summary>
    public static string Guess(ReadOnlySpan<char> text)
    {
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        int latin = 0, cyrillic = 0, hangul = 0, kana = 0, han = 0, arabic = 0, greek = 0, hebrew = 0;
        foreach (char c in sample)
        {
            switch (c)
            {
                case >= 'A' and <= 'z': latin++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
            }
        }

        int letters = latin + cyrillic + hangul + kana + han + arabic + greek + hebrew;
        if (letters == 0)
        {
            return "und";
        }

        if (latin * 2 < letters)
        {
            // Non-Latin scripts: the first script holding its share of the letters names the language.
            (int Count, int Share, string Language)[] scripts =
            [
                (hangul, 3, "ko"), (kana, 10, "ja"), (han, 3, "zh"), (cyrillic, 2, "ru"),
                (arabic, 2, "ar"), (greek, 2, "el"), (hebrew, 2, "he"),
            ];
            foreach (var (count, share, language) in scripts)
            {
                if (count * share > letters)
                {
                    return language;
                }
            }

            return "und";
        }

        return GuessLatin(sample);
    }

    private static string GuessLatin(ReadOnlySpan<char> sample)
    {
        var counts = new Dictionary<string, int>();
        var lookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[16];
        int words = 0;
        int i = 0;
        while (i < sample.Length)
        {
            while (i < sample.Length && !char.IsLetter(sample[i]))
            {
                i++;
            }

            int start = i;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                i++;
            }

            int length = i - start;
            if (length == 0)
            {
                break;
            }

            words++;
            if (length > lower.Length)
            {
                continue;
            }

            int n = sample.Slice(start, length).ToLowerInvariant(lower);
            if (lookup.TryGetValue(lower[..n], out string? language))
            {
                counts[language] = counts.GetValueOrDefault(language) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return "und";
        }

        var best = counts.MaxBy(pair => pair.Value);
        // Function words make up a third or more of running text; demand a tenth to be sure.
        return best.Value * 10 >= words ? best.Key : "und";
    }

    private static FrozenDictionary<string, string> BuildFunctionWords()
    {
        var table = new Dictionary<string, string>();
        void Add(string language, string words)
        {
            foreach (string word in words.Split(' '))
            {
                table.TryAdd(word, language); // a word shared by two languages counts for the first listed
            }
        }

        Add("en", "the of and to in is that for it was on with as by at from his her they this are be have has had not but which an would will said were been their who its");
        Add("fr", "le la les des du une et est dans pour que qui sur pas au avec il elle sont ce cette aux ont été par plus");
        Add("de", "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es sie wird wurde bei nach");
        Add("es", "el los las del y en que por con una para es se su al lo como más pero sus le fue ha este");
        Add("pt", "o os as da do dos das e em um uma para com não se na no por mais foi ao pelo pela são também");
        Add("it", "il di che è gli della per non sono una le del con si anche nel alla più ha dei");
        Add("nl", "de het een en van ik te dat die in is niet op zijn met voor er maar ook bij naar");
        Add("id", "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh");
        Add("cs", "a je se na v že to s z do jsou by jako ale pro o jeho jak který");
        return table.ToFrozenDictionary();
    }
}
