import {factShort, factText} from '../facts';
import type {QuizQuestion} from '../types';

const lambdaQuiz: readonly QuizQuestion[] = [
  {
    id: 'max-duration',
    question:
      'A nightly job converts large video files and each conversion takes about 40 minutes. Which option can run one conversion as a single unit of work?',
    choices: [
      {text: 'A standard Lambda function with its timeout set to 2,400 seconds', correct: false},
      {text: 'A Lambda function with the largest memory setting so that it finishes faster', correct: false},
      {text: 'An AWS Batch job or a container task on AWS Fargate', correct: true},
      {text: 'An API Gateway REST API with a raised integration timeout', correct: false},
    ],
    explanation: `One invocation of a standard Lambda function runs for at most ${factText('lambda.maxTimeout')}, so no timeout setting reaches 40 minutes, and extra memory cannot promise that the job will fit. Batch and Fargate have no such limit. Newer Lambda options stretch the limit in other ways (Managed Instances allow ${factShort('lambda.managedInstancesTimeout')} asynchronous runs, durable functions resume one workflow for up to ${factShort('lambda.durableExecution')}, MicroVMs keep a session for hours), but none of them is a standard function, which is what this kind of question means. API Gateway only forwards requests; it does not run the work.`,
    learnMore: '#limits',
  },
  {
    id: 'more-cpu',
    question: 'A CPU-bound Lambda function is too slow. How do you give it more CPU?',
    choices: [
      {text: 'Raise its memory setting', correct: true},
      {text: 'Choose a larger instance type for the function', correct: false},
      {text: 'Set the vCPU count in the function configuration', correct: false},
      {text: 'Increase its ephemeral storage', correct: false},
    ],
    explanation: `Lambda has no CPU or instance-type setting. It allocates CPU in proportion to the memory you configure (${factText('lambda.memory')}), reaching the equivalent of one vCPU at ${factShort('lambda.oneVcpuMemory')}. Ephemeral storage only changes the size of /tmp.`,
    learnMore: '#limits',
  },
  {
    id: 'large-dependencies',
    question:
      'A Python inference function needs 3 GB of libraries and model files. What is the simplest way to run it on Lambda?',
    choices: [
      {text: 'Split the libraries across several Lambda layers in a .zip package', correct: false},
      {text: 'Package the function as a container image in Amazon ECR', correct: true},
      {text: 'It cannot run on Lambda because Lambda does not support Docker images', correct: false},
      {text: 'Upload the .zip package through Amazon S3 to lift the unzipped size limit', correct: false},
    ],
    explanation: `A .zip package and its layers are limited to ${factText('lambda.zipPackage')}, and uploading through S3 does not change the unzipped limit. Container images up to ${factShort('lambda.imageSize')} are supported, stored in ${factText('lambda.imageSource')}, so the old claim that Lambda cannot use Docker images is out of date.`,
    learnMore: '#runtimes',
  },
  {
    id: 'go-runtime',
    question: 'You are creating a new Lambda function written in Go. Which runtime should it use?',
    choices: [
      {text: 'go1.x', correct: false},
      {text: 'provided.al2023', correct: true},
      {text: 'nodejs24.x with a Go plug-in', correct: false},
      {text: 'Go is not supported on Lambda', correct: false},
    ],
    explanation:
      'The go1.x managed runtime is deprecated. Go compiles to a native binary, so it runs on the OS-only runtime provided.al2023 (Amazon Linux 2023), or in a container image.',
    learnMore: '#runtimes',
  },
  {
    id: 'recursive-trigger',
    question:
      'A function is triggered by every new object in a bucket and writes a resized copy back into the same bucket, with no prefix filter. What happens, and what is the fix?',
    choices: [
      {text: 'Nothing unusual: S3 never triggers a function for objects that Lambda writes', correct: false},
      {
        text: 'Each copy triggers the function again until Lambda’s loop detection stops it; write the copies to a second bucket or filter the trigger by prefix',
        correct: true,
      },
      {text: 'S3 rejects the write because the bucket is the event source', correct: false},
    ],
    explanation:
      'Each resized copy is a new object, which fires the trigger again. Since October 2024 Lambda detects loops through Amazon S3 (as it has for SQS and SNS since 2023) and by default stops them after a few rounds, so older questions that say the loop runs for ever describe the time before that. The design is wrong either way: write the output to a second bucket, or limit the trigger to a prefix used only for incoming files.',
    learnMore: '#patterns',
  },
];

export default lambdaQuiz;
