import type {Topic} from '../types';

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
    'A managed job scheduler that queues containerized batch jobs and launches the EC2, Spot or Fargate capacity to run them.',
  facts: {
    whatYouRun: 'Containerized jobs: a job definition plus a container image, submitted to a queue',
    serverManagement: 'Batch launches and scales EC2 or Fargate capacity for you (or bring unmanaged EC2)',
    scaling: 'Compute environments grow and shrink between min and max vCPUs as the queue fills',
    maxRunTime: 'No limit by default; optional timeout of at least 60 s (Fargate jobs: about 14 days)',
    pricing: 'You pay for the EC2, Spot or Fargate capacity your jobs run on',
    bestFor: 'Large or long non-interactive work: simulations, rendering, HPC, ML training, ETL',
  },
  cheatSheet: [
    'Batch queues jobs and provisions EC2 On-Demand, EC2 Spot or Fargate capacity; it orchestrates on Amazon ECS or Amazon EKS.',
    'Building blocks: job definition (how to run), job queue (where jobs wait, with priority), compute environment (where they run).',
    'No job timeout by default; you can set attemptDurationSeconds of 60 seconds or more, and Fargate jobs should not expect more than 14 days.',
    'Array jobs fan one submission out into 2 to 10,000 child jobs; multi-node parallel jobs span several EC2 instances (not Spot, not Fargate).',
    'Retries: 1 to 10 attempts per job; a job can depend on up to 20 others; without a fair-share policy a queue runs jobs in FIFO order.',
    'Choose Batch over Lambda when work runs longer than 15 minutes, needs GPUs or big disks, or is a huge fan-out of containerized jobs.',
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
    {title: 'AWS Fargate pricing', url: 'https://aws.amazon.com/fargate/pricing/'},
    {
      title: 'Lambda EphemeralStorage (/tmp size)',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/API_EphemeralStorage.html',
    },
  ],
  checkedOn: '2026-11-30',
} as const satisfies Topic;

export default batch;
