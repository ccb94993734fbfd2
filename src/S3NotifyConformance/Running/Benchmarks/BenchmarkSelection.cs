namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>Which of <c>s3notify bench</c>'s benchmarks to run, from <c>--only</c> as given: names or letters, comma-separated,
/// the option repeated or both (<c>--only a,b</c>, <c>--only ingest,webhook</c>, <c>--only a --only e</c>), in any case.</summary>
public sealed record BenchmarkSelection(ImmutableArray<BenchmarkSelection.Benchmark> Selected)
{
    /// <summary>One benchmark: its name and its letter in the README's table.</summary>
    public sealed record Benchmark(string Name, string Letter);

    /// <summary>Every benchmark, in the order they run.</summary>
    public static ImmutableArray<Benchmark> All { get; } =
        [new("ceiling", "a"), new("ingest", "b"), new("accuracy", "c"), new("memory", "d"), new("webhook", "e"), new("fuzz", "f"),
         new("agents", "g"), new("growth", "h")];

    /// <summary>The list for help texts and errors: <c>ceiling (a), ingest (b), …</c>.</summary>
    public static string Described { get; } = string.Join(", ", All.Select(b => $"{b.Name} ({b.Letter})"));

    /// <summary>The selection <c>--only</c> gives (every benchmark when nothing is given), or the entries naming no benchmark.</summary>
    public static (BenchmarkSelection? Selection, ImmutableArray<string> Unknown) Parse(IEnumerable<string>? given)
    {
        var entries = (given ?? []).SelectMany(g => g.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var unknown = entries.Where(e => Find(e) is null).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        if (!unknown.IsEmpty)
        {
            return (null, unknown);
        }

        var named = entries.Select(e => Find(e)!).ToHashSet();
        return (new BenchmarkSelection(named.Count == 0 ? All : [.. All.Where(named.Contains)]), []);
    }

    /// <summary>Whether the benchmark of this name is selected.</summary>
    public bool Includes(string name) => Selected.Any(b => b.Name == name);

    private static Benchmark? Find(string given) => All.FirstOrDefault(b =>
        string.Equals(given, b.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(given, b.Letter, StringComparison.OrdinalIgnoreCase));
}
