using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>PutBucketNotificationConfiguration with one configuration sending <c>s3:ObjectCreated:*</c> to a run-scoped
/// destination of <paramref name="kind"/>; GetBucketNotificationConfiguration must return it (id, ARN and events).</summary>
public sealed class NotificationRoundTripProbe(DestinationKind kind) : ICapabilityProbe
{
    /// <summary>The id of the configuration the probe applies (the validation probe expects it to stay).</summary>
    public const string ConfigurationId = "s3notify-probe";

    private const string EventName = "s3:ObjectCreated:*";

    /// <inheritdoc />
    public Capability Capability => kind.Capability();

    /// <inheritdoc />
    public string Aspect => "an accepted notification configuration is read back";

    /// <inheritdoc />
    public async Task<ProbeVerdict> ProbeAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        Provisioning.ProvisionedDestination destination;
        try
        {
            destination = await context.DestinationAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"the destination could not be created: {ProbeContext.Describe(e)}");
        }

        try
        {
            await ConfiguredNotification.PutAsync(context, destination, ConfigurationId, EventName, cancellationToken);
        }
        catch (Exception e) when (ProbeContext.IsRejection(e))
        {
            return new ProbeVerdict(ObservedCapability.Absent, $"PutBucketNotificationConfiguration with a {WireName(destination)} answered {ProbeContext.Describe(e)}", "rejected");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"PutBucketNotificationConfiguration: {ProbeContext.Describe(e)}");
        }

        try
        {
            var shown = await ConfiguredNotification.ReadAsync(context, cancellationToken);
            return shown.Any(c => c.Id == ConfigurationId && c.Arn == destination.Arn && c.Events == EventName)
                ? new ProbeVerdict(ObservedCapability.Works, $"a {WireName(destination)} was accepted and read back", "works")
                : new ProbeVerdict(ObservedCapability.Ignored,
                    $"PutBucketNotificationConfiguration with a {WireName(destination)} answered 200, but GetBucketNotificationConfiguration shows {ConfiguredNotification.Describe(shown)}",
                    "accepted; not read back");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ProbeVerdict(ObservedCapability.Ignored,
                $"PutBucketNotificationConfiguration answered 200, but GetBucketNotificationConfiguration failed: {ProbeContext.Describe(e)}", "accepted; not read back");
        }
    }

    private static string WireName(Provisioning.ProvisionedDestination destination) => destination.WireKind switch
    {
        DestinationKind.Sns => "TopicConfiguration",
        DestinationKind.Lambda => "LambdaFunctionConfiguration",
        _ => "QueueConfiguration",
    };
}
