import {factShort, factText} from '../facts';
import type {Comparison} from '../types';

/**
 * The three Amazon API Gateway API types side by side. Every figure is read
 * from src/data/facts/api-gateway.ts, which names the page that states it;
 * the feature rows were checked on 2026-12-01 against "Choose between REST
 * APIs and HTTP APIs", WebSocket access control, API key selection
 * expressions and request validation in the API Gateway developer guide.
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
        rest: `Highest: ${factText('api-gateway.restPrice')}`,
        http: `Lowest: ${factText('api-gateway.httpPrice')}`,
        websocket: `Per message (counted ${factText('api-gateway.webSocketMetering')}) plus per connection minute`,
      },
    },
    {
      label: 'Integration timeout',
      cells: {
        rest: `${factShort('api-gateway.restTimeout')} by default; can be raised for Regional and private APIs (since June 2024); streamed responses up to ${factShort('api-gateway.streamingDuration')}`,
        http: `${factShort('api-gateway.httpTimeout')} at most; cannot be raised`,
        websocket: `${factShort('api-gateway.webSocketTimeout')} at most; cannot be raised`,
      },
    },
    {
      label: 'Payload size',
      cells: {
        rest: `${factText('api-gateway.payload')} (a streamed response can send more)`,
        http: factText('api-gateway.payload'),
        websocket: factText('api-gateway.webSocketMessage'),
      },
    },
    {
      label: 'Caching',
      cells: {
        rest: `Yes: per-stage cache, time to live ${factText('api-gateway.cacheTtl')} (not for streamed responses)`,
        http: 'No',
        websocket: 'No',
      },
    },
    {
      label: 'Usage plans and API keys',
      cells: {
        rest: 'Yes: per-client throttling and quotas',
        http: 'No',
        websocket: 'API keys, yes: routes (typically $connect) can require one',
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
