using System.Buffers.Binary;
using System.Security.Cryptography;
using S3NotifyConformance.ReferenceStore.Storage;

namespace S3NotifyConformance.ReferenceStore.Sqs;

/// <summary>The MD5 digests SQS returns and the SDK verifies (body, message attributes).</summary>
internal static class SqsMd5
{
    /// <summary>Hex MD5 of the UTF-8 body.</summary>
    public static string OfBody(string body) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>SQS's attribute digest: per attribute sorted by name, length-prefixed name, type, transport byte (1 string, 2 binary) and value.</summary>
    public static string? OfAttributes(IReadOnlyList<SqsMessageAttribute> attributes)
    {
        if (attributes.Count == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        foreach (var attribute in attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            Write(buffer, Encoding.UTF8.GetBytes(attribute.Name));
            Write(buffer, Encoding.UTF8.GetBytes(attribute.DataType));
            if (attribute.BinaryValue is { } binary)
            {
                buffer.WriteByte(2);
                Write(buffer, binary);
            }
            else
            {
                buffer.WriteByte(1);
                Write(buffer, Encoding.UTF8.GetBytes(attribute.StringValue ?? string.Empty));
            }
        }

        return Convert.ToHexStringLower(MD5.HashData(buffer.ToArray()));
    }

    private static void Write(Stream stream, byte[] value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
        stream.Write(length);
        stream.Write(value);
    }
}
