import {type FormEvent, type ReactNode, useId, useState} from 'react';
import {EXAM_LIST} from '@site/src/data/exams';
import {isTopicId} from '@site/src/data/lookup';
import {TOPIC_LIST} from '@site/src/data/topics';
import {EXAM_IDS, type ExamId, type TopicId} from '@site/src/data/types';
import type {SessionLink} from '@site/src/practice/link';
import type {Progress} from '@site/src/practice/progress';
import {newSeed} from '@site/src/practice/random';
import {DAYS_UNTIL_DUE, localDay} from '@site/src/practice/schedule';
import {usePracticeData} from '@site/src/practice/globalData';
import {type BankEntry, dueQuestions, pickQuestions} from '@site/src/practice/session';
import styles from './styles.module.css';

/** Session lengths offered: a quick round, a longer one, and the real exam's question count. */
const LENGTHS = [10, 20, 65] as const;
/** Minutes per question for the optional timer; the associate exams allow about two. */
const PACES = [0, 1, 2] as const;

type Props = {
  /** Null until the bank has arrived: the form shows at once (its counts are build-time data), Start waits. */
  readonly bank: readonly BankEntry[] | null;
  readonly progress: Progress;
  /** The address's query: `exam` and `topics` preset the form (links from topic pages). */
  readonly preset: URLSearchParams;
  readonly onStart: (link: SessionLink) => void;
};

function presetExam(preset: URLSearchParams): ExamId | undefined {
  const exam = preset.get('exam');
  return (EXAM_IDS as readonly string[]).includes(exam ?? '') ? (exam as ExamId) : undefined;
}

function presetTopics(preset: URLSearchParams): TopicId[] {
  return (preset.get('topics') ?? '').split(',').filter(isTopicId);
}

export default function PracticeSetup({bank, progress, preset, onStart}: Props): ReactNode {
  const formId = useId();
  const [exam, setExam] = useState<ExamId | undefined>(() => presetExam(preset));
  const [topics, setTopics] = useState<TopicId[]>(() => presetTopics(preset));
  const [length, setLength] = useState<number>(LENGTHS[0]);
  const [pace, setPace] = useState<number>(0);

  const {questionsPerTopic, questionsPerExamTopic} = usePracticeData();
  const countFor = (topic: TopicId): number => (exam ? questionsPerExamTopic[exam] : questionsPerTopic)?.[topic] ?? 0;
  const filter = {exam, topics};
  const available = (topics.length > 0 ? topics : TOPIC_LIST.map((topic) => topic.id)).reduce(
    (sum, topic) => sum + countFor(topic),
    0,
  );
  const count = Math.min(length, available);
  const due = bank ? dueQuestions(bank, progress, localDay()) : [];

  function toggleTopic(topic: TopicId): void {
    setTopics((current) => (current.includes(topic) ? current.filter((item) => item !== topic) : [...current, topic]));
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!bank) return;
    const seed = newSeed();
    const questionIds = pickQuestions(bank, filter, length, seed);
    if (questionIds.length === 0) return;
    onStart({questionIds, seed, ...(pace > 0 ? {minutes: questionIds.length * pace} : {})});
  }

  return (
    <>
      <section aria-labelledby={`${formId}-review`} className={styles.review}>
        <h2 id={`${formId}-review`}>Review</h2>
        {due.length > 0 ? (
          <p>
            {due.length} question{due.length === 1 ? ' is' : 's are'} due again.{' '}
            <button
              type="button"
              className="button button--primary"
              onClick={() => onStart({questionIds: due.slice(0, LENGTHS[2]), seed: newSeed()})}>
              Review {Math.min(due.length, LENGTHS[2])} due question{due.length === 1 ? '' : 's'}
            </button>
          </p>
        ) : (
          <p>
            Nothing is due. A question you miss comes back here the same day; each time you get it right, it comes back
            later: after {DAYS_UNTIL_DUE.slice(1).join(', ')} days.
          </p>
        )}
      </section>
      <section aria-labelledby={`${formId}-new`}>
        <h2 id={`${formId}-new`}>New session</h2>
        <form onSubmit={submit} className={styles.form}>
          <fieldset className={styles.group}>
            <legend>Exam</legend>
            <label className={styles.option}>
              <input type="radio" name="exam" checked={exam === undefined} onChange={() => setExam(undefined)} /> Any
              exam
            </label>
            {EXAM_LIST.map((guide) => (
              <label key={guide.id} className={styles.option}>
                <input type="radio" name="exam" checked={exam === guide.id} onChange={() => setExam(guide.id)} />{' '}
                {guide.code} <span className={styles.muted}>({guide.name})</span>
              </label>
            ))}
          </fieldset>
          <fieldset className={styles.group}>
            <legend>Topics (none ticked means all)</legend>
            <div className={styles.topics}>
              {TOPIC_LIST.map((topic) => {
                const inTopic = countFor(topic.id);
                return (
                  <label key={topic.id} className={styles.option}>
                    <input
                      type="checkbox"
                      checked={topics.includes(topic.id)}
                      onChange={() => toggleTopic(topic.id)}
                      disabled={inTopic === 0 && !topics.includes(topic.id)}
                    />{' '}
                    {topic.shortName} <span className={styles.muted}>({inTopic})</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          <fieldset className={styles.group}>
            <legend>Length</legend>
            {LENGTHS.map((option) => (
              <label key={option} className={styles.option}>
                <input type="radio" name="length" checked={length === option} onChange={() => setLength(option)} />{' '}
                {option} questions
              </label>
            ))}
          </fieldset>
          <fieldset className={styles.group}>
            <legend>Time limit</legend>
            {PACES.map((option) => (
              <label key={option} className={styles.option}>
                <input type="radio" name="pace" checked={pace === option} onChange={() => setPace(option)} />{' '}
                {option === 0 ? 'None' : `${option} minute${option === 1 ? '' : 's'} a question`}
              </label>
            ))}
          </fieldset>
          <p className={styles.summary} aria-live="polite">
            {available === 0
              ? 'No question matches this exam and these topics.'
              : `${count} question${count === 1 ? '' : 's'}${count < length ? ` (all that match)` : ''}${pace > 0 ? `, ${count * pace} minutes` : ''}.`}
          </p>
          <button type="submit" className="button button--primary" disabled={available === 0 || !bank}>
            {bank ? 'Start' : 'Loading the questions…'}
          </button>
        </form>
      </section>
    </>
  );
}
