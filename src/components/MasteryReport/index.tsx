import type {ReactNode} from 'react';
import {EXAM_LIST, TASK_LIST, taskLabel} from '@site/src/data/exams';
import {TOPIC_LIST} from '@site/src/data/topics';
import {type Mastery, masteryBy} from '@site/src/practice/mastery';
import type {Progress} from '@site/src/practice/progress';
import {percent} from '@site/src/practice/resultText';
import {LEARNED_FROM_BOX} from '@site/src/practice/schedule';
import type {BankEntry} from '@site/src/practice/session';
import styles from './styles.module.css';

type Props = {
  readonly bank: readonly BankEntry[];
  readonly progress: Progress;
};

/**
 * How far the reader has got, per topic and per task statement of each
 * exam guide. Each row is a table row with its figures as text; the bar
 * beside them shows the same figures and is hidden from screen readers,
 * which read the numbers.
 */
export default function MasteryReport({bank, progress}: Props): ReactNode {
  const byTopic = masteryBy(bank, progress, (entry) => [entry.question.topic]);
  const byTask = masteryBy(bank, progress, (entry) => entry.question.tasks);
  return (
    <section aria-labelledby="mastery" className={styles.mastery} data-mastery>
      <h2 id="mastery">Your progress</h2>
      <p>
        Answered: questions answered at least once, of those in the bank. Right: the share of all your answers that were
        right. A question counts as learned once you have answered it right {LEARNED_FROM_BOX - 1} times in a row since
        you last missed it. Progress stays in this browser; nothing is sent anywhere.
      </p>
      <MasteryTable
        caption="By topic"
        rowHeader="Topic"
        rows={TOPIC_LIST.flatMap((topic) => {
          const mastery = byTopic.get(topic.id);
          return mastery ? [{key: topic.id, label: topic.name, mastery}] : [];
        })}
      />
      {EXAM_LIST.map((exam) => (
        <details key={exam.id} className={styles.exam}>
          <summary>
            By task statement of {exam.code} ({exam.name})
          </summary>
          <MasteryTable
            caption={`${exam.code} task statements`}
            rowHeader="Task statement"
            rows={TASK_LIST.filter((entry) => entry.exam.id === exam.id).flatMap((entry) => {
              const mastery = byTask.get(entry.id);
              return mastery ? [{key: entry.id, label: `${taskLabel(entry)}: ${entry.task.title}`, mastery}] : [];
            })}
          />
        </details>
      ))}
    </section>
  );
}

type Row = {readonly key: string; readonly label: string; readonly mastery: Mastery};

function MasteryTable({
  caption,
  rowHeader,
  rows,
}: {
  caption: string;
  rowHeader: string;
  rows: readonly Row[];
}): ReactNode {
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">Answered</th>
          <th scope="col">Learned</th>
          <th scope="col">Right</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({key, label, mastery}) => (
          <tr key={key} data-mastery-row={key}>
            <th scope="row">
              {label}
              <span className={styles.track} aria-hidden="true">
                <span className={styles.answered} style={{width: `${(mastery.answered / mastery.total) * 100}%`}} />
                <span className={styles.learned} style={{width: `${(mastery.learned / mastery.total) * 100}%`}} />
              </span>
            </th>
            <td>
              {mastery.answered} of {mastery.total}
            </td>
            <td>{mastery.learned}</td>
            <td>{mastery.answers === 0 ? '–' : percent(mastery.rightAnswers, mastery.answers)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
