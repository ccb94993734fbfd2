namespace S3NotifyConformance.Collection;

/// <summary>The one place a delivered text becomes JSON. Strict where readers disagree (a name twice in one object, an escaped
/// unpaired surrogate no UTF-8 reader can decode), bounded in depth, and never throwing: what cannot be read comes back as
/// the reason, for a <c>delivery.readable</c> finding.</summary>
public static class NotificationJson
{
    /// <summary>Nesting limit: a notification nests five levels (<c>Records[].s3.bucket.ownerIdentity</c>); deeper text is
    /// refused before it can exhaust a stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>The options every delivered text is parsed with.</summary>
    public static JsonDocumentOptions Options { get; } = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    /// <summary>Parses <paramref name="text"/>; null, with <paramref name="problem"/> saying why (a predicate: "is not JSON: …"),
    /// when it is not JSON every reader reads the same way. The caller disposes the document.</summary>
    public static JsonDocument? TryParse(string text, out string? problem)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            problem = Describe(e);
            return null;
        }
        catch (InvalidOperationException)
        {
            // Raised by the duplicate-name check, which decodes every name: one is an escaped unpaired surrogate.
            problem = "holds an escaped unpaired surrogate (\\uD800-\\uDFFF) in a property name, which no UTF-8 reader can decode";
            return null;
        }
        catch (ArgumentException)
        {
            // Raised while transcoding to UTF-8: the text itself holds a lone surrogate (not only an escaped one).
            problem = "holds an unpaired UTF-16 surrogate, which is not Unicode";
            return null;
        }

        // An escaped lone surrogate (\uD800) is valid JSON syntax but no string reader can decode it; only escapes can make one.
        if (text.Contains("\\u", StringComparison.Ordinal) && FindUndecodableString(document.RootElement, "$") is { } path)
        {
            document.Dispose();
            problem = $"holds an escaped unpaired surrogate (\\uD800-\\uDFFF) in the string at {BodyExcerpt.Escape(path)}, which no UTF-8 reader can decode";
            return null;
        }

        problem = null;
        return document;
    }

    private static string Describe(JsonException e)
    {
        var message = BodyExcerpt.Of(e.Message, 300);
        return message.StartsWith("Duplicate property", StringComparison.Ordinal)
            ? $"has a name twice in one object ({message}); RFC 8259 section 4: readers then disagree on which value counts, so neither is judged"
            : $"is not JSON: {message}";
    }

    private static string? FindUndecodableString(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(() => element.GetString()) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name = "?";
                    if (!Decodes(() => name = property.Name))
                    {
                        return $"{path} (a property name)";
                    }

                    if (FindUndecodableString(property.Value, $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindUndecodableString(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
