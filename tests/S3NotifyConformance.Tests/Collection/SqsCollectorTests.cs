using Amazon.SQS.Model;
using S3NotifyConformance.Actions;
using S3NotifyConformance.Collection;
using S3NotifyConformance.Running.Benchmarks;
using S3NotifyConformance.ReferenceStore;

namespace S3NotifyConformance.Tests.Collection;

/// <summary>The SQS collector against the embedded store's queue: a sink that throws costs a recorded problem, not the receiver.</summary>
public sealed class SqsCollectorTests
{
    [Test]
    public async Task ASinkThatThrowsIsAProblemAndCollectionGoesOn()
    {
        // Given a queue with one message, and a sink that throws on the first batch it is handed
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var store = await BenchmarkStore.StartAsync(DeliveryFaults.None, timeout.Token);
        var sqs = store.Clients.Sqs!;
        await sqs.SendMessageAsync(new SendMessageRequest(store.Queue.QueueUrl, "first"), timeout.Token);
        var sink = new ThrowingOnceSink();
        using var collection = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var collecting = new SqsCollector(sqs, store.Queue.QueueUrl!, "q", HarnessClock.Shared, receivers: 1).RunAsync(sink, collection.Token);

        // When a second message follows the one the sink choked on
        await sink.Threw.Task.WaitAsync(timeout.Token);
        await sqs.SendMessageAsync(new SendMessageRequest(store.Queue.QueueUrl, "second"), timeout.Token);

        // Then the receiver still hands it over, and the first is a problem showing its body
        await sink.Ledger.WaitUntilAsync(events => events.Any(e => e.RawBody == "second"), TimeSpan.FromSeconds(30), timeout.Token);
        await collection.CancelAsync();
        await collecting;
        Assert.That(sink.Ledger.Snapshot().Select(e => e.RawBody), Does.Contain("second").And.Not.Contain("first"));
        Assert.That(sink.Ledger.Problems(), Has.Some.Contains("could not be recorded (InvalidOperationException: sink broke); body: first"));
    }

    private sealed class ThrowingOnceSink : IEventSink
    {
        public EventLedger Ledger { get; } = new();

        public TaskCompletionSource Threw { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Accept(IReadOnlyList<DeliveredMessage> messages)
        {
            if (messages.Any(m => m.Body == "first") && Threw.TrySetResult())
            {
                throw new InvalidOperationException("sink broke");
            }

            Ledger.Accept(messages);
        }

        public void RecordProblem(string problem) => Ledger.RecordProblem(problem);
    }
}
