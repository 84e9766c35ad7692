import {newIssueUrl, type Repository} from '@site/src/site/repository';

/** What a "Report a mistake" link says about where the reader saw the mistake. */
export type MistakeReport = {
  readonly repository: Repository;
  /** The page's route below the site root, e.g. "/fargate". */
  readonly pagePath: string;
  /** The page's absolute address, e.g. "https://example.github.io/site/fargate". */
  readonly pageUrl: string;
  /** The section's heading id, e.g. "self-check" or "lambda". */
  readonly sectionId?: string;
  /** The topic the text belongs to, e.g. "fargate". */
  readonly topicId?: string;
  /** A fact entry's id, when the text shows one fact. */
  readonly factId?: string;
  /** A self-check question's id. */
  readonly questionId?: string;
  /** The text the reader saw, quoted so the report says what is wrong. */
  readonly quote?: string;
};

/**
 * Browsers and GitHub handle addresses of about 2,000 characters reliably;
 * a longer one can be cut off, and GitHub then opens an empty form.
 */
export const MAX_REPORT_URL_LENGTH = 2000;

const ELLIPSIS = '…';

/**
 * The address of GitHub's new-issue form, filled in with where the mistake is.
 * Everything goes through URLSearchParams, so "&", "#", quotes and newlines in
 * the text cannot end a parameter early. When the address would be too long,
 * only the quote is shortened: the ids are what a maintainer needs to find the
 * text, so they are never cut (an address of ids alone may exceed the limit).
 */
export function reportIssueUrl(report: MistakeReport, maxLength: number = MAX_REPORT_URL_LENGTH): string {
  const full = build(report, report.quote);
  if (full.length <= maxLength || !report.quote) return full;

  // Code points, so an emoji or accented letter is never split in half.
  const characters = Array.from(report.quote);
  // The longest prefix that fits; longer prefixes only make longer addresses.
  let fits = 0;
  let tooLong = characters.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (build(report, shortened(characters, middle)).length <= maxLength) fits = middle;
    else tooLong = middle;
  }
  return build(report, fits > 0 ? shortened(characters, fits) : undefined);
}

/** The route of a served path below the site's base URL: ("/site/fargate", "/site/") → "/fargate". */
export function routeFromPathname(pathname: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

function shortened(characters: readonly string[], length: number): string {
  return `${characters.slice(0, length).join('').trimEnd()}${ELLIPSIS}`;
}

function build(report: MistakeReport, quote: string | undefined): string {
  const params = new URLSearchParams({
    title: title(report),
    body: body(report, quote),
    labels: 'content',
  });
  return `${newIssueUrl(report.repository)}?${params.toString()}`;
}

function title({pagePath, sectionId, factId, questionId}: MistakeReport): string {
  const where = sectionId ? `${pagePath}#${sectionId}` : pagePath;
  const what = questionId ? `, question ${questionId}` : factId ? `, fact ${factId}` : '';
  return `Mistake on ${where}${what}`;
}

function body(report: MistakeReport, quote: string | undefined): string {
  const {pagePath, pageUrl, sectionId, topicId, factId, questionId} = report;
  const link = sectionId ? `${pageUrl}#${encodeURIComponent(sectionId)}` : pageUrl;
  const lines = [
    `Page: ${pagePath}`,
    ...(sectionId ? [`Section: #${sectionId}`] : []),
    ...(topicId ? [`Topic: ${topicId}`] : []),
    ...(factId ? [`Fact: ${factId}`] : []),
    ...(questionId ? [`Question: ${questionId}`] : []),
    `Link: ${link}`,
    '',
  ];
  if (quote) {
    lines.push('The text:', '', ...quote.split(/\r\n|\r|\n/).map((line) => `> ${line}`), '');
  }
  lines.push('What is wrong, and what should it say? (A link to the AWS page that says so helps.)', '');
  return lines.join('\n');
}
