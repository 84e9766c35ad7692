import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const quotas = {
  title: 'AWS Lambda Developer Guide: Lambda quotas',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
} as const;

const timeout = {
  title: 'AWS Lambda Developer Guide: Configure Lambda function timeout',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
} as const;

const memory = {
  title: 'AWS Lambda Developer Guide: Configure Lambda function memory',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
} as const;

const invokeApi = {
  title: 'AWS Lambda API Reference: Invoke',
  url: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html',
} as const;

const ephemeralStorage = {
  title: 'AWS CloudFormation User Guide: AWS::Lambda::Function EphemeralStorage',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-ephemeralstorage.html',
} as const;

const images = {
  title: 'AWS Lambda Developer Guide: Create a Lambda function using a container image',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
} as const;

const scaling = {
  title: 'AWS Lambda Developer Guide: Lambda scaling behavior',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
} as const;

const pricing = {
  title: 'AWS Lambda pricing',
  url: 'https://aws.amazon.com/lambda/pricing/',
} as const;

const graviton = {
  title: 'AWS News Blog: AWS Lambda functions powered by AWS Graviton2 (up to 34% better price performance)',
  url: 'https://aws.amazon.com/blogs/aws/aws-lambda-functions-powered-by-aws-graviton2-processor-run-your-functions-on-arm-and-get-up-to-34-better-price-performance/',
} as const;

const managedInstancesConfig = {
  title: 'AWS Lambda API Reference: LambdaManagedInstancesCapacityProviderConfig',
  url: 'https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html',
} as const;

const durable = {
  title: 'AWS Lambda Developer Guide: Lambda durable functions, basic concepts',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/durable-basic-concepts.html',
} as const;

const microVms = {
  title: 'AWS Lambda Developer Guide: Running and using MicroVMs',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/microvms-launching.html',
} as const;

const recursion = {
  title: 'What’s New (October 2024): AWS Lambda now detects and stops recursive loops between Lambda and Amazon S3',
  url: 'https://aws.amazon.com/about-aws/whats-new/2024/10/aws-lambda-detects-stops-recursive-loops-lambda-s3/',
} as const;

const initBilling = {
  title: 'AWS Compute Blog: AWS Lambda standardizes billing for the INIT phase',
  url: 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/',
} as const;

const payloads = {
  title: 'AWS Compute Blog: More room to build: serverless services now support payloads up to 1 MB',
  url: 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/',
} as const;

/** Lambda: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    maxTimeout: {
      label: 'Longest run of one invocation',
      value: '15 minutes (900 seconds)',
      short: '15 min',
      source: timeout,
      checkedOn: '2026-12-01',
    },
    defaultTimeout: {
      label: 'Default timeout',
      value: '3 seconds',
      short: '3 s',
      source: timeout,
      checkedOn: '2026-12-01',
    },
    memory: {
      label: 'Memory',
      value: '128 MB to 10,240 MB, in 1 MB steps',
      short: '128–10,240 MB',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    oneVcpuMemory: {
      label: 'Memory that brings one full vCPU',
      value: '1,769 MB (CPU is allocated in proportion to memory)',
      short: '1,769 MB',
      source: memory,
      checkedOn: '2026-12-01',
    },
    ephemeralStorage: {
      label: '/tmp storage',
      value: '512 MB to 10,240 MB',
      short: '512–10,240 MB',
      source: ephemeralStorage,
      checkedOn: '2026-12-01',
    },
    zipPackage: {
      label: '.zip deployment package',
      value: '50 MB zipped when uploaded directly, 250 MB unzipped including layers',
      short: '50 MB zipped / 250 MB unzipped',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    imageSize: {
      label: 'Container image',
      value: '10 GB (the uncompressed image, all layers included)',
      short: '10 GB',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    imageSource: {
      label: 'Where a container image must live',
      value:
        'a private Amazon ECR repository in the same Region as the function; the repository may belong to another account',
      short: 'Private ECR, same Region',
      source: images,
      checkedOn: '2026-12-01',
    },
    concurrency: {
      label: 'Concurrent executions',
      value: '1,000 per Region by default, shared by all functions and raisable on request',
      short: '1,000 per Region',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    scalingRate: {
      label: 'How fast one function scales out',
      value: '1,000 more execution environments every 10 seconds, for each function',
      short: '+1,000 per 10 s',
      source: scaling,
      checkedOn: '2026-12-01',
    },
    syncPayload: {
      label: 'Synchronous payload',
      value: '6 MB',
      source: invokeApi,
      checkedOn: '2026-12-01',
    },
    asyncPayload: {
      label: 'Asynchronous payload',
      value: '1 MB',
      source: invokeApi,
      checkedOn: '2026-12-01',
    },
    freeTier: {
      label: 'Always Free allowance',
      value: '1 million requests and 400,000 GB-seconds of compute a month, for every account',
      short: '1M requests + 400,000 GB-s a month',
      source: pricing,
      checkedOn: '2026-12-01',
    },
    armPricePerformance: {
      label: 'Arm (Graviton2) against x86',
      value: 'up to 34% better price performance',
      short: 'up to 34% better',
      source: graviton,
      checkedOn: '2026-12-01',
    },
    managedInstancesTimeout: {
      label: 'Longest run on Lambda Managed Instances',
      value:
        '90 minutes for asynchronous invocations and event source mappings (except Amazon MQ and Amazon DocumentDB); other invocations keep the standard limit',
      short: '90 min',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    managedInstancesMemoryPerVcpu: {
      label: 'Memory per vCPU on Lambda Managed Instances',
      value:
        "2 to 8 GiB of memory for each vCPU, a ratio set in the function's capacity provider configuration (ExecutionEnvironmentMemoryGiBPerVCpu)",
      short: '2 to 8 GiB per vCPU',
      source: managedInstancesConfig,
      checkedOn: '2026-12-01',
    },
    durableExecution: {
      label: 'Longest durable execution',
      value: 'one year for the whole execution, made of invocations that each keep the normal function timeout',
      short: 'one year',
      source: durable,
      checkedOn: '2026-12-01',
    },
    microVmSession: {
      label: 'How long a Lambda MicroVM runs',
      value:
        'up to 8 hours, running or suspended: you set a maximum duration for each MicroVM (1 to 28,800 seconds), and an idle MicroVM can suspend and later resume with its memory and disk intact',
      short: 'up to 8 hours',
      source: microVms,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    s3RecursionDetection: {
      title: 'Recursive loops through S3',
      changed: '2024-10',
      today:
        'Lambda notices when the same event keeps invoking a function through Amazon S3, SQS or SNS and, by default, stops it after about 16 rounds and notifies you. The per-function setting (PutFunctionRecursionConfig) can allow loops on purpose. A second bucket or a prefix filter is still the right design.',
      olderExams:
        'A function that writes back to the bucket that triggers it loops for ever and runs up the bill; you must prevent the loop yourself. (Loops through SQS and SNS have been stopped since 2023.)',
      source: recursion,
      checkedOn: '2026-12-01',
    },
    initBilling: {
      title: 'Cold-start (INIT) time is billed',
      changed: '2025-08',
      today:
        'The initialization phase of a new execution environment is billed like the rest of the duration for every function type, including .zip packages on managed runtimes.',
      olderExams:
        'On-demand .zip functions on managed runtimes get their initialization for free, so only the handler’s run time counts.',
      source: initBilling,
      checkedOn: '2026-12-01',
    },
    asyncPayload: {
      title: 'Asynchronous payload size',
      changed: '2025-10',
      today: 'An asynchronous invocation can carry up to 1 MB; Amazon SQS and EventBridge moved to the same size.',
      olderExams: 'Asynchronous events (and SQS messages) are limited to 256 KB.',
      source: payloads,
      checkedOn: '2026-12-01',
    },
    longerThanFifteenMinutes: {
      title: 'Work longer than one invocation',
      changed: '2025-12',
      today:
        'A standard invocation still stops at 15 minutes, but durable functions can checkpoint and resume one workflow for up to a year, Managed Instances allow 90-minute asynchronous runs, and Lambda MicroVMs keep one session running for hours.',
      olderExams:
        'Anything longer than 15 minutes cannot be Lambda: split it, use Step Functions, or move it to Batch, Fargate or EC2.',
      source: durable,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
