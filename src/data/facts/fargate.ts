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

const capacityProviders = {
  title: 'Amazon ECS clusters for Fargate (Fargate and Fargate Spot capacity providers)',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/ec2-and-fargate-spot.html',
} as const;

const pricing = {
  title: 'AWS Fargate pricing',
  url: 'https://aws.amazon.com/fargate/pricing/',
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
    spotWarning: {
      label: 'Fargate Spot interruption notice',
      value: 'a two-minute warning, sent as a SIGTERM to the task and a task state change event to EventBridge',
      short: 'two-minute warning',
      source: capacityProviders,
      checkedOn: '2026-12-01',
    },
    spotDiscount: {
      label: 'Fargate Spot discount',
      value: 'up to 70% off the regular Fargate price (ECS tasks only)',
      short: 'up to 70% off',
      source: pricing,
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
  },
  changes: {},
} as const satisfies TopicFacts;

export default facts;
