import { useState } from 'preact/hooks';
import { touchLabel } from '@/components/popup/labels';
import { fromDateInputValue } from '@/components/panel/LastContactSection';
import { localDateString } from '@/utils/local-date';
import type { TouchInput } from '@/utils/db/touches';
import { formatDate, t } from '@/utils/i18n';
import { LIMITS } from '@/utils/limits';
import { TOUCH_KINDS, type Touch, type TouchKind } from '@/utils/model';
import { EARLIEST_TIME } from '@/utils/time-bounds';

const EARLIEST_DAY = localDateString(EARLIEST_TIME);

interface Props {
  touches: Touch[];
  busy: boolean;
  onAdd: (input: TouchInput) => Promise<boolean>;
  onUpdate: (id: number, input: TouchInput) => Promise<boolean>;
  onDelete: (id: number) => Promise<boolean>;
}

/** Kind, date and note of one touch; the date cannot be after today. */
function TouchForm({ initial, submitLabel, busy, onSubmit, onCancel }: { initial?: Touch; submitLabel: string; busy: boolean; onSubmit: (input: TouchInput) => Promise<boolean>; onCancel?: () => void }) {
  const today = localDateString(Date.now());
  const [kind, setKind] = useState<TouchKind>(initial?.kind ?? 'message');
  const [day, setDay] = useState(initial ? localDateString(initial.at) : today);
  const [note, setNote] = useState(initial?.note ?? '');
  const at = fromDateInputValue(day);
  const valid = at !== null && day <= today && day >= EARLIEST_DAY;
  const submit = async () => {
    if (!valid || busy) return;
    // A touch logged for today keeps the time of day, so two touches today stay in order.
    const when = day === today && !initial ? Date.now() : initial && day === localDateString(initial.at) ? initial.at : at!;
    const ok = await onSubmit({ kind, at: when, ...(note.trim() ? { note: note.trim() } : {}) });
    if (ok && !initial) setNote('');
  };
  return (
    <div class="touch-form editor" role="group" aria-label={submitLabel}>
      <div class="row">
        <label>
          {t('paneTouchKind')}{' '}
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as TouchKind)}>
            {TOUCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {touchLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('paneTouchDate')}{' '}
          <input type="date" value={day} min={EARLIEST_DAY} max={today} required onInput={(e) => setDay((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </div>
      <label class="touch-note">
        {t('paneTouchNote')}
        <input
          type="text"
          value={note}
          maxLength={LIMITS.touchNote}
          onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229) {
              e.preventDefault();
              void submit();
            }
          }}
        />
      </label>
      {!valid && (
        <p class="error" role="alert">
          {t('paneTouchBadDate')}
        </p>
      )}
      <div class="row">
        <button type="button" class="primary" disabled={busy || !valid} onClick={() => void submit()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('noteCancel')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The person's contact history, newest first: add, edit and delete, each re-dating last contact and next due. */
export function PersonPaneTouches({ touches, busy, onAdd, onUpdate, onDelete }: Props) {
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  return (
    <section aria-labelledby="pane-touches-heading" data-testid="pane-touches">
      <h3 id="pane-touches-heading">{t('personTouches')}</h3>
      <TouchForm submitLabel={t('paneTouchAdd')} busy={busy} onSubmit={onAdd} />
      {touches.length === 0 ? (
        <p class="muted">{t('personNoTouches')}</p>
      ) : (
        <ul class="touches">
          {touches.map((touch) => (
            <li key={touch.id} class="touch" data-testid="pane-touch">
              {editing === touch.id ? (
                <TouchForm
                  initial={touch}
                  submitLabel={t('paneTouchSave')}
                  busy={busy}
                  onSubmit={async (input) => {
                    const ok = await onUpdate(touch.id!, input);
                    if (ok) setEditing(null);
                    return ok;
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div class="row spread">
                  <span>
                    {formatDate(touch.at)} · {touchLabel(touch.kind)}
                    {touch.note && (
                      <>
                        {' · '}
                        <bdi class="touch-note-text">{touch.note}</bdi>
                      </>
                    )}
                  </span>
                  {confirming === touch.id ? (
                    <span class="row" role="group" aria-label={t('paneTouchDeleteConfirm')}>
                      <span class="muted">{t('paneTouchDeleteConfirm')}</span>
                      <button type="button" class="danger" disabled={busy} onClick={() => void onDelete(touch.id!).then(() => setConfirming(null))}>
                        {t('paneTouchDeleteYes')}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('noteCancel')}
                      </button>
                    </span>
                  ) : (
                    <span class="row">
                      <button type="button" class="link" aria-label={t('paneTouchEditOf', formatDate(touch.at), touchLabel(touch.kind))} onClick={() => setEditing(touch.id!)}>
                        {t('noteEdit')}
                      </button>
                      <button type="button" class="link" aria-label={t('paneTouchDeleteOf', formatDate(touch.at), touchLabel(touch.kind))} onClick={() => setConfirming(touch.id!)}>
                        {t('noteDelete')}
                      </button>
                    </span>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
