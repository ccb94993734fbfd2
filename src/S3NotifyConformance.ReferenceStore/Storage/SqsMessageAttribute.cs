namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>A user or system message attribute.</summary>
/// <param name="Name">Attribute name.</param>
/// <param name="DataType">String, Number, Binary, or a custom "String.x" type.</param>
/// <param name="StringValue">The value for String and Number types.</param>
/// <param name="BinaryValue">The value for Binary types.</param>
internal sealed record SqsMessageAttribute(string Name, string DataType, string? StringValue, byte[]? BinaryValue);
