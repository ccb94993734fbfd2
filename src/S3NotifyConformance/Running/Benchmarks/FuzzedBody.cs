using System.Text;

namespace S3NotifyConformance.Running.Benchmarks;

/// <summary>One hostile (or valid) body of <see cref="FuzzedBodies"/>, with what a correct harness must make of it.</summary>
/// <param name="Kind">What it is: <c>valid</c>, <c>duplicate-name</c>, <c>lone-surrogate</c>, <c>deep</c>, <c>random-bytes</c>, ….</param>
/// <param name="Bytes">The body as sent.</param>
/// <param name="Entries">Ledger entries it must become: one per record (or test event), or one for a wholly unreadable body.</param>
/// <param name="Unreadable">True when at least one entry must be recorded as unreadable (a delivery.readable finding).</param>
public sealed record FuzzedBody(string Kind, byte[] Bytes, int Entries, bool Unreadable)
{
    /// <summary>The body as text (invalid UTF-8 replaced), as a queue carries it.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);
}
