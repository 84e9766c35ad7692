import {type ComponentProps, memo, type ReactNode} from 'react';
import DocSidebarMobile from '@theme-original/DocSidebar/Mobile';
import type DocSidebarMobileType from '@theme/DocSidebar/Mobile';
import {usePhoneMenuOpened} from '../../Navbar/MobileSidebar/usePhoneMenuOpened';

type Props = ComponentProps<typeof DocSidebarMobileType>;

/**
 * Hands the docs sidebar to the phone menu when the reader first opens that
 * menu, not while the page hydrates. The theme registers it through a hook
 * that sorts its props with localeCompare, which creates the page's first
 * collator: about 20 ms of main thread (80 ms on a phone-speed CPU) in the
 * middle of hydration on every phone, for a menu most visits never open.
 */
function DocSidebarMobileWhenOpened(props: Props): ReactNode {
  return usePhoneMenuOpened() ? <DocSidebarMobile {...props} /> : null;
}

export default memo(DocSidebarMobileWhenOpened);
