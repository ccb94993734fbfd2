namespace S3NotifyConformance.ReferenceStore.Hosting;

/// <summary>Decides which service a request is for, from the SigV4 credential scope.</summary>
internal static class ServiceResolver
{
    /// <summary>
    /// X-Amz-Target AmazonSQS.* → SQS, AWSEvents.* → EventBridge; credential scope service sqs / sns / s3; unsigned form POST to "/" → SNS
    /// (S3 has no POST on the service root); everything else unsigned or presigned → S3.
    /// </summary>
    public static ServiceKind Resolve(HttpRequest request, CredentialScope? scope, string path)
    {
        if (request.Headers["X-Amz-Target"].ToString().StartsWith("AmazonSQS.", StringComparison.Ordinal))
        {
            return ServiceKind.Sqs;
        }

        if (request.Headers["X-Amz-Target"].ToString().StartsWith("AWSEvents.", StringComparison.Ordinal))
        {
            return ServiceKind.Events;
        }

        switch (scope?.Service)
        {
            case "sqs":
                return ServiceKind.Sqs;
            case "sns":
                return ServiceKind.Sns;
            case "s3":
                return ServiceKind.S3;
            case "events":
                return ServiceKind.Events;
        }

        return HttpMethods.IsPost(request.Method) && path == "/" && request.HasFormContentType && !request.ContentType!.Contains("multipart", StringComparison.OrdinalIgnoreCase)
            ? ServiceKind.Sns
            : ServiceKind.S3;
    }
}
