import {type ReactNode, startTransition, useEffect, useMemo, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import MasteryReport from '@site/src/components/MasteryReport';
import PracticeResults from '@site/src/components/PracticeResults';
import PracticeRun from '@site/src/components/PracticeRun';
import PracticeSetup from '@site/src/components/PracticeSetup';
import ProgressFiles from '@site/src/components/ProgressFiles';
import {decodeSessionLink, encodeSessionLink, type SessionLink} from '@site/src/practice/link';
import {type LoadedBank, loadBank} from '@site/src/practice/loadBank';
import {QUESTION_BANK_FILE} from '@site/src/practice/routes';
import type {Answer} from '@site/src/practice/session';
import {useProgress} from '@site/src/practice/useProgress';
import styles from './styles.module.css';

type Stage =
  | {readonly kind: 'setup'}
  | {readonly kind: 'shared'; readonly link: SessionLink}
  | {readonly kind: 'running'; readonly link: SessionLink}
  | {readonly kind: 'done'; readonly link: SessionLink; readonly answers: readonly Answer[]};

/**
 * The practice page: choose a session (or open one from a shared link),
 * answer one question at a time, then see the score by topic and every
 * explanation. The current session is always in the address bar, so
 * copying the address shares the same questions in the same order.
 */
export default function Practice(): ReactNode {
  const bankUrl = useBaseUrl(QUESTION_BANK_FILE);
  const location = useLocation();
  const history = useHistory();
  const {progress, notice} = useProgress();
  const [bank, setBank] = useState<LoadedBank | null>(null);
  const [bankProblem, setBankProblem] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({kind: 'setup'});
  const [linkProblems, setLinkProblems] = useState<readonly string[]>([]);

  useEffect(() => {
    // A transition: React renders the progress tables in slices, so the page stays responsive meanwhile.
    loadBank(bankUrl).then(
      (loaded) => startTransition(() => setBank(loaded)),
      (error: unknown) => setBankProblem(error instanceof Error ? error.message : String(error)),
    );
  }, [bankUrl]);

  // A link opened from a chat: read it once the bank is here to check its ids against.
  useEffect(() => {
    if (!bank) return;
    const decoded = decodeSessionLink(location.search, new Set(bank.byId.keys()));
    setLinkProblems(decoded.problems);
    if (decoded.link) setStage({kind: 'shared', link: decoded.link});
    // Only the address the page was opened with; later changes are the page's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bank]);

  const preset = useMemo(() => new URLSearchParams(location.search), [location.search]);

  function start(link: SessionLink): void {
    history.replace({search: encodeSessionLink(link)});
    setLinkProblems([]);
    setStage({kind: 'running', link});
  }

  if (bankProblem) {
    return (
      <p role="alert" className={styles.problem}>
        The question bank could not be loaded ({bankProblem}). If you are offline, open this page once while online so
        the offline copy can keep it; the self-checks on each topic page work without it.
      </p>
    );
  }
  return (
    <div className={styles.practice} data-practice={stage.kind}>
      {notice && (
        <p role="alert" className={styles.problem}>
          {notice}
        </p>
      )}
      {linkProblems.length > 0 && (
        <div role="alert" className={styles.problem} data-link-problems>
          <p>This session link was not entirely readable:</p>
          <ul>
            {linkProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {stage.kind === 'setup' && (
        <>
          {/* Without JavaScript the form is there but cannot start. */}
          <noscript>
            <p className={styles.problem}>
              Practice sessions need JavaScript. Without it, the self-check at the end of each topic page shows its
              answers and explanations, and the Anki deck below works in Anki.
            </p>
          </noscript>
          <PracticeSetup bank={bank?.entries ?? null} progress={progress} preset={preset} onStart={start} />
          {/* Below the form, so their arrival moves nothing on the first screen. */}
          {bank && <MasteryReport bank={bank.entries} progress={progress} />}
          {bank && <ProgressFiles progress={progress} bank={bank.byId} />}
        </>
      )}
      {stage.kind === 'shared' && (
        <section aria-labelledby="shared-session" className={styles.shared}>
          <h2 id="shared-session">A shared session</h2>
          <p>
            This link holds {stage.link.questionIds.length} questions
            {stage.link.minutes
              ? `, with a limit of ${stage.link.minutes} minute${stage.link.minutes === 1 ? '' : 's'}`
              : ''}
            . Everyone who opens it gets the same questions in the same order.
          </p>
          <p className={styles.buttons}>
            <button type="button" className="button button--primary" onClick={() => start(stage.link)}>
              Start the session
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                history.replace({search: ''});
                setLinkProblems([]);
                setStage({kind: 'setup'});
              }}>
              Choose my own instead
            </button>
          </p>
        </section>
      )}
      {stage.kind === 'running' && bank && (
        <PracticeRun
          key={encodeSessionLink(stage.link)}
          bank={bank.byId}
          link={stage.link}
          onFinish={(answers) => setStage({kind: 'done', link: stage.link, answers})}
        />
      )}
      {stage.kind === 'done' && bank && (
        <PracticeResults
          bank={bank.byId}
          link={stage.link}
          answers={stage.answers}
          onAgain={start}
          onNew={() => {
            history.replace({search: ''});
            setStage({kind: 'setup'});
          }}
        />
      )}
    </div>
  );
}
