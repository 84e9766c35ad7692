import {Children, type ComponentProps, isValidElement, type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import {nodeText} from '@site/src/utils/nodeText';
import styles from './styles.module.css';

type Props = ComponentProps<typeof HeadingType>;
type Level = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
type TagProps = ComponentProps<Level>;

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
    const words = hashLink ? parts.slice(0, -1) : parts;
    return (
      <Tag {...rest}>
        {words}
        {rest.id && <CopyLinkSlot id={rest.id} words={words} />}
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
 * The button's place in the heading. The button is in the built HTML, so
 * hydration adds nothing to the page, but hidden until the page runs
 * (`data-needs-js`, src/css/custom.css): readers without JavaScript could
 * not copy with it. Its name is the heading's words as the page wrote
 * them, read without the DOM so the server can render it too.
 */
type SlotProps = {
  readonly id: string;
  readonly words: readonly ReactNode[];
};

function CopyLinkSlot({id, words}: SlotProps): ReactNode {
  return (
    <span className={styles.slot} data-copy-link-slot="" data-needs-js="">
      <CopyLinkButton id={id} headingText={nodeText(words) || id} />
    </span>
  );
}
