import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const quotas = {
  title: 'AWS Lambda Developer Guide: Lambda quotas',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
} as const;

const timeout = {
  title: 'AWS Lambda Developer Guide: Configure Lambda function timeout',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
} as const;

const invokeApi = {
  title: 'AWS Lambda API Reference: Invoke',
  url: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html',
} as const;

const ephemeralStorage = {
  title: 'AWS CloudFormation User Guide: AWS::Lambda::Function EphemeralStorage',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-ephemeralstorage.html',
} as const;

/** Lambda: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    maxTimeout: {
      label: 'Longest run of one invocation',
      value: '15 minutes (900 seconds)',
      short: '15 min',
      source: timeout,
      checkedOn: '2026-12-01',
    },
    defaultTimeout: {
      label: 'Default timeout',
      value: '3 seconds',
      short: '3 s',
      source: timeout,
      checkedOn: '2026-12-01',
    },
    memory: {
      label: 'Memory',
      value: '128 MB to 10,240 MB, in 1 MB steps',
      short: '128–10,240 MB',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    ephemeralStorage: {
      label: '/tmp storage',
      value: '512 MB to 10,240 MB',
      short: '512–10,240 MB',
      source: ephemeralStorage,
      checkedOn: '2026-12-01',
    },
    zipPackage: {
      label: '.zip deployment package',
      value: '50 MB zipped when uploaded directly, 250 MB unzipped including layers',
      short: '50 MB zipped / 250 MB unzipped',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    imageSize: {
      label: 'Container image',
      value: '10 GB (the uncompressed image, all layers included)',
      short: '10 GB',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    concurrency: {
      label: 'Concurrent executions',
      value: '1,000 per Region by default, shared by all functions and raisable on request',
      short: '1,000 per Region',
      source: quotas,
      checkedOn: '2026-12-01',
    },
    syncPayload: {
      label: 'Synchronous payload',
      value: '6 MB',
      source: invokeApi,
      checkedOn: '2026-12-01',
    },
    asyncPayload: {
      label: 'Asynchronous payload',
      value: '1 MB',
      source: invokeApi,
      checkedOn: '2026-12-01',
    },
  },
  changes: {},
} as const satisfies TopicFacts;

export default facts;
