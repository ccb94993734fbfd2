namespace S3NotifyConformance.Scenarios;

/// <summary>The error a step must fail with: code, message and the Argument fields AWS returns.</summary>
/// <param name="Arguments">ArgumentName/ArgumentValue pairs, numbered (<c>ArgumentName1</c>) or not, as AWS sends them.</param>
/// <param name="StrictArguments">When true, Argument fields beyond <paramref name="Arguments"/> are findings; false where AWS's fields are not recorded.</param>
public sealed record ExpectedError(string Code, string? Message, int? HttpStatus, ImmutableSortedDictionary<string, string> Arguments, bool StrictArguments = true);
