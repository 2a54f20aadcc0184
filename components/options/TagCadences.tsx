import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/components/error-message';
import { listTags } from '@/utils/db/tags';
import { t, tp } from '@/utils/i18n';
import { BOUNDS, LIMITS } from '@/utils/limits';
import { send } from '@/utils/messaging/client';
import type { Settings } from '@/utils/model';
import { pageDb } from './page-db';

const { min, max } = BOUNDS.tagCadenceDays;

const validDays = (days: number) => Number.isInteger(days) && days >= min && days <= max;

/**
 * Per-tag default cadences ("mentor" every 30 days). A person without a cadence of their own
 * follows the shortest of their tags', else the default; the background re-dates everyone with a
 * changed tag when this is saved.
 */
export function TagCadences() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [known, setKnown] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [days, setDays] = useState('30');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('settings:get', {}).then(setSettings, (e: unknown) => setError(errorMessage(e)));
    listTags(pageDb()).then(setKnown, () => setKnown([]));
  }, []);

  if (!settings) return null;
  const entries = Object.entries(settings.tagCadences).sort(([a], [b]) => a.localeCompare(b));

  const save = async (tagCadences: Record<string, number>): Promise<boolean> => {
    try {
      const next = await send('settings:save', { patch: { tagCadences } });
      setSettings(next);
      setError(null);
      setStatus(t('paneTagCadenceSaved'));
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };

  const add = async () => {
    const name = tag.trim().replace(/\s+/g, ' ');
    const n = Number(days);
    if (!name) return setError(t('paneTagCadenceNoTag'));
    if (name.length > LIMITS.tag) return setError(tp('paneTagTooLong', LIMITS.tag, LIMITS.tag));
    if (!validDays(n)) return setError(t('paneTagCadenceBadDays', min, max));
    if (!Object.hasOwn(settings.tagCadences, name) && entries.length >= LIMITS.tagCadences) return setError(tp('paneTagCadenceTooMany', LIMITS.tagCadences, LIMITS.tagCadences));
    if (await save({ ...settings.tagCadences, [name]: n })) setTag('');
  };

  return (
    <section aria-labelledby="kk-tag-cadences">
      <h2 id="kk-tag-cadences">{t('paneTagCadenceHeading')}</h2>
      <p class="muted">{t('paneTagCadenceHelp')}</p>
      {entries.length > 0 && (
        <ul class="tag-cadences" data-testid="tag-cadences">
          {entries.map(([name, value]) => (
            <li key={name} class="row">
              <bdi class="tag">{name}</bdi>
              <span>{tp('paneEveryDays', value, value)}</span>
              <button type="button" onClick={() => void save(Object.fromEntries(entries.filter(([other]) => other !== name)))} aria-label={t('paneTagCadenceRemove', name)}>
                {t('noteDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row tag-cadence-add">
        <label>
          {t('paneTagCadenceTag')}{' '}
          <input type="text" list="kk-known-tags" data-testid="tag-cadence-tag" value={tag} maxLength={LIMITS.tag} onInput={(e) => setTag(e.currentTarget.value)} />
        </label>
        <datalist id="kk-known-tags">
          {known.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <label>
          {t('paneTagCadenceDays')}{' '}
          <input type="number" data-testid="tag-cadence-days" min={min} max={max} step={1} value={days} onInput={(e) => setDays(e.currentTarget.value)} />
        </label>
        <button type="button" data-testid="tag-cadence-add" onClick={() => void add()}>
          {t('paneTagCadenceAdd')}
        </button>
      </div>
      <p class="status muted" role="status" data-testid="tag-cadence-status">
        {status}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
