import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const taskSizes = {
  title: 'Amazon ECS task definition parameters for Fargate: task size',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
} as const;

const cpuMemoryError = {
  title: 'Troubleshoot Amazon ECS task definition invalid CPU or memory errors',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
} as const;

const taskStorage = {
  title: 'Fargate task ephemeral storage for Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
} as const;

const spotNotice = {
  title: 'How do I handle Spot termination notices in AWS Fargate Spot tasks? (AWS Knowledge Center)',
  url: 'https://aws.amazon.com/premiumsupport/knowledge-center/fargate-spot-termination-notice/',
} as const;

const pricing = {
  title: 'AWS Fargate pricing',
  url: 'https://aws.amazon.com/fargate/pricing/',
} as const;

const spotStrategy = {
  title: 'CapacityProviderStrategyItem (Amazon ECS API Reference)',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
} as const;

const savingsPlans = {
  title: 'Savings Plans documentation',
  url: 'https://docs.aws.amazon.com/savingsplans/',
} as const;

const taskRetirement = {
  title: 'Prepare for AWS Fargate task retirement on Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/prepare-task-retirement.html',
} as const;

const taskMaintenance = {
  title: 'Task retirement and maintenance for AWS Fargate on Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-maintenance.html',
} as const;

const ebsTermination = {
  title: 'TaskManagedEBSVolumeTerminationPolicy (Amazon ECS API Reference)',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeTerminationPolicy.html',
} as const;

const storageOptions = {
  title: 'Storage options for Amazon ECS tasks',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html',
} as const;

const ephemeralStorageApi = {
  title: 'EphemeralStorage (Amazon ECS API Reference)',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html',
} as const;

const eksLargerStorage = {
  title: 'AWS Fargate adds support for larger ephemeral volumes (AWS Containers blog, EKS)',
  url: 'https://aws.amazon.com/blogs/containers/amazon-eks-fargate-adds-support-for-larger-ephemeral-volumes/',
} as const;

/** Fargate: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    maxTaskSize: {
      label: 'Largest task',
      value: '16 vCPU and 120 GB of memory (Linux, platform version 1.4.0 or later)',
      short: '16 vCPU / 120 GB',
      source: taskSizes,
      checkedOn: '2026-12-01',
    },
    smallestTask: {
      label: 'Smallest task',
      value: '0.25 vCPU with 512 MiB of memory (Linux only)',
      short: '0.25 vCPU / 512 MiB',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    memoryQuarterVcpu: {
      label: 'Memory choices with 0.25 vCPU',
      value: '512 MiB, 1 GB or 2 GB (Linux only)',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    memoryHalfVcpu: {
      label: 'Memory choices with 0.5 vCPU',
      value: '1 to 4 GB in 1 GB steps (Linux only)',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    memoryOneVcpu: {
      label: 'Memory choices with 1 vCPU',
      value: '2 to 8 GB in 1 GB steps (Linux and Windows)',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    memoryTwoVcpu: {
      label: 'Memory choices with 2 vCPU',
      value: '4 to 16 GB in 1 GB steps (Linux and Windows)',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    memoryFourVcpu: {
      label: 'Memory choices with 4 vCPU',
      value: '8 to 30 GB in 1 GB steps (Linux and Windows)',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    memoryEightVcpu: {
      label: 'Memory choices with 8 vCPU',
      value: '16 to 60 GB in 4 GB steps (Linux platform version 1.4.0 or later)',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    memorySixteenVcpu: {
      label: 'Memory choices with 16 vCPU',
      value: '32 to 120 GB in 8 GB steps (Linux platform version 1.4.0 or later)',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    windowsTaskSizes: {
      label: 'Windows task sizes',
      value: 'at least 1 vCPU and at most 4 vCPU; the 8 and 16 vCPU sizes are Linux only',
      short: '1 to 4 vCPU',
      source: cpuMemoryError,
      checkedOn: '2026-12-01',
    },
    ephemeralStorage: {
      label: 'Ephemeral storage per ECS task',
      value:
        '20 GiB by default; the ephemeralStorage task parameter sets 21 to 200 GiB (Linux, platform version 1.4.0 or later)',
      short: '20 GiB, up to 200 GiB',
      source: taskStorage,
      checkedOn: '2026-12-01',
    },
    windowsEphemeralStorage: {
      label: 'Ephemeral storage, Windows tasks',
      value:
        'not configurable according to the developer guide, although the EphemeralStorage API reference still lists Windows platform version 1.0.0 or later: the AWS pages disagree',
      short: 'Not configurable (pages disagree)',
      source: taskStorage,
      checkedOn: '2026-12-01',
    },
    ephemeralStorageApiPlatforms: {
      label: 'Platforms the EphemeralStorage API reference names',
      value: 'Linux platform version 1.4.0 or later, and Windows platform version 1.0.0 or later',
      source: ephemeralStorageApi,
      checkedOn: '2026-12-01',
    },
    eksEphemeralStorage: {
      label: 'Ephemeral storage per EKS pod',
      value: '20 GiB by default, configurable up to 175 GiB per pod (Kubernetes 1.23 or later)',
      short: '20 GiB, up to 175 GiB',
      source: eksLargerStorage,
      checkedOn: '2026-12-01',
    },
    ebsVolumeLifetime: {
      label: 'EBS volume attached to a task',
      value:
        'one volume per task, which ECS deletes when the task stops unless a standalone task sets deleteOnTermination to false (the default is true)',
      short: 'Deleted with the task by default',
      source: ebsTermination,
      checkedOn: '2026-12-01',
    },
    lastingStorage: {
      label: 'Storage that outlives tasks',
      value: 'Amazon EFS, a shared file system that stays when tasks stop and can be mounted by many tasks',
      short: 'Amazon EFS',
      source: storageOptions,
      checkedOn: '2026-12-01',
    },
    maxRunTime: {
      label: 'Longest run',
      value:
        'no fixed time limit, but when AWS retires a platform version revision, the tasks still running on it are stopped',
      short: 'No cap; retirement stops tasks',
      source: taskMaintenance,
      checkedOn: '2026-12-01',
    },
    retirementWait: {
      label: 'Task retirement wait',
      value:
        '7 days by default after the retirement notice; the fargateTaskRetirementWaitPeriod account setting can be 0 (immediate), 7 or 14 days',
      short: '7 days by default',
      source: taskRetirement,
      checkedOn: '2026-12-01',
    },
    spotWarning: {
      label: 'Fargate Spot interruption notice',
      value: 'a two-minute warning, sent as a SIGTERM to the task and a task state change event to EventBridge',
      short: 'two-minute warning',
      source: spotNotice,
      checkedOn: '2026-12-01',
    },
    spotDiscount: {
      label: 'Fargate Spot discount',
      value: 'up to 70% off the regular Fargate price (ECS tasks only)',
      short: 'up to 70% off',
      source: pricing,
      checkedOn: '2026-12-01',
    },
    spotPlatforms: {
      label: 'Fargate Spot platforms',
      value:
        'Linux tasks only: x86_64 on platform version 1.3.0 or later and ARM64 on platform version 1.4.0 or later; no Windows tasks',
      short: 'Linux only (x86_64 and ARM64)',
      source: spotStrategy,
      checkedOn: '2026-12-01',
    },
    billingGranularity: {
      label: 'Billing clock',
      value:
        'from the start of the image download until the task or pod stops, rounded up to the nearest second, for the requested vCPU, memory, operating system, CPU architecture and storage',
      short: 'per second',
      source: pricing,
      checkedOn: '2026-12-01',
    },
    minimumCharge: {
      label: 'Minimum charge',
      value: 'none stated: the pricing page gives per-second billing, rounded up, and names no minimum duration',
      short: 'None stated',
      source: pricing,
      checkedOn: '2026-12-01',
    },
    savingsPlans: {
      label: 'Savings Plans',
      value: 'Compute Savings Plans, a one- or three-year commitment, cover Fargate usage as well as EC2',
      short: 'Compute Savings Plans apply',
      source: savingsPlans,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    spotArm64: {
      title: 'ARM64 (Graviton) tasks on Fargate Spot',
      changed: '2024-09',
      today:
        'Fargate Spot runs Linux tasks on ARM64 (AWS Graviton) as well as on x86_64, so an interruption-tolerant Graviton task can take the Spot discount. Windows tasks still cannot use Fargate Spot.',
      olderExams:
        'Items and notes written before September 2024 treat Fargate Spot as x86_64 Linux only: an ARM64 task had to run on regular Fargate. The Windows exclusion is unchanged.',
      source: spotStrategy,
      checkedOn: '2026-12-01',
    },
    ebsVolumes: {
      title: 'EBS volumes on Fargate tasks',
      changed: '2024-01',
      today:
        'An ECS task on Fargate can have one EBS volume attached at launch, but ECS deletes it when the task stops unless a standalone task opts out. Data that must outlive tasks, or be shared between them, still belongs on EFS.',
      olderExams:
        'Items written before 2024 know no EBS option for Fargate: persistent or shared storage for Fargate tasks means Amazon EFS. That is still the answer when the data must survive.',
      source: storageOptions,
      checkedOn: '2026-12-01',
    },
    eksLargerStorage: {
      title: 'Larger ephemeral storage for EKS pods on Fargate',
      changed: '2023-08',
      today:
        'EKS pods on Fargate can ask for more ephemeral storage than the default, up to 175 GiB. ECS tasks on Fargate could already be given up to 200 GiB before that.',
      olderExams: 'Older items may treat Fargate pod storage as a fixed 20 GiB, or give the ECS figure for EKS pods.',
      source: eksLargerStorage,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
