import {describe, expect, it} from 'vitest';
import {factShort} from '../../data/facts';
import {TOPICS} from '../../data/topics';
import {TOPIC_IDS} from '../../data/types';
import {
  type Answers,
  LAMBDA_LIMIT,
  QUESTIONS,
  QUESTION_IDS,
  answeredCount,
  isOptionValue,
  withAnswer,
} from '../questions';
import {CANDIDATES, type Recommendation, continueSentence, recommend} from '../recommend';
import {decodeAnswers, encodeAnswers} from '../urlState';
import {SCENARIOS} from './scenarios';

function ready(recommendation: Recommendation) {
  if (recommendation.status !== 'ready') throw new Error('expected a recommendation');
  return recommendation;
}

/** Every combination of answers, each question answered or not: 4 * 5 * 4 * 3 * 3 * 3 = 2,160. */
function allAnswerSets(): Answers[] {
  let sets: Answers[] = [{}];
  for (const question of QUESTIONS) {
    sets = sets.flatMap((answers) => [
      answers,
      ...question.options.map((option) => ({...answers, [question.id]: option.value}) as Answers),
    ]);
  }
  return sets;
}

const ALL_ANSWER_SETS = allAnswerSets();

describe('recommend: scenarios with a known right answer', () => {
  it('has at least 20 scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) => {
    const result = ready(recommend(scenario.answers));
    expect(result.best.service).toBe(scenario.best);
    expect(result.runnerUp?.service).not.toBe(scenario.best);
    expect(result.best.reasons.length).toBeGreaterThan(0);
  });
});

describe('recommend: hard limits', () => {
  const picked = (answers: Answers) => {
    const result = recommend(answers);
    return result.status === 'ready' ? [result.best.service, result.runnerUp?.service] : [];
  };

  it(`never offers Lambda or API Gateway for runs longer than ${LAMBDA_LIMIT}`, () => {
    for (const answers of ALL_ANSWER_SETS.filter((set) => set.duration === 'long')) {
      expect(picked(answers)).not.toContain('lambda');
      expect(picked(answers)).not.toContain('api-gateway');
    }
  });

  it('never puts API Gateway in front of calls that take minutes', () => {
    for (const answers of ALL_ANSWER_SETS.filter((set) => set.duration === 'minutes')) {
      expect(picked(answers)).not.toContain('api-gateway');
    }
  });

  it('never offers Fargate, Lambda or API Gateway to someone who must control the instances', () => {
    for (const answers of ALL_ANSWER_SETS.filter((set) => set.servers === 'me')) {
      for (const service of ['fargate', 'lambda', 'api-gateway']) expect(picked(answers)).not.toContain(service);
    }
  });

  it('never offers ECS on EC2 when AWS should manage the servers', () => {
    for (const answers of ALL_ANSWER_SETS.filter((set) => set.servers === 'aws')) {
      expect(picked(answers)).not.toContain('ecs');
    }
  });

  it('never offers Batch for an API or an always-on service', () => {
    for (const answers of ALL_ANSWER_SETS.filter((set) => set.workload === 'api' || set.workload === 'service')) {
      expect(picked(answers)).not.toContain('batch');
    }
  });

  it('explains why a service was ruled out, quoting the fact from its topic entry', () => {
    const result = ready(recommend({code: 'function', workload: 'batch', duration: 'long'}));
    const lambdaOut = result.ruledOut.find(({service}) => service === 'lambda');
    expect(lambdaOut?.reason).toContain(TOPICS.lambda.facts.maxRunTime);
  });
});

describe('recommend: plain code, images and always-on services', () => {
  const best = (answers: Answers) => ready(recommend(answers)).best;

  it('asks for an image from every service that runs images, Batch included', () => {
    // Batch wins a long batch of plain code, but says the code must become an image, as Fargate and ECS do.
    const batch = best({code: 'function', workload: 'batch', duration: 'long'});
    expect(batch.service).toBe('batch');
    expect(batch.cautions.join(' ')).toContain('packaged as an image');
    const fargate = best({code: 'function', duration: 'long'});
    expect(fargate.service).toBe('fargate');
    expect(fargate.cautions.join(' ')).toContain('packaged as an image');
  });

  it('does not answer Batch for plain code that is an API, an event handler or a service', () => {
    const notJobs = ALL_ANSWER_SETS.filter(
      (set) => set.code === 'function' && set.workload !== undefined && set.workload !== 'batch',
    );
    for (const answers of notJobs) {
      expect(ready(recommend(answers)).best.service, JSON.stringify(answers)).not.toBe('batch');
    }
  });

  it('never answers Lambda or API Gateway + Lambda for an always-on service', () => {
    for (const answers of ALL_ANSWER_SETS.filter((set) => set.workload === 'service')) {
      expect(['lambda', 'api-gateway'], JSON.stringify(answers)).not.toContain(ready(recommend(answers)).best.service);
    }
  });

  it('tells a container user that Lambda needs a runtime interface client in the image', () => {
    const handler = ready(recommend({code: 'container', workload: 'event', duration: 'minutes', traffic: 'spiky'}));
    expect(handler.best.service).toBe('lambda');
    expect(handler.best.cautions.join(' ')).toContain('runtime interface client');
    const api = ready(recommend({code: 'container', workload: 'api', duration: 'seconds', traffic: 'spiky'}));
    const apiGatewayPick = [api.best, api.runnerUp].find((pick) => pick?.service === 'api-gateway');
    expect(apiGatewayPick?.cautions.join(' ')).toContain('runtime interface client');
  });

  it('says Batch takes the hosts off you only on Fargate or ECS Managed Instances, not on EC2', () => {
    const pick = best({code: 'container', workload: 'batch', servers: 'aws'});
    expect(pick.service).toBe('batch');
    const reason = pick.reasons.find((text) => text.includes('looks after the hosts')) ?? '';
    expect(reason).toContain('Fargate');
    expect(reason).toContain('ECS Managed Instances');
    expect(reason).toMatch(/EC2 instances.*OS and AMI updates stay yours/);
    // The old reason claimed Batch launched and ran EC2, Spot or Fargate capacity "for you" across the board.
    expect(pick.reasons.join(' ')).not.toContain('capacity for you');
    expect(TOPICS.batch.facts.serverManagement).toMatch(/only on Fargate and ECS Managed Instances/);
  });

  it('offers a Lightsail container service for a container image at a fixed price with no servers to run', () => {
    const pick = best({code: 'container', workload: 'service', servers: 'aws', price: 'fixed'});
    expect(pick.service).toBe('lightsail');
    expect(pick.label).toBe(`${TOPICS.lightsail.name} container service`);
    expect(pick.reasons.join(' ')).toContain('container service');
    expect(pick.cautions.join(' ')).not.toContain('leaves the server to you');
  });
});

describe('recommend: API Gateway and calls of minutes', () => {
  it('rules API Gateway out as exams do, and says what AWS allows today', () => {
    const result = ready(recommend({code: 'function', workload: 'api', duration: 'minutes'}));
    expect(result.best.service).toBe('lambda');
    const reason = result.ruledOut.find(({service}) => service === 'api-gateway')?.reason ?? '';
    expect(reason).toMatch(/^Exam answers/);
    expect(reason).toContain(factShort('api-gateway.restTimeout'));
    expect(reason).toContain(factShort('api-gateway.httpTimeout'));
    expect(reason).toContain(factShort('api-gateway.streamingDuration'));
    expect(reason).toContain('Regional or private REST API');
  });
});

describe('recommend: conflicting answers', () => {
  it.each([
    [{code: 'server', servers: 'aws'}],
    [{code: 'function', servers: 'me'}],
    [{code: 'function', workload: 'service', traffic: 'steady', servers: 'aws', price: 'fixed'}],
    [{code: 'function', workload: 'event', duration: 'seconds', traffic: 'spiky', servers: 'me'}],
  ] as const)('flags %j to the reader first among the cautions', (answers: Answers) => {
    const result = ready(recommend(answers));
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatch(/^Your answers conflict/);
    expect(result.best.cautions[0]).toBe(result.conflicts[0]);
  });

  it('flags nothing when the answers agree', () => {
    for (const answers of [
      {code: 'function', workload: 'api', duration: 'seconds'},
      {code: 'container', workload: 'service', servers: 'aws', price: 'fixed'},
      {code: 'server', workload: 'service', price: 'fixed'},
      {code: 'container', workload: 'batch', duration: 'long', servers: 'me'},
    ] as const) {
      expect(ready(recommend(answers)).conflicts, JSON.stringify(answers)).toEqual([]);
    }
  });
});

describe('recommend: partial answers', () => {
  it('asks for more until what you hand to AWS or the workload kind is answered', () => {
    expect(recommend({})).toEqual({status: 'incomplete', needed: ['code', 'workload']});
    expect(recommend({duration: 'long', traffic: 'steady', servers: 'aws', price: 'usage'}).status).toBe('incomplete');
  });

  it('recommends once either deciding question is answered, and lists what is still open', () => {
    const result = ready(recommend({workload: 'batch'}));
    expect(result.best.service).toBe('batch');
    expect(result.unanswered).toEqual(QUESTION_IDS.filter((id) => id !== 'workload'));
  });

  it('gives a best pick and a different runner-up for every answer set that can be decided', () => {
    for (const answers of ALL_ANSWER_SETS) {
      const result = recommend(answers);
      if (answers.code === undefined && answers.workload === undefined) {
        expect(result.status).toBe('incomplete');
        continue;
      }
      const {best, runnerUp, ruledOut} = ready(result);
      expect(CANDIDATES).toContain(best.service);
      expect(runnerUp).toBeDefined();
      expect(runnerUp?.service).not.toBe(best.service);
      const excluded = ruledOut.map(({service}) => service);
      expect(excluded).not.toContain(best.service);
      expect(excluded).not.toContain(runnerUp?.service);
    }
  });

  it('is a pure function: the same answers give the same result', () => {
    const answers: Answers = {code: 'container', workload: 'service', servers: 'aws'};
    expect(recommend(answers)).toEqual(recommend({...answers}));
  });
});

describe('recommend: what the result shows', () => {
  it('returns "API Gateway + Lambda" as api-gateway, linking both pages, with a runner-up other than Lambda', () => {
    const result = ready(recommend({code: 'function', workload: 'api', duration: 'seconds'}));
    expect(result.best.label).toBe(`${TOPICS['api-gateway'].name} + ${TOPICS.lambda.name}`);
    expect(result.best.pages).toEqual(['api-gateway', 'lambda']);
    expect(result.runnerUp?.service).not.toBe('lambda');
  });

  it('does not offer API Gateway as the runner-up to Lambda', () => {
    const result = ready(recommend({code: 'function', workload: 'event', duration: 'seconds'}));
    expect(result.best.service).toBe('lambda');
    expect(result.runnerUp?.service).not.toBe('api-gateway');
  });

  it('reads its numbers from the topic entries', () => {
    const lightsail = ready(recommend({code: 'server', price: 'fixed'}));
    expect(lightsail.best.reasons.join(' ')).toContain(TOPICS.lightsail.facts.pricing.slice(1));
    const lambda = ready(recommend({workload: 'event', duration: 'seconds'}));
    expect(lambda.best.reasons.join(' ')).toContain(TOPICS.lambda.facts.maxRunTime);
    expect(LAMBDA_LIMIT).toBe('15 minutes');
  });

  it('points container users to ECR', () => {
    expect(ready(recommend({code: 'container'})).seeAlso.map(({topic}) => topic)).toEqual(['ecr']);
    expect(ready(recommend({code: 'function'})).seeAlso).toEqual([]);
  });

  it('links only to pages that exist', () => {
    for (const answers of ALL_ANSWER_SETS) {
      const result = recommend(answers);
      if (result.status !== 'ready') continue;
      const pages = [...result.best.pages, ...(result.runnerUp?.pages ?? []), ...result.seeAlso.map((s) => s.topic)];
      for (const page of pages) expect(TOPIC_IDS).toContain(page);
    }
  });

  it('continues a sentence with a fact without breaking acronyms', () => {
    expect(continueSentence('No limit by default')).toBe('no limit by default');
    expect(continueSentence('AWS provisions the hosts')).toBe('AWS provisions the hosts');
    expect(continueSentence('ECS tasks or EKS pods')).toBe('ECS tasks or EKS pods');
  });
});

describe('questions', () => {
  it('have unique ids and, per question, unique options', () => {
    expect(new Set(QUESTION_IDS).size).toBe(QUESTIONS.length);
    for (const question of QUESTIONS) {
      const values = question.options.map((option) => option.value);
      expect(new Set(values).size, question.id).toBe(values.length);
    }
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))(
    '%s has a legend and at least two valid, labelled options',
    (_id, question) => {
      expect(question.legend).toMatch(/\?$/);
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      for (const option of question.options) {
        // Values go into URLs as they are: lower-case words only.
        expect(option.value).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(option.label).toMatch(/\S/);
        expect(option.hint).toMatch(/\S.*\.$/);
        expect(isOptionValue(question.id, option.value)).toBe(true);
      }
    },
  );

  it('each option changes the result of some answer set (no option is dead weight)', () => {
    // What a reader sees change: the pick, the runner-up, their reasons and what is ruled out.
    const summary = (answers: Answers) => {
      const result = recommend(answers);
      return JSON.stringify(result.status === 'ready' ? {...result, unanswered: []} : result);
    };
    for (const question of QUESTIONS) {
      for (const option of question.options) {
        const matters = ALL_ANSWER_SETS.some(
          (answers) =>
            answers[question.id] === undefined &&
            summary(answers) !== summary({...answers, [question.id]: option.value} as Answers),
        );
        expect(matters, `${question.id}=${option.value}`).toBe(true);
      }
    }
  });

  it('adds an answer without changing the answers it was given', () => {
    const before: Answers = {code: 'server'};
    expect(withAnswer(before, 'price', 'fixed')).toEqual({code: 'server', price: 'fixed'});
    expect(before).toEqual({code: 'server'});
    expect(answeredCount(withAnswer(before, 'code', 'container'))).toBe(1);
  });

  it('rejects values that are not options', () => {
    expect(isOptionValue('code', 'Container')).toBe(false);
    expect(isOptionValue('code', 'duration')).toBe(false);
    expect(isOptionValue('code', '')).toBe(false);
  });
});

describe('URL state', () => {
  it('round-trips every answer set, partial or complete', () => {
    for (const answers of ALL_ANSWER_SETS) {
      expect(decodeAnswers(encodeAnswers(answers))).toEqual(answers);
    }
  });

  it('writes answers in question order and nothing for no answers', () => {
    expect(encodeAnswers({duration: 'long', code: 'container'})).toBe('?code=container&duration=long');
    expect(encodeAnswers({})).toBe('');
  });

  it('reads a shared link with or without the question mark', () => {
    expect(decodeAnswers('?code=container&duration=long')).toEqual({code: 'container', duration: 'long'});
    expect(decodeAnswers('code=server')).toEqual({code: 'server'});
  });

  it('ignores unknown keys and values, wrong case and markup', () => {
    expect(
      decodeAnswers(
        '?code=Container&duration=forever&colour=red&servers=%3Cscript%3Ealert(1)%3C%2Fscript%3E&price=fixed&__proto__=x',
      ),
    ).toEqual({price: 'fixed'});
    expect(decodeAnswers('?constructor=function&toString=x')).toEqual({});
    expect(decodeAnswers('%%%&&&==')).toEqual({});
  });

  it('keeps the first valid value of a repeated key', () => {
    expect(decodeAnswers('?code=nope&code=server&code=container')).toEqual({code: 'server'});
  });

  it('gives the same recommendation from a shared link', () => {
    const answers: Answers = {code: 'function', workload: 'batch', duration: 'long'};
    expect(recommend(decodeAnswers(encodeAnswers(answers)))).toEqual(recommend(answers));
  });
});
