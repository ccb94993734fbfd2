namespace S3NotifyConformance.Targets;

/// <summary>How a target's Lambda destinations reach the harness; a target without one cannot provision a function.</summary>
/// <param name="FunctionRegistry">The embedded store's endpoint, whose admin API registers a run-scoped function with the URL of the
/// harness's webhook receiver; the store POSTs each invocation there.</param>
/// <param name="ForwardingFunctionArn">A function the user deployed (target file <c>lambda.functionArn</c>,
/// tools/lambda-forwarder) that sends each event it is invoked with to the SQS queue <c>{bucket}-lambda</c>, where the harness
/// collects it.</param>
public sealed record LambdaDelivery(Uri? FunctionRegistry, string? ForwardingFunctionArn)
{
    /// <summary>The queue a forwarding function sends a bucket's events to: <c>{bucket}-lambda</c>
    /// (tools/lambda-forwarder/index.mjs builds the same name).</summary>
    public const string ForwardQueueSuffix = "-lambda";

    /// <summary>Functions registered with the embedded store at <paramref name="endpoint"/>.</summary>
    public static LambdaDelivery Registered(Uri endpoint) => new(endpoint, null);

    /// <summary>A deployed forwarding function.</summary>
    public static LambdaDelivery Forwarding(string functionArn) => new(null, functionArn);
}
