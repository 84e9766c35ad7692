import type {ExamGuide} from '../types';

const guide: ExamGuide = {
  id: 'saa-c03',
  code: 'SAA-C03',
  name: 'AWS Certified Solutions Architect – Associate',
  guide: {
    title: 'AWS Certified Solutions Architect – Associate (SAA-C03) exam guide',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/examguides/solutions-architect-associate-03.html',
  },
  checkedOn: '2026-12-01',
  scope: [
    {topic: 'ecs', inScope: true, note: 'Listed under Containers, beside Amazon EKS and ECS Anywhere.'},
    {topic: 'fargate', inScope: true, note: 'Listed under Serverless, next to Lambda.'},
    {topic: 'ecr', inScope: true, note: 'Listed under Containers.'},
    {topic: 'lambda', inScope: true, note: 'Listed under Serverless.'},
    {topic: 'api-gateway', inScope: true, note: 'Listed under Networking and Content Delivery.'},
    {topic: 'batch', inScope: true, note: 'Listed under Compute.'},
    {
      topic: 'lightsail',
      inScope: false,
      note: 'Not in the in-scope list; the guide names it under Compute in its out-of-scope list.',
    },
  ],
  domains: [
    {number: 1, title: 'Design Secure Architectures', weight: 30, tasks: []},
    {number: 2, title: 'Design Resilient Architectures', weight: 26, tasks: []},
    {number: 3, title: 'Design High-Performing Architectures', weight: 24, tasks: []},
    {number: 4, title: 'Design Cost-Optimized Architectures', weight: 20, tasks: []},
  ],
};

export default guide;
