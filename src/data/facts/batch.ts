import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const jobTimeouts = {
  title: 'AWS Batch User Guide: Job timeouts',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html',
} as const;

const arrayJobs = {
  title: 'AWS Batch User Guide: Array jobs',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html',
} as const;

const jobRetries = {
  title: 'AWS Batch User Guide: Automated job retries',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html',
} as const;

const jobDependencies = {
  title: 'AWS Batch User Guide: Job dependencies',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/job_dependencies.html',
} as const;

const whenToUseFargate = {
  title: 'AWS Batch User Guide: When to use Fargate',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/when-to-use-fargate.html',
} as const;

const fargateStorageLaunch = {
  title: "What's New: AWS Batch supports configurable ephemeral storage for Fargate jobs (22 March 2023)",
  url: 'https://aws.amazon.com/about-aws/whats-new/2023/03/aws-batch-configurable-ephemeral-storage-fargate/',
} as const;

const managedInstancesDraining = {
  title: 'AWS Batch User Guide: Instance draining and task interruptions (ECS Managed Instances)',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/ecs-managed-instances-instance-draining.html',
} as const;

const serviceJobs = {
  title: 'AWS Batch User Guide: Service jobs in AWS Batch',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/service-jobs.html',
} as const;

const pricing = {
  title: 'AWS Batch pricing',
  url: 'https://aws.amazon.com/batch/pricing/',
} as const;

/** AWS Batch: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    defaultTimeout: {
      label: 'Default job timeout',
      value: 'none: a job without a timeout runs until its container exits',
      short: 'No limit',
      source: jobTimeouts,
      checkedOn: '2026-12-01',
    },
    minTimeout: {
      label: 'Job timeout you can set',
      value: '60 seconds or more per attempt (attemptDurationSeconds), with no maximum',
      short: '60 s or more',
      source: jobTimeouts,
      checkedOn: '2026-12-01',
    },
    fargateMaxRunTime: {
      label: 'Longest run to plan for on Fargate',
      value: '14 days; after that the Fargate capacity may no longer be available and the job may be ended',
      short: '14 days',
      source: jobTimeouts,
      checkedOn: '2026-12-01',
    },
    arraySize: {
      label: 'Array job size',
      value: '2 to 10,000 child jobs',
      short: '2–10,000 children',
      source: arrayJobs,
      checkedOn: '2026-12-01',
    },
    retryAttempts: {
      label: 'Attempts per job',
      value: '1 to 10 attempts, with up to 5 evaluateOnExit rules that decide which failures are retried',
      short: '1–10 attempts',
      source: jobRetries,
      checkedOn: '2026-12-01',
    },
    dependencies: {
      label: 'Dependencies per job',
      value: 'up to 20 jobs that must succeed before it starts',
      short: 'up to 20',
      source: jobDependencies,
      checkedOn: '2026-12-01',
    },
    fargateStartup: {
      label: 'Capacity start-up on Fargate',
      value: 'about 30 seconds, where a new EC2 instance typically takes a few minutes',
      short: '~30 s',
      source: whenToUseFargate,
      checkedOn: '2026-12-01',
    },
    fargateStorage: {
      label: 'Ephemeral storage of a Fargate job',
      value: '20 GiB by default; ephemeralStorage in the job definition sets 21 to 200 GiB',
      short: '20 GiB, up to 200 GiB',
      source: fargateStorageLaunch,
      checkedOn: '2026-12-01',
    },
    managedInstancesDraining: {
      label: 'Draining on ECS Managed Instances',
      value:
        'starts on day 14 after an instance launches; a job still running there fails, so give it a retry strategy',
      short: 'drains from day 14',
      source: managedInstancesDraining,
      checkedOn: '2026-12-01',
    },
    pricing: {
      label: 'Price of Batch itself',
      value:
        'no extra charge: you pay for the EC2, Spot, Fargate or ECS Managed Instances resources that your jobs use',
      short: 'Pay for the compute used',
      source: pricing,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    fargateStorage: {
      title: 'Disk space for Batch jobs on Fargate',
      changed: '2023-03',
      today:
        'A Fargate job gets 20 GiB of ephemeral storage by default and can ask for 21 to 200 GiB in its job definition.',
      olderExams:
        'Fargate jobs have a fixed 20 GiB of scratch space, so a job that needs a big local disk must run on EC2 with EBS or instance storage.',
      source: fargateStorageLaunch,
      checkedOn: '2026-12-01',
    },
    serviceJobs: {
      title: 'Batch queues SageMaker Training jobs',
      changed: '2025-07',
      today:
        'A Batch job queue can also hold service jobs: SageMaker Training jobs that Batch queues, prioritises and retries while SageMaker AI runs them. They are submitted with the SubmitServiceJob API, not from the Batch console.',
      olderExams:
        'Batch runs only your own containerized jobs on EC2, Spot or Fargate capacity; queueing SageMaker training is not a Batch answer.',
      source: serviceJobs,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
