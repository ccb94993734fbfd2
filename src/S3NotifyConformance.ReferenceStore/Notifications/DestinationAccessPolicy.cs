using System.Text.Json;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Whether a queue's or topic's access policy (its <c>Policy</c> attribute) lets Amazon S3 publish notifications of one
/// bucket: "Granting permissions to publish event notification messages to a destination" (S3 User Guide) — the policy must
/// allow the S3 service principal <c>SQS:SendMessage</c> / <c>SNS:Publish</c> on the destination, typically with an
/// <c>aws:SourceArn</c> condition naming the bucket and an <c>aws:SourceAccount</c> condition naming its owner. IAM evaluation,
/// reduced to what such policies use: an explicit Deny wins, else an Allow is needed; no policy (or one that does not parse)
/// allows nothing, as only the owner may use a queue or topic without one (truth: Configuration validation, "Not recorded").</summary>
internal static class DestinationAccessPolicy
{
    /// <summary>The service principal S3 publishes as.</summary>
    public const string S3ServicePrincipal = "s3.amazonaws.com";

    /// <summary>True when <paramref name="policy"/> allows S3, publishing for <paramref name="bucket"/> of <paramref name="account"/>,
    /// to call <paramref name="action"/> (e.g. <c>sqs:SendMessage</c>) on <paramref name="resourceArn"/>.</summary>
    public static bool AllowsS3(string? policy, string action, string resourceArn, string bucket, string account)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return false;
        }

        var context = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:SourceArn"] = $"arn:aws:s3:::{bucket}",
            ["aws:SourceAccount"] = account,
        };
        try
        {
            using var document = JsonDocument.Parse(policy);
            if (!document.RootElement.TryGetProperty("Statement", out var statements))
            {
                return false;
            }

            var applicable = Items(statements).Where(s => s.ValueKind == JsonValueKind.Object && Applies(s, action, resourceArn, context)).ToList();
            return !applicable.Any(s => Effect(s) == "Deny") && applicable.Any(s => Effect(s) == "Allow");
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Effect(JsonElement statement) =>
        statement.TryGetProperty("Effect", out var effect) && effect.ValueKind == JsonValueKind.String ? effect.GetString() : null;

    private static bool Applies(JsonElement statement, string action, string resourceArn, Dictionary<string, string> context) =>
        PrincipalIsS3(statement)
        && statement.TryGetProperty("Action", out var actions) && Strings(actions).Any(a => Glob(a, action, ignoreCase: true))
        && (!statement.TryGetProperty("Resource", out var resources) || Strings(resources).Any(r => Glob(r, resourceArn, ignoreCase: false)))
        && (!statement.TryGetProperty("Condition", out var condition) || ConditionHolds(condition, context));

    // "*", {"AWS": "*"} (everyone, services included) or {"Service": "s3.amazonaws.com"}. NotPrincipal and NotAction are not
    // evaluated: a statement using them never applies (for an Allow, the refusal side).
    private static bool PrincipalIsS3(JsonElement statement)
    {
        if (!statement.TryGetProperty("Principal", out var principal))
        {
            return false;
        }

        if (principal.ValueKind == JsonValueKind.String)
        {
            return principal.GetString() == "*";
        }

        return principal.ValueKind == JsonValueKind.Object
            && ((principal.TryGetProperty("AWS", out var aws) && Strings(aws).Contains("*"))
                || (principal.TryGetProperty("Service", out var service) && Strings(service).Contains(S3ServicePrincipal, StringComparer.OrdinalIgnoreCase)));
    }

    // Every operator must hold for every key it names; a key S3 does not supply (aws:SourceOwner, say) or an operator not
    // known here makes the condition false.
    private static bool ConditionHolds(JsonElement condition, Dictionary<string, string> context)
    {
        if (condition.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var block in condition.EnumerateObject())
        {
            if (block.Value.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var key in block.Value.EnumerateObject())
            {
                if (!context.TryGetValue(key.Name, out var actual) || !OperatorHolds(block.Name, actual, Strings(key.Value).ToList()))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool OperatorHolds(string op, string actual, List<string> values) => op switch
    {
        "StringEquals" => values.Contains(actual, StringComparer.Ordinal),
        "StringNotEquals" => !values.Contains(actual, StringComparer.Ordinal),
        "StringEqualsIgnoreCase" => values.Contains(actual, StringComparer.OrdinalIgnoreCase),
        "StringNotEqualsIgnoreCase" => !values.Contains(actual, StringComparer.OrdinalIgnoreCase),
        "StringLike" => values.Any(v => Glob(v, actual, ignoreCase: false)),
        "StringNotLike" => !values.Any(v => Glob(v, actual, ignoreCase: false)),
        // ArnEquals and ArnLike behave alike in IAM: wildcards are allowed in either.
        "ArnEquals" or "ArnLike" => values.Any(v => Glob(v, actual, ignoreCase: false)),
        "ArnNotEquals" or "ArnNotLike" => !values.Any(v => Glob(v, actual, ignoreCase: false)),
        _ => false,
    };

    private static IEnumerable<JsonElement> Items(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [element];

    private static IEnumerable<string> Strings(JsonElement element) =>
        Items(element).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!);

    // IAM wildcards: * any run of characters, ? one character. Matched without a regular expression (no timeout to hit on a
    // loaded machine): the classic two-pointer walk, backtracking only to the last '*'.
    private static bool Glob(string pattern, string value, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int p = 0, v = 0, star = -1, resume = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || (pattern[p] != '*' && string.Compare(pattern, p, value, v, 1, comparison) == 0)))
            {
                p++;
                v++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = v;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
