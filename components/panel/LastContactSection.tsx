import { useEffect, useState } from 'preact/hooks';
import { onTrusted } from '@/components/trusted-event';
import { TouchKindPicker } from '@/components/touch-kinds';
import { formatDate, t } from '@/utils/i18n';
import { LIMITS } from '@/utils/limits';
import { localDateString } from '@/utils/local-date';
import type { TouchKind } from '@/utils/model';
import { EARLIEST_TIME } from '@/utils/time-bounds';

/** The first day a last contact may be (time-bounds.ts), as `YYYY-MM-DD`. */
const EARLIEST_DAY = new Date(EARLIEST_TIME).toISOString().slice(0, 10);

interface Props {
  lastContactAt: number | null;
  /** The kind of the user's last logged touch: picked at first. */
  lastTouchKind: TouchKind;
  busy: boolean;
  /** Logs a touch of `kind` now; resolves true when saved. */
  onTouch: (kind: TouchKind, note: string) => Promise<boolean>;
  /** Corrects the last-contact date (no touch is recorded). */
  onCorrect: (at: number) => Promise<boolean>;
}

/** Local noon of a `YYYY-MM-DD` date: noon keeps the calendar day through any time-zone shift. */
export function fromDateInputValue(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime();
  return Number.isFinite(at) ? at : null;
}

/**
 * The last-contact date; logging a touch of a kind picked in one click (the last one used comes
 * first); and correcting the date by hand, which is not a touch (DESIGN.md, "Data").
 */
export function LastContactSection({ lastContactAt, lastTouchKind, busy, onTouch, onCorrect }: Props) {
  const today = localDateString(Date.now());
  const [kind, setKind] = useState<TouchKind>(lastTouchKind);
  const [note, setNote] = useState('');
  const [picked, setPicked] = useState(lastContactAt ? localDateString(lastContactAt) : today);
  const pickedAt = fromDateInputValue(picked);
  // Follow the stored values after a save, without remounting (which would drop keyboard focus).
  useEffect(() => setKind(lastTouchKind), [lastTouchKind]);
  useEffect(() => setPicked(lastContactAt ? localDateString(lastContactAt) : localDateString(Date.now())), [lastContactAt]);

  return (
    <section aria-labelledby="kk-last-heading">
      <h3 id="kk-last-heading">{t('lastContactHeading')}</h3>
      <p class="last-contact" data-testid="last-contact">
        {lastContactAt ? formatDate(lastContactAt) : t('lastContactNever')}
      </p>
      <div class="editor">
        <TouchKindPicker name="kk-touch-kind" legend={t('touchKindLabel')} value={kind} onChange={setKind} disabled={busy} />
        <input type="text" aria-label={t('touchNoteLabel')} placeholder={t('touchNoteLabel')} value={note} maxLength={LIMITS.touchNote} onInput={onTrusted((e) => setNote(e.currentTarget.value))} />
        <div class="row">
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={onTrusted(() =>
              void onTouch(kind, note).then((ok) => {
                if (ok) setNote('');
              }),
            )}
          >
            {t('touchLog')}
          </button>
        </div>
      </div>
      <div class="row">
        <input
          type="date"
          aria-label={t('lastContactPickLabel')}
          aria-describedby="kk-correct-hint"
          value={picked}
          min={EARLIEST_DAY}
          max={today}
          onInput={onTrusted((e) => setPicked(e.currentTarget.value))}
        />
        <button type="button" disabled={busy || pickedAt === null || picked > today || picked < EARLIEST_DAY} onClick={onTrusted(() => pickedAt !== null && void onCorrect(pickedAt))}>
          {t('lastContactSetButton')}
        </button>
      </div>
      <p class="muted" id="kk-correct-hint">
        {t('recordCorrectionHint')}
      </p>
    </section>
  );
}
