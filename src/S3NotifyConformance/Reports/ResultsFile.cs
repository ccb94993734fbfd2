using S3NotifyConformance.Load;
using S3NotifyConformance.Reports.Bench;
using S3NotifyConformance.Reports.Load;
using S3NotifyConformance.Reports.SelfTest;

namespace S3NotifyConformance.Reports;

/// <summary>What a results.json holds, by its header's kind: a conformance run, a load run, a self-test or benchmarks. Read with
/// <see cref="RunResultsReader"/>; each kind renders its other files from itself alone.</summary>
/// <param name="Path">The results.json it was read from.</param>
public abstract record ResultsFile(string Path)
{
    /// <summary>The header every kind shares.</summary>
    public abstract RunHeader Header { get; }

    /// <summary>The files <see cref="RenderAsync"/> writes next to results.json.</summary>
    public abstract ImmutableArray<string> RenderedFiles { get; }

    /// <summary>Writes every file of the run but results.json again into <paramref name="directory"/>, from this alone.</summary>
    public abstract Task RenderAsync(string directory, CancellationToken cancellationToken);

    /// <summary>A conformance run's results.json.</summary>
    public static ResultsFile Of(string path, RunResult run) => new Typed<RunResult>(path, run, DefaultReportWriters.Rendered);

    /// <summary>A load run's results.json.</summary>
    public static ResultsFile Of(string path, LoadRunResult run) => new Typed<LoadRunResult>(path, run, DefaultLoadReportWriters.Rendered);

    /// <summary>A self-test's results.json (its faulted runs have their own, under faults/).</summary>
    public static ResultsFile Of(string path, SelfTestResult run) => new Typed<SelfTestResult>(path, run, DefaultSelfTestReportWriters.Rendered);

    /// <summary>A benchmark run's results.json.</summary>
    public static ResultsFile Of(string path, BenchResult run) => new Typed<BenchResult>(path, run, DefaultBenchReportWriters.Rendered);

    /// <summary>The conformance run, or an <see cref="InvalidDataException"/> naming what the file holds instead.</summary>
    public RunResult AsConformance() => As<RunResult>(RunKind.Conformance, "s3notify run writes those");

    /// <summary>The load run, or an <see cref="InvalidDataException"/> naming what the file holds instead.</summary>
    public LoadRunResult AsLoad() => As<LoadRunResult>(RunKind.Load, "s3notify load writes those");

    /// <summary>The self-test, or an <see cref="InvalidDataException"/> naming what the file holds instead.</summary>
    public SelfTestResult AsSelfTest() => As<SelfTestResult>(RunKind.SelfTest, "s3notify selftest writes those");

    /// <summary>The benchmark run, or an <see cref="InvalidDataException"/> naming what the file holds instead.</summary>
    public BenchResult AsBench() => As<BenchResult>(RunKind.Bench, "s3notify bench writes those");

    private TResult As<TResult>(RunKind wanted, string hint)
        where TResult : RunResultBase => this is Typed<TResult> file
        ? file.Run
        : throw new InvalidDataException($"{Path} is the results.json of a {RunResultsReader.Name(Header.Kind)} run, not of a {RunResultsReader.Name(wanted)} run ({hint})");

    /// <summary>A results.json of one kind, with the writers of its other files.</summary>
    /// <typeparam name="TResult">The kind's result.</typeparam>
    private sealed record Typed<TResult>(string Path, TResult Run, CompositeReportWriter<TResult> Rendered) : ResultsFile(Path)
        where TResult : RunResultBase
    {
        /// <inheritdoc />
        public override RunHeader Header => Run.Header;

        /// <inheritdoc />
        public override ImmutableArray<string> RenderedFiles => Rendered.FileNames;

        /// <inheritdoc />
        public override Task RenderAsync(string directory, CancellationToken cancellationToken) => Rendered.WriteAsync(Run, directory, cancellationToken);
    }
}
