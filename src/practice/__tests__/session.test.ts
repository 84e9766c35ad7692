import {describe, expect, it} from 'vitest';
import type {Question} from '@site/src/data/types';
import {hashString, newSeed, randomFrom, shuffled} from '../random';
import {choiceOrder, dueQuestions, pickQuestions, scoreByTopic, type BankEntry} from '../session';

function entry(id: string, topic: Question['topic'], exams: Question['exams']): BankEntry {
  return {id, question: {id: id.split('.')[1] ?? id, topic, exams} as unknown as Question};
}

const bank: BankEntry[] = [
  ...Array.from({length: 12}, (_, index) => entry(`lambda.q${index}`, 'lambda', ['saa-c03', 'dva-c02'])),
  ...Array.from({length: 8}, (_, index) => entry(`lightsail.q${index}`, 'lightsail', ['clf-c02'])),
];

describe('seeded sessions', () => {
  it('gives the same questions in the same order for the same seed, and another order for another', () => {
    const first = pickQuestions(bank, {topics: []}, 10, 'k7f2qa');
    expect(pickQuestions(bank, {topics: []}, 10, 'k7f2qa')).toEqual(first);
    expect(pickQuestions(bank, {topics: []}, 10, 'zz9xyw')).not.toEqual(first);
    expect(new Set(first).size).toBe(10);
  });

  it('keeps to the chosen exam and topics, and never asks for more than there are', () => {
    expect(pickQuestions(bank, {exam: 'clf-c02', topics: []}, 65, 'a').every((id) => id.startsWith('lightsail.'))).toBe(
      true,
    );
    expect(pickQuestions(bank, {topics: ['lambda']}, 65, 'a')).toHaveLength(12);
    expect(pickQuestions(bank, {exam: 'clf-c02', topics: ['lambda']}, 10, 'a')).toEqual([]);
  });

  it('orders choices by seed and question, as a permutation', () => {
    const order = choiceOrder('lambda.q1', 'k7f2qa', 4);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(choiceOrder('lambda.q1', 'k7f2qa', 4)).toEqual(order);
    const orders = new Set(bank.map((item) => choiceOrder(item.id, 'k7f2qa', 4).join('')));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('brings back due questions, lowest box first', () => {
    const record = {seen: 1, right: 0, last: '2026-11-30'} as const;
    const due = dueQuestions(
      bank,
      {
        questions: {
          'lambda.q3': {...record, box: 3, due: '2026-11-20'},
          'lambda.q1': {...record, box: 1, due: '2026-12-01'},
          'lambda.q2': {...record, box: 2, due: '2026-12-09'},
          'gone.q1': {...record, box: 1, due: '2026-11-01'},
        },
      },
      '2026-12-01',
    );
    expect(due).toEqual(['lambda.q1', 'lambda.q3']);
  });

  it('scores by topic', () => {
    const byId = new Map(bank.map((item) => [item.id, item]));
    expect(
      scoreByTopic(byId, [
        {questionId: 'lambda.q1', chosen: 0, correct: true},
        {questionId: 'lightsail.q1', chosen: 1, correct: false},
        {questionId: 'lambda.q2', chosen: null, correct: false},
      ]),
    ).toEqual([
      {topic: 'lambda', right: 1, asked: 2},
      {topic: 'lightsail', right: 0, asked: 1},
    ]);
  });

  it('has a seeded generator that is uniform enough to shuffle fairly', () => {
    const random = randomFrom(hashString('uniform'));
    const firsts = new Map<number, number>();
    for (let run = 0; run < 4000; run += 1) {
      const first = shuffled([0, 1, 2, 3], random)[0] ?? -1;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const count of firsts.values()) expect(count).toBeGreaterThan(850);
    expect(newSeed(randomFrom(1))).toMatch(/^[a-z2-9]{6}$/);
  });
});
