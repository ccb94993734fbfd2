namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>One uploaded part of a multipart upload.</summary>
/// <param name="PartNumber">1..10000.</param>
/// <param name="Content">The part bytes.</param>
/// <param name="ETag">Lower-case hex MD5 of the part, unquoted.</param>
/// <param name="LastModified">Upload time.</param>
internal sealed record UploadedPart(int PartNumber, byte[] Content, string ETag, DateTimeOffset LastModified);
