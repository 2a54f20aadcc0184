export type TaskState = 'idle' | 'working' | 'done' | 'error';

interface Props {
  testId: string;
  state: TaskState;
  message: string;
}

/**
 * The status of a long task: a polite live region for progress and results, an alert for errors.
 * Both regions are always in the DOM so screen readers announce changes; `data-state` is a stable hook.
 */
export function StatusLine({ testId, state, message }: Props) {
  return (
    <div data-testid={testId} data-state={state}>
      <p class="status muted" role="status">
        {state === 'error' ? '' : message}
      </p>
      <p class="error" role="alert">
        {state === 'error' ? message : ''}
      </p>
    </div>
  );
}
