using System.Collections.Immutable;
using System.CommandLine;
using S3NotifyConformance.Load;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.ReferenceStore.Faults;
using S3NotifyConformance.Running;
using S3NotifyConformance.Targets;
using static S3NotifyConformance.Cli.Commands.Load.LoadCommandDefinition;

namespace S3NotifyConformance.Cli.Commands.Load;

/// <summary>Does <c>s3notify load</c>: merges options over the load file, runs the load, prints the summary, maps the exit code
/// (1 when a threshold failed).</summary>
public static class LoadCommand
{
    /// <summary>The command's action.</summary>
    public static Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken) => CliErrors.GuardAsync(async () =>
    {
        var paths = ProjectPaths.Discover();
        var options = Options(parseResult, paths);
        ReportDirectory.RequireWritable(options.ReportRoot);
        using var shutdown = new ShutdownSignal();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
        var outcome = await ConsoleLoadProgress.RunAsync(progress => new LoadRunner(BuiltInTargets.Catalog(paths), progress).RunAsync(options, linked.Token));
        ConsoleLoadProgress.PrintSummary(outcome.Result);
        return outcome.Result.Succeeded ? ExitCodes.Passed : ExitCodes.Failed;
    });

    private static LoadRunOptions Options(ParseResult parse, ProjectPaths paths)
    {
        var file = parse.GetValue(ConfigOption) is { } config ? LoadFileLoader.Load(config) : new LoadFile();
        var simulations = parse.GetValue(SimulationOption) is { Length: > 0 } given ? [.. given] : LoadFileLoader.SimulationTexts(file);
        var thresholds = (file.Thresholds ?? []).Concat(parse.GetValue(ThresholdOption) ?? []).ToImmutableArray();
        return new LoadRunOptions(
            parse.GetValue(CommonOptions.TargetOption) ?? file.Target,
            simulations.IsEmpty ? LoadRunOptions.DefaultSimulations : simulations,
            DurationText.Parse(parse.GetValue(WarmupOption) ?? file.Warmup ?? "2s"),
            DurationText.Parse(parse.GetValue(DrainOption) ?? file.Drain ?? "10s"),
            (parse.GetValue(SettleOption) ?? file.Settle) is { } settle ? DurationText.Parse(settle) : null,
            parse.GetValue(ObjectSizeOption) ?? file.ObjectSize ?? 1024,
            thresholds,
            Faults(parse, file.Store),
            parse.GetValue(CommonOptions.ReportDirOption) ?? paths.Reports,
            paths,
            parse.GetValue(ReceiversOption) ?? 2)
        {
            Faults = [.. file.Faults ?? [], .. parse.GetValue(FaultOption) ?? []],
            TopicAttributes = TopicAttributesOf(parse.GetValue(TopicAttributeOption) ?? []),
            StoreOutagePolicy = OutagePolicyOf(parse.GetValue(OnOutageOption) ?? file.Store?.OnOutage),
            StartAt = (parse.GetValue(StartAtOption) ?? file.StartAt) is { } startAt ? LoadStartTime.Parse(startAt, DateTimeOffset.UtcNow) : null,
        };
    }

    private static ImmutableSortedDictionary<string, string> TopicAttributesOf(IEnumerable<string> texts) => texts
        .Select(t => t.Split('=', 2) is [var name, var value] && name.Trim().Length > 0
            ? KeyValuePair.Create(name.Trim(), value.Trim())
            : throw new FormatException($"--topic-attribute must read NAME=VALUE, not '{t}'"))
        .ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static OutagePolicy? OutagePolicyOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "retry" => OutagePolicy.Retry,
        "drop" => OutagePolicy.Drop,
        _ => throw new FormatException($"--on-outage (store.onOutage) must be retry or drop, not '{text}'"),
    };

    private static DeliveryFaults? Faults(ParseResult parse, LoadFile.LoadFileStore? store)
    {
        var delay = parse.GetValue(DelayOption) ?? store?.Delay;
        var duplicate = parse.GetValue(DuplicateOption) ?? store?.Duplicate;
        var drop = parse.GetValue(DropOption) ?? store?.Drop;
        var seed = parse.GetValue(FaultSeedOption) ?? store?.Seed;
        if (delay is null && duplicate is null && drop is null && seed is null)
        {
            return null;
        }

        var faults = new DeliveryFaults(delay is null ? DelayDistribution.None : DelayDistribution.Parse(delay), duplicate ?? 0, drop ?? 0, 0, seed ?? 1);
        faults.Validate();
        return faults;
    }
}
