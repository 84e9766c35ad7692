import type {ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {repositoryFromCustomFields} from '@site/src/site/repository';
import {reportIssueUrl, routeFromPathname} from '@site/src/utils/reportIssueUrl';
import styles from './styles.module.css';

type Props = {
  /** Ends the link's accessible name, "Report a mistake …": "on this page", "in question 2". */
  readonly subject: string;
  /** The heading id of the section the text is in. */
  readonly sectionId?: string;
  readonly topicId?: string;
  readonly factId?: string;
  readonly questionId?: string;
  /** The text in question, quoted in the report (shortened if long). */
  readonly quote?: string;
};

/**
 * A quiet link to a GitHub issue form that already says where the mistake is.
 * It is a plain link with its address written at build time, so it works
 * without JavaScript. The page comes from the location rather than a prop, so
 * the report names the page the reader was on, wherever the text is reused.
 */
export default function ReportMistake({subject, ...where}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const href = reportIssueUrl({
    repository: repositoryFromCustomFields(siteConfig.customFields),
    pagePath: routeFromPathname(pathname, siteConfig.baseUrl),
    pageUrl: `${siteConfig.url}${pathname}`,
    ...where,
  });
  return (
    // Left out of the search index: the words are the same on every page.
    <p className={styles.report} data-report-mistake data-search-ignore>
      <a className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
        Report a mistake<span className="visually-hidden"> {subject} (opens in a new tab)</span>
      </a>
    </p>
  );
}
