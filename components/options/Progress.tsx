interface Props {
  label: string;
  done: number;
  total: number;
}

/** A labelled progress bar; indeterminate until the total is known. */
export function Progress({ label, done, total }: Props) {
  return total > 0 ? <progress aria-label={label} max={total} value={done} /> : <progress aria-label={label} />;
}
