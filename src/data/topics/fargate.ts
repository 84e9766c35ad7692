import type {Topic} from '../types';

/**
 * Fargate size limits that the page, the cheat sheet and the launch-type
 * table all show, kept here so each number is written once.
 */
export const fargateLimits = {
  maxTaskSize: '16 vCPU and 120 GB of memory per task (Linux)',
  smallestTask: '0.25 vCPU and 512 MiB of memory',
  ephemeralStorage: '20 GiB by default, configurable up to 200 GiB (Linux platform 1.4.0+)',
  spotWarning: 'two-minute warning before a Fargate Spot task is stopped',
} as const;

const fargate = {
  id: 'fargate',
  name: 'AWS Fargate',
  shortName: 'Fargate',
  fullName: 'AWS Fargate',
  searchTerms: [
    'serverless containers',
    'serverless compute engine for containers',
    'Fargate launch type',
    'FARGATE capacity provider',
    'Fargate Spot',
    'FARGATE_SPOT',
    'Fargate profile',
    'EKS on Fargate',
    'platform version',
    'task size',
    'ephemeral storage',
    'awsvpc',
    'ENI',
    'Graviton',
    'ARM64',
    'Windows containers',
  ],
  group: 'containers',
  path: '/fargate',
  summary:
    'Runs ECS tasks and EKS pods on capacity that AWS provisions and patches, so you size each task in vCPU and memory instead of managing servers.',
  facts: {
    whatYouRun: 'ECS tasks or EKS pods, each sized in vCPU and memory',
    serverManagement: 'AWS provisions, patches and scales the hosts; none are visible to you',
    scaling: 'Add tasks or pods; each one gets its own isolated compute',
    maxRunTime: 'No fixed limit; Fargate Spot tasks can be stopped with two minutes notice',
    pricing: 'Per second for requested vCPU, memory, OS, CPU architecture and storage',
    bestFor: 'Containers without servers to manage, up to 16 vCPU / 120 GB per task',
  },
  cheatSheet: [
    'Fargate is the compute, not the orchestrator: ECS or EKS (and AWS Batch) schedule work onto it.',
    `Largest task: ${fargateLimits.maxTaskSize}; smallest: ${fargateLimits.smallestTask}.`,
    `Ephemeral storage: ${fargateLimits.ephemeralStorage}; keep lasting data on EFS or EBS.`,
    'Each task gets its own isolation boundary and elastic network interface (awsvpc); ALB target groups must use target type ip.',
    `Fargate Spot runs interruption-tolerant ECS tasks at up to a 70% discount, with a ${fargateLimits.spotWarning}.`,
    'No GPUs, no privileged containers, no DAEMON services and no host access on Fargate: choose EC2 or ECS Managed Instances.',
  ],
  sources: [
    {title: 'AWS Fargate pricing', url: 'https://aws.amazon.com/fargate/pricing/'},
    {
      title: 'Troubleshoot Amazon ECS task definition invalid CPU or memory errors (Fargate sizes)',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html',
    },
    {
      title: 'Fargate task ephemeral storage for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
    },
    {
      title: 'EphemeralStorage (Amazon ECS API Reference)',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html',
    },
    {
      title: 'Amazon ECS task definition differences for Fargate',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
    },
    {
      title: 'Amazon ECS clusters for Fargate (Fargate and Fargate Spot capacity providers)',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/ec2-and-fargate-spot.html',
    },
    {
      title: 'Fargate security considerations for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html',
    },
    {
      title: 'Use Amazon EBS volumes with Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html',
    },
    {
      title: 'Simplify compute management with AWS Fargate (Amazon EKS)',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
    },
    {
      title: 'AWS Fargate adds support for larger ephemeral volumes (EKS)',
      url: 'https://aws.amazon.com/blogs/containers/amazon-eks-fargate-adds-support-for-larger-ephemeral-volumes',
    },
    {
      title: 'Migrating Fargate service quotas to vCPU-based quotas (AWS Containers blog, 2022)',
      url: 'https://aws.amazon.com/blogs/containers/migrating-fargate-service-quotas-to-vcpu-based-quotas/',
    },
    {
      title: 'When to use Fargate (AWS Batch)',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/when-to-use-fargate.html',
    },
  ],
  checkedOn: '2026-11-30',
} as const satisfies Topic;

export default fargate;
