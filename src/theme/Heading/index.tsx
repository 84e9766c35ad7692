import {
  Children,
  type ComponentProps,
  isValidElement,
  type ReactNode,
  startTransition,
  useEffect,
  useRef,
  useState,
} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import {headingText} from '@site/src/utils/sectionUrl';
import styles from './styles.module.css';

type Props = ComponentProps<typeof HeadingType>;
type Level = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
type TagProps = ComponentProps<Level>;

/** What a heading holds besides its words: the theme's "#" link and our slot. */
const NOT_HEADING_TEXT = '.hash-link, [data-copy-link-slot]';

/**
 * Adds a "copy link" button to every linkable heading (h2-h6 with an id).
 *
 * The theme's heading does the work (id, "#" link, broken-anchor check); we
 * only hand it the tag to render through `as`, a tag that puts our button
 * between the heading's words and the "#" link. That way
 * - the heading's children stay what the page wrote, so the "#" link keeps
 *   its "Direct link to <heading>" label;
 * - nothing is inserted between a heading and the paragraph after it;
 * - Tab reaches the button just before the "#" link, which stays the last
 *   stop in the heading.
 */
export default function HeadingWrapper(props: Props): ReactNode {
  const {as, id} = props;
  if (as === 'h1' || !id) return <Heading {...props} />;
  // `as` is typed as a tag name; the theme renders it as a component, which is what this is.
  return <Heading {...props} as={HEADINGS_WITH_COPY_LINK[as] as unknown as Level} />;
}

function withCopyLink(Tag: Level): (props: TagProps) => ReactNode {
  function HeadingWithCopyLink({children, ...rest}: TagProps): ReactNode {
    const parts = Children.toArray(children);
    const last = parts.at(-1);
    const hashLink =
      isValidElement<{className?: string}>(last) && last.props.className === 'hash-link' ? last : undefined;
    return (
      <Tag {...rest}>
        {hashLink ? parts.slice(0, -1) : parts}
        {rest.id && <CopyLinkSlot id={rest.id} />}
        {hashLink}
      </Tag>
    );
  }
  HeadingWithCopyLink.displayName = `HeadingWithCopyLink(${Tag})`;
  return HeadingWithCopyLink;
}

const HEADINGS_WITH_COPY_LINK: {readonly [Tag in Level]: (props: TagProps) => ReactNode} = {
  h2: withCopyLink('h2'),
  h3: withCopyLink('h3'),
  h4: withCopyLink('h4'),
  h5: withCopyLink('h5'),
  h6: withCopyLink('h6'),
};

/**
 * An empty span of the button's size in the built HTML, filled with the
 * button once the page runs. The empty span keeps the heading from moving
 * when the button arrives; leaving the button out of the HTML keeps its
 * label out of the search index, and away from readers without JavaScript,
 * who could not copy anyway.
 */
type SlotProps = {
  readonly id: string;
};

function CopyLinkSlot({id}: SlotProps): ReactNode {
  const slot = useRef<HTMLSpanElement>(null);
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const heading = slot.current?.parentElement;
    // In a transition, so React builds the page's buttons in slices rather than in one long task.
    if (heading) startTransition(() => setText(headingText(heading, NOT_HEADING_TEXT) || id));
  }, [id]);
  return (
    <span ref={slot} className={styles.slot} data-copy-link-slot="">
      {text !== null && <CopyLinkButton id={id} headingText={text} />}
    </span>
  );
}
