import {type CSSProperties, type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {CodeBlockContextProvider, type CodeBlockMetadata} from '@docusaurus/theme-common/internal';
import type {Props as ThemeProps} from '@theme/CodeBlock';
import Buttons from '@theme/CodeBlock/Buttons';
import {codeText} from './codeText';
import styles from './styles.module.css';
import {useWordWrap} from './useWordWrap';

type Props = ThemeProps & {
  /** The lines as highlighted at build time (src/plugins/codeBlocks/shiki.ts). */
  readonly html?: string;
  /** The block's colours in both modes, from the same place. */
  readonly style?: CSSProperties;
};

/**
 * Replaces the theme's CodeBlock (safe to eject), whose highlighter would
 * bring Prism into every page's JavaScript. Fenced blocks arrive highlighted
 * as one HTML string, shown as it is; anything else (a `<CodeBlock>` written
 * in MDX, say) is shown as plain text. The copy button and word-wrap toggle
 * are the theme's (they read the code block context); the frame copies its.
 */
export default function CodeBlock({children, className, title, html, style}: Props): ReactNode {
  const wordWrap = useWordWrap();
  const metadata = useMemo((): CodeBlockMetadata => {
    const code = html !== undefined ? codeText(html) : typeof children === 'string' ? children : '';
    return {
      codeInput: code,
      code,
      className: className ?? '',
      language: className?.replace(/^language-/, '') ?? 'text',
      title,
      lineNumbersStart: undefined,
      lineClassNames: {},
    };
  }, [children, className, html, title]);
  const lines = clsx(styles.codeBlockLines, wordWrap.isEnabled && styles.wrapped);

  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <div className={clsx(ThemeClassNames.common.codeBlock, styles.codeBlockContainer, className)} style={style}>
        {title && <div className={styles.codeBlockTitle}>{title}</div>}
        <div className={styles.codeBlockContent}>
          {/* Focusable so keyboard users can scroll long lines. */}
          <pre ref={wordWrap.codeBlockRef} tabIndex={0} className={clsx(styles.codeBlock, 'thin-scrollbar')}>
            {html === undefined ? (
              <code className={lines}>{children}</code>
            ) : (
              // eslint-disable-next-line react/no-danger -- written at build time by Shiki, which escapes the code
              <code className={lines} dangerouslySetInnerHTML={{__html: html}} />
            )}
          </pre>
          <Buttons />
        </div>
      </div>
    </CodeBlockContextProvider>
  );
}
