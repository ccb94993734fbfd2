using System.Xml;

namespace S3NotifyConformance.ReferenceStore.S3;

/// <summary>XML helpers: the S3 namespace, element builders, tolerant readers.</summary>
internal static class S3Xml
{
    /// <summary>The S3 response namespace.</summary>
    public static readonly XNamespace Ns = "http://s3.amazonaws.com/doc/2006-03-01/";

    /// <summary>An element in the S3 namespace.</summary>
    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>S3's XML timestamp: 2009-10-12T17:50:30.000Z.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A quoted ETag as S3 returns it.</summary>
    public static string Quoted(string eTag) => "\"" + eTag + "\"";

    /// <summary>Parses a request body; MalformedXML on empty or broken input.</summary>
    public static XElement Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            throw new S3Exception(S3Error.MalformedXml());
        }

        try
        {
            using var stream = new MemoryStream(body);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            return XElement.Load(reader);
        }
        catch (XmlException)
        {
            throw new S3Exception(S3Error.MalformedXml());
        }
    }

    /// <summary>A deep copy with every element moved into the S3 namespace (stored request documents returned by GET).</summary>
    public static XElement Normalize(XElement element) =>
        new(Ns + element.Name.LocalName, element.Attributes().Where(a => !a.IsNamespaceDeclaration), element.Nodes().Select(n => n is XElement child ? Normalize(child) : n));

    /// <summary>An integer child value, or null.</summary>
    public static int? ChildInt(this XElement parent, string localName) =>
        int.TryParse(parent.ChildValue(localName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Child elements with this local name (any namespace).</summary>
    public static IEnumerable<XElement> Children(this XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    /// <summary>The first child with this local name, or null.</summary>
    public static XElement? Child(this XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>The text of the first child with this local name, or null.</summary>
    public static string? ChildValue(this XElement parent, string localName) => parent.Child(localName)?.Value;
}
