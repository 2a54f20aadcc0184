/** Median of a list of samples (the figure the bench reports), or null when there are none. */
export function median(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A measured figure: the median plus every sample, so noise is visible in results.json. */
export interface Figure {
  median: number | null;
  samples: number[];
}

export function figure(samples: readonly number[]): Figure {
  return { median: median(samples), samples: samples.map((s) => Math.round(s * 10) / 10) };
}
