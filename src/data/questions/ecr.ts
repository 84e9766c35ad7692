import {factShort, factSource, factText} from '../facts';
import type {Question} from '../types';

const questions: readonly Question[] = [
  {
    id: 'expire-untagged',
    topic: 'ecr',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/4.2', 'dva-c02/3.4'],
    question:
      'A CI pipeline pushes a new image to a private Amazon ECR repository on every commit, and the storage bill keeps growing. Which approach removes untagged images older than two weeks automatically, with the least operational overhead?',
    choices: [
      {
        text: 'A lifecycle policy on the repository that expires untagged images by age',
        correct: true,
        why: `Lifecycle rules select images by tag status and by age or count, and ECR expires the matching images ${factText('ecr.lifecycleDelay')}. There is no code or schedule to maintain.`,
      },
      {
        text: 'An S3 Lifecycle rule on the bucket that stores the repository’s layers',
        correct: false,
        why: 'ECR keeps image layers in storage that it manages; there is no bucket in your account that you could put a rule on.',
      },
      {
        text: 'A scheduled Lambda function that lists and deletes old images through the ECR API',
        correct: false,
        why: 'It would work, but you would write, deploy and maintain code for something a lifecycle policy does natively, which is more overhead than the requirement allows.',
      },
      {
        text: 'Enhanced scanning with continuous rescans on the repository',
        correct: false,
        why: 'Scanning reports vulnerabilities; it never deletes an image, so the storage keeps growing.',
      },
    ],
    learnMore: '/ecr#lifecycle',
    source: factSource('ecr.lifecycleDelay'),
  },
  {
    id: 'language-packages',
    topic: 'ecr',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/1.2', 'dva-c02/3.4'],
    question:
      'Security requires that container images in Amazon ECR be checked for vulnerabilities in both operating system packages and programming language libraries, and checked again whenever new vulnerabilities are published. Which configuration meets this?',
    choices: [
      {
        text: 'Enhanced scanning, which uses Amazon Inspector with continuous scanning',
        correct: true,
        why: 'Enhanced scanning hands the work to Amazon Inspector, which covers OS and language packages and rescans images as new CVEs appear, not only at push time.',
      },
      {
        text: 'Basic scanning with scan on push turned on',
        correct: false,
        why: `Basic scanning checks OS packages only, on push or on demand (${factShort('ecr.basicScanFrequency')} per image), so language libraries and automatic rescans are missing. Its engine changed from Clair to AWS native scanning in 2026, but its scope did not.`,
      },
      {
        text: 'Tag immutability on every repository',
        correct: false,
        why: 'Tag immutability only stops a tag from being pushed over; it says nothing about what is inside an image.',
      },
      {
        text: 'An AWS Config rule that checks the repositories’ scan settings',
        correct: false,
        why: 'AWS Config can report whether scanning is configured, but it does not look inside images for vulnerable packages itself.',
      },
    ],
    learnMore: '/ecr#scanning',
    source: {
      title: 'Amazon Inspector User Guide: Scanning Amazon ECR container images with Amazon Inspector',
      url: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html',
    },
  },
  {
    id: 'docker-hub-cache',
    topic: 'ecr',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/2.2', 'dva-c02/3.1'],
    question:
      'Builds keep hitting Docker Hub rate limits when they pull popular base images. The team wants those images served from its own private ECR registry, fetched from Docker Hub on first use, without writing a copy script. What should it configure?',
    choices: [
      {
        text: 'A pull through cache rule for Docker Hub, with the Docker Hub credentials stored in AWS Secrets Manager',
        correct: true,
        why: 'The first pull fetches the image from Docker Hub and keeps a copy in the private registry, and later pulls come from ECR. Docker Hub has been a supported upstream since November 2023; older questions that allow only registries without a login describe the time before that.',
      },
      {
        text: 'Cross-Region replication of the private registry',
        correct: false,
        why: 'Replication copies images that are already in your ECR registry to other Regions; it never fetches anything from Docker Hub.',
      },
      {
        text: 'An ECR Public repository that mirrors Docker Hub',
        correct: false,
        why: 'ECR Public hosts images that you push yourself, and anyone can pull them; it does not mirror another registry for you.',
      },
      {
        text: 'A lifecycle policy that imports new tags from Docker Hub',
        correct: false,
        why: 'Lifecycle policies only expire or archive images that are already in the repository.',
      },
    ],
    learnMore: '/ecr#pull-through-cache',
    source: factSource('ecr.pullThroughUpstreams'),
  },
  {
    id: 'dr-region',
    topic: 'ecr',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.2'],
    question:
      'For disaster recovery, every image pushed to the private ECR registry in us-east-1 must also be available to ECS clusters in eu-west-1, even if us-east-1 is unavailable, with no extra pipeline steps. What is the managed way to do this?',
    choices: [
      {
        text: 'Configure cross-Region replication to eu-west-1 in the registry’s replication settings',
        correct: true,
        why: 'Registry replication copies every pushed image (optionally only repositories matching a filter) to the destination Region, so clusters there pull a local copy.',
      },
      {
        text: 'Add a lifecycle policy in eu-west-1 that copies new images',
        correct: false,
        why: 'Lifecycle policies only expire or archive images, and only in the Region where they are created.',
      },
      {
        text: 'Push the images to ECR Public and pull them from there',
        correct: false,
        why: 'That publishes private images to everyone, which is a security problem rather than a disaster recovery copy.',
      },
      {
        text: 'Point the eu-west-1 clusters at the repository URI in us-east-1',
        correct: false,
        why: 'The pulls would still depend on us-east-1, so an outage there would stop new tasks in eu-west-1, and every pull would cross Regions.',
      },
    ],
    learnMore: '/ecr#replication',
    source: {
      title: 'Amazon ECR User Guide: Configuring private image replication',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-settings-configure.html',
    },
  },
  {
    id: 'lambda-image-region',
    topic: 'ecr',
    exams: ['dva-c02'],
    tasks: ['dva-c02/1.2', 'dva-c02/3.1'],
    question:
      'A developer packages a Lambda function as a container image and wants to create the function in eu-central-1. Where must the image be stored?',
    choices: [
      {
        text: 'In a private Amazon ECR repository in eu-central-1',
        correct: true,
        why: `Lambda takes a container image from ${factText('lambda.imageSource')}. Images from elsewhere, such as AWS Marketplace, are copied into such a repository first.`,
      },
      {
        text: 'In a public repository on Docker Hub',
        correct: false,
        why: 'Lambda cannot pull from Docker Hub; the image has to be pushed to a private ECR repository first.',
      },
      {
        text: 'In an Amazon ECR Public repository',
        correct: false,
        why: 'ECR Public cannot be used directly either: a function’s image must sit in a private repository in the function’s Region.',
      },
      {
        text: 'In an S3 bucket in eu-central-1, as an image archive',
        correct: false,
        why: 'S3 can hold a .zip deployment package, but a container-image function always points at an ECR repository URI.',
      },
    ],
    learnMore: '/ecr#connections',
    source: factSource('lambda.imageSource'),
  },
  {
    id: 'push-login',
    topic: 'ecr',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.1', 'dva-c02/4.1'],
    question:
      'A developer whose IAM user is allowed to push to a private ECR repository runs `docker push` for the first time, and Docker reports that it has no credentials for the registry. What should the developer do first?',
    choices: [
      {
        text: 'Pipe `aws ecr get-login-password` into `docker login --password-stdin` for the registry address',
        correct: true,
        why: `The command gets a registry token through GetAuthorizationToken with the developer’s IAM identity, and Docker then pushes with it. The token lasts ${factText('ecr.authTokenValidity')}, so long-running CI agents log in again.`,
      },
      {
        text: 'Use the IAM user’s secret access key as the password for `docker login`',
        correct: false,
        why: 'The registry does not accept IAM access keys as a Docker password; Docker needs the token that ECR issues.',
      },
      {
        text: 'Add a repository policy that allows the IAM user to call ecr:PutImage',
        correct: false,
        why: 'The user already has push permissions; a policy does not log the Docker client in to the registry.',
      },
      {
        text: 'Turn off tag immutability on the repository',
        correct: false,
        why: 'Tag immutability only blocks pushing over an existing tag; it has nothing to do with Docker having no credentials.',
      },
    ],
    learnMore: '/ecr#what-it-is',
    source: factSource('ecr.authTokenValidity'),
  },
  {
    id: 'task-execution-role',
    topic: 'ecr',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/1.1', 'dva-c02/2.1', 'dva-c02/4.1'],
    question:
      'An ECS service on AWS Fargate cannot start its tasks: the stopped tasks show an access denied error when pulling the image from a private ECR repository in the same account. Which change fixes it?',
    choices: [
      {
        text: 'Give the task execution role the ECR pull permissions, for example with AmazonECSTaskExecutionRolePolicy',
        correct: true,
        why: 'The Fargate agent pulls the image with the task execution role before any container starts, so that role needs GetAuthorizationToken and the layer download actions.',
      },
      {
        text: 'Add the ECR pull permissions to the task role',
        correct: false,
        why: 'The task role is what the application code inside the container uses; the image is pulled before that code runs, with the execution role.',
      },
      {
        text: 'Attach the permissions to the cluster’s EC2 instance profile',
        correct: false,
        why: 'Fargate tasks run on no instances that you manage, so there is no instance profile that would be used.',
      },
      {
        text: 'Turn on cross-Region replication for the repository',
        correct: false,
        why: 'The repository is already in the task’s Region; copying it elsewhere does not give anyone permission to pull.',
      },
    ],
    learnMore: '/ecr#connections',
    source: {
      title: 'Amazon ECS Developer Guide: Amazon ECS task execution IAM role',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
    },
  },
  {
    id: 'tag-immutability',
    topic: 'ecr',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/1.2', 'dva-c02/3.4'],
    question:
      'A team deploys by release tag, such as v1.4.2. An auditor requires that once a release tag is pushed to the ECR repository, nobody can push a different image under the same tag. What should the team configure?',
    choices: [
      {
        text: 'Turn on tag immutability for the repository',
        correct: true,
        why: 'With tag immutability on, pushing an image with a tag that already exists fails with ImageTagAlreadyExistsException. Since July 2025 exclusion patterns can keep tags such as latest mutable; older questions treat the setting as all or nothing, and either way release tags are locked.',
      },
      {
        text: 'A lifecycle policy that keeps only the most recent image for each tag',
        correct: false,
        why: 'Lifecycle policies delete or archive images; they never stop a push from moving a tag to a new image.',
      },
      {
        text: 'Enhanced scanning with scan on push',
        correct: false,
        why: 'Scanning reports vulnerabilities after a push; it does not block the push or protect the tag.',
      },
      {
        text: 'An IAM policy that denies ecr:BatchDeleteImage to everyone',
        correct: false,
        why: 'That stops deletions, but pushing a new image with the same tag is a push, not a delete, so the tag could still be moved.',
      },
    ],
    learnMore: '/ecr#what-it-is',
    source: {
      title: 'Amazon ECR User Guide: Preventing image tags from being overwritten',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    },
  },
  {
    id: 'cross-account-pull',
    topic: 'ecr',
    exams: ['saa-c03'],
    tasks: ['saa-c03/1.1'],
    question:
      'A company keeps all container images in a shared-services account. ECS tasks in a separate production account must pull them, without a second copy of the images being kept. What grants this access with least privilege?',
    choices: [
      {
        text: 'A repository policy in the shared-services account that allows the production task execution role the pull actions',
        correct: true,
        why: 'A repository policy is a resource-based policy that can name a principal in another account; the execution role also needs matching IAM permissions in its own account, and no image is copied.',
      },
      {
        text: 'Cross-account replication of the repositories into the production account',
        correct: false,
        why: 'Replication keeps a second copy of every image in the production account, which the requirement rules out.',
      },
      {
        text: 'Moving the images to ECR Public repositories',
        correct: false,
        why: 'Anyone on the internet could then pull the images, which is the opposite of least privilege.',
      },
      {
        text: 'Long-term access keys of a shared-services IAM user, stored in the production tasks',
        correct: false,
        why: 'Shared long-term keys are hard to rotate and grant whatever that user may do; roles and resource policies avoid them.',
      },
    ],
    learnMore: '/ecr#what-it-is',
    source: {
      title: 'Amazon ECR User Guide: Private repository policy examples',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
    },
  },
  {
    id: 'which-service',
    topic: 'ecr',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'A company moving its containerized applications to AWS needs a fully managed place to store and version its private Docker images, with access controlled through IAM. Which AWS service should it use?',
    choices: [
      {
        text: 'Amazon Elastic Container Registry (Amazon ECR)',
        correct: true,
        why: 'ECR is AWS’s managed container registry: images are pushed and pulled with the usual Docker tools, and IAM controls who may do so.',
      },
      {
        text: 'Amazon Elastic Container Service (Amazon ECS)',
        correct: false,
        why: 'ECS runs and orchestrates containers; it takes its images from a registry such as ECR rather than storing them.',
      },
      {
        text: 'AWS Fargate',
        correct: false,
        why: 'Fargate is serverless compute that runs containers; it also pulls images from a registry.',
      },
      {
        text: 'AWS CodeArtifact',
        correct: false,
        why: 'CodeArtifact stores software packages for tools such as npm, Maven and pip, not container images.',
      },
    ],
    learnMore: '/ecr#what-it-is',
    source: {
      title: 'Amazon ECR User Guide: What is Amazon Elastic Container Registry?',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/what-is-ecr.html',
    },
  },
  {
    id: 'public-images',
    topic: 'ecr',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'An open-source project wants to publish its container image on AWS so that anyone can pull it, including people who have no AWS account. Which option fits?',
    choices: [
      {
        text: 'An Amazon ECR Public repository',
        correct: true,
        why: `ECR Public repositories live under public.ecr.aws and are listed in the ECR Public Gallery; pulls without logging in are allowed, ${factText('ecr.publicAnonymousPulls')}.`,
      },
      {
        text: 'A private ECR repository with a lifecycle policy',
        correct: false,
        why: 'Pulling from a private repository always needs AWS credentials, and a lifecycle policy only cleans up images.',
      },
      {
        text: 'A private ECR repository replicated to every user’s account',
        correct: false,
        why: 'Replication only reaches AWS accounts that you configure, never anonymous users.',
      },
      {
        text: 'An S3 bucket with static website hosting',
        correct: false,
        why: 'A website bucket serves files, not the registry API that `docker pull` speaks.',
      },
    ],
    learnMore: '/ecr#what-it-is',
    source: {
      title: 'Amazon ECR Public User Guide: Amazon ECR public repositories',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/public/public-repositories.html',
    },
  },
  {
    id: 'archive-old-images',
    topic: 'ecr',
    exams: ['saa-c03'],
    tasks: ['saa-c03/4.2'],
    question:
      'Compliance requires keeping every production image for several years, but images older than a few months are almost never pulled. Using the storage options Amazon ECR offers today, how can the team cut storage cost while keeping the images?',
    choices: [
      {
        text: 'A lifecycle rule that moves images not pulled for a set period to the archive storage class',
        correct: true,
        why: `Archived images stay listed but must be restored before a pull (a restore completes ${factText('ecr.archiveRestoreTime')}) and are billed for at least ${factShort('ecr.archiveMinimumStorage')}. The class arrived in November 2025; a question written before then knows only expiring images.`,
      },
      {
        text: 'A lifecycle rule that expires images older than a few months',
        correct: false,
        why: 'Expiring deletes the images, which breaks the requirement to keep them.',
      },
      {
        text: 'A lifecycle rule that exports old images to S3 Glacier',
        correct: false,
        why: 'ECR lifecycle rules can only expire images or move them to ECR’s own archive class; there is no export to S3.',
      },
      {
        text: 'Cross-Region replication of the repository to a cheaper Region',
        correct: false,
        why: 'Replication adds a second copy, so it raises storage cost instead of lowering it.',
      },
    ],
    learnMore: '/ecr#lifecycle',
    source: factSource('ecr.archiveRestoreTime'),
  },
];

export default questions;
