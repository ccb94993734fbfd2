using System.Text.RegularExpressions;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Fields AWS does not send are a store's extensions and do not fail a scenario, but an extension that carries
/// the request's own data (signing headers, credentials, signatures) leaks what a notification consumer must never see.
/// AWS's record holds no request header but the request id ("Event message structure",
/// https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html).</summary>
public sealed partial class RecordExtensionRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "record.extension";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        foreach (var e in context.Evidence.ScenarioRecords.Where(e => !e.IsEventBridge))
        {
            foreach (var (path, value) in AwsRecordFields.Extensions(e.Record!))
            {
                var leaked = RequestData().Matches(value?.ToJsonString() ?? string.Empty)
                    .Select(m => m.Value.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
                if (leaked.Count > 0)
                {
                    yield return Fail($"{e.EventName} for key '{e.Key}' extension {path}", "no request headers, credentials or signatures",
                        string.Join(", ", leaked), e) with
                    {
                        Aspect = $"extension {path} carries request data",
                        Field = path,
                        ActualClass = "request headers or signatures",
                    };
                }
            }
        }
    }

    [GeneratedRegex(@"(?i)x-amz-date|x-amz-content-sha256|x-amz-security-token|x-amz-credential|x-amz-signature|\bauthorization\b|AWS4-HMAC-SHA256|\bSignature=|\bCredential=")]
    private static partial Regex RequestData();
}
