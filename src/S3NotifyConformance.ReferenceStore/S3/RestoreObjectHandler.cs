namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Phase 2 placeholder.</summary>
internal static class RestoreObjectHandler
{
    /// <summary>POST ?restore.</summary>
    public static Task HandleAsync(S3Request request) => throw new S3Exception(S3Error.NotImplemented("RestoreObject"));
}
