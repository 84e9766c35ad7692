import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Button from '@theme/CodeBlock/Buttons/Button';
import IconWordWrap from '@theme/Icon/WordWrap';
import styles from './styles.module.css';

type Props = {
  readonly className?: string;
};

/**
 * The theme's word-wrap toggle, always rendered and `hidden` while the
 * block's lines fit. The theme's renders nothing until a block is found to
 * scroll, which adds a button to most blocks on a phone just after the
 * page hydrates; showing one already there is an attribute change, not a
 * new element. Like the group around it, it is pinned by the word-wrap
 * tests in e2e/lab.spec.ts.
 */
export default function WordWrapButton({className}: Props): ReactNode {
  const {wordWrap} = useCodeBlockContext();
  const title = translate({
    id: 'theme.CodeBlock.wordWrapToggle',
    message: 'Toggle word wrap',
    description: 'The title attribute for toggle word wrapping button of code block lines',
  });
  return (
    <Button
      onClick={() => wordWrap.toggle()}
      className={clsx(className, wordWrap.isEnabled && styles.enabled)}
      hidden={!wordWrap.isEnabled && !wordWrap.isCodeScrollable}
      aria-label={title}
      title={title}>
      <IconWordWrap className={styles.icon} aria-hidden="true" />
    </Button>
  );
}
