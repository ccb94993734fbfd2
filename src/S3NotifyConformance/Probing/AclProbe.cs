using Amazon.S3;
using Amazon.S3.Model;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Probing;

/// <summary>PutObjectAcl with the canned ACL <c>public-read</c> (as the acl scenarios send it); GetObjectAcl must show READ for
/// the AllUsers group, GetObject the same bytes and ETag.</summary>
public sealed class AclProbe : ObjectSubresourceProbeBase
{
    private const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

    /// <inheritdoc />
    public override Capability Capability => Capability.Acl;

    /// <inheritdoc />
    protected override string Operation => "PutObjectAcl";

    /// <inheritdoc />
    protected override string ReadOperation => "GetObjectAcl";

    /// <inheritdoc />
    protected override Task ApplyAsync(ProbeContext context, string key, CancellationToken cancellationToken) =>
        context.CallAsync((s3, token) => s3.PutObjectAclAsync(new PutObjectAclRequest
        {
            BucketName = context.Bucket,
            Key = key,
            ACL = S3CannedACL.PublicRead,
        }, token), cancellationToken);

    /// <inheritdoc />
    protected override async Task<string?> ReadBackAsync(ProbeContext context, string key, CancellationToken cancellationToken)
    {
        var response = await context.CallAsync((s3, token) => s3.GetObjectAclAsync(new GetObjectAclRequest { BucketName = context.Bucket, Key = key }, token), cancellationToken);
        var grants = response.Grants ?? [];
        return grants.Any(g => g.Grantee?.URI == AllUsers && g.Permission == S3Permission.READ)
            ? null
            : $"GetObjectAcl shows {grants.Count} grant(s), none READ for AllUsers";
    }
}
