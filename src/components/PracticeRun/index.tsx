import {type ReactNode, useEffect, useRef, useState} from 'react';
import AnswerableQuestion from '@site/src/components/AnswerableQuestion';
import ReportMistake from '@site/src/components/ReportMistake';
import type {SessionLink} from '@site/src/practice/link';
import {recordAnswer} from '@site/src/practice/progressStore';
import {type Answer, type BankEntry, choiceOrder} from '@site/src/practice/session';
import {copyText} from '@site/src/utils/clipboard';
import styles from './styles.module.css';

type Props = {
  readonly bank: ReadonlyMap<string, BankEntry>;
  readonly link: SessionLink;
  readonly onFinish: (answers: readonly Answer[]) => void;
};

function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A session in progress: one question at a time, each answer saved as it is checked. */
export default function PracticeRun({bank, link, onFinish}: Props): ReactNode {
  const questionIds = link.questionIds.filter((id) => bank.has(id));
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Answer[]>([]);
  const [copied, setCopied] = useState<string>('');
  // A deadline, not a countdown: a tab in the background gets its timers slowed, never its time back.
  const [deadline] = useState<number | null>(() => (link.minutes ? Date.now() + link.minutes * 60_000 : null));
  const [now, setNow] = useState(() => Date.now());
  const answersRef = useRef(answers);
  answersRef.current = answers;

  const finish = (given: readonly Answer[]): void => {
    // Questions left unanswered count as missed in the score, but are not saved as misses.
    const answered = new Set(given.map((answer) => answer.questionId));
    onFinish([
      ...given,
      ...questionIds.filter((id) => !answered.has(id)).map((id) => ({questionId: id, chosen: null, correct: false})),
    ]);
  };

  useEffect(() => {
    if (deadline === null) return undefined;
    const timer = window.setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= deadline) {
        window.clearInterval(timer);
        finish(answersRef.current);
      }
    }, 1000);
    return () => window.clearInterval(timer);
    // finish reads the latest answers through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deadline]);

  const secondsLeft = deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000));

  const id = questionIds[index];
  const entry = id ? bank.get(id) : undefined;
  if (!id || !entry) return null;
  const answered = answers.some((answer) => answer.questionId === id);
  const last = index === questionIds.length - 1;

  async function copyLink(): Promise<void> {
    const ok = await copyText(window.location.href, undefined);
    setCopied(ok ? 'Link copied: paste it into your group’s chat.' : 'Could not copy; copy the address bar instead.');
  }

  return (
    <section aria-label="Practice session" className={styles.run}>
      <div className={styles.bar}>
        <progress max={questionIds.length} value={answers.length} aria-label="Questions answered">
          {answers.length} of {questionIds.length}
        </progress>
        {secondsLeft !== null && (
          <p className={styles.timer} role="timer" aria-label="Time left">
            {clock(secondsLeft)}
          </p>
        )}
        <button type="button" className="button button--sm button--secondary" onClick={() => void copyLink()}>
          Copy link for your group
        </button>
        <span role="status" className={styles.copied}>
          {copied}
        </span>
      </div>
      <AnswerableQuestion
        key={id}
        question={entry.question}
        order={choiceOrder(id, link.seed, entry.question.choices.length)}
        heading={`Question ${index + 1} of ${questionIds.length}`}
        focusOnMount={index > 0}
        onAnswer={(choice, correct) => {
          recordAnswer(id, correct);
          setAnswers((current) => [...current, {questionId: id, chosen: choice, correct}]);
        }}
        afterAnswer={
          <p className={styles.next}>
            <button
              type="button"
              className="button button--primary"
              onClick={() => (last ? finish(answersRef.current) : setIndex(index + 1))}>
              {last ? 'See your results' : 'Next question'}
            </button>
          </p>
        }
      />
      <ReportMistake
        subject={`in question ${index + 1}`}
        topicId={entry.question.topic}
        questionId={id}
        quote={entry.question.question}
      />
      {!answered && answers.length > 0 && (
        <p>
          <button type="button" className="button button--sm button--link" onClick={() => finish(answers)}>
            End the session now and see results
          </button>
        </p>
      )}
    </section>
  );
}
