using S3NotifyConformance.Judging;

namespace S3NotifyConformance.Reports.Matrix;

/// <summary>One difference across stores: an example and, per store column, the store's own record of it (or null).</summary>
public sealed record MatrixDifference(Difference Example, ImmutableArray<Difference?> PerStore);
