import type {ParseFrontMatter} from '@docusaurus/types';
import {TOPIC_LIST} from '../data/topics';
import type {Topic} from '../data/types';

/**
 * Every name a reader may type for a topic: its short and full names and the
 * search terms in its data entry. The local search plugin indexes a page's
 * keywords, so these make "Elastic Container Service" or "virtual private
 * server" find the right page without cluttering the page itself.
 */
export function topicSearchWords(topic: Topic): string[] {
  return [topic.shortName, topic.name, topic.fullName, ...topic.searchTerms];
}

/** Merges two keyword lists, keeping the first spelling of each word. */
export function mergeKeywords(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((word) => {
    const key = word.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Front-matter parser that adds a topic's search words to the keywords of
 * the page whose slug is the topic's path, so the data entry stays the one
 * place where aliases are kept.
 */
export const parseFrontMatterWithTopicKeywords: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  const topic = TOPIC_LIST.find((candidate) => candidate.path === result.frontMatter.slug);
  if (!topic) return result;
  const pageKeywords = result.frontMatter.keywords;
  const own = Array.isArray(pageKeywords) ? pageKeywords.map(String) : [];
  return {...result, frontMatter: {...result.frontMatter, keywords: mergeKeywords(own, topicSearchWords(topic))}};
};
