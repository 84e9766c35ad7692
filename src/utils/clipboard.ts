/**
 * Copies text to the clipboard. The asynchronous Clipboard API needs a secure
 * context and may be refused (permissions, an embedding iframe), so a hidden
 * textarea and the older `copy` command are the fallback. Resolves to whether
 * either worked.
 */
export async function copyText(text: string, fallbackClassName: string | undefined): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused: try the fallback below.
    }
  }
  return copyWithSelection(text, fallbackClassName);
}

function copyWithSelection(text: string, className: string | undefined): boolean {
  // Selecting the textarea moves focus; the button that asked must keep it.
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  if (className) area.className = className;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previousFocus?.focus();
  return copied;
}
