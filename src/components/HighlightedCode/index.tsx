import {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {CodeBlockContextProvider, type CodeBlockMetadata} from '@docusaurus/theme-common/internal';
import Buttons from '@theme/CodeBlock/Buttons';
import Container from '@theme/CodeBlock/Container';
import {codeTextOfHtml} from '@site/src/utils/codeHtml';
import styles from './styles.module.css';
import {useWordWrap} from './useWordWrap';

type Props = {
  readonly language: string;
  readonly title?: string;
  /** The code, highlighted at build time by src/plugins/codeHighlighting. */
  readonly html: string;
};

/**
 * A fenced code block whose tokens were coloured at build time. It keeps
 * the classic theme's frame, copy button and word-wrap toggle (they read
 * the code block context), and shows the HTML as it is: React has one
 * element to hydrate per block, whatever the length of the code.
 */
export default function HighlightedCode({language, title, html}: Props): ReactNode {
  const wordWrap = useWordWrap();
  const metadata = useMemo((): CodeBlockMetadata => {
    const code = codeTextOfHtml(html);
    return {
      codeInput: code,
      code,
      className: `language-${language}`,
      language,
      title,
      lineNumbersStart: undefined,
      lineClassNames: {},
    };
  }, [html, language, title]);

  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <Container as="div" className={metadata.className}>
        {title && <div className={styles.codeBlockTitle}>{title}</div>}
        <div className={styles.codeBlockContent}>
          {/* Focusable so keyboard users can scroll long lines. */}
          <pre ref={wordWrap.codeBlockRef} tabIndex={0} className={clsx(styles.codeBlock, 'thin-scrollbar')}>
            <code
              className={clsx(styles.codeBlockLines, wordWrap.isEnabled && styles.wrapped)}
              // eslint-disable-next-line react/no-danger -- written at build time from our own escaped code
              dangerouslySetInnerHTML={{__html: html}}
            />
          </pre>
          <Buttons />
        </div>
      </Container>
    </CodeBlockContextProvider>
  );
}
