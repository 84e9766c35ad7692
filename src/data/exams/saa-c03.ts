import type {ExamGuide} from '../types';

/**
 * SAA-C03 as the HTML exam guide on docs.aws.amazon.com gives it. Scope comes from the guide's
 * "In-scope AWS services" page (saa-03-in-scope-services.html) and its out-of-scope page
 * (saa-03-out-of-scope-services.html).
 */
const guide: ExamGuide = {
  id: 'saa-c03',
  code: 'SAA-C03',
  name: 'AWS Certified Solutions Architect – Associate',
  guide: {
    title: 'AWS Certified Solutions Architect – Associate (SAA-C03) exam guide',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/solutions-architect-associate-03.html',
  },
  checkedOn: '2026-12-01',
  scope: [
    {
      topic: 'ecs',
      inScope: true,
      note: 'In the Containers group of the in-scope list, with ECS Anywhere, EKS, EKS Anywhere and EKS Distro.',
    },
    {
      topic: 'fargate',
      inScope: true,
      note: 'In the Serverless group of the in-scope list, beside Lambda.',
    },
    {
      topic: 'ecr',
      inScope: true,
      note: 'In the Containers group of the in-scope list.',
    },
    {
      topic: 'lambda',
      inScope: true,
      note: 'In the Serverless group of the in-scope list, beside Fargate.',
    },
    {
      topic: 'api-gateway',
      inScope: true,
      note: 'In the in-scope list, but filed under Front-End Web and Mobile (with Amplify and Device Farm), not under networking.',
    },
    {
      topic: 'batch',
      inScope: true,
      note: 'In the Compute group of the in-scope list, with EC2, EC2 Auto Scaling, Elastic Beanstalk, Outposts and others.',
    },
    {
      topic: 'lightsail',
      inScope: false,
      note: 'Not in the in-scope list: the out-of-scope list names Amazon Lightsail under Compute, so SAA-C03 does not test it (CLF-C02 does).',
    },
  ],
  domains: [
    {
      number: 1,
      title: 'Design Secure Architectures',
      weight: 30,
      tasks: [
        {
          number: '1.1',
          title: 'Control who and what can reach AWS resources',
          focus:
            'Gives each piece its own least-privilege role: a Lambda execution role, an ECS task role next to the task execution role, and resource policies or authorizers on API Gateway.',
          sections: [
            '/lab-stop-ec2#iam',
            '/lab-stop-ec2#execution-role',
            '/ecs#connections',
            '/api-gateway#security',
            '/ecr#connections',
            '/lambda#what-it-is',
          ],
        },
        {
          number: '1.2',
          title: 'Protect the workloads and the applications in them',
          focus:
            'Protects the front door and the runtime: WAF, private REST APIs and authorizers on API Gateway, Fargate tasks with their own network interface in private subnets, and scanned images.',
          sections: [
            '/api-gateway#security',
            '/api-gateway#exam-traps',
            '/fargate#connections',
            '/docker-vs-vm#isolation',
            '/ecr#scanning',
            '/lightsail#connections',
          ],
        },
      ],
    },
    {
      number: 2,
      title: 'Design Resilient Architectures',
      weight: 26,
      tasks: [
        {
          number: '2.1',
          title: 'Build architectures that scale, with parts that stay independent',
          focus:
            'Decides when containers and when serverless fit: event-driven Lambda behind API Gateway or a queue, ECS services for long-running containers, each part scaling on its own.',
          sections: [
            '/serverless#architecture',
            '/serverless#when-to-use',
            '/api-gateway#in-front-of-lambda',
            '/lambda#patterns',
            '/ecs#when-to-use',
            '/docker-vs-vm#when-to-use',
            '/picker#how-it-decides',
          ],
        },
        {
          number: '2.2',
          title: 'Keep architectures running when parts of them fail',
          focus:
            'Removes single points of failure: ECS services spread across Availability Zones behind a load balancer, Batch retries, replicated images, and what a lone Lightsail instance lacks.',
          sections: [
            '/ecs#limits',
            '/fargate#connections',
            '/lightsail#high-availability',
            '/lightsail#limits',
            '/batch#when-to-use',
            '/ecr#replication',
          ],
        },
      ],
    },
    {
      number: 3,
      title: 'Design High-Performing Architectures',
      weight: 24,
      tasks: [
        {
          number: '3.2',
          title: 'Choose and size compute that performs and stretches with demand',
          focus:
            'Chooses between Lambda, Fargate, ECS on EC2 and Batch for elastic compute, and sizes them: Lambda memory and concurrency, Fargate task sizes, Batch compute environments.',
          sections: [
            '/overview#how-to-choose',
            '/picker#how-it-decides',
            '/batch#batch-vs-lambda',
            '/fargate#launch-types',
            '/ecs#launch-types',
            '/lambda#concurrency',
            '/lambda#limits',
            '/fargate#limits',
            '/batch#fargate-limits',
          ],
        },
      ],
    },
    {
      number: 4,
      title: 'Design Cost-Optimized Architectures',
      weight: 20,
      tasks: [
        {
          number: '4.2',
          title: 'Keep the cost of compute down',
          focus:
            'Weighs Lambda, EC2 and Fargate on cost for a given load, with Spot (EC2 Spot, Fargate Spot, Batch on Spot) and Savings Plans as the main levers.',
          sections: [
            '/fargate#pricing',
            '/lambda#pricing',
            '/ecs#pricing',
            '/batch#pricing',
            '/serverless#pricing',
            '/serverless#when-to-use',
            '/docker-vs-vm#pricing',
          ],
        },
        {
          number: '4.4',
          title: 'Keep the cost of the network down',
          focus:
            'Covers the network side of these services: API Gateway throttling and usage plans, its per-request and cache charges, and NAT gateway and load balancer costs that ECS tasks add.',
          sections: ['/api-gateway#security', '/api-gateway#pricing', '/api-gateway#limits', '/ecs#pricing'],
        },
      ],
    },
  ],
};

export default guide;
