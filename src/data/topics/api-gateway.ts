import {factShort, factText} from '../facts';
import type {Topic} from '../types';

const apiGateway = {
  id: 'api-gateway',
  name: 'Amazon API Gateway',
  shortName: 'API Gateway',
  fullName: 'Amazon API Gateway',
  searchTerms: [
    'APIGW',
    'API Gateway',
    'REST API',
    'HTTP API',
    'WebSocket API',
    'API v1',
    'API v2',
    'front door',
    'authorizer',
    'Lambda authorizer',
    'custom authorizer',
    'JWT authorizer',
    'Cognito user pool',
    'usage plan',
    'API key',
    'throttling',
    'caching',
    'private API',
    'edge-optimized',
    'integration timeout',
    '29 seconds', // hand-typed: the words a reader types into search, not a figure the page states
    'response streaming',
  ],
  group: 'serverless',
  path: '/api-gateway',
  summary:
    'A fully managed front door that receives HTTP and WebSocket requests, checks and throttles them, and passes them to Lambda or another backend.',
  facts: {
    whatYouRun: 'API definitions (routes, methods, integrations); none of your own code',
    serverManagement: 'Fully managed by AWS: nothing to provision or patch',
    scaling: `Automatic; ${factText('api-gateway.throttle')} by default`,
    maxRunTime: `${factShort('api-gateway.restTimeout')} integration timeout by default (HTTP APIs: ${factShort('api-gateway.httpTimeout')} at most)`,
    pricing: 'Per million API calls (REST, HTTP) or messages plus connection minutes (WebSocket)',
    bestFor: 'Publishing, securing and throttling APIs in front of Lambda or other backends',
  },
  atAGlance: {
    whatYouRun: {text: 'API definitions', section: '#what-it-is'},
    serverManagement: {text: 'None', section: '#what-it-is'},
    scaling: {text: factShort('api-gateway.throttle'), section: '#limits'},
    maxRunTime: {
      text: `${factShort('api-gateway.restTimeout')} REST, ${factShort('api-gateway.httpTimeout')} HTTP`,
      section: '#limits',
    },
    pricing: {text: 'Per million calls', section: '#pricing'},
    bestFor: {text: 'Managed API front door', section: '#when-to-use'},
  },
  cheatSheet: [
    'Three API types: REST API (most features), HTTP API (lean and cheaper) and WebSocket API (two-way connections).',
    `Integration timeout: ${factShort('api-gateway.restTimeout')} by default for REST APIs (raisable for Regional and private ones since June 2024), ${factShort('api-gateway.httpTimeout')} for HTTP APIs and ${factShort('api-gateway.webSocketTimeout')} for WebSocket APIs, neither raisable.`,
    `Request and response payloads are limited to ${factText('api-gateway.payload')}; a streamed REST response can run for ${factText('api-gateway.streamingDuration')} and go past that size.`,
    `Default throttle: ${factText('api-gateway.throttle')}, shared by all API types (a soft limit).`,
    'REST APIs add what HTTP APIs lack: usage plans and API keys (WebSocket APIs have keys too), caching, request validation, AWS WAF and private endpoints.',
    'Authorizers: IAM and Lambda on all types, Cognito user pools on REST, JWT (OIDC or OAuth 2.0) on HTTP APIs.',
    `First pricing tier in US East: ${factShort('api-gateway.restPrice')} REST calls, ${factShort('api-gateway.httpPrice')} HTTP API calls.`,
  ],
  sources: [
    {
      title: 'Amazon API Gateway quotas',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
    },
    {
      title: 'Quotas for configuring and running a REST API',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
    },
    {
      title: 'Quotas for configuring and running an HTTP API',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
    },
    {
      title: 'Quotas for configuring and running a WebSocket API',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html',
    },
    {
      title: 'Amazon API Gateway integration timeout limit increase beyond 29 seconds (June 2024)', // hand-typed: AWS's page title
      url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/', // hand-typed: AWS's URL
    },
    {
      title: 'Stream the integration response for your proxy integrations',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html',
    },
    {
      title: 'Choose between REST APIs and HTTP APIs',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
    },
    {
      title: 'Controlling and managing access to a REST API',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
    },
    {
      title: 'Controlling and managing access to an HTTP API',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
    },
    {
      title: 'Control access to WebSocket APIs with Lambda REQUEST authorizers',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html',
    },
    {
      title: 'Usage plans and API keys for REST APIs',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
    },
    {
      title: 'Best practices for API Gateway private APIs: overview of API types',
      url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/overview-of-amazon-api-gateway.html',
    },
    {
      title: 'Request validation for WebSocket APIs',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-request-validation.html',
    },
    {
      title: 'WebSocket selection expressions (API key selection expressions)',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html',
    },
    {title: 'Amazon API Gateway pricing', url: 'https://aws.amazon.com/api-gateway/pricing/'},
    {
      title: 'Best practices for API Gateway private APIs: cost optimization',
      url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html',
    },
  ],
  checkedOn: '2026-11-30',
} as const satisfies Topic;

export default apiGateway;
