using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Actions;

/// <summary>Asks the store to lose a REDUCED_REDUNDANCY object through its admin hook (<c>POST /_s3notify/lose-object</c>);
/// no S3 API can make AWS lose an object, so only stores declaring object-loss-trigger run this.</summary>
public sealed class LoseObjectAction : ActionBase<LoseObjectStep>
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <inheritdoc />
    protected override async Task ExecuteAsync(LoseObjectStep step, StepCall call, ActionContext context, CancellationToken cancellationToken)
    {
        await RecordAsync(context, call, step.Operation, step.Key, async () =>
        {
            var uri = new Uri(context.Target.Endpoints.S3, $"_s3notify/lose-object?bucket={Uri.EscapeDataString(context.Bucket)}&key={Uri.EscapeDataString(step.Key)}");
            using var response = await Http.PostAsync(uri, null, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new RawCallFailedException(new ApiOutcome(false, (int)response.StatusCode, "LoseObjectFailed", await response.Content.ReadAsStringAsync(cancellationToken),
                    ImmutableSortedDictionary<string, string>.Empty), null);
            }

            var state = context.Objects.GetValueOrDefault(step.Key);
            return new ActionFacts(step.Key, null, state?.ETag, state?.Size);
        });
    }
}
