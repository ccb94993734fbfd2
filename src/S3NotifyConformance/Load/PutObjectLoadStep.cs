using System.Diagnostics;
using Amazon.S3;
using Amazon.S3.Model;

namespace S3NotifyConformance.Load;

/// <summary>The load scenario's step: PutObject of a fixed-size body under a key that carries the iteration's id, so its
/// ObjectCreated:Put event can be paired with it; the acknowledgement time goes to the tracker.</summary>
public sealed class PutObjectLoadStep(IAmazonS3 s3, string bucket, int objectSize, DeliveryTracker tracker) : ILoadStep
{
    private readonly byte[] _body = CreateBody(objectSize);

    /// <inheritdoc />
    public string Name => "put_object";

    /// <inheritdoc />
    public async Task<StepOutcome> ExecuteAsync(LoadIteration iteration, CancellationToken cancellationToken)
    {
        try
        {
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = tracker.KeyFor(iteration),
                InputStream = new MemoryStream(_body, writable: false),
                AutoCloseStream = true,
            }, cancellationToken);
        }
        catch (AmazonS3Exception e)
        {
            return StepOutcome.Failure($"{e.ErrorCode ?? e.StatusCode.ToString()}: {e.Message}");
        }

        tracker.Acknowledge(iteration, Stopwatch.GetTimestamp());
        return StepOutcome.Success(_body.Length);
    }

    private static byte[] CreateBody(int size)
    {
        var body = new byte[size];
        new Random(size).NextBytes(body);
        return body;
    }
}
