import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import AnswerableQuestion from '@site/src/components/AnswerableQuestion';
import ReportMistake from '@site/src/components/ReportMistake';
import {getTopic} from '@site/src/data/lookup';
import type {Question} from '@site/src/data/types';
import {usePracticeData} from '@site/src/practice/globalData';
import {recordAnswer} from '@site/src/practice/progressStore';
import {practiceRoute} from '@site/src/practice/routes';
import {SELF_CHECK_LENGTH} from './length';
import styles from './styles.module.css';

type Props = {
  readonly topic: string;
  /**
   * The topic's bank file, imported by the page itself
   * (`import questions from '@site/src/data/questions/lambda'`), so a page
   * carries its own questions and not the whole bank.
   */
  readonly questions: readonly Question[];
};

/** Every topic page puts its self-check under `## Self-check {#self-check}`, a published anchor. */
const SELF_CHECK_SECTION = 'self-check';

/**
 * The first questions of a topic's bank, at the end of its page. Answers
 * count towards the same progress and review schedule as practice sessions.
 */
export default function SelfCheck({topic, questions}: Props): ReactNode {
  const {id, shortName} = getTopic(topic);
  const shown = questions.slice(0, SELF_CHECK_LENGTH);
  // The practice page also has the cross-topic scenarios whose answer is this topic.
  const inBank = usePracticeData().questionsPerTopic[id] ?? questions.length;
  return (
    <>
      <ol className={styles.quiz} data-self-check={topic}>
        {shown.map((question, index) => (
          <li key={question.id} className={styles.question}>
            <AnswerableQuestion
              question={question}
              order={question.choices.map((_, choice) => choice)}
              onAnswer={(_, correct) => recordAnswer(`${topic}.${question.id}`, correct)}
              revealable
            />
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
      {inBank > shown.length && (
        <p>
          <Link to={practiceRoute({topics: [id]})}>
            Practise all {inBank} {shortName} questions
          </Link>
          , with the ones you miss brought back on a schedule.
        </p>
      )}
    </>
  );
}
