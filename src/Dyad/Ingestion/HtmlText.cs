using System.Text;
using AngleSharp.Dom;

namespace Dyad.Ingestion;

/// <summary>
/// Turns an HTML element into plain text with its block structure: block elements become
/// paragraphs separated by a blank line, <c>&lt;br&gt;</c> a line break. Scripts, styles and
/// other non-text elements are skipped.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "figure", "figcaption", "hr", "address",
        "form", "fieldset", "details", "summary", "caption", "center",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
        "embed", "video", "audio", "select", "option", "button", "input", "textarea", "head",
    };

    public static string ToText(INode root)
    {
        var writer = new BlockWriter();
        Walk(root, writer);
        return writer.ToString();
    }

    private static void Walk(INode node, BlockWriter writer)
    {
        foreach (INode child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Inline(text.Data);
                    break;
                case IElement element when SkippedElements.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    writer.LineBreak();
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    writer.Inline(" ");
                    Walk(element, writer);
                    writer.Inline(" ");
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    writer.Paragraph();
                    Walk(element, writer);
                    writer.Paragraph();
                    break;
                case IElement element:
                    Walk(element, writer);
                    break;
            }
        }
    }

    /// <summary>Collapses whitespace the way a browser renders it, and tracks block breaks.</summary>
    private sealed class BlockWriter
    {
        private readonly StringBuilder text = new();
        private bool pendingSpace;
        private int pendingBreak; // 0 none, 1 line break, 2 paragraph break

        public void Inline(string data)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (text.Length > 0)
                {
                    if (pendingBreak == 2)
                    {
                        text.Append("\n\n");
                    }
                    else if (pendingBreak == 1)
                    {
                        text.Append('\n');
                    }
                    else if (pendingSpace)
                    {
                        text.Append(' ');
                    }
                }

                pendingBreak = 0;
                pendingSpace = false;
                text.Append(c);
            }
        }

        public void LineBreak() => pendingBreak = Math.Max(pendingBreak, 1);

        public void Paragraph() => pendingBreak = 2;

        public override string ToString() => text.ToString();
    }
}
