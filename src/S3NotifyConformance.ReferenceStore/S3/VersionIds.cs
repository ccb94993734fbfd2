using System.Text.RegularExpressions;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Checks the shape of a versionId parameter: "null" or the store's 32-character ids.</summary>
internal static partial class VersionIds
{
    /// <summary>InvalidArgument "Invalid version id specified" for a malformed id; null passes.</summary>
    public static void Validate(string? versionId)
    {
        if (versionId is not null && versionId != Storage.ObjectVersion.NullVersionId && !Shape().IsMatch(versionId))
        {
            throw new S3Exception(S3Error.InvalidArgument("Invalid version id specified", "versionId", versionId));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._]{32}$")]
    private static partial Regex Shape();
}
