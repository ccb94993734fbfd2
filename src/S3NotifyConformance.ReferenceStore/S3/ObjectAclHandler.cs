using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>PutObjectAcl / GetObjectAcl (?acl); ObjectAcl:Put only when the ACL actually changes (inferred from the counts of SQS::test_object_put_acl).</summary>
internal static class ObjectAclHandler
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>PUT: canned header, grant headers, or an AccessControlPolicy body.</summary>
    public static async Task PutAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var key = request.RequireKey();
        var body = await ObjectPayload.ReadAsync(request);
        var acl = AclReader.FromHeaders(request) ??
            (body.Length > 0 ? AclReader.FromXml(S3Xml.Parse(body), request.Services.OwnerCanonicalId) : throw new S3Exception(S3Error.MalformedXml()));
        lock (bucket.Gate)
        {
            var version = ObjectLookup.Require(request, bucket, key, request.VersionId);
            if (!version.Acl.SameAs(acl))
            {
                bucket.ReplaceVersion(version with { Acl = acl });

                // SQS::test_object_put_acl: eventVersion 2.3, key and eTag, no size, no sequencer.
                request.Services.Notifications.Emit(bucket, S3EventDraft.OfVersion("ObjectAcl:Put", version, request.Identity) with { Size = null });
            }

            S3Response.VersionHeader(request, version.VersionId);
        }

        await S3Response.EmptyAsync(request);
    }

    /// <summary>GET: the AccessControlPolicy document.</summary>
    public static Task GetAsync(S3Request request)
    {
        var bucket = request.RequireBucket();
        var version = ObjectLookup.Require(request, bucket, request.RequireKey(), request.VersionId);
        XNamespace xsi = XsiNamespace;
        var list = S3Xml.E("AccessControlList");
        foreach (var grant in version.Acl.Grants)
        {
            var grantee = S3Xml.E("Grantee", new XAttribute(XNamespace.Xmlns + "xsi", XsiNamespace), new XAttribute(xsi + "type", grant.GranteeType));
            grantee.Add(grant.GranteeType switch
            {
                "Group" => S3Xml.E("URI", grant.Grantee),
                "AmazonCustomerByEmail" => S3Xml.E("EmailAddress", grant.Grantee),
                _ => S3Xml.E("ID", grant.Grantee),
            });
            list.Add(S3Xml.E("Grant", grantee, S3Xml.E("Permission", grant.Permission)));
        }

        S3Response.VersionHeader(request, version.VersionId);
        var owner = S3Xml.E("Owner", S3Xml.E("ID", version.Acl.OwnerId), S3Xml.E("DisplayName", "reference-store"));
        return S3Response.XmlAsync(request, S3Xml.E("AccessControlPolicy", owner, list));
    }
}
