import type {Question} from '../types';

const compare = {
  title: "What's the Difference Between Containers and Virtual Machines?",
  url: 'https://aws.amazon.com/compare/the-difference-between-containers-and-virtual-machines/',
} as const;

const fargateArchitecture = {
  title: 'Architect for AWS Fargate for Amazon ECS',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
} as const;

const questions: readonly Question[] = [
  {
    id: 'what-is-virtualized',
    topic: 'docker-vs-vm',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question: 'Which pair correctly describes what each technology virtualizes?',
    choices: [
      {
        text: 'Containers virtualize the hardware; VMs virtualize the operating system',
        correct: false,
        why: 'This is the right idea reversed. A hypervisor gives each VM virtual hardware, while containers reuse the operating system of their host.',
      },
      {
        text: 'Containers virtualize the operating system; VMs virtualize the hardware',
        correct: true,
        why: "A VM gets virtual CPU, memory, disk and network from a hypervisor and boots its own OS on them. Containers are isolated processes on the host's operating system.",
      },
      {
        text: 'Both virtualize the hardware, each through a hypervisor',
        correct: false,
        why: 'Containers do not run on a hypervisor of their own; a container runtime isolates them as processes on one kernel. Only VMs get virtual hardware.',
      },
      {
        text: 'Both virtualize the operating system, each through a container runtime',
        correct: false,
        why: 'A VM is not run by a container runtime: it boots a full guest operating system on virtual hardware from a hypervisor.',
      },
    ],
    learnMore: '/docker-vs-vm#what-it-is',
    source: compare,
  },
  {
    id: 'guest-os-layer',
    topic: 'docker-vs-vm',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question: 'Which layer exists once per virtual machine but not once per container?',
    choices: [
      {
        text: 'The application with its bins and libraries',
        correct: false,
        why: 'Both stacks have this layer once per workload: each VM and each container holds its own app and libraries.',
      },
      {
        text: 'The hypervisor that shares out the hardware',
        correct: false,
        why: 'One hypervisor serves all the VMs on a physical server, so it exists once per host, not once per VM.',
      },
      {
        text: 'A guest operating system',
        correct: true,
        why: 'Every VM carries and boots a full guest OS. Containers have none; they share the host kernel, which is why they are smaller and start faster.',
      },
      {
        text: 'The container runtime',
        correct: false,
        why: 'A container runtime such as Docker Engine runs once per host and serves all its containers. VMs do not need one at all.',
      },
    ],
    learnMore: '/docker-vs-vm#what-it-is',
    source: compare,
  },
  {
    id: 'mixed-operating-systems',
    topic: 'docker-vs-vm',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'A Windows-only legacy application and a Linux application must run on the same physical server, each with its own operating system. What fits?',
    choices: [
      {
        text: 'Two containers on one Linux host',
        correct: false,
        why: "Containers share the host's kernel, so every container on a Linux host must be a Linux container. The Windows application has no Windows kernel to run on.",
      },
      {
        text: 'Two virtual machines under one hypervisor',
        correct: true,
        why: 'A hypervisor can run guests with different operating systems side by side, each VM booting its own Linux or Windows.',
      },
      {
        text: 'One container that holds both applications',
        correct: false,
        why: 'One container is one set of processes on one kernel. Putting both apps in it does not give the Windows app a Windows kernel.',
      },
      {
        text: 'One ECS task with a Windows container and a Linux container',
        correct: false,
        why: 'All containers of a task run on the same host and share its operating system, so one task cannot mix Windows and Linux containers.',
      },
    ],
    learnMore: '/docker-vs-vm#when-to-use',
    source: compare,
  },
  {
    id: 'strong-isolation-containers',
    topic: 'docker-vs-vm',
    exams: ['saa-c03'],
    tasks: ['saa-c03/1.2'],
    question:
      'A security team wants each containerized task to run without sharing a kernel, CPU or memory with any other task, and without managing servers. Which option fits best?',
    choices: [
      {
        text: 'Run the tasks on AWS Fargate',
        correct: true,
        why: 'Every Fargate task has its own isolation boundary and does not share the kernel, CPU, memory or network interface with another task, and AWS runs the hosts.',
      },
      {
        text: 'Pack all tasks onto one large EC2 instance running Docker',
        correct: false,
        why: 'Tasks packed onto one instance share its kernel, which is exactly what the team wants to avoid, and the instance is still a server to manage.',
      },
      {
        text: 'Store the images in private Amazon ECR repositories',
        correct: false,
        why: 'Private repositories control who can pull an image. They do nothing about how running tasks are isolated from each other.',
      },
      {
        text: 'Run each task as a privileged container on EC2',
        correct: false,
        why: 'Privileged containers get more access to the host, which weakens isolation, and the EC2 instances remain yours to manage.',
      },
    ],
    learnMore: '/docker-vs-vm#isolation',
    source: fargateArchitecture,
  },
  {
    id: 'density-benefit',
    topic: 'docker-vs-vm',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/4.2'],
    question: 'Why can one server usually hold more containers than virtual machines?',
    choices: [
      {
        text: 'Containers are given dedicated physical CPUs',
        correct: false,
        why: 'Containers share the host CPUs; dedicating cores to each would lower density, not raise it.',
      },
      {
        text: 'Containers do not each carry and boot a whole operating system',
        correct: true,
        why: 'With no guest OS per workload, a container needs memory and disk only for the app itself, so more of them fit on the same hardware.',
      },
      {
        text: 'Containers bypass the kernel and run directly on the hardware',
        correct: false,
        why: "Containers do use a kernel: the host's, shared among them. What they skip is a second operating system per workload.",
      },
      {
        text: 'A hypervisor always reserves most of the server for itself',
        correct: false,
        why: 'The overhead of VMs comes mainly from each one running its own guest OS, not from the hypervisor keeping most of the machine.',
      },
    ],
    learnMore: '/docker-vs-vm#comparison',
    source: compare,
  },
  {
    id: 'fast-scale-out',
    topic: 'docker-vs-vm',
    exams: ['saa-c03'],
    tasks: ['saa-c03/3.2'],
    question:
      'An API receives sudden bursts of traffic, and new capacity must start serving requests within seconds. Which choice helps most?',
    choices: [
      {
        text: 'Package it as containers, since starting one starts a process',
        correct: true,
        why: 'A new container is a new process on a host that is already running, with no operating system to boot, so copies come up quickly.',
      },
      {
        text: 'Launch more VMs from a larger AMI with every library installed',
        correct: false,
        why: 'Each new VM still has to boot its guest operating system first, and a larger image makes that slower, not faster.',
      },
      {
        text: 'Move each VM to a bigger instance type so that it boots faster',
        correct: false,
        why: 'A bigger instance gives more capacity per VM, but every new VM still boots a whole OS before it serves traffic.',
      },
      {
        text: 'Put each VM on a Dedicated Host so that nothing else slows it down',
        correct: false,
        why: 'A Dedicated Host is about licensing and physical isolation. It does not remove the guest OS boot from scale-out.',
      },
    ],
    learnMore: '/docker-vs-vm#comparison',
    source: compare,
  },
  {
    id: 'full-os-control',
    topic: 'docker-vs-vm',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.3', 'saa-c03/3.2'],
    question:
      'An application needs a custom kernel module and kernel settings that differ from every other workload on the same hardware. Which option fits?',
    choices: [
      {
        text: 'An Amazon EC2 instance whose operating system the team configures',
        correct: true,
        why: 'A VM has its own kernel, so the team can load modules and change kernel settings without touching other workloads on the physical server.',
      },
      {
        text: 'A container on a shared ECS container instance',
        correct: false,
        why: "Containers share the host's kernel, so a kernel change for one would affect every container on that instance.",
      },
      {
        text: 'A container task on AWS Fargate',
        correct: false,
        why: 'Fargate gives no access to the host at all: the kernel and its settings belong to AWS, and privileged containers are not allowed.',
      },
      {
        text: 'A Lambda function packaged as a container image',
        correct: false,
        why: 'Lambda runs the image in an environment AWS manages; the function cannot load kernel modules or change kernel settings.',
      },
    ],
    learnMore: '/docker-vs-vm#when-to-use',
    source: compare,
  },
  {
    id: 'ec2-guest-os-patching',
    topic: 'docker-vs-vm',
    exams: ['clf-c02'],
    tasks: ['clf-c02/2.1'],
    question:
      'A company runs its applications on Amazon EC2 instances. Under the AWS shared responsibility model, who applies security patches to the operating system on those instances?',
    choices: [
      {
        text: "The company, because the guest OS of an instance is the customer's",
        correct: true,
        why: "AWS secures the hardware and the virtualization layer; everything from the guest operating system up, patches included, is the customer's on EC2.",
      },
      {
        text: 'AWS, because EC2 is a managed AWS service',
        correct: false,
        why: "EC2 is infrastructure as a service. AWS runs the hosts and hypervisor, but the OS inside each instance is the customer's to patch.",
      },
      {
        text: 'AWS, but only for instances launched from Amazon Linux AMIs',
        correct: false,
        why: "AWS publishes updated AMIs and packages, yet applying them to running instances is still the customer's job, whatever the AMI.",
      },
      {
        text: 'Nobody, because the hypervisor isolates each guest OS',
        correct: false,
        why: 'Isolation between VMs does not remove vulnerabilities inside a guest OS. Unpatched software in the instance is still exposed.',
      },
    ],
    learnMore: '/docker-vs-vm#connections',
    source: {
      title: 'Shared Responsibility Model',
      url: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
    },
  },
  {
    id: 'containers-inside-vms',
    topic: 'docker-vs-vm',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.3'],
    question:
      'An Amazon ECS cluster runs its tasks on the EC2 launch type. How do virtual machines and containers relate in this cluster?',
    choices: [
      {
        text: 'Each EC2 instance is a VM that runs many containers on its own kernel',
        correct: true,
        why: "On AWS containers very often run inside VMs: every container instance is an EC2 virtual machine, and the containers placed on it share that instance's kernel.",
      },
      {
        text: 'ECS replaces the hypervisor of each EC2 instance with Docker',
        correct: false,
        why: "The EC2 hypervisor stays where it is. Docker (or another runtime) runs inside the instance's operating system, on top of the VM.",
      },
      {
        text: 'ECS creates one new EC2 instance for every container it starts',
        correct: false,
        why: 'ECS packs several tasks onto each container instance, which is how it gets the density benefit of containers.',
      },
      {
        text: 'The containers run beside the instances, directly on AWS hardware',
        correct: false,
        why: 'On the EC2 launch type the containers run on the instances that joined the cluster, inside those VMs, not next to them.',
      },
    ],
    learnMore: '/docker-vs-vm#when-to-use',
    source: {
      title: 'What is Amazon Elastic Container Service?',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html',
    },
  },
  {
    id: 'localhost-in-one-task',
    topic: 'docker-vs-vm',
    exams: ['dva-c02'],
    tasks: ['dva-c02/1.1'],
    question:
      'On AWS Fargate, an application container must send data to a logging sidecar container over localhost, with no load balancer or service discovery in between. How should the developer deploy them?',
    choices: [
      {
        text: "Define both containers in one task definition so they share the task's network",
        correct: true,
        why: "Containers in the same task run on the same host and share the task's network namespace (its one network interface on Fargate), so the app reaches the sidecar on localhost.",
      },
      {
        text: 'Run the app and the sidecar as two services in the same cluster',
        correct: false,
        why: 'Two services start separate tasks, each with its own network interface and address; localhost in one task never reaches the other.',
      },
      {
        text: 'Push both images into the same Amazon ECR repository',
        correct: false,
        why: 'Where images are stored has no effect on how running containers talk to each other.',
      },
      {
        text: 'Run the sidecar as a DAEMON service beside the application',
        correct: false,
        why: 'Fargate does not support the DAEMON scheduling strategy, and a daemon task would still be a separate task with its own network.',
      },
    ],
    learnMore: '/docker-vs-vm#isolation',
    source: {
      title: 'Amazon ECS task networking options for Fargate',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
    },
  },
  {
    id: 'shared-kernel-risk',
    topic: 'docker-vs-vm',
    exams: ['saa-c03'],
    tasks: ['saa-c03/1.2'],
    question:
      'A security review compares containers on one shared EC2 instance with separate virtual machines. Why is the isolation between the containers weaker?',
    choices: [
      {
        text: 'They share one kernel, so an escape from one container reaches the host',
        correct: true,
        why: 'Containers on a host are kept apart by the shared operating system, not by a hypervisor. A badly built or insecure image can let an attacker break out onto the host and its other containers.',
      },
      {
        text: "They share one IP address, so each can read the others' traffic",
        correct: false,
        why: 'Containers can have separate network interfaces (the awsvpc mode gives each task its own). The weakness is the shared kernel, not a shared address.',
      },
      {
        text: 'They always run as root, and no container can drop privileges',
        correct: false,
        why: 'Containers can and should run as a non-root user; that is a recommended hardening step, not something containers cannot do.',
      },
      {
        text: "They have no file system of their own, so they read each other's files",
        correct: false,
        why: 'Each container gets its own file system from its image. The shared part is the kernel underneath.',
      },
    ],
    learnMore: '/docker-vs-vm#isolation',
    source: {
      title: 'Amazon ECS task and container security best practices',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html',
    },
  },
  {
    id: 'consolidate-small-apps',
    topic: 'docker-vs-vm',
    exams: ['saa-c03'],
    tasks: ['saa-c03/4.2'],
    question:
      'A company runs 40 small internal applications, each alone on a lightly used EC2 instance. It wants to cut compute cost while keeping the applications separate from each other. What should a solutions architect recommend?',
    choices: [
      {
        text: 'Containerize the apps and pack them onto fewer instances in an ECS cluster',
        correct: true,
        why: 'Containers need no guest OS each, so many of them fit on one instance while staying separate processes with their own images. Fewer, busier instances cost less.',
      },
      {
        text: 'Move every application to a larger instance type of its own',
        correct: false,
        why: 'Bigger instances for lightly used apps add idle capacity and cost; the waste comes from one mostly empty VM per app.',
      },
      {
        text: 'Give every application its own EC2 Dedicated Host',
        correct: false,
        why: 'A Dedicated Host is a whole physical server per app, which is the most expensive way to keep them apart.',
      },
      {
        text: 'Add an Auto Scaling group around each instance to scale it',
        correct: false,
        why: 'Each group still keeps at least one instance per app, so the forty mostly idle VMs, and their cost, remain.',
      },
    ],
    learnMore: '/docker-vs-vm#pricing',
    source: compare,
  },
  {
    id: 'same-environment-everywhere',
    topic: 'docker-vs-vm',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.2'],
    question:
      'A developer wants to run a service and its database the same way on a laptop, in CI and in a shared test environment, start them in seconds, and run several copies on the laptop at once. What fits best?',
    choices: [
      {
        text: 'Container images of both, run by a container runtime in each place',
        correct: true,
        why: 'The same images run unchanged on the laptop, in CI and in test, and each copy is a process that starts in seconds, so several fit on one machine.',
      },
      {
        text: 'One VM image per environment, booted for every test run',
        correct: false,
        why: 'Each VM boots a full guest OS and needs its own share of memory and disk, so it is slow to start and only a few fit on a laptop.',
      },
      {
        text: 'A written checklist for installing the same libraries everywhere',
        correct: false,
        why: 'Manual installs drift between machines, which is the problem images solve, and they do nothing for start-up time.',
      },
      {
        text: 'A separate EC2 instance per developer, cloned from production',
        correct: false,
        why: 'Cloned instances cost money around the clock, take minutes to launch, and do not run on the laptop at all.',
      },
    ],
    learnMore: '/docker-vs-vm#when-to-use',
    source: compare,
  },
];

export default questions;
