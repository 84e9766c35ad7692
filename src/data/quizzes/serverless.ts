import type {QuizQuestion} from '../types';

const serverlessQuiz: readonly QuizQuestion[] = [
  {
    id: 'definition',
    question: 'Which statement about serverless on AWS is correct?',
    choices: [
      {text: 'Serverless means function as a service, so only Lambda is serverless', correct: false},
      {text: 'Serverless means AWS runs the application without any servers at all', correct: false},
      {
        text: 'Serverless means you manage no servers; it covers compute, storage, databases and messaging services',
        correct: true,
      },
      {text: 'Any AWS managed service is serverless', correct: false},
    ],
    explanation:
      'Servers still exist, but AWS provisions, patches and scales them. FaaS such as Lambda is only one kind of serverless service; S3, DynamoDB, SQS, Fargate and others are serverless too. Some managed services, such as EC2-based ones, are not.',
    learnMore: '#not-only-faas',
  },
  {
    id: 'serverless-containers',
    question: 'Which service runs containers without you provisioning or scaling any EC2 instances?',
    choices: [
      {text: 'Amazon ECS on EC2 instances', correct: false},
      {text: 'AWS Fargate', correct: true},
      {text: 'Amazon Lightsail', correct: false},
      {text: 'Amazon ECR', correct: false},
    ],
    explanation:
      'Fargate is the serverless way to run containers with Amazon ECS. ECS on EC2 needs you to manage instances, Lightsail sells servers, and ECR only stores images.',
    learnMore: '#services',
  },
  {
    id: 'not-serverless',
    question: 'Which of these is NOT a serverless service?',
    choices: [
      {text: 'Amazon DynamoDB', correct: false},
      {text: 'Amazon SQS', correct: false},
      {text: 'Amazon EC2', correct: true},
      {text: 'AWS Step Functions', correct: false},
    ],
    explanation:
      'With EC2 you choose instance types and pay for instances while they run, busy or idle. DynamoDB, SQS and Step Functions scale for you and bill for use.',
    learnMore: '#services',
  },
  {
    id: 'web-backend',
    question: 'Which combination gives a fully serverless backend for a web app?',
    choices: [
      {text: 'API Gateway, Lambda and DynamoDB', correct: true},
      {text: 'An Application Load Balancer, EC2 instances and Amazon RDS', correct: false},
      {text: 'Lightsail instances and a Lightsail database', correct: false},
    ],
    explanation:
      'API Gateway, Lambda and DynamoDB are all serverless: no instances to size and pay-for-use billing. The other options run on servers you choose and pay for by the hour.',
    learnMore: '#architecture',
  },
];

export default serverlessQuiz;
