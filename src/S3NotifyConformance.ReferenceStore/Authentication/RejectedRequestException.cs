namespace S3NotifyConformance.ReferenceStore.Authentication;

/// <summary>Thrown where a rejection is found inside a handler (a POST policy, a body that grows past the limit while
/// streaming); each router answers it in its protocol.</summary>
internal sealed class RejectedRequestException : Exception
{
    /// <summary>Wraps a rejection.</summary>
    public RejectedRequestException(RequestRejection rejection)
        : base(rejection.Kind.ToString()) => Rejection = rejection;

    /// <summary>The rejection.</summary>
    public RequestRejection Rejection { get; }
}
