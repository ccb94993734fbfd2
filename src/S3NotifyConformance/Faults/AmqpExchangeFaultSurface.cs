using S3NotifyConformance.Collection;

namespace S3NotifyConformance.Faults;

/// <summary>endpoint-down on AMQP delivery (Ceph RGW's AMQP topics): the run's exchange, which the harness declared and the store
/// publishes to, is deleted for the window and declared again, with its queue bindings, at the end. While it is gone every publish
/// fails at the broker (channel error 404 NOT_FOUND, so no confirm), which is what a store sees when its destination is down;
/// pausing the harness's consumer would not do that, as the broker still accepts and queues. Stopping the broker instead would
/// take its restart time (seconds, not controllable) into the window and touch the harness's own connection. AMQP has no answer
/// status or per-message delay the harness controls, so endpoint-slow and endpoint-error are not applied (the window says so).</summary>
public sealed class AmqpExchangeFaultSurface(AmqpReceiver receiver) : IFaultSurface
{
    /// <inheritdoc />
    public string Describe(FaultKind kind) => kind == FaultKind.EndpointDown
        ? $"the run's AMQP exchange {receiver.Exchange} on the harness's broker (deleted: every publish to it fails; declared and bound again at the end)"
        : $"nothing: {kind.ToName()} has no AMQP equivalent the harness controls";

    /// <inheritdoc />
    public Task BeginAsync(FaultSpec fault, CancellationToken cancellationToken) => fault.Kind == FaultKind.EndpointDown
        ? receiver.DeleteExchangeAsync(cancellationToken)
        : throw new NotSupportedException($"{fault.Kind.ToName()} has no AMQP equivalent the harness controls (only endpoint-down: the exchange is deleted)");

    /// <inheritdoc />
    public Task EndAsync(FaultSpec fault, CancellationToken cancellationToken) => fault.Kind == FaultKind.EndpointDown
        ? receiver.RedeclareExchangeAsync(cancellationToken)
        : Task.CompletedTask;
}
