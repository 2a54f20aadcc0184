/**
 * True when Ctrl/Cmd+Enter should submit. Enter that confirms a Japanese IME conversion arrives
 * with `isComposing` (or keyCode 229 in older Chromium/Safari) and must never submit.
 */
export function isSubmitShortcut(event: KeyboardEvent): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}
