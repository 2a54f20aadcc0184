/**
 * Resolves on a later turn of the event loop, after pending events and a paint, so a long job done
 * in batches (an import, an export, a parse) leaves the page responsive and its progress bar moving.
 */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
