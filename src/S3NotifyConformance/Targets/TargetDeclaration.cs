using System.Globalization;
using Amazon.Runtime;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Targets;

/// <summary>What a target file declares about a store, checked: name, kind, region, capabilities, timings, delivery and
/// webhook. External targets take their endpoints from the file too; launched targets (ceph-rgw, fauxqs, localstack) take
/// only this, and their endpoints from the store they start.</summary>
public sealed record TargetDeclaration(
    string Name,
    string? Kind,
    string? Region,
    string? AccountId,
    ImmutableSortedSet<Capability> Capabilities,
    TargetTimings Timings,
    DeliveryPath Delivery,
    WebhookSettings? Webhook,
    string? Image,
    ImmutableSortedDictionary<DestinationKind, DestinationKind> DestinationSubstitutes,
    EventVersionFloor? EventVersion,
    double DuplicationAllowance = 0,
    AmqpSettings? Amqp = null,
    LambdaDelivery? Lambda = null,
    string? SecondRegion = null)
{
    /// <summary>The connection to a store this declaration describes, reached at <paramref name="endpoints"/>: the declaration's
    /// kind, region, account and webhook where it names them, else the launcher's defaults; its capabilities, timings,
    /// destination substitutes and eventVersion floor always.</summary>
    public TargetConnection Connect(
        string name, string defaultKind, TargetEndpoints endpoints, string defaultRegion, AWSCredentials credentials, DeliveryPath delivery,
        string? defaultAccountId = null, WebhookSettings? defaultWebhook = null) =>
        new(name, Kind ?? defaultKind, endpoints, Region ?? defaultRegion, credentials, Capabilities, Timings, delivery, AccountId ?? defaultAccountId,
            Webhook ?? defaultWebhook, DestinationSubstitutes: DestinationSubstitutes, EventVersion: EventVersion, DuplicationAllowance: DuplicationAllowance, Amqp: Amqp)
        {
            Lambda = Lambda,
            SecondRegion = SecondRegion ?? TargetConnection.DefaultSecondRegion,
        };

    /// <summary>Reads and checks a target file; every problem is a <see cref="TargetSetupException"/> naming the file.</summary>
    public static TargetDeclaration Load(string path, TargetTimings defaultTimings) => From(TargetFileLoader.Load(path), path, defaultTimings);

    /// <summary>Checks a bound target file.</summary>
    public static TargetDeclaration From(TargetFile file, string path, TargetTimings defaultTimings)
    {
        TargetSetupException Error(string message) => new($"target file {path}: {message}");
        try
        {
            var delivery = file.Delivery?.ToLowerInvariant() switch
            {
                null or "sqs" => DeliveryPath.SqsQueues,
                "http-push" => DeliveryPath.HttpPush,
                "amqp" => DeliveryPath.Amqp,
                _ => throw Error($"delivery must be sqs, http-push or amqp, not '{file.Delivery}'"),
            };
            ImmutableSortedSet<Capability> capabilities =
                [.. (file.Capabilities ?? throw Error("capabilities are missing: list what the store supports")).Select(CapabilityNames.Parse)];
            var deadline = file.Timing?.DeliveryDeadline is { } d ? DurationText.Parse(d) : defaultTimings.DeliveryDeadline;
            var timings = new TargetTimings(
                deadline,
                file.Timing?.Settle is { } s ? DurationText.Parse(s) : defaultTimings.SettleWindow,
                file.Timing?.Parallelism ?? defaultTimings.Parallelism)
            {
                CallTimeout = file.Timing?.CallTimeout is { } c ? DurationText.Parse(c) : defaultTimings.CallTimeout,
                UnresponsiveAfter = file.Timing?.UnresponsiveAfter ?? defaultTimings.UnresponsiveAfter,
                ClockSkew = file.Timing?.ClockSkew is { } skew ? DurationText.Parse(skew) : defaultTimings.ClockSkew,
                Concurrency = file.Timing?.Concurrency ?? (file.Timing?.Parallelism is { } p ? 4 * p : defaultTimings.Concurrency),
                // The launcher's allowance after the sentinel is the store's delivery order, whatever the deadline; "none" stays none.
                AfterSentinel = file.Timing?.AfterSentinel is { } after ? DurationText.Parse(after)
                    : defaultTimings.AfterSentinel >= defaultTimings.DeliveryDeadline ? deadline : Min(defaultTimings.AfterSentinel, deadline),
                OneAtATime = file.Timing?.OneAtATime is { } serial ? [.. serial.Select(o => o.Trim())] : defaultTimings.OneAtATime,
            };
            if (timings.Parallelism < 1 || timings.Concurrency < 1)
            {
                throw Error($"timing.parallelism and timing.concurrency must be at least 1, not {timings.Parallelism} and {timings.Concurrency}");
            }

            if (timings.AfterSentinel < TimeSpan.Zero)
            {
                throw Error($"timing.afterSentinel must not be negative, not '{file.Timing?.AfterSentinel}'");
            }

            if (timings.CallTimeout <= TimeSpan.Zero)
            {
                throw Error($"timing.callTimeout must be longer than zero, not '{file.Timing?.CallTimeout}'");
            }

            if (timings.UnresponsiveAfter < 1)
            {
                throw Error($"timing.unresponsiveAfter must be at least 1, not {timings.UnresponsiveAfter}");
            }

            var webhook = delivery == DeliveryPath.HttpPush ? WebhookFrom(file.Webhook, Error) : null;
            var substitutes = (file.DestinationSubstitutes ?? []).ToImmutableSortedDictionary(s => DestinationKinds.Parse(s.Key), s => DestinationKinds.Parse(s.Value));
            return new TargetDeclaration(file.Name ?? Path.GetFileNameWithoutExtension(path), file.Kind, file.Region, file.AccountId,
                capabilities, timings, delivery, webhook, file.Image, substitutes,
                file.EventVersion is { } v ? new EventVersionFloor(v.Major, v.MinimumMinor) : null,
                file.DuplicationAllowance is { } allowance ? ParseShare(allowance, Error) : 0,
                delivery == DeliveryPath.Amqp ? AmqpFrom(file.Amqp, Error) : null,
                file.Lambda is { } lambda ? LambdaFrom(lambda, Error) : null,
                SecondRegionFrom(file, capabilities.Contains(Capability.SecondRegion), Error));
        }
        catch (FormatException e)
        {
            throw Error(e.Message);
        }
    }

    // A region name as AWS spells them, and not the target's own (a launcher's default region is us-east-1).
    private static string? SecondRegionFrom(TargetFile file, bool declared, Func<string, TargetSetupException> error)
    {
        var region = file.SecondRegion?.Trim();
        var own = file.Region ?? "us-east-1";
        var second = region ?? TargetConnection.DefaultSecondRegion;
        if (region is not null && !System.Text.RegularExpressions.Regex.IsMatch(region, "^[a-z]{2}(-[a-z]+)+-[0-9]+$"))
        {
            throw error($"secondRegion must be an AWS region name such as us-west-2, not '{file.SecondRegion}'");
        }

        return second != own || (region is null && !declared) ? region
            : throw error($"secondRegion must differ from the target's region {own}{(region is null ? $" (the default secondRegion is {second}: name another)" : string.Empty)}");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static double ParseShare(string text, Func<string, TargetSetupException> error)
    {
        var percent = text.Trim().EndsWith('%');
        var number = percent ? text.Trim()[..^1] : text.Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || (percent ? value > 100 : value > 1))
        {
            throw error($"duplicationAllowance must be a share such as 0, 0.01 or 1%, not '{text}'");
        }

        return percent ? value / 100 : value;
    }

    private static AmqpSettings AmqpFrom(TargetAmqpFile? file, Func<string, TargetSetupException> error)
    {
        if (file is null)
        {
            return AmqpSettings.Launched;
        }

        Uri? broker = null;
        if (file.Broker is { } text && !(Uri.TryCreate(text, UriKind.Absolute, out broker) && broker.Scheme is "amqp"))
        {
            throw error($"amqp: broker must be an amqp:// URL, not '{text}'");
        }

        if (file.PushEndpoint is { } push && !(Uri.TryCreate(push, UriKind.Absolute, out var pushUri) && pushUri.Scheme is "amqp"))
        {
            throw error($"amqp: pushEndpoint must be an amqp:// URL, not '{push}'");
        }

        var ackLevel = file.AckLevel?.ToLowerInvariant() ?? AmqpSettings.Launched.AckLevel;
        if (!AmqpSettings.AckLevels.Contains(ackLevel))
        {
            throw error($"amqp: ackLevel must be one of {string.Join(", ", AmqpSettings.AckLevels)}, not '{file.AckLevel}'");
        }

        return new AmqpSettings(broker, ackLevel, (file.TopicAttributes ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal), file.PushEndpoint);
    }

    private static LambdaDelivery LambdaFrom(TargetLambdaFile file, Func<string, TargetSetupException> error)
    {
        if (file.FunctionArn is not { } arn || !arn.StartsWith("arn:", StringComparison.Ordinal) || !arn.Contains(":lambda:", StringComparison.Ordinal))
        {
            throw error($"lambda: functionArn must be the ARN of the deployed forwarding function (tools/lambda-forwarder), not '{file.FunctionArn}'");
        }

        return (file.ForwardsTo ?? "queue").ToLowerInvariant() == "queue"
            ? LambdaDelivery.Forwarding(arn)
            : throw error($"lambda: forwardsTo must be queue (the forwarding function sends to the SQS queue {{bucket}}{LambdaDelivery.ForwardQueueSuffix}), not '{file.ForwardsTo}'");
    }

    private static WebhookSettings WebhookFrom(TargetWebhookFile? file, Func<string, TargetSetupException> error)
    {
        if (file is null)
        {
            return WebhookSettings.Loopback;
        }

        var token = file.Token;
        if (file.TokenEnv is { } variable)
        {
            token = Environment.GetEnvironmentVariable(variable) ?? throw error($"webhook: environment variable {variable} is not set");
        }

        Uri? publicUrl = null;
        if (file.PublicUrl is { } text && !(Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out publicUrl) && publicUrl.Scheme is "http" or "https"))
        {
            throw error($"webhook: publicUrl must be an http(s) URL, not '{text}'");
        }

        if (file.Port is < 0 or > 65535)
        {
            throw error($"webhook: port {file.Port} is out of range");
        }

        return new WebhookSettings(
            file.Bind ?? WebhookSettings.Loopback.BindAddress,
            file.Port ?? 0,
            publicUrl,
            token,
            file.MaxBodyBytes ?? WebhookSettings.DefaultMaxBodyBytes,
            file.DestinationArn,
            (file.TopicAttributes ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal));
    }
}
