using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace S3NotifyConformance.Targets;

/// <summary>Reads target files.</summary>
public static class TargetFileLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>Reads and binds a target file; a bad file is a <see cref="TargetSetupException"/> naming line and column.</summary>
    public static TargetFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TargetSetupException($"target file {path} does not exist");
        }

        try
        {
            return Deserializer.Deserialize<TargetFile>(File.ReadAllText(path)) ?? throw new TargetSetupException($"target file {path} is empty");
        }
        catch (YamlException e)
        {
            throw new TargetSetupException($"target file {path}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }
}
