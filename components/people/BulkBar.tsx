import { useState } from 'preact/hooks';
import { errorMessage } from '@/components/error-message';
import { downloadBlob } from '@/components/options/download';
import { industryName } from '@/components/popup/labels';
import { runBulk, type BulkAction } from '@/utils/db/bulk';
import { readVCardPeople } from '@/utils/db/export-vcard';
import type { KakehashiDb } from '@/utils/db/schema';
import { restoreSnapshot } from '@/utils/db/undo';
import { CADENCE_OPTIONS } from '@/utils/domain/cadence';
import { INDUSTRIES } from '@/utils/domain/industries';
import { formatCount, keyFor, t, tp } from '@/utils/i18n';
import { vcardFile, vcardFileName } from '@/utils/io/vcard';
import { LIMITS } from '@/utils/limits';
import { send } from '@/utils/messaging/client';
import type { ContactId } from '@/utils/model';
import type { LastAction } from './last-action';

const CHOICES = ['add-tag', 'remove-tag', 'set-industry', 'set-cadence', 'set-region', 'snooze-week', 'snooze-month', 'reminders-off', 'delete'] as const;
type Choice = (typeof CHOICES)[number];

const choiceLabel = (c: Choice) => (c === 'set-region' ? t('pbench_bulkActionSetRegion') : t(keyFor('bulkAction_', c)));

/** The pages' badge follows writes made here (the background refreshes it on this message). */
export const refreshBadge = () => send('badge:refresh', {}).catch(() => undefined);

function actionOf(choice: Choice, tag: string, industry: string, cadence: string, region: string): BulkAction {
  switch (choice) {
    case 'add-tag':
    case 'remove-tag':
      return { kind: choice, tag };
    case 'set-industry':
      return { kind: 'set-industry', industry: industry || null };
    case 'set-cadence':
      return { kind: 'set-cadence', cadenceDays: CADENCE_OPTIONS.find((o) => o.id === cadence)?.cadenceDays ?? null };
    case 'set-region':
      return { kind: 'set-region', region: region.trim() || null };
    case 'snooze-week':
      return { kind: 'snooze', length: 'week' };
    case 'snooze-month':
      return { kind: 'snooze', length: 'month' };
    case 'reminders-off':
      return { kind: 'reminders-off' };
    case 'delete':
      return { kind: 'delete' };
  }
}

export interface BulkBarProps {
  db: KakehashiDb;
  /** The people the list shows now (search and filters applied), or null while it loads. */
  shown: readonly ContactId[] | null;
  selected: ReadonlySet<ContactId>;
  /** Regions typed before, for the region field's suggestions. */
  knownRegions: readonly string[];
  onSelectAll: () => void;
  onClear: () => void;
  last: LastAction | null;
  setLast: (last: LastAction | null) => void;
  /** Something was written: the list reloads. */
  onChanged: () => void;
}

/**
 * Bulk actions on the selection, or on everyone shown when no one is selected. The button says how
 * many people it will change before it runs; delete asks first. The last action can be undone.
 */
export function BulkBar({ db, shown, selected, knownRegions, onSelectAll, onClear, last, setLast, onChanged }: BulkBarProps) {
  const [choice, setChoice] = useState<Choice>('add-tag');
  const [tag, setTag] = useState('');
  const [industry, setIndustry] = useState('');
  const [cadence, setCadence] = useState('default');
  const [region, setRegion] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const targets: ContactId[] = selected.size ? [...selected] : [...(shown ?? [])];
  const n = targets.length;

  const apply = async () => {
    if ((choice === 'add-tag' || choice === 'remove-tag') && !tag.trim()) {
      setMessage({ text: t('bulkTagMissing'), error: true });
      return;
    }
    if (choice === 'delete' && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setBusy(true);
    setMessage({ text: t('bulkWorking'), error: false });
    try {
      const result = await runBulk(db, targets, actionOf(choice, tag, industry, cadence, region), Date.now());
      const done = choice === 'delete' ? tp('bulkDeleted', result.affected, formatCount(result.affected)) : tp('bulkDone', result.affected, formatCount(result.affected));
      const text = result.skipped ? `${done} ${tp('bulkSkipped', result.skipped, formatCount(result.skipped))}` : done;
      setMessage(null);
      setLast({ message: text, affected: result.affected, undo: result.undo });
      if (choice === 'delete') onClear();
      void refreshBadge();
      onChanged();
    } catch (e) {
      setMessage({ text: t('bulkFailed', errorMessage(e)), error: true });
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!last) return;
    setBusy(true);
    try {
      await restoreSnapshot(db, last.undo);
      setLast(null);
      setMessage({ text: tp('bulkUndone', last.undo.contacts.length, formatCount(last.undo.contacts.length)), error: false });
      void refreshBadge();
      onChanged();
    } catch (e) {
      setMessage({ text: t('bulkFailed', errorMessage(e)), error: true });
    } finally {
      setBusy(false);
    }
  };

  const exportVcard = async () => {
    setBusy(true);
    try {
      const people = await readVCardPeople(db, targets);
      const name = vcardFileName(Date.now());
      downloadBlob(new Blob([vcardFile(people)], { type: 'text/vcard;charset=utf-8' }), name);
      setMessage({ text: tp('bulkVcardDone', people.length, formatCount(people.length), name), error: false });
    } catch (e) {
      setMessage({ text: t('bulkFailed', errorMessage(e)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="bulk-bar" role="group" aria-label={t('bulkToolbarLabel')} data-testid="bulk-bar">
      <span data-testid="bulk-selected" data-count={selected.size}>
        {selected.size ? tp('bulkSelected', selected.size, formatCount(selected.size)) : t('bulkNoneSelected')}
      </span>
      <button type="button" data-testid="bulk-select-all" disabled={!shown?.length || busy} onClick={onSelectAll}>
        {tp('bulkSelectAll', shown?.length ?? 0, formatCount(shown?.length ?? 0))}
      </button>
      {selected.size > 0 && (
        <button type="button" data-testid="bulk-clear" onClick={onClear}>
          {t('bulkClear')}
        </button>
      )}
      <label for="bulk-action">{t('bulkActionLabel')}</label>
      <select
        id="bulk-action"
        data-testid="bulk-action"
        value={choice}
        onChange={(e) => {
          setChoice((e.currentTarget as HTMLSelectElement).value as Choice);
          setConfirming(false);
        }}
      >
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {choiceLabel(c)}
          </option>
        ))}
      </select>
      {(choice === 'add-tag' || choice === 'remove-tag') && (
        <>
          <label for="bulk-tag">{t('bulkTagLabel')}</label>
          <input id="bulk-tag" data-testid="bulk-tag" type="text" maxLength={LIMITS.tag} value={tag} onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)} />
        </>
      )}
      {choice === 'set-industry' && (
        <>
          <label for="bulk-industry">{t('bulkIndustryLabel')}</label>
          <select id="bulk-industry" data-testid="bulk-industry" value={industry} onChange={(e) => setIndustry((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{industryName(null)}</option>
            {INDUSTRIES.map((i) => (
              <option key={i.id} value={i.id}>
                {industryName(i.id)}
              </option>
            ))}
          </select>
        </>
      )}
      {choice === 'set-cadence' && (
        <>
          <label for="bulk-cadence">{t('bulkCadenceLabel')}</label>
          <select id="bulk-cadence" data-testid="bulk-cadence" value={cadence} onChange={(e) => setCadence((e.currentTarget as HTMLSelectElement).value)}>
            {CADENCE_OPTIONS.map((o) => (
              <option key={o.id} value={o.id}>
                {o.id === 'default' ? t('paneFilterCadenceDefault') : t(keyFor('cadence_', o.id))}
              </option>
            ))}
          </select>
        </>
      )}
      {choice === 'set-region' && (
        <>
          <label for="bulk-region">{t('pbench_bulkRegionLabel')}</label>
          <input
            id="bulk-region"
            data-testid="bulk-region"
            type="text"
            list="bulk-region-known"
            autocomplete="off"
            maxLength={LIMITS.region}
            value={region}
            aria-describedby="bulk-region-hint"
            onInput={(e) => setRegion((e.currentTarget as HTMLInputElement).value)}
          />
          <datalist id="bulk-region-known">
            {knownRegions.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          <span class="muted" id="bulk-region-hint">
            {t('pbench_bulkRegionHint')}
          </span>
        </>
      )}
      <button type="button" data-testid="bulk-apply" data-count={n} disabled={!n || busy} onClick={() => void apply()}>
        {tp('bulkApply', n, formatCount(n))}
      </button>
      <button type="button" data-testid="bulk-vcard" disabled={!n || busy} onClick={() => void exportVcard()}>
        {tp('bulkVcard', n, formatCount(n))}
      </button>
      {confirming && (
        <span role="alert" class="confirm">
          {tp('bulkConfirmDelete', n, formatCount(n))}{' '}
          <button type="button" data-testid="bulk-confirm" onClick={() => void apply()}>
            {t('bulkConfirmYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('bulkConfirmNo')}
          </button>
        </span>
      )}
      <span role="status" data-testid="bulk-status" data-state={message?.error ? 'error' : last ? 'done' : 'idle'} class={message?.error ? 'error' : undefined}>
        {message?.text ?? last?.message ?? ''}
      </span>
      {last && !busy && (
        <button type="button" data-testid="bulk-undo" onClick={() => void undo()}>
          {t('bulkUndo')}
        </button>
      )}
    </div>
  );
}
