import type {ExamGuide} from '../types';

/**
 * DVA-C02 as the HTML exam guide on docs.aws.amazon.com gives it. Scope comes from the guide's
 * "In-scope AWS services" page (dva-02-in-scope-services.html) and its out-of-scope page
 * (dva-02-out-of-scope-services.html).
 */
const guide: ExamGuide = {
  id: 'dva-c02',
  code: 'DVA-C02',
  name: 'AWS Certified Developer – Associate',
  guide: {
    title: 'AWS Certified Developer – Associate (DVA-C02) exam guide',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/developer-associate-02.html',
  },
  checkedOn: '2026-12-01',
  scope: [
    {
      topic: 'ecs',
      inScope: true,
      note: 'In the Containers group of the in-scope list, which holds ECR, ECS and EKS.',
    },
    {
      topic: 'fargate',
      inScope: false,
      note: 'Not in the in-scope list (its Containers group has only ECR, ECS and EKS) and not named in the out-of-scope list either; it may still come up as the way ECS tasks run.',
    },
    {
      topic: 'ecr',
      inScope: true,
      note: 'In the Containers group of the in-scope list.',
    },
    {
      topic: 'lambda',
      inScope: true,
      note: 'In the Compute group of the in-scope list, with EC2 and Elastic Beanstalk.',
    },
    {
      topic: 'api-gateway',
      inScope: true,
      note: 'In the Networking and Content Delivery group of the in-scope list.',
    },
    {
      topic: 'batch',
      inScope: false,
      note: 'Absent from the in-scope list, and the out-of-scope list does not mention it either.',
    },
    {
      topic: 'lightsail',
      inScope: false,
      note: 'Absent from the in-scope list, and the out-of-scope list does not mention it either.',
    },
  ],
  domains: [
    {
      number: 1,
      title: 'Development with AWS Services',
      weight: 32,
      tasks: [
        {
          number: '1.1',
          title: 'Build application code that runs on and calls AWS',
          focus:
            'Builds event-driven and API-backed code: API Gateway in front of Lambda with request checks and status codes, synchronous against asynchronous calls, and unit tests that stub AWS.',
          sections: [
            '/api-gateway#in-front-of-lambda',
            '/api-gateway#api-types',
            '/lambda#patterns',
            '/serverless#architecture',
            '/lab-stop-ec2#unit-tests',
            '/api-gateway#limits',
          ],
        },
        {
          number: '1.2',
          title: 'Build and configure Lambda functions',
          focus:
            'Configures and codes functions: memory, timeout, concurrency, runtimes and packaging, event sources, and handling failures and retries in the handler.',
          sections: [
            '/lambda#what-it-is',
            '/lambda#limits',
            '/lambda#concurrency',
            '/lambda#connections',
            '/lambda#runtimes',
            '/lab-stop-ec2#code',
            '/lab-stop-ec2#failures',
          ],
        },
      ],
    },
    {
      number: 2,
      title: 'Security',
      weight: 26,
      tasks: [
        {
          number: '2.1',
          title: 'Prove who is calling and decide what each caller may do',
          focus:
            'Has code act through roles it assumes: the Lambda execution role, the role a schedule uses to invoke a function, ECS task roles, and Cognito, IAM or Lambda authorizers on API Gateway.',
          sections: [
            '/lab-stop-ec2#iam',
            '/lab-stop-ec2#execution-role',
            '/lab-stop-ec2#scheduler-role',
            '/api-gateway#security',
            '/ecs#connections',
            '/ecr#connections',
          ],
        },
        {
          number: '2.3',
          title: 'Keep secrets and sensitive settings safe in code',
          focus:
            'Keeps credentials and settings out of the code: configuration through environment variables, secrets in Secrets Manager, and roles instead of stored keys.',
          sections: [
            '/serverless#connections',
            '/lab-stop-ec2#selection',
            '/ecs#concepts',
            '/lab-stop-ec2#execution-role',
          ],
        },
      ],
    },
    {
      number: 3,
      title: 'Deployment',
      weight: 24,
      tasks: [
        {
          number: '3.1',
          title: 'Get the deployable package ready',
          focus:
            'Prepares what gets deployed: a Lambda .zip or container image, a Docker image pushed to ECR, and the CPU and memory an ECS task definition or Batch job definition asks for.',
          sections: [
            '/lambda#runtimes',
            '/lab-stop-ec2#build',
            '/docker#dockerfile',
            '/docker#image',
            '/ecr#what-it-is',
            '/ecs#concepts',
            '/batch#building-blocks',
          ],
        },
        {
          number: '3.2',
          title: 'Try code out before it reaches production',
          focus:
            'Tries code safely before it matters: a dry-run mode, test invocations with sample events, and a separate API Gateway stage for development.',
          sections: [
            '/lab-stop-ec2#test-safely',
            '/lab-stop-ec2#dry-run',
            '/lab-stop-ec2#unit-tests',
            '/api-gateway#what-it-is',
          ],
        },
        {
          number: '3.3',
          title: 'Run tests automatically on every deployment',
          focus:
            'Runs the same checks on every change: unit tests with stubbed clients, JSON test events, API stages per environment, and fixed image tags so a test hits the version it means to.',
          sections: [
            '/lab-stop-ec2#unit-tests',
            '/api-gateway#what-it-is',
            '/ecr#what-it-is',
            '/lab-stop-ec2#test-safely',
          ],
        },
        {
          number: '3.4',
          title: 'Ship code through AWS pipelines and templates',
          focus:
            'Ships functions and containers repeatably: CLI or infrastructure-as-code deployment of a function, new task definition revisions for ECS services, and images pulled from ECR.',
          sections: [
            '/lab-stop-ec2#deploy',
            '/serverless#connections',
            '/ecs#concepts',
            '/ecr#connections',
            '/docker#how-it-works',
          ],
        },
      ],
    },
    {
      number: 4,
      title: 'Troubleshooting and Optimization',
      weight: 18,
      tasks: [
        {
          number: '4.1',
          title: 'Help find the root cause of a failure',
          focus:
            'Reads the evidence: the API Gateway integration timeout against the function timeout, error metrics and logs of a failed run, and the limits behind common errors.',
          sections: [
            '/api-gateway#exam-traps',
            '/api-gateway#limits',
            '/lab-stop-ec2#failures',
            '/lab-stop-ec2#test-safely',
            '/lambda#exam-traps',
          ],
        },
        {
          number: '4.2',
          title: 'Make code report what it is doing',
          focus:
            'Makes functions and tasks observable: structured JSON logs, log groups with a retention period, and the metrics and logs Lambda, Fargate and API Gateway send to CloudWatch.',
          sections: [
            '/lambda#connections',
            '/lab-stop-ec2#create-function',
            '/lab-stop-ec2#test-safely',
            '/fargate#connections',
            '/api-gateway#connections',
          ],
        },
        {
          number: '4.3',
          title: 'Tune applications for speed and cost with AWS features',
          focus:
            'Tunes for speed and cost: Lambda memory as the one sizing dial, concurrency and cold starts, and API Gateway caching and throttling.',
          sections: [
            '/lambda#concurrency',
            '/lambda#limits',
            '/lambda#pricing',
            '/api-gateway#when-to-use',
            '/api-gateway#pricing',
          ],
        },
      ],
    },
  ],
};

export default guide;
