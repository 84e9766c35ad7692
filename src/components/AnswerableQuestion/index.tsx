import {type FormEvent, type ReactNode, useEffect, useId, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import type {Question} from '@site/src/data/types';
import {choiceLetter} from '@site/src/practice/letters';
import styles from './styles.module.css';

type Props = {
  readonly question: Question;
  /** The order to show the choices in, as indexes into `question.choices`. */
  readonly order: readonly number[];
  /** Called once, when the reader checks an answer. */
  readonly onAnswer: (choice: number, correct: boolean) => void;
  /** Text before the stem that screen readers hear first, e.g. "Question 3 of 20". */
  readonly heading?: ReactNode;
  /** Moves focus to the question when it appears (the practice page's next question). */
  readonly focusOnMount?: boolean;
  /** Shown under the feedback once answered, e.g. the Next button. */
  readonly afterAnswer?: ReactNode;
  /** Adds "Show the answer", which works without JavaScript (topic pages). */
  readonly revealable?: boolean;
};

/**
 * One exam-style question: pick a choice, check it, then read why each
 * choice is right or wrong. Checking is a separate step because arrow keys
 * move through radio buttons, and a keyboard user must not answer by
 * passing over a choice.
 */
export default function AnswerableQuestion({
  question,
  order,
  onAnswer,
  heading,
  focusOnMount,
  afterAnswer,
  revealable,
}: Props): ReactNode {
  const name = useId();
  const [selected, setSelected] = useState<number | null>(null);
  const [checked, setChecked] = useState<number | null>(null);
  const [unselectedHint, setUnselectedHint] = useState(false);
  const headingRef = useRef<HTMLSpanElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    if (checked !== null) feedbackRef.current?.focus();
  }, [checked]);

  function check(event: FormEvent): void {
    event.preventDefault();
    if (checked !== null) return;
    if (selected === null) {
      setUnselectedHint(true);
      return;
    }
    setChecked(selected);
    onAnswer(selected, question.choices[selected]?.correct ?? false);
  }

  const rightIndex = question.choices.findIndex((choice) => choice.correct);
  const rightPosition = order.indexOf(rightIndex);
  const answeredRight = checked !== null && checked === rightIndex;

  return (
    <form className={styles.question} onSubmit={check} data-question={question.id}>
      <fieldset className={styles.fieldset} disabled={checked !== null}>
        <legend className={styles.legend}>
          {heading && (
            <span ref={headingRef} tabIndex={-1} className={styles.heading}>
              {heading}
            </span>
          )}
          {question.question}
        </legend>
        {order.map((index, position) => {
          const choice = question.choices[index];
          if (!choice) return null;
          return (
            <label key={index} className={styles.choice}>
              <input
                type="radio"
                name={name}
                value={index}
                checked={selected === index}
                onChange={() => {
                  setSelected(index);
                  setUnselectedHint(false);
                }}
              />
              <span>
                <span className={styles.letter}>{choiceLetter(position)}.</span> {choice.text}
              </span>
            </label>
          );
        })}
      </fieldset>
      {checked === null && (
        <p className={styles.actions}>
          <button type="submit" className="button button--primary">
            Check answer
          </button>
          {unselectedHint && (
            <span role="alert" className={styles.hint}>
              Choose an answer first.
            </span>
          )}
        </p>
      )}
      {checked === null && revealable && (
        // Left out of the search index: answers are not what a search should turn up.
        <details className={styles.details} data-search-ignore="">
          <summary>Show the answer</summary>
          <ChoiceReasons question={question} order={order} chosen={null} />
        </details>
      )}
      {checked !== null && (
        <div ref={feedbackRef} tabIndex={-1} className={styles.feedback} role="status">
          <p className={answeredRight ? styles.right : styles.wrong}>
            <strong>
              {answeredRight
                ? 'Correct.'
                : `Not quite. The answer is ${choiceLetter(rightPosition)}: ${question.choices[rightIndex]?.text ?? ''}`}
            </strong>
          </p>
          <ChoiceReasons question={question} order={order} chosen={checked} />
          {afterAnswer}
        </div>
      )}
    </form>
  );
}

type ReasonsProps = {
  readonly question: Question;
  readonly order: readonly number[];
  /** The reader's choice, marked as theirs; null when they only looked. */
  readonly chosen: number | null;
};

/** Why each choice is right or wrong, then where to read more: after an answer, and in a session's review. */
export function ChoiceReasons({question, order, chosen}: ReasonsProps): ReactNode {
  return (
    <>
      <ul className={styles.reasons}>
        {order.map((index, position) => {
          const choice = question.choices[index];
          if (!choice) return null;
          return (
            <li key={index} className={choice.correct ? styles.rightReason : undefined}>
              <strong>
                {choiceLetter(position)}. {choice.correct ? 'Right' : 'Wrong'}
                {index === chosen ? ' (your answer)' : ''}:
              </strong>{' '}
              {choice.text}. <span className={styles.why}>{choice.why}</span>
            </li>
          );
        })}
      </ul>
      <p className={styles.links}>
        <Link to={question.learnMore}>Read the section that teaches it</Link>
        {' · '}
        <a href={question.source.url} target="_blank" rel="noopener noreferrer">
          Source: {question.source.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </>
  );
}
