import type {Topic} from '../types';

const dockerVsVm = {
  id: 'docker-vs-vm',
  name: 'Docker vs virtual machines',
  shortName: 'Containers vs VMs',
  fullName: 'Containers (Docker) compared with virtual machines',
  searchTerms: [
    'VM',
    'VMs',
    'virtual machine',
    'virtual machines',
    'containers vs VMs',
    'container vs virtual machine',
    'hypervisor',
    'guest OS',
    'guest operating system',
    'host OS',
    'kernel',
    'shared kernel',
    'virtualization',
    'virtualisation',
    'OS-level virtualization',
    'hardware virtualization',
    'isolation',
    'density',
    'EC2 instance',
  ],
  group: 'containers',
  path: '/docker-vs-vm',
  summary:
    'Virtual machines split one server into many whole computers, each with its own operating system, while containers split one operating system into many isolated apps.',
  cheatSheet: [
    "VMs virtualize the hardware and each runs its own guest OS; containers virtualize the OS and share the host's kernel.",
    'A hypervisor shares the hardware out among VMs; a container runtime such as Docker Engine starts containers on one host OS.',
    'Containers start faster and pack more densely because there is no guest operating system to boot or store per app.',
    'VMs isolate more strongly: each has its own kernel, while every container on a host shares the same one.',
    'Need Linux and Windows workloads side by side on one host? Use VMs; a container must match the kernel of its host.',
    'On AWS the two combine: ECS and EKS run containers on EC2 instances (VMs), whether you manage them or AWS does (ECS Managed Instances, EKS managed node groups, EKS Auto Mode), or on Fargate, where no task shares a kernel with another.',
  ],
  sources: [
    {
      title: "What's the Difference Between Containers and Virtual Machines?",
      url: 'https://aws.amazon.com/compare/the-difference-between-containers-and-virtual-machines/',
    },
    {title: 'What is a Virtual Machine?', url: 'https://aws.amazon.com/what-is/virtual-machine/'},
    {title: 'Containers on AWS', url: 'https://aws.amazon.com/containers/'},
    {
      title: 'Architect for AWS Fargate for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
    {
      title: 'Fargate security considerations for Amazon ECS',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html',
    },
    {
      title: 'Amazon ECS task and container security best practices',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html',
    },
    {
      title: 'Simplify compute management with AWS Fargate (Amazon EKS User Guide)',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
    },
    {
      title: 'Amazon EKS User Guide: Manage compute resources by using nodes',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html',
    },
    {
      title: 'Amazon EKS User Guide: document history (Fargate, Auto Mode and Hybrid Nodes dates)',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/doc-history.html',
    },
    {
      title: 'ManagedInstancesProvider (Amazon ECS Managed Instances), Amazon ECS API Reference',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedInstancesProvider.html',
    },
  ],
  checkedOn: '2026-12-01',
} as const satisfies Topic;

export default dockerVsVm;
