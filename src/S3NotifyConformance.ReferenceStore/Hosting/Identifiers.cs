using System.Security.Cryptography;

namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Generates AWS-shaped identifiers: request ids, version ids, principals.</summary>
internal static class Identifiers
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string VersionAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

    /// <summary>An S3-style request id: 16 upper-case hex digits.</summary>
    public static string NewS3RequestId() => Convert.ToHexString(RandomBytes(8));

    /// <summary>An S3-style x-amz-id-2 value.</summary>
    public static string NewHostId() => Convert.ToBase64String(RandomBytes(48));

    /// <summary>A UUID in the D format (SQS/SNS request and message ids).</summary>
    public static string NewUuid() => Guid.NewGuid().ToString("D");

    /// <summary>An S3-style version id: 32 URL-safe characters.</summary>
    public static string NewVersionId() => RandomString(VersionAlphabet, 32);

    /// <summary>A multipart upload id.</summary>
    public static string NewUploadId() => RandomString(VersionAlphabet, 64);

    /// <summary>The IAM user principal of an access key, stable per key: AWS:AIDA + 17 characters.</summary>
    public static string PrincipalForAccessKey(string accessKey) => "AWS:AIDA" + Hash32("user:" + accessKey, 17);

    /// <summary>The bucket owner's principal id (ownerIdentity.principalId), stable per account.</summary>
    public static string OwnerPrincipal(string accountId) => "A" + Hash32("owner:" + accountId, 13);

    /// <summary>The 64-hex canonical user id of the account (ACL and listing owners).</summary>
    public static string CanonicalUserId(string accountId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("canonical:" + accountId)));

    private static string Hash32(string seed, int length)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Base32[hash[i] % 32];
        }

        return new string(chars);
    }

    private static string RandomString(string alphabet, int length)
    {
        var bytes = RandomBytes(length);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[bytes[i] % alphabet.Length];
        }

        return new string(chars);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
