namespace Dyad.Actors;

/// <summary>
/// Reads CAMEO actor codes, which are runs of three-letter parts: a country or pseudo-country
/// (RUS, WST, IGO, NGO) followed by roles (GOV, MIL …) or, for IGO/NGO, a group code (IGONAT).
/// </summary>
public static class ActorCode
{
    private static readonly HashSet<string> Roles =
    [
        "GOV", "MIL", "LEG", "COP", "JUD", "REB", "OPP", "MED", "BUS", "NGO", "CVL", "EDU", "LAB", "REF", "HLH",
        "SPY", "ELI", "AGR", "ENV", "HRI", "CRM", "INS", "SEP", "UAF", "DEV", "MOD", "RAD", "PTY", "IGO", "MNC",
        "NGM", "UIS", "IMG", "INT", "PRE", "PRM", "REL", "SOC", "JRN",
    ];

    private static readonly HashSet<string> PseudoCountries = ["IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS"];

    /// <summary>True when the code is well formed: one or more parts of three capital letters.</summary>
    public static bool IsValid(string? code) =>
        code is { Length: >= 3 } && code.Length % 3 == 0 && code.All(char.IsAsciiLetterUpper);

    /// <summary>The country (or region) part, or null for international and role-only codes.</summary>
    public static string? CountryOf(string code)
    {
        if (code.Length < 3)
        {
            return null;
        }

        string first = code[..3];
        return PseudoCountries.Contains(first) || Roles.Contains(first) ? null : first;
    }

    /// <summary>The first role part after the country (GOV in RUSGOV), or null.</summary>
    public static string? RoleOf(string code)
    {
        for (int i = 0; i + 3 <= code.Length; i += 3)
        {
            string part = code.Substring(i, 3);
            if (Roles.Contains(part) && !(i == 0 && PseudoCountries.Contains(part)))
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>The CAMEO type part: the role, or the pseudo-country (IGO) of international codes.</summary>
    public static string? TypeOf(string code) =>
        code.Length >= 3 && PseudoCountries.Contains(code[..3]) ? code[..3] : RoleOf(code);

    /// <summary>The known-group part of an international code (NAT in IGONAT), or null.</summary>
    public static string? GroupOf(string code) =>
        code.Length >= 6 && PseudoCountries.Contains(code[..3]) ? code[3..6] : null;

    /// <summary>Whether a three-letter part is a role (GOV, HRI …), not a country or a known group.</summary>
    public static bool IsRole(string part) => Roles.Contains(part);

    /// <summary>A country with a role: RUS + GOV → RUSGOV.</summary>
    public static string Combine(string country, string role) => country + role;
}
