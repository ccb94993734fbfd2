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

    /// <summary>The conformance run, or an <see cref="InvalidDataException"/> naming what the file holds instead.</summary>
    public RunResult AsConformance() => this is ConformanceFile c ? c.Run : throw NotA(RunKind.Conformance, "s3notify run writes those");

    /// <summary>The load run, or an <see cref="InvalidDataException"/> naming what the file holds instead.</summary>
    public LoadRunResult AsLoad() => this is LoadFile l ? l.Run : throw NotA(RunKind.Load, "s3notify load writes those");

    /// <summary>The self-test, or an <see cref="InvalidDataException"/> naming what the file holds instead.</summary>
    public SelfTestResult AsSelfTest() => this is SelfTestFile s ? s.Run : throw NotA(RunKind.SelfTest, "s3notify selftest writes those");

    private InvalidDataException NotA(RunKind wanted, string hint) =>
        new($"{Path} is the results.json of a {RunResultsReader.Name(Header.Kind)} run, not of a {RunResultsReader.Name(wanted)} run ({hint})");

    /// <summary>A conformance run's results.json.</summary>
    public sealed record ConformanceFile(string Path, RunResult Run) : ResultsFile(Path)
    {
        /// <inheritdoc />
        public override RunHeader Header => Run.Header;

        /// <inheritdoc />
        public override ImmutableArray<string> RenderedFiles => DefaultReportWriters.Rendered.FileNames;

        /// <inheritdoc />
        public override Task RenderAsync(string directory, CancellationToken cancellationToken) => DefaultReportWriters.Rendered.WriteAsync(Run, directory, cancellationToken);
    }

    /// <summary>A load run's results.json.</summary>
    public sealed record LoadFile(string Path, LoadRunResult Run) : ResultsFile(Path)
    {
        /// <inheritdoc />
        public override RunHeader Header => Run.Header;

        /// <inheritdoc />
        public override ImmutableArray<string> RenderedFiles => DefaultLoadReportWriters.Rendered.FileNames;

        /// <inheritdoc />
        public override Task RenderAsync(string directory, CancellationToken cancellationToken) => DefaultLoadReportWriters.Rendered.WriteAsync(Run, directory, cancellationToken);
    }

    /// <summary>A self-test's results.json (its faulted runs have their own, under faults/).</summary>
    public sealed record SelfTestFile(string Path, SelfTestResult Run) : ResultsFile(Path)
    {
        /// <inheritdoc />
        public override RunHeader Header => Run.Header;

        /// <inheritdoc />
        public override ImmutableArray<string> RenderedFiles => DefaultSelfTestReportWriters.Rendered.FileNames;

        /// <inheritdoc />
        public override Task RenderAsync(string directory, CancellationToken cancellationToken) => DefaultSelfTestReportWriters.Rendered.WriteAsync(Run, directory, cancellationToken);
    }

    /// <summary>A benchmark run's results.json.</summary>
    public sealed record BenchFile(string Path, BenchResult Run) : ResultsFile(Path)
    {
        /// <inheritdoc />
        public override RunHeader Header => Run.Header;

        /// <inheritdoc />
        public override ImmutableArray<string> RenderedFiles => DefaultBenchReportWriters.Rendered.FileNames;

        /// <inheritdoc />
        public override Task RenderAsync(string directory, CancellationToken cancellationToken) => DefaultBenchReportWriters.Rendered.WriteAsync(Run, directory, cancellationToken);
    }
}
