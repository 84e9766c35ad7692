import {factShort, factText} from '../facts';
import type {QuizQuestion} from '../types';

const apiGatewayQuiz: readonly QuizQuestion[] = [
  {
    id: 'cheapest-type',
    question:
      'A team needs a low-cost API that proxies requests to Lambda and validates JWTs from their identity provider. They need no API keys, caching or AWS WAF. Which API type fits best?',
    choices: [
      {text: 'REST API', correct: false},
      {text: 'HTTP API', correct: true},
      {text: 'WebSocket API', correct: false},
    ],
    explanation:
      'HTTP APIs are the lean, cheaper type and have a built-in JWT authorizer. A REST API would work but costs more and its extra features are not needed; a WebSocket API is for two-way connections.',
    learnMore: '#api-types',
  },
  {
    id: 'timeout',
    question: `A Regional REST API calls a Lambda function that needs about a minute. Clients get a timeout error after about ${factShort('api-gateway.restTimeout')}. What can fix this while keeping a synchronous call?`,
    choices: [
      {text: `Raise the Lambda function timeout to ${factShort('lambda.maxTimeout')}`, correct: false},
      {text: 'Move the API to an HTTP API', correct: false},
      {text: 'Request a higher integration timeout quota and raise the integration timeout', correct: true},
      {text: 'Switch the API to the edge-optimized endpoint type', correct: false},
    ],
    explanation: `The ${factShort('api-gateway.restTimeout')} default is API Gateway’s integration timeout, not Lambda’s. Since June 2024 it can be raised for Regional and private REST APIs (possibly lowering the account throttle quota); older questions treat it as a hard limit. HTTP APIs stop at ${factShort('api-gateway.httpTimeout')}, and edge-optimized REST APIs cannot be raised. Response streaming is another way past the limit, but only for proxy integrations.`,
    learnMore: '#limits',
  },
  {
    id: 'usage-plans',
    question:
      'A company sells access to its API and must give each customer its own request quota and throttle. Which feature does this?',
    choices: [
      {text: 'Usage plans with API keys on a REST API', correct: true},
      {text: 'A JWT authorizer on an HTTP API', correct: false},
      {text: 'Reserved concurrency on the Lambda backend', correct: false},
      {text: 'The account-level throttle quota', correct: false},
    ],
    explanation:
      'Usage plans tie API keys to per-client throttling and quotas on REST API stages. WebSocket APIs can also require an API key, but HTTP APIs support neither keys nor usage plans. An authorizer decides who may call, not how much; the account-level quota is shared by every client.',
    learnMore: '#security',
  },
  {
    id: 'large-upload',
    question:
      'Users must upload 100 MB files through an app whose backend sits behind API Gateway. What should you do?',
    choices: [
      {text: 'Ask AWS to raise the API Gateway payload limit', correct: false},
      {text: 'Let clients upload directly to Amazon S3 and process the file from there', correct: true},
      {text: 'Use a WebSocket API, whose messages have no size limit', correct: false},
    ],
    explanation: `REST and HTTP API payloads are limited to ${factText('api-gateway.payload')}, and WebSocket messages to ${factShort('api-gateway.webSocketMessage')}. Uploading straight to S3 (for example with a presigned URL) avoids the limit, and the backend can react to the S3 event. Response streaming only helps with large responses, not uploads.`,
    learnMore: '#limits',
  },
  {
    id: 'default-throttle',
    question: 'What is the default throttle quota for API Gateway in most Regions?',
    choices: [
      {text: '1,000 requests per second per API', correct: false},
      {text: `${factText('api-gateway.throttle')}, across all APIs`, correct: true},
      {text: 'Unlimited: API Gateway never throttles', correct: false},
      {text: '29 requests per second per client', correct: false},
    ],
    explanation: `The account-level quota is ${factText('api-gateway.throttle')}, shared by REST, HTTP and WebSocket APIs. It can be raised; some newer Regions start at ${factText('api-gateway.throttleSmallRegions')}.`,
    learnMore: '#limits',
  },
];

export default apiGatewayQuiz;
