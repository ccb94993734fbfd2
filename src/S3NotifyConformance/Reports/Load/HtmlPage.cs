using System.Net;
using System.Text;

namespace S3NotifyConformance.Reports.Load;

/// <summary>The self-contained page shell of the load and comparison reports: inline CSS, no scripts, nothing fetched at view time.</summary>
public static class HtmlPage
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 24px; color: #222; max-width: 1340px; }
        h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ddd; }
        .verdict { display: inline-block; padding: 4px 10px; border-radius: 4px; font-weight: bold; }
        .pass { background: #e3f4e3; color: #1b5e20; } .fail { background: #fde2e1; color: #b71c1c; }
        table { border-collapse: collapse; margin: 8px 0; } td, th { border: 1px solid #ddd; padding: 4px 8px; font-size: 13px; }
        th { background: #f5f5f5; text-align: left; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .charts { display: grid; grid-template-columns: repeat(2, 650px); gap: 12px; }
        figure.chart { margin: 0; border: 1px solid #e5e5e5; background: #fff; } figure.chart svg { display: block; }
        .muted { color: #777; font-size: 12px; }
        """;

    /// <summary>A full page with <paramref name="title"/> and the given body HTML.</summary>
    public static string Render(string title, string body) => new StringBuilder()
        .AppendLine("<!DOCTYPE html>")
        .AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .AppendLine($"<title>{E(title)}</title>")
        .AppendLine($"<style>{Style}</style></head><body>")
        .AppendLine(body)
        .AppendLine("</body></html>")
        .ToString();

    /// <summary>HTML-escapes text.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A verdict badge.</summary>
    public static string Verdict(string text, bool passed) => $"<span class=\"verdict {(passed ? "pass" : "fail")}\">{E(text)}</span>";

    /// <summary>A table from a header and rows of cells (already escaped HTML).</summary>
    public static string Table(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows, Func<int, bool>? numeric = null)
    {
        var b = new StringBuilder("<table><tr>");
        foreach (var h in header)
        {
            b.Append($"<th>{h}</th>");
        }

        b.Append("</tr>");
        foreach (var row in rows)
        {
            b.Append("<tr>");
            var i = 0;
            foreach (var cell in row)
            {
                b.Append(numeric?.Invoke(i++) == true ? $"<td class=\"num\">{cell}</td>" : $"<td>{cell}</td>");
            }

            b.Append("</tr>");
        }

        return b.Append("</table>").ToString();
    }
}
