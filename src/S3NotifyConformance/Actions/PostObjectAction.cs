using Amazon.Runtime;
using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>A browser-form POST upload (ObjectCreated:Post). The SDK has no call for it, so the form is built
/// and sent here exactly as a browser sends it (<see cref="BrowserFormContent"/>).</summary>
public sealed class PostObjectAction : ActionBase<PostObjectStep>
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(PostObjectStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        var body = step.Body.ToBytes();
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var target = context.Target;
            var fields = await PostPolicySigner.SignAsync(target.Credentials, target.Region, context.Bucket, step.Key, body.Length, DateTime.UtcNow, cancellationToken);
            using var form = BrowserFormContent.Create(fields, "upload.bin", "application/octet-stream", body);
            using var response = await target.Calls.Http.PostAsync(new Uri(target.Endpoints.S3, context.Bucket), form, cancellationToken);
            var requestId = Header(response, "x-amz-request-id");
            if (!response.IsSuccessStatusCode)
            {
                throw new RawCallFailedException(ApiOutcome.FromErrorBody((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken)), requestId);
            }

            var etag = ActionFacts.ETagOf(body);
            context.Objects[step.Key] = new ObjectState(etag, body.Length, "private");
            return new ActionFacts(step.Key, ActionFacts.RealVersion(Header(response, "x-amz-version-id")), etag, body.Length, RequestId: requestId, HostId: Header(response, "x-amz-id-2"),
                AnsweredETag: ActionFacts.Unquote(Header(response, "ETag")));
        });
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
