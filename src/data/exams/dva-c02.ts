import type {ExamGuide} from '../types';

const guide: ExamGuide = {
  id: 'dva-c02',
  code: 'DVA-C02',
  name: 'AWS Certified Developer – Associate',
  guide: {
    title: 'AWS Certified Developer – Associate (DVA-C02) exam guide',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/examguides/developer-associate-02.html',
  },
  checkedOn: '2026-12-01',
  scope: [
    {topic: 'ecs', inScope: true, note: 'Listed under Containers, with ECR, EKS and AWS Copilot.'},
    {topic: 'fargate', inScope: false, note: 'Not named in the in-scope list (still being checked against the guide).'},
    {topic: 'ecr', inScope: true, note: 'Listed under Containers.'},
    {topic: 'lambda', inScope: true, note: 'Listed under Compute, beside AWS SAM.'},
    {topic: 'api-gateway', inScope: true, note: 'Listed under Networking and Content Delivery.'},
    {topic: 'batch', inScope: false, note: 'Not named in the in-scope list (still being checked against the guide).'},
    {
      topic: 'lightsail',
      inScope: false,
      note: 'Not named in the in-scope list (still being checked against the guide).',
    },
  ],
  domains: [
    {number: 1, title: 'Development with AWS Services', weight: 32, tasks: []},
    {number: 2, title: 'Security', weight: 26, tasks: []},
    {number: 3, title: 'Deployment', weight: 24, tasks: []},
    {number: 4, title: 'Troubleshooting and Optimization', weight: 18, tasks: []},
  ],
};

export default guide;
