import { useState } from 'preact/hooks';
import { onTrusted } from '@/components/trusted-event';
import { CADENCE_OPTIONS } from '@/utils/domain/cadence';
import { INDUSTRIES } from '@/utils/domain/industries';
import { industryMessageKey } from '@/utils/domain/reason-messages';
import { formatDate, t, tp, type MessageKey } from '@/utils/i18n';
import { LIMITS } from '@/utils/limits';
import type { ContactPatch } from '@/utils/db/engagement';
import { TOUCH_KINDS, type Contact, type TouchKind } from '@/utils/model';

interface Props {
  contact: Contact | null;
  displayName: string;
  defaultCadenceDays: number;
  busy: boolean;
  onUpdate: (patch: ContactPatch) => Promise<boolean>;
  onTouch: (kind: TouchKind, note: string) => Promise<boolean>;
}

const label = (key: string, ...subs: Array<string | number>) => t(key as MessageKey, ...subs);

/** Industry (auto until the user picks one), keep-in-touch cadence, and logging a touch. */
export function EngagementSection({ contact, displayName, defaultCadenceDays, busy, onUpdate, onTouch }: Props) {
  const [kind, setKind] = useState<TouchKind>('message');
  const [note, setNote] = useState('');
  const cadenceValue = contact?.cadenceDays === null || contact?.cadenceDays === undefined ? '' : String(contact.cadenceDays);

  return (
    <section aria-labelledby="kk-engage-heading">
      <h3 id="kk-engage-heading">{t('industryHeading')}</h3>
      <div class="row">
        <select
          aria-label={t('industryLabel', displayName)}
          value={contact?.industry ?? ''}
          disabled={busy}
          onChange={onTrusted((e) => void onUpdate({ industry: e.currentTarget.value || null }))}
        >
          <option value="">{t('industryUnknown')}</option>
          {INDUSTRIES.map((i) => (
            <option key={i.id} value={i.id}>
              {label(industryMessageKey(i.id))}
            </option>
          ))}
        </select>
        {contact?.industry && contact.industrySource === 'auto' && (
          <span class="chip" data-testid="industry-auto">
            {t('industryAuto')}
          </span>
        )}
      </div>
      <h3>{t('cadenceHeading')}</h3>
      <div class="row">
        <select
          aria-label={t('cadenceLabel')}
          value={cadenceValue}
          disabled={busy}
          onChange={onTrusted((e) => void onUpdate({ cadenceDays: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) }))}
        >
          {CADENCE_OPTIONS.map((o) => (
            <option key={o.id} value={o.cadenceDays === null ? '' : String(o.cadenceDays)}>
              {o.id === 'default' ? tp('nu_cadenceDefault', defaultCadenceDays, defaultCadenceDays) : label(`cadence_${o.id}`)}
            </option>
          ))}
        </select>
        {contact?.nextDueAt != null && <span class="muted">{t('nextDue', formatDate(contact.nextDueAt))}</span>}
      </div>
      <h3>{t('touchHeading')}</h3>
      <div class="editor">
        <div class="row">
          <select aria-label={t('touchKindLabel')} value={kind} onChange={onTrusted((e) => setKind(e.currentTarget.value as TouchKind))}>
            {TOUCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {label(`touch_${k.replace('-', '_')}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
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
        <input type="text" aria-label={t('touchNoteLabel')} placeholder={t('touchNoteLabel')} value={note} maxLength={LIMITS.touchNote} onInput={onTrusted((e) => setNote(e.currentTarget.value))} />
      </div>
    </section>
  );
}
