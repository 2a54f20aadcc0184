import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sentErrorText } from '@/components/message-error-text';
import type { ContactView } from '@/utils/db/contacts';
import { send } from '@/utils/messaging/client';
import type { ProfileKey } from '@/utils/model';

/** A view the caller loaded before rendering (start-panel.tsx), so the first render already shows it. */
export interface InitialView {
  key: ProfileKey;
  view: ContactView;
}

export interface ContactState {
  view: ContactView | null;
  error: string | null;
  /** Runs a write, then reloads the view; returns false (and sets `error`) when it failed. */
  run: (write: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  /** Loads the view again (after a visit that may have re-keyed the record). */
  reload: () => Promise<void>;
}

/**
 * Loads what is stored about one person and reloads after every write. The panel is keyed by
 * the person, so a reply that arrives after navigation lands in an unmounted hook and is dropped.
 */
export function useContact(profileKey: ProfileKey, initial?: InitialView | null): ContactState {
  const given = initial && initial.key.site === profileKey.site && initial.key.handle === profileKey.handle ? initial.view : null;
  const [view, setView] = useState<ContactView | null>(given);
  // Effects run after a paint, and a page that is still parsing may not paint for a long while:
  // a view given up front is shown by the first render, without waiting for the first load.
  const skipFirstLoad = useRef(given !== null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alive = useRef(true);

  const reload = useCallback(async () => {
    const next = await send('contact:get', { key: profileKey });
    if (alive.current) setView(next);
  }, [profileKey.site, profileKey.handle]);

  useEffect(() => {
    alive.current = true;
    if (skipFirstLoad.current) skipFirstLoad.current = false;
    else reload().catch((e: unknown) => alive.current && setError(sentErrorText(e)));
    return () => {
      alive.current = false;
    };
  }, [reload]);

  const run = useCallback(
    async (write: () => Promise<unknown>) => {
      setBusy(true);
      try {
        await write();
        if (alive.current) setError(null);
        await reload();
        return true;
      } catch (e) {
        if (alive.current) setError(sentErrorText(e));
        return false;
      } finally {
        if (alive.current) setBusy(false);
      }
    },
    [reload],
  );

  return { view, error, run, busy, reload };
}
