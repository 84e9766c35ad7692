import {type CSSProperties, type ReactNode, useEffect, useRef, useState} from 'react';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import {diagramText} from '@site/src/diagrams/accessibility';
import {diagramKey, diagramSize} from '@site/src/diagrams/sizes';
import styles from './styles.module.css';

type Props = Parameters<typeof MermaidType>[0];

/** Start loading a diagram this far before it scrolls into view. */
const PRELOAD_MARGIN = '400px 0px';

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
  const [nearViewport, setNearViewport] = useState(false);

  useEffect(() => {
    const figure = figureRef.current;
    if (!figure) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNearViewport(true);
          observer.disconnect();
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
        {nearViewport && <Mermaid {...props} />}
      </div>
    </figure>
  );
}
