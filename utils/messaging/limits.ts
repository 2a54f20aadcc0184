/** Length limits enforced on every incoming message (and by the UI before sending). */
export const LIMITS = {
  handle: 100,
  name: 200,
  headline: 2000,
  company: 200,
  location: 200,
  url: 2000,
  noteBody: 10_000,
  touchNote: 2000,
  listLimit: 500,
  tag: 40,
  tags: 20,
  /** Distinct people one page may list (a 1,000-post feed has fewer). */
  pageHandles: 2000,
} as const;
