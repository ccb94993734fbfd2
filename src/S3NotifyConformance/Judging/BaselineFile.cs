using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace S3NotifyConformance.Judging;

/// <summary>Reads and writes baseline YAML: <c>target: NAME</c> and <c>differences: [{ fingerprint, reason, scenarios?,
/// difference?, example? }]</c>.</summary>
public static class BaselineFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
    private static readonly ISerializer Serializer = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections).Build();

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

        if (model?.Deviations is not null)
        {
            throw new InvalidDataException($"baseline {path} lists scenarios ('deviations:'), the format before fingerprints; write a new one with 's3notify baseline RUN-ID'");
        }

        if (string.IsNullOrWhiteSpace(model?.Target))
        {
            throw new InvalidDataException($"baseline {path}: 'target' is missing");
        }

        var entries = (model.Differences ?? []).Select((d, i) => new BaselineEntry(
            string.IsNullOrWhiteSpace(d.Fingerprint) ? throw new InvalidDataException($"baseline {path}: difference {i + 1} has no fingerprint") : d.Fingerprint,
            string.IsNullOrWhiteSpace(d.Reason) ? throw new InvalidDataException($"baseline {path}: difference '{d.Fingerprint}' has no reason") : d.Reason,
            [.. d.Scenarios ?? []],
            d.Difference,
            d.Example));
        return new Baseline(model.Target, [.. entries]);
    }

    /// <summary>The YAML text of a baseline.</summary>
    public static string Render(Baseline baseline, string header) =>
        string.Concat(header.Split('\n').Select(line => $"# {line}\n")) + Serializer.Serialize(new Model
        {
            Target = baseline.Target,
            Differences = [.. baseline.Entries.Select(e => new DifferenceModel
            {
                Fingerprint = e.Fingerprint,
                Difference = e.Difference,
                Example = e.Example,
                Scenarios = e.Scenarios.IsDefaultOrEmpty ? null : [.. e.Scenarios],
                Reason = e.Reason,
            })],
        });

    /// <summary>The YAML shape.</summary>
    public sealed class Model
    {
        public string? Target { get; set; }

        public List<DifferenceModel>? Differences { get; set; }

        /// <summary>The per-scenario format before fingerprints; read only to say so.</summary>
        public List<object>? Deviations { get; set; }
    }

    /// <summary>One known difference as written.</summary>
    public sealed class DifferenceModel
    {
        public string? Fingerprint { get; set; }

        public string? Difference { get; set; }

        public string? Example { get; set; }

        public List<string>? Scenarios { get; set; }

        public string? Reason { get; set; }
    }
}
