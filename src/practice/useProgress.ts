import {useEffect, useState} from 'react';
import {EMPTY_PROGRESS} from './progress';
import {type LoadedProgress, loadProgress, PROGRESS_EVENT, PROGRESS_KEY} from './progressStore';

/**
 * The saved progress, kept current: after every save on this page and after
 * a save in another tab. Empty during the server render and the first
 * paint, because storage exists only in the browser.
 */
export function useProgress(): LoadedProgress & {readonly loaded: boolean} {
  const [state, setState] = useState<LoadedProgress & {loaded: boolean}>({progress: EMPTY_PROGRESS, loaded: false});
  useEffect(() => {
    const refresh = (): void => setState({...loadProgress(), loaded: true});
    const onStorage = (event: StorageEvent): void => {
      if (event.key === null || event.key === PROGRESS_KEY) refresh();
    };
    refresh();
    window.addEventListener(PROGRESS_EVENT, refresh);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(PROGRESS_EVENT, refresh);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return state;
}
