import {factShort, factText} from '../facts';
import type {Topic} from '../types';

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
    maxRunTime: `No fixed limit, but tasks on a retired platform version revision are stopped (wait: ${factShort('fargate.retirementWait')}); Fargate Spot tasks can be stopped with a ${factShort('fargate.spotWarning')}`,
    pricing: `Billed ${factShort('fargate.billingGranularity')} for requested vCPU, memory, OS, CPU architecture and storage; Compute Savings Plans apply`,
    bestFor: `Containers without servers to manage, up to ${factShort('fargate.maxTaskSize')} per task`,
  },
  atAGlance: {
    whatYouRun: {text: 'ECS tasks, EKS pods', section: '#what-it-is'},
    serverManagement: {text: 'AWS; no hosts to see', section: '#what-it-is'},
    scaling: {text: 'More tasks or pods', section: '#connections'},
    maxRunTime: {text: factShort('fargate.maxRunTime'), section: '#run-time'},
    pricing: {text: `${factShort('fargate.billingGranularity')}, requested resources`, section: '#pricing'},
    bestFor: {text: 'Containers, no servers', section: '#when-to-use'},
  },
  cheatSheet: [
    'Fargate is the compute, not the orchestrator: ECS or EKS (and AWS Batch, through ECS) schedule work onto it.',
    `Largest task: ${factText('fargate.maxTaskSize')}; smallest: ${factText('fargate.smallestTask')}.`,
    `Ephemeral storage: ${factText('fargate.ephemeralStorage')}; it is deleted with the task. An attached EBS volume is too, by default: keep lasting data on EFS.`,
    `No fixed run-time limit, but platform retirement stops old tasks (wait: ${factShort('fargate.retirementWait')}); AWS Batch says not to expect a job on Fargate to run longer than ${factShort('batch.fargateMaxRunTime')}.`,
    'Each task gets its own isolation boundary and elastic network interface (awsvpc); ALB target groups must use target type ip.',
    `Fargate Spot runs interruption-tolerant ECS tasks at ${factShort('fargate.spotDiscount')}, ${factShort('fargate.spotPlatforms')}, with a ${factShort('fargate.spotWarning')}.`,
    'No GPUs, no privileged containers, no DAEMON services and no host access on Fargate: choose ECS Managed Instances (or, on older exams, the EC2 launch type).',
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
      title: 'Task retirement and maintenance for AWS Fargate on Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-maintenance.html',
    },
    {
      title: 'Prepare for AWS Fargate task retirement on Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/prepare-task-retirement.html',
    },
    {
      title: 'Job timeouts (AWS Batch User Guide)',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html',
    },
    {
      title: 'TaskManagedEBSVolumeTerminationPolicy (Amazon ECS API Reference)',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeTerminationPolicy.html',
    },
    {title: 'Savings Plans documentation', url: 'https://docs.aws.amazon.com/savingsplans/'},
    {
      title: 'When to use Fargate (AWS Batch)',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/when-to-use-fargate.html',
    },
  ],
  checkedOn: '2026-12-01',
} as const satisfies Topic;

export default fargate;
