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
    payload: {
      label: 'Request or response payload (REST and HTTP APIs)',
      value: '10 MB',
      source: httpQuotas,
      checkedOn: '2026-12-01',
    },
    throttle: {
      label: 'Account throttle',
      value: '10,000 requests per second per account per Region, plus a burst that AWS sets',
      short: '10,000 RPS',
      source: accountQuotas,
      checkedOn: '2026-12-01',
    },
  },
  changes: {},
} as const satisfies TopicFacts;

export default facts;
