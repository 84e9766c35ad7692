import {factShort, factSource, factText} from '../facts';
import type {Question} from '../types';

const questions: readonly Question[] = [
  {
    id: 'orchestrators',
    topic: 'fargate',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question: 'Which services can schedule containers onto AWS Fargate capacity?',
    choices: [
      {
        text: 'Only Amazon ECS, through the Fargate launch type',
        correct: false,
        why: 'ECS is the most common way to use Fargate, but EKS runs pods on it too, through Fargate profiles.',
      },
      {
        text: 'Amazon ECS and Amazon EKS (and AWS Batch, through ECS)',
        correct: true,
        why: `Fargate is compute, not an orchestrator: ECS runs tasks on it and EKS runs pods on it. AWS Batch can use Fargate ${factText('ecs.batchOnFargate')}.`,
      },
      {
        text: 'Amazon ECS, Amazon EKS and AWS Lambda',
        correct: false,
        why: 'Lambda runs functions on its own managed environments and does not place containers on Fargate.',
      },
      {
        text: 'Amazon EC2 Auto Scaling, through its launch templates',
        correct: false,
        why: 'EC2 Auto Scaling adds and removes EC2 instances from launch templates. Fargate has no instances for it to manage.',
      },
    ],
    learnMore: '/fargate#what-it-is',
    source: {
      title: 'Simplify compute management with AWS Fargate (Amazon EKS User Guide)',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
    },
  },
  {
    id: 'too-big-for-fargate',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'Today, a containerised simulation needs 48 vCPU and 256 GB of memory in a single ECS task, and the team does not want to provision, patch or replace servers. What is the best fit?',
    choices: [
      {
        text: 'A Fargate task sized at 48 vCPU',
        correct: false,
        why: `A Fargate task tops out at ${factText('fargate.maxTaskSize')}, so a task this large cannot run there.`,
      },
      {
        text: 'Several Fargate tasks that share one pool of memory',
        correct: false,
        why: 'Each Fargate task has its own isolation boundary and shares no memory with other tasks, so the work cannot be pooled into one large task this way.',
      },
      {
        text: 'ECS Managed Instances with large instance types allowed',
        correct: true,
        why: 'The task needs EC2 capacity. ECS Managed Instances runs it on large EC2 instances while AWS provisions, patches and replaces the hosts.',
      },
      {
        text: 'The EC2 launch type with an Auto Scaling group of large instances',
        correct: false,
        why: 'This fits the size but leaves the servers to the team. Exam items written before ECS Managed Instances existed can only offer this answer.',
      },
    ],
    learnMore: '/fargate#when-to-use',
    source: factSource('fargate.maxTaskSize'),
  },
  {
    id: 'scratch-space',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'A Linux task on Fargate needs 150 GiB of temporary disk for intermediate files that can be thrown away when the task ends. What is the simplest option?',
    choices: [
      {
        text: 'Raise the ephemeral storage size in the task definition',
        correct: true,
        why: `Each ECS task on Fargate gets ${factText('fargate.ephemeralStorage')}, so one task parameter covers the need. The space is deleted with the task, which suits throw-away files.`,
      },
      {
        text: 'Mount a directory of the host instance into the container',
        correct: false,
        why: 'Fargate gives no access to a host: there is no instance disk of yours to mount.',
      },
      {
        text: 'Nothing, because every Fargate task already gets that much',
        correct: false,
        why: `Storage per task is ${factText('fargate.ephemeralStorage')}, so the larger size has to be asked for in the task definition.`,
      },
      {
        text: 'Choose a larger CPU size, which raises the disk with it',
        correct: false,
        why: 'Storage is set on its own; a bigger CPU and memory size costs more and leaves the ephemeral storage at its configured size.',
      },
    ],
    learnMore: '/fargate#limits',
    source: factSource('fargate.ephemeralStorage'),
  },
  {
    id: 'fargate-spot',
    topic: 'fargate',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/4.1', 'saa-c03/4.2'],
    question:
      'Nightly image-processing tasks on Amazon ECS can simply be retried if they stop. The team wants the lowest Fargate price. What should it use?',
    choices: [
      {
        text: 'Fargate Spot through the FARGATE_SPOT capacity provider',
        correct: true,
        why: `Fargate Spot runs interruption-tolerant ECS tasks on spare capacity at ${factShort('fargate.spotDiscount')}. When AWS needs the capacity back, a task gets ${factText('fargate.spotWarning')}, and then stops; work that can be retried tolerates that. Spot takes ARM64 (Graviton) Linux tasks too since September 2024, although older exam items may call it x86_64 only.`,
      },
      {
        text: 'Regular Fargate tasks with a larger task size',
        correct: false,
        why: 'Fargate bills for the resources a task requests, so a larger size raises the price rather than lowering it.',
      },
      {
        text: 'Fargate Spot, with the tasks rebuilt as Windows containers',
        correct: false,
        why: `Fargate Spot supports ${factText('fargate.spotPlatforms')}, so as Windows containers the tasks could not use Spot at all.`,
      },
      {
        text: 'A Compute Savings Plan that covers the nightly tasks',
        correct: false,
        why: `A Savings Plan is a commitment to steady spend (${factText('fargate.savingsPlans')}), which suits always-on services. Work that can be retried is what the spare-capacity price of Fargate Spot is for.`,
      },
    ],
    learnMore: '/fargate#pricing',
    source: factSource('fargate.spotDiscount'),
  },
  {
    id: 'alb-target-type',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.1'],
    question:
      'You put an Application Load Balancer in front of an ECS service on Fargate. Which target type must its target group use?',
    choices: [
      {
        text: 'instance',
        correct: false,
        why: 'There is no EC2 instance of yours to register: Fargate tasks are reached through their own network interfaces.',
      },
      {
        text: 'ip',
        correct: true,
        why: 'Fargate tasks use the awsvpc network mode, so each task has its own elastic network interface and IP address, and the target group registers those IP addresses.',
      },
      {
        text: 'lambda',
        correct: false,
        why: 'The lambda target type sends requests to a Lambda function, not to containers.',
      },
      {
        text: 'alb',
        correct: false,
        why: 'The alb target type lets a Network Load Balancer forward to an Application Load Balancer; it cannot register tasks.',
      },
    ],
    learnMore: '/fargate#connections',
    source: {
      title: 'Use load balancing to distribute Amazon ECS service traffic',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html',
    },
  },
  {
    id: 'lasting-shared-storage',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.2'],
    question:
      'The tasks of an ECS service on Fargate save files that users upload. The files must survive when tasks are replaced, and every task must be able to read them. Which storage should the tasks use?',
    choices: [
      {
        text: 'An Amazon EFS file system mounted in the task definition',
        correct: true,
        why: `The storage that outlives tasks is ${factText('fargate.lastingStorage')}. Every task of the service mounts the same file system.`,
      },
      {
        text: 'Larger ephemeral storage on each task',
        correct: false,
        why: 'Ephemeral storage belongs to one task and is deleted when that task stops, so files would be lost on replacement and invisible to other tasks.',
      },
      {
        text: 'One Amazon EBS volume attached to each task',
        correct: false,
        why: `An EBS volume on Fargate is ${factText('fargate.ebsVolumeLifetime')}, and it is attached to one task, so it is neither lasting nor shared. Older exam items know no EBS option here; EFS was and is the answer.`,
      },
      {
        text: 'A bind mount to a directory on the Fargate host',
        correct: false,
        why: "A bind mount on Fargate uses the task's own ephemeral storage, since there is no host of yours; it disappears with the task.",
      },
    ],
    learnMore: '/fargate#limits',
    source: factSource('fargate.lastingStorage'),
  },
  {
    id: 'billing-basis',
    topic: 'fargate',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question: 'How is AWS Fargate billed for an Amazon ECS task?',
    choices: [
      {
        text: 'For the vCPU, memory and storage the task requests, while it runs',
        correct: true,
        why: `The clock runs ${factText('fargate.billingGranularity')}. You pay for what the task asks for, not for a server.`,
      },
      {
        text: 'For each EC2 instance that AWS places the task on, by the hour',
        correct: false,
        why: 'Fargate hosts are hidden and never billed to you as instances. Instance-hours are how the EC2 launch type is paid for.',
      },
      {
        text: 'For each request the containers answer, like a Lambda invocation',
        correct: false,
        why: 'Fargate charges for the resources a running task holds, whether or not requests arrive; per-request pricing belongs to services such as Lambda.',
      },
      {
        text: 'For the CPU the containers actually use, sampled every minute',
        correct: false,
        why: 'The bill follows the requested vCPU and memory, not the measured use, which is why oversized tasks waste money.',
      },
    ],
    learnMore: '/fargate#pricing',
    source: factSource('fargate.billingGranularity'),
  },
  {
    id: 'right-size-tasks',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/4.2'],
    question:
      'CloudWatch shows that the Fargate tasks of a production API use about a tenth of the CPU and memory their task definition requests. The API must not be interrupted. What lowers the cost most directly?',
    choices: [
      {
        text: 'Register a task definition revision with smaller CPU and memory sizes',
        correct: true,
        why: 'Fargate charges for what each task requests, so asking for a size closer to real use cuts the bill for every task while keeping the service on regular capacity.',
      },
      {
        text: 'Move every task of the service to Fargate Spot',
        correct: false,
        why: 'Spot is cheaper, but its tasks can be stopped with a short warning, which breaks the no-interruption requirement, and the tasks would still be oversized.',
      },
      {
        text: 'Add a step scaling policy that removes tasks at night',
        correct: false,
        why: 'Scaling changes how many tasks run, not how much each one requests. Every remaining task would still pay for ten times what it uses.',
      },
      {
        text: 'Set lower CPU limits on the containers but keep the task size',
        correct: false,
        why: 'Billing follows the task-level CPU and memory. Container limits inside an unchanged task size do not change the price.',
      },
    ],
    learnMore: '/fargate#pricing',
    source: {title: 'AWS Fargate pricing', url: 'https://aws.amazon.com/fargate/pricing/'},
  },
  {
    id: 'steady-service-savings-plan',
    topic: 'fargate',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/4.1', 'saa-c03/4.2'],
    question:
      'An ECS service on Fargate runs at the same size around the clock and will for years. It must not be interrupted. Which purchase option lowers its cost without changing the architecture?',
    choices: [
      {
        text: 'A Compute Savings Plan',
        correct: true,
        why: `${factText('fargate.savingsPlans')}. A steady, always-on service is exactly the usage such a commitment suits.`,
      },
      {
        text: 'EC2 Reserved Instances',
        correct: false,
        why: 'Reserved Instances discount EC2 instances. A Fargate service has no instances of yours to reserve.',
      },
      {
        text: 'An EC2 Instance Savings Plan',
        correct: false,
        why: 'An EC2 Instance Savings Plan covers one EC2 instance family in one Region; Fargate usage needs the broader Compute Savings Plan.',
      },
      {
        text: 'Fargate Spot capacity',
        correct: false,
        why: 'Spot tasks can be stopped when AWS needs the capacity back, which the no-interruption requirement rules out.',
      },
    ],
    learnMore: '/fargate#pricing',
    source: factSource('fargate.savingsPlans'),
  },
  {
    id: 'shared-responsibility',
    topic: 'fargate',
    exams: ['clf-c02'],
    tasks: ['clf-c02/2.1'],
    question:
      "A company runs its containers with Amazon ECS on AWS Fargate. Under the shared responsibility model, which task is still the company's?",
    choices: [
      {
        text: 'Keeping its container images free of vulnerable libraries',
        correct: true,
        why: "AWS secures the Fargate hosts, but what runs inside the task is the customer's: the image and its libraries, the application, its IAM permissions and its network rules.",
      },
      {
        text: 'Patching the kernel of the hosts that run the tasks',
        correct: false,
        why: 'On Fargate AWS patches the hosts, rolling out patched platform version revisions; customers never see a host kernel.',
      },
      {
        text: 'Replacing a host when its hardware fails',
        correct: false,
        why: 'Host hardware and its replacement belong to AWS; with Fargate the customer has no hosts at all.',
      },
      {
        text: "Scaling the cluster's fleet of EC2 instances",
        correct: false,
        why: 'A Fargate service has no instance fleet to scale; the customer only chooses how many tasks run.',
      },
    ],
    learnMore: '/fargate#what-it-is',
    source: {
      title: 'AWS shared responsibility model for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
    },
  },
  {
    id: 'security-group-per-task',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/1.2'],
    question:
      "A web service and an API service both run on Fargate in the same VPC. Only the web service's tasks may reach the API on its port. How should this be enforced?",
    choices: [
      {
        text: 'Give each service its own security group, and let the API group accept only the web group',
        correct: true,
        why: "In the awsvpc network mode every task has its own network interface with the security groups of its service, so the rule can reference the web service's group directly.",
      },
      {
        text: 'Add the rule to the security group of the EC2 instances that host the tasks',
        correct: false,
        why: 'Fargate tasks run on hosts you never see, so there are no instances of yours to attach a security group to.',
      },
      {
        text: "Allow the web service in the API service's task execution role",
        correct: false,
        why: 'IAM roles control AWS API calls, not network traffic between tasks. The execution role only lets ECS pull images, send logs and fetch secrets.',
      },
      {
        text: 'Put both services in one ECS cluster, which acts as a network boundary',
        correct: false,
        why: 'A cluster is a logical grouping of tasks and capacity, not a network boundary; it filters no traffic.',
      },
    ],
    learnMore: '/fargate#limits',
    source: {
      title: 'Amazon ECS task networking options for Fargate',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
    },
  },
  {
    id: 'survive-task-retirement',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.2'],
    question:
      'A long-running worker was started on Fargate with RunTask. After a task retirement notice, AWS stopped it, and nothing started it again. Which design keeps one copy of the worker running through future retirements?',
    choices: [
      {
        text: 'Run the worker as an ECS service with a desired count of one',
        correct: true,
        why: 'Fargate has no maximum run time, but tasks on a retired platform version revision are stopped. A service starts a replacement on a current revision by itself; a standalone task is not restarted.',
      },
      {
        text: 'Pin the task to a specific platform version so it is not retired',
        correct: false,
        why: "Naming a platform version does not stop AWS from retiring that version's old revisions; the pinned task is stopped all the same.",
      },
      {
        text: "Set the account's task retirement wait to its longest value",
        correct: false,
        why: `The wait is ${factText('fargate.retirementWait')}. A longer wait only delays the stop; the task is still not restarted afterwards.`,
      },
      {
        text: 'Move the worker to Fargate Spot so it runs on spare capacity',
        correct: false,
        why: 'Spot adds a second way for the task to be stopped, with a short warning, and a standalone Spot task is not restarted either.',
      },
    ],
    learnMore: '/fargate#limits',
    source: factSource('fargate.retirementWait'),
  },
  {
    id: 'eks-fargate-profile',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'On an Amazon EKS cluster, pods in the reports namespace should run on Fargate, while all other pods stay on the existing EC2 nodes. What decides which pods go to Fargate?',
    choices: [
      {
        text: 'A Fargate profile with a selector for the reports namespace',
        correct: true,
        why: 'A Fargate profile lists selectors of a namespace and optional labels; pods that match are scheduled on Fargate, each in its own compute boundary.',
      },
      {
        text: 'The FARGATE capacity provider associated with the EKS cluster',
        correct: false,
        why: 'FARGATE and FARGATE_SPOT capacity providers belong to Amazon ECS clusters. EKS chooses Fargate through Fargate profiles.',
      },
      {
        text: 'A DaemonSet that places the reports pods on Fargate',
        correct: false,
        why: 'DaemonSets put one pod on every node and are not supported on Fargate at all.',
      },
      {
        text: 'A task definition whose requiresCompatibilities is FARGATE',
        correct: false,
        why: 'Task definitions are an Amazon ECS concept. Kubernetes pods on EKS are not described by ECS task definitions.',
      },
    ],
    learnMore: '/fargate#what-it-is',
    source: {
      title: 'Simplify compute management with AWS Fargate (Amazon EKS User Guide)',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
    },
  },
  {
    id: 'private-subnet-image-pull',
    topic: 'fargate',
    exams: ['saa-c03'],
    tasks: ['saa-c03/1.2'],
    question:
      'ECS tasks on Fargate run in private subnets that have no NAT gateway and no route to the internet, as the security team requires. The tasks stop before starting because pulling the image from private Amazon ECR times out. What should the architect add?',
    choices: [
      {
        text: 'Interface endpoints for ecr.api and ecr.dkr and an S3 gateway endpoint',
        correct: true,
        why: "The task reaches ECR's API and registry through the two interface endpoints, and downloads the image layers, which ECR keeps in Amazon S3, through the gateway endpoint, all without leaving the AWS network.",
      },
      {
        text: 'A public IP address on each task in the private subnets',
        correct: false,
        why: 'A public address is useless without a route to an internet gateway, and adding that route would break the no-internet requirement.',
      },
      {
        text: 'The ECR pull permissions attached to the task role',
        correct: false,
        why: 'This is a network problem, not a permission one; and on Fargate the image is pulled with the task execution role, not the task role.',
      },
      {
        text: 'Only an S3 gateway endpoint, since image layers live in S3',
        correct: false,
        why: 'The task must also call the ECR API and registry to get the image manifest and authorize the pull, which needs the two ECR interface endpoints.',
      },
    ],
    learnMore: '/fargate#private-subnets',
    source: {
      title: 'Amazon ECR interface VPC endpoints (AWS PrivateLink)',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
    },
  },
];

export default questions;
