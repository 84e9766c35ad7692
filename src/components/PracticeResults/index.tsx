import {type ReactNode, useEffect, useRef, useState} from 'react';
import {ChoiceReasons} from '@site/src/components/AnswerableQuestion';
import {getTopic} from '@site/src/data/lookup';
import {choiceLetter} from '@site/src/practice/letters';
import type {SessionLink} from '@site/src/practice/link';
import {percent, resultText} from '@site/src/practice/resultText';
import {type Answer, type BankEntry, choiceOrder, scoreByTopic} from '@site/src/practice/session';
import {copyText} from '@site/src/utils/clipboard';
import styles from './styles.module.css';

type Props = {
  readonly bank: ReadonlyMap<string, BankEntry>;
  readonly link: SessionLink;
  readonly answers: readonly Answer[];
  /** Starts another session: the missed questions again. */
  readonly onAgain: (link: SessionLink) => void;
  readonly onNew: () => void;
};

/** The end of a session: the score per topic, a result to share, and every question with its explanations. */
export default function PracticeResults({bank, link, answers, onAgain, onNew}: Props): ReactNode {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  const scores = scoreByTopic(bank, answers);
  const right = answers.filter((answer) => answer.correct).length;
  const missed = answers.filter((answer) => !answer.correct).map((answer) => answer.questionId);

  useEffect(() => headingRef.current?.focus(), []);

  async function copyResult(): Promise<void> {
    const text = resultText(scores, (topic) => getTopic(topic).shortName, window.location.href);
    setCopied(
      (await copyText(text, undefined)) ? 'Result copied, with the link to the same questions.' : 'Could not copy.',
    );
  }

  return (
    <section aria-labelledby="practice-results" data-practice-results>
      <h2 id="practice-results" ref={headingRef} tabIndex={-1}>
        {right} of {answers.length} right ({percent(right, answers.length)})
      </h2>
      <table className={styles.scores}>
        <caption>Score by topic</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Right</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {scores.map((score) => (
            <tr key={score.topic}>
              <th scope="row">{getTopic(score.topic).name}</th>
              <td>
                {score.right} of {score.asked}
              </td>
              <td>{percent(score.right, score.asked)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.buttons}>
        <button type="button" className="button button--primary" onClick={() => void copyResult()}>
          Copy result for your group
        </button>
        {missed.length > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onAgain({questionIds: missed, seed: link.seed})}>
            Practise the {missed.length} missed again
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onNew}>
          New session
        </button>
        <span role="status">{copied}</span>
      </p>
      <h3>Every question, with why</h3>
      <ol className={styles.review}>
        {answers.map((answer) => {
          const entry = bank.get(answer.questionId);
          if (!entry) return null;
          const order = choiceOrder(answer.questionId, link.seed, entry.question.choices.length);
          return (
            <li key={answer.questionId} data-review-question={answer.questionId}>
              <p className={styles.stem}>{entry.question.question}</p>
              <p className={answer.correct ? styles.right : styles.wrong}>
                {answer.chosen === null
                  ? 'Not answered.'
                  : `${answer.correct ? 'Right' : 'Wrong'}: you chose ${choiceLetter(order.indexOf(answer.chosen))}.`}
              </p>
              <ChoiceReasons question={entry.question} order={order} chosen={answer.chosen} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
