import {type Answers, type QuestionId, QUESTIONS, isOptionValue} from './questions';

/**
 * The picker's answers live in the query string, one key per question:
 * `?code=container&workload=service&servers=aws`. A shared link therefore
 * reproduces the answers. The picker replaces the current history entry on
 * each change (see ServicePicker for why), so going back to the picker from
 * another page, or forward to it again, shows the answers as they were left.
 *
 * Decoding trusts nothing: only a known key with one of its known values is
 * kept (compared as plain text, never evaluated or rendered), anything else
 * is ignored, and a repeated key keeps its first valid value.
 */

/** Reads the answers from a query string such as `location.search` (with or without the "?"). */
export function decodeAnswers(search: string): Answers {
  const params = new URLSearchParams(search);
  const answers: {[Id in QuestionId]?: string} = {};
  for (const {id} of QUESTIONS) {
    const value = params.getAll(id).find((candidate) => isOptionValue(id, candidate));
    if (value !== undefined) answers[id] = value;
  }
  // Every value kept above passed isOptionValue for its own key.
  return answers as Answers;
}

/**
 * Writes the answers as a query string in question order, "?code=...&...",
 * or "" when nothing is answered. Unanswered questions are left out.
 */
export function encodeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  for (const {id} of QUESTIONS) {
    const value = answers[id];
    if (value !== undefined) params.set(id, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
