namespace S3NotifyConformance.Judging.Snapshots;

/// <summary>Lists the fields where two JSON documents differ, by path (<c>events[0].record.s3.object.eTag</c>).</summary>
public static class JsonDiff
{
    /// <summary>The differences, in document order; empty when equal.</summary>
    public static ImmutableArray<SnapshotDifference> Compare(JsonNode? verified, JsonNode? received)
    {
        var differences = ImmutableArray.CreateBuilder<SnapshotDifference>();
        Walk(verified, received, "$", differences);
        return differences.ToImmutable();
    }

    private static void Walk(JsonNode? a, JsonNode? b, string path, ImmutableArray<SnapshotDifference>.Builder differences)
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var name in x.Select(p => p.Key).Concat(y.Select(p => p.Key).Where(k => !x.ContainsKey(k))))
                {
                    var child = path == "$" ? name : $"{path}.{name}";
                    if (!x.ContainsKey(name))
                    {
                        differences.Add(new(child, "(absent)", Show(y[name])));
                    }
                    else if (!y.ContainsKey(name))
                    {
                        differences.Add(new(child, Show(x[name]), "(absent)"));
                    }
                    else
                    {
                        Walk(x[name], y[name], child, differences);
                    }
                }

                break;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count)
                {
                    differences.Add(new($"{path}.length", x.Count.ToString(), y.Count.ToString()));
                }

                for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
                {
                    if (i >= x.Count)
                    {
                        differences.Add(new($"{path}[{i}]", "(absent)", Show(y[i])));
                    }
                    else if (i >= y.Count)
                    {
                        differences.Add(new($"{path}[{i}]", Show(x[i]), "(absent)"));
                    }
                    else
                    {
                        Walk(x[i], y[i], $"{path}[{i}]", differences);
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(a, b))
                {
                    differences.Add(new(path, Show(a), Show(b)));
                }

                break;
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
