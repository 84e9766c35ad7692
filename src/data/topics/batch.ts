import {factShort, factText} from '../facts';
import type {Topic} from '../types';

/** A fact's sentence form with its first letter raised, to open a sentence. */
const opening = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const batch = {
  id: 'batch',
  name: 'AWS Batch',
  shortName: 'Batch',
  fullName: 'AWS Batch',
  searchTerms: [
    'batch processing',
    'batch jobs',
    'batch computing',
    'job queue',
    'job definition',
    'compute environment',
    'array jobs',
    'multi-node parallel',
    'MNP',
    'gang scheduling',
    'fair-share scheduling',
    'HPC',
    'high performance computing',
    'Spot Instances',
    'Fargate Spot',
    'EKS',
  ],
  group: 'batch-and-simple',
  path: '/batch',
  summary:
    'A managed job scheduler that queues containerized batch jobs and launches the EC2, Spot, Fargate or ECS Managed Instances capacity to run them.',
  facts: {
    whatYouRun:
      'Containerized jobs: a job definition plus a container image, submitted to a queue (queues can also hold SageMaker Training jobs)',
    serverManagement:
      'Batch launches and scales the capacity (or places jobs on EC2 instances you run); AWS looks after the hosts only on Fargate and ECS Managed Instances, while on EC2 instances the OS and AMI updates are yours',
    scaling: 'Compute environments grow and shrink between min and max vCPUs as the queue fills',
    maxRunTime: `No limit by default; a timeout you set is ${factText('batch.minTimeout')}, and Fargate jobs should plan for at most ${factShort('batch.fargateMaxRunTime')}`,
    pricing: opening(factText('batch.pricing')),
    bestFor: 'Large or long non-interactive work: simulations, rendering, HPC, ML training, ETL',
  },
  atAGlance: {
    whatYouRun: {text: 'Container jobs in a queue', section: '#building-blocks'},
    serverManagement: {text: 'AWS on Fargate and ECS Managed Instances; OS yours on EC2', section: '#building-blocks'},
    scaling: {text: 'Follows the queue', section: '#building-blocks'},
    maxRunTime: {text: factShort('batch.defaultTimeout'), section: '#limits'},
    pricing: {text: factShort('batch.pricing'), section: '#pricing'},
    bestFor: {text: 'Long or massively parallel jobs', section: '#when-to-use'},
  },
  cheatSheet: [
    'Batch queues jobs and provisions EC2 On-Demand, EC2 Spot, Fargate, Fargate Spot or ECS Managed Instances capacity; it orchestrates on Amazon ECS or Amazon EKS, and its queues can also schedule SageMaker Training jobs.',
    'Building blocks: job definition (how to run), job queue (where jobs wait, with priority), compute environment (where they run).',
    `No job timeout by default; a timeout you set is ${factText('batch.minTimeout')}. Fargate jobs: plan for at most ${factShort('batch.fargateMaxRunTime')}.`,
    `Array jobs fan one submission out into ${factText('batch.arraySize')}; multi-node parallel jobs span several EC2 instances (not Spot, not Fargate).`,
    `Retries: ${factText('batch.retryAttempts')}; a job can depend on ${factText('batch.dependencies')}; without a fair-share policy a queue runs jobs in FIFO order.`,
    'Batch scales the capacity but does not patch EC2 instances: in an EC2 environment, managed or unmanaged, OS updates and newer AMIs are yours; only Fargate and ECS Managed Instances environments take the hosts off you.',
    `Choose Batch over Lambda when one run can exceed Lambda's ${factShort('lambda.maxTimeout')}, needs GPUs or more disk than Lambda's ${factShort('lambda.ephemeralStorage')} of /tmp, or is a huge fan-out of containerized jobs.`,
  ],
  sources: [
    {title: 'What is AWS Batch?', url: 'https://docs.aws.amazon.com/batch/latest/userguide/what-is-batch.html'},
    {title: 'AWS Batch FAQs', url: 'https://aws.amazon.com/batch/faqs/'},
    {title: 'Why AWS Batch? (features)', url: 'https://aws.amazon.com/batch/details/'},
    {
      title: 'Compute environments',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html',
    },
    {
      title: 'Managed compute environments',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/managed_compute_environments.html',
    },
    {title: 'Job timeouts', url: 'https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html'},
    {title: 'Automated job retries', url: 'https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html'},
    {title: 'Array jobs', url: 'https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html'},
    {
      title: 'Multi-node parallel jobs',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html',
    },
    {
      title: 'Compute environment considerations for multi-node parallel jobs',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/mnp-ce.html',
    },
    {
      title: 'Create a multi-node parallel job definition (not supported on Fargate)',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/create-multi-node-job-def.html',
    },
    {title: 'AWS Batch service quotas', url: 'https://docs.aws.amazon.com/batch/latest/userguide/service_limits.html'},
    {title: 'Job dependencies', url: 'https://docs.aws.amazon.com/batch/latest/userguide/job_dependencies.html'},
    {
      title: 'Fair-share scheduling policies',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/scheduling-policies.html',
    },
    {title: 'Share identifiers', url: 'https://docs.aws.amazon.com/batch/latest/userguide/share-identifiers.html'},
    {
      title: 'Fargate compute environments (ECS orchestration only, not Batch on EKS)',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/fargate.html',
    },
    {
      title: 'When to use Fargate with Batch',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/when-to-use-fargate.html',
    },
    {
      title: 'Job definitions on Fargate',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/fargate-job-definitions.html',
    },
    {
      title: 'EphemeralStorage (Batch API)',
      url: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_EphemeralStorage.html',
    },
    {
      title: 'Compute environments on Amazon ECS Managed Instances',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/ecs-managed-instances-compute-environments.html',
    },
    {
      title: 'Instance draining on ECS Managed Instances',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/ecs-managed-instances-instance-draining.html',
    },
    {title: 'Service jobs in AWS Batch', url: 'https://docs.aws.amazon.com/batch/latest/userguide/service-jobs.html'},
    {title: 'AWS Batch pricing', url: 'https://aws.amazon.com/batch/pricing/'},
    {title: 'AWS Fargate pricing', url: 'https://aws.amazon.com/fargate/pricing/'},
    {
      title: 'Lambda EphemeralStorage (/tmp size)',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/API_EphemeralStorage.html',
    },
  ],
  checkedOn: '2026-12-01',
} as const satisfies Topic;

export default batch;
