import {type ReactNode, useEffect, useState} from 'react';
import PwaReloadPopup from '@theme-original/PwaReloadPopup';

type Props = {
  /** Activates the waiting service worker and reloads the page (from @docusaurus/plugin-pwa). */
  readonly onReload: () => void;
};

/** Waits until the status region is in the page, so that the message is announced. */
const ANNOUNCE_DELAY_MS = 300;

const MESSAGE =
  'A new version of these notes is available. Choose Refresh in the box at the end of the page to load it.';

/**
 * The plugin's "New version available" box, unchanged, plus what it lacks
 * for screen-reader users: the box appears without a sound, so a polite
 * status message says it is there. The region is rendered empty first and
 * filled a moment later, because a live region that arrives with its text
 * is often not read out. The box sits in a labelled region, so it can be
 * found from the landmarks list as well.
 */
export default function PwaReloadPopupWrapper(props: Props): ReactNode {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setMessage(MESSAGE), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <section aria-label="Site update" data-pwa-reload-popup="">
      <p role="status" className="visually-hidden">
        {message}
      </p>
      <PwaReloadPopup {...props} />
    </section>
  );
}
