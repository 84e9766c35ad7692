import type {QuizQuestion} from '../types';

const lightsailQuiz: readonly QuizQuestion[] = [
  {
    id: 'simple-site',
    question:
      'A small business with no cloud experience wants a WordPress site with a predictable monthly bill and as little setup as possible. Which service should they choose?',
    choices: [
      {text: 'Amazon EC2 with an Auto Scaling group', correct: false},
      {text: 'Amazon Lightsail with a WordPress blueprint', correct: true},
      {text: 'AWS Batch', correct: false},
      {text: 'Amazon ECS on Fargate', correct: false},
    ],
    explanation:
      'Lightsail sells a server, SSD storage and a data transfer allowance as one plan with a fixed monthly price, and its app blueprints start an instance with WordPress already installed. EC2 gives more control but many more pieces to set up and bill.',
    learnMore: '#when-to-use',
  },
  {
    id: 'traffic-spike',
    question: 'A Lightsail site sometimes gets sudden traffic spikes. Which statement is true?',
    choices: [
      {text: 'Lightsail automatically launches extra instances when CPU is high', correct: false},
      {
        text: 'A Lightsail load balancer scales itself and spreads traffic, but you decide how many instances sit behind it',
        correct: true,
      },
      {text: 'Lightsail instances cannot be put behind a load balancer', correct: false},
    ],
    explanation:
      'The Lightsail load balancer absorbs spikes by scaling itself and sends traffic only to healthy targets, but adding instances or moving to a bigger plan is something you do. For automatic scale-out of servers, EC2 Auto Scaling is the tool.',
    learnMore: '#scaling',
  },
  {
    id: 'reach-rds',
    question:
      'An app on a Lightsail instance must reach an Amazon RDS database in the same account and Region over private addresses. What do you set up?',
    choices: [
      {text: 'VPC peering between the Lightsail VPC and the default Amazon VPC', correct: true},
      {text: 'Nothing: Lightsail instances run inside every VPC in the account', correct: false},
      {text: 'An export of the RDS database into Lightsail', correct: false},
    ],
    explanation:
      'Lightsail resources sit in a Lightsail VPC, separate from your own VPCs. Peering connects it with your default VPC in that Region, which is how Lightsail resources talk privately to other AWS resources.',
    learnMore: '#connections',
  },
  {
    id: 'outgrow',
    question:
      'A Lightsail app has outgrown its plan and now needs EC2 features such as Auto Scaling. What is the supported path?',
    choices: [
      {text: 'Open a support case to convert the instance in place', correct: false},
      {
        text: 'Export an instance snapshot to EC2, where it appears as an AMI, then launch EC2 instances from it',
        correct: true,
      },
      {text: 'Copy the files by hand; Lightsail snapshots cannot leave Lightsail', correct: false},
    ],
    explanation:
      'Lightsail can export instance and disk snapshots to Amazon EC2 in the same Region. An instance snapshot becomes an AMI and its system disk an EBS volume, ready to launch as EC2 instances.',
    learnMore: '#connections',
  },
  {
    id: 'stopped-billing',
    question: 'You stop a Lightsail instance for two weeks instead of deleting it. How is it billed?',
    choices: [
      {text: 'Nothing is charged while it is stopped', correct: false},
      {text: 'It keeps accruing its plan charges until you delete it', correct: true},
      {text: 'Only the static IP is charged', correct: false},
    ],
    explanation:
      'Lightsail instances and managed databases accrue charges until they are deleted, even while stopped. To stop paying, take a snapshot (snapshots are billed for the storage they use) and delete the instance.',
    learnMore: '#pricing',
  },
];

export default lightsailQuiz;
