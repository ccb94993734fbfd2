namespace S3NotifyConformance.Load;

/// <summary>How a threshold compares the metric with its bound.</summary>
public enum ThresholdOperator
{
    LessThan,
    LessOrEqual,
    GreaterThan,
    GreaterOrEqual,
    Equal,
    NotEqual,
}
