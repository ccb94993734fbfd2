namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>An in-progress multipart upload; the object template carries metadata given at creation.</summary>
internal sealed class MultipartUpload
{
    private readonly ConcurrentDictionary<int, UploadedPart> _parts = new();

    /// <summary>Creates an upload.</summary>
    public MultipartUpload(string uploadId, string key, ObjectVersion template, DateTimeOffset initiated)
    {
        UploadId = uploadId;
        Key = key;
        Template = template;
        Initiated = initiated;
    }

    /// <summary>The upload id.</summary>
    public string UploadId { get; }

    /// <summary>The object key.</summary>
    public string Key { get; }

    /// <summary>Metadata, content type, ACL, tags and storage class for the final object.</summary>
    public ObjectVersion Template { get; }

    /// <summary>When the upload was created.</summary>
    public DateTimeOffset Initiated { get; }

    /// <summary>Stores (or replaces) a part.</summary>
    public void PutPart(UploadedPart part) => _parts[part.PartNumber] = part;

    /// <summary>The part with this number, if uploaded.</summary>
    public UploadedPart? GetPart(int partNumber) => _parts.TryGetValue(partNumber, out var part) ? part : null;
}
