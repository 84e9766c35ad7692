import type {QuizQuestion} from '../types';

const lambdaQuiz: readonly QuizQuestion[] = [
  {
    id: 'max-duration',
    question:
      'A nightly job converts large video files and each conversion takes about 40 minutes. Which option can run one conversion as a single unit of work?',
    choices: [
      {text: 'A standard Lambda function with its timeout set to 2,400 seconds', correct: false},
      {text: 'A Lambda function with 10,240 MB of memory so that it finishes faster', correct: false},
      {text: 'An AWS Batch job or a container task on AWS Fargate', correct: true},
      {text: 'An API Gateway REST API with a raised integration timeout', correct: false},
    ],
    explanation:
      'An invocation of a standard Lambda function can run for at most 900 seconds (15 minutes), so no timeout setting reaches 40 minutes, and extra memory cannot promise a 40-minute job will fit. (Only the EC2-backed Lambda Managed Instances mode allows longer asynchronous runs.) Batch and Fargate have no such limit. API Gateway only forwards requests; it does not run the work.',
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
    explanation:
      'Lambda has no CPU or instance-type setting. It allocates CPU in proportion to the memory you configure (128 MB to 10,240 MB), reaching the equivalent of one vCPU at 1,769 MB. Ephemeral storage only changes the size of /tmp.',
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
      {text: 'Upload the .zip package through Amazon S3 to lift the 250 MB limit', correct: false},
    ],
    explanation:
      'A .zip package and its layers are limited to 250 MB unzipped, even when uploaded through S3. Container images up to 10 GB are supported, so the old claim that Lambda cannot use Docker images is out of date.',
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
      'A function is triggered by every new object in a bucket and writes a resized copy back into the same bucket, with no prefix filter. What happens?',
    choices: [
      {text: 'Nothing unusual: S3 never triggers a function for objects that Lambda writes', correct: false},
      {text: 'The function keeps triggering itself in a loop', correct: true},
      {text: 'S3 rejects the write because the bucket is the event source', correct: false},
    ],
    explanation:
      'Each resized copy is a new object, which fires the trigger again. Write the output to a second bucket, or limit the trigger to a prefix used only for incoming files.',
    learnMore: '#patterns',
  },
];

export default lambdaQuiz;
