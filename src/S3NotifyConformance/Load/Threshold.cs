using System.Globalization;
using System.Text.RegularExpressions;

namespace S3NotifyConformance.Load;

/// <summary>A pass condition on a load result, written <c>METRIC OP VALUE</c>: <c>delivery.p99 &lt; 500ms</c>, <c>duplication &lt; 1%</c>,
/// <c>loss == 0</c>, <c>rps &gt;= 490</c>. Latencies take ms or s (a bare number is ms); ratios take % (a bare number is a fraction).</summary>
public sealed partial record Threshold(string Text, string Metric, ThresholdOperator Operator, double Value)
{
    /// <summary>Parses one threshold; a bad one is a <see cref="LoadPlanException"/> that shows the syntax.</summary>
    public static Threshold Parse(string text)
    {
        var match = Syntax().Match(text.Trim());
        if (!match.Success)
        {
            throw new LoadPlanException($"threshold '{text}' is not METRIC OP VALUE (e.g. \"delivery.p99 < 500ms\", \"duplication < 1%\", \"loss == 0\")");
        }

        var metric = LoadMetricCatalog.Find(match.Groups["metric"].Value);
        var op = match.Groups["op"].Value switch
        {
            "<" => ThresholdOperator.LessThan,
            "<=" => ThresholdOperator.LessOrEqual,
            ">" => ThresholdOperator.GreaterThan,
            ">=" => ThresholdOperator.GreaterOrEqual,
            "==" or "=" => ThresholdOperator.Equal,
            _ => ThresholdOperator.NotEqual,
        };
        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var value = (metric.Unit, unit) switch
        {
            (LoadMetricUnit.Milliseconds, "" or "ms") => number,
            (LoadMetricUnit.Milliseconds, "s") => number * 1000,
            (LoadMetricUnit.Ratio, "%") => number / 100,
            (LoadMetricUnit.Ratio, "") => number,
            (LoadMetricUnit.PerSecond, "" or "/s") => number,
            (LoadMetricUnit.Count, "") => number,
            _ => throw new LoadPlanException($"threshold '{text}': {metric.Name} is {metric.Unit} and cannot take '{unit}'"),
        };
        return new Threshold(text.Trim(), metric.Name, op, value);
    }

    /// <summary>Evaluates the threshold on a result.</summary>
    public ThresholdResult Evaluate(LoadResult result)
    {
        var metric = LoadMetricCatalog.Find(Metric);
        var actual = metric.Read(result);
        var passed = Operator switch
        {
            ThresholdOperator.LessThan => actual < Value,
            ThresholdOperator.LessOrEqual => actual <= Value,
            ThresholdOperator.GreaterThan => actual > Value,
            ThresholdOperator.GreaterOrEqual => actual >= Value,
            ThresholdOperator.Equal => Math.Abs(actual - Value) < 1e-12,
            _ => Math.Abs(actual - Value) >= 1e-12,
        };
        return new ThresholdResult(Text, actual, metric.Format(actual), passed);
    }

    [GeneratedRegex(@"^(?<metric>[A-Za-z][A-Za-z0-9_.]*)\s*(?<op><=|>=|==|!=|<|>|=)\s*(?<number>[0-9]+(\.[0-9]+)?)\s*(?<unit>ms|s|%|/s)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Syntax();
}
