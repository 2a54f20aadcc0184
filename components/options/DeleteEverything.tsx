import { useState } from 'preact/hooks';
import { deleteEverything } from '@/utils/db/delete';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';
import { describeError } from './data-messages';
import { pageDb } from './page-db';
import { StatusLine, type TaskState } from './StatusLine';

/**
 * "Delete everything": every table cleared, behind a typed confirmation in the user's language
 * (DELETE / 削除), and the badge cleared. There is no undo: the text says to export a backup first.
 */
export function DeleteEverything() {
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<TaskState>('idle');
  const [message, setMessage] = useState('');
  const word = t('deleteAllWord');
  const armed = typed.trim() === word && state !== 'working';

  const run = async () => {
    setState('working');
    try {
      await deleteEverything(pageDb());
      await send('badge:refresh', {}).catch(() => undefined);
      setTyped('');
      setMessage(t('deleteAllDone'));
      setState('done');
    } catch (error) {
      setMessage(t('deleteAllFailed', describeError(error)));
      setState('error');
    }
  };

  return (
    <section aria-labelledby="kk-delete-all">
      <h3 id="kk-delete-all">{t('deleteAllHeading')}</h3>
      <p class="muted" id="kk-delete-all-help">
        {t('deleteAllHelp', word)}
      </p>
      <form
        class="actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (armed) void run();
        }}
      >
        <label for="kk-delete-all-input">{t('deleteAllInputLabel', word)}</label>
        <input
          id="kk-delete-all-input"
          type="text"
          data-testid="delete-all-input"
          autocomplete="off"
          aria-describedby="kk-delete-all-help"
          value={typed}
          onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="delete-all" disabled={!armed}>
          {t('deleteAllButton')}
        </button>
      </form>
      <StatusLine testId="delete-all-status" state={state} message={message} />
    </section>
  );
}
