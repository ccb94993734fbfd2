using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Each step ends as AWS ends it: success, or the recorded error code, message, status and Argument fields (facts §4).</summary>
public sealed class ApiOutcomeRule : RuleBase
{
    /// <inheritdoc />
    public override string Id => "api.outcome";

    /// <inheritdoc />
    public override IEnumerable<Finding> Judge(JudgingContext context)
    {
        foreach (var write in context.Evidence.ScenarioWrites)
        {
            var subject = $"step {write.StepIndex} {write.Operation}{(write.Key is null ? string.Empty : $" '{write.Key}'")}";
            var expected = context.Evidence.StepOf(write)?.ExpectError;
            var actual = write.Outcome;
            if (expected is null)
            {
                if (!actual.Succeeded)
                {
                    yield return Fail(subject, "success", actual.ToString(), null, $"{write.Operation} outcome");
                }

                continue;
            }

            if (actual.Succeeded)
            {
                yield return Fail(subject, $"error {expected.Code}", "success", null, $"{write.Operation} outcome");
                continue;
            }

            if (actual.Code != expected.Code)
            {
                yield return Fail($"{subject} error code", expected.Code, actual.Code ?? "(none)", null, $"{write.Operation} error code");
            }

            if (expected.Message is not null && actual.Message != expected.Message)
            {
                yield return Fail($"{subject} error message", expected.Message, actual.Message ?? "(none)", null, $"{write.Operation} error message");
            }

            if (expected.HttpStatus is { } status && actual.HttpStatus != status)
            {
                yield return Fail($"{subject} HTTP status", status.ToString(), actual.HttpStatus?.ToString() ?? "(none)", null, $"{write.Operation} HTTP status");
            }

            foreach (var (name, template) in expected.Arguments)
            {
                var value = ArnTemplate.Resolve(template, context.Evidence.Region, context.Evidence.AccountId);
                var got = actual.Arguments.GetValueOrDefault(name);
                if (got != value)
                {
                    yield return Fail($"{subject} error {name}", value, got ?? "(absent)", null, $"{write.Operation} error {name}");
                }
            }

            foreach (var (name, value) in actual.Arguments.Where(a => expected.StrictArguments && a.Key.StartsWith("Argument", StringComparison.Ordinal) && !expected.Arguments.ContainsKey(a.Key)))
            {
                yield return Fail($"{subject} error {name}", "(absent)", value, null, $"{write.Operation} error {name}");
            }
        }
    }
}
