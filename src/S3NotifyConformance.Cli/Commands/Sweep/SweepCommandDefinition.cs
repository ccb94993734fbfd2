using System.CommandLine;

namespace S3NotifyConformance.Cli.Commands.Sweep;

/// <summary>Declares <c>s3notify sweep</c>: options only.</summary>
public static class SweepCommandDefinition
{
    /// <summary>--run</summary>
    public static readonly Option<string?> RunOption = new("--run") { Description = "The run id whose resources to remove (printed first by run and load)" };

    /// <summary>--older-than</summary>
    public static readonly Option<string?> OlderThanOption = new("--older-than")
    {
        Description = "Remove the resources of every run whose id says it started longer ago than this, e.g. 2h, 30m",
    };

    /// <summary>--dry-run</summary>
    public static readonly Option<bool> DryRunOption = new("--dry-run") { Description = "List what would be removed; remove nothing" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("sweep", "Remove the buckets, queues and topics a killed run left on a store (exactly those named with its run id)");
        command.Options.Add(CommonOptions.TargetOption);
        command.Options.Add(RunOption);
        command.Options.Add(OlderThanOption);
        command.Options.Add(DryRunOption);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(RunOption) is null) == (result.GetValue(OlderThanOption) is null))
            {
                result.AddError("give exactly one of --run RUN-ID and --older-than AGE");
            }
        });
        command.SetAction(SweepCommand.RunAsync);
        return command;
    }
}
