using System.Text;
using S3NotifyConformance.Actions;

namespace S3NotifyConformance.Tests.Actions;

/// <summary>The POST upload form is what a browser sends (HTML Standard multipart/form-data encoding), not .NET's variant.</summary>
public sealed class BrowserFormContentTests
{
    [Test]
    public async Task FieldNamesAreQuotedPlainFieldsHaveNoContentTypeAndTheBoundaryIsAToken()
    {
        // Given
        using var content = BrowserFormContent.Create([new("key", "a b.txt"), new("x-amz-algorithm", "AWS4-HMAC-SHA256")], "up\"load.bin", "application/octet-stream", [1, 2, 3], "----b0undary");

        // When
        var body = Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync());

        // Then
        Assert.That(content.Headers.ContentType!.ToString(), Is.EqualTo("multipart/form-data; boundary=----b0undary"));
        Assert.That(body, Does.StartWith("------b0undary\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\na b.txt\r\n"));
        Assert.That(body, Does.Contain("Content-Disposition: form-data; name=\"x-amz-algorithm\"\r\n\r\nAWS4-HMAC-SHA256\r\n"));
        Assert.That(body, Does.Contain("Content-Disposition: form-data; name=\"file\"; filename=\"up%22load.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\u0001\u0002\u0003\r\n------b0undary--\r\n"));
        Assert.That(body, Does.Not.Contain("text/plain"));
    }
}
