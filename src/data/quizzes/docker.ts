import {factText} from '../facts';
import type {QuizQuestion} from '../types';

const dockerQuiz: readonly QuizQuestion[] = [
  {
    id: 'dockerfile-image-container',
    question:
      'A developer writes a text file of build instructions, builds it into a package, and then starts three running copies of that package. What are the three things called, in order?',
    choices: [
      {text: 'Image, Dockerfile, containers', correct: false},
      {text: 'Dockerfile, image, containers', correct: true},
      {text: 'Dockerfile, container, images', correct: false},
      {text: 'Registry, image, tasks', correct: false},
    ],
    explanation:
      'The Dockerfile is the recipe, the image is what docker build produces from it, and each running copy of the image is a container. One image can back many containers at once.',
    learnMore: '#what-it-is',
  },
  {
    id: 'shared-kernel',
    question: 'What do all the containers running on one host share?',
    choices: [
      {text: "The host's operating system kernel", correct: true},
      {text: 'One guest operating system per container', correct: false},
      {text: 'A hypervisor that gives each container virtual hardware', correct: false},
      {text: 'Nothing: each container is a separate virtual machine', correct: false},
    ],
    explanation:
      'Containers are isolated processes on one operating system, so they share its kernel. A guest OS and virtual hardware per workload describe virtual machines, not containers.',
    learnMore: '#container',
  },
  {
    id: 'registry-service',
    question:
      'A team wants an AWS-managed, private place to store its container images so that Amazon ECS and Amazon EKS can pull them. Which service should it use?',
    choices: [
      {text: 'Amazon ECS', correct: false},
      {text: 'AWS Fargate', correct: false},
      {text: 'Amazon ECR', correct: true},
      {text: 'Amazon EC2', correct: false},
    ],
    explanation:
      'Amazon ECR is the registry: it stores images and runs nothing. ECS schedules containers, and Fargate supplies the compute they run on, but neither stores images.',
    learnMore: '#registry',
  },
  {
    id: 'lambda-container-images',
    question:
      'A Lambda function needs large native libraries, so the team packages it as a container image. Which statement is true today?',
    choices: [
      {text: 'Lambda cannot run container images; only .zip packages are allowed', correct: false},
      {
        text: 'Lambda accepts Linux container images stored in Amazon ECR in the same Region as the function',
        correct: true,
      },
      {text: 'Lambda pulls Windows container images straight from any public registry', correct: false},
      {text: 'The image must be deployed to Fargate, which then calls Lambda', correct: false},
    ],
    explanation: `A container image is one of the two Lambda deployment package types, next to the .zip archive. Lambda supports only Linux-based images, and the image must sit in ${factText('lambda.imageSource')}. Older notes that say Lambda cannot run Docker images are out of date.`,
    learnMore: '#connections',
  },
  {
    id: 'app-runner-replacement',
    question:
      'Today, a brand-new AWS customer wants to hand AWS a container image and get a load-balanced, auto-scaling web service with minimal setup. Which option does AWS now recommend?',
    choices: [
      {text: 'AWS App Runner', correct: false},
      {text: 'Amazon ECS Express Mode', correct: true},
      {text: 'Amazon ECR', correct: false},
      {text: 'AWS Batch', correct: false},
    ],
    explanation: `App Runner stopped accepting new customers on ${factText('docker.appRunnerClosed')}, and AWS points new users to Amazon ECS Express Mode, which builds an ECS service on Fargate with an Application Load Balancer and auto scaling from an image. Older exam items written before that date may still expect App Runner for this scenario; today it is only open to existing customers. ECR only stores images and Batch is for jobs that finish.`,
    learnMore: '#app-runner',
  },
];

export default dockerQuiz;
