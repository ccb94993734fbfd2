using System.Text.Json.Serialization;

namespace S3NotifyConformance.Foundation;

/// <summary>What a run folder's results.json holds; the one field every reader looks at first.</summary>
public enum RunKind
{
    /// <summary>A conformance run (<c>s3notify run</c>, <c>certify</c>).</summary>
    Conformance,

    /// <summary>A load run (<c>s3notify load</c>, <c>merge</c>).</summary>
    Load,

    /// <summary>A self-test (<c>s3notify selftest</c>).</summary>
    [JsonStringEnumMemberName("selftest")]
    SelfTest,

    /// <summary>Benchmarks of the harness itself (<c>s3notify bench</c>).</summary>
    Bench,
}
