using S3NotifyConformance.Scenarios;

namespace S3NotifyConformance.Judging.Rules;

/// <summary>Each step ends as AWS ends it: success, or the recorded error code, message, status and Argument fields (truth: Configuration validation).</summary>
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
                    yield return Fail(subject, "success", actual.ToString()) with
                    {
                        Aspect = write.Operation,
                        ActualClass = $"error {actual.Code ?? "(no code)"} (HTTP {actual.HttpStatus?.ToString() ?? "?"})",
                        Blocking = true,
                    };
                }

                continue;
            }

            if (actual.Succeeded)
            {
                yield return Fail(subject, $"error {expected.Code}", "success") with { Aspect = write.Operation };
                continue;
            }

            // Another error's status is part of answering another error: one difference, not two (the status is judged on its own
            // only when the code is AWS's).
            var statusDiffers = expected.HttpStatus is { } wanted && actual.HttpStatus != wanted;
            if (actual.Code != expected.Code)
            {
                yield return (statusDiffers
                    ? Fail($"{subject} error code", $"{expected.Code} (HTTP {expected.HttpStatus})", $"{actual.Code ?? "(none)"} (HTTP {actual.HttpStatus?.ToString() ?? "?"})")
                    : Fail($"{subject} error code", expected.Code, actual.Code ?? "(none)")) with { Aspect = $"{write.Operation} error code" };
            }

            if (expected.Message is not null && actual.Message != expected.Message)
            {
                yield return Fail($"{subject} error message", expected.Message, actual.Message ?? "(none)") with
                {
                    Aspect = $"{write.Operation} {expected.Code} error message",
                    ExpectedClass = "AWS's message",
                    ActualClass = string.IsNullOrEmpty(actual.Message) ? "no message" : "another message",
                };
            }

            if (statusDiffers && actual.Code == expected.Code)
            {
                var status = expected.HttpStatus!.Value;
                yield return Fail($"{subject} HTTP status", status.ToString(), actual.HttpStatus?.ToString() ?? "(none)") with { Aspect = $"{write.Operation} {expected.Code} HTTP status" };
            }

            foreach (var (name, template) in expected.Arguments)
            {
                var value = ArnTemplate.Resolve(template, context.Evidence.Region, context.Evidence.AccountId);
                var got = actual.Arguments.GetValueOrDefault(name);
                if (got != value)
                {
                    yield return Fail($"{subject} error {name}", value, got ?? "(absent)") with
                    {
                        Aspect = $"{write.Operation} {expected.Code} error {name}",
                        ExpectedClass = $"AWS's {name}",
                        ActualClass = got is null ? "(absent)" : got.Length == 0 ? "an empty value" : "another value",
                    };
                }
            }

            foreach (var (name, value) in actual.Arguments.Where(a => expected.StrictArguments && a.Key.StartsWith("Argument", StringComparison.Ordinal) && !expected.Arguments.ContainsKey(a.Key)))
            {
                yield return Fail($"{subject} error {name}", "(absent)", value) with { Aspect = $"{write.Operation} {actual.Code} error {name}", ActualClass = "present" };
            }
        }
    }
}
