import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const loginPassword = {
  title: 'AWS CLI Command Reference: aws ecr get-login-password',
  url: 'https://docs.aws.amazon.com/cli/latest/reference/ecr/get-login-password.html',
} as const;

const publicQuotas = {
  title: 'Amazon ECR Public service quotas',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/public/public-service-quotas.html',
} as const;

const startImageScan = {
  title: 'Amazon ECR API Reference: StartImageScan',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_StartImageScan.html',
} as const;

const lifecyclePolicies = {
  title: 'Automate the cleanup of images by using lifecycle policies in Amazon ECR',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
} as const;

const archiveImage = {
  title: 'Archiving an image (Amazon ECR User Guide)',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/archive-image.html',
} as const;

const archiveStorageClass = {
  title: 'Archiving an image in Amazon ECR: what is the ECR archival storage class?',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/archive_restore_image.html',
} as const;

const pullThroughCache = {
  title: 'Sync an upstream registry with an Amazon ECR private registry (pull through cache)',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html',
} as const;

const pullThroughUpstreams2023 = {
  title: "What's New, November 2023: Amazon ECR pull through cache adds Docker Hub, Azure and GitHub upstreams",
  url: 'https://aws.amazon.com/about-aws/whats-new/2023/11/amazon-ecr-pull-through-cache-additional-upstream-registries/',
} as const;

const replicationDelete = {
  title: 'Replicating image deletions in Amazon ECR (Amazon ECR User Guide)',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication-delete.html',
} as const;

const docHistory = {
  title: 'Amazon ECR User Guide: document history',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/doc-history.html',
} as const;

/** Amazon ECR: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    authTokenValidity: {
      label: 'Registry login token (get-login-password)',
      value: '12 hours',
      short: '12 hours',
      source: loginPassword,
      checkedOn: '2026-12-01',
    },
    publicAnonymousPulls: {
      label: 'ECR Public pulls without logging in',
      value: 'up to 500 GB of data per month, a ceiling that cannot be raised',
      short: '500 GB a month',
      source: publicQuotas,
      checkedOn: '2026-12-01',
    },
    basicScanFrequency: {
      label: 'Basic scans of one image',
      value: 'once per 24 hours, the scan on push included',
      short: 'once per 24 hours',
      source: startImageScan,
      checkedOn: '2026-12-01',
    },
    lifecycleDelay: {
      label: 'When a lifecycle rule acts',
      value: 'within 24 hours after an image meets the rule',
      short: 'within 24 hours',
      source: lifecyclePolicies,
      checkedOn: '2026-12-01',
    },
    archiveMinimumStorage: {
      label: 'Archive storage class: minimum storage duration',
      value: '90 days; an image deleted sooner is still billed for the 90 days',
      short: '90 days',
      source: archiveImage,
      checkedOn: '2026-12-01',
    },
    archiveRestoreTime: {
      label: 'Restoring an archived image',
      value: 'within 20 minutes, after which it can be pulled again',
      short: 'within 20 minutes',
      source: archiveStorageClass,
      checkedOn: '2026-12-01',
    },
    pullThroughUpstreams: {
      label: 'Pull through cache upstream registries',
      value:
        'ECR Public, the Kubernetes registry and Quay (no login); Docker Hub, Azure Container Registry, GitHub Container Registry, GitLab Container Registry (GitLab.com only) and Chainguard Registry (credentials in AWS Secrets Manager); and another Amazon ECR private registry (through an IAM role)',
      short: 'ECR Public, Kubernetes, Quay, Docker Hub, Azure, GitHub, GitLab, Chainguard, ECR',
      source: pullThroughCache,
      checkedOn: '2026-12-01',
    },
    managedSigning: {
      label: 'Managed image signing',
      value: 'available since November 2025',
      short: 'since Nov 2025',
      source: docHistory,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    pullThroughUpstreams: {
      title: 'Pull through cache upstreams',
      changed: '2023-11',
      today:
        'Pull through cache can mirror registries that need a login (Docker Hub, Azure, GitHub, GitLab, Chainguard, with credentials in Secrets Manager) and another ECR private registry, besides ECR Public, the Kubernetes registry and Quay.',
      olderExams:
        'Pull through cache only mirrors public registries that need no login, such as ECR Public and Quay; Docker Hub images have to be copied into ECR by hand.',
      source: pullThroughUpstreams2023,
      checkedOn: '2026-12-01',
    },
    archiveStorageClass: {
      title: 'ECR archive storage class',
      changed: '2025-11',
      today:
        'Lifecycle rules (or a manual action) can move rarely used images to an archive storage class instead of deleting them; archived images cannot be pulled or scanned until they are restored.',
      olderExams: 'A lifecycle policy can only expire (delete) images; there is no cheaper storage class in ECR.',
      source: archiveStorageClass,
      checkedOn: '2026-12-01',
    },
    tagImmutabilityExclusions: {
      title: 'Tag immutability exclusions',
      changed: '2025-07',
      today:
        'An immutable repository can list tag patterns, such as latest, that stay mutable while every other tag stays locked.',
      olderExams: 'Tag immutability is all or nothing: with it on, no tag, latest included, can be pushed over.',
      source: docHistory,
      checkedOn: '2026-12-01',
    },
    replicationDeletes: {
      title: 'Replication of deletes',
      changed: '2026-11',
      today:
        'Replication copies new images but, by default, no deletions. A replication rule can opt in to replication of deletes: images that a lifecycle policy expires in the source, images deleted there by digest and tags removed there then disappear from every destination of that rule too. Without it, each destination Region or account still needs its own lifecycle policy.',
      olderExams:
        'A lifecycle policy acts only in its own Region and replication never removes anything, so cleaning up replicated copies always takes a separate lifecycle policy in every destination Region and account.',
      source: replicationDelete,
      checkedOn: '2026-12-02',
    },
    basicScanningEngine: {
      title: 'Basic scanning engine',
      changed: '2026-02',
      today:
        'Basic scanning uses AWS native scanning technology in every registry; the Clair-based engine was retired in February 2026.',
      olderExams: 'Basic scanning checks images against CVEs with the open-source Clair project.',
      source: docHistory,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
