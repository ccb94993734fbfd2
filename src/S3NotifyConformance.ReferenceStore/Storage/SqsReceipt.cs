namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>Receipt handles: base64 of "messageId:generation:nonce".</summary>
internal static class SqsReceipt
{
    /// <summary>A new handle for a receive.</summary>
    public static string Create(SqsMessage message) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{message.MessageId}:{message.ReceiptGeneration}:{Random.Shared.NextInt64():x}"));

    /// <summary>The message id inside a handle, or null when the handle is malformed.</summary>
    public static string? MessageIdOf(string receiptHandle)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(receiptHandle));
            var parts = text.Split(':');
            return parts.Length == 3 && Guid.TryParse(parts[0], out _) ? parts[0] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
