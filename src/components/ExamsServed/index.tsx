import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {EXAM_LIST, tasksTaughtOn} from '@site/src/data/exams';
import {getTopic} from '@site/src/data/lookup';
import {usePracticeData} from '@site/src/practice/globalData';
import {COVERAGE_ROUTE, practiceRoute} from '@site/src/practice/routes';
import styles from './styles.module.css';

type Props = {readonly topic: string};

/** On a topic page: which exams have the service in scope, and which of their task statements the page teaches. */
export default function ExamsServed({topic}: Props): ReactNode {
  const {id, path, shortName} = getTopic(topic);
  const tasks = tasksTaughtOn(path);
  const questions = usePracticeData().questionsPerTopic[id] ?? 0;
  return (
    // Left out of the search index: the exam coverage page holds the same map, once.
    <div className={styles.served} data-exams-served={id} data-search-ignore="">
      <ul>
        {EXAM_LIST.map((exam) => {
          const scope = exam.scope.find((entry) => entry.topic === id);
          const taught = tasks.filter((entry) => entry.exam.id === exam.id);
          return (
            <li key={exam.id}>
              <strong>{exam.code}</strong>
              {scope && `: ${scope.inScope ? 'in scope' : 'not in scope'}. ${scope.note}`}
              {taught.length > 0 && ' Task statements this page teaches:'}
              {taught.length > 0 ? (
                <ul>
                  {taught.map((entry) => (
                    <li key={entry.id}>
                      {entry.task.number} {entry.task.title}
                    </li>
                  ))}
                </ul>
              ) : (
                ' No task statement of this guide points here.'
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <Link to={COVERAGE_ROUTE}>Every exam’s task statements and where they are taught</Link>
        {questions > 0 && (
          <>
            {' · '}
            <Link to={practiceRoute({topics: [id]})}>
              Practise {questions} {shortName} questions
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
