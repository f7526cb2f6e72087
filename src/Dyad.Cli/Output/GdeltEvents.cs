using Dyad.Events;
using Dyad.Text;

namespace Dyad.Cli;

/// <summary>GDELT 2.0 Events rows (61 tab-separated columns); filled in by the GDELT export work.</summary>
internal static class GdeltEvents
{
    public static string Row(EventMention e, Document document)
    {
        _ = document;
        return string.Join('\t', e.Document, e.Event.Code);
    }
}
