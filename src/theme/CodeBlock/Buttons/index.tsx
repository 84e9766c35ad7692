import type {ReactNode} from 'react';
import clsx from 'clsx';
import CopyButton from '@theme/CodeBlock/Buttons/CopyButton';
import WordWrapButton from '@theme/CodeBlock/Buttons/WordWrapButton';
import styles from './styles.module.css';

type Props = {
  readonly className?: string;
};

/**
 * The theme's copy and word-wrap buttons, written into the built HTML.
 * The theme leaves them out of the HTML and adds them when the browser
 * takes over; on a phone those additions, 13 button groups on the lab
 * page, cost more than the rest of hydration. Here hydration finds them
 * in place, hidden until it has run (`data-needs-js`, src/css/custom.css),
 * so readers without JavaScript never see buttons that could not work.
 *
 * The theme does not list this component as safe to eject; what it relies
 * on (the code block context the buttons read) is pinned by the copy and
 * word-wrap tests in e2e/lab.spec.ts.
 */
export default function CodeBlockButtons({className}: Props): ReactNode {
  return (
    <div className={clsx(className, styles.buttonGroup)} data-needs-js="">
      <WordWrapButton />
      <CopyButton />
    </div>
  );
}
