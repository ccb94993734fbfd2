namespace S3NotifyConformance.Judging.Rules;

/// <summary>What an event's version field must be, the same for a record and an EventBridge event: only events of
/// created and removed objects are judged; where the write's answer named a version it is that one, where a write on a
/// versioning-enabled bucket was answered without one it need only be there, and otherwise it is absent (never the string "null";
/// SQS::test_object_created_put_versioned, EB::test_object_created_put_versioned).</summary>
internal static class VersionIdExpectation
{
    /// <summary>Calls the one check the expected event asks for, or none when its version is not judged.</summary>
    public static void Judge(ExpectedEvent expected, Action<string> equal, Action present, Action absent)
    {
        if (!expected.VersionIdJudged)
        {
            return;
        }

        if (expected.ExpectedVersionId is { } version)
        {
            equal(version);
        }
        else if (expected.VersionIdUnknown)
        {
            present();
        }
        else
        {
            absent();
        }
    }
}
