using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>PutBucketNotificationConfiguration naming an event that does not exist (<c>s3:ObjectCreated:Probe</c>; Amazon S3
/// answers 400 InvalidArgument "The event is not supported for notifications", per the PutBucketNotificationConfiguration API
/// reference's list of event types); the configuration read before must still be there afterwards.</summary>
public sealed class ConfigurationValidationProbe : ICapabilityProbe
{
    private const string InvalidEvent = "s3:ObjectCreated:Probe";

    /// <inheritdoc />
    public Capability Capability => Capability.ConfigurationValidation;

    /// <inheritdoc />
    public string Aspect => "a rejected notification configuration is not applied";

    /// <inheritdoc />
    public async Task<ProbeVerdict> ProbeAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        Provisioning.ProvisionedDestination destination;
        ImmutableArray<ConfiguredNotification> before;
        try
        {
            destination = await context.DestinationAsync(cancellationToken);
            before = await ConfiguredNotification.ReadAsync(context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"before the invalid configuration: {ProbeContext.Describe(e)}");
        }

        Exception? rejected = null;
        try
        {
            await ConfiguredNotification.PutAsync(context, destination, "s3notify-probe-invalid", InvalidEvent, cancellationToken);
        }
        catch (Exception e) when (ProbeContext.IsRejection(e))
        {
            rejected = e;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"PutBucketNotificationConfiguration: {ProbeContext.Describe(e)}");
        }

        ImmutableArray<ConfiguredNotification> after;
        try
        {
            after = await ConfiguredNotification.ReadAsync(context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"GetBucketNotificationConfiguration after the invalid configuration: {ProbeContext.Describe(e)}");
        }

        var kept = after.SequenceEqual(before);
        return (rejected, kept) switch
        {
            (not null, true) => new ProbeVerdict(ObservedCapability.Works,
                $"an unknown event ({InvalidEvent}) was rejected with {ProbeContext.Describe(rejected)}; the previous configuration stays ({ConfiguredNotification.Describe(before)})", "works"),
            (not null, false) => new ProbeVerdict(ObservedCapability.DamagesData,
                $"an unknown event ({InvalidEvent}) was rejected with {ProbeContext.Describe(rejected)}, yet the configuration changed: {ConfiguredNotification.Describe(before)} → {ConfiguredNotification.Describe(after)}",
                "rejected; the previous configuration changed"),
            (null, _) => new ProbeVerdict(ObservedCapability.Absent,
                $"a configuration naming the unknown event {InvalidEvent} answered 200; GetBucketNotificationConfiguration then shows {ConfiguredNotification.Describe(after)}",
                "an invalid configuration accepted"),
        };
    }
}
