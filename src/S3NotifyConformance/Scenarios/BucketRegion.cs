namespace S3NotifyConformance.Scenarios;

/// <summary>Where a scenario's bucket is created.</summary>
public enum BucketRegion
{
    /// <summary>The target's region.</summary>
    Target,

    /// <summary>A region other than the target's: the target's second region (target file <c>secondRegion</c>), given as the
    /// CreateBucketConfiguration's LocationConstraint; the scenario's destinations are made in that region too.</summary>
    Second,
}
