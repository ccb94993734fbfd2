using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace S3NotifyConformance.Judging;

/// <summary>Reads and writes baseline YAML: <c>target: NAME</c> and <c>deviations: [{ id, reason }]</c>.</summary>
public static class BaselineFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
    private static readonly ISerializer Serializer = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>Loads a baseline; a missing or malformed file is an <see cref="InvalidDataException"/> naming the problem.</summary>
    public static Baseline Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"baseline file {path} does not exist");
        }

        Model? model;
        try
        {
            model = Deserializer.Deserialize<Model>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"baseline {path}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(model?.Target))
        {
            throw new InvalidDataException($"baseline {path}: 'target' is missing");
        }

        var entries = (model.Deviations ?? []).Select((d, i) => new BaselineEntry(
            string.IsNullOrWhiteSpace(d.Id) ? throw new InvalidDataException($"baseline {path}: deviation {i + 1} has no id") : d.Id,
            string.IsNullOrWhiteSpace(d.Reason) ? throw new InvalidDataException($"baseline {path}: deviation '{d.Id}' has no reason") : d.Reason));
        return new Baseline(model.Target, [.. entries]);
    }

    /// <summary>The YAML text of a baseline.</summary>
    public static string Render(Baseline baseline, string header) =>
        $"# {header}\n" + Serializer.Serialize(new Model
        {
            Target = baseline.Target,
            Deviations = [.. baseline.Entries.Select(e => new DeviationModel { Id = e.Id, Reason = e.Reason })],
        });

    /// <summary>The YAML shape.</summary>
    public sealed class Model
    {
        public string? Target { get; set; }

        public List<DeviationModel>? Deviations { get; set; }
    }

    /// <summary>One deviation as written.</summary>
    public sealed class DeviationModel
    {
        public string? Id { get; set; }

        public string? Reason { get; set; }
    }
}
