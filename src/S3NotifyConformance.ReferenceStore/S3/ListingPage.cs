namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>One page of a listing with delimiter roll-up: entries, common prefixes and where the next page starts.</summary>
/// <typeparam name="T">The entry type.</typeparam>
/// <param name="Entries">Entries on this page.</param>
/// <param name="CommonPrefixes">Rolled-up prefixes on this page.</param>
/// <param name="IsTruncated">True when more remain.</param>
/// <param name="LastEntry">The last entry returned, when it was an entry.</param>
/// <param name="LastPrefix">The last common prefix returned, when that came last.</param>
internal sealed record ListingPage<T>(IReadOnlyList<T> Entries, IReadOnlyList<string> CommonPrefixes, bool IsTruncated, T? LastEntry, string? LastPrefix)
    where T : class
{
    /// <summary>Pages over entries already sorted by key (and filtered to the prefix and after the marker).</summary>
    public static ListingPage<T> Build(IEnumerable<T> sorted, Func<T, string> keyOf, string prefix, string? delimiter, int maxKeys)
    {
        var entries = new List<T>();
        var prefixes = new List<string>();
        T? lastEntry = null;
        string? lastPrefix = null;
        foreach (var entry in sorted)
        {
            var key = keyOf(entry);
            string? rolled = null;
            if (!string.IsNullOrEmpty(delimiter))
            {
                var index = key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
                if (index >= 0)
                {
                    rolled = key[..(index + delimiter.Length)];
                    if (rolled == lastPrefix)
                    {
                        continue;
                    }
                }
            }

            if (entries.Count + prefixes.Count >= maxKeys)
            {
                return new ListingPage<T>(entries, prefixes, true, lastPrefix is null ? lastEntry : null, lastPrefix);
            }

            if (rolled is not null)
            {
                prefixes.Add(rolled);
                lastPrefix = rolled;
                lastEntry = null;
            }
            else
            {
                entries.Add(entry);
                lastEntry = entry;
                lastPrefix = null;
            }
        }

        return new ListingPage<T>(entries, prefixes, false, lastEntry, lastPrefix);
    }
}
