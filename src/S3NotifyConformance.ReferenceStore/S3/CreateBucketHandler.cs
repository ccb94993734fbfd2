using System.Net;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>CreateBucket: PUT /bucket with an optional CreateBucketConfiguration/LocationConstraint.</summary>
internal static class CreateBucketHandler
{
    /// <summary>Handles the request.</summary>
    public static async Task HandleAsync(S3Request request)
    {
        var name = request.BucketName!;
        if (!IsValidName(name))
        {
            throw new S3Exception(S3Error.InvalidBucketName(name));
        }

        var region = request.Services.Region;
        var body = await request.ReadBodyAsync();
        if (body.Length > 0)
        {
            var constraint = S3Xml.Parse(body).ChildValue("LocationConstraint");
            if (!string.IsNullOrWhiteSpace(constraint))
            {
                // "EU" is the legacy alias of eu-west-1.
                region = constraint == "EU" ? "eu-west-1" : constraint.Trim();
            }
        }

        var bucket = new Bucket(name, region, DateTimeOffset.UtcNow);
        if (!request.Services.Buckets.TryAdd(bucket))
        {
            throw new S3Exception(S3Error.BucketAlreadyOwnedByYou(name));
        }

        request.Http.Response.Headers.Location = "/" + name;
        await S3Response.EmptyAsync(request);
    }

    /// <summary>General-purpose bucket naming rules: 3-63 of a-z 0-9 . -, starting and ending alphanumeric, not an IP address.</summary>
    public static bool IsValidName(string name) =>
        name.Length is >= 3 and <= 63 &&
        name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-') &&
        char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1]) &&
        !name.Contains("..", StringComparison.Ordinal) &&
        !IPAddress.TryParse(name, out _);
}
