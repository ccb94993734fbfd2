using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace S3NotifyConformance.Scenarios;

/// <summary>Loads scenarios from YAML files and checks them; every problem is a <see cref="ScenarioDefinitionException"/>.</summary>
public static class ScenarioLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Loads every <c>*.yaml</c> file under a folder, sorted by id; duplicate ids are an error.</summary>
    /// <param name="keysPerScenario">Keys each generated matrix scenario writes: 1 (as written) except in the growth benchmark.</param>
    public static ImmutableArray<Scenario> LoadDirectory(string directory, int keysPerScenario = 1)
    {
        if (!Directory.Exists(directory))
        {
            throw new ScenarioDefinitionException($"scenario folder '{directory}' does not exist");
        }

        var scenarios = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => LoadFile(path, keysPerScenario))
            .ToList();
        var duplicate = scenarios.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ScenarioDefinitionException(
                $"scenario id '{duplicate.Key}' is defined twice ({string.Join(", ", duplicate.Select(s => s.File).Distinct())})");
        }

        return [.. scenarios.OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>Loads one file.</summary>
    public static ImmutableArray<Scenario> LoadFile(string path, int keysPerScenario = 1) => Parse(File.ReadAllText(path), path, keysPerScenario);

    /// <summary>Parses YAML text; <paramref name="file"/> is only used in messages and results.</summary>
    public static ImmutableArray<Scenario> Parse(string yaml, string file, int keysPerScenario = 1)
    {
        if (keysPerScenario < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(keysPerScenario), keysPerScenario, "at least one key per scenario");
        }

        ScenarioFileModel? model;
        try
        {
            model = Deserializer.Deserialize<ScenarioFileModel>(yaml);
        }
        catch (YamlException e)
        {
            throw new ScenarioDefinitionException($"{file}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
        }

        if (model is null)
        {
            return [];
        }

        var expander = new MatrixExpander(file, keysPerScenario);
        var written = model.Scenarios ?? [];
        var expanded = (model.Matrices ?? []).SelectMany(expander.Expand);
        return [.. written.Concat(expanded).Select((s, i) => new ScenarioMapper(file, s.Id ?? $"#{i + 1}").Map(s))];
    }
}
