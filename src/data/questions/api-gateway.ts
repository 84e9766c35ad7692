import {factShort, factSource, factText} from '../facts';
import type {Question} from '../types';

const questions: readonly Question[] = [
  {
    id: 'cheapest-type',
    topic: 'api-gateway',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/4.4', 'dva-c02/2.1'],
    question:
      'A team needs a low-cost API that proxies requests to Lambda and validates JWTs issued by its OpenID Connect identity provider. It needs no API keys, caching or AWS WAF. Which option fits best?',
    choices: [
      {
        text: 'An API Gateway HTTP API with a JWT authorizer',
        correct: true,
        why: `HTTP APIs are the lean, cheaper type (${factShort('api-gateway.httpPrice')} against ${factShort('api-gateway.restPrice')} for REST calls in the first tier) and validate JWTs with a built-in authorizer, no code needed.`,
      },
      {
        text: 'An API Gateway REST API with a Lambda authorizer',
        correct: false,
        why: 'It would work, but REST calls cost more and the JWT check becomes authorizer code to write and run, for extras the team does not need.',
      },
      {
        text: 'An API Gateway WebSocket API',
        correct: false,
        why: 'WebSocket APIs are for long-lived two-way connections, not plain request-response calls, and they have no JWT authorizer.',
      },
      {
        text: 'A Lambda function URL with the auth type NONE',
        correct: false,
        why: 'A function URL supports only IAM or no authentication; with NONE every JWT check would have to be coded in the function.',
      },
    ],
    learnMore: '/api-gateway#api-types',
    source: {
      title: 'Amazon API Gateway Developer Guide: Choose between REST APIs and HTTP APIs',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
    },
  },
  {
    id: 'timeout',
    topic: 'api-gateway',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/2.1', 'dva-c02/4.1'],
    question: `A Regional REST API calls a Lambda function that needs about a minute. Clients get a timeout error after about ${factShort('api-gateway.restTimeout')}. With the options API Gateway offers today, what fixes this while keeping a synchronous call?`,
    choices: [
      {
        text: 'Request a higher integration timeout quota and raise the integration timeout',
        correct: true,
        why: `The ${factShort('api-gateway.restTimeout')} default is API Gateway’s wait for the backend. Since June 2024 Regional and private REST APIs can get more through Service Quotas, possibly for a lower account throttle; a streamed proxy response is the other way past the default today. Older questions treat the timeout as a hard limit and expect an asynchronous design.`,
      },
      {
        text: `Raise the Lambda function timeout to ${factShort('lambda.maxTimeout')}`,
        correct: false,
        why: 'The function is not what gives up: API Gateway stops waiting first, whatever the function’s own timeout is.',
      },
      {
        text: 'Move the API to an HTTP API',
        correct: false,
        why: `HTTP APIs wait ${factText('api-gateway.httpTimeout')}, so a one-minute call still fails.`,
      },
      {
        text: 'Switch the API to the edge-optimized endpoint type',
        correct: false,
        why: 'Edge-optimized REST APIs keep the default timeout; only Regional and private REST APIs can have it raised.',
      },
    ],
    learnMore: '/api-gateway#limits',
    source: factSource('api-gateway.restTimeout'),
  },
  {
    id: 'usage-plans',
    topic: 'api-gateway',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/4.4', 'dva-c02/4.3'],
    question:
      'A company sells access to its API and must give each customer its own request quota and throttle. Which feature does this?',
    choices: [
      {
        text: 'Usage plans with API keys on a REST API',
        correct: true,
        why: 'A usage plan ties API keys to their own throttle and quota on REST API stages. The keys identify and meter customers; combine them with an authorizer to control access.',
      },
      {
        text: 'A JWT authorizer on an HTTP API',
        correct: false,
        why: 'An authorizer decides who may call, not how much; HTTP APIs support neither API keys nor usage plans.',
      },
      {
        text: 'Reserved concurrency on the Lambda backend',
        correct: false,
        why: 'Reserved concurrency caps the function as a whole; it cannot tell one customer from another.',
      },
      {
        text: 'The account-level throttle quota',
        correct: false,
        why: 'The account quota is shared by every API and every client in the Region, so it gives no one their own limit.',
      },
    ],
    learnMore: '/api-gateway#security',
    source: {
      title: 'Amazon API Gateway Developer Guide: Usage plans and API keys for REST APIs',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
    },
  },
  {
    id: 'large-upload',
    topic: 'api-gateway',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/2.1', 'dva-c02/1.1'],
    question:
      'Users must upload files of about 100 MB through an app whose backend sits behind API Gateway. What should the team do?',
    choices: [
      {
        text: 'Let clients upload directly to Amazon S3, for example with a presigned URL, and process the file from there',
        correct: true,
        why: 'The file never passes through the API, so its payload limit does not matter, and the backend can react to the S3 event once the object arrives.',
      },
      {
        text: 'Ask AWS to raise the API Gateway payload limit',
        correct: false,
        why: `REST and HTTP API payloads are limited to ${factText('api-gateway.payload')}, and that quota cannot be raised.`,
      },
      {
        text: 'Use a WebSocket API, whose messages have no size limit',
        correct: false,
        why: `WebSocket messages are limited too, to ${factShort('api-gateway.webSocketMessage')}.`,
      },
      {
        text: 'Turn on response streaming for the REST API',
        correct: false,
        why: 'Streaming lets large responses through; requests are never streamed, so uploads stay limited.',
      },
    ],
    learnMore: '/api-gateway#limits',
    source: factSource('api-gateway.payload'),
  },
  {
    id: 'default-throttle',
    topic: 'api-gateway',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/4.4', 'dva-c02/4.1'],
    question: 'What is the default throttle quota for API Gateway in most AWS Regions?',
    choices: [
      {
        text: `${factText('api-gateway.throttle')}, shared by all APIs`,
        correct: true,
        why: `The quota covers REST, HTTP and WebSocket APIs together and can be raised on request; some newer Regions start at ${factText('api-gateway.throttleSmallRegions')}.`,
      },
      {
        text: '1,000 requests per second for each API, which cannot be raised',
        correct: false,
        why: 'The default quota is set per account and Region, not per API, and it can be raised.',
      },
      {
        text: 'No default quota: API Gateway never throttles requests',
        correct: false,
        why: 'API Gateway throttles every account with a token bucket and answers excess requests with 429 Too Many Requests.',
      },
      {
        text: 'Whatever each client’s API key allows, with no account-wide quota',
        correct: false,
        why: 'Usage plans add per-client limits on REST APIs, but the account-wide quota always applies on top.',
      },
    ],
    learnMore: '/api-gateway#limits',
    source: factSource('api-gateway.throttle'),
  },
  {
    id: 'private-api',
    topic: 'api-gateway',
    exams: ['saa-c03'],
    tasks: ['saa-c03/1.2'],
    question:
      'An internal API must be reachable only from applications inside the company’s VPC, never from the internet. Which API Gateway setup meets this?',
    choices: [
      {
        text: 'A private REST API reached through an interface VPC endpoint, with a resource policy that allows only that endpoint',
        correct: true,
        why: 'Private REST APIs can only be called through an execute-api interface endpoint in a VPC, and the resource policy decides which VPCs or endpoints may call them; the traffic stays off the public internet.',
      },
      {
        text: 'A Regional HTTP API with IAM authorization',
        correct: false,
        why: 'HTTP APIs have only public endpoints; IAM checks who calls, but the endpoint is still reachable from the internet.',
      },
      {
        text: 'An edge-optimized REST API with an AWS WAF rule for the VPC’s addresses',
        correct: false,
        why: 'An edge-optimized endpoint is public by design; filtering addresses does not make it a private API.',
      },
      {
        text: 'A Regional REST API with the VPC’s private subnets routed through a NAT gateway',
        correct: false,
        why: 'A NAT gateway lets private subnets reach out to the internet; it does not hide the API’s public endpoint.',
      },
    ],
    learnMore: '/api-gateway#exam-traps',
    source: {
      title: 'Amazon API Gateway Developer Guide: Private REST APIs in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html',
    },
  },
  {
    id: 'response-cache',
    topic: 'api-gateway',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/3.2', 'dva-c02/4.3'],
    question:
      'A REST API returns a product catalogue that changes about once an hour. Repeated identical GET requests overload the Lambda function and the database behind it. What is the simplest way to cut the calls to the backend?',
    choices: [
      {
        text: 'Turn on API caching for the stage and set a suitable time to live',
        correct: true,
        why: `The stage cache answers repeated GET requests itself until the entry expires (time to live ${factText('api-gateway.cacheTtl')}), so the backend sees far fewer calls; the cache is billed per hour by size.`,
      },
      {
        text: 'Move the API to an HTTP API',
        correct: false,
        why: 'HTTP APIs cost less per call, but they have no cache, so every request still reaches the backend.',
      },
      {
        text: 'Raise the reserved concurrency of the Lambda function',
        correct: false,
        why: 'That lets more copies of the function run, which puts even more load on the database instead of less.',
      },
      {
        text: 'Add a usage plan with a low throttle for all clients',
        correct: false,
        why: 'Throttling rejects requests with 429 errors rather than answering them, which hurts users instead of serving the same data faster.',
      },
    ],
    learnMore: '/api-gateway#api-types',
    source: {
      title: 'Amazon API Gateway Developer Guide: Cache settings for REST APIs',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
    },
  },
  {
    id: 'realtime-chat',
    topic: 'api-gateway',
    exams: ['clf-c02', 'saa-c03'],
    tasks: ['clf-c02/3.5', 'saa-c03/2.1'],
    question:
      'A chat application must push new messages from the backend to connected browsers the moment they arrive, without the browsers polling. Which API Gateway API type fits?',
    choices: [
      {
        text: 'A WebSocket API',
        correct: true,
        why: 'A WebSocket API keeps a connection open, so the backend can send messages to clients at any time, which is what chat, live dashboards and games need.',
      },
      {
        text: 'A REST API that the browsers call every second',
        correct: false,
        why: 'Polling adds delay and pays for a call every second per browser, and the server still cannot push.',
      },
      {
        text: 'An HTTP API with a Lambda integration',
        correct: false,
        why: 'HTTP APIs answer requests; the backend cannot start a message to a client.',
      },
      {
        text: 'A REST API with caching turned on',
        correct: false,
        why: 'Caching speeds up repeated requests, but the client still has to ask; nothing is pushed.',
      },
    ],
    learnMore: '/api-gateway#api-types',
    source: {
      title: 'Amazon API Gateway Developer Guide: API Gateway WebSocket APIs',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html',
    },
  },
  {
    id: 'cognito-authorizer',
    topic: 'api-gateway',
    exams: ['saa-c03', 'dva-c02'],
    tasks: ['saa-c03/1.2', 'dva-c02/2.1'],
    question:
      'A mobile app signs users in with an Amazon Cognito user pool. Its REST API must accept only requests that carry a valid token from that user pool, without anyone writing authorization code. What should the developer configure?',
    choices: [
      {
        text: 'A Cognito user pool authorizer on the API’s methods',
        correct: true,
        why: 'A COGNITO_USER_POOLS authorizer checks the identity or access token in the request against the user pool, with no code of your own.',
      },
      {
        text: 'A Lambda authorizer that validates the token',
        correct: false,
        why: 'It can validate the token, but it is exactly the authorization code the team wants to avoid.',
      },
      {
        text: 'Required API keys on every method',
        correct: false,
        why: 'API keys identify client apps for usage plans; they do not authenticate users or check Cognito tokens.',
      },
      {
        text: 'IAM authorization on every method',
        correct: false,
        why: 'IAM authorization needs requests signed with AWS credentials, which a user pool token alone does not provide.',
      },
    ],
    learnMore: '/api-gateway#security',
    source: {
      title:
        'Amazon API Gateway Developer Guide: Control access to REST APIs using Amazon Cognito user pools as an authorizer',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html',
    },
  },
  {
    id: 'deploy-stage',
    topic: 'api-gateway',
    exams: ['dva-c02'],
    tasks: ['dva-c02/3.4'],
    question:
      'A developer adds a new resource and method to a REST API in the console, and the console’s test feature returns the expected answer. Clients calling the prod stage URL still cannot reach the new method. What is missing?',
    choices: [
      {
        text: 'A deployment of the API to the prod stage',
        correct: true,
        why: 'Changes to a REST API reach callers only when the API is deployed to a stage; each stage serves the snapshot of its last deployment.',
      },
      {
        text: 'A flush of the prod stage’s cache',
        correct: false,
        why: 'The cache holds responses of methods that are already deployed; flushing it publishes nothing new.',
      },
      {
        text: 'CORS turned on for the new method',
        correct: false,
        why: 'CORS only matters to browsers calling from another origin; other clients would still not find the method.',
      },
      {
        text: 'A few minutes’ wait for the change to propagate',
        correct: false,
        why: 'An undeployed change never reaches the stage on its own, however long you wait.',
      },
    ],
    learnMore: '/api-gateway#what-it-is',
    source: {
      title: 'Amazon API Gateway Developer Guide: Deploy REST APIs in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-deploy-api.html',
    },
  },
  {
    id: 'proxy-502',
    topic: 'api-gateway',
    exams: ['dva-c02'],
    tasks: ['dva-c02/4.1'],
    question:
      'A REST API uses a Lambda proxy integration. Clients get 502 Bad Gateway with the message "Internal server error", yet the function’s logs show that every invocation finishes and returns the plain string OK. What should the developer fix?',
    choices: [
      {
        text: 'Make the function return an object with statusCode, headers and a string body',
        correct: true,
        why: 'With a proxy integration API Gateway expects that response format; a function that succeeds but returns something else still produces a 502.',
      },
      {
        text: 'Raise the API’s integration timeout',
        correct: false,
        why: 'The function finishes in time; a backend that is too slow shows up as a 504, not a 502.',
      },
      {
        text: 'Grant API Gateway permission to invoke the function',
        correct: false,
        why: 'The logs show the function is invoked, so the invoke permission is already there.',
      },
      {
        text: 'Raise the stage’s throttle limits',
        correct: false,
        why: 'Throttled requests get 429 Too Many Requests and never reach the function.',
      },
    ],
    learnMore: '/api-gateway#in-front-of-lambda',
    source: {
      title: 'AWS Lambda Developer Guide: Handling Lambda errors with an API Gateway API',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html',
    },
  },
  {
    id: 'long-running-job',
    topic: 'api-gateway',
    exams: ['saa-c03'],
    tasks: ['saa-c03/2.1'],
    question:
      'Clients request reports through a REST API, and building one report takes up to 25 minutes. Which design handles this reliably?',
    choices: [
      {
        text: 'The API puts the request on an SQS queue (or starts a Step Functions workflow) and returns a job ID at once; the client checks back later',
        correct: true,
        why: 'The call ends in milliseconds and a worker builds the report at its own pace, so no connection has to stay open; this is the answer older and newer questions alike expect.',
      },
      {
        text: 'Raise the integration timeout through Service Quotas so the request waits for the report',
        correct: false,
        why: 'Since June 2024 Regional and private REST APIs can ask for more time, possibly lowering the account throttle, but holding every client connection open for the whole build is the fragile, synchronous design the asynchronous pattern avoids.',
      },
      {
        text: 'Turn on response streaming for the integration',
        correct: false,
        why: `A streamed response lasts at most ${factText('api-gateway.streamingDuration')}, which is shorter than the build.`,
      },
      {
        text: 'Move the API to an HTTP API',
        correct: false,
        why: `HTTP APIs wait ${factText('api-gateway.httpTimeout')}.`,
      },
    ],
    learnMore: '/api-gateway#when-to-use',
    source: factSource('api-gateway.restTimeout'),
  },
  {
    id: 'which-service',
    topic: 'api-gateway',
    exams: ['clf-c02'],
    tasks: ['clf-c02/3.5'],
    question:
      'Which AWS service lets developers create, publish, secure and monitor APIs at any scale, as the front door to backends such as Lambda functions?',
    choices: [
      {
        text: 'Amazon API Gateway',
        correct: true,
        why: 'API Gateway is the managed API front door: endpoints, authorizers, throttling and monitoring, with Lambda, HTTP servers or other AWS services behind it.',
      },
      {
        text: 'Amazon Route 53',
        correct: false,
        why: 'Route 53 is DNS: it turns names into addresses, but it does not authorize, throttle or forward API calls.',
      },
      {
        text: 'Amazon CloudFront',
        correct: false,
        why: 'CloudFront is a content delivery network that caches and delivers content close to users; it offers no API keys, usage plans or authorizers.',
      },
      {
        text: 'Elastic Load Balancing',
        correct: false,
        why: 'Load balancers spread traffic across targets; they have no per-client API keys, usage plans or API stages.',
      },
    ],
    learnMore: '/api-gateway#what-it-is',
    source: {
      title: 'Amazon API Gateway Developer Guide: What is Amazon API Gateway?',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/welcome.html',
    },
  },
  {
    id: 'too-many-requests',
    topic: 'api-gateway',
    exams: ['dva-c02'],
    tasks: ['dva-c02/4.1'],
    question:
      'During traffic peaks, clients of a REST API sometimes receive HTTP 429 Too Many Requests. The Lambda backend shows no errors and no throttles of its own. What is the cause, and what should the client do?',
    choices: [
      {
        text: 'Requests exceed API Gateway’s throttle limits; clients should retry with exponential backoff, and the limits can be raised',
        correct: true,
        why: 'API Gateway throttles at the account, stage, method or usage-plan level and answers the excess with 429 before the backend is called, which is why Lambda shows nothing.',
      },
      {
        text: 'The Lambda function times out during the peaks',
        correct: false,
        why: 'A backend that does not answer in time produces a 504, and the function would show timeouts in its logs.',
      },
      {
        text: 'The Lambda proxy response is malformed',
        correct: false,
        why: 'A response in the wrong format produces a 502, and it would fail at any traffic level, not only at peaks.',
      },
      {
        text: 'The callers lack IAM permission to invoke the API',
        correct: false,
        why: 'Missing permissions are refused with 403 Forbidden on every call, not with 429 during peaks.',
      },
    ],
    learnMore: '/api-gateway#limits',
    source: {
      title: 'Amazon API Gateway Developer Guide: Throttle requests to your REST APIs for better throughput',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
    },
  },
];

export default questions;
