using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Html;

/// <summary>The page shell and small pieces of the conformance HTML pages (index.html, matrix.html): inline CSS, no scripts,
/// a Content-Security-Policy that forbids anything but inline styles, and every text escaped (stores send hostile text).</summary>
public static partial class ConformanceHtml
{
    /// <summary>The outcomes in the order grids show them.</summary>
    public static ImmutableArray<ScenarioOutcome> Outcomes { get; } =
        [ScenarioOutcome.Passed, ScenarioOutcome.Failed, ScenarioOutcome.KnownDeviation, ScenarioOutcome.Unsupported, ScenarioOutcome.Error];

    private const int MaxTextLength = 20_000;

    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 20px; color: #222; max-width: 1220px; }
        h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 26px; border-bottom: 1px solid #ddd; }
        h3 { font-size: 15px; margin: 14px 0 4px; }
        .verdict { display: inline-block; padding: 4px 10px; border-radius: 4px; font-weight: bold; }
        .pass { background: #e3f4e3; color: #1b5e20; } .fail { background: #fde2e1; color: #b71c1c; }
        .known { background: #fff3cd; color: #7a5a00; } .unsupported { background: #eceff1; color: #455a64; }
        .error { background: #f3e5f5; color: #6a1b9a; } .none { color: #bbb; }
        .tag { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; font-weight: bold; }
        table { border-collapse: collapse; margin: 8px 0; max-width: 100%; }
        table.wide { width: 100%; table-layout: fixed; }
        td, th { border: 1px solid #ddd; padding: 3px 7px; font-size: 13px; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f5f5f5; text-align: left; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        pre, code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f8f8f8; border: 1px solid #eee; padding: 6px; margin: 4px 0; }
        details { border: 1px solid #e5e5e5; border-radius: 4px; margin: 3px 0; padding: 2px 8px; }
        details > summary { cursor: pointer; overflow-wrap: anywhere; } details[open] > summary { margin-bottom: 6px; }
        .muted { color: #777; font-size: 12px; } ul { padding-left: 22px; } li { overflow-wrap: anywhere; }
        """;

    /// <summary>A full page with <paramref name="title"/> and the given body HTML.</summary>
    public static string Page(string title, string body) => new StringBuilder()
        .Append("<!DOCTYPE html>\n")
        .Append("<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .Append($"<title>{E(title)}</title>\n")
        .Append($"<style>{Style}</style></head><body>\n")
        .Append(body)
        .Append("</body></html>\n")
        .ToString();

    /// <summary>HTML-escapes text (quotes included), cut at 20,000 characters so a hostile body cannot bloat the page.</summary>
    public static string E(string? text)
    {
        var t = text ?? string.Empty;
        return WebUtility.HtmlEncode(t.Length > MaxTextLength ? t[..MaxTextLength] + $"… ({t.Length - MaxTextLength} more characters in results.json)" : t);
    }

    /// <summary>Escaped text whose http(s) URLs become links (only those two schemes, the URL escaped as an attribute).</summary>
    public static string Linked(string? text)
    {
        var t = text ?? string.Empty;
        var b = new StringBuilder();
        var last = 0;
        foreach (Match m in UrlPattern().Matches(t))
        {
            b.Append(E(t[last..m.Index]));
            b.Append($"<a href=\"{E(m.Value)}\" rel=\"noreferrer\">{E(m.Value)}</a>");
            last = m.Index + m.Length;
        }

        return b.Append(E(t[last..])).ToString();
    }

    /// <summary>The CSS class of an outcome's colour.</summary>
    public static string Class(ScenarioOutcome outcome) => outcome switch
    {
        ScenarioOutcome.Passed => "pass",
        ScenarioOutcome.Failed => "fail",
        ScenarioOutcome.KnownDeviation => "known",
        ScenarioOutcome.Unsupported => "unsupported",
        _ => "error",
    };

    /// <summary>An outcome in words.</summary>
    public static string Word(ScenarioOutcome outcome) => outcome switch
    {
        ScenarioOutcome.KnownDeviation => "known deviation",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>A coloured badge with an outcome's word.</summary>
    public static string Badge(ScenarioOutcome outcome) => $"<span class=\"tag {Class(outcome)}\">{Word(outcome)}</span>";

    /// <summary>A difference's status tags: new or known, and blocking.</summary>
    public static string Status(Difference d) =>
        (d.IsNew ? "<span class=\"tag fail\">new</span>" : "<span class=\"tag known\">known</span>") +
        (d.Blocking ? " <span class=\"tag error\">blocking</span>" : string.Empty);

    /// <summary>A table from a header and rows of cells (already escaped HTML).</summary>
    /// <param name="widths">CSS widths of the columns of a fixed-layout table ("" leaves one to share the rest), or null.</param>
    public static string Table(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows, string? cssClass = null, Func<int, bool>? numeric = null,
        IReadOnlyList<string>? widths = null)
    {
        var b = new StringBuilder(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">");
        if (widths is not null)
        {
            b.Append("<colgroup>").AppendJoin(string.Empty, widths.Select(w => w.Length == 0 ? "<col>" : $"<col style=\"width:{w}\">")).Append("</colgroup>");
        }

        b.Append("<tr>");
        foreach (var h in header)
        {
            b.Append($"<th>{h}</th>");
        }

        b.Append("</tr>\n");
        foreach (var row in rows)
        {
            b.Append("<tr>");
            var i = 0;
            foreach (var cell in row)
            {
                b.Append(numeric?.Invoke(i++) == true ? $"<td class=\"num\">{cell}</td>" : $"<td>{cell}</td>");
            }

            b.Append("</tr>\n");
        }

        return b.Append("</table>\n").ToString();
    }

    [GeneratedRegex("https?://[^\\s<>\"'()]+[^\\s<>\"'().,;:]")]
    private static partial Regex UrlPattern();
}
