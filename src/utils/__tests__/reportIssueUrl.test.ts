import {describe, expect, it} from 'vitest';
import {parseRepository} from '@site/src/site/repository';
import {MAX_REPORT_URL_LENGTH, type MistakeReport, reportIssueUrl, routeFromPathname} from '../reportIssueUrl';

const REPORT: MistakeReport = {
  repository: parseRepository('someone/fork', 'test'),
  pagePath: '/fargate',
  pageUrl: 'https://someone.github.io/fork/fargate',
  sectionId: 'self-check',
  topicId: 'fargate',
  questionId: 'too-big-for-fargate',
};

/** The form fields GitHub will read, decoded the way GitHub decodes them. */
function fields(url: string): {base: string; title: string; body: string; labels: string; keys: string[]} {
  const parsed = new URL(url);
  const {searchParams} = parsed;
  return {
    base: `${parsed.origin}${parsed.pathname}`,
    title: searchParams.get('title') ?? '',
    body: searchParams.get('body') ?? '',
    labels: searchParams.get('labels') ?? '',
    keys: [...searchParams.keys()],
  };
}

describe('reportIssueUrl', () => {
  it("opens the repository's new-issue form with a title, a body and the content label", () => {
    const url = reportIssueUrl(REPORT);
    expect(url.startsWith('https://github.com/someone/fork/issues/new?')).toBe(true);
    const form = fields(url);
    expect(form.base).toBe('https://github.com/someone/fork/issues/new');
    expect(form.keys).toEqual(['title', 'body', 'labels']);
    expect(form.labels).toBe('content');
    expect(form.title).toBe('Mistake on /fargate#self-check, question too-big-for-fargate');
    expect(form.body).toContain('Page: /fargate\n');
    expect(form.body).toContain('Section: #self-check\n');
    expect(form.body).toContain('Topic: fargate\n');
    expect(form.body).toContain('Question: too-big-for-fargate\n');
    expect(form.body).toContain('Link: https://someone.github.io/fork/fargate#self-check\n');
  });

  it('names a fact when there is one, and leaves out what it was not given', () => {
    const form = fields(
      reportIssueUrl({
        repository: REPORT.repository,
        pagePath: '/lambda',
        pageUrl: 'https://x.test/lambda',
        factId: 'lambda-timeout',
      }),
    );
    expect(form.title).toBe('Mistake on /lambda, fact lambda-timeout');
    expect(form.body).toContain('Fact: lambda-timeout\n');
    expect(form.body).toContain('Link: https://x.test/lambda\n');
    expect(form.body).not.toMatch(/Section:|Topic:|Question:|The text:/);
  });

  it('keeps hostile text inside its own parameter', () => {
    const quote = 'Tasks & "pods" #1 \'max\'\nsecond line?title=hacked&labels=bug\r\nthird = 100% <b>';
    const url = reportIssueUrl({...REPORT, sectionId: 'a&b#c', quote});
    // Nothing of the text is left raw in the address.
    expect(url).not.toMatch(/[\s"'<>]/);
    expect(url.split('#')).toHaveLength(1);
    const form = fields(url);
    expect(form.keys).toEqual(['title', 'body', 'labels']);
    expect(form.labels).toBe('content');
    expect(form.title).toBe('Mistake on /fargate#a&b#c, question too-big-for-fargate');
    expect(form.body).toContain('Section: #a&b#c\n');
    // The anchor in the page link is encoded as a URL fragment.
    expect(form.body).toContain('Link: https://someone.github.io/fork/fargate#a%26b%23c\n');
    // Each line of the text is quoted, whatever its line ending.
    expect(form.body).toContain(
      '> Tasks & "pods" #1 \'max\'\n> second line?title=hacked&labels=bug\n> third = 100% <b>\n',
    );
  });

  it('shortens a long quote to fit about 2,000 characters, and never the ids', () => {
    const quote = `${'Fargate 🚀 & more '.repeat(400)}END`;
    const url = reportIssueUrl({...REPORT, quote});
    expect(MAX_REPORT_URL_LENGTH).toBe(2000);
    expect(url.length).toBeLessThanOrEqual(2000);
    // Close to the limit, not cut far shorter than it needs to be.
    expect(url.length).toBeGreaterThan(1900);
    const form = fields(url);
    expect(form.title).toBe('Mistake on /fargate#self-check, question too-big-for-fargate');
    expect(form.body).toContain('Question: too-big-for-fargate\n');
    expect(form.body).toContain('Link: https://someone.github.io/fork/fargate#self-check\n');
    expect(form.body).toContain('> Fargate 🚀 & more');
    expect(form.body).not.toContain('END');
    expect(form.body).toMatch(/…\n/);
    // No half of an emoji is left behind (with the u flag this matches only a lone surrogate).
    expect(form.body).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  it('leaves a short quote whole', () => {
    const form = fields(reportIssueUrl({...REPORT, quote: 'Up to 16 vCPU.'}));
    expect(form.body).toContain('The text:\n\n> Up to 16 vCPU.\n');
    expect(form.body).not.toContain('…');
  });

  it('drops the quote rather than an id when even the ids fill the address', () => {
    const questionId = 'q'.repeat(1200);
    const url = reportIssueUrl({...REPORT, questionId, quote: 'some text'});
    const form = fields(url);
    expect(form.title).toContain(questionId);
    expect(form.body).toContain(`Question: ${questionId}\n`);
    expect(form.body).not.toContain('The text:');
  });
});

describe('routeFromPathname', () => {
  it('takes the base URL off a served path', () => {
    expect(routeFromPathname('/aws-other-compute/fargate', '/aws-other-compute/')).toBe('/fargate');
    expect(routeFromPathname('/aws-other-compute/', '/aws-other-compute/')).toBe('/');
    expect(routeFromPathname('/cheat-sheet', '/')).toBe('/cheat-sheet');
    expect(routeFromPathname('/site/ecs', '/site')).toBe('/ecs');
  });

  it('leaves a path outside the base URL as it is', () => {
    expect(routeFromPathname('/elsewhere/ecs', '/aws-other-compute/')).toBe('/elsewhere/ecs');
  });
});
