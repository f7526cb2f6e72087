using Dyad.Actors;
using Dyad.Text;

namespace Dyad.Facts;

/// <summary>
/// Finds the places a document names and decides which place each name means. Countries and
/// regions come from the actor dictionaries' names ("the United States", "U.S.", "Eastern
/// Europe"); cities and divisions from the gazetteer, matched on capitalised proper nouns, longest
/// name first. An ambiguous name goes to the candidate with the best evidence: a qualifier written
/// after it ("Washington, D.C.", "Moscow, Russia"), a country the document talks about, being a
/// capital or division seat, and population. Words that belong to a person's or an organisation's
/// name ("Vladimir Putin", "Heritage Foundation") and dates ("March 21") are not places.
/// </summary>
public sealed class PlaceFinder(Gazetteer gazetteer)
{
    /// <summary>The gazetteer.</summary>
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Everything one sentence offers for place finding.</summary>
    /// <param name="Index">Sentence index.</param>
    /// <param name="Tokens">Its tokens.</param>
    /// <param name="Upos">Their parts of speech.</param>
    /// <param name="Blocked">Tokens that cannot be part of a place (dates, people, organisations).</param>
    /// <param name="Matches">Actor dictionary matches of the sentence.</param>
    public readonly ref struct SentenceInput(int Index, ReadOnlySpan<Token> Tokens, ReadOnlySpan<string> Upos, ReadOnlySpan<bool> Blocked, List<ActorMatch> Matches)
    {
        /// <summary>Sentence index.</summary>
        public int Index { get; } = Index;

        /// <summary>Its tokens.</summary>
        public ReadOnlySpan<Token> Tokens { get; } = Tokens;

        /// <summary>Their parts of speech.</summary>
        public ReadOnlySpan<string> Upos { get; } = Upos;

        /// <summary>Tokens that cannot be part of a place.</summary>
        public ReadOnlySpan<bool> Blocked { get; } = Blocked;

        /// <summary>Actor dictionary matches.</summary>
        public List<ActorMatch> Matches { get; } = Matches;
    }

    /// <summary>The places of one sentence, given the ISO alpha-2 codes of the countries the document talks about.</summary>
    public List<PlaceMention> Find(string text, SentenceInput input, IReadOnlySet<string> documentCountries)
    {
        var found = new List<PlaceMention>();
        var tokens = input.Tokens;
        Span<char> buffer = stackalloc char[KeyLength];
        int i = 0;
        while (i < tokens.Length)
        {
            if (input.Blocked[i] || !char.IsUpper(text[tokens[i].Span.Start]))
            {
                i++;
                continue;
            }

            // Countries and regions by the dictionaries' names (which know "U.S." and "the West").
            var match = input.Matches.FirstOrDefault(m => m.Start == i);
            var place = match is not null ? DictionaryPlace(match) : null;
            if (place is not null && !ContinuesAsName(text, input, match!.End))
            {
                found.Add(new PlaceMention(input.Index, Span(tokens, i, match.End), text[Span(tokens, i, match.End).Start..Span(tokens, i, match.End).End], place, "dictionary"));
                i = match.End;
                continue;
            }

            // Names run over capitalised words and a few joining words; no key reaches past the run.
            int end = i + 1;
            while (end < tokens.Length && end - i < Gazetteer.MaxWords && !input.Blocked[end] && tokens[end].Kind is TokenKind.Word or TokenKind.Abbreviation
                && (char.IsUpper(text[tokens[end].Span.Start]) || tokens[end].Span.Length <= 3))
            {
                end++;
            }

            bool matched = false;
            for (int stop = end; stop > i && !matched; stop--)
            {
                if (!Nameable(text, input, i, stop))
                {
                    continue;
                }

                var key = Key(text, tokens, i, stop, buffer);
                var candidates = Gazetteer.Named(key);
                bool alias = false;
                if (candidates.IsEmpty)
                {
                    candidates = Gazetteer.Aliased(key);
                    alias = true;
                }

                if (candidates.IsEmpty || ContinuesAsName(text, input, stop) || (i > 0 && ContinuesAsName(text, input, i - 1, backwards: true)))
                {
                    continue;
                }

                var (best, spanEnd, rule) = Choose(text, input, candidates, alias, stop, documentCountries);
                if (best is not null && input.Upos[stop - 1] == "ADJ" && !(best.Kind == PlaceKind.City && best.Population >= AdjectivalCityPopulation))
                {
                    // (A name the tagger read as an adjective is taken only for a large city.)
                    best = null;
                }

                if (best is not null)
                {
                    var span = Span(tokens, i, spanEnd);
                    found.Add(new PlaceMention(input.Index, span, text[span.Start..span.End], best, rule));
                    i = spanEnd;
                    matched = true;
                }
            }

            if (!matched)
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>The country or region a dictionary match names, when it is a name (not an adjective).</summary>
    private GazetteerEntry? DictionaryPlace(ActorMatch match)
    {
        foreach (var form in match.Forms)
        {
            if (form.Kind != MatchKind.Name)
            {
                continue;
            }

            if (form.Entry.Type == ActorType.Country && form.Entry.Iso2 is string iso2 && Gazetteer.CountriesByIso2.TryGetValue(iso2, out var country))
            {
                return country;
            }

            if (form.Entry.Type == ActorType.Region && form.Entry.Code is string region)
            {
                string name = form.Entry.Names.FirstOrDefault(n => !n.StartsWith("the ", StringComparison.Ordinal)) ?? form.Entry.Id;
                return new GazetteerEntry(name, PlaceKind.Region, string.Empty, region, string.Empty, string.Empty, string.Empty, string.Empty, 0, double.NaN, double.NaN, "RGN", 0);
            }
        }

        return null;
    }

    /// <summary>
    /// Picks the candidate a name means. A qualifier after it (", D.C.", ", Russia") is part of the
    /// mention and decides; otherwise the document's countries, capital status and population.
    /// </summary>
    private (GazetteerEntry? Best, int End, string Rule) Choose(string text, SentenceInput input, ReadOnlySpan<GazetteerEntry> candidates, bool alias, int stop, IReadOnlySet<string> documentCountries)
    {
        var tokens = input.Tokens;
        Span<char> buffer = stackalloc char[KeyLength];
        if (stop + 1 < tokens.Length && tokens[stop].Span.In(text) is ",")
        {
            int qualifierEnd = Math.Min(tokens.Length, stop + 1 + 3);
            for (int q = qualifierEnd; q > stop + 1; q--)
            {
                if (!char.IsUpper(text[tokens[stop + 1].Span.Start]))
                {
                    break;
                }

                var key = Key(text, tokens, stop + 1, q, buffer);
                var qualified = Qualified(candidates, key, input.Matches.FirstOrDefault(m => m.Start == stop + 1 && m.End == q));
                if (qualified is not null)
                {
                    return (qualified, q, "qualifier");
                }
            }
        }

        GazetteerEntry? best = null;
        double bestScore = double.MinValue;
        bool byCountry = false;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind == PlaceKind.Country)
            {
                // Countries come from the dictionaries, which know when a country name is a name.
                continue;
            }

            bool inDocument = documentCountries.Contains(candidate.Iso2);
            double score = Math.Log10(candidate.Population + 10)
                + (inDocument ? 3 : 0)
                + (candidate.FeatureCode == "PPLC" ? 2 : candidate.FeatureCode == "PPLA" ? 1 : 0)
                + (candidate.Kind == PlaceKind.Admin1 ? 4.5 : 0)
                - (candidate.FeatureCode is "PPLX" or "PPLH" or "PPLQ" or "PPLW" ? 3 : 0);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
                byCountry = inDocument;
            }
        }

        if (best is null)
        {
            return (null, stop, string.Empty);
        }

        // Other spellings are GeoNames' untagged alternate names: only trusted for large places the document is about.
        if (alias && (best.Population < 100_000 || !byCountry))
        {
            return (null, stop, string.Empty);
        }

        string rule = candidates.Length == 1 ? "unique" : byCountry ? "document-country" : "population";
        return (best, stop, alias ? rule + "+alias" : rule);
    }

    /// <summary>The candidate that lies in the qualifier's country or division.</summary>
    private GazetteerEntry? Qualified(ReadOnlySpan<GazetteerEntry> candidates, ReadOnlySpan<char> qualifierKey, ActorMatch? qualifierMatch)
    {
        string? iso2 = qualifierMatch is null ? null : DictionaryPlace(qualifierMatch) is { Kind: PlaceKind.Country } country ? country.Iso2 : null;
        var divisions = Gazetteer.Named(qualifierKey);
        GazetteerEntry? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != PlaceKind.City)
            {
                continue;
            }

            bool inCountry = iso2 is not null && candidate.Iso2 == iso2;
            bool inDivision = false;
            foreach (var division in divisions)
            {
                inDivision |= (division.Kind == PlaceKind.Admin1 && division.Iso2 == candidate.Iso2 && division.Admin1 == candidate.Admin1)
                    || (division.Kind == PlaceKind.Country && division.Iso2 == candidate.Iso2);
            }

            if ((inCountry || inDivision) && (best is null || candidate.Population > best.Population))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>True when tokens [start, stop) can form a place name: capitalised proper nouns, lower-case joining words inside.</summary>
    private static bool Nameable(string text, SentenceInput input, int start, int stop)
    {
        for (int k = start; k < stop; k++)
        {
            var token = input.Tokens[k];
            if (input.Blocked[k] || token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                return false;
            }

            bool capital = char.IsUpper(text[token.Span.Start]);
            if (!capital && (k == start || k == stop - 1))
            {
                return false;
            }
        }

        // The last word carries the name's part of speech; common words in capitals ("Reading", "March") are not proper nouns.
        // A city's name before a noun may be tagged as an adjective ("the Shanghai authorities"): one such word is
        // nameable when no actor dictionary reads it (as it reads "American", "Swiss").
        return input.Upos[stop - 1] is "PROPN" or "X"
            || (input.Upos[stop - 1] == "ADJ" && stop - start == 1 && start > 0 && stop < input.Tokens.Length && input.Upos[stop] == "NOUN"
                && !input.Matches.Any(m => m.Start <= start && start < m.End));
    }

    /// <summary>The least population of a city whose name, tagged as an adjective before a noun, is taken as the place.</summary>
    private const long AdjectivalCityPopulation = 1_000_000;

    /// <summary>True when a capitalised proper noun continues the name, so the place is part of a longer name ("Moscow State University").</summary>
    private static bool ContinuesAsName(string text, SentenceInput input, int at, bool backwards = false)
    {
        if (at < 0 || at >= input.Tokens.Length)
        {
            return false;
        }

        var token = input.Tokens[at];
        bool name = token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start]) && input.Upos[at] == "PROPN";
        if (!name)
        {
            return false;
        }

        // A sentence-initial capital before the place is an ordinary word ("In Moscow"); a capitalised
        // word before it is part of a name unless it is itself a place ("South Korea" is matched whole).
        return !backwards || at > 0;
    }

    private const int KeyLength = 128;

    /// <summary>The lower-cased words [start, stop) joined by single spaces, written into <paramref name="buffer"/> (empty when too long).</summary>
    private static ReadOnlySpan<char> Key(string text, ReadOnlySpan<Token> tokens, int start, int stop, Span<char> buffer)
    {
        int length = 0;
        for (int k = start; k < stop; k++)
        {
            var word = tokens[k].Span.In(text);
            if (length + word.Length + 1 > buffer.Length)
            {
                return [];
            }

            if (k > start)
            {
                buffer[length++] = ' ';
            }

            length += word.ToLowerInvariant(buffer[length..]);
        }

        return buffer[..length];
    }

    private static TextSpan Span(ReadOnlySpan<Token> tokens, int start, int stop) => new(tokens[start].Span.Start, tokens[stop - 1].Span.End);
}
