using System.Net.Http.Headers;
using System.Text;
using Amazon.Runtime;
using S3NotifyConformance.Scenarios;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Actions;

/// <summary>PUT ?notification with a literal XML body, signed with SigV4. A configuration applied this way is not predicted:
/// these steps exist to judge validation errors.</summary>
public sealed class PutNotificationXmlAction : ActionBase<PutNotificationXmlStep>
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <inheritdoc />
    protected override async Task ExecuteAsync(PutNotificationXmlStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, null, async () =>
        {
            var body = Encoding.UTF8.GetBytes(context.ResolveArn(step.Xml));
            var uri = new Uri(context.Target.Endpoints.S3, $"{context.Bucket}?notification");
            using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            await new SigV4Signer(context.Target.Region, "s3", context.Target.Credentials).SignAsync(request, body, cancellationToken);
            using var response = await Http.SendAsync(request, cancellationToken);
            var requestId = response.Headers.TryGetValues("x-amz-request-id", out var ids) ? ids.First() : null;
            if (!response.IsSuccessStatusCode)
            {
                var outcome = ApiOutcome.FromErrorBody((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
                throw new RawCallFailedException(outcome, requestId);
            }

            return new ActionFacts(null, RequestId: requestId);
        });
    }
}
