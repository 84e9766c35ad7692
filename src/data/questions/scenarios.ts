import {factShort, factSource, factText} from '../facts';
import type {Question} from '../types';

/**
 * Cross-topic "which service?" scenarios. Each one counts towards the topic
 * of its right answer, whose page is its learnMore.
 */
const questions: readonly Question[] = [
  {
    id: 'thumbnail-on-upload',
    topic: 'lambda',
    scenario: true,
    exams: ['clf-c02', 'saa-c03', 'dva-c02'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2', 'dva-c02/1.2'],
    question:
      'A photo-sharing app stores uploads in Amazon S3, and each new photo needs a thumbnail, which takes about a second to make. Uploads come in bursts at lunchtime and almost stop at night. The team wants no servers and no cost while nothing is uploaded. Which compute option fits best?',
    choices: [
      {
        text: 'A Lambda function invoked by S3 event notifications',
        correct: true,
        why: 'S3 invokes the function for each new object, Lambda runs as many copies as the burst needs, and the bill covers only requests and run time, so quiet nights cost nothing. Writing thumbnails to a second bucket avoids a loop.',
      },
      {
        text: 'An ECS service on Fargate that polls the bucket',
        correct: false,
        why: 'The service’s tasks keep running, and billing, through the night, and polling adds work and delay that S3 events avoid.',
      },
      {
        text: 'An AWS Batch job submitted for each upload',
        correct: false,
        why: 'Batch queues and schedules each job, so one-second work would spend longer waiting to start than running; it is built for long or heavy jobs.',
      },
      {
        text: 'A Lightsail instance running a watcher script',
        correct: false,
        why: 'A fixed server is paid for while idle at night and does not grow with the lunchtime bursts.',
      },
    ],
    learnMore: '/lambda#patterns',
    source: {
      title: 'AWS Lambda Developer Guide: Process Amazon S3 event notifications with Lambda',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
    },
  },
  {
    id: 'weekday-stop-script',
    topic: 'lambda',
    scenario: true,
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/4.2', 'dva-c02/1.2'],
    question:
      'Every weekday at 19:00 a short Python script, which finishes in under a minute, must stop the company’s development EC2 instances. The team wants the cheapest option with no operating system to patch. What should run the script?',
    choices: [
      {
        text: 'A Lightsail instance with a cron job',
        correct: false,
        why: 'The instance is billed all month for a minute of work a day, and its operating system is the team’s to patch.',
      },
      {
        text: 'An ECS service on Fargate whose container runs cron',
        correct: false,
        why: 'No host to patch, but the service keeps a task running around the clock, and Fargate bills its vCPU and memory the whole time.',
      },
      {
        text: 'A Lambda function invoked by an EventBridge Scheduler schedule',
        correct: true,
        why: 'A cron expression in EventBridge Scheduler invokes the function at 19:00; Lambda bills only for the seconds it runs and has no servers to patch.',
      },
      {
        text: 'An AWS Batch job submitted by a schedule',
        correct: false,
        why: 'Batch could run it, but it needs a container image, a job queue and a compute environment, all meant for long or heavy jobs, to make one short API call.',
      },
    ],
    learnMore: '/lambda#patterns',
    source: {
      title: 'AWS Lambda Developer Guide: Invoke a Lambda function on a schedule',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html',
    },
  },
  {
    id: 'bursty-queue-consumer',
    topic: 'lambda',
    scenario: true,
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/2.1', 'dva-c02/1.2'],
    question:
      'Orders arrive on an Amazon SQS queue: thousands a minute during sales, almost none overnight. Each message takes a second or two to process. Which option needs the least operations work and costs nothing while the queue is empty?',
    choices: [
      {
        text: 'Amazon API Gateway in front of a Lambda function',
        correct: false,
        why: 'API Gateway is for HTTP callers. Queue messages reach Lambda directly through an event source mapping, so an API adds cost and nothing else.',
      },
      {
        text: 'An ECS service on EC2 instances running worker tasks',
        correct: false,
        why: 'The team would run, patch and scale the instances, and they would cost money overnight while the queue is empty.',
      },
      {
        text: 'An AWS Batch array job for each batch of messages',
        correct: false,
        why: 'Batch schedules jobs that run for minutes or hours; seconds of work per message would spend longer being scheduled than processed.',
      },
      {
        text: 'A Lambda function with the queue as its event source',
        correct: true,
        why: 'Lambda polls the queue, hands batches of messages to the function and adds or removes pollers with the backlog; with an empty queue there is nothing to pay for compute.',
      },
    ],
    learnMore: '/lambda#what-it-is',
    source: {
      title: 'AWS Lambda Developer Guide: Using Lambda with Amazon SQS',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
    },
  },
  {
    id: 'mobile-backend-api',
    topic: 'api-gateway',
    scenario: true,
    exams: ['clf-c02', 'saa-c03', 'dva-c02'],
    tasks: ['clf-c02/3.5', 'saa-c03/2.1', 'dva-c02/2.1'],
    question:
      'A mobile app needs a REST backend. Each request is answered in well under a second, traffic is unpredictable, and every call must carry a valid token from an Amazon Cognito user pool. The team wants no servers to manage. Which design fits best?',
    choices: [
      {
        text: 'A Lightsail instance running the API server',
        correct: false,
        why: 'One fixed server does not follow unpredictable traffic, its operating system must be patched, and token checks would be coded by hand.',
      },
      {
        text: 'An API Gateway REST API with a Cognito authorizer, in front of Lambda',
        correct: true,
        why: 'API Gateway checks the Cognito token before the request reaches the function, both services scale by themselves, and short requests fit well within the integration timeout.',
      },
      {
        text: 'An ECS service on EC2 behind an Application Load Balancer',
        correct: false,
        why: 'It can serve the API, but the team would launch, patch and scale the container instances, which is what it wants to avoid.',
      },
      {
        text: 'AWS Batch jobs submitted for each request',
        correct: false,
        why: 'Batch runs non-interactive jobs from a queue; no app can wait on a job for its answer.',
      },
    ],
    learnMore: '/api-gateway#in-front-of-lambda',
    source: {
      title: 'Amazon API Gateway Developer Guide: Control access to REST APIs using Amazon Cognito user pools',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html',
    },
  },
  {
    id: 'partner-quotas',
    topic: 'api-gateway',
    scenario: true,
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/2.1', 'dva-c02/2.1'],
    question:
      'A company sells access to its API to partner companies. Each partner must have its own request rate limit and monthly request quota. The backend is a set of short Lambda functions. What should sit in front of them?',
    choices: [
      {
        text: 'An API Gateway HTTP API with a JWT authorizer',
        correct: false,
        why: 'HTTP APIs are cheaper, but they support neither API keys nor usage plans, so there is no per-partner rate limit or quota.',
      },
      {
        text: 'One Lambda function URL for each partner',
        correct: false,
        why: 'A function URL is protected by IAM or left public; it has no per-client rate limits or quotas, and a copy of the function per partner multiplies what has to be deployed.',
      },
      {
        text: 'An Application Load Balancer with the functions as targets',
        correct: false,
        why: 'An ALB can invoke Lambda functions, but it has no API keys, per-client throttles or quotas.',
      },
      {
        text: 'An API Gateway REST API with usage plans and API keys',
        correct: true,
        why: 'Each partner gets an API key tied to a usage plan with its own throttle and quota. Combine the keys with an authorizer for access control, and treat quotas as best effort rather than a hard stop.',
      },
    ],
    learnMore: '/api-gateway#security',
    source: {
      title: 'Amazon API Gateway Developer Guide: Usage plans and API keys for REST APIs',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
    },
  },
  {
    id: 'live-chat',
    topic: 'api-gateway',
    scenario: true,
    exams: ['clf-c02', 'saa-c03', 'dva-c02'],
    tasks: ['clf-c02/3.5', 'saa-c03/2.1', 'dva-c02/1.1'],
    question:
      'A support chat widget must let browsers and the backend send each other messages at any moment over a connection that stays open. The team wants a serverless design in which Lambda functions handle the messages. What should the browsers connect to?',
    choices: [
      {
        text: 'An API Gateway REST API that browsers poll every second',
        correct: false,
        why: 'Polling adds up to a second of delay and bills every empty call, and the backend still cannot push a message the moment it has one.',
      },
      {
        text: 'An API Gateway HTTP API with Lambda integrations',
        correct: false,
        why: 'HTTP APIs are request and response only: the backend cannot send a message until the browser asks.',
      },
      {
        text: 'An API Gateway WebSocket API with Lambda integrations',
        correct: true,
        why: 'A WebSocket API keeps the connection open, so both sides can send at any time, and routes each message to a Lambda function; nothing runs on a server you manage.',
      },
      {
        text: 'A Lightsail instance running a WebSocket server',
        correct: false,
        why: 'It can hold the connections, but it is a server to patch and scale by hand, not the serverless design asked for.',
      },
    ],
    learnMore: '/api-gateway#api-types',
    source: {
      title: 'Amazon API Gateway Developer Guide: WebSocket APIs in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html',
    },
  },
  {
    id: 'slow-report-request',
    topic: 'api-gateway',
    scenario: true,
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/2.1', 'dva-c02/1.1'],
    question:
      'Customers ask for a PDF report through an HTTPS API, and building one takes a Lambda function about eight minutes. Customers are happy to come back later for the file. Which design works reliably?',
    choices: [
      {
        text: 'A REST API with default settings that calls the function synchronously and waits',
        correct: false,
        why: `A REST API waits ${factText('api-gateway.restTimeout')}. Even a raised timeout or a streamed response ties a connection up for minutes; exam items expect the asynchronous design.`,
      },
      {
        text: 'An HTTP API with its integration timeout raised to ten minutes',
        correct: false,
        why: `An HTTP API waits ${factText('api-gateway.httpTimeout')}.`,
      },
      {
        text: 'The API queues the request in SQS, a function builds the report, and the client checks back',
        correct: true,
        why: 'API Gateway answers at once with a request ID, the work runs from the queue within Lambda’s limit, and the client polls a status route (or is notified) when the file is ready.',
      },
      {
        text: 'Keep the synchronous call and give the function more memory',
        correct: false,
        why: 'More memory brings more CPU and may speed the build up, but nothing guarantees that eight minutes of work drops under the integration timeout.',
      },
    ],
    learnMore: '/api-gateway#exam-traps',
    source: factSource('api-gateway.restTimeout'),
  },
  {
    id: 'container-api-no-servers',
    topic: 'fargate',
    scenario: true,
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'A two-person team has packaged its REST API as a Docker image. The API must be up around the clock, its traffic rises and falls during the day, and the team wants no servers to patch or scale. Which option fits best?',
    choices: [
      {
        text: 'An ECS service on the EC2 launch type',
        correct: false,
        why: 'ECS would run the containers, but on the EC2 launch type the team launches, patches and scales the container instances.',
      },
      {
        text: 'A Lambda function built from the same image',
        correct: false,
        why: 'Lambda runs an image only if it includes a Lambda runtime interface client, and it runs per request rather than as an always-on server, so the image would need reworking.',
      },
      {
        text: 'An ECS service on Fargate behind an Application Load Balancer',
        correct: true,
        why: 'Fargate runs each task with no hosts to look after, the service keeps the API up and replaces failed tasks, and Service Auto Scaling adds and removes tasks as traffic changes.',
      },
      {
        text: 'A Lightsail container service',
        correct: false,
        why: 'It runs the image at a fixed price, but with the number of nodes you set: it does not follow the daily traffic by itself.',
      },
    ],
    learnMore: '/fargate#when-to-use',
    source: {
      title: 'Amazon ECS Developer Guide: AWS Fargate for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
  },
  {
    id: 'tenant-isolation',
    topic: 'fargate',
    scenario: true,
    exams: ['saa-c03'],
    tasks: ['saa-c03/1.2'],
    question:
      'A SaaS platform runs code that its customers upload, packaged as containers, one task per customer; each task runs for several hours. Security requires that no customer’s task shares an operating system kernel with another’s, and the team does not want to manage servers. Which option fits?',
    choices: [
      {
        text: 'ECS tasks packed onto shared EC2 container instances',
        correct: false,
        why: 'Tasks on the same instance share its kernel, and the team would also manage the instances.',
      },
      {
        text: 'ECS tasks on Fargate',
        correct: true,
        why: 'Each Fargate task has its own isolation boundary and shares no kernel, CPU, memory or network interface with other tasks, and there are no hosts to manage.',
      },
      {
        text: 'An EKS managed node group with one namespace per customer',
        correct: false,
        why: 'Namespaces separate names and quotas, but pods on the same node still share its kernel.',
      },
      {
        text: 'Standard Lambda functions built from the customers’ images',
        correct: false,
        why: `Customers’ images would need a Lambda runtime interface client, and tasks of several hours exceed one standard invocation's ${factShort('lambda.maxTimeout')}.`,
      },
    ],
    learnMore: '/fargate#what-it-is',
    source: {
      title: 'Amazon ECS Developer Guide: AWS Fargate for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
  },
  {
    id: 'microservices-no-servers',
    topic: 'fargate',
    scenario: true,
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3', 'clf-c02/2.1'],
    question:
      'A startup has three microservices packaged as Docker images. It wants AWS to run the containers without the startup provisioning, patching or scaling any servers. Which AWS service provides this compute?',
    choices: [
      {
        text: 'Amazon EC2',
        correct: false,
        why: 'EC2 gives you virtual servers: choosing, patching and scaling them stays with the startup.',
      },
      {
        text: 'Amazon Elastic Container Registry (Amazon ECR)',
        correct: false,
        why: 'ECR stores and serves the images; it runs nothing.',
      },
      {
        text: 'Amazon Lightsail instances',
        correct: false,
        why: 'Lightsail sells servers whose operating system and software the startup looks after, and they do not scale by themselves.',
      },
      {
        text: 'AWS Fargate',
        correct: true,
        why: 'Fargate is serverless compute for containers: with ECS (or EKS) placing the tasks, AWS supplies, patches and scales the capacity underneath.',
      },
    ],
    learnMore: '/fargate#what-it-is',
    source: {
      title: 'Amazon ECS Developer Guide: AWS Fargate for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
  },
  {
    id: 'interruptible-queue-workers',
    topic: 'fargate',
    scenario: true,
    exams: ['saa-c03'],
    tasks: ['saa-c03/4.2'],
    question:
      'Containerized workers on Amazon ECS take jobs from a queue. Each job takes about half an hour and can simply be retried if its worker stops. The team wants the lowest compute price without managing any servers. Which capacity should the workers use?',
    choices: [
      {
        text: 'Regular Fargate capacity',
        correct: false,
        why: 'It meets the no-servers need, but at the full Fargate price, which interruption-tolerant work does not have to pay.',
      },
      {
        text: 'Fargate Spot capacity',
        correct: true,
        why: `Fargate Spot costs ${factText('fargate.spotDiscount')}. A task may be stopped after ${factText('fargate.spotWarning')}, which work that can be retried tolerates.`,
      },
      {
        text: 'EC2 Spot Instances in the cluster’s Auto Scaling group',
        correct: false,
        why: 'Spot Instances are cheap too, but the team would manage the container instances, their AMI and their scaling.',
      },
      {
        text: 'A Lightsail container service',
        correct: false,
        why: 'It has a fixed monthly price for a set number of nodes, with no Spot discount and no scaling with the queue.',
      },
    ],
    learnMore: '/fargate#pricing',
    source: factSource('fargate.spotDiscount'),
  },
  {
    id: 'gpu-hosts-aws-patches',
    topic: 'ecs',
    scenario: true,
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'As of today, a containerized image-recognition service on Amazon ECS needs GPU instances around the clock. The team wants AWS to provision, patch and replace the hosts, while it still decides which GPU instance types are allowed. Which capacity option fits?',
    choices: [
      {
        text: 'AWS Fargate',
        correct: false,
        why: 'Fargate offers no GPUs: the gpu task definition parameter is not supported there.',
      },
      {
        text: 'The EC2 launch type with GPU instances',
        correct: false,
        why: 'It runs GPU tasks, and older exam items give it as the GPU answer, but the team would patch and replace the instances itself.',
      },
      {
        text: 'ECS Managed Instances that allow GPU instance types',
        correct: true,
        why: 'Managed Instances launch the EC2 instance types you allow, GPU types included, and AWS provisions, patches and replaces them. It is newer than the exam guides, whose GPU answer is the EC2 launch type.',
      },
      {
        text: 'Lambda functions packaged as container images',
        correct: false,
        why: 'Lambda offers no GPUs, and it runs per request rather than as an always-on service.',
      },
    ],
    learnMore: '/ecs#launch-types',
    source: {
      title: 'Amazon ECS Developer Guide: Architect for Amazon ECS Managed Instances',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
    },
  },
  {
    id: 'hardened-ami-daemon',
    topic: 'ecs',
    scenario: true,
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2', 'saa-c03/1.2'],
    question:
      'A bank’s security team builds its own hardened AMI: every container host must boot from it and run a security agent as exactly one task per host. The containerized services have steady load, and the operations team already patches EC2 fleets. Which option fits?',
    choices: [
      {
        text: 'ECS on the EC2 launch type, with a DAEMON service for the agent',
        correct: true,
        why: 'With the EC2 launch type the team picks the AMI for its Auto Scaling group, and the DAEMON strategy places exactly one agent task on every container instance.',
      },
      {
        text: 'ECS on Fargate, with the agent as a sidecar container',
        correct: false,
        why: 'Fargate hides the hosts: there is no AMI to choose and no DAEMON strategy, so the hardened image cannot be used.',
      },
      {
        text: 'ECS Managed Instances, with a managed daemon for the agent',
        correct: false,
        why: 'Managed daemons could run the agent, but AWS provides and patches the hosts’ operating system, so the security team’s own AMI has no place there.',
      },
      {
        text: 'Lambda functions, with the agent as a Lambda layer',
        correct: false,
        why: 'Lambda gives no access to its hosts, so neither the AMI nor a per-host agent is possible.',
      },
    ],
    learnMore: '/ecs#launch-types',
    source: {
      title: 'Amazon ECS Developer Guide: Amazon ECS clusters',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/clusters.html',
    },
  },
  {
    id: 'kubernetes-manifests',
    topic: 'docker',
    scenario: true,
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'A team is moving off its own Kubernetes cluster on premises. It has Helm charts and manifests, uses kubectl every day, and wants AWS to run the Kubernetes control plane. Which service fits?',
    choices: [
      {
        text: 'Amazon ECS on AWS Fargate',
        correct: false,
        why: 'ECS is AWS’s own orchestrator, not Kubernetes: the manifests and charts would have to be rewritten as task definitions and services.',
      },
      {
        text: 'Amazon EKS',
        correct: true,
        why: 'EKS runs Kubernetes with an AWS-managed control plane, so kubectl, manifests and Helm charts keep working; the pods can run on EC2 nodes, EKS Auto Mode or Fargate.',
      },
      {
        text: 'AWS Elastic Beanstalk with the Docker platform',
        correct: false,
        why: 'Beanstalk deploys containers onto EC2 instances it manages for you, but it offers no Kubernetes API for the existing manifests.',
      },
      {
        text: 'A Lightsail container service',
        correct: false,
        why: 'It runs a few containers on a fixed number of nodes with its own deployment format; there is no Kubernetes control plane.',
      },
    ],
    learnMore: '/docker#connections',
    source: {
      title: 'Amazon EKS User Guide: What is Amazon EKS?',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html',
    },
  },
  {
    id: 'image-to-https-endpoint',
    topic: 'docker',
    scenario: true,
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/3.2', 'dva-c02/3.1'],
    question:
      'A company opening its first AWS account today wants to hand over the container image of a web app and get an HTTPS endpoint, a load balancer and auto scaling set up for it, with as few decisions as possible. Which option fits?',
    choices: [
      {
        text: 'AWS App Runner',
        correct: false,
        why: `App Runner was the usual answer in older exam items, but it stopped accepting new customers on ${factText('docker.appRunnerClosed')}; AWS points new users to ECS Express Mode.`,
      },
      {
        text: 'Amazon ECS Express Mode',
        correct: true,
        why: 'From an image, a task execution role and an infrastructure role, Express Mode creates an ECS service on Fargate behind an Application Load Balancer with an HTTPS listener, plus auto scaling.',
      },
      {
        text: 'An ECS service on EC2 set up by hand',
        correct: false,
        why: 'It can run the app, but the company would choose and run instances and build the load balancer, target groups and scaling itself.',
      },
      {
        text: 'A Lambda function URL for the image',
        correct: false,
        why: 'A function URL gives an HTTPS endpoint, but the image must include a Lambda runtime interface client; an ordinary web server image does not run on Lambda as it is.',
      },
    ],
    learnMore: '/docker#app-runner',
    source: {
      title: 'Amazon ECS Developer Guide: Resources created by Amazon ECS Express Mode services',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html',
    },
  },
  {
    id: 'weekend-genomics',
    topic: 'batch',
    scenario: true,
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/4.2'],
    question:
      'A research lab aligns thousands of genomes each weekend. Each alignment is an independent containerized job that runs for hours and can start over if interrupted. The lab wants the lowest cost and does not want to build a scheduler. Which option fits best?',
    choices: [
      {
        text: 'Standard AWS Lambda functions, one invocation per genome',
        correct: false,
        why: `Jobs of hours exceed one standard invocation's ${factShort('lambda.maxTimeout')}, the ceiling exam items expect.`,
      },
      {
        text: 'An ECS service on Fargate running the aligner',
        correct: false,
        why: 'A service keeps a set number of tasks running and replaces any that exit; it has no job queue and does not know when the work is done.',
      },
      {
        text: 'AWS Batch array jobs on a Spot compute environment',
        correct: true,
        why: 'An array job submits the whole set at once, Batch launches Spot capacity for the queue and removes it afterwards, and a retry strategy reruns jobs whose instance was reclaimed.',
      },
      {
        text: 'Lightsail instances that the lab starts each weekend',
        correct: false,
        why: 'Fixed servers started by hand: nothing queues the jobs, retries them or sizes the fleet to the backlog.',
      },
    ],
    learnMore: '/batch#when-to-use',
    source: {
      title: 'AWS Batch User Guide: What is AWS Batch?',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/what-is-batch.html',
    },
  },
  {
    id: 'mpi-weather-model',
    topic: 'batch',
    scenario: true,
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'A weather model uses MPI: its processes run across many instances at once and exchange data constantly over the network. It is containerized and runs for several hours each night. Which option fits?',
    choices: [
      {
        text: 'An AWS Batch array job on Fargate Spot',
        correct: false,
        why: 'Array children are independent jobs that cannot work as one, and multi-node parallel jobs are supported on neither Fargate nor Spot.',
      },
      {
        text: 'Lambda functions invoked in parallel',
        correct: false,
        why: `Invocations cannot talk to each other directly like MPI ranks, and one invocation stops after ${factShort('lambda.maxTimeout')}.`,
      },
      {
        text: 'An ECS service on Fargate with one task per process',
        correct: false,
        why: 'Nothing starts the tasks together as one job or keeps them close on the network, and the service would restart them after the run ends.',
      },
      {
        text: 'An AWS Batch multi-node parallel job on On-Demand EC2',
        correct: true,
        why: 'A multi-node parallel job starts a main node and its child nodes together as one job on a managed On-Demand EC2 environment; a cluster placement group keeps them close for fast networking.',
      },
    ],
    learnMore: '/batch#job-types',
    source: {
      title: 'AWS Batch User Guide: Multi-node parallel jobs',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html',
    },
  },
  {
    id: 'files-too-long-for-lambda',
    topic: 'batch',
    scenario: true,
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2', 'saa-c03/2.1'],
    question:
      'Every night about two thousand files land in Amazon S3. Processing one file takes twenty to forty minutes in a container, failed runs must be retried automatically, and all results are needed by morning. Nothing should run during the day. Which option fits best?',
    choices: [
      {
        text: 'A standard Lambda function invoked for each file',
        correct: false,
        why: `A standard invocation stops after ${factText('lambda.maxTimeout')}, which most files exceed. Lambda Managed Instances now allow longer asynchronous runs, but they keep EC2 capacity provisioned, and exam items expect the ${factShort('lambda.maxTimeout')} ceiling.`,
      },
      {
        text: 'AWS Batch jobs submitted through EventBridge',
        correct: true,
        why: 'Batch queues the night’s jobs with no run-time limit, retries failures with a retry strategy, and a managed compute environment scales to zero when the queue is empty.',
      },
      {
        text: 'Amazon API Gateway in front of a Lambda function',
        correct: false,
        why: 'No HTTP client waits for these files, and the code would still be Lambda, with an even shorter wait at API Gateway.',
      },
      {
        text: 'An ECS service on EC2 sized for the nightly peak',
        correct: false,
        why: 'The instances would sit idle all day unless the team builds its own scaling, and a service has no job queue or per-job retries.',
      },
    ],
    learnMore: '/batch#batch-vs-lambda',
    source: factSource('lambda.maxTimeout'),
  },
  {
    id: 'render-farm-gpu',
    topic: 'batch',
    scenario: true,
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'An animation studio renders thousands of frames overnight. Each frame is an independent containerized job that needs a GPU for several minutes. The studio wants capacity only while frames are waiting. Which option fits best?',
    choices: [
      {
        text: 'AWS Batch with an EC2 compute environment of GPU instances',
        correct: true,
        why: 'Batch queues the frames (an array job suits them), launches GPU instances for the queue and removes them when it is empty; GPUs need EC2 capacity.',
      },
      {
        text: 'AWS Batch with a Fargate compute environment',
        correct: false,
        why: 'Batch is right, but Fargate offers no GPUs, so the jobs could not run there.',
      },
      {
        text: 'Lambda functions, one per frame',
        correct: false,
        why: 'Lambda has no GPUs, however short each frame is.',
      },
      {
        text: 'A Lightsail instance for each artist',
        correct: false,
        why: 'Fixed servers without a job queue, billed all month; they neither follow the night’s backlog nor offer GPUs.',
      },
    ],
    learnMore: '/batch#fargate-limits',
    source: {
      title: 'AWS Batch User Guide: Choose the right compute environment resource',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/bestpractice4.html',
    },
  },
  {
    id: 'freelancer-lamp',
    topic: 'lightsail',
    scenario: true,
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3', 'clf-c02/4.1'],
    question:
      'A freelancer needs a small LAMP server for client demos and a couple of small websites. She has little AWS experience and wants one predictable monthly bill that covers the server, its storage and its data transfer. Which option fits best?',
    choices: [
      {
        text: 'Amazon EC2 with an Application Load Balancer and Auto Scaling',
        correct: false,
        why: 'More than she needs: she would design the network and scaling herself, and the instance, storage, load balancer and data transfer are each billed separately.',
      },
      {
        text: 'Amazon ECS on AWS Fargate',
        correct: false,
        why: 'She would have to package the stack as containers and add a load balancer, and the bill would follow usage rather than stay fixed.',
      },
      {
        text: 'Amazon Lightsail with a LAMP blueprint',
        correct: true,
        why: 'A blueprint starts the server with the LAMP stack installed, and the plan bundles vCPUs, memory, SSD storage and a data transfer allowance for one monthly price.',
      },
      {
        text: 'Amazon API Gateway with AWS Lambda',
        correct: false,
        why: 'That means rewriting the sites as functions, gives her no server to demo, and bills per request.',
      },
    ],
    learnMore: '/lightsail#when-to-use',
    source: {
      title: 'Amazon Lightsail API Reference: Blueprint',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_Blueprint.html',
    },
  },
  {
    id: 'one-container-fixed-price',
    topic: 'lightsail',
    scenario: true,
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'A small shop has one containerized web app with modest, steady traffic. It wants a fixed monthly price, and no servers, cluster or load balancer of its own to configure. Which option fits best?',
    choices: [
      {
        text: 'A Lightsail container service',
        correct: true,
        why: 'It runs the image on nodes of a chosen power and scale at a fixed monthly price (power times scale) and gives it a public HTTPS endpoint, with no cluster to build.',
      },
      {
        text: 'Amazon ECS on Fargate behind an Application Load Balancer',
        correct: false,
        why: 'No servers, but the shop would set up a cluster, a service and a load balancer, and the bill would follow usage.',
      },
      {
        text: 'An Amazon EKS cluster',
        correct: false,
        why: 'A whole Kubernetes cluster, with its control plane billed on top, is far more than one small app needs.',
      },
      {
        text: 'AWS Lambda running the container image',
        correct: false,
        why: 'The image would need a Lambda runtime interface client, and Lambda bills per request and run time, not a fixed monthly price.',
      },
    ],
    learnMore: '/lightsail#toolkit',
    source: {
      title: 'Amazon Lightsail API Reference: CreateContainerService',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateContainerService.html',
    },
  },
  {
    id: 'windows-office-server',
    topic: 'lightsail',
    scenario: true,
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3', 'clf-c02/4.1'],
    question:
      'A small accounting office needs one Windows Server machine in the cloud for a legacy desktop application that staff reach over Remote Desktop. It wants the Windows license included, a predictable monthly price and as little setup as possible. Which option fits best?',
    choices: [
      {
        text: 'An Amazon EC2 Windows instance in a new VPC',
        correct: false,
        why: 'EC2 Windows instances include the license too, but the office would design the network, and the instance, its storage and its data transfer are billed separately.',
      },
      {
        text: 'A Lightsail instance on a Windows Server plan',
        correct: true,
        why: `Lightsail Windows plans include the Windows Server license in a fixed monthly price, starting at ${factText('lightsail.smallestWindowsPlan')}, and the instance is ready without network design.`,
      },
      {
        text: 'Windows containers on AWS Fargate',
        correct: false,
        why: 'A desktop application that staff reach over Remote Desktop is not a container workload, and Fargate gives no access to a machine.',
      },
      {
        text: 'An AWS Lambda function on a Windows runtime',
        correct: false,
        why: 'Lambda runs functions on Linux, with no Windows runtime and no machine to connect to.',
      },
    ],
    learnMore: '/lightsail#what-a-plan-includes',
    source: factSource('lightsail.smallestWindowsPlan'),
  },
  {
    id: 'legacy-windows-driver',
    topic: 'docker-vs-vm',
    scenario: true,
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'A legacy line-of-business application must move to AWS as it is. It needs a specific Windows Server version, installs a kernel-mode driver, and comes with a licensed agent that expects a whole machine. It runs around the clock. Which option fits?',
    choices: [
      {
        text: 'Windows containers on AWS Fargate',
        correct: false,
        why: 'Containers share the host’s kernel, and Fargate gives no host access, so a kernel-mode driver and a whole-machine agent cannot be installed.',
      },
      {
        text: 'An Amazon EC2 instance with that Windows Server version',
        correct: true,
        why: 'An EC2 instance is a virtual machine with its own guest operating system, so the app, its driver and its agent move over as they are, with full control of the OS.',
      },
      {
        text: 'AWS Lambda with a custom runtime',
        correct: false,
        why: 'Lambda runs functions on Linux with no control of the operating system, and one invocation stops after a limit; it cannot host a Windows server.',
      },
      {
        text: 'AWS Batch on a managed compute environment',
        correct: false,
        why: 'Batch runs container jobs that end; it neither hosts an always-on application nor gives it a machine of its own.',
      },
    ],
    learnMore: '/docker-vs-vm#when-to-use',
    source: {
      title: 'AWS: What’s the difference between containers and virtual machines?',
      url: 'https://aws.amazon.com/compare/the-difference-between-containers-and-virtual-machines/',
    },
  },
  {
    id: 'scale-to-zero-web-app',
    topic: 'serverless',
    scenario: true,
    exams: ['clf-c02', 'saa-c03', 'dva-c02'],
    tasks: ['clf-c02/1.4', 'saa-c03/4.2', 'dva-c02/1.1'],
    question:
      'A new product’s web app has unknown traffic: maybe nobody for weeks, maybe a sudden rush after launch. The tiny team wants costs near zero while idle, automatic scaling, and no servers or database instances to manage. Which architecture fits best?',
    choices: [
      {
        text: 'EC2 instances in an Auto Scaling group with an Amazon RDS database',
        correct: false,
        why: 'It scales, but at least one instance and the database instance are paid for while nobody uses the app, and the team manages both.',
      },
      {
        text: 'Amazon S3, API Gateway, AWS Lambda and Amazon DynamoDB',
        correct: true,
        why: 'S3 serves the static files, API Gateway and Lambda answer the API calls, and DynamoDB stores the data: each scales by itself and bills by use, so an idle app costs almost nothing.',
      },
      {
        text: 'A Lightsail instance with a Lightsail managed database',
        correct: false,
        why: 'The monthly plans are charged whether or not anyone visits, and nothing adds servers when the rush comes.',
      },
      {
        text: 'ECS on EC2 instances with an Amazon RDS database',
        correct: false,
        why: 'ECS on EC2 and RDS are managed, but not serverless: the team chooses instance sizes and pays while they idle.',
      },
    ],
    learnMore: '/serverless#architecture',
    source: {
      title: 'AWS: Serverless on AWS, deep dive',
      url: 'https://aws.amazon.com/getting-started/deep-dive-serverless/',
    },
  },
  {
    id: 'one-image-lambda-and-ecs',
    topic: 'ecr',
    scenario: true,
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/1.2', 'dva-c02/3.1'],
    question:
      'A team builds one container image that runs both as a Lambda function and as an ECS task. It wants a private registry with access controlled through IAM and a vulnerability scan on every push. Where should the image be stored?',
    choices: [
      {
        text: 'A private repository on Docker Hub',
        correct: false,
        why: `ECS could pull from it with stored credentials, but Lambda takes images only from ${factText('lambda.imageSource')}.`,
      },
      {
        text: 'An Amazon ECR public repository',
        correct: false,
        why: 'Anyone can pull from a public repository, and Lambda cannot use public registries directly.',
      },
      {
        text: 'An Amazon ECR private repository in the functions’ Region',
        correct: true,
        why: 'ECR controls access with IAM and repository policies, can scan each image on push, and is where both Lambda and ECS pull the image from.',
      },
      {
        text: 'An Amazon S3 bucket holding the image as an archive',
        correct: false,
        why: 'S3 is not a container registry: neither Lambda nor ECS pulls images from a bucket.',
      },
    ],
    learnMore: '/ecr#when-to-use',
    source: factSource('lambda.imageSource'),
  },
];

export default questions;
