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
    whatYouRun: 'Virtual servers from OS or app blueprints, plus containers, databases and buckets',
    serverManagement: 'You run the OS and apps on instances; AWS runs databases, load balancers, CDN',
    scaling: 'Manual: move to a bigger plan via a snapshot, or add instances behind a load balancer',
    maxRunTime: 'No limit: instances run until you stop or delete them',
    pricing: 'Fixed-price plans billed hourly up to a monthly cap; Linux with IPv4 from $5/month',
    bestFor: 'Simple websites, blogs, small web apps and dev/test at a predictable price',
  },
  cheatSheet: [
    'Lightsail bundles a server, SSD storage and a monthly data transfer allowance into one plan with a predictable monthly price.',
    'Dual-stack Linux/Unix plans start at $5 a month (2 vCPUs, 512 MB, 20 GB SSD); IPv6-only plans are priced separately.',
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
      title: 'Lightsail load balancer health checks',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-lightsail-load-balancer-health-checking.html',
    },
    {title: 'Elastic Load Balancing features', url: 'https://aws.amazon.com/elasticloadbalancing/details'},
  ],
  checkedOn: '2026-11-30',
} as const satisfies Topic;

export default lightsail;
