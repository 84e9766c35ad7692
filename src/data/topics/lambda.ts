import type {Topic} from '../types';

const lambda = {
  id: 'lambda',
  name: 'AWS Lambda',
  shortName: 'Lambda',
  fullName: 'AWS Lambda',
  searchTerms: [
    'function as a service',
    'FaaS',
    'serverless functions',
    'event-driven',
    'cold start',
    'SnapStart',
    'function URL',
    'concurrency',
    'provisioned concurrency',
    'ephemeral storage',
    '/tmp',
    'GB-second',
    'Graviton',
    'arm64',
    'container image',
    'OS-only runtime',
    'provided.al2023',
    'custom runtime',
    'durable functions',
    'Lambda Managed Instances',
    'EventBridge Scheduler',
    'cron',
  ],
  group: 'serverless',
  path: '/lambda',
  summary:
    'Runs your code in response to events or requests for up to 15 minutes at a time, with no servers to manage and a bill per request and per millisecond.',
  facts: {
    whatYouRun: 'Functions: a .zip package or a container image (up to 10 GB)',
    serverManagement: 'AWS runs, patches and scales the machines; you manage code and settings',
    scaling: 'Automatic per request; 1,000 concurrent executions per Region by default',
    maxRunTime: '15 minutes (900 seconds) per invocation',
    pricing: 'Per request plus duration in GB-seconds, billed per 1 ms',
    bestFor: 'Short event-driven tasks: file processing, API backends, scheduled jobs',
  },
  cheatSheet: [
    'A single invocation runs for at most 15 minutes (900 s); the default timeout is 3 seconds.',
    'Memory is set from 128 MB to 10,240 MB in 1 MB steps, and CPU grows in proportion (one vCPU at 1,769 MB).',
    'The /tmp directory is configurable from 512 MB to 10,240 MB, but it is scratch space that disappears with the environment.',
    'Package code as a .zip (50 MB direct upload, 250 MB unzipped with layers) or a container image up to 10 GB.',
    'Managed runtimes: Node.js, Python, Java, .NET and Ruby; Go and Rust use the OS-only runtime provided.al2023.',
    'Default concurrency quota: 1,000 per Region (a soft limit); payloads are 6 MB synchronous and 1 MB asynchronous.',
    'You pay per request and per GB-second; Arm (Graviton2) gives up to 34% better price performance than x86.',
  ],
  sources: [
    {title: 'Lambda quotas', url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html'},
    {
      title: 'Configure Lambda function timeout',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
    },
    {
      title: 'Configure Lambda function memory',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/resource-model.html',
    },
    {
      title: 'Configure ephemeral storage for Lambda functions',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html',
    },
    {
      title: 'Using larger ephemeral storage for AWS Lambda (AWS Compute Blog)',
      url: 'https://aws.amazon.com/blogs/compute/using-larger-ephemeral-storage-for-aws-lambda/',
    },
    {title: 'Lambda runtimes', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html'},
    {title: 'OS-only runtimes for Lambda', url: 'https://docs.aws.amazon.com/lambda/latest/dg/runtimes-provided.html'},
    {
      title: 'Building Lambda functions with Go',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-golang.html',
    },
    {
      title: 'Create a Lambda function using a container image',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
    },
    {title: 'Invoke (Lambda API reference)', url: 'https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html'},
    {title: 'Lambda scaling behavior', url: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html'},
    {
      title: 'Improving startup performance with Lambda SnapStart',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
    },
    {
      title: 'Control access to Lambda function URLs',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
    },
    {
      title: 'Process Amazon S3 event notifications with Lambda',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
    },
    {
      title: 'Invoke a Lambda function on a schedule (EventBridge Scheduler)',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html',
    },
    {title: 'Lambda durable functions', url: 'https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html'},
    {
      title: 'Basic concepts of Lambda durable functions',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/durable-basic-concepts.html',
    },
    {
      title: 'Capacity providers (Lambda Managed Instances)',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-capacity-providers.html',
    },
    {
      title: 'Selecting an instruction set architecture (arm64 and x86_64)',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html',
    },
    {
      title: 'Rules in Amazon EventBridge (scheduled rules are a legacy feature)',
      url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rules.html',
    },
    {title: 'Lambda document history', url: 'https://docs.aws.amazon.com/lambda/latest/dg/history.html'},
    {title: 'AWS Lambda pricing', url: 'https://aws.amazon.com/lambda/pricing/'},
    {
      title: 'How AWS Pricing Works: Lambda',
      url: 'https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html',
    },
  ],
  checkedOn: '2026-11-30',
} as const satisfies Topic;

export default lambda;
