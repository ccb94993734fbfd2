using System.CommandLine;

namespace S3NotifyConformance.Cli.Commands.Probe;

/// <summary>Declares <c>s3notify probe</c>: options only.</summary>
public static class ProbeCommandDefinition
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("probe", "Check what a store does with each capability (versioning, tagging, ACL, notification configurations), whatever its target file declares; prints a table, writes no files");
        command.Options.Add(CommonOptions.TargetOption);
        command.SetAction(ProbeCommand.RunAsync);
        return command;
    }
}
