using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.S3;

namespace S3NotifyConformance.Actions;

/// <summary>How an S3 call ended: success, or the error code, message, HTTP status and Argument fields of the error body.</summary>
public sealed record ApiOutcome(bool Succeeded, int? HttpStatus, string? Code, string? Message, ImmutableSortedDictionary<string, string> Arguments)
{
    private static readonly HashSet<string> NotArguments = ["Code", "Message", "RequestId", "HostId", "Resource"];

    /// <summary>A successful call.</summary>
    public static ApiOutcome Success { get; } = new(true, null, null, null, ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>The outcome of a service error, reading ArgumentName/ArgumentValue (numbered or not) and BucketName from the
    /// error body (the exception's own, or the one captured for its request id).</summary>
    public static ApiOutcome FromException(AmazonServiceException exception, string? capturedBody = null)
    {
        var body = (exception as AmazonS3Exception)?.ResponseBody is { Length: > 0 } own ? own : capturedBody;
        var parsed = body is null ? null : FromErrorBody((int)exception.StatusCode, body);
        return new ApiOutcome(false, (int)exception.StatusCode, exception.ErrorCode, parsed?.Message ?? exception.Message,
            parsed?.Arguments ?? ImmutableSortedDictionary<string, string>.Empty);
    }

    /// <summary>The outcome of an error answer read off the wire (calls the SDK cannot make).</summary>
    public static ApiOutcome FromErrorBody(int status, string body)
    {
        try
        {
            var error = XDocument.Parse(body).Root;
            var arguments = (error?.Elements() ?? []).Where(e => !NotArguments.Contains(e.Name.LocalName))
                .ToImmutableSortedDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.Ordinal);
            return new ApiOutcome(false, status, error?.Element("Code")?.Value, error?.Element("Message")?.Value, arguments);
        }
        catch (System.Xml.XmlException)
        {
            return new ApiOutcome(false, status, null, body.Length > 200 ? body[..200] : body, ImmutableSortedDictionary<string, string>.Empty);
        }
    }

    /// <summary>A one-line description for findings.</summary>
    public override string ToString() => Succeeded
        ? "success"
        : $"HTTP {HttpStatus} {Code}: {Message}{string.Concat(Arguments.Select(a => $", {a.Key}={a.Value}"))}";
}
