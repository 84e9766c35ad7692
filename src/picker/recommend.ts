import {factShort} from '../data/facts';
import {TOPICS} from '../data/topics';
import type {TopicId} from '../data/types';
import {type Answers, LAMBDA_LIMIT, type OptionValue, type QuestionId, QUESTION_IDS} from './questions';

/**
 * The picker's decision rules, as a pure function of the answers.
 *
 * 1. Hard limits rule a service out (a run longer than Lambda's limit, a
 *    call of minutes behind API Gateway, "I manage the servers" for a
 *    service that has none to manage...). A ruled-out service is never the
 *    pick or the runner-up, whatever else is answered. API Gateway's
 *    timeout is ruled on as exams do (the integration timeout is the limit);
 *    the reason also says what AWS allows today.
 * 2. Every other answer adds or takes away points, with the reason that the
 *    result shows. The workload kind and what you hand to AWS weigh most.
 *    Every service that needs a container image (Fargate, ECS, Batch) loses
 *    the same points for plain code, and Lambda as many for an image, which
 *    must include a runtime interface client.
 * 3. The highest total wins. A tie goes to the service with less for you to
 *    look after: the order of CANDIDATES.
 * 4. The runner-up is the next service still in the running, except that
 *    Lambda and "API Gateway + Lambda" are never each other's runner-up:
 *    they run the same code.
 *
 * "API Gateway + Lambda" is returned as the id `api-gateway`, with both
 * pages in `pages`: API Gateway is the front door and Lambda runs the code.
 *
 * Partial answers: until "What will you hand to AWS?" or "What kind of
 * workload is it?" is answered, the result is `incomplete` (the other
 * questions alone say too little). After that, unanswered questions count
 * as "no preference", are listed in `unanswered`, and may change the pick
 * when answered.
 *
 * Answers that contradict each other (a whole server that AWS should look
 * after, say) still get the closest fit, with a note that names the
 * conflict first among the cautions and in `conflicts`.
 *
 * Reasons quote the service facts in src/data/topics and the figures in
 * src/data/facts, so a limit or a price is written in one place.
 */

/** Services the picker can recommend, in tie-break order (least to manage first). */
export const CANDIDATES = [
  'lambda',
  'api-gateway',
  'fargate',
  'batch',
  'ecs',
  'lightsail',
] as const satisfies readonly TopicId[];

export type Candidate = (typeof CANDIDATES)[number];

/** Questions of which at least one must be answered before the picker recommends. */
export const DECIDING_QUESTIONS = ['code', 'workload'] as const satisfies readonly QuestionId[];

const MAX_REASONS = 4;
const MAX_CAUTIONS = 2;

export type PickedService = {
  readonly service: Candidate;
  /** What the result shows, e.g. "Amazon API Gateway + AWS Lambda". */
  readonly label: string;
  /** Pages to read, first the main one. */
  readonly pages: readonly TopicId[];
  readonly score: number;
  /** Why it fits, strongest first. */
  readonly reasons: readonly string[];
  /** What speaks against it, if anything; for the best pick, conflicting answers first. */
  readonly cautions: readonly string[];
};

export type RuledOutService = {
  readonly service: Candidate;
  readonly label: string;
  readonly reason: string;
};

export type SeeAlso = {
  readonly topic: TopicId;
  readonly reason: string;
};

export type Recommendation =
  | {
      readonly status: 'incomplete';
      /** Answer one of these to get a recommendation. */
      readonly needed: readonly QuestionId[];
    }
  | {
      readonly status: 'ready';
      readonly best: PickedService;
      /** Absent only when every other service is ruled out. */
      readonly runnerUp: PickedService | undefined;
      readonly ruledOut: readonly RuledOutService[];
      /** Questions not answered yet; answering them may change the pick. */
      readonly unanswered: readonly QuestionId[];
      readonly seeAlso: readonly SeeAlso[];
      /** Answers that pull in different directions, said in plain words; also the first of the pick's cautions. */
      readonly conflicts: readonly string[];
    };

const {lambda, fargate, ecs, batch, lightsail, ecr} = TOPICS;
const apiGateway = TOPICS['api-gateway'];

/** Lower-cases a fact's first letter to continue a sentence, but leaves "AWS" or "ECS" alone. */
export function continueSentence(text: string): string {
  const [first = '', second = ''] = text;
  return second !== '' && second === second.toUpperCase() && /[A-Z]/.test(second)
    ? text
    : first.toLowerCase() + text.slice(1);
}

const CANDIDATE_INFO: {readonly [Service in Candidate]: {readonly label: string; readonly pages: readonly TopicId[]}} =
  {
    lambda: {label: lambda.name, pages: ['lambda']},
    'api-gateway': {label: `${apiGateway.name} + ${lambda.name}`, pages: ['api-gateway', 'lambda']},
    fargate: {label: fargate.name, pages: ['fargate', 'ecs']},
    batch: {label: batch.name, pages: ['batch']},
    ecs: {label: `${ecs.name} on EC2`, pages: ['ecs']},
    lightsail: {label: lightsail.name, pages: ['lightsail']},
  };

/** Services that run the same code and so are not offered as each other's runner-up. */
const SAME_COMPUTE: {readonly [Service in Candidate]?: Candidate} = {lambda: 'api-gateway', 'api-gateway': 'lambda'};

type Effect = {readonly points: number; readonly reason: string} | {readonly ruledOut: string};
type Effects = {readonly [Service in Candidate]?: Effect};
/**
 * What one answer does to each service. Most answers mean the same whatever
 * else is answered; a few depend on another answer (a Lightsail container
 * service is run by AWS, a Lightsail instance is not), and read the answers.
 */
type Rule = Effects | ((answers: Answers) => Effects);
type Rules = {readonly [Id in QuestionId]: {readonly [Value in OptionValue<Id>]: Rule}};

const fitsLambda = {points: 2, reason: `Each run fits within Lambda's limit of ${lambda.facts.maxRunTime}.`};
const tooLongForLambda = {ruledOut: `A run is longer than Lambda's limit of ${lambda.facts.maxRunTime}.`};
/**
 * API Gateway for work of minutes: exam items treat its integration timeout
 * as the limit and expect an asynchronous design, so the picker does too,
 * and says what AWS allows today (see docs/picker.mdx, #how-it-decides).
 */
const tooSlowForApiGateway = {
  ruledOut:
    `Exam answers treat API Gateway's integration timeout as the limit (REST APIs: ${factShort('api-gateway.restTimeout')} by default; HTTP APIs: ${factShort('api-gateway.httpTimeout')}), ` +
    'so a call of minutes is made asynchronous: accept the request, queue the work, let the client check back. ' +
    `Today a Regional or private REST API can ask for a longer timeout, and a streamed REST response can last up to ${factShort('api-gateway.streamingDuration')}.`,
};
const noLimit = {
  fargate: {points: 1, reason: `Fargate tasks are not cut short: ${continueSentence(fargate.facts.maxRunTime)}.`},
  ecs: {points: 1, reason: `ECS tasks are not cut short: ${continueSentence(ecs.facts.maxRunTime)}.`},
  batch: {
    points: 1,
    reason: `Batch jobs are not cut short: Batch sets no default timeout, so a job runs until its container exits (on Fargate, plan for at most ${factShort('batch.fargateMaxRunTime')}).`,
  },
} as const;
const billedByUse = (name: string, pricing: string) => ({
  points: -1,
  reason: `${name} bills by use (${continueSentence(pricing)}), so the monthly amount varies.`,
});
const paysByUse = (name: string, pricing: string) => ({
  points: 1,
  reason: `With ${name} you pay for what you use: ${continueSentence(pricing)}.`,
});
const needsImage = (name: string, what: string) => ({
  points: -2,
  reason: `${name} runs ${what} from container images, so the code must be packaged as an image first.`,
});
/** Lambda runs a container image only if the image speaks the Lambda Runtime API. */
const lambdaImage = {
  points: -2,
  reason:
    'Lambda runs a container image only if the image includes a Lambda runtime interface client (the AWS base images do; other base images must add one). ' +
    `The image must also be stored in ${factShort('lambda.imageSource')} and be at most ${factShort('lambda.imageSize')}.`,
};

const RULES: Rules = {
  code: {
    function: {
      lambda: {points: 4, reason: 'Lambda runs plain code: you upload a function, not a server or an image.'},
      'api-gateway': {points: 4, reason: 'API Gateway passes requests straight to Lambda functions: plain code.'},
      fargate: needsImage('Fargate', 'tasks'),
      ecs: needsImage('ECS', 'tasks'),
      batch: needsImage('Batch', 'jobs'),
      lightsail: {
        points: -1,
        reason: 'Lightsail sells servers: you would install the runtime and run the code on it yourself.',
      },
    },
    container: {
      fargate: {points: 5, reason: `Fargate runs containers: ${fargate.facts.whatYouRun}.`},
      ecs: {points: 5, reason: `ECS runs ${continueSentence(ecs.facts.whatYouRun)}.`},
      batch: {points: 4, reason: `Batch runs ${continueSentence(batch.facts.whatYouRun)}.`},
      lightsail: {
        points: 1,
        reason:
          'Lightsail container services run container images; you choose the size (power) and number (scale) of their nodes.',
      },
      lambda: lambdaImage,
      'api-gateway': lambdaImage,
    },
    server: {
      lightsail: {points: 6, reason: `Lightsail runs ${continueSentence(lightsail.facts.whatYouRun)}.`},
      ecs: {points: 1, reason: 'ECS on EC2 runs on instances that you can log in to.'},
      fargate: {points: -3, reason: 'Fargate runs containers, not whole servers: you never see the host.'},
      batch: {points: -4, reason: 'Batch runs jobs that end, not servers.'},
      lambda: {ruledOut: 'Lambda runs functions, not a whole server or site.'},
      'api-gateway': {ruledOut: 'API Gateway forwards requests; it cannot host a server.'},
    },
  },
  workload: {
    batch: {
      batch: {points: 7, reason: `Batch is built for ${continueSentence(batch.facts.bestFor)}.`},
      fargate: {points: 2, reason: 'Fargate can run one-off tasks that stop when the work is done.'},
      ecs: {points: 2, reason: 'ECS can run one-off tasks on your instances.'},
      lambda: {points: 2, reason: `Lambda can run short jobs, one invocation each (up to ${LAMBDA_LIMIT}).`},
      lightsail: {points: -4, reason: 'Lightsail does not queue jobs or add servers for a big batch.'},
      'api-gateway': {ruledOut: 'API Gateway answers requests; it does not run jobs.'},
    },
    api: {
      'api-gateway': {points: 6, reason: `API Gateway is built for ${continueSentence(apiGateway.facts.bestFor)}.`},
      fargate: {points: 3, reason: 'Fargate runs containerized API services behind a load balancer.'},
      lambda: {points: 2, reason: 'Lambda is a common API backend, through a function URL or behind API Gateway.'},
      ecs: {points: 2, reason: 'ECS services sit behind an Application Load Balancer.'},
      lightsail: {points: 1, reason: 'A Lightsail server can serve a small API.'},
      batch: {ruledOut: 'Batch runs non-interactive jobs: no caller waits for the answer.'},
    },
    event: {
      lambda: {points: 8, reason: `Lambda is built for ${continueSentence(lambda.facts.bestFor)}.`},
      fargate: {points: 1, reason: 'An EventBridge rule can start a Fargate task when an event arrives.'},
      ecs: {points: 1, reason: 'An EventBridge rule can start an ECS task on your instances when an event arrives.'},
      'api-gateway': {
        points: -2,
        reason: 'API Gateway is for HTTP callers; uploads, queue messages and schedules reach Lambda directly.',
      },
      lightsail: {points: -4, reason: 'A Lightsail server would sit idle, paid for, between events.'},
    },
    service: {
      fargate: {points: 4, reason: `Fargate is built for ${continueSentence(fargate.facts.bestFor)}.`},
      ecs: {points: 4, reason: `ECS is built for ${continueSentence(ecs.facts.bestFor)}.`},
      lightsail: {points: 4, reason: `Lightsail is built for ${continueSentence(lightsail.facts.bestFor)}.`},
      'api-gateway': {
        points: -6,
        reason: 'Behind API Gateway, Lambda runs once per request: no process stays up in between.',
      },
      lambda: {points: -6, reason: 'Lambda runs per request or event, not as an always-on process.'},
      batch: {ruledOut: 'Batch runs jobs to completion, not always-on services.'},
    },
  },
  duration: {
    seconds: {
      lambda: fitsLambda,
      'api-gateway': {
        points: 2,
        reason: `A call of seconds fits API Gateway's integration timeout (REST APIs: ${factShort('api-gateway.restTimeout')} by default; HTTP APIs: ${factShort('api-gateway.httpTimeout')}).`,
      },
      batch: {
        points: -2,
        reason: 'Batch queues and schedules each job, so seconds-long work would spend longer starting than running.',
      },
    },
    minutes: {
      lambda: {...fitsLambda, points: 1},
      fargate: noLimit.fargate,
      ecs: noLimit.ecs,
      batch: noLimit.batch,
      'api-gateway': tooSlowForApiGateway,
    },
    long: {
      fargate: {
        points: 2,
        reason: `Fargate runs long work either way: as a task that stops when it is done, or as a service that stays up (${continueSentence(fargate.facts.maxRunTime)}).`,
      },
      batch: noLimit.batch,
      ecs: noLimit.ecs,
      lightsail: {
        points: 0,
        reason: `A Lightsail server keeps running (${continueSentence(lightsail.facts.maxRunTime)}).`,
      },
      lambda: tooLongForLambda,
      'api-gateway': tooSlowForApiGateway,
    },
  },
  traffic: {
    steady: {
      ecs: {points: 2, reason: 'Steady load keeps EC2 instances busy, which is when running your own pays off.'},
      lightsail: {points: 2, reason: 'A fixed-size server suits load that does not swing.'},
      fargate: {points: 1, reason: 'Fargate runs a steady number of tasks with no hosts to look after.'},
      lambda: {points: -1, reason: 'Under constant load, paying per request can cost more than always-on capacity.'},
      'api-gateway': {
        points: -1,
        reason: 'Under constant load, paying per request can cost more than always-on capacity.',
      },
    },
    // Batch's capacity follows its job queue, which helps only when the work is a batch of jobs.
    spiky: ({workload}) => ({
      lambda: {points: 2, reason: `Lambda scales by itself: ${continueSentence(lambda.facts.scaling)}.`},
      'api-gateway': {
        points: 2,
        reason: `API Gateway scales by itself: ${continueSentence(apiGateway.facts.scaling)}.`,
      },
      fargate: {points: 1, reason: `Fargate follows the load: ${continueSentence(fargate.facts.scaling)}.`},
      ...(workload === 'batch'
        ? {batch: {points: 1, reason: `Batch follows the queue: ${continueSentence(batch.facts.scaling)}.`}}
        : {}),
      ecs: {points: -1, reason: 'On EC2 you must have instances ready before a spike arrives.'},
      lightsail: {
        points: -2,
        reason: `Lightsail does not follow spikes by itself (${continueSentence(lightsail.facts.scaling)}).`,
      },
    }),
  },
  servers: {
    aws: ({code}) => ({
      fargate: {points: 3, reason: `No servers for you: ${continueSentence(fargate.facts.serverManagement)}.`},
      lambda: {points: 2, reason: `No servers for you: ${continueSentence(lambda.facts.serverManagement)}.`},
      'api-gateway': {
        points: 2,
        reason: `API Gateway is ${continueSentence(apiGateway.facts.serverManagement)}.`,
      },
      // Only Batch's Fargate and ECS Managed Instances environments take the hosts off you; on EC2 the OS is yours.
      batch: {
        points: 1,
        reason:
          'Batch runs jobs on Fargate or on ECS Managed Instances, where AWS looks after the hosts; on EC2 instances Batch scales the fleet, but the OS and AMI updates stay yours.',
      },
      lightsail:
        code === 'container'
          ? {points: 1, reason: 'On a Lightsail container service, AWS looks after the nodes.'}
          : {
              points: -3,
              reason: `Lightsail leaves the server to you: ${continueSentence(lightsail.facts.serverManagement)}.`,
            },
      ecs: {ruledOut: 'With ECS on EC2 you launch, patch and scale the container instances yourself.'},
    }),
    me: {
      ecs: {
        points: 3,
        reason: 'ECS on EC2 gives you the instances: GPUs, daemon services, privileged containers and host access.',
      },
      batch: {points: 1, reason: 'Batch can run on GPU instances, or on EC2 instances that you manage yourself.'},
      lightsail: {
        points: 3,
        reason: 'Lightsail gives you a whole server with its operating system to run as you like.',
      },
      fargate: {
        ruledOut: 'Fargate has no instances to control: no GPUs, privileged containers, daemons or host access.',
      },
      lambda: {ruledOut: 'Lambda gives you no access to the machines it runs on.'},
      'api-gateway': {ruledOut: 'API Gateway and Lambda give you no machines to control.'},
    },
  },
  price: {
    fixed: ({code}) => ({
      lightsail:
        code === 'container'
          ? {
              points: 6,
              reason:
                'A Lightsail container service has a fixed monthly price: the price of its node size times the number of nodes.',
            }
          : {points: 6, reason: `Lightsail has ${continueSentence(lightsail.facts.pricing)}.`},
      lambda: billedByUse('Lambda', lambda.facts.pricing),
      'api-gateway': billedByUse('API Gateway', apiGateway.facts.pricing),
      fargate: billedByUse('Fargate', fargate.facts.pricing),
      batch: billedByUse('Batch', batch.facts.pricing),
    }),
    usage: {
      lambda: paysByUse('Lambda', lambda.facts.pricing),
      'api-gateway': paysByUse('API Gateway', apiGateway.facts.pricing),
      fargate: paysByUse('Fargate', fargate.facts.pricing),
      batch: paysByUse('Batch', batch.facts.pricing),
      lightsail: {points: -2, reason: 'Lightsail charges the plan price whether the server is busy or idle.'},
    },
  },
};

/**
 * Answers that pull in different directions. The picker still recommends
 * the closest fit, and says plainly what had to give; the note comes first
 * among the result's cautions.
 */
const CONFLICTS: readonly {readonly when: (answers: Answers) => boolean; readonly note: string}[] = [
  {
    when: ({code, servers}) => code === 'server' && servers === 'aws',
    note: 'Your answers conflict: a whole server is something you look after yourself, yet you want AWS to look after the servers. Lightsail is the simplest server to run, and its managed databases and load balancers take some of the work; to have no server at all, hand AWS plain code (Lambda) or a container image (Fargate, or a Lightsail container service).',
  },
  {
    when: ({code, servers}) => code === 'function' && servers === 'me',
    note: 'Your answers conflict: plain code usually means Lambda, which has no servers to look after, yet you want to manage the servers. The code then needs a server to run on (Lightsail, or EC2) or a container image (ECS on EC2).',
  },
  {
    when: ({code, servers, price}) => code !== 'container' && servers === 'aws' && price === 'fixed',
    note: 'Your answers conflict: the services that hide the servers (Lambda, Fargate) bill by use, and a fixed monthly price comes with a Lightsail server that you run. A Lightsail container service offers both, if you package the code as a container image.',
  },
];

type Contribution = {readonly points: number; readonly reason: string};

type Tally = {
  readonly service: Candidate;
  readonly contributions: Contribution[];
  ruledOut: string | undefined;
};

function effectsFor(id: QuestionId, value: string, answers: Answers): Effects {
  const byValue: {readonly [value: string]: Rule | undefined} = RULES[id];
  const rule = byValue[value] ?? {};
  return typeof rule === 'function' ? rule(answers) : rule;
}

function total(tally: Tally): number {
  return tally.contributions.reduce((sum, {points}) => sum + points, 0);
}

/** The name the result shows: Lightsail for container images is its container service. */
function labelFor(service: Candidate, answers: Answers): string {
  return service === 'lightsail' && answers.code === 'container'
    ? `${lightsail.name} container service`
    : CANDIDATE_INFO[service].label;
}

/** A pick with its reasons and cautions; `notes` (conflicting answers) come first among the cautions. */
function toPick(tally: Tally, answers: Answers, notes: readonly string[] = []): PickedService {
  const {service, contributions} = tally;
  const positive = contributions.filter(({points}) => points > 0).sort((a, b) => b.points - a.points);
  const negative = contributions.filter(({points}) => points < 0).sort((a, b) => a.points - b.points);
  const label = labelFor(service, answers);
  const fallback = `${label} is built for ${continueSentence(TOPICS[service].facts.bestFor)}.`;
  const reasons = positive.length > 0 ? unique(positive.map(({reason}) => reason)) : [fallback];
  return {
    service,
    ...CANDIDATE_INFO[service],
    label,
    score: total(tally),
    reasons: reasons.slice(0, MAX_REASONS),
    cautions: [...notes, ...unique(negative.map(({reason}) => reason)).slice(0, MAX_CAUTIONS)],
  };
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

/** The recommendation for a (possibly partial) set of answers. */
export function recommend(answers: Answers): Recommendation {
  if (!DECIDING_QUESTIONS.some((id) => answers[id] !== undefined)) {
    return {status: 'incomplete', needed: DECIDING_QUESTIONS};
  }

  const tallies: Tally[] = CANDIDATES.map((service) => ({service, contributions: [], ruledOut: undefined}));
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value === undefined) continue;
    const effects = effectsFor(id, value, answers);
    for (const tally of tallies) {
      const effect = effects[tally.service];
      if (effect === undefined) continue;
      if ('ruledOut' in effect) tally.ruledOut ??= effect.ruledOut;
      else tally.contributions.push(effect);
    }
  }

  // Array.prototype.sort is stable, so equal totals keep the CANDIDATES order.
  const ranked = tallies.filter((tally) => tally.ruledOut === undefined).sort((a, b) => total(b) - total(a));
  const [first] = ranked;
  if (first === undefined) {
    // Not reachable with today's rules (Lightsail is never ruled out); kept so a new rule cannot crash the page.
    return {status: 'incomplete', needed: DECIDING_QUESTIONS};
  }
  const second = ranked.find((tally) => tally !== first && SAME_COMPUTE[first.service] !== tally.service);
  const conflicts = CONFLICTS.filter(({when}) => when(answers)).map(({note}) => note);

  return {
    status: 'ready',
    best: toPick(first, answers, conflicts),
    runnerUp: second && toPick(second, answers),
    conflicts,
    ruledOut: tallies.flatMap(({service, ruledOut}) =>
      ruledOut === undefined ? [] : [{service, label: CANDIDATE_INFO[service].label, reason: ruledOut}],
    ),
    unanswered: QUESTION_IDS.filter((id) => answers[id] === undefined),
    seeAlso:
      answers.code === 'container'
        ? [{topic: 'ecr', reason: `Keep the images in ${ecr.name}: ${continueSentence(ecr.facts.bestFor)}.`}]
        : [],
  };
}
