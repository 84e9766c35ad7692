import {factShort, factSource, factText} from '../facts';
import type {Question} from '../types';

const questions: readonly Question[] = [
  {
    id: 'dockerfile-image-container',
    topic: 'docker',
    exams: ['clf-c02', 'dva-c02'],
    tasks: ['clf-c02/3.3', 'dva-c02/3.1'],
    question:
      'A developer writes a text file of build instructions, builds it into a package, and then starts three running copies of that package. What are the three things called, in order?',
    choices: [
      {
        text: 'Image, Dockerfile, containers',
        correct: false,
        why: 'The image is the result of the build, not the recipe, so it cannot come first; the Dockerfile is the text file the developer wrote.',
      },
      {
        text: 'Dockerfile, image, containers',
        correct: true,
        why: 'The Dockerfile is the recipe, docker build turns it into an image, and each running copy of that image is a container. One image can back many containers at once.',
      },
      {
        text: 'Dockerfile, container, images',
        correct: false,
        why: 'The build produces an image, not a container, and the running copies are containers, not images: the last two are swapped.',
      },
      {
        text: 'Registry, image, tasks',
        correct: false,
        why: 'A registry stores images that were already built, it is not a file you write. "Task" is the Amazon ECS name for a group of containers, not the general term for a running copy.',
      },
    ],
    learnMore: '/docker#what-it-is',
    source: {
      title: 'Creating a container image for use on Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/create-container-image.html',
    },
  },
  {
    id: 'shared-kernel',
    topic: 'docker',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question: 'Twenty containers run on one Linux server. What do they all share?',
    choices: [
      {
        text: "The host's operating system kernel",
        correct: true,
        why: 'Containers are isolated processes on one operating system, so every container on the host uses its kernel. That is why they start fast and why a Linux host runs only Linux containers.',
      },
      {
        text: 'One guest operating system per container',
        correct: false,
        why: 'A guest operating system belongs to each virtual machine. A container has none: it carries only the app, its libraries and its settings, and runs on the kernel of the host.',
      },
      {
        text: 'A hypervisor that gives each container virtual hardware',
        correct: false,
        why: 'A hypervisor hands out virtual hardware to virtual machines. Containers get no virtual hardware; a container runtime isolates them as processes.',
      },
      {
        text: 'Nothing: each container loads a kernel of its own',
        correct: false,
        why: 'A container has no kernel of its own. Loading a separate kernel per workload is what a virtual machine does, and it is the reason VMs boot more slowly.',
      },
    ],
    learnMore: '/docker#container',
    source: {
      title: "What's the Difference Between Containers and Virtual Machines?",
      url: 'https://aws.amazon.com/compare/the-difference-between-containers-and-virtual-machines/',
    },
  },
  {
    id: 'registry-service',
    topic: 'docker',
    exams: ['clf-c02', 'dva-c02'],
    tasks: ['clf-c02/3.3', 'dva-c02/3.1'],
    question:
      'A team wants an AWS-managed, private place to store its container images so that Amazon ECS and Amazon EKS can pull them. Which service should it use?',
    choices: [
      {
        text: 'Amazon ECS',
        correct: false,
        why: 'ECS schedules and runs containers from images that live somewhere else; it has no image storage of its own.',
      },
      {
        text: 'AWS Fargate',
        correct: false,
        why: 'Fargate supplies the compute that ECS tasks and EKS pods run on. It pulls images, it does not store them.',
      },
      {
        text: 'Amazon ECR',
        correct: true,
        why: 'Amazon ECR is the AWS container registry: private (and public) repositories that Docker and the AWS container services push to and pull from. It stores images and runs nothing.',
      },
      {
        text: 'AWS CodeArtifact',
        correct: false,
        why: 'CodeArtifact stores software packages such as npm, Maven or pip packages, not container images for ECS or EKS to pull.',
      },
    ],
    learnMore: '/docker#registry',
    source: {
      title: 'What is Amazon Elastic Container Registry?',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/what-is-ecr.html',
    },
  },
  {
    id: 'lambda-container-images',
    topic: 'docker',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/3.2', 'dva-c02/1.2', 'dva-c02/3.1'],
    question:
      'A Lambda function needs large native libraries, so the team wants to package it as a container image. Which statement is true today?',
    choices: [
      {
        text: 'Lambda takes only .zip archives, so the libraries must go into layers',
        correct: false,
        why: 'A container image is one of the two Lambda deployment package types, next to the .zip archive. Notes that say Lambda cannot use Docker images are out of date.',
      },
      {
        text: 'Lambda takes a Linux image from a private Amazon ECR repository in its Region',
        correct: true,
        why: `Lambda supports Linux-based container images, and the image must sit in ${factText('lambda.imageSource')}.`,
      },
      {
        text: 'Lambda pulls the image from Docker Hub or ECR Public at each cold start',
        correct: false,
        why: `Lambda does not pull from public registries: the image has to be in ${factText('lambda.imageSource')}. A public image must be copied there first.`,
      },
      {
        text: 'Lambda takes Windows or Linux images, chosen by the function architecture',
        correct: false,
        why: 'Lambda runs Linux images only. The architecture setting picks x86_64 or arm64, not the operating system.',
      },
    ],
    learnMore: '/docker#limits',
    source: factSource('lambda.imageSource'),
  },
  {
    id: 'app-runner-replacement',
    topic: 'docker',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'Today, a brand-new AWS customer wants to hand AWS a container image and get a load-balanced, auto-scaling web service with minimal setup. Which option does AWS now recommend?',
    choices: [
      {
        text: 'AWS App Runner',
        correct: false,
        why: `App Runner stopped accepting new customers on ${factText('docker.appRunnerClosed')}; only existing customers keep using it. Exam items written before that date may still expect App Runner for this scenario, but a new customer cannot sign up for it.`,
      },
      {
        text: 'Amazon ECS Express Mode',
        correct: true,
        why: 'AWS points new users to ECS Express Mode: from an image, a task execution role and an infrastructure role it builds an ECS service on Fargate behind an Application Load Balancer with HTTPS, plus auto scaling.',
      },
      {
        text: 'Amazon ECR',
        correct: false,
        why: 'ECR stores the image but runs nothing, so it cannot serve the web traffic or scale anything.',
      },
      {
        text: 'AWS Batch',
        correct: false,
        why: 'Batch queues jobs that run to completion. A web service that must stay up behind a load balancer is not a batch job.',
      },
    ],
    learnMore: '/docker#connections',
    source: factSource('docker.appRunnerClosed'),
  },
  {
    id: 'lambda-multi-arch-image',
    topic: 'docker',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.1', 'dva-c02/4.1'],
    question:
      "A pipeline uses docker buildx to build one image for both x86_64 and arm64 and pushes the resulting multi-architecture image index to a private ECR repository in the function's Region. Creating a Lambda function from that tag fails because the image media type is not supported. What should the developer change?",
    choices: [
      {
        text: "Build and push a single-architecture image matching the function's architecture",
        correct: true,
        why: 'Lambda does not accept multi-architecture images: a function image must target exactly one instruction set, the same one the function is configured for.',
      },
      {
        text: "Give the function's execution role permission to pull from the repository",
        correct: false,
        why: 'The error is about the kind of image, not about access. More permissions would hand Lambda the same multi-architecture index it cannot use.',
      },
      {
        text: 'Push the same image index to Amazon ECR Public and use that URI',
        correct: false,
        why: `Lambda does not take images from ECR Public: it needs ${factText('lambda.imageSource')}. The index would still be multi-architecture there too.`,
      },
      {
        text: "Set the function's architecture to both x86_64 and arm64",
        correct: false,
        why: 'A Lambda function has exactly one architecture, x86_64 or arm64. There is no setting that makes it run both, so the image must match the one chosen.',
      },
    ],
    learnMore: '/docker#limits',
    source: {
      title: 'Create a Lambda function using a container image',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
    },
  },
  {
    id: 'ecr-login-token-expired',
    topic: 'docker',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.4', 'dva-c02/4.1'],
    question:
      'A build server pushes images to Amazon ECR. It ran docker login with a token from aws ecr get-login-password once, when it was set up, and pushes worked that day. Now docker push fails with an authorization error, although the IAM permissions have not changed. What is the most reliable fix?',
    choices: [
      {
        text: 'Get a fresh token and log in again at the start of every pipeline run',
        correct: true,
        why: `The registry login token is valid for ${factText('ecr.authTokenValidity')}, so a login done once at setup expires. Logging in at the start of each run (or using a credential helper) always pushes with a live token.`,
      },
      {
        text: 'Raise the token lifetime in the repository settings of the registry',
        correct: false,
        why: `ECR has no setting that lengthens the token: it is always valid for ${factText('ecr.authTokenValidity')}. The pipeline has to fetch a new one.`,
      },
      {
        text: 'Move the images to an ECR Public repository so pushes need no login',
        correct: false,
        why: 'Pushing to ECR Public also needs an authentication token, and a public repository would expose the images to everyone. It fixes nothing and weakens security.',
      },
      {
        text: "Write the IAM user's access keys into the Dockerfile as build arguments",
        correct: false,
        why: 'Keys baked into a build end up in the image history, which is a leak. Docker also does not use them to authenticate a push; the registry login is still required.',
      },
    ],
    learnMore: '/docker#how-it-works',
    source: factSource('ecr.authTokenValidity'),
  },
  {
    id: 'tag-with-registry-uri',
    topic: 'docker',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.1'],
    question:
      "After docker build -t orders-api:1.4 . and a successful login to the team's ECR registry, docker push orders-api:1.4 does not reach the orders-api repository that already exists in ECR. What is missing?",
    choices: [
      {
        text: 'Tag the image with the repository URI (registry host/orders-api:1.4) and push that tag',
        correct: true,
        why: "Docker sends a push to the registry named at the start of the image name. Without the account's registry host in the tag it goes to Docker Hub; docker tag adds the ECR URI, then the push lands in the repository.",
      },
      {
        text: 'Run aws ecr create-repository again with the same repository name',
        correct: false,
        why: 'The repository already exists, so creating it again fails and changes nothing about where Docker sends the push.',
      },
      {
        text: 'Export the image with docker save and upload the archive to the repository',
        correct: false,
        why: 'ECR receives images through the registry API that docker push uses; there is no upload of saved archives into a repository.',
      },
      {
        text: 'Retag the image as latest, because ECR accepts only that tag',
        correct: false,
        why: 'ECR accepts any tag, such as 1.4. The problem is the missing registry host in the name, not the tag after the colon.',
      },
    ],
    learnMore: '/docker#how-it-works',
    source: {
      title: 'Pushing a Docker image to an Amazon ECR private repository',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-push-ecr-image.html',
    },
  },
  {
    id: 'same-artifact-everywhere',
    topic: 'docker',
    exams: ['clf-c02', 'dva-c02'],
    tasks: ['clf-c02/3.3', 'dva-c02/3.2'],
    question:
      "A company's releases often break because its test and production servers have different library versions installed. Which property of containers addresses this?",
    choices: [
      {
        text: 'The image bundles the app with its libraries, so the tested image is what runs in production',
        correct: true,
        why: 'A container image carries the app together with its runtime, libraries and settings. Promoting the same image from test to production removes the drift between servers.',
      },
      {
        text: 'Each container boots its own kernel, so differences between hosts disappear',
        correct: false,
        why: 'Containers share the host kernel; they do not boot one. What they fix is the libraries and settings above the kernel, which travel in the image.',
      },
      {
        text: 'Containers update their libraries to the newest version every time they start',
        correct: false,
        why: 'An image is read-only and fixed at build time. Automatic upgrades on start would create exactly the drift the company wants to avoid.',
      },
      {
        text: 'Containers can only run on AWS-managed hosts, which are all configured alike',
        correct: false,
        why: 'Containers run on laptops, your own servers and EC2 instances too. The consistency comes from the image, not from who runs the host.',
      },
    ],
    learnMore: '/docker#when-to-use',
    source: {
      title: "What's the Difference Between Containers and Virtual Machines?",
      url: 'https://aws.amazon.com/compare/the-difference-between-containers-and-virtual-machines/',
    },
  },
  {
    id: 'docker-on-the-bill',
    topic: 'docker',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question:
      'A startup moves its Docker app to Amazon ECS on AWS Fargate and keeps its images in Amazon ECR. Which charges for running these containers appear on its AWS bill?',
    choices: [
      {
        text: 'The vCPU and memory its Fargate tasks request, plus ECR storage for the images',
        correct: true,
        why: 'Docker has no AWS line of its own. You pay for what runs the containers (here Fargate, billed on the resources each task requests) and for keeping images in ECR.',
      },
      {
        text: 'A Docker Engine fee per running container, billed through AWS',
        correct: false,
        why: 'AWS does not bill for Docker itself. The charges come from the compute and storage services that run and hold the containers.',
      },
      {
        text: 'An hourly fee for each ECS cluster, on top of the Fargate usage',
        correct: false,
        why: 'ECS has no cluster fee: on Fargate and EC2 you pay for the capacity used. A per-cluster hourly fee is how Amazon EKS bills for its control plane.',
      },
      {
        text: 'Only the ECR storage, because Fargate compute is included in ECS',
        correct: false,
        why: 'Fargate is billed separately for the vCPU, memory and storage that each task requests; ECS does not include it.',
      },
    ],
    learnMore: '/docker#pricing',
    source: {title: 'AWS Fargate pricing', url: 'https://aws.amazon.com/fargate/pricing/'},
  },
  {
    id: 'long-running-image-not-lambda',
    topic: 'docker',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'A team has a container image of a web server that keeps connections and background threads open for hours. Someone proposes Lambda because Lambda now accepts container images. What should a solutions architect recommend?',
    choices: [
      {
        text: 'Run the image as an Amazon ECS service on Fargate behind a load balancer',
        correct: true,
        why: 'An ECS service keeps the server running with no time limit, replaces failed tasks and registers them with the load balancer, and Fargate removes the servers to manage.',
      },
      {
        text: 'Deploy the image to Lambda and raise the function timeout to several hours',
        correct: false,
        why: `A standard Lambda invocation runs for at most ${factText('lambda.maxTimeout')}, and no function timeout reaches hours: on Lambda Managed Instances the longer limit is ${factShort('lambda.managedInstancesTimeout')}, and only for asynchronous invocations and event source mappings. A container image changes the packaging, not the invocation model or its limits.`,
      },
      {
        text: 'Deploy the image to Lambda with provisioned concurrency so it stays up',
        correct: false,
        why: `Provisioned concurrency keeps execution environments initialized to cut cold starts; each invocation still ends within ${factText('lambda.maxTimeout')}, so no server stays up for hours.`,
      },
      {
        text: 'Store the image in Amazon ECR and serve traffic from the repository',
        correct: false,
        why: 'ECR only stores and serves images to container services; it runs no containers and cannot answer web requests.',
      },
    ],
    learnMore: '/docker#exam-traps',
    source: factSource('lambda.maxTimeout'),
  },
  {
    id: 'windows-image-no-servers',
    topic: 'docker',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'A company has packaged a .NET Framework application as a Windows Server container image. It wants to run it on AWS without provisioning or patching any servers. Which option works?',
    choices: [
      {
        text: 'Amazon ECS tasks on Fargate with a Windows Server operating system family',
        correct: true,
        why: 'Fargate offers Windows Server platforms as well as Linux ones, and AWS runs the hosts. The task definition names the Windows operating system family so the image gets a matching kernel.',
      },
      {
        text: 'A Lambda function created from the image stored in Amazon ECR',
        correct: false,
        why: 'Lambda runs Linux container images only, so a Windows Server image cannot become a function.',
      },
      {
        text: 'Amazon ECS tasks on Fargate Spot, to run the image at a lower price',
        correct: false,
        why: `Fargate Spot supports ${factText('fargate.spotPlatforms')}, so this Windows image needs regular Fargate capacity.`,
      },
      {
        text: 'Amazon ECS tasks on Linux EC2 container instances in an Auto Scaling group',
        correct: false,
        why: 'A Windows image needs a Windows kernel, which a Linux host does not have. The EC2 launch type would also leave the instances for the company to patch.',
      },
    ],
    learnMore: '/docker#limits',
    source: {
      title: 'Architect for AWS Fargate for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
  },
  {
    id: 'registry-orchestrator-compute',
    topic: 'docker',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question: 'Which statement matches each AWS container service to its job correctly?',
    choices: [
      {
        text: 'ECR stores images, ECS schedules and runs containers, Fargate supplies compute for them',
        correct: true,
        why: 'ECR is the registry, ECS is the orchestrator that starts, places and replaces containers, and Fargate is serverless capacity that ECS (or EKS) runs them on.',
      },
      {
        text: 'ECS stores images, Fargate schedules containers, ECR supplies compute for them',
        correct: false,
        why: 'Every role is shifted: ECS stores nothing, Fargate does not schedule work on its own, and ECR runs no containers.',
      },
      {
        text: 'Fargate stores and schedules containers, and ECS is only a monitoring console',
        correct: false,
        why: 'Fargate neither stores images nor orchestrates; ECS (or EKS) does the scheduling. ECS is the orchestrator itself, not a dashboard.',
      },
      {
        text: 'ECR runs containers from its images, and ECS and Fargate are one service',
        correct: false,
        why: 'ECR runs nothing. ECS is an orchestrator and Fargate is one kind of capacity it can use; ECS also runs tasks on EC2 instances.',
      },
    ],
    learnMore: '/docker#connections',
    source: {
      title: 'What is Amazon Elastic Container Service?',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html',
    },
  },
  {
    id: 'image-architecture-mismatch',
    topic: 'docker',
    exams: ['dva-c02'],
    tasks: ['dva-c02/4.1'],
    question:
      'A developer builds an image on an arm64 laptop and pushes it to ECR. The ECS task definition on Fargate sets no runtime platform. The image pulls, but the container exits at once with an error saying the binary format is invalid. What fixes it?',
    choices: [
      {
        text: "Rebuild the image for linux/amd64, or set the task's cpuArchitecture to ARM64",
        correct: true,
        why: 'An image is built for one CPU architecture, and a task runs on ARM only when the task definition asks for ARM64. Making the image and the task agree, either way, lets the binary start.',
      },
      {
        text: 'Give the task more memory so that the container can start',
        correct: false,
        why: 'Memory shortage stops a container with an out-of-memory error, not a binary format error. The image simply does not match the processor.',
      },
      {
        text: 'Add ECR read permissions to the task execution role',
        correct: false,
        why: 'The image was pulled, so the execution role already works. The failure happens after the pull, when the wrong-architecture binary is run.',
      },
      {
        text: 'Mark the container as privileged in the task definition',
        correct: false,
        why: 'Fargate does not support privileged containers, and privilege would not let an arm64 binary run on an x86_64 processor anyway.',
      },
    ],
    learnMore: '/docker#image',
    source: {
      title: 'Specifying the ARM architecture in an Amazon ECS task definition',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-arm-specifying.html',
    },
  },
];

export default questions;
