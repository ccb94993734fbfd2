namespace S3NotifyConformance.ReferenceStore.Authentication;

/// <summary>A request refused before its handler ran: the kind, the access key it named, and the details S3 puts in its
/// error document (AWSAccessKeyId, StringToSign, CanonicalRequest, RequestTime, ...), in order.</summary>
/// <param name="Kind">Why.</param>
/// <param name="Message">A message for protocols that have no fixed one for the kind (e.g. "Request has expired").</param>
/// <param name="Details">Extra elements of S3's error document.</param>
internal sealed record RequestRejection(RejectionKind Kind, string? Message, IReadOnlyList<KeyValuePair<string, string>> Details)
{
    /// <summary>For <see cref="RejectionKind.Malformed"/>: S3's status and code for this kind of malformation.</summary>
    public (int Status, string Code) S3Code { get; init; } = (400, "AuthorizationHeaderMalformed");

    /// <summary>A rejection with details in order.</summary>
    public static RequestRejection Of(RejectionKind kind, string? message = null, params (string Name, string Value)[] details) =>
        new(kind, message, details.Select(d => KeyValuePair.Create(d.Name, d.Value)).ToList());

    /// <summary>A malformed signature, answered by S3 with <paramref name="status"/> <paramref name="code"/>.</summary>
    public static RequestRejection Malformed(int status, string code, string message) =>
        Of(RejectionKind.Malformed, message) with { S3Code = (status, code) };

    /// <summary>The body is larger than the store accepts.</summary>
    public static RequestRejection BodyTooLarge(long proposed, long maximum) =>
        Of(RejectionKind.BodyTooLarge, null, ("ProposedSize", proposed.ToString(CultureInfo.InvariantCulture)), ("MaxSizeAllowed", maximum.ToString(CultureInfo.InvariantCulture)));
}
