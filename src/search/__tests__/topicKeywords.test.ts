import {describe, expect, it} from 'vitest';
import {TOPICS} from '../../data/topics';
import {mergeKeywords, parseFrontMatterWithTopicKeywords} from '../topicKeywords';

describe('topic keywords for search', () => {
  it('merges without repeating a word in another case', () => {
    expect(mergeKeywords(['Lambda', 'FaaS'], ['lambda', 'AWS Lambda', ' '])).toEqual(['Lambda', 'FaaS', 'AWS Lambda']);
  });

  it("adds a topic's names and search terms to the page with the topic's slug", async () => {
    const result = await parseFrontMatterWithTopicKeywords({
      filePath: 'docs/containers/ecs.mdx',
      fileContent: '---\nslug: /ecs\nkeywords: [containers]\n---\nBody',
      defaultParseFrontMatter: async () => ({frontMatter: {slug: '/ecs', keywords: ['containers']}, content: 'Body'}),
    });
    const keywords = result.frontMatter.keywords as string[];
    expect(keywords[0]).toBe('containers');
    expect(keywords).toEqual(
      expect.arrayContaining([TOPICS.ecs.fullName, TOPICS.ecs.shortName, ...TOPICS.ecs.searchTerms]),
    );
  });

  it('leaves pages that are not topics alone', async () => {
    const parsed = {frontMatter: {slug: '/cheat-sheet', keywords: ['summary']}, content: ''};
    const result = await parseFrontMatterWithTopicKeywords({
      filePath: 'docs/cheat-sheet.mdx',
      fileContent: '',
      defaultParseFrontMatter: async () => parsed,
    });
    expect(result).toBe(parsed);
  });
});
