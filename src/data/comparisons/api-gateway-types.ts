import type {Comparison} from '../types';

/**
 * The three Amazon API Gateway API types side by side. Checked on 2026-11-30
 * against the API Gateway developer guide (quotas pages, "Choose between REST
 * APIs and HTTP APIs", WebSocket access control and request validation), the
 * June 2024 integration timeout announcement and the API Gateway pricing pages.
 */
const apiGatewayTypes = {
  id: 'api-gateway-api-types',
  caption: 'Amazon API Gateway: REST API, HTTP API and WebSocket API compared',
  rowHeader: 'Aspect',
  columns: [
    {key: 'rest', label: 'REST API'},
    {key: 'http', label: 'HTTP API'},
    {key: 'websocket', label: 'WebSocket API'},
  ],
  rows: [
    {
      label: 'Protocol and model',
      cells: {
        rest: 'HTTPS request and response, with the full feature set',
        http: 'HTTPS request and response, with a minimal feature set',
        websocket: 'A persistent two-way WebSocket connection; either side can send',
      },
    },
    {
      label: 'Typical use case',
      cells: {
        rest: 'Public or partner APIs that need API keys, quotas, caching or AWS WAF',
        http: 'Low-cost proxy in front of Lambda or an HTTP backend',
        websocket: 'Chat, live dashboards, notifications, multiplayer games',
      },
    },
    {
      label: 'Endpoint types',
      cells: {
        rest: 'Edge-optimized, Regional or private',
        http: 'Regional only',
        websocket: 'Regional only',
      },
    },
    {
      label: 'Relative cost (first tier, US East)',
      cells: {
        rest: 'Highest: $3.50 per million calls',
        http: 'Lowest: $1.00 per million calls',
        websocket: 'Per message (metered in 32 KB units) plus per connection minute',
      },
    },
    {
      label: 'Integration timeout',
      cells: {
        rest: '50 ms to 29 s by default; can be raised for Regional and private APIs (since June 2024)',
        http: '30 s at most; cannot be raised',
        websocket: '50 ms to 29 s; cannot be raised',
      },
    },
    {
      label: 'Payload size',
      cells: {
        rest: '10 MB (response streaming can send more)',
        http: '10 MB',
        websocket: '128 KB per message, sent in frames of up to 32 KB',
      },
    },
    {
      label: 'Caching',
      cells: {
        rest: 'Yes: per-stage cache, TTL 300 s by default, up to 3,600 s',
        http: 'No',
        websocket: 'No',
      },
    },
    {
      label: 'Usage plans and API keys',
      cells: {
        rest: 'Yes: per-client throttling and quotas',
        http: 'No',
        websocket: 'Yes: routes can require an API key',
      },
    },
    {
      label: 'Request validation',
      cells: {
        rest: 'Yes',
        http: 'No',
        websocket: 'Yes: JSON schema models per route',
      },
    },
    {
      label: 'Private APIs (reachable only from a VPC)',
      cells: {
        rest: 'Yes: private endpoint through an interface VPC endpoint',
        http: 'No',
        websocket: 'No',
      },
    },
    {
      label: 'AWS WAF',
      cells: {
        rest: 'Yes',
        http: 'No',
        websocket: 'No',
      },
    },
    {
      label: 'IAM authorization',
      cells: {
        rest: 'Yes',
        http: 'Yes',
        websocket: 'Yes',
      },
    },
    {
      label: 'Amazon Cognito',
      cells: {
        rest: 'Yes: Cognito user pool authorizer',
        http: 'Yes, as the issuer for a JWT authorizer',
        websocket: 'No built-in authorizer; check tokens in a Lambda authorizer',
      },
    },
    {
      label: 'Lambda authorizer',
      cells: {
        rest: 'Yes: TOKEN or REQUEST',
        http: 'Yes',
        websocket: 'Yes: REQUEST authorizer on the $connect route only',
      },
    },
    {
      label: 'JWT authorizer (OIDC, OAuth 2.0)',
      cells: {
        rest: 'No built-in one; validate JWTs in a Lambda authorizer',
        http: 'Yes: built in',
        websocket: 'No',
      },
    },
  ],
} as const satisfies Comparison<'rest' | 'http' | 'websocket'>;

export default apiGatewayTypes;
