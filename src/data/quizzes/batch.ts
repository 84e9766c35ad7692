import {factShort, factText} from '../facts';
import type {QuizQuestion} from '../types';

const batchQuiz: readonly QuizQuestion[] = [
  {
    id: 'long-video-job',
    question:
      'Each night a company must transcode thousands of videos. Some files take about three hours each, and the code is already packaged as a Docker image. Which service fits best?',
    choices: [
      {text: 'AWS Lambda, invoked once per video', correct: false},
      {text: 'AWS Batch with a managed compute environment', correct: true},
      {text: 'Amazon API Gateway in front of Lambda', correct: false},
      {text: 'Amazon Lightsail instances started by hand', correct: false},
    ],
    explanation: `A single Lambda invocation stops after ${factText('lambda.maxTimeout')}, so three-hour jobs cannot run there. Batch queues containerized jobs, has no run-time limit by default and launches (and later removes) the capacity itself, including Spot for savings.`,
    learnMore: '#batch-vs-lambda',
  },
  {
    id: 'array-job',
    question:
      'A researcher wants to run the same simulation 5,000 times with a different input index each time, using one submission. What should she use?',
    choices: [
      {text: 'A multi-node parallel job with 5,000 nodes', correct: false},
      {text: 'An array job of size 5,000', correct: true},
      {text: '5,000 job queues, one per run', correct: false},
    ],
    explanation: `An array job spawns ${factText('batch.arraySize')}, each with its own index in AWS_BATCH_JOB_ARRAY_INDEX. Multi-node parallel jobs are for one tightly coupled job spread over several instances, such as MPI.`,
    learnMore: '#job-types',
  },
  {
    id: 'default-timeout',
    question: 'You submit a Batch job without setting any timeout, and its code gets stuck in a loop. What happens?',
    choices: [
      {text: `Batch stops it at Lambda's limit of ${factShort('lambda.maxTimeout')}`, correct: false},
      {text: 'Batch stops it after one day', correct: false},
      {text: 'It keeps running until the container exits, because Batch has no default timeout', correct: true},
    ],
    explanation: `Batch applies no timeout unless you set attemptDurationSeconds (${factText('batch.minTimeout')}) in the job definition or at submission. That is why setting one is good practice for jobs that might hang.`,
    learnMore: '#limits',
  },
  {
    id: 'orchestrators',
    question: 'Which statement about where AWS Batch runs jobs is current?',
    choices: [
      {text: 'Batch only runs Docker containers on Amazon ECS clusters of EC2 instances', correct: false},
      {
        text: 'Batch can run jobs on Amazon ECS (EC2, Spot or Fargate capacity) or as pods on an Amazon EKS cluster',
        correct: true,
      },
      {text: 'Batch runs jobs as Lambda functions when they are short', correct: false},
    ],
    explanation:
      'The older course line "defined as Docker images and run on ECS" is incomplete: Batch plans and runs work on Amazon ECS, Amazon EKS and AWS Fargate, and Spot capacity is an option for both EC2 and Fargate. Its queues can also schedule SageMaker Training jobs, which SageMaker AI runs.',
    learnMore: '#whats-changed',
  },
  {
    id: 'mnp-spot',
    question:
      'A team wants a cheap MPI run spread across eight instances. Which compute choice can NOT run a multi-node parallel job?',
    choices: [
      {text: 'A managed compute environment of EC2 On-Demand instances', correct: false},
      {text: 'A managed compute environment of EC2 Spot Instances', correct: true},
      {text: 'A managed compute environment of EC2 On-Demand GPU instances', correct: false},
    ],
    explanation:
      'The Batch documentation states that multi-node parallel jobs are not supported on Spot Instances (nor on Fargate or in unmanaged compute environments). A managed On-Demand EC2 environment works, ideally with a cluster placement group for fast networking between nodes.',
    learnMore: '#job-types',
  },
];

export default batchQuiz;
