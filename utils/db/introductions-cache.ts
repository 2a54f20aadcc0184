/**
 * The introductions' cache (schema version 9): the engine's last result (introductions.ts), kept
 * with the stamp of the data it was computed from, so Insights shows suggestions at once and the
 * engine (seconds at 100,000 contacts) runs again, in a worker, only after the book changed.
 *
 * Why its own stamp rather than the popup's (popup-home.ts): the engine reads contacts (tags,
 * headline, industry, region), notes and touch notes, nothing else. The popup's stamp also changes
 * with every suggestion shown, setting saved and introduction decision, and each would cost a full
 * recompute. This DBCore middleware writes a fresh random stamp in the same transaction as any write
 * to those three stores (the first one of the transaction), so no write path can forget it and a
 * write that aborts takes its stamp with it. Settings the engine reads (hometown, current city) are
 * kept in the cached row and compared on read; decisions are applied on read.
 */
import { stampMiddleware } from './stamp-middleware';
import type { IntroductionSuggestion } from '../domain/introductions';

export const INTRO_CACHE_TABLE = 'introductionCache';
export const INTRO_CACHE_STORE = 'key';

/** The stores the engine reads: a write to any of them makes the cached result stale. */
const ENGINE_INPUTS: ReadonlySet<string> = new Set(['contacts', 'notes', 'touches']);

/** Replaced by every write transaction to the engine's inputs. */
export interface IntroStampRow {
  key: 'stamp';
  stamp: string;
}

/** The engine's last result and what it was computed from. */
export interface IntroResultRow {
  key: 'result';
  /** The stamp current when the computation started (null: no write since the table was created). */
  stamp: string | null;
  hometown: string | null;
  currentCity: string | null;
  computedAt: number;
  /** Best first; pairs skipped or introduced before the computation left out, snoozed ones kept. */
  suggestions: IntroductionSuggestion[];
  /** The engine stopped at the limit (there may be more to find once some are decided on). */
  full: boolean;
}

export type IntroCacheRow = IntroStampRow | IntroResultRow;

/** Stamps every write of the engine's inputs; `openDb` installs it. */
export const introStampMiddleware = stampMiddleware('kakehashi-intro-stamp', INTRO_CACHE_TABLE, (store) => ENGINE_INPUTS.has(store));
