using System.Security.Cryptography;
using System.Text.Encodings.Web;
using S3NotifyConformance.ReferenceStore.Notifications;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sns;

/// <summary>Writes the SNS → SQS notification envelope, fields in the AWS order (SNS::test_object_created_put), in SNS's own pretty-printed style.</summary>
internal static class SnsEnvelopeWriter
{
    /// <summary>The envelope for one subscription; identical inputs give identical bytes (duplicates stay identical).</summary>
    public static string Write(
        string endpoint,
        SnsSubscription subscription,
        string messageId,
        string message,
        string? subject,
        DateTimeOffset timestamp,
        IReadOnlyList<SqsMessageAttribute> attributes)
    {
        var builder = new StringBuilder(message.Length + 1024);
        builder.Append("{\n");
        Field(builder, "Type", "Notification");
        Field(builder, "MessageId", messageId);
        Field(builder, "TopicArn", subscription.TopicArn);
        if (subject is not null)
        {
            // SNS omits Subject when none was published.
            Field(builder, "Subject", subject);
        }

        Field(builder, "Message", message);
        Field(builder, "Timestamp", JsonText.Timestamp(timestamp));
        Field(builder, "SignatureVersion", "1");
        Field(builder, "Signature", Signature(messageId, message));
        Field(builder, "SigningCertURL", $"{endpoint}/SimpleNotificationService-{CertificateToken(endpoint)}.pem");
        Field(builder, "UnsubscribeURL", $"{endpoint}/?Action=Unsubscribe&SubscriptionArn={subscription.Arn}", last: attributes.Count == 0);
        if (attributes.Count > 0)
        {
            builder.Append("  \"MessageAttributes\" : {");
            for (var i = 0; i < attributes.Count; i++)
            {
                var a = attributes[i];
                var value = a.StringValue ?? Convert.ToBase64String(a.BinaryValue ?? []);
                builder.Append(i == 0 ? string.Empty : ",")
                    .Append("\"").Append(Escape(a.Name)).Append("\":{\"Type\":\"").Append(Escape(a.DataType))
                    .Append("\",\"Value\":\"").Append(Escape(value)).Append("\"}");
            }

            builder.Append("}\n");
        }

        builder.Append('}');
        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string name, string value, bool last = false) =>
        builder.Append("  \"").Append(name).Append("\" : \"").Append(Escape(value)).Append(last ? "\"\n" : "\",\n");

    private static string Escape(string value) => JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value);

    private static string Signature(string messageId, string message) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(messageId + "\n" + message)));

    private static string CertificateToken(string endpoint) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(endpoint)));
}
