namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>encoding-type=url for listings: every byte except unreserved characters and "/" as %XX.</summary>
internal static class ListingEncoding
{
    /// <summary>Encodes when the request asked for encoding-type=url.</summary>
    public static string Apply(S3Request request, string value) =>
        request.Query("encoding-type") == "url" ? ObjectUrl.EscapePath(value) : value;

    /// <summary>The EncodingType element, when requested.</summary>
    public static XElement? Element(S3Request request) =>
        request.Query("encoding-type") == "url" ? S3Xml.E("EncodingType", "url") : null;
}
