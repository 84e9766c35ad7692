import {factShort, factSource, factText} from '../facts';
import type {Question} from '../types';

const questions: readonly Question[] = [
  {
    id: 'max-duration',
    topic: 'lambda',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'A nightly job converts large video files, and each conversion takes about 40 minutes. Which option can run one conversion as a single unit of work?',
    choices: [
      {
        text: 'An AWS Batch job or a container task on AWS Fargate',
        correct: true,
        why: 'Batch jobs and Fargate tasks have no time limit of their own, so a 40-minute conversion runs in one go.',
      },
      {
        text: 'A standard Lambda function with its timeout set to 2,400 seconds',
        correct: false,
        why: `One invocation of a standard function runs for at most ${factText('lambda.maxTimeout')}, so the timeout cannot be set that high. Newer options (Managed Instances at ${factShort('lambda.managedInstancesTimeout')} for asynchronous runs, durable functions, MicroVMs) stretch this in other ways, but none is a standard function.`,
      },
      {
        text: 'A standard Lambda function with the largest memory setting, so that it finishes sooner',
        correct: false,
        why: 'More memory brings more CPU, but nothing guarantees that a 40-minute job shrinks below the invocation limit.',
      },
      {
        text: 'An API Gateway REST API with a raised integration timeout',
        correct: false,
        why: 'API Gateway only forwards requests to a backend; it does not run the conversion.',
      },
    ],
    learnMore: '/lambda#limits',
    source: factSource('lambda.maxTimeout'),
  },
  {
    id: 'more-cpu',
    topic: 'lambda',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/3.2', 'dva-c02/4.3'],
    question:
      'A CPU-bound Lambda function on the default (on-demand) compute type is too slow. How do you give it more CPU?',
    choices: [
      {
        text: 'Raise its memory setting',
        correct: true,
        why: `Lambda allocates CPU in proportion to the memory you configure (${factText('lambda.memory')}); at ${factShort('lambda.oneVcpuMemory')} a function has the equivalent of one full vCPU.`,
      },
      {
        text: 'Choose a larger instance type for the function',
        correct: false,
        why: 'A function on the default compute type has no instance type; only Lambda Managed Instances run on EC2 instance types that you pick through a capacity provider.',
      },
      {
        text: 'Set the vCPU count in the function configuration',
        correct: false,
        why: 'On the default compute type there is no CPU setting: memory is the only dial. (Managed Instances functions set a memory-to-vCPU ratio instead.)',
      },
      {
        text: 'Increase its ephemeral storage',
        correct: false,
        why: 'Ephemeral storage only changes the size of /tmp; it brings no extra CPU.',
      },
    ],
    learnMore: '/lambda#limits',
    source: factSource('lambda.oneVcpuMemory'),
  },
  {
    id: 'large-dependencies',
    topic: 'lambda',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.1'],
    question:
      'A Python inference function needs 3 GB of libraries and model files. What is the simplest way to deploy it to Lambda?',
    choices: [
      {
        text: 'Package the function as a container image in Amazon ECR',
        correct: true,
        why: `Container images of up to ${factShort('lambda.imageSize')} are supported, stored in ${factText('lambda.imageSource')}. The old claim that Lambda cannot use Docker images has been out of date since 2020.`,
      },
      {
        text: 'Split the libraries across several Lambda layers of a .zip package',
        correct: false,
        why: `A .zip package and all its layers share one limit: ${factText('lambda.zipPackage')}. Splitting does not make room for 3 GB.`,
      },
      {
        text: 'Upload the .zip package through Amazon S3 to lift the unzipped size limit',
        correct: false,
        why: 'Uploading through S3 only allows a larger zipped file; the unzipped limit still applies.',
      },
      {
        text: 'Store the files in /tmp during the deployment',
        correct: false,
        why: '/tmp is scratch space that each execution environment starts with empty; nothing can be placed there at deployment time.',
      },
    ],
    learnMore: '/lambda#runtimes',
    source: factSource('lambda.imageSize'),
  },
  {
    id: 'go-runtime',
    topic: 'lambda',
    exams: ['dva-c02'],
    tasks: ['dva-c02/1.2', 'dva-c02/3.1'],
    question:
      'You are creating a new Lambda function written in Go, packaged as a .zip archive. Which runtime should it use?',
    choices: [
      {
        text: 'provided.al2023',
        correct: true,
        why: 'Go compiles to a native binary, which runs on the OS-only runtime provided.al2023 (Amazon Linux 2023); a container image is the other option.',
      },
      {
        text: 'go1.x',
        correct: false,
        why: 'The go1.x managed runtime is deprecated, so a new function should not use it, even though older material still shows it.',
      },
      {
        text: 'provided.al2',
        correct: false,
        why: 'Lambda deprecated provided.al2 when Amazon Linux 2 reached its end of life in mid-2026, and its published schedule then blocks creating functions on it, so a new function should start on provided.al2023 even though older material shows provided.al2.',
      },
      {
        text: 'nodejs24.x with a Go plug-in',
        correct: false,
        why: 'Managed runtimes run their own language; there is no Go plug-in for the Node.js runtime.',
      },
    ],
    learnMore: '/lambda#runtimes',
    source: {
      title: 'AWS Lambda Developer Guide: Building Lambda functions with Go',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-golang.html',
    },
  },
  {
    id: 'recursive-trigger',
    topic: 'lambda',
    exams: ['dva-c02'],
    tasks: ['dva-c02/1.2', 'dva-c02/4.1'],
    question:
      'A function is triggered by every new object in a bucket and writes a resized copy back into the same bucket, with no prefix filter. What happens, and what is the fix?',
    choices: [
      {
        text: 'Each copy triggers the function again until Lambda’s loop detection stops it; write the copies to a second bucket or filter the trigger by prefix',
        correct: true,
        why: 'Every copy is a new object that fires the trigger. Since October 2024 Lambda detects such loops through S3 and stops them after a few rounds by default; older questions say the loop runs for ever. Either way the design must change.',
      },
      {
        text: 'Nothing unusual: S3 never sends events for objects that Lambda writes',
        correct: false,
        why: 'S3 sends an event for every object created, whoever writes it.',
      },
      {
        text: 'S3 rejects the write because the bucket is the function’s event source',
        correct: false,
        why: 'A bucket does not block writes from the functions it triggers; the writes succeed and trigger again.',
      },
      {
        text: 'Setting reserved concurrency to 1 ends the loop after the first copy',
        correct: false,
        why: 'Reserved concurrency only limits how many copies run at once; each copy still triggers the next invocation.',
      },
    ],
    learnMore: '/lambda#patterns',
    source: {
      title: 'AWS Lambda Developer Guide: Use Lambda recursive loop detection to prevent infinite loops',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
    },
  },
  {
    id: 'execution-role',
    topic: 'lambda',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/1.1', 'dva-c02/2.1'],
    question:
      'A Lambda function that writes items to a DynamoDB table fails with an AccessDeniedException for dynamodb:PutItem. What is the most secure fix?',
    choices: [
      {
        text: 'Add a policy to the function’s execution role that allows dynamodb:PutItem on that table',
        correct: true,
        why: 'Lambda calls AWS with temporary credentials of the execution role, so the role needs the action, limited to the one table for least privilege.',
      },
      {
        text: 'Store an IAM user’s access keys in environment variables and use them in the SDK',
        correct: false,
        why: 'Long-term keys in configuration are a leak waiting to happen; the execution role already supplies rotating credentials.',
      },
      {
        text: 'Add a resource-based policy to the function that allows DynamoDB to invoke it',
        correct: false,
        why: 'A function’s resource-based policy controls who may invoke the function, not what the function may call.',
      },
      {
        text: 'Attach the AdministratorAccess policy to the execution role',
        correct: false,
        why: 'It would work, but it gives the function every permission in the account, the opposite of least privilege.',
      },
    ],
    learnMore: '/lab-stop-ec2#execution-role',
    source: {
      title: 'AWS Lambda Developer Guide: Defining Lambda function permissions with an execution role',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    },
  },
  {
    id: 'scheduler-role',
    topic: 'lambda',
    exams: ['dva-c02'],
    tasks: ['dva-c02/2.1'],
    question:
      'A developer creates an Amazon EventBridge Scheduler schedule with the AWS CLI to invoke a Lambda function every evening. Which IAM setup lets the schedule invoke the function with least privilege?',
    choices: [
      {
        text: 'A role for the schedule that scheduler.amazonaws.com may assume, allowing lambda:InvokeFunction on that one function',
        correct: true,
        why: 'EventBridge Scheduler calls its target with the schedule’s execution role, so that role needs exactly the invoke permission on the one function; the console creates such a role, the CLI does not.',
      },
      {
        text: 'Add lambda:InvokeFunction to the function’s own execution role',
        correct: false,
        why: 'The function’s execution role says what the function may do, not who may call it; the schedule still has no permission.',
      },
      {
        text: 'A role for the schedule with the AWSLambda_FullAccess managed policy',
        correct: false,
        why: 'It works, but it lets the schedule manage and invoke every function in the account, far more than needed.',
      },
      {
        text: 'No IAM setup: a schedule may invoke any function in its own account',
        correct: false,
        why: 'A schedule has no permissions of its own; without an execution role that allows the invoke, the call fails.',
      },
    ],
    learnMore: '/lab-stop-ec2#scheduler-role',
    source: {
      title: 'AWS Lambda Developer Guide: Invoke a Lambda function on a schedule',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html',
    },
  },
  {
    id: 'json-logs',
    topic: 'lambda',
    exams: ['dva-c02'],
    tasks: ['dva-c02/4.2'],
    question:
      'Developers want to filter a Node.js function’s log entries by level, request ID and their own keys in CloudWatch Logs Insights, without adding a logging library. The function logs with console methods. What should they change?',
    choices: [
      {
        text: 'Set the function’s log format to JSON',
        correct: true,
        why: 'With the JSON log format, Lambda writes each entry from the built-in console methods as a JSON object with the timestamp, level and request ID, which Logs Insights can filter by field.',
      },
      {
        text: 'Set a longer retention period on the function’s log group',
        correct: false,
        why: 'Retention decides how long entries are kept, not what shape they have.',
      },
      {
        text: 'Turn on AWS X-Ray active tracing for the function',
        correct: false,
        why: 'X-Ray records traces of requests; it does not change the format of the log entries.',
      },
      {
        text: 'Create a CloudWatch metric filter on the plain-text log lines',
        correct: false,
        why: 'A metric filter turns matching lines into numbers; the lines themselves stay unstructured text.',
      },
    ],
    learnMore: '/lambda#connections',
    source: {
      title: 'AWS Lambda Developer Guide: Configuring JSON and plain text log formats',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-logformat.html',
    },
  },
  {
    id: 'provisioned-concurrency',
    topic: 'lambda',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/3.2', 'dva-c02/4.3'],
    question:
      'A customer-facing API runs on a Lambda function whose first requests after scaling out are slow because of initialization. During business hours, a set number of execution environments must be initialized and ready before requests arrive. Which feature meets this?',
    choices: [
      {
        text: 'Provisioned concurrency on an alias or version of the function',
        correct: true,
        why: 'Provisioned concurrency keeps the chosen number of environments initialized in advance, so those requests skip the cold start; it is set on a version or alias and is billed while configured.',
      },
      {
        text: 'Reserved concurrency on the function',
        correct: false,
        why: 'Reserved concurrency guarantees and caps a share of the Region’s concurrency, but it initializes nothing in advance.',
      },
      {
        text: 'A longer function timeout',
        correct: false,
        why: 'The timeout only limits how long one invocation may run; it does not make the first request faster.',
      },
      {
        text: 'More ephemeral storage for the function',
        correct: false,
        why: 'A larger /tmp changes scratch space, not how long a new environment takes to initialize.',
      },
    ],
    learnMore: '/lambda#concurrency',
    source: {
      title: 'AWS Lambda Developer Guide: Configuring provisioned concurrency for a function',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
    },
  },
  {
    id: 'reserved-concurrency',
    topic: 'lambda',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/3.2', 'dva-c02/4.3'],
    question:
      'During a campaign, a bulk-import function scales out so far that a critical payments function in the same account and Region starts being throttled. How can the team make sure the payments function always has capacity?',
    choices: [
      {
        text: 'Configure reserved concurrency on the payments function',
        correct: true,
        why: `Concurrency (${factShort('lambda.concurrency')} by default) is shared by every function in the Region; reserved concurrency sets a share aside that no other function can use. Capping the import function with its own reserved concurrency helps as well.`,
      },
      {
        text: 'Configure provisioned concurrency on the bulk-import function',
        correct: false,
        why: 'That keeps import environments initialized, which costs extra and leaves the payments function competing for the rest.',
      },
      {
        text: 'Raise the memory of the payments function',
        correct: false,
        why: 'More memory makes each request faster, but it does not give the function a share of the Region’s concurrency.',
      },
      {
        text: 'Deploy the payments function in another Availability Zone',
        correct: false,
        why: 'Lambda already runs across the Availability Zones of a Region, and the concurrency quota applies to the whole Region.',
      },
    ],
    learnMore: '/lambda#concurrency',
    source: {
      title: 'AWS Lambda Developer Guide: Configuring reserved concurrency for a function',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
    },
  },
  {
    id: 'async-retries',
    topic: 'lambda',
    exams: ['dva-c02'],
    tasks: ['dva-c02/1.2', 'dva-c02/4.1'],
    question:
      'An EventBridge Scheduler schedule invokes a function asynchronously. Now and then the function throws an error after part of its work is done. What does Lambda do by default, and what should the code guarantee?',
    choices: [
      {
        text: 'Lambda runs the event up to two more times, so the function should be idempotent',
        correct: true,
        why: 'For asynchronous invocations Lambda retries a function error twice by default, with waits in between, and may even deliver an event twice without an error, so a repeated run must do no harm.',
      },
      {
        text: 'Lambda discards the event at once, so the code must save its progress itself',
        correct: false,
        why: 'Lambda keeps the event in its asynchronous queue and retries it; the retry count can be lowered, but the default is two.',
      },
      {
        text: 'Lambda retries the event until it succeeds, however long that takes',
        correct: false,
        why: 'Retries for function errors stop after two, and events also expire after a maximum age; then the event goes to a destination or dead-letter queue if one is set.',
      },
      {
        text: 'The schedule waits for the function and shows the error to the caller',
        correct: false,
        why: 'An asynchronous caller hands the event over and moves on; it never sees the function’s result.',
      },
    ],
    learnMore: '/lab-stop-ec2#what-you-build',
    source: {
      title: 'AWS Lambda Developer Guide: How Lambda handles errors and retries with asynchronous invocation',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
    },
  },
  {
    id: 'sync-payload',
    topic: 'lambda',
    exams: ['dva-c02'],
    tasks: ['dva-c02/1.2'],
    question:
      'A client invokes a function synchronously through the Invoke API with a JSON document of about 20 MB, and the request is rejected as too large. What is the recommended fix?',
    choices: [
      {
        text: 'Upload the document to Amazon S3 and pass only the object key in the payload',
        correct: true,
        why: `A synchronous invocation carries at most ${factText('lambda.syncPayload')}, a limit that cannot be raised; the function reads the large document from S3 itself.`,
      },
      {
        text: 'Invoke the function asynchronously instead',
        correct: false,
        why: `The asynchronous limit is even lower, ${factText('lambda.asyncPayload')}.`,
      },
      {
        text: 'Raise the function’s memory to the maximum',
        correct: false,
        why: 'Memory changes CPU and RAM for the code, not the size of the request that Lambda accepts.',
      },
      {
        text: 'Request a higher payload quota through Service Quotas',
        correct: false,
        why: 'The invocation payload is one of Lambda’s fixed limits; Service Quotas cannot raise it.',
      },
    ],
    learnMore: '/lambda#limits',
    source: factSource('lambda.syncPayload'),
  },
  {
    id: 'billing',
    topic: 'lambda',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question:
      'A company is estimating the cost of AWS Lambda functions with default settings. What is the charge based on?',
    choices: [
      {
        text: 'The number of requests and the duration of each run, priced by the memory configured',
        correct: true,
        why: `Lambda bills per request and per millisecond of duration in GB-seconds, and nothing while no code runs. The Always Free allowance covers ${factText('lambda.freeTier')}; since August 2025 cold-start initialization counts as duration for every function.`,
      },
      {
        text: 'The number of vCPUs chosen and the hours the function exists',
        correct: false,
        why: 'There is no vCPU setting, and a function that is not running costs nothing.',
      },
      {
        text: 'A flat monthly fee for each deployed function',
        correct: false,
        why: 'Lambda has no fixed fee per function; the bill follows use.',
      },
      {
        text: 'The instance type selected and the hours it runs',
        correct: false,
        why: 'That is how EC2 On-Demand instances are billed; standard Lambda functions have no instance type.',
      },
    ],
    learnMore: '/lambda#pricing',
    source: {title: 'AWS Lambda pricing', url: 'https://aws.amazon.com/lambda/pricing/'},
  },
  {
    id: 'arm-architecture',
    topic: 'lambda',
    exams: ['saa-c03'],
    tasks: ['saa-c03/4.2'],
    question:
      'A team runs many Python Lambda functions with no native x86-only dependencies and wants to lower their cost without rewriting them. What should it change?',
    choices: [
      {
        text: 'Switch the functions’ architecture to arm64 (AWS Graviton2)',
        correct: true,
        why: `Arm functions cost less per GB-second and offer ${factText('lambda.armPricePerformance')} than x86; pure Python code usually runs unchanged.`,
      },
      {
        text: 'Turn on provisioned concurrency for every function',
        correct: false,
        why: 'Provisioned concurrency reduces cold starts and is billed on top, so it raises the cost.',
      },
      {
        text: 'Give every function the maximum memory',
        correct: false,
        why: 'A larger memory setting costs more per millisecond, and only CPU-bound code finishes fast enough to make up for it.',
      },
      {
        text: 'Repackage the functions as container images',
        correct: false,
        why: 'The package type changes how code is shipped, not the price of running it.',
      },
    ],
    learnMore: '/lambda#pricing',
    source: factSource('lambda.armPricePerformance'),
  },
  {
    id: 'function-url',
    topic: 'lambda',
    exams: ['dva-c02'],
    tasks: ['dva-c02/1.2', 'dva-c02/2.1'],
    question:
      'A single Lambda function needs an HTTPS endpoint that only IAM-authenticated callers in the company may invoke. No API keys, caching or request transformation are needed, and the team wants the fewest extra resources. What should it use?',
    choices: [
      {
        text: 'A Lambda function URL with the auth type AWS_IAM',
        correct: true,
        why: 'A function URL gives one function its own HTTPS endpoint, and AWS_IAM makes Lambda check the caller’s signed request against IAM and the function’s resource-based policy.',
      },
      {
        text: 'A Lambda function URL with the auth type NONE and a header check in the code',
        correct: false,
        why: 'NONE makes the endpoint public; a home-made header check is weaker than IAM and is code to maintain.',
      },
      {
        text: 'An API Gateway REST API with IAM authorization',
        correct: false,
        why: 'It works, but it adds an API to manage and a charge per call for features the team does not need.',
      },
      {
        text: 'An Application Load Balancer with the function as a target',
        correct: false,
        why: 'A load balancer is more infrastructure, billed by the hour, and it does not check IAM signatures.',
      },
    ],
    learnMore: '/lambda#connections',
    source: {
      title: 'AWS Lambda Developer Guide: Control access to Lambda function URLs',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
    },
  },
];

export default questions;
