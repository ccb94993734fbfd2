#!/usr/bin/env bash
# Deploys tools/lambda-forwarder/index.mjs as the function s3n-forwarder with the AWS CLI (v2), in your default account and
# region (or AWS_REGION), and prints the target-file lines naming it. Run once: ./tools/lambda-forwarder/deploy.sh
# It creates: the IAM role s3n-forwarder (Lambda basic execution + sqs:SendMessage on this account's s3n-* queues), the
# function (nodejs22.x, 15 s timeout), and a resource policy letting Amazon S3 of this account invoke it.
# Remove: aws lambda delete-function --function-name s3n-forwarder; aws iam delete-role-policy --role-name s3n-forwarder
#   --policy-name send-to-s3n-queues; aws iam detach-role-policy --role-name s3n-forwarder --policy-arn
#   arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole; aws iam delete-role --role-name s3n-forwarder
set -euo pipefail
cd "$(dirname "$0")"
region="${AWS_REGION:-$(aws configure get region)}"
account="$(aws sts get-caller-identity --query Account --output text)"
name=s3n-forwarder
role_arn="$(aws iam create-role --role-name "$name" --query Role.Arn --output text \
  --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')"
aws iam attach-role-policy --role-name "$name" --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name "$name" --policy-name send-to-s3n-queues \
  --policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"arn:aws:sqs:${region}:${account}:s3n-*\"}]}"
sleep 10   # a new role is not assumable by Lambda at once
zip="$(mktemp -d)/forwarder.zip"
(command -v zip >/dev/null && zip -q -j "$zip" index.mjs) || python3 -c "import sys,zipfile; zipfile.ZipFile(sys.argv[1],'w').write('index.mjs')" "$zip"
function_arn="$(aws lambda create-function --function-name "$name" --runtime nodejs22.x --handler index.handler --timeout 15 \
  --role "$role_arn" --zip-file "fileb://$zip" --region "$region" \
  --environment "Variables={QUEUE_URL_PREFIX=https://sqs.${region}.amazonaws.com/${account}/}" --query FunctionArn --output text)"
aws lambda add-permission --function-name "$name" --statement-id s3-invoke --action lambda:InvokeFunction \
  --principal s3.amazonaws.com --source-account "$account" --region "$region" >/dev/null
echo "add to targets/aws.yaml:  lambda: { functionArn: $function_arn, forwardsTo: queue }   and lambda-destination under capabilities"
