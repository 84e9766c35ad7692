import {readFileSync} from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {COMPARISONS} from '../comparisons';
import {EXAM_CHANGE_LIST, FACT_LIST, factAnchor, getFact} from '../facts';
import {SERVICE_LIST, TOPICS, TOPIC_LIST} from '../topics';
import {TOPIC_IDS, type Comparison, type Topic} from '../types';
import {
  dateProblem,
  urlProblem,
  validateComparison,
  validateExamChange,
  validateFact,
  validateTopic,
} from '../validate';

describe('topic entries', () => {
  it.each(TOPIC_LIST.map((topic) => [topic.id, topic] as const))('%s is complete and sourced', (_id, topic) => {
    expect(validateTopic(topic)).toEqual([]);
  });

  it('has one entry per topic id, keyed by its own id', () => {
    expect(TOPIC_LIST.map((topic) => topic.id)).toEqual([...TOPIC_IDS]);
  });

  it('gives service facts to exactly the AWS compute services', () => {
    expect(SERVICE_LIST.map((service) => service.id).sort()).toEqual(
      ['api-gateway', 'batch', 'ecr', 'ecs', 'fargate', 'lambda', 'lightsail'].sort(),
    );
  });

  it('uses a unique page path per topic, equal to its id', () => {
    for (const topic of TOPIC_LIST) expect(topic.path).toBe(`/${topic.id}`);
  });

  it('has its page in the docs folder of its group, which the sidebar shows under the group’s label', () => {
    const docs = path.join(__dirname, '..', '..', '..', 'docs');
    const slugs = Object.fromEntries(
      fg
        .sync('**/*.mdx', {cwd: docs})
        .map((file) => [file, matter(readFileSync(path.join(docs, file), 'utf8')).data.slug]),
    );
    for (const topic of TOPIC_LIST) {
      const pages = Object.keys(slugs).filter((file) => slugs[file] === topic.path);
      expect(pages, topic.id).toEqual([expect.stringMatching(new RegExp(`^${topic.group}/[\\w-]+\\.mdx$`))]);
    }
  });
});

describe('facts', () => {
  it.each(FACT_LIST.map((entry) => [entry.id, entry] as const))(
    '%s has a value, an official source and a date',
    (id, entry) => {
      expect(validateFact(id, entry.fact)).toEqual([]);
    },
  );

  it.each(EXAM_CHANGE_LIST.map((entry) => [entry.id, entry] as const))(
    'exam change %s says both sides, with a source',
    (id, entry) => {
      expect(validateExamChange(id, entry.change)).toEqual([]);
    },
  );

  it('gives every fact a unique anchor', () => {
    const anchors = FACT_LIST.map((entry) => factAnchor(entry.id));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(factAnchor('fargate.maxTaskSize')).toBe('fact-fargate-max-task-size');
  });

  it('names an unknown fact id', () => {
    expect(() => getFact('fargate.nope')).toThrow('Unknown fact "fargate.nope"');
  });
});

describe('comparison tables', () => {
  it.each(COMPARISONS.map((comparison) => [comparison.id, comparison] as const))('%s has every cell', (_id, table) => {
    expect(validateComparison(table)).toEqual([]);
  });

  it('reads service facts from the topic entries (one source of truth)', () => {
    const overview = COMPARISONS.find((table) => table.id === 'overview');
    const lambdaRow = overview?.rows.find((row) => row.label === TOPICS.lambda.name);
    expect(lambdaRow?.cells).toEqual(TOPICS.lambda.facts);
  });
});

describe('the validators name the entry and the field', () => {
  it('reports a fact without a source or date', () => {
    const broken = {label: 'Largest task', value: '16 vCPU', checkedOn: '2026-13-01'} as unknown as Parameters<
      typeof validateFact
    >[1];
    expect(validateFact('fargate.maxTaskSize', broken)).toEqual([
      'fact "fargate.maxTaskSize": field "source" is missing: every figure names the official page that states it',
      'fact "fargate.maxTaskSize": field "checkedOn" is not a real date (2026-13-01)',
    ]);
  });

  it('reports an exam change without what older exams expect', () => {
    const change = {
      title: 'S3 loops',
      changed: '2024-10',
      today: 'Lambda stops the loop.',
      olderExams: '',
      source: {
        title: 'Lambda recursion',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
      },
      checkedOn: '2026-12-01',
    } as const;
    expect(validateExamChange('lambda.s3Loops', change, new Date('2026-12-01T12:00:00Z'))).toEqual([
      'exam change "lambda.s3Loops": field "olderExams" is missing or empty',
    ]);
  });

  const good: Topic = TOPICS.lambda;
  const today = new Date('2026-11-30T12:00:00Z');

  it('reports a missing field', () => {
    const broken = {...good, summary: ''};
    expect(validateTopic(broken, today)).toContain('topic "lambda": field "summary" is missing or empty');
  });

  it('reports a missing service fact', () => {
    const broken = {...good, facts: {...TOPICS.lambda.facts, pricing: undefined}} as unknown as Topic;
    expect(validateTopic(broken, today)).toContain('topic "lambda": field "facts.pricing" is missing or empty');
  });

  it('reports a non-https or non-AWS source', () => {
    const broken = {
      ...good,
      sources: [
        {title: 'Plain http', url: 'http://docs.aws.amazon.com/lambda/'},
        {title: 'A blog', url: 'https://example.com/lambda'},
      ],
    } as unknown as Topic;
    expect(validateTopic(broken, today)).toEqual([
      'topic "lambda": field "sources[0].url" is not an https link (http://docs.aws.amazon.com/lambda/)',
      'topic "lambda": field "sources[1].url" is not an official AWS page (https://example.com/lambda)',
    ]);
  });

  it('reports impossible and future dates', () => {
    expect(dateProblem('2026-02-30', today)).toBe('is not a real date (2026-02-30)');
    expect(dateProblem('2027-01-01', today)).toBe('is in the future (2027-01-01)');
    expect(dateProblem('30/11/2026', today)).toBe('is not a YYYY-MM-DD date');
    expect(dateProblem('2026-11-30', today)).toBeNull();
  });

  it('accepts AWS hosts only', () => {
    expect(urlProblem('https://docs.aws.amazon.com/lambda/latest/dg/welcome.html')).toBeNull();
    expect(urlProblem('https://aws.amazon.com/lambda/pricing/')).toBeNull();
    expect(urlProblem('https://aws.amazon.com.evil.example/')).toBe(
      'is not an official AWS page (https://aws.amazon.com.evil.example/)',
    );
  });

  it('reports a comparison row with an empty cell', () => {
    const table: Comparison<'a' | 'b'> = {
      id: 'broken',
      caption: 'Broken',
      rowHeader: 'Aspect',
      columns: [
        {key: 'a', label: 'A'},
        {key: 'b', label: 'B'},
      ],
      rows: [{label: 'Price', cells: {a: 'Cheap', b: ' '}}],
    };
    expect(validateComparison(table)).toEqual([
      'comparison "broken": field "rows["Price"].cells.b" is missing or empty',
    ]);
  });
});
