namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>One ACL grant.</summary>
/// <param name="GranteeType">CanonicalUser, Group or AmazonCustomerByEmail (the xsi:type).</param>
/// <param name="Grantee">The canonical id, group URI or e-mail address.</param>
/// <param name="Permission">FULL_CONTROL, READ, WRITE, READ_ACP or WRITE_ACP.</param>
internal sealed record AclGrant(string GranteeType, string Grantee, string Permission)
{
    /// <summary>The AllUsers group URI.</summary>
    public const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

    /// <summary>The AuthenticatedUsers group URI.</summary>
    public const string AuthenticatedUsers = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

    /// <summary>The LogDelivery group URI.</summary>
    public const string LogDelivery = "http://acs.amazonaws.com/groups/s3/LogDelivery";
}
