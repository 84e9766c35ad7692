import {type ReactNode, useState} from 'react';
import Link from '@docusaurus/Link';
import {getQuiz} from '@site/src/data/lookup';
import type {QuizQuestion} from '@site/src/data/types';
import ReportMistake from '@site/src/components/ReportMistake';
import styles from './styles.module.css';

type Props = {
  readonly topic: string;
};

/** Every topic page puts its self-check under `## Self-check {#self-check}`, a published anchor. */
const SELF_CHECK_SECTION = 'self-check';

/** Exam-style questions at the end of a topic page. */
export default function SelfCheck({topic}: Props): ReactNode {
  return (
    <ol className={styles.quiz} data-self-check={topic}>
      {getQuiz(topic).map((question, index) => (
        <li key={question.id} className={styles.question}>
          <Question topic={topic} question={question} />
          {/* Named by its number, the one the reader sees; the report carries the stable id. */}
          <ReportMistake
            subject={`in question ${index + 1}`}
            sectionId={SELF_CHECK_SECTION}
            topicId={topic}
            questionId={question.id}
            quote={question.question}
          />
        </li>
      ))}
    </ol>
  );
}

type QuestionProps = {
  readonly topic: string;
  readonly question: QuizQuestion;
};

function Question({topic, question}: QuestionProps): ReactNode {
  const [chosen, setChosen] = useState<string | null>(null);
  const answer = question.choices.find((choice) => choice.correct);
  const chosenChoice = question.choices.find((choice) => choice.text === chosen);
  const inputName = `${topic}-${question.id}`;

  return (
    <>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{question.question}</legend>
        {question.choices.map((choice) => (
          <label key={choice.text} className={styles.choice}>
            <input
              type="radio"
              name={inputName}
              value={choice.text}
              checked={chosen === choice.text}
              onChange={() => setChosen(choice.text)}
            />{' '}
            {choice.text}
          </label>
        ))}
      </fieldset>
      {/* Announced when a choice is made; empty until then. */}
      <div role="status" className={styles.feedback}>
        {chosenChoice && (
          <p className={chosenChoice.correct ? styles.correct : styles.incorrect}>
            <strong>{chosenChoice.correct ? 'Correct.' : `Not quite. The answer is: ${answer?.text ?? ''}`}</strong>{' '}
            {question.explanation} <Link to={question.learnMore}>Read the section</Link>
          </p>
        )}
      </div>
      {/* Works without JavaScript, and for readers who just want the answer. */}
      {!chosenChoice && (
        <details className={styles.details}>
          <summary>Show the answer</summary>
          <p>
            <strong>{answer?.text}</strong> {question.explanation} <Link to={question.learnMore}>Read the section</Link>
          </p>
        </details>
      )}
    </>
  );
}
