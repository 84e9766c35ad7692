import {factShort, factSource, factText} from '../facts';
import type {Question} from '../types';

const questions: readonly Question[] = [
  {
    id: 'long-video-job',
    topic: 'batch',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'Each night a company must transcode thousands of videos. Some files take about three hours each, and the code is already packaged as a Docker image. The team wants AWS to provide and remove the capacity. Which service fits best?',
    choices: [
      {
        text: 'A standard AWS Lambda function, invoked once per video',
        correct: false,
        why: `One standard invocation stops after ${factText('lambda.maxTimeout')}, so a three-hour transcode cannot finish in it. Newer Lambda MicroVMs run for ${factShort('lambda.microVmSession')}, but they neither queue nor retry thousands of jobs, and exam items expect the ${factShort('lambda.maxTimeout')} ceiling.`,
      },
      {
        text: 'AWS Batch with a managed compute environment',
        correct: true,
        why: 'Batch queues the containerized jobs, sets no run-time limit by default, and launches capacity (Spot included) for the queue, then removes it when the queue is empty.',
      },
      {
        text: 'Amazon API Gateway in front of AWS Lambda',
        correct: false,
        why: `No client waits for a transcode, and the code behind API Gateway would still be Lambda, with its ${factShort('lambda.maxTimeout')} ceiling; API Gateway itself stops waiting far sooner.`,
      },
      {
        text: 'Amazon Lightsail instances started by hand',
        correct: false,
        why: 'Lightsail sells fixed servers: nothing queues the jobs, retries failures or adds and removes servers as the night’s work grows and shrinks.',
      },
    ],
    learnMore: '/batch#batch-vs-lambda',
    source: factSource('batch.defaultTimeout'),
  },
  {
    id: 'array-job',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'A researcher wants to run the same containerized simulation 5,000 times, each run with a different input index, using one submission to AWS Batch. What should she use?',
    choices: [
      {
        text: 'A multi-node parallel job with 5,000 nodes',
        correct: false,
        why: 'A multi-node parallel job is one tightly coupled job spread across instances that talk to each other (MPI); these runs are independent of one another.',
      },
      {
        text: '5,000 job queues, one for each run',
        correct: false,
        why: 'Queues hold jobs and set their priority; making one per run multiplies the resources to manage and still needs 5,000 submissions.',
      },
      {
        text: 'A fair-share policy with 5,000 share identifiers',
        correct: false,
        why: 'Fair-share scheduling divides capacity between teams or workloads in a queue; it does not turn one submission into many runs.',
      },
      {
        text: 'An array job of size 5,000',
        correct: true,
        why: `An array job fans one submission out into ${factText('batch.arraySize')}, and each child reads its own index from AWS_BATCH_JOB_ARRAY_INDEX.`,
      },
    ],
    learnMore: '/batch#job-types',
    source: factSource('batch.arraySize'),
  },
  {
    id: 'default-timeout',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'You submit an AWS Batch job to a queue of EC2 compute environments without setting any timeout in the job definition or at submission, and its code gets stuck in a loop. What happens?',
    choices: [
      {
        text: `Batch stops it at Lambda's limit of ${factShort('lambda.maxTimeout')}`,
        correct: false,
        why: 'That limit belongs to a Lambda invocation. Batch runs containers on ECS or EKS capacity and does not inherit it.',
      },
      {
        text: 'Batch stops it after one day',
        correct: false,
        why: 'There is no one-day default either: without a timeout that you set, Batch applies none.',
      },
      {
        text: 'It keeps running until the container exits, because Batch has no default timeout',
        correct: true,
        why: `Batch sets no default timeout, so a hung job runs, and bills, until it exits or you stop it. A timeout you set is ${factText('batch.minTimeout')}.`,
      },
      {
        text: 'Batch ends the attempt at a default attemptDurationSeconds and retries it',
        correct: false,
        why: 'attemptDurationSeconds has no default value, and a job that is ended for exceeding a timeout is not retried anyway.',
      },
    ],
    learnMore: '/batch#limits',
    source: factSource('batch.defaultTimeout'),
  },
  {
    id: 'orchestrators',
    topic: 'batch',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question: 'Which statement about where AWS Batch runs jobs is current?',
    choices: [
      {
        text: 'Batch only runs Docker containers on Amazon ECS clusters of EC2 instances',
        correct: false,
        why: 'That is the older course line. Today Batch also runs jobs on Fargate capacity and as pods on Amazon EKS clusters.',
      },
      {
        text: 'Batch runs jobs as Lambda functions when they are short',
        correct: false,
        why: 'Batch never turns jobs into Lambda functions; short event-driven work is simply a better fit for Lambda itself.',
      },
      {
        text: 'Batch can run jobs on Amazon ECS (EC2, Spot or Fargate capacity) or as pods on an Amazon EKS cluster',
        correct: true,
        why: 'Batch plans and runs jobs on Amazon ECS with EC2 On-Demand, Spot, Fargate or Fargate Spot capacity, or on Amazon EKS, where Fargate is not offered. Its queues can also schedule SageMaker Training jobs, which SageMaker AI runs.',
      },
      {
        text: 'Batch runs jobs only on AWS Fargate, so it cannot use EC2 Spot Instances',
        correct: false,
        why: 'Fargate is one option among several; managed compute environments can also launch EC2 On-Demand and EC2 Spot Instances.',
      },
    ],
    learnMore: '/batch#whats-changed',
    source: {
      title: 'AWS Batch User Guide: What is AWS Batch?',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/what-is-batch.html',
    },
  },
  {
    id: 'mnp-spot',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2', 'saa-c03/4.2'],
    question:
      'A team wants a cheap MPI run spread across eight instances as an AWS Batch multi-node parallel job. Which managed compute environment can NOT run it?',
    choices: [
      {
        text: 'A managed compute environment of EC2 On-Demand instances',
        correct: false,
        why: 'This works: multi-node parallel jobs need a managed environment of EC2 On-Demand capacity.',
      },
      {
        text: 'A managed compute environment of EC2 Spot Instances',
        correct: true,
        why: 'The Batch guide states that multi-node parallel jobs are not supported on compute environments that use Spot Instances (nor on Fargate or in unmanaged environments), so the saving has to come elsewhere.',
      },
      {
        text: 'A managed compute environment of EC2 On-Demand GPU instances',
        correct: false,
        why: 'This works: GPU instance types are fine for multi-node parallel jobs as long as they are On-Demand EC2 in a managed environment.',
      },
      {
        text: 'A managed On-Demand environment that uses a cluster placement group',
        correct: false,
        why: 'This works, and AWS recommends it: a cluster placement group in one Availability Zone keeps the nodes close for fast networking between them.',
      },
    ],
    learnMore: '/batch#job-types',
    source: {
      title: 'AWS Batch User Guide: Compute environment considerations for multi-node parallel jobs',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/mnp-ce.html',
    },
  },
  {
    id: 'gpu-compute-environment',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'A team trains machine-learning models as AWS Batch jobs, and each job needs a GPU. Which setup lets the jobs run?',
    choices: [
      {
        text: 'A managed Fargate compute environment with a higher maximum vCPU setting',
        correct: false,
        why: 'Fargate offers no GPUs, whatever the vCPU setting; Batch recommends EC2 when a job needs one.',
      },
      {
        text: 'A Fargate Spot compute environment, to keep the training cheap',
        correct: false,
        why: 'Fargate Spot is Fargate capacity at a discount, and it has no GPUs either.',
      },
      {
        text: 'One job queue that mixes a Fargate environment with an EC2 GPU environment',
        correct: false,
        why: 'A job queue cannot mix EC2 and Fargate compute environments; all of them must be EC2 (On-Demand or Spot) or all Fargate.',
      },
      {
        text: 'A managed EC2 compute environment that allows GPU instance types, with jobs that request GPUs',
        correct: true,
        why: 'GPUs come only with EC2 capacity: the compute environment must be allowed to launch GPU instance types, and each job definition asks for the GPUs it needs.',
      },
    ],
    learnMore: '/batch#fargate-limits',
    source: {
      title: 'AWS Batch User Guide: Choose the right compute environment resource',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/bestpractice4.html',
    },
  },
  {
    id: 'spot-then-on-demand',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/4.2', 'saa-c03/2.2'],
    question:
      'Nightly AWS Batch jobs should run on Spot capacity to save money, but they must still finish on nights when too little Spot capacity is available. What is the most cost-effective design?',
    choices: [
      {
        text: 'One job queue whose first compute environment uses Spot and whose second uses On-Demand',
        correct: true,
        why: 'The scheduler tries a queue’s compute environments in order: jobs go to the Spot environment first and fall back to the On-Demand one when Spot cannot provide capacity.',
      },
      {
        text: 'A Spot compute environment only, with the retry strategy set to the maximum attempts',
        correct: false,
        why: 'Retries repeat failed attempts; they do not create capacity, so on a night without enough Spot the jobs simply wait.',
      },
      {
        text: 'An On-Demand compute environment only, sized for the busiest night',
        correct: false,
        why: 'The jobs would always finish, but every night would pay On-Demand prices and the Spot saving would be lost.',
      },
      {
        text: 'Two job queues, one on Spot and one on On-Demand, with every job submitted to both',
        correct: false,
        why: 'Each submission is a separate job, so every job would run twice and the bill would grow instead of shrink.',
      },
    ],
    learnMore: '/batch#building-blocks',
    source: {
      title: 'AWS Batch User Guide: Compute environments',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html',
    },
  },
  {
    id: 'spot-retries',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.2'],
    question:
      'AWS Batch jobs on Spot Instances sometimes fail when EC2 reclaims an instance. The team wants Batch to run such jobs again automatically, without changing their code. What should they configure?',
    choices: [
      {
        text: 'A higher priority on the job queue',
        correct: false,
        why: 'Queue priority decides which queue’s jobs are placed first; a job that has failed stays failed.',
      },
      {
        text: 'A timeout (attemptDurationSeconds) on the job definition',
        correct: false,
        why: 'A timeout ends attempts that run too long, and a job ended by its timeout is not retried; it does nothing for an instance that disappears.',
      },
      {
        text: 'A retry strategy with more than one attempt in the job definition',
        correct: true,
        why: `A retry strategy allows ${factText('batch.retryAttempts')}, and an instance that fails or is terminated is one of the failures it can retry.`,
      },
      {
        text: 'An array job, so that failed children restart on their own',
        correct: false,
        why: 'Array children follow the same retry strategy as any job; without one, each child gets a single attempt.',
      },
    ],
    learnMore: '/batch#job-types',
    source: factSource('batch.retryAttempts'),
  },
  {
    id: 'job-dependencies',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.1'],
    question:
      'An ETL workload on AWS Batch has three steps: extract, transform and load. Each step must start only after the previous one has succeeded. How should the jobs be submitted?',
    choices: [
      {
        text: 'Submit each step with dependsOn set to the job ID of the step before it',
        correct: true,
        why: `A job can depend on ${factText('batch.dependencies')}; Batch holds it until they succeed and fails it if one of them fails.`,
      },
      {
        text: 'Submit all three to a first-in, first-out queue in the right order',
        correct: false,
        why: 'FIFO only decides which job is placed first; the transform could start while the extract is still running.',
      },
      {
        text: 'Put each step in its own job queue with descending priorities',
        correct: false,
        why: 'Priority orders placement between queues; it does not make one job wait for another to succeed.',
      },
      {
        text: 'Attach a fair-share scheduling policy with one share identifier per step',
        correct: false,
        why: 'Fair share splits capacity between workloads; it is not a way to chain jobs. AWS points to dependsOn for a fixed order.',
      },
    ],
    learnMore: '/batch#job-types',
    source: factSource('batch.dependencies'),
  },
  {
    id: 'fair-share',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.1', 'saa-c03/3.2'],
    question:
      'Two research teams share one AWS Batch job queue. When team A submits thousands of jobs at once, team B’s jobs wait for hours behind them. The teams want to keep a single queue. What should be added?',
    choices: [
      {
        text: 'A higher maximum vCPU setting on the compute environment',
        correct: false,
        why: 'More capacity shortens the wait and raises the cost, but the queue still runs jobs first in, first out, so team A can still crowd out team B.',
      },
      {
        text: 'Job dependencies so that team B’s jobs depend on team A’s',
        correct: false,
        why: 'That would make team B wait for all of team A’s work on purpose, the opposite of what is wanted.',
      },
      {
        text: 'A second compute environment for team B in the same queue',
        correct: false,
        why: 'The queue fills its compute environments in order for whichever jobs come first, so team A’s jobs can use the new one too.',
      },
      {
        text: 'A fair-share scheduling policy with a share identifier for each team',
        correct: true,
        why: 'Without a scheduling policy a queue is FIFO. A fair-share policy gives each share identifier a weighted portion of the capacity, so one team cannot starve the other.',
      },
    ],
    learnMore: '/batch#job-types',
    source: {
      title: 'AWS Batch User Guide: Fair-share scheduling policies',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/job_scheduling.html',
    },
  },
  {
    id: 'what-batch-costs',
    topic: 'batch',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/4.1', 'saa-c03/4.2'],
    question: 'How is AWS Batch itself priced?',
    choices: [
      {
        text: 'No extra charge: you pay for the EC2, Spot or Fargate resources the jobs use',
        correct: true,
        why: `The pricing page puts it as ${factText('batch.pricing')}. That is why Spot capacity and a low minimum vCPU setting are the main cost levers.`,
      },
      {
        text: 'A fee for each job submitted, plus the compute the job uses',
        correct: false,
        why: 'Batch has no per-job fee; submitting jobs costs nothing by itself.',
      },
      {
        text: 'An hourly fee for each job queue and compute environment that exists',
        correct: false,
        why: 'Queues and compute environments are free; an idle managed environment at zero minimum vCPUs runs no instances and costs nothing.',
      },
      {
        text: 'A fixed monthly plan that includes a set number of vCPU-hours',
        correct: false,
        why: 'Fixed monthly plans are how Lightsail is sold. Batch follows the pay-as-you-go prices of the capacity it launches.',
      },
    ],
    learnMore: '/batch#pricing',
    source: factSource('batch.pricing'),
  },
  {
    id: 'which-service-batch',
    topic: 'batch',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'A company wants to run hundreds of thousands of batch computing jobs without installing or operating its own job scheduler or server clusters. Which AWS service is designed for this?',
    choices: [
      {
        text: 'Amazon Lightsail',
        correct: false,
        why: 'Lightsail offers simple servers at a fixed monthly price; it has no job queue and does not scale capacity for a backlog of jobs.',
      },
      {
        text: 'Amazon Elastic Container Registry (Amazon ECR)',
        correct: false,
        why: 'ECR stores the container images that jobs use; it runs nothing and schedules nothing.',
      },
      {
        text: 'AWS Batch',
        correct: true,
        why: 'Batch is the managed scheduler and capacity manager for batch work: it queues the jobs, launches compute for them and scales back down when they are done.',
      },
      {
        text: 'Amazon EC2 Auto Scaling',
        correct: false,
        why: 'Auto Scaling adds and removes instances, but the company would still have to run a scheduler to queue and place the jobs.',
      },
    ],
    learnMore: '/batch#what-it-is',
    source: {
      title: 'AWS Batch User Guide: What is AWS Batch?',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/what-is-batch.html',
    },
  },
  {
    id: 'stop-hung-jobs',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/4.2'],
    question:
      'Some AWS Batch jobs occasionally hang and keep their instances busy for days, which drives up cost. Every attempt should be stopped after two hours. What should the team set?',
    choices: [
      {
        text: 'A retry strategy with a single attempt',
        correct: false,
        why: 'A retry strategy decides whether a failed job runs again; a job that hangs never fails, so it is never evaluated.',
      },
      {
        text: 'A lower maximum vCPU setting on the compute environment',
        correct: false,
        why: 'That caps how much runs at once, not how long one job runs; a hung job would still hold its share.',
      },
      {
        text: 'A minimum vCPU setting of zero on the compute environment',
        correct: false,
        why: 'A low minimum lets the environment shrink when the queue is empty, but a hung job keeps running and keeps its instance.',
      },
      {
        text: 'A timeout (attemptDurationSeconds) in the job definition',
        correct: true,
        why: `Batch has no default timeout. A timeout you set is ${factText('batch.minTimeout')}, so two hours is allowed, and Batch ends any attempt that runs longer.`,
      },
    ],
    learnMore: '/batch#limits',
    source: factSource('batch.minTimeout'),
  },
  {
    id: 'nightly-schedule',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.1'],
    question:
      'A containerized report job on AWS Batch must start every night at 02:00 and runs for about three hours. What starts it with the least operational overhead?',
    choices: [
      {
        text: 'An Amazon EventBridge schedule that submits the job to the Batch job queue',
        correct: true,
        why: 'Batch job queues are EventBridge targets, so a cron or rate schedule can submit the job at fixed times with nothing to run in between.',
      },
      {
        text: 'A cron entry on an always-on Lightsail instance that calls SubmitJob',
        correct: false,
        why: 'It works, but it adds a server to pay for, patch and keep running only to fire one command a night.',
      },
      {
        text: 'A schedule expression in the Batch job definition',
        correct: false,
        why: 'Job definitions describe how a job runs, not when; Batch relies on EventBridge (or a workflow engine) to submit jobs on a timetable.',
      },
      {
        text: 'A standard Lambda function that runs the report itself each night',
        correct: false,
        why: `The report takes about three hours, far beyond one standard invocation's ${factShort('lambda.maxTimeout')}, and it would mean moving a job that already runs on Batch.`,
      },
    ],
    learnMore: '/batch#connections',
    source: {
      title: 'AWS Batch User Guide: AWS Batch jobs as EventBridge targets',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/batch-cwe-target.html',
    },
  },
  {
    id: 'quick-small-jobs',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'A team runs many small AWS Batch jobs (a couple of vCPUs, a few GB of memory, no GPUs). Jobs should start quickly, and nobody wants to choose instance types or look after instances. Which compute environment fits best?',
    choices: [
      {
        text: 'An unmanaged compute environment of EC2 instances the team launches',
        correct: false,
        why: 'In an unmanaged environment the team launches and maintains the instances itself, the opposite of what it wants.',
      },
      {
        text: 'A managed EC2 compute environment with a custom AMI',
        correct: false,
        why: 'Batch picks the instances here, but the team still owns the AMI and its patches, and a new instance takes minutes to start.',
      },
      {
        text: 'A managed compute environment that uses Fargate',
        correct: true,
        why: `AWS recommends Fargate for jobs like these: capacity starts in ${factText('batch.fargateStartup')}, there are no instance types to pick and no instances to patch.`,
      },
      {
        text: 'A multi-node parallel job definition on EC2 On-Demand',
        correct: false,
        why: 'Multi-node parallel jobs are for one job spread across instances; small independent jobs do not need them.',
      },
    ],
    learnMore: '/batch#fargate-limits',
    source: factSource('batch.fargateStartup'),
  },
  {
    id: 'fargate-scratch-space',
    topic: 'batch',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'With the features AWS Batch offers today, a job on Fargate needs far more scratch disk than the default while it unpacks a large dataset. The job should stay on Fargate. What should the team do?',
    choices: [
      {
        text: 'Set ephemeralStorage in the Fargate job definition to the size the job needs',
        correct: true,
        why: `A Fargate job gets ${factText('batch.fargateStorage')}. Before that option arrived, older exam items expected such a job to move to EC2 with EBS or instance storage.`,
      },
      {
        text: 'Attach a larger EBS volume through the compute environment’s launch template',
        correct: false,
        why: 'Fargate compute environments accept no launch template: there are no instances whose volumes you could configure.',
      },
      {
        text: 'Write the data to the instance store of the Fargate host',
        correct: false,
        why: 'Fargate hides its hosts, so there is no instance store to reach; the task has only its own ephemeral storage.',
      },
      {
        text: 'Run the unpacking step in Lambda and use its /tmp space',
        correct: false,
        why: `Lambda's /tmp is ${factText('lambda.ephemeralStorage')} and one invocation stops after ${factShort('lambda.maxTimeout')}, so it neither keeps the job on Fargate nor reliably fits it.`,
      },
    ],
    learnMore: '/batch#fargate-limits',
    source: factSource('batch.fargateStorage'),
  },
  {
    id: 'ami-patching',
    topic: 'batch',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/2.1', 'saa-c03/1.2'],
    question:
      'A managed AWS Batch compute environment launches EC2 instances from the Amazon ECS-optimized AMI. A newer AMI with security patches is released. Who makes sure the environment uses it?',
    choices: [
      {
        text: 'AWS Batch, which patches the running instances in place',
        correct: false,
        why: 'Batch does not patch its instances in place, and after the environment is created it does not switch to newer AMIs on its own.',
      },
      {
        text: 'Amazon ECS, because the instances join an ECS cluster',
        correct: false,
        why: 'ECS schedules the job containers on the instances; it does not patch the operating system of EC2 container instances.',
      },
      {
        text: 'Nobody: instances in a managed environment never need patches',
        correct: false,
        why: 'They are ordinary EC2 instances with a guest operating system, which needs updates like any other. Only Fargate or ECS Managed Instances take host patching off your hands.',
      },
      {
        text: 'The customer, by updating the compute environment to the new image or replacing it',
        correct: true,
        why: 'The Batch guide says it does not upgrade a compute environment’s AMIs and that the guest operating system, updates and patches included, is the customer’s to manage. An update of the environment (or a new environment in the queue) brings in the new image.',
      },
    ],
    learnMore: '/batch#building-blocks',
    source: {
      title: 'AWS Batch User Guide: Compute resource AMIs',
      url: 'https://docs.aws.amazon.com/batch/latest/userguide/compute_resource_AMIs.html',
    },
  },
];

export default questions;
