import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const appRunnerAvailability = {
  title: 'AWS App Runner availability change',
  url: 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html',
} as const;

/**
 * Docker is a concept, not an AWS service: it has facts only where its page
 * states a figure that belongs to no other topic. ECR's login token, Lambda's
 * image support and Fargate's sizes are read from those topics' facts.
 */
const facts = {
  facts: {
    appRunnerClosed: {
      label: 'AWS App Runner closed to new customers',
      value: 'April 30, 2026',
      short: '30 Apr 2026',
      source: appRunnerAvailability,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    appRunnerClosed: {
      title: 'App Runner closed to new customers',
      changed: '2026-04',
      today:
        'App Runner takes no new customers; existing customers keep using it, without new features. AWS points new users to Amazon ECS Express Mode, which builds an ECS service on Fargate with an Application Load Balancer and auto scaling from a container image and two IAM roles.',
      olderExams:
        'AWS App Runner is the simplest way to run a containerized web app or API from an image or source code, with no infrastructure to configure.',
      source: appRunnerAvailability,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
