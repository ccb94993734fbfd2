namespace S3NotifyConformance.Scenarios;

/// <summary>One conformance scenario: bucket setup, notification configuration, S3 steps and what to check.</summary>
/// <param name="Id">Stable id, <c>group/name</c>; it names the snapshot file.</param>
/// <param name="Notification">Applied before the steps; empty when the steps configure notifications themselves.</param>
/// <param name="Region">Where the bucket is created: the target's region, or its second region (scenario file <c>region: second</c>).</param>
public sealed record Scenario(
    string Id,
    string Title,
    ScenarioSource Source,
    BucketVersioning Versioning,
    NotificationSpec Notification,
    ImmutableArray<ScenarioStep> Steps,
    ScenarioExpectation Expect,
    ImmutableArray<Capability> DeclaredNeeds,
    string File,
    BucketRegion Region = BucketRegion.Target)
{
    /// <summary>Every capability the scenario needs: declared, implied by its steps, bucket and destinations.</summary>
    public ImmutableArray<Capability> Needs
    {
        get
        {
            var needs = new SortedSet<Capability>(DeclaredNeeds);
            foreach (var step in Steps)
            {
                if (step.Needs is { } need)
                {
                    needs.Add(need);
                }

                if (step is PutNotificationStep put)
                {
                    AddDestinationNeeds(needs, put.Notification);
                }
            }

            if (Versioning != BucketVersioning.None)
            {
                needs.Add(Capability.Versioning);
            }

            if (Region == BucketRegion.Second)
            {
                needs.Add(Capability.SecondRegion);
            }

            if (Expect.TestEvents)
            {
                needs.Add(Capability.TestEvent);
            }

            AddDestinationNeeds(needs, Notification);
            return [.. needs];
        }
    }

    /// <summary>Destination capabilities a target cannot substitute another destination kind for: those of configurations
    /// with literal ARNs (the scenario names the ARN itself), and those the scenario declares in <c>needs:</c> (its point is
    /// the destination kind, e.g. a queue and a topic side by side).</summary>
    public ImmutableArray<Capability> LiteralDestinationNeeds =>
        [.. AllConfigurations.Where(c => !c.IsProvisioned).Select(c => c.Destination.Capability())
            .Concat(DeclaredNeeds.Where(n => n is Capability.SqsDestination or Capability.SnsDestination or Capability.LambdaDestination or Capability.EventBridgeDestination))
            .Distinct().Order()];

    /// <summary>Every configuration the scenario applies, initial and from steps, in order.</summary>
    public IEnumerable<ConfigurationSpec> AllConfigurations =>
        Notification.Configurations.Concat(Steps.OfType<PutNotificationStep>().SelectMany(s => s.Notification.Configurations));

    private static void AddDestinationNeeds(SortedSet<Capability> needs, NotificationSpec notification)
    {
        // A configuration with a literal ARN needs its kind too: a store without QueueConfigurations cannot judge queue ARNs.
        foreach (var configuration in notification.Configurations)
        {
            needs.Add(configuration.Destination.Capability());
            if (configuration.DestinationPolicy != DestinationPolicy.GrantsS3)
            {
                needs.Add(Capability.DestinationPolicy);
            }
        }
    }
}
