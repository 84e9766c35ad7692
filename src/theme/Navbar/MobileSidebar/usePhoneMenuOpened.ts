import {useEffect, useState} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

/**
 * Whether the phone menu is open now or has been opened before in this
 * visit. What the menu holds is built the first time it opens, not while
 * the page hydrates, and then stays, so later openings find it in place.
 */
export function usePhoneMenuOpened(): boolean {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (shown) setOpened(true);
  }, [shown]);
  return opened || shown;
}
