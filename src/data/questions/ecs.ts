import {factSource} from '../facts';
import type {Question} from '../types';

const serviceOptions = {
  title: 'Amazon ECS service deployment controllers and strategies',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html',
} as const;

const iamRoles = {
  title: 'Best practices for IAM roles in Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html',
} as const;

const questions: readonly Question[] = [
  {
    id: 'service-keeps-count',
    topic: 'ecs',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/2.2'],
    question:
      'A web application on Amazon ECS must always have four copies running, and a copy that crashes must be replaced automatically. Which ECS resource provides this?',
    choices: [
      {
        text: 'A task definition with four container definitions',
        correct: false,
        why: 'A task definition is only the blueprint. Four container definitions make one task of four containers, and nothing replaces it when it stops.',
      },
      {
        text: 'An ECS service with a desired count of four',
        correct: true,
        why: 'A service keeps the desired number of tasks running and starts a replacement when one stops or fails its health check.',
      },
      {
        text: 'A cluster with four container instances',
        correct: false,
        why: 'Container instances are capacity. A cluster of four instances says where tasks may run, not how many copies must stay up.',
      },
      {
        text: 'Four standalone tasks started with RunTask',
        correct: false,
        why: 'Standalone tasks run until they exit or fail, and ECS does not start replacements for them.',
      },
    ],
    learnMore: '/ecs#concepts',
    source: serviceOptions,
  },
  {
    id: 'who-patches-ec2',
    topic: 'ecs',
    exams: ['clf-c02'],
    tasks: ['clf-c02/2.1'],
    question:
      'A team runs its ECS tasks on the EC2 launch type with an Auto Scaling group. Who is responsible for patching the operating system of the container instances?',
    choices: [
      {
        text: 'AWS, because ECS is a managed service',
        correct: false,
        why: '"Managed" describes the ECS control plane. On the EC2 launch type the instances, their OS and their scaling remain the customer\'s.',
      },
      {
        text: 'The team, because the EC2 instances are theirs to run',
        correct: true,
        why: 'With the EC2 launch type you choose the AMI, patch it and scale the group. Only Fargate and ECS Managed Instances hand host patching to AWS.',
      },
      {
        text: 'AWS, but only for instances from the ECS-optimized AMI',
        correct: false,
        why: "AWS publishes new ECS-optimized AMIs, but moving running instances onto them is still the team's job.",
      },
      {
        text: 'Nobody, since the containers isolate the host from attacks',
        correct: false,
        why: 'Containers share the host kernel, so an unpatched host OS puts every container on it at risk.',
      },
    ],
    learnMore: '/ecs#launch-types',
    source: {
      title: 'AWS shared responsibility model for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
    },
  },
  {
    id: 'alb-path-routing',
    topic: 'ecs',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.1', 'saa-c03/3.2'],
    question:
      'Several ECS services on EC2 instances must share one HTTPS listener, with /api going to one service and /web to another, and several copies of a task must fit on the same instance. Which load balancer fits best?',
    choices: [
      {
        text: 'Application Load Balancer',
        correct: true,
        why: 'An Application Load Balancer routes on HTTP paths, so services share one listener, and on EC2 it supports dynamic host port mapping, so many copies of a task fit on one instance.',
      },
      {
        text: 'Network Load Balancer',
        correct: false,
        why: 'A Network Load Balancer works at layer 4 on TCP and UDP; it cannot look at the /api or /web path to choose a service.',
      },
      {
        text: 'Gateway Load Balancer',
        correct: false,
        why: 'A Gateway Load Balancer sends traffic through third-party appliances such as firewalls; it does not route HTTP paths to services.',
      },
      {
        text: 'Classic Load Balancer',
        correct: false,
        why: 'The previous-generation Classic Load Balancer has no path-based routing, so the services could not share one listener by path.',
      },
    ],
    learnMore: '/ecs#connections',
    source: {
      title: 'Use an Application Load Balancer for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb.html',
    },
  },
  {
    id: 'daemon-agent',
    topic: 'ecs',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'A monitoring agent must run as exactly one task on every EC2 container instance in an ECS cluster, including instances added later. What should you use?',
    choices: [
      {
        text: 'A service with the DAEMON strategy on the EC2 launch type',
        correct: true,
        why: 'The DAEMON strategy places one task on each active container instance and follows the fleet as it grows or shrinks.',
      },
      {
        text: 'A service with the DAEMON strategy on Fargate',
        correct: false,
        why: 'Fargate tasks do not support the DAEMON scheduling strategy; there are no instances of yours for a daemon to sit on.',
      },
      {
        text: 'A REPLICA service whose desired count equals the instance count',
        correct: false,
        why: 'A fixed count does not follow instances as they are added or removed, and REPLICA placement does not promise one task per instance.',
      },
      {
        text: 'A sidecar container added to every application task definition',
        correct: false,
        why: 'A sidecar runs once per task, not once per host: busy instances would run many agents and empty ones none.',
      },
    ],
    learnMore: '/ecs#exam-traps',
    source: serviceOptions,
  },
  {
    id: 'managed-instances-gpu',
    topic: 'ecs',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'Today, a company wants ECS tasks on GPU instances but does not want to provision, patch or replace the EC2 hosts itself. Which option meets both needs?',
    choices: [
      {
        text: 'ECS on Fargate',
        correct: false,
        why: 'Fargate has no GPUs: the gpu task definition parameter is not valid there.',
      },
      {
        text: 'ECS on the EC2 launch type with GPU instances',
        correct: false,
        why: 'This gives GPUs but leaves provisioning and patching to the company. Exam items written before ECS Managed Instances existed (September 2025) expect this answer when they ask only for GPUs on ECS.',
      },
      {
        text: 'Amazon ECS Managed Instances',
        correct: true,
        why: 'ECS Managed Instances lets you allow accelerated EC2 instance types while AWS provisions, patches and replaces the hosts. It is newer than the exam guides.',
      },
      {
        text: 'AWS Lambda with a container image',
        correct: false,
        why: 'Lambda offers no GPUs, and a function is not an ECS task.',
      },
    ],
    learnMore: '/ecs#launch-types',
    source: {
      title: 'Architect for Amazon ECS Managed Instances',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
    },
  },
  {
    id: 'service-across-azs',
    topic: 'ecs',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.2'],
    question:
      'An ECS service on Fargate must keep serving if one Availability Zone fails. What should a solutions architect configure?',
    choices: [
      {
        text: 'A REPLICA service with several tasks and subnets in at least two AZs',
        correct: true,
        why: 'The service scheduler spreads REPLICA tasks across the Availability Zones of the subnets it is given, and replaces tasks lost with a zone in the zones that remain.',
      },
      {
        text: 'One task with the largest Fargate task size, in one subnet',
        correct: false,
        why: 'A single task in a single subnet lives in one Availability Zone; when that zone fails, the whole service fails with it.',
      },
      {
        text: 'A DAEMON service, so that every Availability Zone gets a task',
        correct: false,
        why: 'DAEMON places one task per container instance, not per zone, and Fargate does not support it.',
      },
      {
        text: 'Standalone tasks started by hand in each Availability Zone',
        correct: false,
        why: 'Standalone tasks are not replaced when they stop, so nothing brings capacity back after a zone fails.',
      },
    ],
    learnMore: '/ecs#limits',
    source: serviceOptions,
  },
  {
    id: 'task-role-for-app',
    topic: 'ecs',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/1.1', 'dva-c02/2.1'],
    question:
      'Application code running in an ECS task on Fargate must read objects from one S3 bucket. What is the most secure way to give it access?',
    choices: [
      {
        text: 'Attach a task role that allows reads from that bucket',
        correct: true,
        why: 'A task role gives the containers temporary credentials for exactly the AWS calls the application makes, with no keys to store or rotate.',
      },
      {
        text: 'Add the S3 permissions to the task execution role',
        correct: false,
        why: 'The task execution role is used by ECS and the Fargate agent to pull images, send logs and fetch secrets. Application code should get its permissions from the task role.',
      },
      {
        text: "Put an IAM user's access keys in environment variables",
        correct: false,
        why: 'Long-term keys in the task definition can be read by anyone allowed to describe it, and they must be rotated by hand. Roles avoid stored keys.',
      },
      {
        text: 'Grant the permissions through the container instance role',
        correct: false,
        why: 'Fargate has no container instances of yours. On EC2, an instance role would also be shared by every task on the host, which is broader than needed.',
      },
    ],
    learnMore: '/ecs#connections',
    source: iamRoles,
  },
  {
    id: 'execution-role-image-pull',
    topic: 'ecs',
    exams: ['dva-c02'],
    tasks: ['dva-c02/4.1'],
    question:
      'A new ECS task on Fargate stops before its container starts. The stopped reason shows an access-denied error while pulling the image from a private ECR repository in the same account. The task definition has a task role but no task execution role. What fixes it?',
    choices: [
      {
        text: 'Add a task execution role with the ECR pull and CloudWatch Logs permissions',
        correct: true,
        why: 'On Fargate, the agent pulls private ECR images and ships awslogs output with the task execution role; the AWS managed policy for that role covers both.',
      },
      {
        text: 'Add the ECR pull permissions to the task role',
        correct: false,
        why: 'The task role is for the application code after it starts. The image is pulled before that, with the task execution role.',
      },
      {
        text: 'Move the image to a public registry so no credentials are needed',
        correct: false,
        why: 'Publishing a private image to everyone trades a security problem for a configuration one. Private ECR pulls on Fargate just need the task execution role.',
      },
      {
        text: 'Attach the ECR permissions to the IAM user who ran the task',
        correct: false,
        why: "The caller needs permission to run the task and pass its roles, but Fargate pulls the image with the execution role, not with the user's credentials.",
      },
    ],
    learnMore: '/ecs#connections',
    source: {
      title: 'Amazon ECS task execution IAM role',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
    },
  },
  {
    id: 'secrets-in-task-definition',
    topic: 'ecs',
    exams: ['dva-c02'],
    tasks: ['dva-c02/2.3'],
    question:
      'A container needs a database password at start-up, and the password must not appear in plain text in the task definition. The password is already stored in AWS Secrets Manager. What should the developer do?',
    choices: [
      {
        text: "Reference the secret ARN in the container's secrets field and let the execution role read it",
        correct: true,
        why: 'ECS injects the secret into the container as an environment variable at start, and the task execution role needs permission to read it. Only the ARN appears in the task definition.',
      },
      {
        text: "Put the password in the container's environment field as a variable",
        correct: false,
        why: 'Plain environment values are stored in the task definition and readable by anyone allowed to describe it, which is what the requirement forbids.',
      },
      {
        text: 'Copy the password into the image at build time with a Dockerfile ENV line',
        correct: false,
        why: 'The value would be baked into the image layers, visible to anyone who can pull the image, and a rotation would need a rebuild.',
      },
      {
        text: 'Reference the secret ARN and grant read access to the task role only',
        correct: false,
        why: 'For a secret injected through the secrets field, ECS fetches it before the container starts with the task execution role; a task role permission alone is not used for that.',
      },
    ],
    learnMore: '/ecs#secrets',
    source: {
      title: 'Pass sensitive data to an Amazon ECS container',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
    },
  },
  {
    id: 'deploy-new-revision',
    topic: 'ecs',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.4'],
    question:
      'An ECS service runs revision 7 of its task definition. The team has pushed image 2.0 to ECR and wants the service to run it with a rolling update. What should the pipeline do?',
    choices: [
      {
        text: 'Register a new revision with the 2.0 image and update the service to it',
        correct: true,
        why: 'A change to a task definition is a new revision. Updating the service to that revision starts a deployment in which ECS replaces the old tasks with new ones.',
      },
      {
        text: 'Edit revision 7 in place so the running tasks pick up the new image',
        correct: false,
        why: 'Registered revisions are not edited: every change creates a new revision, and running tasks keep the definition they were started from.',
      },
      {
        text: "Update the cluster's capacity provider so new hosts pull the image",
        correct: false,
        why: 'Capacity providers decide where tasks run, not which image they use. The service would still start tasks from revision 7.',
      },
      {
        text: 'Create a second service for 2.0 and delete the first one afterwards',
        correct: false,
        why: 'Replacing the service by hand loses the rolling update that ECS does for an updated service, and it risks downtime between the two.',
      },
    ],
    learnMore: '/ecs#concepts',
    source: {
      title: 'Updating an Amazon ECS task definition using the console',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/update-task-definition-console-v2.html',
    },
  },
  {
    id: 'target-tracking-cpu',
    topic: 'ecs',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'An ECS service should add and remove tasks to keep average CPU use near 60 percent, with the least configuration effort. Which scaling setup fits?',
    choices: [
      {
        text: "A target tracking policy on the service's average CPU utilization",
        correct: true,
        why: 'Service Auto Scaling with target tracking adjusts the desired count to hold a metric at a target value, and AWS recommends it for most services.',
      },
      {
        text: 'A step scaling policy with alarms for each band of CPU use',
        correct: false,
        why: 'Step scaling can do this, but you define the alarms and the step sizes yourself, which is more work than naming one target.',
      },
      {
        text: 'A scheduled scaling action that adds tasks during office hours',
        correct: false,
        why: 'A schedule changes capacity at fixed times, whatever the CPU is doing, so it cannot hold a CPU target.',
      },
      {
        text: "Managed scaling on the cluster's Auto Scaling group capacity provider",
        correct: false,
        why: 'Managed scaling adds or removes EC2 instances for tasks that need room; it does not change how many tasks the service wants.',
      },
    ],
    learnMore: '/ecs#connections',
    source: factSource('ecs.serviceAutoScalingPolicies'),
  },
  {
    id: 'tasks-waiting-for-instances',
    topic: 'ecs',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/3.2', 'dva-c02/4.1'],
    question:
      'An ECS service uses the EC2 launch type on instances from an Auto Scaling group whose size the team sets by hand. During a peak, Service Auto Scaling raises the desired count, but the service events say new tasks cannot be placed because no container instance has enough free CPU and memory. What should the team do?',
    choices: [
      {
        text: 'Run the service on a capacity provider that has managed scaling',
        correct: true,
        why: 'With managed scaling (cluster auto scaling), ECS grows the Auto Scaling group when tasks need room and shrinks it afterwards. Capacity providers ignore tasks that set a launch type, so the service must use the capacity provider strategy instead. Service Auto Scaling only changes the task count.',
      },
      {
        text: 'Add a second target tracking policy to the same service',
        correct: false,
        why: 'Another task-level policy raises the desired count further but adds no instances, so even more tasks would go unplaced.',
      },
      {
        text: 'Register a task definition with larger CPU and memory sizes',
        correct: false,
        why: 'Bigger tasks need more room, not less, so fewer of them would fit on the instances that exist.',
      },
      {
        text: 'Switch the service to the DAEMON scheduling strategy',
        correct: false,
        why: 'DAEMON places one task per existing instance; it neither adds instances nor lets the service scale with load.',
      },
    ],
    learnMore: '/ecs#connections',
    source: {
      title: 'Amazon ECS managed scaling behavior',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-scaling-behavior.html',
    },
  },
  {
    id: 'kubernetes-manifests-eks',
    topic: 'ecs',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'A company already deploys its containers with Kubernetes manifests and Helm charts on premises. It wants to move them to AWS with the fewest changes. Which service fits?',
    choices: [
      {
        text: 'Amazon EKS',
        correct: true,
        why: 'EKS runs Kubernetes with an AWS-managed control plane, so the existing manifests and charts keep working.',
      },
      {
        text: 'Amazon ECS',
        correct: false,
        why: "ECS is AWS's own orchestrator with task definitions and services, not the Kubernetes API, so the manifests would have to be rewritten.",
      },
      {
        text: 'Amazon ECR',
        correct: false,
        why: 'ECR can hold the images (and Helm charts), but it runs nothing, so it cannot replace the cluster.',
      },
      {
        text: 'AWS Batch',
        correct: false,
        why: 'Batch schedules jobs that run to completion; it does not accept Kubernetes manifests for long-running services.',
      },
    ],
    learnMore: '/ecs#exam-traps',
    source: {title: 'What is Amazon EKS?', url: 'https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html'},
  },
  {
    id: 'ecs-pricing',
    topic: 'ecs',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question: 'A company runs containers with Amazon ECS on the EC2 launch type. What does it pay for?',
    choices: [
      {
        text: 'The EC2 instances and EBS volumes in the cluster, busy or idle',
        correct: true,
        why: 'ECS adds no charge of its own here: the bill is for the AWS resources the tasks use, so instances are paid for whether tasks fill them or not.',
      },
      {
        text: 'An hourly fee per cluster, plus the EC2 instances in it',
        correct: false,
        why: 'ECS has no cluster fee. A per-cluster hourly charge is how Amazon EKS bills for its Kubernetes control plane.',
      },
      {
        text: 'The vCPU and memory each task requests, billed per second',
        correct: false,
        why: 'That is how Fargate bills. On the EC2 launch type you pay for the instances, however many tasks run on them.',
      },
      {
        text: 'The instances plus a management fee for each instance',
        correct: false,
        why: 'A management fee on top of the instances applies to ECS Managed Instances, not to instances you run yourself on the EC2 launch type.',
      },
    ],
    learnMore: '/ecs#pricing',
    source: {title: 'Amazon ECS pricing', url: 'https://aws.amazon.com/ecs/pricing/'},
  },
  {
    id: 'capacity-provider-base-weight',
    topic: 'ecs',
    exams: ['saa-c03'],
    tasks: ['saa-c03/4.2'],
    question:
      'An ECS service on Fargate must always keep two tasks on regular Fargate capacity, and should run the rest of its tasks mostly on Fargate Spot to save money. How should it be configured?',
    choices: [
      {
        text: 'A capacity provider strategy: FARGATE with base 2, FARGATE_SPOT with the larger weight',
        correct: true,
        why: 'The base puts a minimum number of tasks on one provider, and the weights split the remaining tasks between providers in the ratio you set.',
      },
      {
        text: 'A capacity provider strategy: FARGATE_SPOT with base 2, FARGATE with the larger weight',
        correct: false,
        why: 'This is reversed: the two guaranteed tasks would be the interruptible ones, and most of the rest would run at the regular price.',
      },
      {
        text: 'The Fargate launch type with a Spot setting in the task definition',
        correct: false,
        why: 'Spot is chosen through the FARGATE_SPOT capacity provider, not a task definition setting, and a service that sets a launch type cannot use a capacity provider strategy.',
      },
      {
        text: 'Scheduled scaling that moves tasks to Spot outside business hours',
        correct: false,
        why: 'Scheduled scaling changes the task count at set times; it does not choose which capacity provider the tasks run on.',
      },
    ],
    learnMore: '/ecs#limits',
    source: {
      title: 'CapacityProviderStrategyItem (Amazon ECS API Reference)',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
    },
  },
];

export default questions;
