import type {Comparison} from '../types';
import lightsail from '../topics/lightsail';

/**
 * Amazon Lightsail against plain Amazon EC2. EC2 has no topic entry on this
 * site, so its cells are written here; Lightsail's service facts are read
 * from its topic entry where a row matches one.
 */
const lightsailVsEc2 = {
  id: 'lightsail-vs-ec2',
  caption: 'Amazon Lightsail compared with Amazon EC2',
  rowHeader: 'Aspect',
  columns: [
    {key: 'lightsail', label: 'Amazon Lightsail'},
    {key: 'ec2', label: 'Amazon EC2'},
  ],
  rows: [
    {
      label: 'Pricing model',
      cells: {
        lightsail: lightsail.facts.pricing,
        ec2: 'Pay as you go, with instance time, storage volumes and data transfer each metered separately',
      },
    },
    {
      label: "What's included",
      cells: {
        lightsail:
          'Each plan bundles vCPUs, memory, SSD storage and a monthly data transfer allowance; DNS and static IPs are part of the toolkit',
        ec2: 'Only the instance; storage, networking and data transfer are set up and billed on their own',
      },
    },
    {
      label: 'Instance choice',
      cells: {
        lightsail: 'A short list of plans, with Linux/Unix or Windows Server, dual-stack or IPv6-only',
        ec2: 'Many instance families and sizes, including GPU instances and custom AMIs',
      },
    },
    {
      label: 'Auto scaling',
      cells: {
        lightsail: 'No: you change plans or add instances yourself (the load balancer itself scales)',
        ec2: 'Yes: EC2 Auto Scaling groups add and remove instances automatically',
      },
    },
    {
      label: 'Integration with the rest of AWS',
      cells: {
        lightsail:
          'Self-contained service with its own console and API; reaches other AWS resources through VPC peering',
        ec2: 'Native: runs in your own VPCs and plugs straight into Auto Scaling, Elastic Load Balancing and more',
      },
    },
    {
      label: 'Networking',
      cells: {
        lightsail: 'Lightsail manages its own VPC; you can peer it with your default VPC in the same Region',
        ec2: 'You design the VPC: subnets, route tables, security groups, network ACLs, gateways',
      },
    },
    {
      label: 'Containers',
      cells: {
        lightsail: 'Container services: a fixed number of nodes of a chosen size, at a monthly price',
        ec2: 'Amazon ECS, Amazon EKS or AWS Fargate, with auto scaling and the rest of AWS around them',
      },
    },
    {
      label: 'Load balancing',
      cells: {
        lightsail: 'Lightsail load balancer: HTTP and HTTPS, built-in certificates, targets across AZs in one Region',
        ec2: 'Elastic Load Balancing: Application (HTTP/HTTPS), Network (TCP, TLS, UDP) or Gateway Load Balancer',
      },
    },
    {
      label: 'Upgrade path',
      cells: {
        lightsail: 'Export an instance or disk snapshot to EC2, where it becomes an AMI and EBS volumes',
        ec2: 'Already the full service; change instance type, add Auto Scaling, move to containers',
      },
    },
    {
      label: 'Best for',
      cells: {
        lightsail: lightsail.facts.bestFor,
        ec2: 'Workloads that need full control, elasticity or deep AWS integration',
      },
    },
  ],
} as const satisfies Comparison<'lightsail' | 'ec2'>;

export default lightsailVsEc2;
