import {factText} from '../facts';
import type {Topic} from '../types';

const docker = {
  id: 'docker',
  name: 'Docker',
  shortName: 'Docker',
  fullName: 'Docker container platform',
  searchTerms: [
    'container',
    'containers',
    'containerization',
    'containerisation',
    'container image',
    'Docker image',
    'Dockerfile',
    'docker build',
    'docker push',
    'docker run',
    'container registry',
    'Docker Hub',
    'OCI',
    'Open Container Initiative',
    'image layers',
    'image tag',
    'Docker Engine',
    'container runtime',
    'microservices',
  ],
  group: 'containers',
  path: '/docker',
  summary:
    'Docker packages an application and everything it depends on into an image that runs the same way, as a container, on any host with a compatible kernel.',
  cheatSheet: [
    'A Dockerfile is the recipe, an image is the built read-only package, and a container is a running copy of an image.',
    "Containers share the host's operating system kernel and run as isolated processes, which is why they start and stop quickly.",
    `Amazon ECR is the AWS registry for images: you push to it (the Docker login token lasts ${factText('ecr.authTokenValidity')}), and ECS, EKS, Fargate, Lambda and Batch pull from it.`,
    'ECS runs containers on EC2 instances you manage, on ECS Managed Instances or on Fargate; EKS adds managed node groups, EKS Auto Mode and Hybrid Nodes. Fargate is capacity, not an orchestrator.',
    `Lambda accepts Linux container images as a deployment package; the image must sit in ${factText('lambda.imageSource')}.`,
    'AWS Batch runs containerized jobs on ECS (EC2, Fargate or ECS Managed Instances) or on EKS (EC2 nodes only): Batch on Fargate needs ECS.',
    `AWS App Runner closed to new customers on ${factText('docker.appRunnerClosed')}; AWS now points new users to Amazon ECS Express Mode.`,
  ],
  sources: [
    {title: 'Containers on AWS', url: 'https://aws.amazon.com/containers/'},
    {
      title: 'Pushing a Docker image to an Amazon ECR private repository',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-push-ecr-image.html',
    },
    {
      title: 'AWS CLI Command Reference: aws ecr get-login-password',
      url: 'https://docs.aws.amazon.com/cli/latest/reference/ecr/get-login-password.html',
    },
    {
      title: 'Amazon ECR Public API Reference: Welcome (public and private registries)',
      url: 'https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/Welcome.html',
    },
    {
      title: 'Architect for AWS Fargate for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
    {
      title: 'ManagedInstancesProvider (Amazon ECS Managed Instances), Amazon ECS API Reference',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesProvider.html',
    },
    {
      title: 'Simplify compute management with AWS Fargate (Amazon EKS User Guide)',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
    },
    {
      title: 'Create a Lambda function using a container image',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
    },
    {
      title: 'AWS Lambda Developer Guide: document history',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-releases.html',
    },
    {
      title: 'Amazon EKS User Guide: Manage compute resources by using nodes',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html',
    },
    {
      title: 'AWS Batch User Guide: Fargate compute environments (Amazon ECS orchestration only)',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/fargate.html',
    },
    {
      title: 'AWS Batch User Guide: Compute environments on Amazon ECS Managed Instances',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/ecs-managed-instances-compute-environments.html',
    },
    {
      title: 'AWS App Runner availability change',
      url: 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html',
    },
    {
      title: 'Resources created by Amazon ECS Express Mode services',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html',
    },
  ],
  checkedOn: '2026-12-01',
} as const satisfies Topic;

export default docker;
