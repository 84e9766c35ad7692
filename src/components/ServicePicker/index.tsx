import {type ReactNode, useId, useRef} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {TOPICS} from '@site/src/data/topics';
import type {TopicId} from '@site/src/data/types';
import {
  type Answers,
  type Question,
  QUESTIONS,
  QUESTION_IDS,
  answeredCount,
  isOptionValue,
  withAnswer,
} from '@site/src/picker/questions';
import {type PickedService, type Recommendation, recommend} from '@site/src/picker/recommend';
import {decodeAnswers, encodeAnswers} from '@site/src/picker/urlState';
import styles from './styles.module.css';

/**
 * "Which compute service?": radio questions about a workload and the
 * service that fits it. The URL is the only state: each answer rewrites the
 * query string (`?code=container&...`) and the answers are read back from
 * the location on every render, so a shared link, a reload, and back or
 * forward to this page all show the same answers. Decisions live in
 * src/picker/recommend.ts.
 *
 * Answers replace the current history entry instead of pushing one: on a
 * PUSH without a hash, Docusaurus treats the change as a new page and moves
 * focus to its skip-to-content region at the top, which would throw a
 * keyboard user out of the radio group and scroll the page up on every
 * answer (and arrow keys would add an entry per key press).
 */
export default function ServicePicker(): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const questionsRef = useRef<HTMLDivElement>(null);
  // The server-rendered HTML has no query string; the first client render
  // matches it, then the answers in the URL appear.
  const answers: Answers = isBrowser ? decodeAnswers(location.search) : {};

  const show = (next: Answers): void => {
    // Same path and hash, new query, REPLACE: Docusaurus keeps the scroll position and the focus.
    history.replace({pathname: location.pathname, search: encodeAnswers(next), hash: location.hash});
  };

  const choose = (change: (current: Answers) => Answers): void => {
    // history.location is updated at once, while the rendered location waits for
    // Docusaurus to preload the route: two quick answers must not lose the first.
    show(change(decodeAnswers(history.location.search)));
  };

  const startOver = (): void => {
    show({});
    questionsRef.current?.querySelector('input')?.focus();
  };

  return (
    <div className={styles.picker} data-picker>
      <div ref={questionsRef} className={styles.questions}>
        {QUESTIONS.map((question) => (
          <QuestionFieldset
            key={question.id}
            question={question}
            chosen={answers[question.id]}
            onChoose={(value) => {
              if (isOptionValue(question.id, value)) choose((current) => withAnswer(current, question.id, value));
            }}
          />
        ))}
        {isBrowser && answeredCount(answers) > 0 && (
          <p>
            <button type="button" className="button button--secondary button--sm" onClick={startOver}>
              Start over
            </button>
          </p>
        )}
      </div>
      <Result isBrowser={isBrowser} recommendation={recommend(answers)} answered={answeredCount(answers)} />
    </div>
  );
}

type QuestionFieldsetProps = {
  readonly question: Question;
  readonly chosen: string | undefined;
  readonly onChoose: (value: string) => void;
};

function QuestionFieldset({question, chosen, onChoose}: QuestionFieldsetProps): ReactNode {
  const idPrefix = useId();
  return (
    <fieldset className={styles.fieldset} data-question={question.id}>
      <legend className={styles.legend}>{question.legend}</legend>
      <div className={styles.options}>
        {question.options.map((option) => {
          const inputId = `${idPrefix}-${option.value}`;
          return (
            <div key={option.value} className={styles.option}>
              <input
                type="radio"
                id={inputId}
                className={styles.radio}
                name={`picker-${question.id}`}
                value={option.value}
                checked={chosen === option.value}
                onChange={() => onChoose(option.value)}
                aria-describedby={`${inputId}-hint`}
              />
              <label htmlFor={inputId} className={styles.label}>
                {option.label}
              </label>
              <span id={`${inputId}-hint`} className={styles.hint}>
                {option.hint}
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

type ResultProps = {
  readonly isBrowser: boolean;
  readonly recommendation: Recommendation;
  readonly answered: number;
};

function Result({isBrowser, recommendation, answered}: ResultProps): ReactNode {
  const headingId = useId();
  const ready = isBrowser && recommendation.status === 'ready' ? recommendation : undefined;
  return (
    <section className={styles.result} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.resultTitle}>
        Recommendation
      </h3>
      <div
        aria-live="polite"
        data-picker-result
        data-recommendation={ready?.best.service}
        data-runner-up={ready?.runnerUp?.service}>
        {!isBrowser && (
          <p>
            The recommendation appears here once the page&apos;s JavaScript has loaded. Without it, the questions still
            work as a checklist: compare your answers with the table in the cheat sheet.
          </p>
        )}
        {isBrowser && recommendation.status === 'incomplete' && (
          <p>
            Answer{' '}
            {recommendation.needed.map((id, index) => (
              <span key={id}>
                {index > 0 && ' or '}
                <q>{QUESTIONS.find((question) => question.id === id)?.legend}</q>
              </span>
            ))}{' '}
            to see the service that fits.
          </p>
        )}
        {ready && (
          <>
            <p className={styles.kicker}>Best fit</p>
            <p className={styles.best}>{ready.best.label}</p>
            <Reasons pick={ready.best} />
            {ready.best.cautions.length > 0 && (
              <>
                <p className={styles.kicker}>Keep in mind</p>
                <ul className={styles.reasons}>
                  {ready.best.cautions.map((caution) => (
                    <li key={caution}>{caution}</li>
                  ))}
                </ul>
              </>
            )}
            <PageLinks pages={ready.best.pages} />
            {ready.runnerUp && (
              <div className={styles.runnerUp}>
                <p className={styles.kicker}>Runner-up</p>
                <p className={styles.runnerUpName}>{ready.runnerUp.label}</p>
                <Reasons pick={ready.runnerUp} limit={1} />
                <PageLinks pages={ready.runnerUp.pages} />
              </div>
            )}
            {ready.seeAlso.map(({topic, reason}) => (
              <p key={topic} className={styles.note}>
                {reason} <Link to={TOPICS[topic].path}>Read about {TOPICS[topic].shortName}</Link>
              </p>
            ))}
            {ready.ruledOut.length > 0 && (
              <details className={styles.ruledOut}>
                <summary>Ruled out ({ready.ruledOut.length})</summary>
                <ul>
                  {ready.ruledOut.map(({service, label, reason}) => (
                    <li key={service}>
                      <strong>{label}:</strong> {reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {ready.unanswered.length > 0 && (
              <p className={styles.note}>
                Based on {answered} of {QUESTION_IDS.length} answers; the rest may change the pick.
              </p>
            )}
          </>
        )}
      </div>
      <p className={styles.cheatSheet}>
        Every service side by side: <Link to="/cheat-sheet">the cheat sheet</Link>.
      </p>
    </section>
  );
}

type ReasonsProps = {
  readonly pick: PickedService;
  readonly limit?: number;
};

function Reasons({pick, limit}: ReasonsProps): ReactNode {
  return (
    <ul className={styles.reasons}>
      {pick.reasons.slice(0, limit).map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

type PageLinksProps = {
  readonly pages: readonly TopicId[];
};

function PageLinks({pages}: PageLinksProps): ReactNode {
  return (
    <ul className={styles.pages} aria-label="Read more">
      {pages.map((id) => (
        <li key={id}>
          <Link to={TOPICS[id].path} className={styles.pageLink}>
            {TOPICS[id].name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
