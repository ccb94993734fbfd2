namespace S3NotifyConformance.Targets;

/// <summary>Turns a <c>--target</c> value into a target: a built-in name, a file path, or <c>targets/NAME.yaml</c>.</summary>
public sealed class TargetCatalog
{
    private readonly ImmutableDictionary<string, Func<ITarget>> _builtIns;
    private readonly string _targetsDirectory;

    /// <summary>A catalog with the given built-in targets and the folder of target files.</summary>
    public TargetCatalog(IReadOnlyDictionary<string, Func<ITarget>> builtIns, string targetsDirectory)
    {
        _builtIns = builtIns.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
        _targetsDirectory = targetsDirectory;
    }

    /// <summary>The names a user may pass besides a path.</summary>
    public IEnumerable<string> Names => _builtIns.Keys.Concat(
        Directory.Exists(_targetsDirectory) ? Directory.EnumerateFiles(_targetsDirectory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>() : [])
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);

    /// <summary>Resolves a target; unknown names are a <see cref="TargetSetupException"/> listing the known ones.</summary>
    public ITarget Resolve(string? value)
    {
        var name = string.IsNullOrWhiteSpace(value) ? EmbeddedTarget.TargetName : value.Trim();
        if (_builtIns.TryGetValue(name, out var create))
        {
            return create();
        }

        var path = File.Exists(name) ? name : Path.Combine(_targetsDirectory, name + ".yaml");
        if (File.Exists(path))
        {
            return new ExternalTarget(TargetFileLoader.Load(path), path);
        }

        throw new TargetSetupException($"unknown target '{name}': give a target file path or one of {string.Join(", ", Names)}");
    }
}
