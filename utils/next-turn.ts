/**
 * Resolves on a later turn of the event loop, after pending events and a paint, so a long job done
 * in batches (an import, an export, a parse) leaves the page responsive and its progress bar moving.
 */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Resolves on the turn after the next paint: what the page shows now has reached the screen. */
export function afterPaint(): Promise<void> {
  return new Promise<void>((resolve) => requestAnimationFrame(() => void nextTurn().then(resolve)));
}
