// s3notify's Lambda forwarder: S3 invokes it with the event ({"Records":[...]}); it sends that event, unchanged, to the SQS
// queue "<bucket>-lambda" under QUEUE_URL_PREFIX (e.g. https://sqs.us-east-1.amazonaws.com/123456789012/), which the harness
// creates per scenario (s3n-<run id>-<NNNN>-lambda) and drains. A failure throws, so Lambda retries the invocation.
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const sqs = new SQSClient({});

export const handler = async (event) => {
  const bucket = event?.Records?.[0]?.s3?.bucket?.name;
  if (!bucket) throw new Error("not an S3 event: no Records[0].s3.bucket.name");
  const QueueUrl = `${process.env.QUEUE_URL_PREFIX}${bucket}-lambda`;
  await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: JSON.stringify(event) }));
};
