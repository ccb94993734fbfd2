using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace S3NotifyConformance.Load;

/// <summary>Reads load files; a bad file is a <see cref="LoadPlanException"/> naming line and column.</summary>
public static class LoadFileLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>Reads and binds a load file.</summary>
    public static LoadFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"load file {path} does not exist");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Binds YAML text; <paramref name="file"/> is only used in messages.</summary>
    public static LoadFile Parse(string yaml, string file)
    {
        try
        {
            return Deserializer.Deserialize<LoadFile>(yaml) ?? new LoadFile();
        }
        catch (YamlException e)
        {
            throw new LoadPlanException($"load file {file}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}");
        }
    }

    /// <summary>The file's simulations as text forms: strings as they are, one-key maps as <c>name:key=value,...</c>.</summary>
    public static ImmutableArray<string> SimulationTexts(LoadFile file) => [.. (file.Simulations ?? []).Select(ToText)];

    private static string ToText(object entry) => entry switch
    {
        string text => text,
        IDictionary<object, object> map when map.Count == 1 && map.First() is var (name, settings) => settings switch
        {
            IDictionary<object, object> values => $"{name}:{string.Join(",", values.Select(v => $"{v.Key}={Convert.ToString(v.Value, CultureInfo.InvariantCulture)}"))}",
            _ => $"{name}:{Convert.ToString(settings, CultureInfo.InvariantCulture)}",
        },
        _ => throw new LoadPlanException($"a simulation in a load file is a text like 'inject:rate=500,interval=1s,during=20s' or a one-key map; got {entry}"),
    };
}
