using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>The targets <c>--target</c> knows by name, besides target files.</summary>
public static class BuiltInTargets
{
    /// <summary>The catalog of built-in targets and the project's target files.</summary>
    public static TargetCatalog Catalog(ProjectPaths paths) => new(
        new Dictionary<string, Func<ITarget>>
        {
            [EmbeddedTarget.TargetName] = () => new EmbeddedTarget(),
        },
        paths.Targets);
}
