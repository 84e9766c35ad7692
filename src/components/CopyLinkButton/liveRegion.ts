/**
 * One polite status region for the whole page, shared by every copy button.
 * It is created before the first message (when a button mounts), because
 * screen readers announce changes to a live region that already exists, not
 * a region that arrives with its text.
 */
const REGION_ID = 'copy-link-status';

/** How long the region stays empty before the new message, so a repeated message is announced again. */
const RESET_DELAY_MS = 100;

export function ensureLiveRegion(): HTMLElement {
  const existing = document.getElementById(REGION_ID);
  if (existing) return existing;
  const region = document.createElement('div');
  region.id = REGION_ID;
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.className = 'visually-hidden';
  document.body.append(region);
  return region;
}

export function announce(message: string): void {
  const region = ensureLiveRegion();
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, RESET_DELAY_MS);
}
