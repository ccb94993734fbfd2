using System.Text;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>Probes a call that changes an object's metadata (tags, ACL): writes an object, reads it, makes the call, reads
/// it again (bytes and ETag must be unchanged, whatever the call answered), then reads the metadata back.</summary>
public abstract class ObjectSubresourceProbeBase : ICapabilityProbe
{
    /// <inheritdoc />
    public abstract Capability Capability { get; }

    /// <summary>The S3 operation under test, e.g. <c>PutObjectTagging</c>.</summary>
    protected abstract string Operation { get; }

    /// <summary>The S3 operation that reads the effect back, e.g. <c>GetObjectTagging</c>.</summary>
    protected abstract string ReadOperation { get; }

    /// <inheritdoc />
    public string Aspect => $"{Operation} keeps the object's bytes and is read back with {ReadOperation}";

    /// <summary>Makes the call under test.</summary>
    protected abstract Task ApplyAsync(ProbeContext context, string key, CancellationToken cancellationToken);

    /// <summary>Reads the effect back: null when it shows, else what it shows instead.</summary>
    protected abstract Task<string?> ReadBackAsync(ProbeContext context, string key, CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task<ProbeVerdict> ProbeAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var key = $"probe/{Capability.ToName()}";
        ObjectSnapshot before;
        try
        {
            var body = $"s3notify capability probe: {Capability.ToName()} keeps these bytes\n";
            await context.CallAsync((s3, token) => s3.PutObjectAsync(new PutObjectRequest { BucketName = context.Bucket, Key = key, ContentBody = body, ContentType = "text/plain" }, token), cancellationToken);
            before = await ObjectSnapshot.ReadAsync(context, key, cancellationToken);
            if (!before.Bytes.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(body)))
            {
                return ProbeVerdict.Error($"GetObject of the probe object returned {before.Bytes.Length} bytes, not the {Encoding.UTF8.GetByteCount(body)} written");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"the probe object could not be written and read: {ProbeContext.Describe(e)}");
        }

        Exception? rejected = null;
        try
        {
            await ApplyAsync(context, key, cancellationToken);
        }
        catch (Exception e) when (ProbeContext.IsRejection(e))
        {
            rejected = e;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"{Operation}: {ProbeContext.Describe(e)}");
        }

        var answered = rejected is null ? "answered 200" : $"answered {ProbeContext.Describe(rejected)}";
        var verdictClass = rejected is null ? "accepted" : "rejected";
        try
        {
            var after = await ObjectSnapshot.ReadAsync(context, key, cancellationToken);
            if (!before.SameAs(after))
            {
                return new ProbeVerdict(ObservedCapability.DamagesData,
                    $"{Operation} {answered}, and GetObject then returned other bytes: {before.DescribeChange(after)}",
                    $"{verdictClass}; the object's bytes or ETag changed");
            }
        }
        catch (Exception e) when (ProbeContext.IsRejection(e))
        {
            return new ProbeVerdict(ObservedCapability.DamagesData, $"{Operation} {answered}, and GetObject then failed: {ProbeContext.Describe(e)}",
                $"{verdictClass}; the object could no longer be read");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ProbeVerdict.Error($"GetObject after {Operation}: {ProbeContext.Describe(e)}");
        }

        if (rejected is not null)
        {
            return new ProbeVerdict(ObservedCapability.Absent, $"{Operation} {answered}; the object's bytes and ETag are unchanged", "rejected");
        }

        string? shown;
        try
        {
            shown = await ReadBackAsync(context, key, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            shown = $"{ReadOperation} failed: {ProbeContext.Describe(e)}";
        }

        return shown is null
            ? new ProbeVerdict(ObservedCapability.Works, $"{Operation} answered 200, {ReadOperation} reads it back; bytes and ETag unchanged", "works")
            : new ProbeVerdict(ObservedCapability.Ignored, $"{Operation} answered 200, but {shown}; bytes and ETag unchanged", "accepted; not read back");
    }
}
