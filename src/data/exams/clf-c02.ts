import type {ExamGuide} from '../types';

const guide: ExamGuide = {
  id: 'clf-c02',
  code: 'CLF-C02',
  name: 'AWS Certified Cloud Practitioner',
  guide: {
    title: 'AWS Certified Cloud Practitioner (CLF-C02) exam guide',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/examguides/cloud-practitioner-02.html',
  },
  checkedOn: '2026-12-01',
  scope: [
    {topic: 'ecs', inScope: true, note: 'Listed under Containers.'},
    {topic: 'fargate', inScope: true, note: 'Listed in the in-scope services.'},
    {topic: 'ecr', inScope: true, note: 'Listed under Containers.'},
    {topic: 'lambda', inScope: true, note: 'Listed in the in-scope services.'},
    {topic: 'api-gateway', inScope: true, note: 'Listed under Networking and Content Delivery.'},
    {topic: 'batch', inScope: true, note: 'Listed under Compute.'},
    {topic: 'lightsail', inScope: true, note: 'Listed under Compute.'},
  ],
  domains: [
    {number: 1, title: 'Cloud Concepts', weight: 24, tasks: []},
    {number: 2, title: 'Security and Compliance', weight: 30, tasks: []},
    {number: 3, title: 'Cloud Technology and Services', weight: 34, tasks: []},
    {number: 4, title: 'Billing, Pricing, and Support', weight: 12, tasks: []},
  ],
};

export default guide;
