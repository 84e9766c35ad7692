import {factShort, factText} from '../facts';
import type {QuizQuestion} from '../types';

const fargateQuiz: readonly QuizQuestion[] = [
  {
    id: 'orchestrators',
    question: 'Which services can schedule containers onto AWS Fargate capacity?',
    choices: [
      {text: 'Only Amazon ECS', correct: false},
      {text: 'Amazon ECS and Amazon EKS (and AWS Batch, which uses ECS)', correct: true},
      {text: 'Only AWS Lambda', correct: false},
      {text: 'Amazon EC2 Auto Scaling', correct: false},
    ],
    explanation:
      'Fargate is compute, not an orchestrator: ECS runs tasks on it and EKS runs pods on it through Fargate profiles. AWS Batch can use Fargate compute environments that run on ECS.',
    learnMore: '#what-it-is',
  },
  {
    id: 'too-big-for-fargate',
    question:
      'A containerised simulation needs 48 vCPU and 256 GB of memory in a single task, and the team does not want to provision, patch or replace servers. What is the best fit today?',
    choices: [
      {text: 'A Fargate task with 48 vCPU', correct: false},
      {text: 'Several Fargate tasks that share memory', correct: false},
      {text: 'ECS Managed Instances with large instance types allowed', correct: true},
      {text: 'The EC2 launch type with an Auto Scaling group of large instances', correct: false},
    ],
    explanation: `A Fargate task tops out at ${factText('fargate.maxTaskSize')}, so the task needs EC2 capacity. ECS Managed Instances gives that while AWS provisions and patches the hosts; the EC2 launch type would leave the servers to the team. Exam items written before ECS Managed Instances existed can only offer the EC2 launch type here.`,
    learnMore: '#when-to-use',
  },
  {
    id: 'scratch-space',
    question:
      'A Linux Fargate task needs 150 GiB of temporary disk for intermediate files that can be thrown away when the task ends. What is the simplest option?',
    choices: [
      {text: 'Raise the task ephemeral storage in the task definition', correct: true},
      {text: 'Mount the host instance disk into the container', correct: false},
      {text: 'Nothing: every Fargate task already gets that much by default', correct: false},
    ],
    explanation: `Each ECS task on Fargate gets ${factText('fargate.ephemeralStorage')}. There is no host disk to mount on Fargate. For data that must outlive the task, the answer is Amazon EFS instead.`,
    learnMore: '#limits',
  },
  {
    id: 'fargate-spot',
    question:
      'Nightly image-processing tasks on ECS can be retried if they stop. The team wants the lowest Fargate price. What should it use?',
    choices: [
      {text: 'Fargate Spot through the FARGATE_SPOT capacity provider', correct: true},
      {text: 'Regular Fargate tasks with a larger task size', correct: false},
      {text: 'Fargate Spot for Windows tasks', correct: false},
    ],
    explanation: `Fargate Spot runs interruption-tolerant ECS tasks on spare capacity at ${factShort('fargate.spotDiscount')}, with ${factText('fargate.spotWarning')}. It supports ${factText('fargate.spotPlatforms')}.`,
    learnMore: '#pricing',
  },
  {
    id: 'alb-target-type',
    question:
      'You put an Application Load Balancer in front of an ECS service on Fargate. Which target type must its target group use?',
    choices: [
      {text: 'instance', correct: false},
      {text: 'ip', correct: true},
      {text: 'lambda', correct: false},
    ],
    explanation:
      'Fargate tasks use the awsvpc network mode, so each task has its own elastic network interface and IP address rather than an EC2 instance to register. The target group must therefore use the ip target type.',
    learnMore: '#connections',
  },
];

export default fargateQuiz;
