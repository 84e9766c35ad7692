import {factShort, factText} from '../facts';
import type {Topic} from '../types';

const ecs = {
  id: 'ecs',
  name: 'Amazon ECS',
  shortName: 'ECS',
  fullName: 'Amazon Elastic Container Service',
  searchTerms: [
    'Elastic Container Service',
    'EC2 Container Service',
    'container orchestration',
    'cluster',
    'task definition',
    'task',
    'service',
    'container instance',
    'container agent',
    'launch type',
    'capacity provider',
    'capacity provider strategy',
    'ECS Managed Instances',
    'Managed Daemons',
    'ECS Anywhere',
    'EXTERNAL launch type',
    'cluster auto scaling',
    'Service Auto Scaling',
    'daemon scheduling strategy',
    'replica scheduling strategy',
    'dynamic host port mapping',
    'awsvpc',
    'Application Load Balancer',
    'ALB',
  ],
  group: 'containers',
  path: '/ecs',
  summary:
    "AWS's own container orchestrator: it keeps your containers (grouped into tasks) running on capacity from EC2, Fargate or ECS Managed Instances.",
  facts: {
    whatYouRun: 'Containers, grouped into tasks that a task definition describes',
    serverManagement: 'You on EC2; AWS on Fargate and on ECS Managed Instances',
    scaling: `Service Auto Scaling sets the task count (${factShort('ecs.serviceAutoScalingPolicies')}); capacity providers scale hosts`,
    maxRunTime:
      'No ECS time limit: tasks run until they exit or are stopped (the capacity underneath may replace them)',
    pricing: 'You pay for the capacity used: EC2 instances, Fargate, or Managed Instances',
    bestFor: 'Long-running container services and jobs on AWS without Kubernetes',
  },
  atAGlance: {
    whatYouRun: {text: 'Tasks (containers)', section: '#concepts'},
    serverManagement: {text: 'You on EC2; AWS otherwise', section: '#launch-types'},
    scaling: {text: 'Tasks and hosts, separately', section: '#connections'},
    maxRunTime: {text: 'No ECS limit', section: '#limits'},
    pricing: {text: 'The capacity used', section: '#pricing'},
    bestFor: {text: 'Containers, no Kubernetes', section: '#when-to-use'},
  },
  cheatSheet: [
    'Cluster = logical group of capacity; task definition = JSON blueprint; task = running copy; service = keeps N tasks running.',
    'Three AWS capacity options: EC2 (you manage instances), Fargate (serverless), ECS Managed Instances (AWS manages EC2).',
    `ECS Managed Instances: AWS-managed EC2 hosts, GPU types included; each instance lives at most ${factShort('ecs.managedInstancesMaxLifetime')}.`,
    'On the EC2 launch type you launch, patch and scale the container instances yourself, usually through an Auto Scaling group.',
    `Service Auto Scaling changes the task count (${factText('ecs.serviceAutoScalingPolicies')}); cluster auto scaling grows the EC2 fleet.`,
    'Application Load Balancers suit ECS services: path-based routing and dynamic host port mapping on EC2.',
    'Fargate tasks cannot use the DAEMON scheduling strategy; use EC2 capacity (or Managed Daemons on Managed Instances).',
  ],
  sources: [
    {
      title: 'Amazon ECS service deployment controllers and strategies',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html',
    },
    {
      title: 'Amazon ECS capacity providers for EC2 workloads',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/asg-capacity-providers.html',
    },
    {
      title: 'Automatically manage Amazon ECS capacity with cluster auto scaling',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-auto-scaling.html',
    },
    {
      title: 'Automatically scale your Amazon ECS service',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/service-auto-scaling.html',
    },
    {
      title: 'Use load balancing to distribute Amazon ECS service traffic',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html',
    },
    {
      title: 'Use an Application Load Balancer for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb.html',
    },
    {
      title: 'Migrate from AWS Fargate to Amazon ECS Managed Instances',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/migrate-fargate-to-managed-instances.html',
    },
    {
      title: 'ManagedInstancesProvider (Amazon ECS API Reference)',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesProvider.html',
    },
    {
      title: 'Amazon ECS Managed Daemons',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-daemons.html',
    },
    {
      title: 'Troubleshoot Amazon ECS task definition invalid CPU or memory errors',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html',
    },
    {
      title: 'Architect for Amazon ECS Managed Instances',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
    },
    {
      title: 'Document history (Amazon ECS Developer Guide): Managed Instances lifetime',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/document_history.html',
    },
    {
      title: 'Use historical patterns to scale Amazon ECS services with predictive scaling',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/predictive-auto-scaling.html',
    },
    {
      title: 'Fargate compute environments (AWS Batch User Guide)',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/fargate.html',
    },
    {
      title: 'Compute environments on Amazon ECS Managed Instances (AWS Batch User Guide)',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/ecs-managed-instances-compute-environments.html',
    },
    {title: 'Amazon ECS FAQs', url: 'https://aws.amazon.com/ecs/faqs/'},
  ],
  checkedOn: '2026-12-01',
} as const satisfies Topic;

export default ecs;
