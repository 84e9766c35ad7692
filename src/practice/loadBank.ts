import type {BankEntry} from './session';

/**
 * The question bank arrives as a JSON file written by the build
 * (src/plugins/practiceFiles), fetched only by the practice page: it is
 * data for a session, not code in every page's bundle. The offline copy
 * caches it like any other file of the site.
 */
export type LoadedBank = {readonly entries: readonly BankEntry[]; readonly byId: ReadonlyMap<string, BankEntry>};

export async function loadBank(url: string): Promise<LoadedBank> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const data: unknown = await response.json();
  const entries = (data as {questions?: unknown}).questions;
  if (!Array.isArray(entries) || entries.length === 0) throw new Error('the file holds no questions');
  return {entries: entries as BankEntry[], byId: new Map((entries as BankEntry[]).map((entry) => [entry.id, entry]))};
}
