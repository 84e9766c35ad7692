import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const baselineCpu = {
  title: 'Amazon Lightsail User Guide: Baseline CPU performance and burst capacity for instances',
  url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/baseline-cpu-performance.html',
} as const;

const billingFaq = {
  title: 'Amazon Lightsail User Guide: Billing and account management',
  url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-frequently-asked-questions-faq-billing-and-account-management.html',
} as const;

const creatingContainerServices = {
  title: 'Amazon Lightsail User Guide: Create a Lightsail container service (Pricing)',
  url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-creating-container-services.html',
} as const;

const dataTransfer = {
  title: 'Amazon Lightsail User Guide: Data transfer in Lightsail',
  url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-faq-data-transfer-allowance.html',
} as const;

const loadBalancerHealthChecks = {
  title: 'Amazon Lightsail User Guide: Configure health check settings for Lightsail load balancers',
  url: 'https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-lightsail-load-balancer-health-checking.html',
} as const;

const stopDatabase = {
  title: 'Amazon Lightsail API Reference: StopRelationalDatabase',
  url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_StopRelationalDatabase.html',
} as const;

const bucketBundle = {
  title: 'Amazon Lightsail API Reference: UpdateBucketBundle',
  url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html',
} as const;

const ipAddressType = {
  title: 'Amazon Lightsail API Reference: SetIpAddressType',
  url: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetIpAddressType.html',
} as const;

/** Amazon Lightsail: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    smallestPlan: {
      label: 'Smallest dual-stack Linux/Unix plan',
      value: '$5 a month for 2 vCPUs, 512 MB of memory and 20 GB of SSD storage',
      short: '$5/month',
      source: baselineCpu,
      checkedOn: '2026-12-01',
    },
    smallestWindowsPlan: {
      label: 'Smallest Windows Server plan',
      value: '$9.50 a month, the starting price of plans that include a Windows Server license',
      short: '$9.50/month',
      source: billingFaq,
      checkedOn: '2026-12-01',
    },
    ipv6OnlyPlans: {
      label: 'IPv6-only plans',
      value:
        'the same performance baselines as the dual-stack plans at their own prices; the smallest Linux/Unix one is $3.50 a month',
      short: 'from $3.50/month',
      source: dataTransfer,
      checkedOn: '2026-12-01',
    },
    billing: {
      label: 'How a plan is billed',
      value:
        "by the hour up to the plan's monthly price; instances and managed databases are charged until you delete them, even while stopped",
      short: 'Hourly, capped at the monthly price',
      source: billingFaq,
      checkedOn: '2026-12-01',
    },
    dataTransferOverage: {
      label: 'Data transfer beyond the allowance',
      value:
        'charged per GB for traffic out to the internet or over public IP addresses, such as $0.09 per GB in US East (N. Virginia); inbound traffic, and traffic over private IP addresses within the Region, stay free',
      short: '$0.09/GB in us-east-1',
      source: dataTransfer,
      checkedOn: '2026-12-01',
    },
    containerServiceTransfer: {
      label: 'Data transfer quota of a container service',
      value:
        '500 GB a month per service, whatever its power and scale; beyond it only data out to the internet is charged',
      short: '500 GB/month',
      source: creatingContainerServices,
      checkedOn: '2026-12-02',
    },
    loadBalancerHealthCheck: {
      label: 'Load balancer health checks',
      value: 'every 30 seconds from the moment an instance is attached, on a path you can customise',
      short: 'every 30 s',
      source: loadBalancerHealthChecks,
      checkedOn: '2026-12-01',
    },
    stoppedDatabase: {
      label: 'A stopped managed database',
      value: 'is started again by Lightsail after seven days in a row, so that it does not miss maintenance',
      short: 'restarts after seven days',
      source: stopDatabase,
      checkedOn: '2026-12-01',
    },
    bucketPlanChange: {
      label: 'Changing a bucket storage plan',
      value: 'once per monthly AWS billing cycle',
      short: 'once a month',
      source: bucketBundle,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    ipv6OnlyPlans: {
      title: 'IPv6-only Lightsail plans',
      changed: '2024-01',
      today:
        'Instance plans come in dual-stack and IPv6-only versions; an IPv6-only plan has no public IPv4 address and its own, lower price. Switching an instance to or from IPv6-only moves it to the other plan, and billing for that plan starts at once.',
      olderExams:
        'Every Lightsail plan includes a public IPv4 address, and the cheapest plan quoted is the dual-stack one.',
      source: ipAddressType,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
