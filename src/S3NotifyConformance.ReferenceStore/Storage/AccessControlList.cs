namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>An object's ACL: the owner plus grants, compared as a set.</summary>
/// <param name="OwnerId">The owner's canonical id.</param>
/// <param name="Grants">The grants.</param>
internal sealed record AccessControlList(string OwnerId, IReadOnlyList<AclGrant> Grants)
{
    /// <summary>The canned ACL names S3 accepts.</summary>
    public static readonly IReadOnlySet<string> CannedNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read",
        "bucket-owner-read", "bucket-owner-full-control", "log-delivery-write",
    };

    /// <summary>The ACL a canned name stands for (bucket and object share one owner here, so bucket-owner-* equal private).</summary>
    public static AccessControlList FromCanned(string canned, string ownerId)
    {
        var grants = new List<AclGrant> { new("CanonicalUser", ownerId, "FULL_CONTROL") };
        switch (canned)
        {
            case "public-read":
                grants.Add(new AclGrant("Group", AclGrant.AllUsers, "READ"));
                break;
            case "public-read-write":
                grants.Add(new AclGrant("Group", AclGrant.AllUsers, "READ"));
                grants.Add(new AclGrant("Group", AclGrant.AllUsers, "WRITE"));
                break;
            case "authenticated-read":
                grants.Add(new AclGrant("Group", AclGrant.AuthenticatedUsers, "READ"));
                break;
            case "log-delivery-write":
                grants.Add(new AclGrant("Group", AclGrant.LogDelivery, "WRITE"));
                grants.Add(new AclGrant("Group", AclGrant.LogDelivery, "READ_ACP"));
                break;
        }

        return new AccessControlList(ownerId, grants);
    }

    /// <summary>True when both lists hold the same owner and the same set of grants, in any order.</summary>
    public bool SameAs(AccessControlList other) =>
        OwnerId == other.OwnerId && Grants.ToHashSet().SetEquals(other.Grants);
}
