import {SEED_PATTERN} from './random';

/**
 * A session as an address: `?q=ecs.task-role+lambda.max-duration&s=k7f2qa&t=40`.
 * The ids themselves are in the link, not a filter, so a study group drills
 * the very same questions in the same order even after the bank grows; the
 * seed fixes the order of each question's choices.
 */
export type SessionLink = {
  readonly questionIds: readonly string[];
  readonly seed: string;
  /** A time limit in minutes, when the session is timed. */
  readonly minutes?: number;
};

export type DecodedLink = {
  /** Null when the address carries no session at all. */
  readonly link: SessionLink | null;
  /** What the reader should be told: ids skipped, values ignored. */
  readonly problems: readonly string[];
};

/** More than the longest real exam, so a link cannot make the page build a huge session. */
export const MAX_LINK_QUESTIONS = 100;
export const MAX_MINUTES = 300;
const QUESTION_ID = /^[a-z0-9-]{1,40}\.[a-z0-9-]{1,80}$/;
/** Longer than any honest link; the rest is not even looked at. */
const MAX_QUERY_LENGTH = 10_000;

export function encodeSessionLink(link: SessionLink): string {
  const params = new URLSearchParams();
  params.set('q', link.questionIds.join(' '));
  params.set('s', link.seed);
  if (link.minutes !== undefined) params.set('t', String(link.minutes));
  return `?${params.toString()}`;
}

/** Reads a session from `location.search`, keeping what is valid and saying what was not. */
export function decodeSessionLink(search: string, knownIds: ReadonlySet<string>): DecodedLink {
  const params = new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH));
  const raw = params.get('q');
  if (raw === null) return {link: null, problems: []};
  const problems: string[] = [];
  const tokens = raw.split(/[\s,]+/).filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  let malformed = 0;
  for (const token of tokens) {
    if (!QUESTION_ID.test(token)) malformed += 1;
    else if (!knownIds.has(token)) unknown.push(token);
    else if (!ids.includes(token)) ids.push(token);
  }
  if (malformed > 0)
    problems.push(
      `${malformed} part${malformed === 1 ? '' : 's'} of the link ${malformed === 1 ? 'is' : 'are'} not a question id and ${malformed === 1 ? 'was' : 'were'} ignored.`,
    );
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).join(', ');
    problems.push(
      `${unknown.length} question${unknown.length === 1 ? ' is' : 's are'} not in this site’s bank and ${unknown.length === 1 ? 'was' : 'were'} skipped: ${shown}${unknown.length > 5 ? ', …' : ''}.`,
    );
  }
  if (ids.length > MAX_LINK_QUESTIONS) {
    problems.push(`The link lists ${ids.length} questions; the first ${MAX_LINK_QUESTIONS} are used.`);
    ids.length = MAX_LINK_QUESTIONS;
  }
  if (ids.length === 0) {
    problems.push(
      'No question in this link is in the bank, so there is nothing to drill from it. Choose a session below.',
    );
    return {link: null, problems};
  }
  let seed = params.get('s') ?? '';
  if (!SEED_PATTERN.test(seed)) {
    if (seed !== '')
      problems.push(
        'The link’s order code is not valid, so the answers may be listed in another order than your group sees.',
      );
    seed = 'shared';
  }
  const minutesText = params.get('t');
  let minutes: number | undefined;
  if (minutesText !== null) {
    const value = Number(minutesText);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_MINUTES) minutes = value;
    else
      problems.push(
        `The time limit in the link (${minutesText.slice(0, 12)}) is not a number of minutes from 1 to ${MAX_MINUTES}, so the session is not timed.`,
      );
  }
  return {link: {questionIds: ids, seed, ...(minutes !== undefined ? {minutes} : {})}, problems};
}
