import type {QuizQuestion} from '../types';

const ecsQuiz: readonly QuizQuestion[] = [
  {
    id: 'service-keeps-count',
    question:
      'A web application on Amazon ECS must always have four copies running, and a copy that crashes must be replaced automatically. Which ECS resource provides this?',
    choices: [
      {text: 'A task definition with four container definitions', correct: false},
      {text: 'An ECS service with a desired count of four', correct: true},
      {text: 'A cluster with four container instances', correct: false},
      {text: 'Four standalone tasks started with RunTask', correct: false},
    ],
    explanation:
      'A service keeps the desired number of tasks running and starts a replacement when one stops or fails its health check. A task definition is only the blueprint, and standalone tasks are not replaced when they stop.',
    learnMore: '#concepts',
  },
  {
    id: 'who-patches-ec2',
    question:
      'A team runs its ECS tasks on the EC2 launch type with an Auto Scaling group. Who is responsible for patching the operating system of the container instances?',
    choices: [
      {text: 'AWS, because ECS is a managed service', correct: false},
      {text: 'The team, because the EC2 instances are theirs to run', correct: true},
      {text: 'Nobody: container instances never need patching', correct: false},
    ],
    explanation:
      'ECS manages the orchestration, not the instances of the EC2 launch type: you choose the AMI, patch it and scale the group. Only Fargate and ECS Managed Instances hand host patching to AWS.',
    learnMore: '#launch-types',
  },
  {
    id: 'alb-path-routing',
    question:
      'Several ECS services on EC2 instances must share one HTTPS listener, with /api going to one service and /web to another, and several copies of a task must fit on the same instance. Which load balancer fits best?',
    choices: [
      {text: 'Application Load Balancer', correct: true},
      {text: 'Network Load Balancer', correct: false},
      {text: 'Gateway Load Balancer', correct: false},
      {text: 'Classic Load Balancer', correct: false},
    ],
    explanation:
      'An Application Load Balancer routes on HTTP paths and supports dynamic host port mapping, so many tasks of one service can run on one instance. A Network Load Balancer works at layer 4 and cannot route on paths.',
    learnMore: '#connections',
  },
  {
    id: 'daemon-agent',
    question:
      'A monitoring agent must run as exactly one task on every EC2 container instance in an ECS cluster. What should you use?',
    choices: [
      {text: 'A service with the DAEMON scheduling strategy on the EC2 launch type', correct: true},
      {text: 'A service with the DAEMON scheduling strategy on Fargate', correct: false},
      {text: 'A REPLICA service whose desired count equals the number of instances', correct: false},
    ],
    explanation:
      'The DAEMON strategy places one task on each active container instance and follows the fleet as it grows. Fargate tasks do not support the DAEMON strategy, and a fixed REPLICA count does not follow the instances.',
    learnMore: '#exam-traps',
  },
  {
    id: 'managed-instances-gpu',
    question:
      'A company wants ECS tasks on GPU instances but does not want to provision, patch or replace the EC2 hosts itself. Which option meets both needs?',
    choices: [
      {text: 'ECS on Fargate', correct: false},
      {text: 'ECS on the EC2 launch type with an Auto Scaling group', correct: false},
      {text: 'Amazon ECS Managed Instances', correct: true},
    ],
    explanation:
      'ECS Managed Instances lets you allow accelerated EC2 instance types while AWS provisions, patches and replaces the hosts. Fargate has no GPUs, and the EC2 launch type leaves the hosts to you. ECS Managed Instances is newer than the exam guides: an older item that asks only for GPUs on ECS expects the EC2 launch type with GPU instances.',
    learnMore: '#launch-types',
  },
];

export default ecsQuiz;
