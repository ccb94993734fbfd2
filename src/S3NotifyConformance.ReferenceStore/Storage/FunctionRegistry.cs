namespace S3NotifyConformance.ReferenceStore.Storage;

/// <summary>The Lambda functions the store knows, by ARN. There is no Lambda runtime here: a function is registered with the URL
/// its invocations are POSTed to (the registrant plays the function), through <c>PUT /_s3notify/functions</c> or
/// <see cref="ReferenceStore.RegisterFunction"/>.</summary>
internal sealed class FunctionRegistry
{
    private readonly ConcurrentDictionary<string, RegisteredFunction> _byArn = new(StringComparer.Ordinal);

    /// <summary>Registers (or re-points) a function.</summary>
    public RegisteredFunction Register(string arn, Uri url) => _byArn[arn] = new RegisteredFunction(arn, url);

    /// <summary>The function an ARN names, or null. A qualified ARN (<c>…:function:name:alias</c>) names the function it
    /// qualifies when that qualifier is not registered itself.</summary>
    public RegisteredFunction? Find(string arn)
    {
        if (_byArn.TryGetValue(arn, out var function))
        {
            return function;
        }

        var parts = arn.Split(':');
        return parts.Length == 8 && _byArn.TryGetValue(string.Join(':', parts[..7]), out var unqualified) ? unqualified : null;
    }

    /// <summary>Unregisters a function; false when it was not registered.</summary>
    public bool Remove(string arn) => _byArn.TryRemove(arn, out _);

    /// <summary>Every registered function, by ARN.</summary>
    public IReadOnlyList<RegisteredFunction> All() => [.. _byArn.Values.OrderBy(f => f.Arn, StringComparer.Ordinal)];
}

/// <summary>A registered function: its ARN and where an invocation is POSTed.</summary>
internal sealed record RegisteredFunction(string Arn, Uri Url);
