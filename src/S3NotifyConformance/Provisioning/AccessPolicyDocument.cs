namespace S3NotifyConformance.Provisioning;

/// <summary>A queue's or topic's access policy of one Allow statement: who may perform an action on a resource, optionally only
/// for one source ARN ("Granting permissions to publish event notification messages to a destination").</summary>
public static class AccessPolicyDocument
{
    /// <summary>Lets the AWS service <paramref name="service"/> (e.g. <c>s3.amazonaws.com</c>) do <paramref name="action"/> on
    /// <paramref name="resource"/> for <paramref name="sourceArn"/> only (<c>ArnLike aws:SourceArn</c>).</summary>
    public static string ForService(string service, string action, string resource, string sourceArn) =>
        Allow(new JsonObject { ["Service"] = service }, action, resource,
            new JsonObject { ["ArnLike"] = new JsonObject { ["aws:SourceArn"] = sourceArn } });

    /// <summary>Lets the account's own principals (<c>arn:aws:iam::ACCOUNT:root</c>) do <paramref name="action"/> on <paramref name="resource"/>, no one else.</summary>
    public static string ForAccount(string account, string action, string resource) =>
        Allow(new JsonObject { ["AWS"] = $"arn:aws:iam::{account}:root" }, action, resource, null);

    private static string Allow(JsonObject principal, string action, string resource, JsonObject? condition)
    {
        var statement = new JsonObject { ["Effect"] = "Allow", ["Principal"] = principal, ["Action"] = action, ["Resource"] = resource };
        if (condition is not null)
        {
            statement["Condition"] = condition;
        }

        return new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = new JsonArray(statement) }.ToJsonString();
    }
}
