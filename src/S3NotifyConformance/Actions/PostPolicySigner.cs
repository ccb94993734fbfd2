using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace S3NotifyConformance.Actions;

/// <summary>The form fields of a browser-based POST upload signed with a SigV4 POST policy (AWS "Browser-Based Uploads
/// Using POST"), so the same upload works on AWS and on any store that checks the policy.</summary>
public static class PostPolicySigner
{
    /// <summary>The fields to send before the file, in order.</summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, string>>> SignAsync(
        AWSCredentials credentials, string region, string bucket, string key, long maxSize, DateTime now, CancellationToken cancellationToken)
    {
        var identity = await credentials.GetCredentialsAsync().WaitAsync(cancellationToken);
        var date = now.ToString("yyyyMMdd");
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'");
        var credential = $"{identity.AccessKey}/{date}/{region}/s3/aws4_request";
        var conditions = new JsonArray(
            new JsonObject { ["bucket"] = bucket },
            new JsonObject { ["key"] = key },
            new JsonObject { ["x-amz-algorithm"] = "AWS4-HMAC-SHA256" },
            new JsonObject { ["x-amz-credential"] = credential },
            new JsonObject { ["x-amz-date"] = amzDate },
            new JsonArray("content-length-range", 0, maxSize));
        if (identity.UseToken)
        {
            conditions.Add(new JsonObject { ["x-amz-security-token"] = identity.Token });
        }

        var policy = new JsonObject { ["expiration"] = now.AddMinutes(15).ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'"), ["conditions"] = conditions };
        var encodedPolicy = Convert.ToBase64String(Encoding.UTF8.GetBytes(policy.ToJsonString()));
        var signingKey = AWS4Signer.ComposeSigningKey(identity.SecretKey, region, date, "s3");
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(encodedPolicy)));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("key", key),
            new("x-amz-algorithm", "AWS4-HMAC-SHA256"),
            new("x-amz-credential", credential),
            new("x-amz-date", amzDate),
        };
        if (identity.UseToken)
        {
            fields.Add(new("x-amz-security-token", identity.Token));
        }

        fields.Add(new("policy", encodedPolicy));
        fields.Add(new("x-amz-signature", signature));
        return fields;
    }
}
