import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {EXAM_GUIDES} from '@site/src/data/exams';
import {EXAM_IDS, type ExamId} from '@site/src/data/types';
import {getTopic, isTopicId} from '@site/src/data/lookup';
import {usePracticeData} from '@site/src/practice/globalData';
import {practiceRoute} from '@site/src/practice/routes';
import {formatLongDate} from '@site/src/utils/dates';
import styles from './styles.module.css';

type Props = {readonly exam: string};

function examId(id: string): ExamId {
  if (!(EXAM_IDS as readonly string[]).includes(id)) {
    throw new Error(`Unknown exam "${id}". Exams: ${EXAM_IDS.join(', ')} (src/data/exams).`);
  }
  return id as ExamId;
}

/** One exam guide mapped onto the site: which services it has in scope, and where each task statement is taught. */
export default function ExamCoverage({exam}: Props): ReactNode {
  const guide = EXAM_GUIDES[examId(exam)];
  const {sectionTitles, questionsPerTask} = usePracticeData();
  return (
    <div className={styles.coverage} data-exam-coverage={guide.id}>
      <p>
        {guide.name}. From the official{' '}
        <a href={guide.guide.url} target="_blank" rel="noopener noreferrer">
          {guide.guide.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        , checked on {formatLongDate(guide.checkedOn)}. Task statements are in our own words.{' '}
        <Link to={practiceRoute({exam: guide.id})}>Practise for {guide.code}</Link>.
      </p>
      <table className={styles.scope}>
        <caption>Services of this site in the {guide.code} guide</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">In scope</th>
            <th scope="col">What the guide says</th>
          </tr>
        </thead>
        <tbody>
          {guide.scope.map((entry) => {
            const topic = getTopic(entry.topic);
            return (
              <tr key={entry.topic}>
                <th scope="row">
                  <Link to={topic.path}>{topic.name}</Link>
                </th>
                <td>{entry.inScope ? 'Yes' : 'No'}</td>
                <td>{entry.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {guide.domains.map((domain) => (
        <section key={domain.number} aria-label={`${guide.code} domain ${domain.number}`}>
          <h3 className={styles.domain}>
            Domain {domain.number}: {domain.title} ({domain.weight}% of the scored questions)
          </h3>
          {domain.tasks.length === 0 ? (
            <p>No task statement of this domain concerns these services.</p>
          ) : (
            <ul className={styles.tasks}>
              {domain.tasks.map((task) => {
                const count = questionsPerTask[`${guide.id}/${task.number}`] ?? 0;
                return (
                  <li key={task.number} data-task={`${guide.id}/${task.number}`}>
                    <strong>
                      {task.number} {task.title}.
                    </strong>{' '}
                    {task.focus}
                    <br />
                    {/* Left out of the search index: the section titles are indexed on their own pages. */}
                    <span data-search-ignore="">
                      Taught in:{' '}
                      {task.sections.map((section, index) => (
                        <span key={section}>
                          {index > 0 && ', '}
                          <Link to={section}>{sectionTitles[section] ?? section}</Link>
                          <span className={styles.page}> ({getTopicOrPage(section)})</span>
                        </span>
                      ))}
                      . {count} practice question{count === 1 ? '' : 's'}.
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

/** "Lambda" for "/lambda#limits"; pages that are not topics keep their route's words. */
function getTopicOrPage(section: string): string {
  const route = section.split('#')[0]?.slice(1) ?? '';
  if (isTopicId(route)) return getTopic(route).shortName;
  return route.replace(/-/g, ' ').replace(/^./, (letter) => letter.toUpperCase());
}
