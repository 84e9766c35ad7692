import type {TopicFacts} from '../types';

/** Sources are named once and shared by the facts they support. */
const accountQuotas = {
  title: 'Amazon API Gateway Developer Guide: Amazon API Gateway quotas',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
} as const;

const restQuotas = {
  title: 'Amazon API Gateway Developer Guide: Quotas for configuring and running a REST API',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
} as const;

const httpQuotas = {
  title: 'Amazon API Gateway Developer Guide: Quotas for configuring and running an HTTP API',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
} as const;

const webSocketQuotas = {
  title: 'Amazon API Gateway Developer Guide: Quotas for configuring and running a WebSocket API',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html',
} as const;

const streaming = {
  title: 'Amazon API Gateway Developer Guide: Stream the integration response for your proxy integrations',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html',
} as const;

const timeoutIncrease = {
  title: 'What’s New (June 2024): Amazon API Gateway integration timeout limit increase beyond 29 seconds',
  url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
} as const;

const prices = {
  title: 'AWS whitepaper: Best practices for API Gateway private APIs, cost optimization (REST and HTTP API pricing)',
  url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html',
} as const;

const pricingPage = {
  title: 'Amazon API Gateway pricing',
  url: 'https://aws.amazon.com/api-gateway/pricing/',
} as const;

/** API Gateway: every figure its page, the cheat sheet, tables and questions show. */
const facts = {
  facts: {
    restTimeout: {
      label: 'REST API integration timeout',
      value: '29 seconds by default; Regional and private REST APIs can ask for more',
      short: '29 s',
      source: restQuotas,
      checkedOn: '2026-12-01',
    },
    httpTimeout: {
      label: 'HTTP API integration timeout',
      value: '30 seconds at most, and it cannot be raised',
      short: '30 s',
      source: httpQuotas,
      checkedOn: '2026-12-01',
    },
    webSocketTimeout: {
      label: 'WebSocket API integration timeout',
      value: '50 milliseconds to 29 seconds, and it cannot be raised',
      short: '29 s',
      source: webSocketQuotas,
      checkedOn: '2026-12-01',
    },
    payload: {
      label: 'Request or response payload (REST and HTTP APIs)',
      value: '10 MB',
      source: httpQuotas,
      checkedOn: '2026-12-01',
    },
    webSocketMessage: {
      label: 'WebSocket message',
      value: '128 KB per message, sent in frames of up to 32 KB',
      short: '128 KB',
      source: webSocketQuotas,
      checkedOn: '2026-12-01',
    },
    webSocketConnection: {
      label: 'WebSocket connection',
      value: 'at most 2 hours long, closed after 10 minutes without traffic',
      short: '2 h, 10 min idle',
      source: webSocketQuotas,
      checkedOn: '2026-12-01',
    },
    webSocketNewConnections: {
      label: 'New WebSocket connections',
      value: '500 a second per account per Region by default (raisable)',
      short: '500 a second',
      source: webSocketQuotas,
      checkedOn: '2026-12-01',
    },
    throttle: {
      label: 'Account throttle',
      value: '10,000 requests per second per account per Region, plus a burst that AWS sets',
      short: '10,000 RPS',
      source: accountQuotas,
      checkedOn: '2026-12-01',
    },
    throttleSmallRegions: {
      label: 'Account throttle in some newer Regions',
      value: '2,500 requests per second with a burst of 1,250',
      short: '2,500 RPS',
      source: accountQuotas,
      checkedOn: '2026-12-01',
    },
    cacheTtl: {
      label: 'REST API cache time to live',
      value: '300 seconds by default, configurable from 0 to 3,600 seconds',
      short: '300 s (0–3,600 s)',
      source: restQuotas,
      checkedOn: '2026-12-01',
    },
    streamingDuration: {
      label: 'Longest streamed REST response',
      value: '15 minutes',
      short: '15 min',
      source: streaming,
      checkedOn: '2026-12-01',
    },
    streamingIdleTimeout: {
      label: 'Idle timeout of a streamed response',
      value: '5 minutes on Regional and private endpoints, 30 seconds on edge-optimized endpoints',
      short: '5 min / 30 s',
      source: streaming,
      checkedOn: '2026-12-01',
    },
    streamingBandwidth: {
      label: 'Bandwidth of a streamed response',
      value: 'the first 10 MB unthrottled, then 2 MB per second',
      short: '10 MB, then 2 MB/s',
      source: streaming,
      checkedOn: '2026-12-01',
    },
    webSocketMetering: {
      label: 'How WebSocket messages are counted',
      value: 'in 32 KB increments, so a 33 KB message counts as two',
      short: '32 KB units',
      source: pricingPage,
      checkedOn: '2026-12-01',
    },
    restPrice: {
      label: 'REST API calls, first pricing tier',
      value: '$3.50 per million calls (US East, N. Virginia)',
      short: '$3.50 per million',
      source: prices,
      checkedOn: '2026-12-01',
    },
    httpPrice: {
      label: 'HTTP API calls, first pricing tier',
      value: '$1.00 per million calls (US East, N. Virginia)',
      short: '$1.00 per million',
      source: prices,
      checkedOn: '2026-12-01',
    },
  },
  changes: {
    restTimeoutIncrease: {
      title: 'The 29-second integration timeout',
      changed: '2024-06',
      today:
        'Regional and private REST APIs can get a longer integration timeout through a Service Quotas request, possibly in exchange for a lower account throttle. Edge-optimized REST APIs and WebSocket APIs stay at 29 seconds and HTTP APIs at 30 seconds.',
      olderExams:
        'API Gateway always gives up after 29 seconds, so long work must be made asynchronous (a queue, Step Functions, or a WebSocket callback).',
      source: timeoutIncrease,
      checkedOn: '2026-12-01',
    },
    responseStreaming: {
      title: 'REST response streaming',
      changed: '2025-11',
      today:
        'A REST API proxy integration can stream its response for up to 15 minutes and past 10 MB, without a quota increase; caching and response transformations do not work on streamed responses.',
      olderExams: 'A response larger than 10 MB or slower than 29 seconds cannot go through API Gateway at all.',
      source: streaming,
      checkedOn: '2026-12-01',
    },
    freeTierCredits: {
      title: 'API Gateway free tier',
      changed: '2025-07',
      today:
        'Accounts opened on or after 15 July 2025 get AWS Free Tier credits (up to $200) that also pay for API Gateway, and choose a free or a paid plan; the free plan lasts up to six months. Older accounts keep the 12-month offer until it runs out.',
      olderExams:
        'Every new account gets 1 million REST calls, 1 million HTTP API calls and 1 million WebSocket messages a month free for 12 months.',
      source: pricingPage,
      checkedOn: '2026-12-01',
    },
  },
} as const satisfies TopicFacts;

export default facts;
