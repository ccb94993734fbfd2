using System.Security.Cryptography;
using System.Text;
using S3NotifyConformance.Actions;

namespace S3NotifyConformance.Tests.Actions;

/// <summary>The harness computes the ETag AWS gives what it sent, instead of taking the store's answer for it.</summary>
public sealed class ComputedETagTests
{
    [Test]
    public void ASinglePartUploadsETagIsTheMd5OfItsBodyAsAwsRecorded() =>
        // SQS::test_object_created_put: body "something" → eTag 437b930db84b8079c2dd804a71936b5f
        Assert.That(ActionFacts.ETagOf(Encoding.UTF8.GetBytes("something")), Is.EqualTo("437b930db84b8079c2dd804a71936b5f"));

    [Test]
    public void AMultipartUploadsETagIsTheMd5OfThePartMd5sAndThePartCount()
    {
        byte[] first = [1, 2, 3], second = [4, 5];
        var expected = Convert.ToHexStringLower(MD5.HashData([.. MD5.HashData(first), .. MD5.HashData(second)])) + "-2";
        Assert.That(ActionFacts.MultipartETagOf([first, second]), Is.EqualTo(expected));
        Assert.That(ActionFacts.MultipartETagOf([first]), Does.EndWith("-1").And.Not.StartWith(ActionFacts.ETagOf(first)));
    }
}
