using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.CredentialManagement;

namespace S3NotifyConformance.Targets;

/// <summary>A store the harness does not start: a vendor endpoint, AWS itself, or an emulator already running,
/// described by a target file.</summary>
public sealed class ExternalTarget(TargetFile file, string path) : ITarget
{
    /// <inheritdoc />
    public string Name => file.Name ?? Path.GetFileNameWithoutExtension(path);

    /// <inheritdoc />
    public Task<TargetConnection> StartAsync(CancellationToken cancellationToken)
    {
        var s3 = ParseUri(file.S3, "s3") ?? throw Error("s3 endpoint is missing");
        var sqs = ParseUri(file.Sqs, "sqs");
        var sns = ParseUri(file.Sns, "sns");
        var events = ParseUri(file.Events, "events");
        if (!file.AllowAws && new[] { s3, sqs, sns, events }.Any(u => u is not null && u.Host.EndsWith("amazonaws.com", StringComparison.OrdinalIgnoreCase)))
        {
            throw Error("points at Amazon's endpoints; set 'allowAws: true' in the file to run against a real AWS account on purpose");
        }

        var declaration = TargetDeclaration.From(file, path, TargetTimings.Remote);
        if (declaration.Delivery == DeliveryPath.SqsQueues && sqs is null)
        {
            throw Error("delivery through SQS needs an sqs endpoint");
        }

        if (declaration.Delivery == DeliveryPath.HttpPush && declaration.Webhook?.DestinationArn is null && sns is null)
        {
            throw Error("http-push delivery needs an sns endpoint (where push topics are created) or webhook.destinationArn");
        }

        if (declaration.Delivery == DeliveryPath.Amqp && (sns is null || declaration.Amqp?.Broker is null))
        {
            throw Error("amqp delivery needs an sns endpoint (where topics are created) and amqp.broker (where the store publishes)");
        }

        return Task.FromResult(declaration.Connect(Name, "external", new TargetEndpoints(s3, sqs, sns) { Events = events }, "us-east-1", ResolveCredentials(), declaration.Delivery));
    }

    private AWSCredentials ResolveCredentials()
    {
        var c = file.Credentials;
        if (c?.AccessKey is not null && c.SecretKey is not null)
        {
            return new BasicAWSCredentials(c.AccessKey, c.SecretKey);
        }

        if (c?.AccessKeyEnv is not null || c?.SecretKeyEnv is not null)
        {
            var access = Environment.GetEnvironmentVariable(c.AccessKeyEnv ?? string.Empty);
            var secret = Environment.GetEnvironmentVariable(c.SecretKeyEnv ?? string.Empty);
            return access is null || secret is null
                ? throw Error($"credentials: environment variables {c.AccessKeyEnv} and {c.SecretKeyEnv} must both be set")
                : new BasicAWSCredentials(access, secret);
        }

        if (c?.Profile is not null)
        {
            return new CredentialProfileStoreChain().TryGetAWSCredentials(c.Profile, out var profile)
                ? profile
                : throw Error($"credentials: profile '{c.Profile}' not found");
        }

        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw Error($"no credentials in the file and none in the standard AWS chain ({e.Message})");
        }
    }

    private Uri? ParseUri(string? text, string field) => text is null
        ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw Error($"{field} must be an http(s) URL, not '{text}'");

    private TargetSetupException Error(string message) => new($"target file {path}: {message}");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
