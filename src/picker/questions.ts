import {factText} from '../data/facts';

/**
 * The questions of the "which compute service?" picker. The ids double as
 * query-string keys (`?code=container&duration=long`) and the option values
 * as their values, so both are part of every shared link: rename one and old
 * links lose that answer. Add a question or an option here and TypeScript
 * asks for its rule in recommend.ts.
 */

export type QuestionOption = {
  /** Stable value written into the URL. */
  readonly value: string;
  /** The radio button's label (its accessible name). */
  readonly label: string;
  /** One line that helps a reader choose, announced as the radio's description. */
  readonly hint: string;
};

export type Question = {
  /** Stable id, also the query-string key. */
  readonly id: string;
  /** The fieldset's legend. */
  readonly legend: string;
  readonly options: readonly QuestionOption[];
};

/** "15 minutes" from Lambda's timeout fact (its value without the bracket), so the limit is written once. */
export const LAMBDA_LIMIT = factText('lambda.maxTimeout').replace(/\s*\(.*$/, '');

export const QUESTIONS = [
  {
    id: 'code',
    legend: 'What will you hand to AWS?',
    options: [
      {
        value: 'function',
        label: 'Plain code',
        hint: 'A function or script in Node.js, Python, Java and so on; no image, no server.',
      },
      {
        value: 'container',
        label: 'Container images',
        hint: 'The app is already packaged with Docker.',
      },
      {
        value: 'server',
        label: 'A whole server or website',
        hint: 'An operating system with apps on it, such as a WordPress blog.',
      },
    ],
  },
  {
    id: 'workload',
    legend: 'What kind of workload is it?',
    options: [
      {
        value: 'batch',
        label: 'A batch of jobs',
        hint: 'Work with a start and an end: nightly reports, video transcoding, simulations.',
      },
      {
        value: 'api',
        label: 'A request/response API',
        hint: 'Clients call it over HTTP and wait for the answer.',
      },
      {
        value: 'event',
        label: 'An event handler',
        hint: 'Reacts to a file upload, a queue message or a schedule.',
      },
      {
        value: 'service',
        label: 'A long-running service or website',
        hint: 'Always on, serving users around the clock.',
      },
    ],
  },
  {
    id: 'duration',
    legend: 'How long does one run (one request, event or job) take?',
    options: [
      {
        value: 'seconds',
        label: 'Seconds',
        hint: 'Short enough for a caller to wait for the answer.',
      },
      {
        value: 'minutes',
        label: `Minutes, up to ${LAMBDA_LIMIT}`,
        hint: 'Too long to keep an HTTP caller waiting, short enough for one function call.',
      },
      {
        value: 'long',
        label: `Longer than ${LAMBDA_LIMIT}, or it never stops`,
        hint: 'Hours-long jobs, or a process that stays up.',
      },
    ],
  },
  {
    id: 'traffic',
    legend: 'What does the load look like?',
    options: [
      {
        value: 'steady',
        label: 'Steady',
        hint: 'Roughly the same all day.',
      },
      {
        value: 'spiky',
        label: 'Spiky or event-driven',
        hint: 'Bursts and quiet hours, or nothing until something happens.',
      },
    ],
  },
  {
    id: 'servers',
    legend: 'Who should look after the servers?',
    options: [
      {
        value: 'aws',
        label: 'AWS',
        hint: 'No instances for me to patch or scale.',
      },
      {
        value: 'me',
        label: 'Me',
        hint: 'I need the instances: GPUs, daemons, host access, or my own operating system.',
      },
    ],
  },
  {
    id: 'price',
    legend: 'Does a fixed monthly price matter?',
    options: [
      {
        value: 'fixed',
        label: 'Yes, a predictable monthly bill',
        hint: 'The same amount every month, whatever the load.',
      },
      {
        value: 'usage',
        label: 'No, pay for what I use',
        hint: 'The bill may follow the load up and down.',
      },
    ],
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];

/** The option values of one question, e.g. OptionValue<'traffic'> = 'steady' | 'spiky'. */
export type OptionValue<Id extends QuestionId> = Extract<
  (typeof QUESTIONS)[number],
  {id: Id}
>['options'][number]['value'];

/** A reader's answers; a question left out is unanswered. */
export type Answers = {readonly [Id in QuestionId]?: OptionValue<Id>};

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((question) => question.id);

/** True when `value` is one of the options of question `id` (exact match, nothing else). */
export function isOptionValue<Id extends QuestionId>(id: Id, value: string): value is OptionValue<Id> {
  const question = QUESTIONS.find((candidate) => candidate.id === id);
  return question !== undefined && question.options.some((option) => option.value === value);
}

/** A copy of `answers` with question `id` answered `value`. */
export function withAnswer<Id extends QuestionId>(answers: Answers, id: Id, value: OptionValue<Id>): Answers {
  return {...answers, [id]: value};
}

/** The number of questions answered. */
export function answeredCount(answers: Answers): number {
  return QUESTION_IDS.filter((id) => answers[id] !== undefined).length;
}
