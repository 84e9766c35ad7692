import {type ComponentProps, type ReactNode, startTransition, useEffect, useState} from 'react';
import Buttons from '@theme-original/CodeBlock/Buttons';
import type ButtonsType from '@theme/CodeBlock/Buttons';

type Props = ComponentProps<typeof ButtonsType>;

/**
 * The theme's copy and word-wrap buttons, added in a transition after the
 * page hydrates. The theme adds them when the browser takes over, in the
 * same synchronous render as every other browser-only part of the page: on
 * the lab page that one render built 13 button groups and 20 heading
 * buttons, with their SVG icons, in a single task of about 240 ms on a
 * phone-speed CPU. A transition lets React build them in slices.
 */
export default function ButtonsWrapper(props: Props): ReactNode {
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  return mounted ? <Buttons {...props} /> : null;
}
