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

    /// <summary>The outcome of a service error, reading ArgumentName/ArgumentValue (numbered or not) and BucketName from the body.</summary>
    public static ApiOutcome FromException(AmazonServiceException exception)
    {
        var arguments = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var message = exception.Message;
        if (exception is AmazonS3Exception { ResponseBody: { Length: > 0 } body })
        {
            try
            {
                var error = XDocument.Parse(body).Root;
                foreach (var element in error?.Elements() ?? [])
                {
                    if (!NotArguments.Contains(element.Name.LocalName))
                    {
                        arguments[element.Name.LocalName] = element.Value;
                    }
                }

                message = error?.Element("Message")?.Value ?? message;
            }
            catch (System.Xml.XmlException)
            {
            }
        }

        return new ApiOutcome(false, (int)exception.StatusCode, exception.ErrorCode, message, arguments.ToImmutable());
    }

    /// <summary>A one-line description for findings.</summary>
    public override string ToString() => Succeeded
        ? "success"
        : $"HTTP {HttpStatus} {Code}: {Message}{string.Concat(Arguments.Select(a => $", {a.Key}={a.Value}"))}";
}
