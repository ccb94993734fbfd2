using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Running;

/// <summary>The targets <c>--target</c> knows by name, besides target files. Targets the harness launches read what their
/// store claims (capabilities, timings) from targets/NAME.yaml.</summary>
public static class BuiltInTargets
{
    /// <summary>The catalog of built-in targets and the project's target files.</summary>
    public static TargetCatalog Catalog(ProjectPaths paths) => new(
        new Dictionary<string, Func<ITarget>>
        {
            [EmbeddedTarget.TargetName] = () => new EmbeddedTarget(),
            [CephRgwTarget.TargetName] = () => new CephRgwTarget(
                Declaration(paths, CephRgwTarget.TargetName, CephRgwTarget.DefaultTimings), Path.Combine(paths.Tools, "ceph-rgw.sh")),
            [CephRgwTarget.AmqpTargetName] = () => new CephRgwTarget(
                Declaration(paths, CephRgwTarget.AmqpTargetName, CephRgwTarget.DefaultTimings), Path.Combine(paths.Tools, "ceph-rgw.sh"),
                Path.Combine(paths.Tools, "rabbitmq.sh")),
            [FauxqsTarget.TargetName] = () => new FauxqsTarget(
                Declaration(paths, FauxqsTarget.TargetName, FauxqsTarget.DefaultTimings), Path.Combine(paths.Tools, "fauxqs"), Path.Combine(paths.InstalledTools, "fauxqs")),
            [LocalStackTarget.TargetName] = () => new LocalStackTarget(Declaration(paths, LocalStackTarget.TargetName, TargetTimings.Remote)),
        },
        paths.Targets);

    private static TargetDeclaration Declaration(ProjectPaths paths, string name, TargetTimings defaults) =>
        TargetDeclaration.Load(Path.Combine(paths.Targets, name + ".yaml"), defaults);
}
