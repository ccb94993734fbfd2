using Amazon.Runtime;
using DotNet.Testcontainers.Builders;
using Testcontainers.LocalStack;

namespace S3NotifyConformance.Targets;

/// <summary>LocalStack in a container through Testcontainers.LocalStack: the image comes from
/// <c>S3NOTIFY_LOCALSTACK_IMAGE</c>, else targets/localstack.yaml's <c>image</c>; <c>LOCALSTACK_AUTH_TOKEN</c> is passed through
/// when set. Where no Docker engine answers, the target is unavailable: every scenario is reported unsupported with the
/// reason, within a second, instead of failing the run.</summary>
public sealed class LocalStackTarget(TargetDeclaration declaration) : ITarget
{
    /// <summary>The name <c>--target localstack</c> selects.</summary>
    public const string TargetName = "localstack";

    /// <summary>The image used when neither the environment nor the declaration names one.</summary>
    public const string DefaultImage = "localstack/localstack:4.4";

    /// <summary>The environment variable that overrides the image.</summary>
    public const string ImageVariable = "S3NOTIFY_LOCALSTACK_IMAGE";

    private LocalStackContainer? _container;

    /// <inheritdoc />
    /// <inheritdoc />
    public bool IsLaunched => true;

    public string Name => declaration.Name;

    /// <summary>The image this run uses.</summary>
    public string Image => Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } image ? image : declaration.Image ?? DefaultImage;

    /// <inheritdoc />
    public async Task<TargetConnection> StartAsync(CancellationToken cancellationToken)
    {
        var credentials = new BasicAWSCredentials("test", "test");
        try
        {
            var builder = new LocalStackBuilder(Image);
            if (Environment.GetEnvironmentVariable("LOCALSTACK_AUTH_TOKEN") is { Length: > 0 } token)
            {
                builder = builder.WithEnvironment("LOCALSTACK_AUTH_TOKEN", token);
            }

            _container = builder.Build();
            await _container.StartAsync(cancellationToken);
        }
        catch (DockerUnavailableException e)
        {
            var reason = $"a Docker engine: LocalStack ({Image}) runs in a container, and none answers on this machine ({FirstLine(e.Message)})";
            var nowhere = new Uri("http://127.0.0.1:4566");
            return new TargetConnection(Name, declaration.Kind ?? TargetName, new TargetEndpoints(nowhere, null, null), declaration.Region ?? "us-east-1",
                credentials, [], declaration.Timings, DeliveryPath.SqsQueues, UnavailableReason: reason);
        }

        var endpoint = new Uri(_container.GetConnectionString());
        return declaration.Connect(
            Name, TargetName, new TargetEndpoints(endpoint, endpoint, endpoint) { Events = endpoint }, "us-east-1", credentials, DeliveryPath.SqsQueues, defaultAccountId: "000000000000");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
            _container = null;
        }
    }
}
