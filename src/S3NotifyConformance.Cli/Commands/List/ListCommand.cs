using System.CommandLine;
using S3NotifyConformance.Running;
using S3NotifyConformance.Scenarios;
using Spectre.Console;

namespace S3NotifyConformance.Cli.Commands.List;

/// <summary><c>s3notify list</c>: the scenarios, expanded, with what they need and where their truth comes from.</summary>
public static class ListCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("list", "List scenarios (ids, evidence level, needed capabilities)");
        command.Options.Add(CommonOptions.FilterOption);
        command.SetAction((parseResult, _) => CliErrors.GuardAsync(() =>
        {
            var paths = ProjectPaths.Discover();
            var filter = ScenarioFilter.Parse(parseResult.GetValue(CommonOptions.FilterOption));
            var loaded = ScenarioLoader.LoadDirectory(paths.Scenarios);
            S3NotifyConformance.Faults.FaultSteps.Validate(loaded);
            var scenarios = loaded.Where(s => filter.Matches(s.Id)).ToList();
            foreach (var s in scenarios)
            {
                var needs = s.Needs.IsEmpty ? string.Empty : $" [grey]needs {string.Join(", ", s.Needs.Select(n => n.ToName()))}[/]";
                AnsiConsole.MarkupLine($"{Markup.Escape(s.Id)} [grey]({s.Source.Level})[/]{needs}");
            }

            AnsiConsole.MarkupLine($"[bold]{scenarios.Count}[/] scenario(s)");
            return Task.FromResult(ExitCodes.Passed);
        }));
        return command;
    }
}
