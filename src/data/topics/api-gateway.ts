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
    '29 seconds',
    'response streaming',
  ],
  group: 'serverless',
  path: '/api-gateway',
  summary:
    'A fully managed front door that receives HTTP and WebSocket requests, checks and throttles them, and passes them to Lambda or another backend.',
  facts: {
    whatYouRun: 'API definitions (routes, methods, integrations); none of your own code',
    serverManagement: 'Fully managed by AWS: nothing to provision or patch',
    scaling: 'Automatic; 10,000 requests per second per account per Region by default',
    maxRunTime: '29 s integration timeout by default (HTTP APIs: 30 s at most)',
    pricing: 'Per million API calls (REST, HTTP) or messages plus connection minutes (WebSocket)',
    bestFor: 'Publishing, securing and throttling APIs in front of Lambda or other backends',
  },
  cheatSheet: [
    'Three API types: REST API (most features), HTTP API (lean and cheaper) and WebSocket API (two-way connections).',
    'The integration timeout is 29 seconds by default; since June 2024 it can be raised for Regional and private REST APIs only.',
    'Request and response payloads are limited to 10 MB; REST response streaming can go past that and past 29 s.',
    'Default throttle: 10,000 requests per second per account per Region, shared by all API types (a soft limit).',
    'REST APIs add what HTTP APIs lack: API keys and usage plans, caching, request validation, AWS WAF and private endpoints.',
    'Authorizers: IAM and Lambda on all types, Cognito user pools on REST, JWT (OIDC or OAuth 2.0) on HTTP APIs.',
    'First pricing tier in US East: $3.50 per million REST calls, $1.00 per million HTTP API calls.',
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
      title: 'Amazon API Gateway integration timeout limit increase beyond 29 seconds (June 2024)',
      url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
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
    {title: 'Amazon API Gateway pricing', url: 'https://aws.amazon.com/api-gateway/pricing/'},
    {
      title: 'Best practices for API Gateway private APIs: cost optimization',
      url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html',
    },
  ],
  checkedOn: '2026-11-30',
} as const satisfies Topic;

export default apiGateway;
