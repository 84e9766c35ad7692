import {factShort, factText} from '../facts';
import type {Topic} from '../types';

const lightsail = {
  id: 'lightsail',
  name: 'Amazon Lightsail',
  shortName: 'Lightsail',
  fullName: 'Amazon Lightsail',
  searchTerms: [
    'VPS',
    'virtual private server',
    'simple web hosting',
    'WordPress hosting',
    'LAMP',
    'blueprint',
    'instance plan',
    'bundle',
    'fixed monthly price',
    'static IP',
    'Lightsail load balancer',
    'Lightsail database',
    'Lightsail container service',
    'Lightsail bucket',
    'Lightsail CDN distribution',
    'VPC peering',
    'IPv6-only',
  ],
  group: 'batch-and-simple',
  path: '/lightsail',
  summary:
    'The simplified corner of AWS: virtual servers, databases, storage and networking sold as plans with a predictable monthly price.',
  facts: {
    whatYouRun: 'Virtual servers from OS or app blueprints, plus container services, databases and buckets',
    serverManagement: 'You run the OS and apps on instances; AWS runs databases, load balancers, CDN',
    scaling: 'Manual: move to a bigger plan via a snapshot, or add instances behind a load balancer',
    maxRunTime: 'No limit: instances run until you stop or delete them',
    pricing: `Fixed-price plans billed hourly up to a monthly cap; dual-stack Linux/Unix from ${factShort('lightsail.smallestPlan')}`,
    bestFor: 'Simple websites, blogs, small web apps and dev/test at a predictable price',
  },
  atAGlance: {
    whatYouRun: {text: 'A server from a blueprint', section: '#what-a-plan-includes'},
    serverManagement: {text: 'You (OS and apps)', section: '#what-it-is'},
    scaling: {text: 'Manual', section: '#scaling'},
    maxRunTime: {text: 'No limit', section: '#limits'},
    pricing: {text: `Fixed plans, from ${factShort('lightsail.smallestPlan')}`, section: '#pricing'},
    bestFor: {text: 'Simple sites, fixed bill', section: '#when-to-use'},
  },
  cheatSheet: [
    'Lightsail bundles a server, SSD storage and a monthly data transfer allowance into one plan with a predictable monthly price.',
    `The smallest dual-stack Linux/Unix plan is ${factText('lightsail.smallestPlan')}; IPv6-only plans start ${factShort('lightsail.ipv6OnlyPlans')}.`,
    'Besides instances it offers container services, managed databases, buckets, load balancers, CDN distributions, DNS and snapshots.',
    'High availability is something you build: instances in several AZs behind a Lightsail load balancer, and a high-availability database plan.',
    'It does not add instances by itself when load grows; the load balancer scales, but instance count and plan size are your call.',
    'Outgrowing it: export an instance or disk snapshot to EC2 (it becomes an AMI and EBS volumes), or peer with your default VPC.',
  ],
  sources: [
    {
      title: 'Lightsail API Reference: Welcome',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/Welcome.html',
    },
    {
      title: 'Baseline CPU performance for Lightsail instance plans',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/baseline-cpu-performance.html',
    },
    {
      title: 'Bundle (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_Bundle.html',
    },
    {
      title: 'Data transfer in Lightsail',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-faq-data-transfer-allowance.html',
    },
    {
      title: 'Blueprint (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_Blueprint.html',
    },
    {
      title: 'Lightsail load balancers FAQ',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-faq-load-balancers.html',
    },
    {
      title: 'RelationalDatabase, including secondaryAvailabilityZone (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_RelationalDatabase.html',
    },
    {
      title: 'Object storage in Amazon Lightsail',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/buckets-in-amazon-lightsail.html',
    },
    {
      title: 'Content delivery network distributions in Lightsail',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-content-delivery-network-distributions.html',
    },
    {
      title: 'ExportSnapshot (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ExportSnapshot.html',
    },
    {
      title: 'CreateInstancesFromSnapshot (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateInstancesFromSnapshot.html',
    },
    {
      title: 'UpdateContainerService (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateContainerService.html',
    },
    {
      title: 'PeerVpc (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_PeerVpc.html',
    },
    {
      title: 'SetIpAddressType (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetIpAddressType.html',
    },
    {
      title: 'UpdateBucketBundle (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html',
    },
    {
      title: 'Billing and account management FAQ (Lightsail)',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-frequently-asked-questions-faq-billing-and-account-management.html',
    },
    {
      title: 'StopRelationalDatabase (Lightsail API)',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StopRelationalDatabase.html',
    },
    {
      title: 'Configure health check settings for Lightsail load balancers',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-lightsail-load-balancer-health-checking.html',
    },
    {
      title: 'CreateLoadBalancer (Lightsail API): health-check path, certificates, load balancers per Region',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateLoadBalancer.html',
    },
    {
      title: 'Container services in Amazon Lightsail',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-services.html',
    },
  ],
  checkedOn: '2026-12-01',
} as const satisfies Topic;

export default lightsail;
