import type {Topic} from '../types';

const serverless = {
  id: 'serverless',
  name: 'Serverless',
  shortName: 'Serverless',
  fullName: 'Serverless computing on AWS',
  searchTerms: [
    'serverless computing',
    'serverless architecture',
    'FaaS',
    'function as a service',
    'no servers to manage',
    'pay per use',
    'scale to zero',
    'event-driven',
    'managed services',
    'Lambda',
    'Fargate',
    'DynamoDB',
    'S3',
    'SQS',
    'SNS',
    'EventBridge',
    'Step Functions',
    'Aurora Serverless',
  ],
  group: 'serverless',
  path: '/serverless',
  summary:
    'A way of building on AWS where you never provision or patch servers: services scale for you and you pay for what you use, not for idle machines.',
  cheatSheet: [
    'Serverless means no servers for you to provision, patch or scale; AWS still runs servers underneath.',
    'Serverless is broader than functions as a service (FaaS): Lambda is one serverless service among many.',
    'Serverless services scale automatically and bill for use (requests, duration, storage) rather than for idle capacity.',
    'Serverless examples: Lambda, Fargate, API Gateway, S3, DynamoDB, SQS, SNS, EventBridge, Step Functions, Aurora Serverless v2.',
    'Not serverless: EC2 instances, ECS on EC2 and Lightsail servers, because you choose and look after the instances.',
    'Serverless apps are usually event-driven: an upload, a queue message or an HTTP request triggers the work.',
  ],
  sources: [
    {
      title: 'Serverless - Deep Dive (AWS Getting Started)',
      url: 'https://aws.amazon.com/getting-started/deep-dive-serverless/',
    },
    {
      title: 'Serverless Developer Guide (PDF)',
      url: 'https://docs.aws.amazon.com/serverless/latest/devguide/serverless-core.pdf',
    },
    {
      title: 'Lambda operator guide: use services instead of custom code',
      url: 'https://docs.aws.amazon.com/lambda/latest/operatorguide/services-custom-code.html',
    },
    {
      title: 'Architect for AWS Fargate for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
    {
      title: 'Scaling to zero ACUs with automatic pause and resume for Aurora Serverless v2',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2-auto-pause.html',
    },
    {
      title: 'Invoke a Lambda function on a schedule (EventBridge Scheduler)',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html',
    },
    {title: 'AWS Lambda pricing', url: 'https://aws.amazon.com/lambda/pricing/'},
  ],
  checkedOn: '2026-11-30',
} as const satisfies Topic;

export default serverless;
