import {startTransition, useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {useCodeWordWrap} from '@docusaurus/theme-common/internal';

/** What the theme's word-wrap button reads from the code block context. */
export type WordWrap = ReturnType<typeof useCodeWordWrap>;

/**
 * The word-wrap state the theme's button expects, measured without the
 * theme's hook. That hook measures every block in an effect and watches
 * for tabs through a helper whose first run builds an ICU collator, about
 * 45 ms on a phone; this site has no tabs. A ResizeObserver reports after
 * layout, so reading the widths in it forces no extra layout, and it
 * covers the first measurement, window resizes and late fonts alike.
 */
export function useWordWrap(): WordWrap {
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);

  useEffect(() => {
    const pre = codeBlockRef.current;
    if (!pre || typeof ResizeObserver === 'undefined') return undefined;
    // In a transition: the first report comes as the page hydrates, for every block at once, and an
    // ordinary update from an observer would re-render all of them in one task with nothing to yield to.
    const observer = new ResizeObserver(() => {
      const scrollable = pre.scrollWidth > pre.clientWidth;
      startTransition(() => setIsCodeScrollable(scrollable));
    });
    observer.observe(pre);
    return () => observer.disconnect();
  }, []);

  const toggle = useCallback(() => setIsEnabled((enabled) => !enabled), []);
  return useMemo(() => ({codeBlockRef, isEnabled, isCodeScrollable, toggle}), [isEnabled, isCodeScrollable, toggle]);
}
