import {describe, expect, it} from 'vitest';
import {EXAM_LIST, TASK_LIST, isInScope} from '../exams';
import publishedAnchors from '../published-anchors.json';
import {QUESTION_FILES, QUESTION_LIST} from '../questions';
import {TOPIC_IDS, type Question} from '../types';
import {type BankContext, validateExamGuide, validateQuestion} from '../validate';

const context: BankContext = {
  anchors: publishedAnchors,
  tasks: new Set(TASK_LIST.map((entry) => entry.id)),
  inScope: isInScope,
};

describe('exam-guide map', () => {
  it.each(EXAM_LIST.map((guide) => [guide.code, guide] as const))(
    '%s has weights that add up, tasks inside their domains and sections that exist',
    (_code, guide) => {
      expect(validateExamGuide(guide, publishedAnchors)).toEqual([]);
    },
  );

  it('says for every exam whether each service topic is in scope', () => {
    for (const guide of EXAM_LIST) {
      expect(guide.scope.map((entry) => entry.topic).sort()).toEqual(
        ['api-gateway', 'batch', 'ecr', 'ecs', 'fargate', 'lambda', 'lightsail'].sort(),
      );
    }
  });
});

describe('question bank', () => {
  it.each(QUESTION_LIST.map((entry) => [entry.id, entry.question] as const))(
    '%s has exam tags, one right answer, a reason per choice, a real section and a source',
    (id, question) => {
      expect(validateQuestion(id, question, context)).toEqual([]);
    },
  );

  it('refuses a question that breaks each rule, naming the field', () => {
    const broken = {
      id: 'Bad Id',
      topic: 'lightsail',
      exams: ['saa-c03', 'ans-c01'],
      tasks: ['dva-c02/1.2', 'saa-c03/9.9'],
      question: ' ',
      choices: [
        {text: 'A', correct: true, why: ''},
        {text: 'A', correct: true, why: 'Because.'},
      ],
      learnMore: '/lightsail#no-such-section',
      source: {title: 'Blog', url: 'https://example.com/post'},
    } as unknown as Question;
    const problems = validateQuestion('lightsail.bad', broken, context).join('\n');
    for (const expected of [
      'field "id" must be kebab-case',
      'field "question" is missing or empty',
      'has "ans-c01"',
      'has saa-c03, whose guide leaves lightsail out of scope',
      'has "saa-c03/9.9", which is not in the exam-guide map',
      'has "dva-c02/1.2", but the question is not tagged with that exam',
      'needs at least three',
      'exactly one correct answer, has 2',
      'two choices with the same text',
      'field "choices[0].why" is missing or empty',
      'which is not a section of /lightsail',
      'is not an official AWS page',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('has at least 120 questions, at least 10 per topic, and cross-topic scenarios', () => {
    expect(QUESTION_LIST.length).toBeGreaterThanOrEqual(120);
    for (const topic of TOPIC_IDS) {
      expect(QUESTION_FILES[topic].length, `questions in src/data/questions/${topic}.ts`).toBeGreaterThanOrEqual(10);
      expect(
        QUESTION_FILES[topic].every((question) => question.topic === topic),
        topic,
      ).toBe(true);
    }
    expect(QUESTION_FILES.scenarios.length).toBeGreaterThanOrEqual(20);
    expect(QUESTION_FILES.scenarios.every((question) => question.scenario)).toBe(true);
  });

  it('practises every exam, and no two questions share an id', () => {
    for (const guide of EXAM_LIST) {
      expect(
        QUESTION_LIST.filter((entry) => entry.question.exams.includes(guide.id)).length,
        guide.code,
      ).toBeGreaterThanOrEqual(20);
    }
    const ids = QUESTION_LIST.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
