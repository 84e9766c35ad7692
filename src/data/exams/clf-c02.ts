import type {ExamGuide} from '../types';

/**
 * CLF-C02 as the HTML exam guide on docs.aws.amazon.com gives it. Scope comes from the guide's
 * "In-scope AWS services" page (clf-02-in-scope-services.html) and its out-of-scope page.
 */
const guide: ExamGuide = {
  id: 'clf-c02',
  code: 'CLF-C02',
  name: 'AWS Certified Cloud Practitioner',
  guide: {
    title: 'AWS Certified Cloud Practitioner (CLF-C02) exam guide',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html',
  },
  checkedOn: '2026-12-01',
  scope: [
    {
      topic: 'ecs',
      inScope: true,
      note: 'In the Containers group of the in-scope list, together with ECR and EKS.',
    },
    {
      topic: 'fargate',
      inScope: true,
      note: 'In the Serverless group of the in-scope list, the only other entry there being Lambda.',
    },
    {
      topic: 'ecr',
      inScope: true,
      note: 'In the Containers group of the in-scope list, next to ECS and EKS.',
    },
    {
      topic: 'lambda',
      inScope: true,
      note: 'In the Serverless group of the in-scope list, beside Fargate.',
    },
    {
      topic: 'api-gateway',
      inScope: true,
      note: 'In the Networking and Content Delivery group of the in-scope list.',
    },
    {
      topic: 'batch',
      inScope: true,
      note: 'In the Compute group of the in-scope list.',
    },
    {
      topic: 'lightsail',
      inScope: true,
      note: 'In the Compute group of the in-scope list, with EC2, Elastic Beanstalk, Batch and Outposts: unlike SAA-C03, this exam covers it.',
    },
  ],
  domains: [
    {
      number: 1,
      title: 'Cloud Concepts',
      weight: 24,
      tasks: [
        {
          number: '1.1',
          title: 'Say what the AWS Cloud gives you',
          focus:
            'Uses Lambda and Fargate as examples of elasticity and agility: capacity appears when requests arrive and goes away when they stop, in any Region, with no hardware to order.',
          sections: ['/serverless#what-it-is', '/lambda#concurrency', '/fargate#what-it-is', '/overview#at-a-glance'],
        },
        {
          number: '1.2',
          title: 'Recognize the design principles behind AWS',
          focus:
            'Links the Well-Architected pillars to compute choices, for example managed and serverless services taking undifferentiated operations work off the team and scaling with demand.',
          sections: ['/serverless#when-to-use', '/docker-vs-vm#when-to-use', '/overview#how-to-choose'],
        },
        {
          number: '1.4',
          title: 'Explain the economics of the cloud',
          focus:
            'Compares paying for idle servers with paying per request or per task-second (Lambda, Fargate) or a fixed monthly bundle (Lightsail), and why rightsizing and managed services cut cost.',
          sections: [
            '/serverless#pricing',
            '/lambda#pricing',
            '/fargate#pricing',
            '/lightsail#pricing',
            '/docker-vs-vm#pricing',
          ],
        },
      ],
    },
    {
      number: 2,
      title: 'Security and Compliance',
      weight: 30,
      tasks: [
        {
          number: '2.1',
          title: 'Understand who secures what under the shared responsibility model',
          focus:
            'Shows how the line moves with the service: you patch the hosts of ECS on EC2, AWS runs the hosts for Fargate, and with Lambda you keep only your code, data and permissions.',
          sections: [
            '/ecs#exam-traps',
            '/ecs#launch-types',
            '/fargate#what-it-is',
            '/serverless#what-it-is',
            '/docker-vs-vm#isolation',
          ],
        },
      ],
    },
    {
      number: 3,
      title: 'Cloud Technology and Services',
      weight: 34,
      tasks: [
        {
          number: '3.1',
          title: 'Know the ways to deploy and run workloads on AWS',
          focus:
            'Contrasts the console, the CLI and SDKs and infrastructure as code, using the Lambda lab (CLI and console) and image pushes to ECR as worked examples.',
          sections: [
            '/lab-stop-ec2#deploy',
            '/lab-stop-ec2#console',
            '/serverless#connections',
            '/docker#how-it-works',
          ],
        },
        {
          number: '3.3',
          title: 'Pick out the AWS compute services',
          focus:
            'Asks which of EC2, ECS, EKS, Fargate, Lambda, Batch or Lightsail fits a described workload, and what containers and serverless compute each mean.',
          sections: [
            '/overview#how-to-choose',
            '/picker#how-it-decides',
            '/ecs#what-it-is',
            '/fargate#what-it-is',
            '/lambda#what-it-is',
            '/docker#connections',
            '/batch#what-it-is',
            '/lightsail#lightsail-vs-ec2',
          ],
        },
        {
          number: '3.5',
          title: 'Pick out the AWS network services',
          focus:
            'Places API Gateway among the networking services as the managed HTTPS front door, and shows where Fargate tasks and Lightsail resources sit in a VPC.',
          sections: [
            '/api-gateway#what-it-is',
            '/api-gateway#api-types',
            '/fargate#connections',
            '/lightsail#connections',
            '/ecs#connections',
          ],
        },
      ],
    },
    {
      number: 4,
      title: 'Billing, Pricing, and Support',
      weight: 12,
      tasks: [
        {
          number: '4.1',
          title: 'Tell the AWS pricing models apart',
          focus:
            'Sets On-Demand, Spot and Savings Plans against each compute service: Fargate and Fargate Spot, Lambda per request and GB-second, Batch on Spot capacity, ECS billed through the capacity it runs on, and Lightsail flat monthly plans.',
          sections: [
            '/fargate#pricing',
            '/lambda#pricing',
            '/batch#pricing',
            '/ecs#pricing',
            '/lightsail#pricing',
            '/api-gateway#pricing',
            '/ecr#pricing',
          ],
        },
      ],
    },
  ],
};

export default guide;
