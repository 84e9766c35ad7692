import type {ReactNode} from 'react';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {usePhoneMenuOpened} from './usePhoneMenuOpened';

/**
 * Builds the phone menu the first time the reader opens it. The theme
 * builds it as soon as the page knows it is on a phone, that is in the
 * render right after hydration, so every phone visit paid for a panel of
 * about 230 components and their elements (a long task on a phone-speed
 * CPU) for a menu most visits never open. Once built it stays, so it
 * slides as the theme intends from then on; src/css/custom.css gives the
 * first opening its slide too.
 */
export default function NavbarMobileSidebarWhenOpened(): ReactNode {
  return usePhoneMenuOpened() ? <NavbarMobileSidebar /> : null;
}
