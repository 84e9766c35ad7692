import {factShort, factText} from '../facts';
import type {Topic} from '../types';

const ecr = {
  id: 'ecr',
  name: 'Amazon ECR',
  shortName: 'ECR',
  fullName: 'Amazon Elastic Container Registry',
  searchTerms: [
    'Elastic Container Registry',
    'EC2 Container Registry',
    'container registry',
    'Docker registry',
    'image repository',
    'OCI image',
    'ECR Public',
    'public.ecr.aws',
    'ECR Public Gallery',
    'private registry',
    'image scanning',
    'basic scanning',
    'enhanced scanning',
    'Amazon Inspector',
    'scan on push',
    'CVE',
    'Clair',
    'lifecycle policy',
    'replication',
    'cross-Region replication',
    'cross-account replication',
    'pull through cache',
    'Docker Hub',
    'tag immutability',
    'archive storage class',
    'docker push',
    'docker pull',
  ],
  group: 'containers',
  path: '/ecr',
  summary:
    'A managed registry for container images (Docker and OCI), private or public, that ECS, EKS, Fargate, Lambda and Batch pull their images from.',
  facts: {
    whatYouRun: 'Nothing: it stores and serves container images and OCI artifacts',
    serverManagement: 'Fully managed by AWS: no registry servers to run or patch',
    scaling: 'Managed by AWS; replication copies images to other Regions or accounts',
    maxRunTime: 'Not applicable: stores images',
    pricing: 'Image storage plus data transfer out; enhanced scans billed by Inspector',
    bestFor: 'Private image storage for ECS, EKS, Fargate, Lambda and Batch',
  },
  atAGlance: {
    whatYouRun: {text: 'Nothing: stores images', section: '#what-it-is'},
    serverManagement: {text: 'Fully managed by AWS', section: '#what-it-is'},
    scaling: {text: 'Managed; replicate to other Regions', section: '#replication'},
    maxRunTime: {text: 'Not applicable', section: '#limits'},
    pricing: {text: 'Storage + data transfer out', section: '#pricing'},
    bestFor: {text: 'Private images for AWS compute', section: '#when-to-use'},
  },
  cheatSheet: [
    'Every AWS account gets a private registry per Region; ECR Public (public.ecr.aws) hosts images anyone can pull.',
    `Basic scanning checks OS packages on push or on demand, ${factShort('ecr.basicScanFrequency')} per image; enhanced scanning (Amazon Inspector) adds language packages and continuous rescans.`,
    `Lifecycle policies expire or archive images by age or count, ${factShort('ecr.lifecycleDelay')}; they act only in the Region where they are created.`,
    `Archived images cannot be pulled until restored (${factShort('ecr.archiveRestoreTime')}) and are billed for at least ${factShort('ecr.archiveMinimumStorage')}.`,
    'Replication copies images across Regions and accounts; cross-account needs a registry policy in the destination.',
    `Pull through cache keeps copies of upstream images in your private registry: ${factText('ecr.pullThroughUpstreams')}.`,
    `A Lambda container image must sit in ${factText('lambda.imageSource')}.`,
  ],
  sources: [
    {
      title: 'Scan images for OS vulnerabilities in Amazon ECR (basic scanning)',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-basic.html',
    },
    {
      title: 'Configuring enhanced scanning for images in Amazon ECR',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced-enabling.html',
    },
    {
      title: 'Scanning Amazon ECR container images with Amazon Inspector',
      url: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html',
    },
    {
      title: 'Creating a lifecycle policy for a repository in Amazon ECR',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/lp_creation.html',
    },
    {
      title: 'Examples of lifecycle policies in Amazon ECR',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html',
    },
    {
      title: 'Configuring private image replication in Amazon ECR',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-settings-configure.html',
    },
    {
      title: 'Pulling an image with a pull through cache rule in Amazon ECR',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache-working.html',
    },
    {
      title: 'Sync an upstream registry with an Amazon ECR private registry (supported upstreams)',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html',
    },
    {
      title: 'Archiving an image in Amazon ECR (archival storage class)',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/archive_restore_image.html',
    },
    {
      title: 'UpdateImageStorageClass (Amazon ECR API Reference)',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UpdateImageStorageClass.html',
    },
    {
      title: 'Amazon ECR Public service quotas',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/public/public-service-quotas.html',
    },
    {
      title: 'Amazon ECR document history',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/doc-history.html',
    },
    {
      title: 'Create a Lambda function using a container image',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html',
    },
  ],
  checkedOn: '2026-12-01',
} as const satisfies Topic;

export default ecr;
