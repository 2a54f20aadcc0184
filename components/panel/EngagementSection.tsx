import { onTrusted } from '@/components/trusted-event';
import { defaultCadenceLabel } from '@/components/cadence-label';
import { CADENCE_OPTIONS, type TagCadences } from '@/utils/domain/cadence';
import { INDUSTRIES } from '@/utils/domain/industries';
import { formatDate, keyFor, t } from '@/utils/i18n';
import type { ContactPatch } from '@/utils/db/contact-edits';
import type { Contact } from '@/utils/model';

interface Props {
  contact: Contact | null;
  displayName: string;
  defaultCadenceDays: number;
  tagCadences: TagCadences;
  busy: boolean;
  onUpdate: (patch: ContactPatch) => Promise<boolean>;
}

/** Industry (auto until the user picks one, "Unknown" included) and keep-in-touch cadence. */
export function EngagementSection({ contact, displayName, defaultCadenceDays, tagCadences, busy, onUpdate }: Props) {
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
              {t(keyFor('industry_', i.id))}
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
              {o.id === 'default' ? defaultCadenceLabel(contact?.tags ?? [], defaultCadenceDays, tagCadences) : t(keyFor('cadence_', o.id))}
            </option>
          ))}
        </select>
        {contact?.nextDueAt != null && <span class="muted">{t('nextDue', formatDate(contact.nextDueAt))}</span>}
      </div>
    </section>
  );
}
