import { useState } from 'preact/hooks';
import { onTrusted } from '@/components/trusted-event';
import { formatDate, t } from '@/utils/i18n';
import { EARLIEST_TIME } from '@/utils/time-bounds';

/** The first day a last contact may be (time-bounds.ts), as `YYYY-MM-DD`. */
const EARLIEST_DAY = new Date(EARLIEST_TIME).toISOString().slice(0, 10);

interface Props {
  lastContactAt: number | null;
  busy: boolean;
  onSet: (at: number) => Promise<boolean>;
}

/** `YYYY-MM-DD` of a time in local time, as `<input type="date">` wants it. */
export function toDateInputValue(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local noon of a `YYYY-MM-DD` date: noon keeps the calendar day through any time-zone shift. */
export function fromDateInputValue(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime();
  return Number.isFinite(at) ? at : null;
}

/** Shows the last-contact date; "Today" or a picked date sets it (and records a touch). */
export function LastContactSection({ lastContactAt, busy, onSet }: Props) {
  const today = toDateInputValue(Date.now());
  const [picked, setPicked] = useState(lastContactAt ? toDateInputValue(lastContactAt) : today);
  const pickedAt = fromDateInputValue(picked);

  return (
    <section aria-labelledby="kk-last-heading">
      <h3 id="kk-last-heading">{t('lastContactHeading')}</h3>
      <p class="last-contact" data-testid="last-contact">
        {lastContactAt ? formatDate(lastContactAt) : t('lastContactNever')}
      </p>
      <div class="row">
        <button type="button" disabled={busy} onClick={onTrusted(() => void onSet(Date.now()))}>
          {t('lastContactToday')}
        </button>
        <input
          type="date"
          aria-label={t('lastContactPickLabel')}
          value={picked}
          min={EARLIEST_DAY}
          max={today}
          onInput={onTrusted((e) => setPicked(e.currentTarget.value))}
        />
        <button type="button" disabled={busy || pickedAt === null || picked > today || picked < EARLIEST_DAY} onClick={onTrusted(() => pickedAt !== null && void onSet(pickedAt))}>
          {t('lastContactSetButton')}
        </button>
      </div>
    </section>
  );
}
