import type {Comparison} from '../types';

/*
 * Concept comparison: neither column is an AWS service with `facts`, so every
 * cell is written here. Sources: the docker-vs-vm topic entry.
 */
const dockerVsVm = {
  id: 'docker-vs-vm',
  caption: 'Containers (Docker) compared with virtual machines',
  rowHeader: 'Aspect',
  columns: [
    {key: 'containers', label: 'Containers (Docker)'},
    {key: 'vms', label: 'Virtual machines'},
  ],
  rows: [
    {
      label: 'What is virtualized',
      cells: {
        containers: 'The operating system: each app runs as an isolated process on a shared kernel',
        vms: 'The hardware: each VM gets its own virtual CPU, memory, disk and network',
      },
    },
    {
      label: 'Layer that runs them',
      cells: {
        containers: 'A container runtime, such as Docker Engine, on one host OS',
        vms: 'A hypervisor that shares the physical server out among VMs',
      },
    },
    {
      label: 'Guest operating system',
      cells: {
        containers: "None of its own; uses the host's kernel",
        vms: 'A full guest OS inside every VM',
      },
    },
    {
      label: 'Start-up',
      cells: {
        containers: 'Fast: starting one means starting a process, with no OS to boot',
        vms: 'Slower: the guest OS has to boot before the app starts',
      },
    },
    {
      label: 'Size',
      cells: {
        containers: 'Smaller: the app, its libraries and its settings',
        vms: 'Larger: a whole operating system comes with every VM',
      },
    },
    {
      label: 'Isolation',
      cells: {
        containers: 'Process level: every container on a host shares one kernel',
        vms: 'Stronger: each VM has its own kernel behind the hypervisor',
      },
    },
    {
      label: 'Different OSes on one host',
      cells: {
        containers: "No: an image must suit the host's kernel (Linux or Windows)",
        vms: 'Yes: Linux and Windows VMs can run side by side',
      },
    },
    {
      label: 'Density',
      cells: {
        containers: 'Higher: many containers fit on one server',
        vms: 'Lower: each VM carries the overhead of its own OS',
      },
    },
    {
      label: 'Typical AWS home',
      cells: {
        containers: 'Amazon ECS or EKS on EC2 instances or Fargate, Lambda container images, AWS Batch',
        vms: 'Amazon EC2 instances',
      },
    },
    {
      label: 'Who looks after the servers on AWS',
      cells: {
        containers:
          'AWS with Fargate, ECS Managed Instances or EKS Auto Mode; EKS managed node groups automate EC2 nodes you choose; self-managed EC2 instances, and EKS Hybrid Nodes on your own hardware, are yours',
        vms: 'You manage each EC2 instance and the OS on it',
      },
    },
  ],
} as const satisfies Comparison<'containers' | 'vms'>;

export default dockerVsVm;
