import {factShort, factSource, factText} from '../facts';
import type {Question} from '../types';

const questions: readonly Question[] = [
  {
    id: 'simple-site',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'A small business with no cloud experience wants a WordPress site with a predictable monthly bill and as little setup as possible. Which service should they choose?',
    choices: [
      {
        text: 'Amazon EC2 with an Auto Scaling group',
        correct: false,
        why: 'EC2 gives more control, but the business would have to set up the network, storage and scaling itself and would get a bill line for each piece.',
      },
      {
        text: 'AWS Batch',
        correct: false,
        why: 'Batch queues and runs jobs that end; it does not host an always-on website.',
      },
      {
        text: 'Amazon Lightsail with a WordPress blueprint',
        correct: true,
        why: 'A Lightsail plan bundles the server, SSD storage and a data transfer allowance at a fixed monthly price, and the WordPress blueprint starts the instance with WordPress already installed.',
      },
      {
        text: 'Amazon ECS on AWS Fargate',
        correct: false,
        why: 'Fargate would mean packaging WordPress as containers, adding a load balancer and a database, and paying by use, which is neither the simplest path nor a fixed bill.',
      },
    ],
    learnMore: '/lightsail#when-to-use',
    source: {
      title: 'Amazon Lightsail API Reference: Welcome',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/Welcome.html',
    },
  },
  {
    id: 'traffic-spike',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'A website runs on two Lightsail instances behind a Lightsail load balancer and sometimes gets sudden traffic spikes. Which statement is true?',
    choices: [
      {
        text: 'Lightsail automatically launches extra instances when CPU is high',
        correct: false,
        why: 'Nothing in Lightsail adds or removes instances for you; automatic scale-out of servers is what EC2 Auto Scaling does.',
      },
      {
        text: 'Lightsail instances cannot be put behind a load balancer',
        correct: false,
        why: 'Lightsail has its own load balancers, with HTTPS and health checks, for instances in one Region.',
      },
      {
        text: 'You can attach the instances to an EC2 Auto Scaling group from the Lightsail console',
        correct: false,
        why: 'Lightsail instances are not EC2 instances in your VPC and cannot join an Auto Scaling group; to get Auto Scaling you move the workload to EC2.',
      },
      {
        text: 'The load balancer scales itself and spreads traffic, but you decide how many instances sit behind it',
        correct: true,
        why: 'A Lightsail load balancer scales automatically to absorb spikes and sends traffic only to healthy targets; adding instances or moving to a bigger plan stays your job.',
      },
    ],
    learnMore: '/lightsail#scaling',
    source: {
      title: 'Amazon Lightsail User Guide: Load balancers',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-faq-load-balancers.html',
    },
  },
  {
    id: 'reach-rds',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.5'],
    question:
      'An app on a Lightsail instance must reach an Amazon RDS database in the same account and Region over private addresses. What do you set up?',
    choices: [
      {
        text: 'VPC peering between the Lightsail VPC and the default Amazon VPC',
        correct: true,
        why: 'Lightsail resources sit in a Lightsail VPC, apart from your own VPCs. Peering it with the default VPC of that Region lets them talk privately to resources there, such as RDS.',
      },
      {
        text: 'Nothing: Lightsail instances run inside every VPC in the account',
        correct: false,
        why: 'They run in a separate Lightsail VPC, so private traffic to your VPCs needs peering first.',
      },
      {
        text: 'An export of the RDS database into Lightsail',
        correct: false,
        why: 'There is no such export, and the question is about reaching the existing database, not moving it.',
      },
      {
        text: 'Launch the Lightsail instance into a subnet of the database’s VPC',
        correct: false,
        why: 'You never choose VPCs or subnets for a Lightsail instance; that is exactly the networking Lightsail hides.',
      },
    ],
    learnMore: '/lightsail#connections',
    source: {
      title: 'Amazon Lightsail API Reference: PeerVpc',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_PeerVpc.html',
    },
  },
  {
    id: 'outgrow',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'A Lightsail app has outgrown its plan and now needs EC2 features such as Auto Scaling. What is the supported path?',
    choices: [
      {
        text: 'Export an instance snapshot to EC2, where it appears as an AMI, then launch EC2 instances from it',
        correct: true,
        why: 'Lightsail exports instance and disk snapshots to EC2 in the same Region: an instance snapshot becomes an AMI with its system disk as an EBS volume, ready to launch in an Auto Scaling group.',
      },
      {
        text: 'Open a support case to convert the instance in place',
        correct: false,
        why: 'Instances are not converted in place; the move to EC2 goes through a snapshot export.',
      },
      {
        text: 'Copy the files by hand; Lightsail snapshots cannot leave Lightsail',
        correct: false,
        why: 'They can: exporting snapshots to EC2 is the documented upgrade path.',
      },
      {
        text: 'Change the instance’s plan to an EC2 instance type in the Lightsail console',
        correct: false,
        why: 'Lightsail plans and EC2 instance types are separate catalogues; no setting turns a Lightsail instance into an EC2 one.',
      },
    ],
    learnMore: '/lightsail#connections',
    source: {
      title: 'Amazon Lightsail API Reference: ExportSnapshot',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ExportSnapshot.html',
    },
  },
  {
    id: 'stopped-billing',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question: 'You stop a Lightsail instance for two weeks instead of deleting it. How is it billed?',
    choices: [
      {
        text: 'Nothing is charged while it is stopped',
        correct: false,
        why: 'A stopped EC2 instance stops accruing instance-hour charges, but a Lightsail plan does not work that way.',
      },
      {
        text: 'Only the static IP is charged',
        correct: false,
        why: 'It is the plan itself that keeps being charged while the instance is stopped, not just its address.',
      },
      {
        text: 'It is billed at a lower storage-only rate',
        correct: false,
        why: 'Lightsail has no reduced rate for stopped instances: the plan price applies until the instance is deleted.',
      },
      {
        text: 'It keeps accruing its plan charges until you delete it',
        correct: true,
        why: `Plans are billed ${factText('lightsail.billing')}. To stop paying, take a snapshot (billed only for the storage it uses) and delete the instance.`,
      },
    ],
    learnMore: '/lightsail#pricing',
    source: factSource('lightsail.billing'),
  },
  {
    id: 'plan-contents',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question: 'What does the monthly price of a Lightsail instance plan include?',
    choices: [
      {
        text: 'A set number of vCPUs, memory, SSD storage and a monthly data transfer allowance',
        correct: true,
        why: `A plan (a bundle in the API) fixes vCPUs, memory, SSD storage and a data transfer allowance; the smallest dual-stack Linux/Unix plan is ${factText('lightsail.smallestPlan')}.`,
      },
      {
        text: 'Only the instance hours; storage and data transfer are billed separately',
        correct: false,
        why: 'That is the EC2 model, where each piece is metered on its own. A Lightsail plan bundles them.',
      },
      {
        text: 'Unlimited data transfer and automatic scaling',
        correct: false,
        why: 'The allowance is limited (outbound traffic beyond it is billed per GB), and Lightsail does not add instances by itself.',
      },
      {
        text: 'A server plus a managed database and a load balancer',
        correct: false,
        why: 'Managed databases and load balancers are separate Lightsail resources with their own prices.',
      },
    ],
    learnMore: '/lightsail#what-a-plan-includes',
    source: {
      title: 'Amazon Lightsail API Reference: Bundle',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_Bundle.html',
    },
  },
  {
    id: 'data-transfer-overage',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question:
      'A blog on a Lightsail instance goes viral, and its outbound traffic for the month passes the plan’s data transfer allowance. What happens?',
    choices: [
      {
        text: 'Lightsail blocks outbound traffic until the next month',
        correct: false,
        why: 'The allowance is not a cap: the site keeps serving, and the traffic beyond the allowance is billed.',
      },
      {
        text: 'Outbound traffic beyond the allowance is charged per GB',
        correct: true,
        why: `Data transfer beyond the allowance is ${factText('lightsail.dataTransferOverage')}.`,
      },
      {
        text: 'The instance is moved to a larger plan automatically',
        correct: false,
        why: 'Lightsail never changes plans for you; a bigger plan means a new instance created from a snapshot.',
      },
      {
        text: 'Nothing: Lightsail data transfer is unlimited',
        correct: false,
        why: 'Each plan includes a fixed monthly allowance; only certain traffic, such as inbound data, stays free beyond it.',
      },
    ],
    learnMore: '/lightsail#limits',
    source: factSource('lightsail.dataTransferOverage'),
  },
  {
    id: 'survive-zone-failure',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/1.2'],
    question:
      'A shop runs on one Lightsail instance with a Lightsail managed database on a standard plan. It must keep running if one Availability Zone fails. What should it set up?',
    choices: [
      {
        text: 'A larger instance plan and automatic daily snapshots',
        correct: false,
        why: 'A bigger instance is still one server in one zone, and snapshots help recovery afterwards rather than keeping the shop up.',
      },
      {
        text: 'Instances in two zones behind a Lightsail load balancer, and a high-availability database plan',
        correct: true,
        why: 'The load balancer sends traffic only to healthy targets in different zones, and a high-availability database plan keeps a standby in a second zone; standard plans have none.',
      },
      {
        text: 'A Lightsail CDN distribution in front of the single instance',
        correct: false,
        why: 'A distribution caches content at the edge, but the instance and the database behind it remain single points of failure.',
      },
      {
        text: 'A load balancer that fails over to instances in another Region',
        correct: false,
        why: 'A Lightsail load balancer reaches only instances in its own Region, and the requirement is about zones anyway.',
      },
    ],
    learnMore: '/lightsail#high-availability',
    source: {
      title: 'Amazon Lightsail User Guide: Load balancers',
      url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-faq-load-balancers.html',
    },
  },
  {
    id: 'container-service-price',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question: 'What decides the monthly price of a Lightsail container service?',
    choices: [
      {
        text: 'The number of requests the containers answer',
        correct: false,
        why: 'Per-request pricing is Lambda and API Gateway; a container service has a fixed monthly price.',
      },
      {
        text: 'Its power (node size) multiplied by its scale (number of nodes)',
        correct: true,
        why: `You pick a power, which sets each node's vCPUs, memory and base price, and a scale; the monthly price is the power's price times the scale, with a data transfer quota of ${factText('lightsail.containerServiceTransfer')}.`,
      },
      {
        text: 'The vCPU and memory each running task requests, billed by the second',
        correct: false,
        why: 'That is how AWS Fargate bills, not Lightsail.',
      },
      {
        text: 'A flat fee, whatever the number or size of nodes',
        correct: false,
        why: 'The price grows with both choices: more nodes or a bigger power cost more each month.',
      },
    ],
    learnMore: '/lightsail#toolkit',
    source: {
      title: 'Amazon Lightsail API Reference: CreateContainerService',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateContainerService.html',
    },
  },
  {
    id: 'keep-the-address',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.5'],
    question:
      'After a Lightsail instance was stopped and started again, the domain name pointing at it stopped working because its public IPv4 address changed. How do you keep the same address next time?',
    choices: [
      {
        text: 'Take a snapshot before stopping the instance',
        correct: false,
        why: 'A snapshot backs up the disks; it does not hold on to the public IP address.',
      },
      {
        text: 'Move the instance to an IPv6-only plan',
        correct: false,
        why: 'An IPv6-only plan removes the public IPv4 address altogether, so visitors who reach the site over IPv4 would lose it instead of keeping it.',
      },
      {
        text: 'Add the current address to a Lightsail DNS zone',
        correct: false,
        why: 'The record would still point at the old address after the next stop and start.',
      },
      {
        text: 'Create a Lightsail static IP and attach it to the instance',
        correct: true,
        why: 'Lightsail gives a started instance a new public IP address; a static IP attached to it stays the same across stops and starts.',
      },
    ],
    learnMore: '/lightsail#toolkit',
    source: {
      title: 'Amazon Lightsail API Reference: StartInstance',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StartInstance.html',
    },
  },
  {
    id: 'bigger-plan',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'A Lightsail instance needs more memory than its plan offers, and the owner wants to stay on Lightsail. What is the usual way to get it?',
    choices: [
      {
        text: 'Use the plan’s burst capacity to get extra memory',
        correct: false,
        why: 'Burst capacity is extra CPU that an instance earns while it idles; it never adds memory.',
      },
      {
        text: 'Export a snapshot to Amazon EC2',
        correct: false,
        why: 'That works for bigger servers, but it leaves Lightsail, which the owner wants to avoid.',
      },
      {
        text: 'Create a new instance from a snapshot of it and choose a larger plan',
        correct: true,
        why: 'A new instance can be created from an instance snapshot with a bigger bundle; then move the static IP or DNS to it and delete the old one.',
      },
      {
        text: 'Attach a Lightsail block storage disk',
        correct: false,
        why: 'An extra disk adds storage, not memory.',
      },
    ],
    learnMore: '/lightsail#connections',
    source: {
      title: 'Amazon Lightsail API Reference: CreateInstancesFromSnapshot',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateInstancesFromSnapshot.html',
    },
  },
  {
    id: 'when-ec2-instead',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'A web app must add servers automatically when CPU load rises and remove them when it falls, and it must run on a specific instance family. Which choice meets these needs?',
    choices: [
      {
        text: 'The largest Lightsail instance plan',
        correct: false,
        why: 'One big server neither follows the load nor offers a choice of instance family; Lightsail sells a short list of plans.',
      },
      {
        text: 'More Lightsail instances behind a Lightsail load balancer',
        correct: false,
        why: 'The load balancer spreads traffic, but you add and remove the instances yourself; nothing follows CPU load.',
      },
      {
        text: 'A Lightsail container service with a larger scale',
        correct: false,
        why: 'A container service runs the number of nodes you set; it does not scale with load, and you cannot pick the instance family.',
      },
      {
        text: 'Amazon EC2 instances in an EC2 Auto Scaling group',
        correct: true,
        why: 'EC2 offers many instance families, and an Auto Scaling group adds and removes instances as the load changes: the point at which a workload has outgrown Lightsail.',
      },
    ],
    learnMore: '/lightsail#lightsail-vs-ec2',
    source: {
      title: 'Amazon EC2 Auto Scaling User Guide: What is Amazon EC2 Auto Scaling?',
      url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html',
    },
  },
  {
    id: 'stopped-database',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question:
      'A team stops its Lightsail managed database during a month-long project pause, to save money. What should it expect?',
    choices: [
      {
        text: 'Charges continue, and Lightsail starts the database again after a week',
        correct: true,
        why: `Managed databases are charged until deleted, even while stopped, and a stopped database ${factText('lightsail.stoppedDatabase')}. To stop paying, snapshot it and delete it.`,
      },
      {
        text: 'No charges, and the database stays stopped until someone starts it',
        correct: false,
        why: 'A stopped database is still billed, and it does not stay stopped for the whole month.',
      },
      {
        text: 'Charges continue, and the database stays stopped for as long as the team likes',
        correct: false,
        why: `The billing part is right, but Lightsail does not leave it stopped: it ${factShort('lightsail.stoppedDatabase')}.`,
      },
      {
        text: 'Lightsail deletes the database after a week of being stopped',
        correct: false,
        why: 'Lightsail starts a long-stopped database again so that it gets its maintenance; it does not delete it.',
      },
    ],
    learnMore: '/lightsail#limits',
    source: factSource('lightsail.stoppedDatabase'),
  },
  {
    id: 'ipv6-only-plan',
    topic: 'lightsail',
    exams: ['clf-c02'],
    tasks: ['clf-c02/4.1'],
    question:
      'With the plans Lightsail offers today, a developer runs a small service that needs no public IPv4 address, because all of its clients use IPv6. Which plan keeps the bill lowest?',
    choices: [
      {
        text: 'The smallest dual-stack Linux/Unix plan',
        correct: false,
        why: `That plan costs ${factShort('lightsail.smallestPlan')} and includes a public IPv4 address that this service does not need.`,
      },
      {
        text: 'The smallest Windows Server plan',
        correct: false,
        why: `Windows plans include a Windows Server license and start at ${factShort('lightsail.smallestWindowsPlan')}, more than the Linux/Unix plans.`,
      },
      {
        text: 'An IPv6-only Linux/Unix plan',
        correct: true,
        why: `IPv6-only plans leave out the public IPv4 address and have ${factText('lightsail.ipv6OnlyPlans')}. They are newer than the exam guides, whose cheapest plan is the dual-stack one.`,
      },
      {
        text: 'A dual-stack plan with its static IP detached',
        correct: false,
        why: 'Detaching a static IP does not change the plan: a dual-stack plan keeps its price and its public IPv4 address.',
      },
    ],
    learnMore: '/lightsail#whats-changed',
    source: {
      title: 'Amazon Lightsail API Reference: SetIpAddressType',
      url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetIpAddressType.html',
    },
  },
];

export default questions;
