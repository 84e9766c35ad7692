import {factShort, factText} from '../facts';
import type {Comparison} from '../types';
import ecs from '../topics/ecs';
import fargate from '../topics/fargate';

/**
 * The three AWS capacity options for Amazon ECS tasks. Figures are read from
 * the facts and service cells from the topic entries, so they cannot drift.
 */
const ecsLaunchTypes = {
  id: 'ecs-launch-types',
  caption: 'Amazon ECS capacity options: EC2, Fargate and ECS Managed Instances',
  rowHeader: 'Aspect',
  columns: [
    {key: 'ec2', label: 'ECS on EC2 (you manage instances)'},
    {key: 'fargate', label: 'ECS on Fargate'},
    {key: 'managedInstances', label: 'ECS Managed Instances'},
  ],
  rows: [
    {
      label: 'Who provisions and patches the hosts',
      cells: {
        ec2: 'You: launch, patch and scale the container instances (Auto Scaling group)',
        fargate: fargate.facts.serverManagement,
        managedInstances: `AWS launches, patches and replaces EC2 instances in your account; each lives at most ${factShort('ecs.managedInstancesMaxLifetime')}`,
      },
    },
    {
      label: 'What you pay for',
      cells: {
        ec2: 'The EC2 instances and EBS volumes in the cluster, busy or idle',
        fargate: fargate.facts.pricing,
        managedInstances: 'The whole EC2 instances plus a management fee',
      },
    },
    {
      label: 'Isolation',
      cells: {
        ec2: 'Tasks share the instances you run; you choose the network mode',
        fargate: 'Each task has its own boundary: no shared kernel, CPU, memory or network interface',
        managedInstances: 'Several tasks per instance by default; a single-task mode is available',
      },
    },
    {
      label: 'GPU support',
      cells: {
        ec2: 'Yes, on GPU instance types',
        fargate: 'No: the gpu task parameter is not valid on Fargate',
        managedInstances:
          'Yes, by allowing accelerated instance types (newer than the exam guides, whose GPU answer is the EC2 launch type)',
      },
    },
    {
      label: 'Daemons and host access',
      cells: {
        ec2: 'Full: your AMI, privileged containers, DAEMON services (one task per instance)',
        fargate: 'None: no host access, no privileged containers, no DAEMON services',
        managedInstances: 'Hosts stay AWS-managed; ECS Managed Daemons run one agent task per instance',
      },
    },
    {
      label: 'Spot option',
      cells: {
        ec2: 'Yes: Spot Instances in the Auto Scaling group',
        fargate: `Yes: Fargate Spot, ${factShort('fargate.spotDiscount')}, ${factShort('fargate.spotPlatforms')}, ${factShort('fargate.spotWarning')}`,
        managedInstances: 'Yes: set the capacity option type to Spot',
      },
    },
    {
      label: 'Largest task',
      cells: {
        ec2: `Up to ${factShort('ecs.maxTaskCpuEc2')}, limited by the instance type`,
        fargate: factText('fargate.maxTaskSize'),
        managedInstances: 'No fixed size list; limited by the instance types you allow',
      },
    },
    {
      label: 'Task scratch storage',
      cells: {
        ec2: 'Whatever disks and EBS volumes you give the instances',
        fargate: `${factShort('fargate.ephemeralStorage')} (Linux), deleted with the task; EBS per task, deleted with it by default`,
        managedInstances: 'Set in the storage configuration of the capacity provider',
      },
    },
    {
      label: 'Longest run',
      cells: {
        ec2: 'Until the task exits or you stop it',
        fargate: factShort('fargate.maxRunTime'),
        managedInstances: `Until stopped, but the instance is replaced within ${factShort('ecs.managedInstancesMaxLifetime')}`,
      },
    },
    {
      label: 'Operating systems',
      cells: {
        ec2: 'Linux and Windows',
        fargate: 'Linux (x86_64 and ARM64) and Windows',
        managedInstances: 'Linux',
      },
    },
    {
      label: 'How tasks are placed and scaled',
      cells: {
        ec2: ecs.facts.scaling,
        fargate: fargate.facts.scaling,
        managedInstances: 'ECS adds and removes instances as tasks need them, packing tasks together',
      },
    },
  ],
} as const satisfies Comparison<'ec2' | 'fargate' | 'managedInstances'>;

export default ecsLaunchTypes;
