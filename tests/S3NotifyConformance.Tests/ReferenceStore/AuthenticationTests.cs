using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using S3NotifyConformance.Actions;
using S3NotifyConformance.ReferenceStore;
using S3NotifyConformance.Targets;

namespace S3NotifyConformance.Tests.ReferenceStoreTests;

/// <summary>The store checks SigV4 against its credentials and refuses as S3, SQS and SNS do (Amazon S3 "Error Responses";
/// AWS "Common Errors" for SQS and SNS).</summary>
public sealed class AuthenticationTests : StoreSessionFixture
{
    private string _bucket = null!;

    protected override async Task OnStartedAsync() => _bucket = await Session.CreateBucketAsync();

    [Test]
    public async Task AWrongSecretIsSignatureDoesNotMatch()
    {
        // Given
        using var s3 = S3Client(new BasicAWSCredentials(Session.Store.GetConfiguration().Credentials.AccessKey, "not-the-secret"));

        // When
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket }));

        // Then
        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(error.ErrorCode, Is.EqualTo("SignatureDoesNotMatch"));
        Assert.That(error.Message, Is.EqualTo("The request signature we calculated does not match the signature you provided. Check your key and signing method."));
    }

    [Test]
    public async Task AnUnknownAccessKeyIsInvalidAccessKeyId()
    {
        // Given
        using var s3 = S3Client(new BasicAWSCredentials("AKIAUNKNOWNKEY000000", "whatever"));

        // When
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = "k", ContentBody = "x" }));

        // Then
        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(error.ErrorCode, Is.EqualTo("InvalidAccessKeyId"));
        Assert.That(error.Message, Is.EqualTo("The AWS Access Key Id you provided does not exist in our records."));
        Assert.That((await Assert.ThrowsAsync<AmazonS3Exception>(() => Session.S3.GetObjectMetadataAsync(_bucket, "k")))!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "nothing was written");
    }

    [Test]
    public async Task AnUnsignedRequestIsAccessDeniedWithS3sErrorDocument()
    {
        // When
        using var response = await Session.SendAsync(HttpMethod.Get, $"/{_bucket}?list-type=2", service: string.Empty);
        var body = await response.Content.ReadAsStringAsync();

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(body, Does.Contain("<Code>AccessDenied</Code><Message>Access Denied</Message>"));
        Assert.That(response.Headers.Contains("x-amz-request-id"), Is.True);
    }

    [Test]
    public async Task ARequestSignedAnHourAgoIsRequestTimeTooSkewed()
    {
        // Given a request with the right key but an X-Amz-Date an hour old (the clock is checked before the signature)
        var date = DateTime.UtcNow.AddHours(-1);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Session.Endpoint}/{_bucket}?list-type=2");
        request.Headers.TryAddWithoutValidation("x-amz-date", date.ToString("yyyyMMdd'T'HHmmss'Z'"));
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={Session.Store.GetConfiguration().Credentials.AccessKey}/{date:yyyyMMdd}/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature={new string('0', 64)}");

        // When
        using var response = await new HttpClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(body, Does.Contain("<Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message>"));
        Assert.That(body, Does.Contain("<MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds>"));
    }

    [Test]
    public async Task APresignedUrlWorksAndATamperedOneIsRefused()
    {
        // Given
        await Session.S3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = "presigned-get", ContentBody = "content" });
        var url = await Session.S3.GetPreSignedURLAsync(new GetPreSignedUrlRequest { BucketName = _bucket, Key = "presigned-get", Verb = HttpVerb.GET, Expires = DateTime.UtcNow.AddMinutes(5), Protocol = Protocol.HTTP });
        var tampered = url.Replace("presigned-get", "presigned-got", StringComparison.Ordinal);
        using var http = new HttpClient();

        // When
        using var ok = await http.GetAsync(url);
        using var refused = await http.GetAsync(tampered);

        // Then
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ok.Content.ReadAsStringAsync(), Is.EqualTo("content"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("<Code>SignatureDoesNotMatch</Code>").And.Contain("<CanonicalRequest>"));
    }

    [Test]
    public async Task AnExpiredPresignedUrlIsAccessDenied()
    {
        // Given a URL signed 20 minutes ago for 60 seconds
        var url = await Session.S3.GetPreSignedURLAsync(new GetPreSignedUrlRequest { BucketName = _bucket, Key = "k", Verb = HttpVerb.GET, Expires = DateTime.UtcNow.AddMinutes(5), Protocol = Protocol.HTTP });
        var old = DateTime.UtcNow.AddMinutes(-20).ToString("yyyyMMdd'T'HHmmss'Z'");
        var expired = System.Text.RegularExpressions.Regex.Replace(url, "X-Amz-Date=[0-9TZ]+", "X-Amz-Date=" + old);
        expired = System.Text.RegularExpressions.Regex.Replace(expired, "X-Amz-Expires=[0-9]+", "X-Amz-Expires=60");

        // When
        using var response = await new HttpClient().GetAsync(expired);

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<Code>AccessDenied</Code><Message>Request has expired</Message>"));
    }

    [Test]
    public async Task APostPolicyWorksAndATamperedOneIsRefused()
    {
        // Given two uploads signed with the store's credentials, the second with its policy altered after signing
        var region = Session.Store.GetRegion();
        var good = await PostPolicySigner.SignAsync(Session.Credentials, region, _bucket, "posted", 100, DateTime.UtcNow, CancellationToken.None);
        var bad = good.Select(f => f.Key == "policy" ? KeyValuePair.Create("policy", Convert.ToBase64String(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Convert.FromBase64String(f.Value)).Replace("100", "999999", StringComparison.Ordinal)))) : f).ToList();
        var wrongKey = await PostPolicySigner.SignAsync(new BasicAWSCredentials("AKIAUNKNOWNKEY000000", "x"), region, _bucket, "posted", 100, DateTime.UtcNow, CancellationToken.None);

        // When
        using var accepted = await PostAsync(good);
        using var tampered = await PostAsync(bad);
        using var unknown = await PostAsync(wrongKey);
        using var anonymous = await PostAsync([new("key", "posted")]);

        // Then
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(tampered.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await tampered.Content.ReadAsStringAsync(), Does.Contain("<Code>SignatureDoesNotMatch</Code>"));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("<Code>InvalidAccessKeyId</Code>"));
        Assert.That(await anonymous.Content.ReadAsStringAsync(), Does.Contain("<Code>AccessDenied</Code>"));
    }

    [Test]
    public async Task SqsAnswersWrongCredentialsInItsJsonProtocol()
    {
        // Given
        var config = new AmazonSQSConfig { ServiceURL = Session.Store.GetEndpoint().ToString(), AuthenticationRegion = Session.Store.GetRegion(), MaxErrorRetry = 0 };
        using var wrongSecret = new AmazonSQSClient(new BasicAWSCredentials(Session.Store.GetConfiguration().Credentials.AccessKey, "nope"), config);
        using var unknownKey = new AmazonSQSClient(new BasicAWSCredentials("AKIAUNKNOWNKEY000000", "nope"), config);

        // When
        var mismatch = await Assert.ThrowsAsync<AmazonSQSException>(() => wrongSecret.ListQueuesAsync(new Amazon.SQS.Model.ListQueuesRequest()));
        var unknown = await Assert.ThrowsAsync<AmazonSQSException>(() => unknownKey.ListQueuesAsync(new Amazon.SQS.Model.ListQueuesRequest()));
        var body = new StringContent("{}");
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        using var anonymous = await Session.SendAsync(HttpMethod.Post, "/", body, h => h.Add("X-Amz-Target", "AmazonSQS.ListQueues"), service: string.Empty);

        // Then
        Assert.That((mismatch!.StatusCode, mismatch.ErrorCode), Is.EqualTo((HttpStatusCode.Forbidden, "SignatureDoesNotMatch")));
        Assert.That((unknown!.StatusCode, unknown.ErrorCode), Is.EqualTo((HttpStatusCode.Forbidden, "InvalidClientTokenId")));
        Assert.That(unknown.Message, Is.EqualTo("The security token included in the request is invalid."));
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(JsonNode.Parse(await anonymous.Content.ReadAsStringAsync())!.Text("__type"), Is.EqualTo("com.amazon.coral.service#MissingAuthenticationTokenException"));
    }

    [Test]
    public async Task SnsAnswersWrongCredentialsInItsQueryProtocol()
    {
        // Given
        var region = Session.Store.GetRegion();

        // When
        var mismatch = await SnsWithAsync(new BasicAWSCredentials(Session.Store.GetConfiguration().Credentials.AccessKey, "nope"));
        var unknown = await SnsWithAsync(new BasicAWSCredentials("AKIAUNKNOWNKEY000000", "nope"));
        var client = new SnsQueryClient(Session.Store.GetEndpoint(), region, Session.Credentials);
        var listed = await client.ListTopicsAsync(CancellationToken.None);

        // Then
        Assert.That(mismatch.Status, Is.EqualTo(403));
        Assert.That(mismatch.Body, Does.Contain("<Code>SignatureDoesNotMatch</Code>").And.Contain("<ErrorResponse"));
        Assert.That(unknown.Status, Is.EqualTo(403));
        Assert.That(unknown.Body, Does.Contain("<Code>InvalidClientTokenId</Code>"));
        Assert.That(listed, Is.Not.Null, "the store's own credentials are accepted");
    }

    [Test]
    public async Task WithVerificationOffAnyOrNoSignatureIsAccepted()
    {
        // Given
        await using var open = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithSignatureVerification(false));
        var bucket = await open.CreateBucketAsync();
        using var wrong = new AmazonS3Client(new BasicAWSCredentials("AKIAUNKNOWNKEY000000", "x"), new AmazonS3Config { ServiceURL = open.Store.GetEndpoint().ToString(), ForcePathStyle = true, AuthenticationRegion = open.Store.GetRegion() });

        // When
        await wrong.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "x" });
        using var unsigned = await open.SendAsync(HttpMethod.Get, $"/{bucket}/k", service: string.Empty);

        // Then
        Assert.That(unsigned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await unsigned.Content.ReadAsStringAsync(), Is.EqualTo("x"));
    }

    [Test]
    public async Task CustomCredentialsAreTheOnlyOnesAccepted()
    {
        // Given
        await using var custom = await StoreSession.StartAsync(new ReferenceStoreBuilder().WithCredentials("AKIACUSTOM0000000001", "custom-secret"));
        using var defaults = new AmazonS3Client(new BasicAWSCredentials(StoreCredentials.Default.AccessKey, StoreCredentials.Default.SecretKey), new AmazonS3Config { ServiceURL = custom.Store.GetEndpoint().ToString(), ForcePathStyle = true, AuthenticationRegion = custom.Store.GetRegion() });

        // When
        var bucket = await custom.CreateBucketAsync();
        var refused = await Assert.ThrowsAsync<AmazonS3Exception>(() => defaults.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket }));

        // Then
        Assert.That(refused!.ErrorCode, Is.EqualTo("InvalidAccessKeyId"));
    }

    private AmazonS3Client S3Client(AWSCredentials credentials) =>
        new(credentials, new AmazonS3Config { ServiceURL = Session.Store.GetEndpoint().ToString(), ForcePathStyle = true, AuthenticationRegion = Session.Store.GetRegion(), MaxErrorRetry = 0 });

    private async Task<HttpResponseMessage> PostAsync(IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent("posted body"u8.ToArray()), "file", "f.txt");
        return await Session.SendAsync(HttpMethod.Post, "/" + _bucket, form, service: string.Empty);
    }

    private async Task<(int Status, string Body)> SnsWithAsync(AWSCredentials credentials)
    {
        var body = Encoding.UTF8.GetBytes("Action=ListTopics&Version=2010-03-31");
        using var request = new HttpRequestMessage(HttpMethod.Post, Session.Store.GetEndpoint()) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        await new SigV4Signer(Session.Store.GetRegion(), "sns", credentials).SignAsync(request, body, CancellationToken.None);
        using var response = await new HttpClient().SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
