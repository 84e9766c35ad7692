import type {ReactNode} from 'react';
import ExamVsToday from '@site/src/components/ExamVsToday';
import {EXAM_CHANGE_LIST} from '@site/src/data/facts';

/** Every exam-versus-today note of the site, in topic order, for the cheat sheet. */
export default function ExamVsTodayList(): ReactNode {
  return (
    // Each note is indexed on its topic page already; a second copy here would only crowd the results.
    <div data-exam-change-list="" data-search-ignore="">
      {EXAM_CHANGE_LIST.map(({id}) => (
        <ExamVsToday key={id} id={id} linkTopic />
      ))}
    </div>
  );
}
