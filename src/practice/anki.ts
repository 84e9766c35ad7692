import type {ExamGuide, Topic} from '@site/src/data/types';
import {choiceLetter} from './letters';
import type {BankEntry} from './session';

/**
 * The Anki deck: a tab-separated text file with the header lines Anki's
 * manual documents for text imports ("Importing > Text Files > File
 * Headers", Anki 2.1.55 and later). The GUID column lets a reader import a
 * newer deck over an older one: Anki updates the notes it already has
 * instead of adding duplicates.
 */
export type AnkiInput = {
  readonly questions: readonly BankEntry[];
  readonly topics: readonly Topic[];
  readonly exams: readonly ExamGuide[];
  /** The site's address with its base path, for links back: "https://example.github.io/aws-other-compute/". */
  readonly siteUrl: string;
};

export const ANKI_DECK = 'AWS Other Compute';
export const ANKI_COLUMNS = ['Front', 'Back', 'Tags', 'GUID'] as const;

/** Fields are HTML (`#html:true`): escape markup, and keep tabs and line breaks out of a field. */
export function ankiField(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\t/g, ' ')
    .replace(/\r?\n/g, '<br>');
}

function link(url: string, text: string): string {
  return `<a href="${ankiField(url)}">${ankiField(text)}</a>`;
}

/** Anki tags are separated by spaces; "::" nests them (topic::lambda). */
function tags(list: readonly string[]): string {
  return list.map((tag) => tag.replace(/\s+/g, '-')).join(' ');
}

/** A cue for a cheat-sheet line: its words up to a colon or "=", or else its first words. */
export function cheatSheetCue(line: string): string {
  const head = /^(.{3,70}?)(?::| = )/.exec(line)?.[1];
  if (head) return head;
  const words = line.split(/\s+/);
  return words.length > 5 ? `${words.slice(0, 5).join(' ')} …` : line;
}

export function ankiDeck({questions, topics, exams, siteUrl}: AnkiInput): string {
  const examCode = new Map(exams.map((exam) => [exam.id, exam.code]));
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const page = (route: string): string => new URL(route.replace(/^\//, ''), siteUrl).href;
  const rows: string[][] = [];

  for (const {id, question} of questions) {
    const topic = topicById.get(question.topic);
    const right = question.choices.findIndex((choice) => choice.correct);
    const front = `${ankiField(question.question)}<ol type="A">${question.choices
      .map((choice) => `<li>${ankiField(choice.text)}</li>`)
      .join('')}</ol>`;
    const back = [
      `<b>${choiceLetter(right)}. ${ankiField(question.choices[right]?.text ?? '')}</b>`,
      `<ul>${question.choices
        .map((choice, index) => `<li>${choiceLetter(index)}: ${ankiField(choice.why)}</li>`)
        .join('')}</ul>`,
      `${link(page(question.learnMore), `Read: ${topic?.name ?? question.topic}`)} · ${link(question.source.url, `Source: ${question.source.title}`)}`,
    ].join('');
    rows.push([
      front,
      back,
      tags([
        'aws-other-compute',
        'kind::question',
        `topic::${question.topic}`,
        ...question.exams.map((exam) => `exam::${examCode.get(exam) ?? exam}`),
      ]),
      `aws-other-compute/question/${id}`,
    ]);
  }

  for (const topic of topics) {
    topic.cheatSheet.forEach((line, index) => {
      rows.push([
        `${ankiField(topic.name)} · cheat sheet<br>${ankiField(cheatSheetCue(line))}`,
        `${ankiField(line)}<br>${link(page(`/cheat-sheet#${topic.id}`), 'Cheat sheet')}`,
        tags(['aws-other-compute', 'kind::cheat-sheet', `topic::${topic.id}`]),
        `aws-other-compute/cheat-sheet/${topic.id}/${index + 1}`,
      ]);
    });
  }

  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${ANKI_DECK}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`,
    `#guid column:${ANKI_COLUMNS.indexOf('GUID') + 1}`,
  ];
  return `${[...header, ...rows.map((row) => row.join('\t'))].join('\n')}\n`;
}
