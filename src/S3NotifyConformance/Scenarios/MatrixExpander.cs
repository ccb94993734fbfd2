namespace S3NotifyConformance.Scenarios;

/// <summary>Expands a matrix into scenario models: event × naming × filter × destination. Combinations that do not exist
/// (a wildcard for an event without a category) are skipped, not invented.</summary>
/// <param name="keysPerScenario">How many distinct keys each generated scenario writes (1 in every run; more only for the growth
/// benchmark): its steps are repeated for <c>object-1</c> … <c>object-K</c> (and as many other keys), so it expects K times the
/// records. A snapshot holds one key's records, so a scenario with more keys is judged by every rule but not by its snapshot.</param>
internal sealed class MatrixExpander(string file, int keysPerScenario = 1)
{
    private const string DefaultKey = "object-1";
    private const string OtherKey = "zz-unselected/object-2.bin";

    public IEnumerable<ScenarioModel> Expand(MatrixModel matrix)
    {
        var id = matrix.Id ?? throw Error("#?", "id is missing");
        var events = (matrix.Events ?? []).Concat((matrix.EventNames ?? []).Select(e => new MatrixEventModel { Name = Slug(e), Event = e })).ToList();
        if (events.Count == 0)
        {
            throw Error(id, "has no events");
        }

        var filters = matrix.Filters ?? [new MatrixFilterModel { Name = "no-filter" }];
        foreach (var ev in events)
        {
            var specific = ev.Event ?? throw Error(id, $"event '{ev.Name}' has no event name");
            foreach (var naming in matrix.Namings ?? ["specific"])
            {
                var configured = naming switch
                {
                    "specific" => specific,
                    "wildcard" => Wildcard(specific),
                    _ => throw Error(id, $"naming must be specific or wildcard, not '{naming}'"),
                };
                if (configured is null)
                {
                    continue;
                }

                foreach (var filter in filters)
                {
                    foreach (var destination in matrix.Destinations ?? ["sqs"])
                    {
                        yield return Combine(matrix, id, ev, naming, configured, filter, destination);
                    }
                }
            }
        }
    }

    /// <summary>The object key and the other key of key variant <paramref name="variant"/> (1-based; variant 1 is the only one in a run).</summary>
    public static (string Key, string Other) Keys(int variant) =>
        variant == 1 ? (DefaultKey, OtherKey) : ($"object-{variant}", $"zz-unselected/object-{variant}-other.bin");

    private ScenarioModel Combine(MatrixModel matrix, string id, MatrixEventModel ev, string naming, string configured, MatrixFilterModel filter, string destination)
    {
        var template = ev.Steps ?? matrix.Steps ?? [];
        // Only steps that write a key are repeated: a matrix without keys (read-backs) stays as written.
        var writesKeys = false;
        foreach (var value in template.SelectMany(step => step.Values))
        {
            value.Map(text =>
            {
                writesKeys |= text.Contains("{key}", StringComparison.Ordinal);
                return text;
            });
        }

        var variants = writesKeys ? keysPerScenario : 1;
        var steps = Enumerable.Range(1, variants).SelectMany(variant =>
        {
            var (objectKey, other) = Keys(variant);
            var key = (filter.Key ?? "{object}").Replace("{object}", objectKey, StringComparison.Ordinal);
            string Fill(string text) => text.Replace("{key}", key, StringComparison.Ordinal).Replace("{other}", other, StringComparison.Ordinal);
            return template.Select(step => step.ToDictionary(s => s.Key, s => s.Value.Map(Fill)));
        });
        var names = $"{ev.Name}/{naming}/{filter.Name}/{destination}";
        return new ScenarioModel
        {
            Id = $"{id}/{names}",
            Title = (matrix.Title ?? "{event} ({naming} name, {filter}) to {destination}")
                .Replace("{event}", ev.Event).Replace("{naming}", naming).Replace("{filter}", filter.Name).Replace("{destination}", destination),
            Source = ev.Source ?? matrix.Source,
            Versioning = ev.Versioning,
            Needs = ev.Needs,
            Notification = [new ConfigurationModel { Id = "matrix", Destination = destination, Events = [configured], Prefix = filter.Prefix, Suffix = filter.Suffix }],
            Steps = [.. steps],
            Expect = variants == 1 ? matrix.Expect : new ExpectModel { Snapshot = false, TestEvents = matrix.Expect?.TestEvents ?? false, NoEvents = matrix.Expect?.NoEvents ?? false },
        };
    }

    /// <summary>The category wildcard of an event name, or null where AWS has none (s3:ObjectAcl:Put, s3:LifecycleTransition).</summary>
    public static string? Wildcard(string eventName)
    {
        var parts = eventName.Split(':');
        var wildcard = parts.Length == 3 && parts[2] != "*" ? $"{parts[0]}:{parts[1]}:*" : null;
        return wildcard is not null && EventNames.IsKnown(wildcard) ? wildcard : null;
    }

    private static string Slug(string eventName) =>
        string.Join('-', eventName.Replace("s3:", string.Empty).Replace("*", "all").Split(':').Select(p => string.Concat(p.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()))));

    private ScenarioDefinitionException Error(string id, string message) => new($"{file}: matrix '{id}': {message}");
}
