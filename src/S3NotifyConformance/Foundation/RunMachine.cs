using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace S3NotifyConformance.Foundation;

/// <summary>The machine a run ran on. For a merged load run, the agents' machines together (cores and memory summed).</summary>
/// <param name="MemoryGiB">Memory available to the process, in GiB.</param>
/// <param name="DotNet">The .NET runtime version.</param>
public sealed partial record RunMachine(string Os, int Cores, double MemoryGiB, string DotNet)
{
    /// <summary>This machine.</summary>
    public static RunMachine Current() => new(
        RuntimeInformation.OSDescription, Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0), 1), Environment.Version.ToString());

    /// <summary>One line for reports: OS, cores, memory, .NET.</summary>
    public string Description => $"{Os}, {Cores} cores, {MemoryGiB.ToString("0", CultureInfo.InvariantCulture)} GiB, .NET {DotNet}";

    /// <inheritdoc />
    public override string ToString() => Description;

    /// <summary>The machines of several agents as one: itself when they are one machine, else the OS and .NET versions
    /// listed once each with cores and memory summed.</summary>
    public static RunMachine Merge(IEnumerable<RunMachine> machines)
    {
        var distinct = machines.Distinct().ToList();
        return distinct.Count == 1
            ? distinct[0]
            : new RunMachine(string.Join(" | ", distinct.Select(m => m.Os).Distinct()), distinct.Sum(m => m.Cores), distinct.Sum(m => m.MemoryGiB),
                string.Join(" | ", distinct.Select(m => m.DotNet).Distinct()));
    }

    /// <summary>The machine of a <see cref="Description"/> line (results.json of older versions held only that line).</summary>
    public static RunMachine Parse(string description) => DescriptionLine().Match(description) is { Success: true } m
        ? new RunMachine(m.Groups["os"].Value, int.Parse(m.Groups["cores"].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups["memory"].Value, CultureInfo.InvariantCulture), m.Groups["dotnet"].Value)
        : new RunMachine(description, 0, 0, "unknown");

    [GeneratedRegex(@"^(?<os>.+), (?<cores>\d+) cores, (?<memory>\d+(\.\d+)?) GiB, \.NET (?<dotnet>.+)$")]
    private static partial Regex DescriptionLine();
}
