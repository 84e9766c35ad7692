import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const eksCompute = {
  title: 'Amazon EKS User Guide: Manage compute resources by using nodes',
  url: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html',
} as const;

const eksDocHistory = {
  title: 'Amazon EKS User Guide: document history',
  url: 'https://docs.aws.amazon.com/eks/latest/userguide/doc-history.html',
} as const;

/**
 * Containers versus VMs is a concept; its only figures are the dates when
 * EKS, which has no page of its own here, gained new kinds of capacity.
 */
const facts = {
  facts: {
    eksAutoModeLaunch: {
      label: 'Amazon EKS Auto Mode and EKS Hybrid Nodes launched',
      value: 'December 1, 2024',
      short: 'Dec 2024',
      source: eksDocHistory,
      checkedOn: '2026-12-01',
    },
    eksFargateLaunch: {
      label: 'Amazon EKS pods on AWS Fargate',
      value: 'December 3, 2019',
      short: 'Dec 2019',
      source: eksDocHistory,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    eksComputeOptions: {
      title: 'Where EKS runs your pods',
      changed: '2024-12',
      today:
        'An EKS cluster can schedule pods on any mix of EKS Auto Mode nodes (AWS picks, scales and patches the EC2 instances), managed node groups, self-managed nodes, AWS Fargate, and EKS Hybrid Nodes on your own on-premises or edge machines.',
      olderExams:
        'EKS pods run either on EC2 worker nodes (managed node groups or self-managed) or on Fargate; Auto Mode and Hybrid Nodes do not appear.',
      source: eksCompute,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
