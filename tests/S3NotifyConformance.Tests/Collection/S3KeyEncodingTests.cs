using S3NotifyConformance.Collection;

namespace S3NotifyConformance.Tests.Collection;

public sealed class S3KeyEncodingTests
{
    [TestCase("a@b", "a%40b")] // aws-recorded SQS::test_key_encoding
    [TestCase("testupload/dir1/testfile.txt", "testupload/dir1/testfile.txt")] // aws-recorded: '/' kept
    [TestCase("my_key-0.txt", "my_key-0.txt")] // aws-recorded: '_' '-' kept
    [TestCase("my test.pdf", "my+test.pdf")] // documentation: space becomes '+'
    [TestCase("a+b", "a%2Bb")]
    [TestCase("100%", "100%25")]
    [TestCase("café", "caf%C3%A9")]
    public void EncodesKeysAsAwsWritesThemInRecords(string raw, string encoded) => Assert.That(S3KeyEncoding.Encode(raw), Is.EqualTo(encoded));

    [TestCase("my+test.pdf", "my test.pdf")]
    [TestCase("a%40b", "a@b")]
    [TestCase("caf%C3%A9/%C3%BC", "café/ü")]
    [TestCase("my%20test", "my test")] // a store that percent-encodes spaces still decodes to the same key
    [TestCase("bad%zzescape%", "bad%zzescape%")] // malformed escapes are kept as text
    [TestCase("emoji \U0001F600+%41", "emoji \U0001F600 A")] // a store that sends a character pair unencoded keeps it whole
    public void DecodesRecordKeysToRawKeys(string encoded, string raw) => Assert.That(S3KeyEncoding.Decode(encoded), Is.EqualTo(raw));

    [TestCase("a=b&c?d;e,f:g$h!i'j(k)l*m ~.txt")]
    [TestCase("日本語/ファイル name+plus%.bin")]
    public void DecodeInvertsEncode(string raw) => Assert.That(S3KeyEncoding.Decode(S3KeyEncoding.Encode(raw)), Is.EqualTo(raw));

    [Test]
    public void DecodesAMegabyteKeyInOnePass()
    {
        var encoded = string.Concat(Enumerable.Repeat("ab%20", 200_000));
        Assert.That(S3KeyEncoding.Decode(encoded), Is.EqualTo(string.Concat(Enumerable.Repeat("ab ", 200_000))));
    }
}
