namespace S3NotifyConformance.Reports;

/// <summary>results.json written before the run header (until 2026-12-01) kept the header's fields at the top level, a load
/// run's target with <c>faults</c> and the machine as one line. Read in place as the header they are, so last night's run
/// can still be diffed, put in a matrix or compared with.</summary>
public static class LegacyResults
{
    private static readonly string[] HeaderFields = ["kind", "runId", "tool", "target", "startedAt", "finishedAt", "machine"];

    /// <summary>Moves a headerless results.json's top-level header fields into <c>header</c>; a file with a header is left as it is.</summary>
    public static void Upgrade(JsonObject root)
    {
        if (root.ContainsKey("header") || !root.ContainsKey("runId"))
        {
            return;
        }

        var kind = (string?)root["kind"] ?? "conformance";
        var target = root["target"]?.DeepClone() as JsonObject ?? TargetOf(kind);
        if (target.Remove("faults", out var faults) && faults is not null)
        {
            target["note"] = $"faults: {(string?)faults}";
        }

        target["capabilities"] ??= new JsonArray();
        var header = new JsonObject
        {
            ["kind"] = kind,
            ["runId"] = root["runId"]?.DeepClone(),
            ["tool"] = root["tool"]?.DeepClone(),
            ["target"] = target,
            ["machine"] = JsonSerializer.SerializeToNode(RunMachine.Parse((string?)root["machine"] ?? string.Empty), ReportJson.Options),
            ["startedAt"] = root["startedAt"]?.DeepClone(),
            ["finishedAt"] = root["finishedAt"]?.DeepClone(),
        };
        foreach (var field in HeaderFields)
        {
            root.Remove(field);
        }

        root.Insert(0, "header", header);
    }

    private static JsonObject TargetOf(string kind) => kind == "selftest"
        ? (JsonObject)JsonSerializer.SerializeToNode(SelfTest.SelfTestResult.ReferenceStore, ReportJson.Options)!
        : new JsonObject { ["name"] = "unknown", ["kind"] = "unknown", ["endpoint"] = "-", ["region"] = "-" };
}
