import {describe, expect, it} from 'vitest';
import {EXAM_LIST} from '@site/src/data/exams';
import {QUESTION_LIST} from '@site/src/data/questions';
import {TOPIC_LIST} from '@site/src/data/topics';
import type {BankEntry, Question} from '@site/src/data/types';
import {ankiDeck, ankiField, cheatSheetCue} from '../anki';

/**
 * Reads a deck the way Anki's text importer does (docs.ankiweb.net,
 * "Importing > Text Files > File Headers"): leading "#key:value" lines set
 * options, every other line is one note whose fields are split by the
 * separator.
 */
function readAsAnki(text: string) {
  const lines = text.split('\n');
  const headers = new Map<string, string>();
  let index = 0;
  for (; index < lines.length && lines[index]?.startsWith('#'); index += 1) {
    const line = lines[index] ?? '';
    const colon = line.indexOf(':');
    headers.set(line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1));
  }
  const separator = headers.get('separator') === 'tab' ? '\t' : undefined;
  const notes = lines
    .slice(index)
    .filter(Boolean)
    .map((line) => line.split(separator ?? '\t'));
  return {headers, notes};
}

const siteUrl = 'https://example.github.io/aws-other-compute/';

describe('the Anki deck', () => {
  const deck = ankiDeck({questions: QUESTION_LIST, topics: TOPIC_LIST, exams: EXAM_LIST, siteUrl});
  const {headers, notes} = readAsAnki(deck);

  it('declares its separator, HTML, note type, deck, tags column and GUID column', () => {
    expect(Object.fromEntries(headers)).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      deck: 'AWS Other Compute',
      columns: 'Front\tBack\tTags\tGUID',
      'tags column': '3',
      'guid column': '4',
    });
  });

  it('has one note per question and per cheat-sheet line, each with four fields and a unique GUID', () => {
    const lines = TOPIC_LIST.reduce((sum, topic) => sum + topic.cheatSheet.length, 0);
    expect(notes).toHaveLength(QUESTION_LIST.length + lines);
    for (const note of notes) expect(note).toHaveLength(4);
    expect(new Set(notes.map((note) => note[3])).size).toBe(notes.length);
  });

  it('tags each question with its topic and exams, and links back to the section and the source', () => {
    const first = QUESTION_LIST[0] as BankEntry;
    const note = notes.find((fields) => fields[3] === `aws-other-compute/question/${first.id}`);
    expect(note?.[2]?.split(' ')).toEqual(
      expect.arrayContaining(['aws-other-compute', `topic::${first.question.topic}`, 'kind::question']),
    );
    expect(note?.[1]).toContain(`href="${siteUrl}${first.question.learnMore.slice(1)}"`);
    expect(note?.[1]).toContain(first.question.source.url);
  });

  it('keeps tabs, line breaks, quotes and markup inside a field', () => {
    expect(ankiField('a\tb\nc "d" <script>&')).toBe('a b<br>c &quot;d&quot; &lt;script&gt;&amp;');
    const hostile = {
      id: 'x.y',
      question: {
        id: 'y',
        topic: 'lambda',
        exams: ['dva-c02'],
        tasks: ['dva-c02/1.2'],
        question: 'Tab\there\nand a line',
        choices: [
          {text: 'A\t1', correct: true, why: 'Because\nit is.'},
          {text: '"B"', correct: false, why: 'No.'},
          {text: 'C', correct: false, why: 'No.'},
        ],
        learnMore: '/lambda#limits',
        source: {title: 'T', url: 'https://docs.aws.amazon.com/lambda/'},
      } satisfies Question,
    };
    const parsed = readAsAnki(ankiDeck({questions: [hostile], topics: [], exams: EXAM_LIST, siteUrl}));
    expect(parsed.notes).toHaveLength(1);
    expect(parsed.notes[0]).toHaveLength(4);
  });

  it('gives a cheat-sheet line a cue: up to its colon, or its first words', () => {
    expect(cheatSheetCue('Largest task: 16 vCPU')).toBe('Largest task');
    expect(cheatSheetCue('Cluster = logical group of capacity; task = running copy')).toBe('Cluster');
    expect(cheatSheetCue('Application Load Balancers suit ECS services with path routing')).toBe(
      'Application Load Balancers suit ECS …',
    );
  });
});
