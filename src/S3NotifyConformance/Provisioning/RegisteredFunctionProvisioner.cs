using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Provisioning;

/// <summary>Lambda destinations on the embedded store: a run-scoped function (named like a queue,
/// <c>s3n-{run id}-{NNNN}-{destination}</c>) registered with the store's function registry, invoked by POSTs to the
/// destination's channel on the harness's webhook receiver. Teardown unregisters exactly that function.</summary>
public sealed class RegisteredFunctionProvisioner(FunctionRegistryClient registry, Func<string, Uri> endpointFor, string region, string account) : IDestinationProvisioner
{
    /// <summary>Lambda function names are at most 64 characters.</summary>
    private const int MaxFunctionName = 64;

    /// <inheritdoc />
    public async Task<ProvisionedDestination> ProvisionAsync(string destinationName, DestinationKind kind, ResourceNames names, string bucket, ResourceLedger ledger, CancellationToken cancellationToken)
    {
        var name = names.Destination(destinationName);
        name = name.Length <= MaxFunctionName ? name : name[..MaxFunctionName];
        var arn = $"arn:aws:lambda:{region}:{account}:function:{name}";
        await registry.RegisterAsync(arn, endpointFor(name), cancellationToken);
        ledger.Add(new ProvisionedResource(ResourceKind.Function, name, arn));
        return new ProvisionedDestination(destinationName, kind, arn, null, name);
    }
}
