using System.Text.RegularExpressions;

namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>Syntax of destination ARNs (partitions aws, aws-cn, aws-us-gov).</summary>
internal static partial class ArnPatterns
{
    /// <summary>True when the ARN parses for the destination kind.</summary>
    public static bool IsValid(DestinationKind kind, string arn) => kind switch
    {
        DestinationKind.Queue => QueueArn().IsMatch(arn),
        DestinationKind.Topic => TopicArn().IsMatch(arn),
        _ => FunctionArn().IsMatch(arn),
    };

    /// <summary>The XML element name AWS reports in ArgumentName (Queue, Topic, CloudFunction: SQS::test_invalid_sqs_arn, SNS::test_invalid_topic_arn, LBD::test_invalid_lambda_arn).</summary>
    public static string ElementName(DestinationKind kind) => kind switch
    {
        DestinationKind.Queue => "Queue",
        DestinationKind.Topic => "Topic",
        _ => "CloudFunction",
    };

    [GeneratedRegex(@"^arn:(aws|aws-cn|aws-us-gov):sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$")]
    private static partial Regex QueueArn();

    [GeneratedRegex(@"^arn:(aws|aws-cn|aws-us-gov):sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$")]
    private static partial Regex TopicArn();

    [GeneratedRegex(@"^arn:(aws|aws-cn|aws-us-gov):lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,140}(:(\$LATEST|[A-Za-z0-9_-]{1,128}))?$")]
    private static partial Regex FunctionArn();
}
