using System.CommandLine;

namespace S3NotifyConformance.Cli.Commands.SelfTest;

/// <summary>Declares <c>s3notify selftest</c>: options only.</summary>
public static class SelfTestCommandDefinition
{
    /// <summary>--fault (repeatable)</summary>
    public static readonly Option<string[]> FaultOption = new("--fault")
    {
        Description = "Seed only this fault (repeatable; default: every fault); --list shows the names",
    };

    /// <summary>--list</summary>
    public static readonly Option<bool> ListOption = new("--list") { Description = "List the faults (name, area, must fail or not, what they do) and exit" };

    /// <summary>--parallel</summary>
    public static readonly Option<int?> ParallelOption = new("--parallel")
    {
        Description = "Faulted runs at once (default 2; each runs its scenarios in parallel as well)",
    };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("selftest", "Run the suite against the embedded store once per seeded fault; report which scenarios and rules caught each");
        command.Options.Add(FaultOption);
        command.Options.Add(CommonOptions.FilterOption);
        command.Options.Add(CommonOptions.ReportDirOption);
        command.Options.Add(ParallelOption);
        command.Options.Add(ListOption);
        command.Validators.Add(result =>
        {
            if (result.GetValue(ParallelOption) is < 1)
            {
                result.AddError("--parallel must be at least 1");
            }
        });
        command.SetAction(SelfTestCommand.RunAsync);
        return command;
    }
}
