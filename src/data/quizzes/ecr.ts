import type {QuizQuestion} from '../types';

const ecrQuiz: readonly QuizQuestion[] = [
  {
    id: 'expire-untagged',
    question:
      'A CI pipeline pushes a new image to Amazon ECR on every commit, and storage keeps growing. How do you remove untagged images older than two weeks automatically?',
    choices: [
      {text: 'A lifecycle policy on the repository', correct: true},
      {text: 'An S3 lifecycle rule on the bucket behind ECR', correct: false},
      {text: 'Turning on enhanced scanning', correct: false},
      {text: 'A replication rule to another Region', correct: false},
    ],
    explanation:
      'ECR lifecycle policies expire images by age or by count, for example untagged images pushed more than two weeks ago. You never see or manage a bucket behind ECR, and scanning or replication does not delete anything.',
    learnMore: '#lifecycle',
  },
  {
    id: 'language-packages',
    question:
      'Security wants container images checked continuously for vulnerabilities in both operating system packages and programming language packages. Which ECR feature does this?',
    choices: [
      {text: 'Basic scanning with scan on push', correct: false},
      {text: 'Enhanced scanning, which uses Amazon Inspector', correct: true},
      {text: 'Tag immutability', correct: false},
    ],
    explanation:
      'Enhanced scanning hands the work to Amazon Inspector, which scans OS and language packages and can rescan continuously as new CVEs appear. Basic scanning covers OS packages only, on push or on demand.',
    learnMore: '#scanning',
  },
  {
    id: 'docker-hub-cache',
    question:
      'Builds keep hitting the upstream registry when they pull popular Docker Hub base images. How can the team keep copies of those images in its own private ECR registry?',
    choices: [
      {text: 'Create a pull through cache rule for Docker Hub', correct: true},
      {text: 'Turn on cross-Region replication', correct: false},
      {text: 'Make the private repository public', correct: false},
    ],
    explanation:
      'A pull through cache rule fetches an upstream image on first pull and keeps it in your private registry. Docker Hub, like the other upstreams that need a login, has its credentials stored in AWS Secrets Manager. Replication only copies images you already host in ECR.',
    learnMore: '#pull-through-cache',
  },
  {
    id: 'dr-region',
    question:
      'For disaster recovery, every image pushed in us-east-1 must also be available to ECS clusters in eu-west-1. What is the managed way?',
    choices: [
      {text: 'Configure cross-Region replication for the private registry', correct: true},
      {text: 'Add a lifecycle policy in eu-west-1', correct: false},
      {text: 'Point the eu-west-1 cluster at ECR Public', correct: false},
    ],
    explanation:
      'Registry replication copies images to other Regions (and, with a registry policy in the destination, to other accounts). Lifecycle policies only delete or archive, and only in their own Region.',
    learnMore: '#replication',
  },
  {
    id: 'lambda-image-region',
    question: 'Where must the container image for an AWS Lambda function be stored?',
    choices: [
      {text: 'In any public registry, such as Docker Hub', correct: false},
      {text: 'In a private Amazon ECR repository in the same Region as the function', correct: true},
      {text: 'In an S3 bucket as a .tar file', correct: false},
    ],
    explanation:
      'Lambda pulls container images from Amazon ECR, and the repository must be in the same Region as the function (another account is allowed with cross-account permissions). Images from elsewhere, such as AWS Marketplace, are first copied into your private ECR repository.',
    learnMore: '#connections',
  },
];

export default ecrQuiz;
