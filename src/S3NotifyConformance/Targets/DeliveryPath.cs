namespace S3NotifyConformance.Targets;

/// <summary>How events leave a target and reach the harness.</summary>
public enum DeliveryPath
{
    /// <summary>The target delivers to SQS queues (directly or through SNS) that the harness polls.</summary>
    SqsQueues,

    /// <summary>The target pushes each event to an HTTP endpoint (Ceph RGW, MinIO): the webhook collector receives them.</summary>
    HttpPush,

    /// <summary>The target publishes each event to an AMQP exchange (Ceph RGW's AMQP topics): the AMQP collector drains a
    /// run-scoped queue bound to it.</summary>
    Amqp,
}
