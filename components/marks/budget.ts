/**
 * How long one slice of inline-mark work may run before it yields to the next frame: well under
 * the 50 ms of a long task, and under half a 60 Hz frame. No imports: the e2e reads it too.
 */
export const SLICE_BUDGET_MS = 8;
