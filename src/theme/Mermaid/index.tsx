import {type CSSProperties, type ReactNode, useEffect, useRef, useState} from 'react';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import {diagramText} from '@site/src/diagrams/accessibility';
import {diagramKey, diagramSize} from '@site/src/diagrams/sizes';
import styles from './styles.module.css';

type Props = Parameters<typeof MermaidType>[0];

/** Start loading a diagram this far before it scrolls into view. */
const PRELOAD_MARGIN = '400px 0px';

let mermaidEvaluated: Promise<void> | null = null;

/**
 * Loads and evaluates Mermaid, then lets the browser run other tasks
 * before any diagram is configured and drawn. The theme's renderer does
 * all three in one go, and with Mermaid's size that made one task of
 * about 300 ms on a phone-speed CPU; in two tasks the page answers input
 * in between. The theme's own import then finds the module ready. If the
 * import fails, the theme's renderer tries again and shows its error.
 */
function evaluateMermaid(): Promise<void> {
  mermaidEvaluated ??= import('mermaid').then(
    () => new Promise((resolve) => setTimeout(resolve, 0)),
    () => undefined,
  );
  return mermaidEvaluated;
}

/**
 * Wraps the theme's Mermaid renderer so that a diagram
 * - reserves its measured size before it renders (no layout shift),
 * - shows its accessible title and description as text until then, and
 *   for readers without JavaScript,
 * - loads Mermaid only when it comes near the viewport.
 */
export default function MermaidWrapper(props: Props): ReactNode {
  const {value} = props;
  const {title, description} = diagramText(value);
  const size = diagramSize(value);
  const figureRef = useRef<HTMLElement>(null);
  const [mermaidReady, setMermaidReady] = useState(false);

  useEffect(() => {
    const figure = figureRef.current;
    if (!figure) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          void evaluateMermaid().then(() => setMermaidReady(true));
        }
      },
      {rootMargin: PRELOAD_MARGIN},
    );
    observer.observe(figure);
    return () => observer.disconnect();
  }, []);

  // The measured size becomes the box's aspect ratio and largest width.
  const reserved: CSSProperties | undefined = size && {
    aspectRatio: `${size.width} / ${size.height}`,
    maxWidth: `${size.width}px`,
  };

  return (
    <figure ref={figureRef} className={styles.figure} data-diagram={diagramKey(value)}>
      <div className={size ? styles.sizedFrame : styles.frame} style={reserved}>
        <div className={styles.fallback}>
          <p className={styles.fallbackTitle}>{title}</p>
          <p>{description}</p>
        </div>
        {mermaidReady && <Mermaid {...props} />}
      </div>
    </figure>
  );
}
