import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const registerTaskDefinition = {
  title: 'RegisterTaskDefinition (Amazon ECS API Reference)',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
} as const;

const documentHistory = {
  title: 'Document history (Amazon ECS Developer Guide)',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/document_history.html',
} as const;

const managedInstances = {
  title: 'Architect for Amazon ECS Managed Instances',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
} as const;

const applicationAutoScaling = {
  title: 'Amazon ECS and Application Auto Scaling',
  url: 'https://docs.aws.amazon.com/autoscaling/application/userguide/services-that-can-integrate-ecs.html',
} as const;

const predictiveScaling = {
  title: 'Use historical patterns to scale Amazon ECS services with predictive scaling',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/predictive-auto-scaling.html',
} as const;

const batchFargate = {
  title: 'Fargate compute environments (AWS Batch User Guide)',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/fargate.html',
} as const;

/** Amazon ECS: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    maxTaskCpuEc2: {
      label: 'Largest task on EC2 capacity',
      value: 'up to 192 vCPU per task, as long as the cluster has an instance that large',
      short: '192 vCPU',
      source: registerTaskDefinition,
      checkedOn: '2026-12-01',
    },
    managedInstancesMaxLifetime: {
      label: 'ECS Managed Instances: longest instance life',
      value:
        '21 days at most: ECS starts draining an instance on day 14 and replaces it by day 21 (the limit was 14 days until December 2025)',
      short: '21 days',
      source: documentHistory,
      checkedOn: '2026-12-01',
    },
    serviceAutoScalingPolicies: {
      label: 'Service Auto Scaling policy types',
      value: 'target tracking, step scaling, scheduled scaling and predictive scaling',
      short: 'target tracking, step, scheduled, predictive',
      source: applicationAutoScaling,
      checkedOn: '2026-12-01',
    },
    batchOnFargate: {
      label: 'AWS Batch on Fargate',
      value: 'only in compute environments that use ECS as the orchestrator, not in Batch on EKS',
      short: 'ECS orchestration only',
      source: batchFargate,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    managedInstancesGpu: {
      title: 'GPUs without managing servers',
      changed: '2025-09',
      today:
        'ECS Managed Instances runs tasks on EC2 instance types you allow, GPU types included, while AWS provisions, patches and replaces the hosts. It is the answer for GPUs (or other special instance types) with no servers to manage.',
      olderExams:
        'Items written before September 2025 know only the EC2 launch type for GPUs: you choose GPU instances and manage them. Fargate has never offered GPUs.',
      source: managedInstances,
      checkedOn: '2026-12-01',
    },
    predictiveScaling: {
      title: 'Predictive scaling for ECS services',
      changed: '2024-11',
      today:
        'Service Auto Scaling can also forecast load from daily and weekly patterns and add tasks ahead of it (predictive scaling), alongside target tracking, step and scheduled scaling.',
      olderExams: 'Older items list only target tracking, step and scheduled scaling for ECS services.',
      source: predictiveScaling,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
