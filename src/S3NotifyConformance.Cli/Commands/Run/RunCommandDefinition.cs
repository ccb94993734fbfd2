using System.CommandLine;

namespace S3NotifyConformance.Cli.Commands.Run;

/// <summary>Declares <c>s3notify run</c>: options only.</summary>
public static class RunCommandDefinition
{
    /// <summary>--parallel</summary>
    public static readonly Option<int?> ParallelOption = new("--parallel")
    {
        Description = "Scenarios working on the store at once (default: the target's timing.parallelism)",
    };

    /// <summary>--concurrency</summary>
    public static readonly Option<int?> ConcurrencyOption = new("--concurrency")
    {
        Description = "Scenarios under way at once, counting those that only wait for deliveries (default: the target's timing.concurrency; "
                      + "--parallel 1 --concurrency 1 runs one scenario at a time)",
    };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("run", "Run the conformance suite against a store and write reports/<run-id>/");
        command.Options.Add(CommonOptions.TargetOption);
        command.Options.Add(CommonOptions.FilterOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.Options.Add(ParallelOption);
        command.Options.Add(ConcurrencyOption);
        command.Options.Add(CommonOptions.BaselineOption);
        command.Validators.Add(result =>
        {
            if (result.GetValue(ParallelOption) is < 1)
            {
                result.AddError("--parallel must be at least 1");
            }

            if (result.GetValue(ConcurrencyOption) is < 1)
            {
                result.AddError("--concurrency must be at least 1");
            }
        });
        command.SetAction(RunCommand.RunAsync);
        return command;
    }
}
