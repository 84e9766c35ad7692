import {factShort, factText} from '../facts';
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
    'Lambda MicroVMs',
    'Lambda Web Functions',
    'Event Functions',
    'recursive loop detection',
    'EventBridge Scheduler',
    'cron',
  ],
  group: 'serverless',
  path: '/lambda',
  summary: `Runs your code in response to events or requests for up to ${factText('lambda.maxTimeout')} at a time, with no servers to manage and a bill per request and per millisecond.`,
  facts: {
    whatYouRun: `Functions: a .zip package or a container image (up to ${factShort('lambda.imageSize')})`,
    serverManagement: 'AWS runs, patches and scales the machines; you manage code and settings',
    scaling: `Automatic per request; concurrency ${factText('lambda.concurrency')}`,
    maxRunTime: `${factText('lambda.maxTimeout')} per invocation`,
    pricing: 'Per request plus duration in GB-seconds, billed per 1 ms',
    bestFor: 'Short event-driven tasks: file processing, API backends, scheduled jobs',
  },
  atAGlance: {
    whatYouRun: {text: 'Function (.zip or image)', section: '#runtimes'},
    serverManagement: {text: 'None', section: '#what-it-is'},
    scaling: {text: 'Per request, automatic', section: '#concurrency'},
    maxRunTime: {text: factShort('lambda.maxTimeout'), section: '#limits'},
    pricing: {text: 'Requests + GB-seconds', section: '#pricing'},
    bestFor: {text: 'Short event-driven tasks', section: '#when-to-use'},
  },
  cheatSheet: [
    `A single invocation runs for at most ${factText('lambda.maxTimeout')}; the default timeout is ${factText('lambda.defaultTimeout')}.`,
    `Memory is set from ${factText('lambda.memory')}; on the default compute type CPU grows in proportion (one vCPU at ${factShort('lambda.oneVcpuMemory')}), while on Lambda Managed Instances a function sets its memory-to-vCPU ratio (${factShort('lambda.managedInstancesMemoryPerVcpu')}) and runs on EC2 instance types that a capacity provider picks.`,
    `The /tmp directory is configurable from ${factText('lambda.ephemeralStorage')}, but it is scratch space that disappears with the environment.`,
    `Package code as a .zip (${factText('lambda.zipPackage')}) or a container image up to ${factShort('lambda.imageSize')} in ${factText('lambda.imageSource')}.`,
    'Managed runtimes: Node.js, Python, Java, .NET and Ruby; Go and Rust use the OS-only runtime provided.al2023.',
    `Concurrency: ${factText('lambda.concurrency')}; payloads are ${factText('lambda.syncPayload')} synchronous and ${factText('lambda.asyncPayload')} asynchronous.`,
    `You pay per request and per GB-second, cold-start time included; Arm (Graviton2) gives ${factText('lambda.armPricePerformance')} than x86.`,
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
      title: 'InstanceRequirements: architecture and allowed or excluded instance types (Lambda API reference)',
      url: 'https://docs.aws.amazon.com/lambda/latest/api/API_InstanceRequirements.html',
    },
    {
      title: 'Selecting an instruction set architecture (arm64 and x86_64)',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html',
    },
    {
      title: 'Rules in Amazon EventBridge (scheduled rules are a legacy feature)',
      url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rules.html',
    },
    {
      title: 'Use Lambda recursive loop detection to prevent infinite loops',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
    },
    {
      title: 'AWS Lambda standardizes billing for the INIT phase (AWS Compute Blog)',
      url: 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/',
    },
    {
      title: 'AWS Lambda Event Functions (formerly Lambda functions)',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-functions-chapter.html',
    },
    {title: 'AWS Lambda Web Functions', url: 'https://docs.aws.amazon.com/lambda/latest/dg/web-functions.html'},
    {
      title: 'AWS Lambda MicroVMs core concepts',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/microvms-how-it-works.html',
    },
    {
      title: 'Configuring JSON and plain text log formats',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-logformat.html',
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
