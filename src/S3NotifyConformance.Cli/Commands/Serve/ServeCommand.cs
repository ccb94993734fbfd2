using System.CommandLine;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.ReferenceStore.Faults;

namespace S3NotifyConformance.Cli.Commands.Serve;

/// <summary><c>s3notify serve</c>: the embedded reference store alone, for trying an application or another tool against it.</summary>
public static class ServeCommand
{
    private static readonly Option<int> PortOption = new("--port", "-p") { Description = "Port on 127.0.0.1 (0: a free one)", DefaultValueFactory = _ => 0 };

    private static readonly Option<string?> DelayOption = new("--delay")
    {
        Description = "Delivery delay distribution, e.g. fixed:20ms, uniform:10ms..50ms, normal:mean=30ms,sd=5ms, exp:mean=20ms",
    };

    private static readonly Option<double> DuplicateOption = new("--duplicate") { Description = "Probability (0..1) that an event is delivered twice" };

    private static readonly Option<double> DropOption = new("--drop") { Description = "Probability (0..1) that an event is never delivered" };

    private static readonly Option<string> AccessKeyOption = new("--access-key")
    {
        Description = "The access key requests must be signed with",
        DefaultValueFactory = _ => StoreCredentials.Default.AccessKey,
    };

    private static readonly Option<string> SecretKeyOption = new("--secret-key")
    {
        Description = "The secret key signatures are checked against",
        DefaultValueFactory = _ => StoreCredentials.Default.SecretKey,
    };

    private static readonly Option<bool> NoAuthOption = new("--no-auth") { Description = "Accept any or no signature (SigV4 is checked by default)" };

    private static readonly Option<long> MaxBodyBytesOption = new("--max-body-bytes")
    {
        Description = "Largest request body accepted, in bytes (default 64 MiB); larger ones get S3 EntityTooLarge / 413",
        DefaultValueFactory = _ => ReferenceStoreBuilder.DefaultMaxBodyBytes,
    };

    private static readonly Option<string[]> FaultOption = new("--fault")
    {
        Description = "A seeded misbehaviour (repeatable), e.g. etag-quoted; 's3notify selftest --list' lists them",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("serve", "Run the embedded reference store (S3, SQS, SNS on one endpoint) until Ctrl+C");
        command.Options.Add(PortOption);
        command.Options.Add(DelayOption);
        command.Options.Add(DuplicateOption);
        command.Options.Add(DropOption);
        command.Options.Add(AccessKeyOption);
        command.Options.Add(SecretKeyOption);
        command.Options.Add(NoAuthOption);
        command.Options.Add(MaxBodyBytesOption);
        command.Options.Add(FaultOption);
        command.SetAction((parseResult, cancellationToken) => CliErrors.GuardAsync(async () =>
        {
            var faults = DeliveryFaults.None with
            {
                Delay = parseResult.GetValue(DelayOption) is { } delay ? DelayDistribution.Parse(delay) : DeliveryFaults.None.Delay,
                DuplicateProbability = parseResult.GetValue(DuplicateOption),
                DropProbability = parseResult.GetValue(DropOption),
            };
            var verify = !parseResult.GetValue(NoAuthOption);
            var builder = new ReferenceStoreBuilder()
                .WithPort(parseResult.GetValue(PortOption))
                .WithFaults(faults)
                .WithCredentials(parseResult.GetValue(AccessKeyOption)!, parseResult.GetValue(SecretKeyOption)!)
                .WithSignatureVerification(verify)
                .WithMaxBodyBytes(parseResult.GetValue(MaxBodyBytesOption));
            foreach (var name in parseResult.GetValue(FaultOption) ?? [])
            {
                builder = builder.WithFault(StoreFaultCatalog.Parse(name).Fault);
            }

            await using var store = builder.Build();
            using var shutdown = new ShutdownSignal();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
            await store.StartAsync(linked.Token);
            var endpoint = store.GetEndpoint();
            Console.WriteLine($"s3notify reference store on {endpoint}");
            Console.WriteLine($"  S3  (path style) {endpoint}");
            Console.WriteLine($"  SQS (JSON)       {endpoint}   queue URLs {endpoint}{store.GetAccountId()}/<name>");
            Console.WriteLine($"  SNS (Query)      {endpoint}");
            var credentials = store.GetConfiguration().Credentials;
            Console.WriteLine($"  region {store.GetRegion()}, account {store.GetAccountId()}; faults: {faults}");
            Console.WriteLine(verify
                ? $"  SigV4 checked: access key {credentials.AccessKey}, secret {credentials.SecretKey} (--access-key, --secret-key; --no-auth accepts anything)"
                : "  signatures not checked (--no-auth)");
            Console.WriteLine($"  request bodies up to {store.GetConfiguration().MaxBodyBytes} bytes");
            if (!store.GetConfiguration().SeededFaults.IsEmpty)
            {
                Console.WriteLine($"  seeded faults: {string.Join(", ", store.GetConfiguration().SeededFaults.Select(f => StoreFaultCatalog.Of(f).Name))}");
            }

            Console.WriteLine("Ctrl+C stops it.");
            try
            {
                await Task.Delay(Timeout.Infinite, linked.Token);
            }
            catch (OperationCanceledException)
            {
            }

            return ExitCodes.Passed;
        }));
        return command;
    }
}
