namespace S3NotifyConformance.ReferenceStore.Notifications;

/// <summary>The s3:TestEvent body sent to each SQS/SNS destination after a validated PUT ("Event message structure" test message: documentation shape, not AWS-recorded).</summary>
internal static class TestEventWriter
{
    /// <summary>A bare JSON object (no Records wrapper): Service, Event, Time, Bucket, RequestId, HostId.</summary>
    public static string Write(string bucketName, string requestId, string hostId, DateTimeOffset time) =>
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("Service", "Amazon S3");
            w.WriteString("Event", "s3:TestEvent");
            w.WriteString("Time", JsonText.Timestamp(time));
            w.WriteString("Bucket", bucketName);
            w.WriteString("RequestId", requestId);
            w.WriteString("HostId", hostId);
            w.WriteEndObject();
        });
}
