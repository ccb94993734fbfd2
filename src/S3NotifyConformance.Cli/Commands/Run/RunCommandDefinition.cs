using System.CommandLine;

namespace S3NotifyConformance.Cli.Commands.Run;

/// <summary>Declares <c>s3notify run</c>: options only.</summary>
public static class RunCommandDefinition
{
    /// <summary>--parallel</summary>
    public static readonly Option<int?> ParallelOption = new("--parallel")
    {
        Description = "Scenarios to run at once (default: the target's setting)",
    };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("run", "Run the conformance suite against a store and write reports/<run-id>/");
        command.Options.Add(CommonOptions.TargetOption);
        command.Options.Add(CommonOptions.FilterOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.Options.Add(ParallelOption);
        command.Options.Add(CommonOptions.BaselineOption);
        command.Validators.Add(result =>
        {
            if (result.GetValue(ParallelOption) is < 1)
            {
                result.AddError("--parallel must be at least 1");
            }
        });
        command.SetAction(RunCommand.RunAsync);
        return command;
    }
}
