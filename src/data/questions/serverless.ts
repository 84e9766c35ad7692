import {factText} from '../facts';
import type {Question} from '../types';

const questions: readonly Question[] = [
  {
    id: 'definition',
    topic: 'serverless',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question: 'Which statement about serverless on AWS is correct?',
    choices: [
      {
        text: 'Serverless means you manage no servers, and it covers compute, storage, database and messaging services',
        correct: true,
        why: 'AWS provisions, patches and scales the servers; S3, DynamoDB, SQS, Fargate and Lambda all work this way, so serverless is far more than functions.',
      },
      {
        text: 'Serverless means function as a service, so only AWS Lambda is serverless',
        correct: false,
        why: 'Lambda is one kind of serverless compute; Fargate runs containers serverlessly, and storage, databases and queues can be serverless too.',
      },
      {
        text: 'Serverless means the application runs without any servers at all',
        correct: false,
        why: 'Servers still exist; the point is that AWS runs them and you never see or manage them.',
      },
      {
        text: 'Every AWS managed service is serverless',
        correct: false,
        why: 'With managed services such as Amazon RDS or ECS on EC2 you still choose instance sizes and pay while they idle, so they are not serverless.',
      },
    ],
    learnMore: '/serverless#not-only-faas',
    source: {
      title: 'Serverless Developer Guide (PDF)',
      url: 'https://docs.aws.amazon.com/serverless/latest/devguide/serverless-core.pdf',
    },
  },
  {
    id: 'serverless-containers',
    topic: 'serverless',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'A team wants to run its containerized web service on AWS without provisioning, patching or scaling any EC2 instances. Which service should it use?',
    choices: [
      {
        text: 'AWS Fargate',
        correct: true,
        why: 'Fargate is the serverless way to run containers with Amazon ECS (or EKS): you describe CPU and memory per task and AWS runs the machines.',
      },
      {
        text: 'Amazon ECS on EC2 instances',
        correct: false,
        why: 'With the EC2 launch type you choose, patch and scale the container instances yourself.',
      },
      {
        text: 'Amazon Lightsail',
        correct: false,
        why: 'Lightsail sells virtual servers at a fixed monthly price; you still look after the server.',
      },
      {
        text: 'Amazon ECR',
        correct: false,
        why: 'ECR stores container images; it never runs them.',
      },
    ],
    learnMore: '/serverless#services',
    source: {
      title: 'Architect for AWS Fargate for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
  },
  {
    id: 'not-serverless',
    topic: 'serverless',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question: 'Which of these AWS services is NOT serverless?',
    choices: [
      {
        text: 'Amazon EC2',
        correct: true,
        why: 'With EC2 you choose instance types and pay for instances while they run, busy or idle, and you patch their operating system.',
      },
      {
        text: 'Amazon DynamoDB',
        correct: false,
        why: 'DynamoDB has no servers to size: it scales for you and can bill per request.',
      },
      {
        text: 'Amazon SQS',
        correct: false,
        why: 'SQS queues scale on their own and are billed per request, with no servers to manage.',
      },
      {
        text: 'AWS Step Functions',
        correct: false,
        why: 'Step Functions runs workflows without any servers on your side and bills for state transitions or duration.',
      },
    ],
    learnMore: '/serverless#services',
    source: {
      title: 'Serverless - Deep Dive (AWS Getting Started)',
      url: 'https://aws.amazon.com/getting-started/deep-dive-serverless/',
    },
  },
  {
    id: 'web-backend',
    topic: 'serverless',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/2.1'],
    question:
      'A startup wants a backend for its web app in which nothing runs on servers it has to size, and costs follow the number of requests. Which combination gives a fully serverless backend?',
    choices: [
      {
        text: 'Amazon API Gateway, AWS Lambda and Amazon DynamoDB',
        correct: true,
        why: 'All three scale on their own and bill per request or per use, so there are no instances to size or pay for while idle.',
      },
      {
        text: 'An Application Load Balancer, Amazon EC2 instances and Amazon RDS',
        correct: false,
        why: 'EC2 and RDS run on instances that you choose and pay for by the hour, busy or not.',
      },
      {
        text: 'Amazon API Gateway, Amazon EC2 instances and Amazon DynamoDB',
        correct: false,
        why: 'The EC2 instances in the middle are servers you size and pay for, so the backend is only partly serverless.',
      },
      {
        text: 'Amazon Lightsail instances and a Lightsail managed database',
        correct: false,
        why: 'Lightsail bundles fixed-size servers and databases at a monthly price; capacity does not follow requests.',
      },
    ],
    learnMore: '/serverless#architecture',
    source: {
      title: 'Serverless - Deep Dive (AWS Getting Started)',
      url: 'https://aws.amazon.com/getting-started/deep-dive-serverless/',
    },
  },
  {
    id: 'shared-responsibility',
    topic: 'serverless',
    exams: ['clf-c02'],
    tasks: ['clf-c02/2.1'],
    question:
      'A company runs its code as AWS Lambda functions on managed runtimes, with the default automatic runtime updates. Under the AWS shared responsibility model, which task remains the company’s responsibility?',
    choices: [
      {
        text: 'Writing secure function code and giving each function’s execution role only the permissions it needs',
        correct: true,
        why: 'The customer always owns its code, its data and the IAM permissions it grants, even when AWS runs everything underneath.',
      },
      {
        text: 'Patching the operating system of the execution environments',
        correct: false,
        why: 'Lambda manages the operating system of its execution environments; customers of .zip functions on managed runtimes never patch it.',
      },
      {
        text: 'Applying security updates to the managed runtime',
        correct: false,
        why: 'With the default automatic runtime update mode, Lambda publishes and applies runtime patches itself. (Container-image functions are different: there you rebuild on the updated base image.)',
      },
      {
        text: 'Adding servers when the number of requests grows',
        correct: false,
        why: 'Lambda scales the number of execution environments automatically; there are no servers to add.',
      },
    ],
    learnMore: '/serverless#what-it-is',
    source: {
      title: 'AWS Lambda Developer Guide: Understanding the shared responsibility model for Lambda runtime management',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html',
    },
  },
  {
    id: 'idle-cost',
    topic: 'serverless',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1', 'clf-c02/1.4'],
    question:
      'An internal tool is used a few times a day and sits idle the rest of the time. The company wants to stop paying for compute capacity while nobody uses it. Which option meets this most cost-effectively?',
    choices: [
      {
        text: 'Run the tool on AWS Lambda, billed per request and per millisecond of run time',
        correct: true,
        why: 'Lambda charges only for requests and the time the code actually runs, so idle hours cost nothing.',
      },
      {
        text: 'Run the tool on an EC2 On-Demand instance that stays on',
        correct: false,
        why: 'An On-Demand instance is billed for the whole time it runs, including the idle hours.',
      },
      {
        text: 'Buy a one-year EC2 Reserved Instance for the tool',
        correct: false,
        why: 'A Reserved Instance lowers the hourly rate in exchange for a commitment, but you pay for the whole term whether the tool is used or not.',
      },
      {
        text: 'Run the tool on an EC2 Dedicated Host',
        correct: false,
        why: 'A Dedicated Host is a whole physical server billed while allocated; it is the most expensive way to run a rarely used tool.',
      },
    ],
    learnMore: '/serverless#pricing',
    source: {title: 'AWS Lambda pricing', url: 'https://aws.amazon.com/lambda/pricing/'},
  },
  {
    id: 'queue-slow-work',
    topic: 'serverless',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.1'],
    question:
      'In a serverless web app, one API request starts work that takes several minutes, such as building a report. Users must get an answer at once, and traffic spikes must not overwhelm the report workers. Which design fits?',
    choices: [
      {
        text: 'The API’s Lambda function puts a message on an Amazon SQS queue, and a second Lambda function processes the queue',
        correct: true,
        why: 'The queue decouples the two parts: the API answers immediately, spikes wait in the queue, and the worker function consumes messages at its own pace.',
      },
      {
        text: 'The API’s Lambda function invokes the worker function synchronously and waits for it',
        correct: false,
        why: 'The user waits for the whole job, the API may time out first, and a spike hits the workers directly.',
      },
      {
        text: 'The API’s Lambda function gets the maximum memory so the work fits into the request',
        correct: false,
        why: 'More memory may make it faster, but the call stays synchronous and tightly coupled, and several minutes is longer than an API should keep a user waiting.',
      },
      {
        text: 'The report work moves to one large EC2 instance that the API calls directly',
        correct: false,
        why: 'That adds a server to manage and a single point of failure, and nothing absorbs the spikes.',
      },
    ],
    learnMore: '/serverless#architecture',
    source: {
      title: 'AWS Lambda Developer Guide: Using Lambda with Amazon SQS',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
    },
  },
  {
    id: 'serverless-sql',
    topic: 'serverless',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'An application needs a relational database that speaks SQL, and its load is unpredictable, with busy peaks and long quiet periods. The team does not want to choose or resize database instances. Which service fits best?',
    choices: [
      {
        text: 'Amazon Aurora Serverless v2',
        correct: true,
        why: 'Aurora Serverless v2 is relational and grows and shrinks its capacity in Aurora capacity units within the range you set, so nobody picks an instance size.',
      },
      {
        text: 'Amazon DynamoDB',
        correct: false,
        why: 'DynamoDB is serverless, but it is a NoSQL key-value and document database, not a relational SQL one.',
      },
      {
        text: 'Amazon RDS for MySQL on a chosen DB instance class',
        correct: false,
        why: 'RDS is managed, but you pick the instance class and change it by hand when the load changes.',
      },
      {
        text: 'MySQL installed on an EC2 Auto Scaling group',
        correct: false,
        why: 'You would run, patch and scale the database servers yourself, the opposite of what the team wants.',
      },
    ],
    learnMore: '/serverless#services',
    source: {
      title: 'Amazon Aurora User Guide: How Aurora Serverless v2 works',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.how-it-works.html',
    },
  },
  {
    id: 'upload-trigger',
    topic: 'serverless',
    exams: ['clf-c02', 'dva-c02'],
    tasks: ['clf-c02/3.3', 'dva-c02/1.2'],
    question:
      'Each time a user uploads an image to an Amazon S3 bucket, a thumbnail must be created. The company wants no servers to run and to pay only when uploads happen. What should start the processing?',
    choices: [
      {
        text: 'An S3 event notification that invokes a Lambda function for each new object',
        correct: true,
        why: 'S3 invokes the function asynchronously when an object is created, so code runs only for real uploads; write the thumbnails to a second bucket so they do not trigger it again.',
      },
      {
        text: 'A cron job on an EC2 instance that lists the bucket every minute',
        correct: false,
        why: 'The instance is a server that you run and pay for all day, and polling adds delay and wasted calls.',
      },
      {
        text: 'A watcher script on an Amazon Lightsail instance',
        correct: false,
        why: 'It is still a server billed every month, whether or not anyone uploads.',
      },
      {
        text: 'An Amazon CloudFront distribution in front of the bucket',
        correct: false,
        why: 'CloudFront caches and delivers content; it does not run code to process new uploads.',
      },
    ],
    learnMore: '/serverless#connections',
    source: {
      title: 'AWS Lambda Developer Guide: Process Amazon S3 event notifications with Lambda',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
    },
  },
  {
    id: 'workflow-orchestration',
    topic: 'serverless',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/2.1', 'dva-c02/1.1'],
    question:
      'An order process has several steps (validate, charge, ship), each a Lambda function, with retries, a branch on errors and a wait for a manual approval. The team wants to define this flow as a managed workflow instead of coding the coordination itself. Which service fits?',
    choices: [
      {
        text: 'AWS Step Functions',
        correct: true,
        why: 'A Step Functions state machine calls each function, retries and branches on errors and can pause for a callback such as an approval, without coordination code. (Lambda durable functions are a newer way to do it inside your own code.)',
      },
      {
        text: 'One Lambda function that calls the other functions in order',
        correct: false,
        why: 'That is coding the coordination yourself, and a wait for a human approval does not fit into one invocation.',
      },
      {
        text: 'An Amazon SQS FIFO queue between each pair of steps',
        correct: false,
        why: 'Queues pass messages in order, but branching, retries per step and the approval wait would all be your own code.',
      },
      {
        text: 'An Amazon EventBridge Scheduler schedule for each step',
        correct: false,
        why: 'Schedules start targets at set times; they do not chain steps or react to the result of the previous one.',
      },
    ],
    learnMore: '/serverless#connections',
    source: {
      title: 'AWS Step Functions Developer Guide: What is Step Functions?',
      url: 'https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html',
    },
  },
  {
    id: 'nightly-job',
    topic: 'serverless',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/4.2'],
    question: `A nightly cleanup script, which finishes well within ${factText('lambda.maxTimeout')}, runs on an EC2 instance that does nothing the rest of the day. Which serverless replacement runs it on a timetable at the lowest cost?`,
    choices: [
      {
        text: 'An Amazon EventBridge Scheduler schedule that invokes a Lambda function',
        correct: true,
        why: 'The schedule fires at the set time (cron or rate expression) and Lambda bills only for the few minutes the script runs.',
      },
      {
        text: 'An Amazon SQS queue with a delivery delay on each message',
        correct: false,
        why: 'A delay postpones one message by a short time; it is not a recurring timetable, and something still has to send the message every night.',
      },
      {
        text: 'A Lambda function with a function URL as its only trigger',
        correct: false,
        why: 'A function URL is an HTTPS endpoint that runs the function only when something calls it; nothing would call it on a timetable.',
      },
      {
        text: 'An Amazon Lightsail instance with a cron entry',
        correct: false,
        why: 'It swaps one always-on server for another, so the idle hours are still paid for.',
      },
    ],
    learnMore: '/serverless#connections',
    source: {
      title: 'AWS Lambda Developer Guide: Invoke a Lambda function on a schedule',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html',
    },
  },
  {
    id: 'sam-template',
    topic: 'serverless',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.1', 'dva-c02/3.4'],
    question:
      'A developer wants to describe a Lambda function, its API Gateway API and a DynamoDB table in one short template, try the function locally, and deploy the whole set with one command. Which tool is built for this?',
    choices: [
      {
        text: 'The AWS Serverless Application Model (AWS SAM) and its CLI',
        correct: true,
        why: 'A SAM template is a short form of CloudFormation for serverless resources; `sam local invoke` runs a function locally and `sam deploy` creates or updates the stack.',
      },
      {
        text: 'AWS Elastic Beanstalk',
        correct: false,
        why: 'Elastic Beanstalk deploys web applications onto EC2 environments that it manages, not sets of functions, APIs and tables.',
      },
      {
        text: 'AWS CodeArtifact',
        correct: false,
        why: 'CodeArtifact stores software packages; it neither describes nor deploys infrastructure.',
      },
      {
        text: 'AWS Systems Manager Run Command',
        correct: false,
        why: 'Run Command runs scripts on managed instances; it has no notion of a serverless application to deploy.',
      },
    ],
    learnMore: '/serverless#connections',
    source: {
      title: 'AWS SAM Developer Guide: What is the AWS Serverless Application Model?',
      url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/what-is-sam.html',
    },
  },
];

export default questions;
