import type { UndoSnapshot } from '@/utils/db/undo';

/** The People page's last bulk action or delete: what it said, and what undo puts back. */
export interface LastAction {
  message: string;
  affected: number;
  undo: UndoSnapshot;
}
