import type {QuizQuestion} from '../types';

const dockerVsVmQuiz: readonly QuizQuestion[] = [
  {
    id: 'what-is-virtualized',
    question: 'Which pair correctly describes what each technology virtualizes?',
    choices: [
      {text: 'Containers virtualize the hardware; VMs virtualize the operating system', correct: false},
      {text: 'Containers virtualize the operating system; VMs virtualize the hardware', correct: true},
      {text: 'Both virtualize the hardware through a hypervisor', correct: false},
      {text: 'Neither virtualizes anything; both are just packaging formats', correct: false},
    ],
    explanation:
      "A VM gets virtual hardware from a hypervisor and boots its own OS on it. Containers reuse the host's operating system and are isolated processes on top of it.",
    learnMore: '#what-it-is',
  },
  {
    id: 'guest-os-layer',
    question: 'Which layer exists once per virtual machine but not once per container?',
    choices: [
      {text: 'The application with its bins and libraries', correct: false},
      {text: 'The physical hardware', correct: false},
      {text: 'A guest operating system', correct: true},
      {text: 'The container runtime', correct: false},
    ],
    explanation:
      'Every VM carries a full guest OS. Containers have no OS of their own; each one holds only the app, its libraries and settings, which is why containers are smaller and start faster.',
    learnMore: '#what-it-is',
  },
  {
    id: 'mixed-operating-systems',
    question:
      'You must run a Windows-only legacy application and a Linux application on the same physical server, each with its own operating system. What fits?',
    choices: [
      {text: 'Two containers on one Linux host', correct: false},
      {text: 'Two virtual machines under one hypervisor', correct: true},
      {text: 'One container that holds both applications', correct: false},
    ],
    explanation:
      "Containers share the host's kernel, so every container on a Linux host must be a Linux container. A hypervisor can run VMs with different operating systems side by side.",
    learnMore: '#when-to-use',
  },
  {
    id: 'strong-isolation-containers',
    question:
      'A security team wants each containerized task to run without sharing a kernel, CPU or memory with any other task, and without managing servers. Which option fits best?',
    choices: [
      {text: 'Run the tasks on AWS Fargate', correct: true},
      {text: 'Pack all tasks onto one large EC2 instance running Docker', correct: false},
      {text: 'Store the images in Amazon ECR with private repositories', correct: false},
      {text: 'Use a bigger EC2 instance type', correct: false},
    ],
    explanation:
      'Fargate gives every task its own isolation boundary: it does not share the kernel, CPU, memory or network interface with another task. Packing tasks onto one instance makes them share a kernel, and ECR only stores images.',
    learnMore: '#isolation',
  },
  {
    id: 'density-benefit',
    question: 'Why can one server usually hold more containers than virtual machines?',
    choices: [
      {text: 'Containers get dedicated physical CPUs', correct: false},
      {text: 'Containers do not each carry and boot a whole operating system', correct: true},
      {text: 'Containers are always run by AWS, never by you', correct: false},
      {text: 'Virtual machines cannot use more than one CPU', correct: false},
    ],
    explanation:
      'With no guest OS per app, a container needs only the memory and disk for the app itself, so more of them fit on the same hardware.',
    learnMore: '#comparison',
  },
];

export default dockerVsVmQuiz;
