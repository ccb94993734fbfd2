using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>Reads ACLs from a canned x-amz-acl header, x-amz-grant-* headers, or an AccessControlPolicy body.</summary>
internal static class AclReader
{
    private static readonly (string Header, string Permission)[] GrantHeaders =
    [
        ("x-amz-grant-full-control", "FULL_CONTROL"), ("x-amz-grant-read", "READ"), ("x-amz-grant-write", "WRITE"),
        ("x-amz-grant-read-acp", "READ_ACP"), ("x-amz-grant-write-acp", "WRITE_ACP"),
    ];

    /// <summary>The ACL the headers describe, or null when they set none.</summary>
    public static AccessControlList? FromHeaders(S3Request request)
    {
        var owner = request.Services.OwnerCanonicalId;
        if (request.Header("x-amz-acl") is { Length: > 0 } canned)
        {
            return AccessControlList.CannedNames.Contains(canned)
                ? AccessControlList.FromCanned(canned, owner)
                : throw new S3Exception(S3Error.InvalidArgument($"Invalid canned ACL: {canned}", "x-amz-acl", canned));
        }

        var grants = new List<AclGrant>();
        foreach (var (header, permission) in GrantHeaders)
        {
            if (request.Header(header) is { Length: > 0 } value)
            {
                grants.AddRange(ParseGrantees(value, permission, header));
            }
        }

        return grants.Count == 0 ? null : new AccessControlList(owner, grants);
    }

    /// <summary>Reads an AccessControlPolicy document.</summary>
    public static AccessControlList FromXml(XElement policy, string defaultOwner)
    {
        var owner = policy.Child("Owner")?.ChildValue("ID") ?? defaultOwner;
        var list = policy.Child("AccessControlList") ?? throw new S3Exception(S3Error.MalformedXml());
        var grants = new List<AclGrant>();
        foreach (var grant in list.Children("Grant"))
        {
            var grantee = grant.Child("Grantee") ?? throw new S3Exception(S3Error.MalformedXml());
            var permission = grant.ChildValue("Permission") ?? throw new S3Exception(S3Error.MalformedXml());
            var type = grantee.Attributes().FirstOrDefault(a => a.Name.LocalName == "type")?.Value;
            var (kind, id) = grantee.ChildValue("ID") is { } canonical ? ("CanonicalUser", canonical)
                : grantee.ChildValue("URI") is { } uri ? ("Group", uri)
                : grantee.ChildValue("EmailAddress") is { } email ? ("AmazonCustomerByEmail", email)
                : throw new S3Exception(S3Error.MalformedXml());
            grants.Add(new AclGrant(type ?? kind, id, permission));
        }

        return new AccessControlList(owner, grants);
    }

    private static IEnumerable<AclGrant> ParseGrantees(string value, string permission, string header)
    {
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                throw new S3Exception(S3Error.InvalidArgument("Invalid grant header", header, value));
            }

            var kind = part[..eq].Trim().ToLowerInvariant();
            var id = part[(eq + 1)..].Trim().Trim('"');
            yield return kind switch
            {
                "id" => new AclGrant("CanonicalUser", id, permission),
                "uri" => new AclGrant("Group", id, permission),
                "emailaddress" => new AclGrant("AmazonCustomerByEmail", id, permission),
                _ => throw new S3Exception(S3Error.InvalidArgument("Invalid grant header", header, value)),
            };
        }
    }
}
