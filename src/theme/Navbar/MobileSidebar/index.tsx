import {type ReactNode, useEffect, useState} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';

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
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (shown) setOpened(true);
  }, [shown]);
  return opened || shown ? <NavbarMobileSidebar /> : null;
}
