using System.CommandLine;
using S3NotifyConformance.Load.Simulations;

namespace S3NotifyConformance.Cli.Commands.Load;

/// <summary>Declares <c>s3notify load</c>: options only.</summary>
public static class LoadCommandDefinition
{
    /// <summary>--simulation (repeatable, chained in order)</summary>
    public static readonly Option<string[]> SimulationOption = new("--simulation", "-s")
    {
        Description = "A load simulation, NBomber's names; repeat to chain. Forms: " + LoadSimulationParser.Forms,
    };

    /// <summary>--warmup</summary>
    public static readonly Option<string?> WarmupOption = new("--warmup") { Description = "Warm-up length, not measured (default 2s; 0s for none)" };

    /// <summary>--drain</summary>
    public static readonly Option<string?> DrainOption = new("--drain") { Description = "After the last write, wait this long for events before counting the rest lost (default 10s)" };

    /// <summary>--settle</summary>
    public static readonly Option<string?> SettleOption = new("--settle")
    {
        Description = "After every event arrived, listen this long for late duplicates (default: twice the slowest delivery, 100ms..2s)",
    };

    /// <summary>--threshold (repeatable)</summary>
    public static readonly Option<string[]> ThresholdOption = new("--threshold")
    {
        Description = "Pass condition METRIC OP VALUE, e.g. \"delivery.p99 < 500ms\", \"duplication < 1%\", \"loss == 0\"; a failed one exits 1",
    };

    /// <summary>--config</summary>
    public static readonly Option<string?> ConfigOption = new("--config", "-c") { Description = "Load file (YAML) with target, simulations, warmup, drain, thresholds, store faults" };

    /// <summary>--object-size</summary>
    public static readonly Option<int?> ObjectSizeOption = new("--object-size") { Description = "Bytes per PutObject (default 1024)" };

    /// <summary>--receivers</summary>
    public static readonly Option<int?> ReceiversOption = new("--receivers") { Description = "Concurrent SQS long-poll receivers (default 2)" };

    /// <summary>--delay (embedded store)</summary>
    public static readonly Option<string?> DelayOption = new("--delay")
    {
        Description = "Embedded store: delivery delay distribution, e.g. fixed:20ms, uniform:10ms..50ms, normal:mean=30ms,sd=5ms, exp:mean=20ms",
    };

    /// <summary>--duplicate (embedded store)</summary>
    public static readonly Option<double?> DuplicateOption = new("--duplicate") { Description = "Embedded store: probability (0..1) that an event is delivered twice" };

    /// <summary>--drop (embedded store)</summary>
    public static readonly Option<double?> DropOption = new("--drop") { Description = "Embedded store: probability (0..1) that an event is never delivered" };

    /// <summary>--fault-seed (embedded store)</summary>
    public static readonly Option<int?> FaultSeedOption = new("--fault-seed") { Description = "Embedded store: seed of the fault RNG (default 1)" };

    /// <summary>--fault (repeatable)</summary>
    public static readonly Option<string[]> FaultOption = new("--fault")
    {
        Description = "A fault applied during the measurement (at= counts from its start); repeat for several. Forms: " + S3NotifyConformance.Faults.FaultSpec.Forms,
    };

    /// <summary>--topic-attribute (repeatable; push and AMQP targets)</summary>
    public static readonly Option<string[]> TopicAttributeOption = new("--topic-attribute")
    {
        Description = "NAME=VALUE set on the push or AMQP topics the run creates, over the target file's (e.g. persistent=true for RGW's persistent topics); repeatable",
    };

    /// <summary>--on-outage (embedded store)</summary>
    public static readonly Option<string?> OnOutageOption = new("--on-outage")
    {
        Description = "Embedded store: what delivery does while a destination is down: retry (with backoff, delivering later; default) or drop",
    };

    /// <summary>--start-at (agents started together)</summary>
    public static readonly Option<string?> StartAtOption = new("--start-at")
    {
        Description = "Set up, then begin the plan (warm-up, then measurement) at this ISO-8601 UTC instant, e.g. 2026-12-02T08:00:00Z: " +
                      "agents given the same instant measure together (not more than 2 s past nor 1 h ahead)",
    };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("load", "Load a store with PutObject at a rate and measure event delivery: latency, duplication, loss; writes reports/<run-id>/");
        command.Options.Add(CommonOptions.TargetOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        foreach (var option in new Option[]
                 {
                     SimulationOption, WarmupOption, DrainOption, SettleOption, ThresholdOption, ConfigOption, ObjectSizeOption, ReceiversOption,
                     DelayOption, DuplicateOption, DropOption, FaultSeedOption, FaultOption, TopicAttributeOption, OnOutageOption, StartAtOption,
                 })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(ObjectSizeOption) is < 0)
            {
                result.AddError("--object-size must not be negative");
            }

            if (result.GetValue(ReceiversOption) is < 1)
            {
                result.AddError("--receivers must be at least 1");
            }
        });
        command.SetAction(LoadCommand.RunAsync);
        return command;
    }
}
