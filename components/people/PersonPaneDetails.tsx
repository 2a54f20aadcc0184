import { defaultCadenceLabel } from '@/components/cadence-label';
import { TagEditor } from '@/components/TagEditor';
import type { ContactPatch } from '@/utils/db/contact-edits';
import { CADENCE_OPTIONS, snoozeUntil, type TagCadences } from '@/utils/domain/cadence';
import { INDUSTRIES } from '@/utils/domain/industries';
import { formatDate, keyFor, t, tp } from '@/utils/i18n';
import type { Contact } from '@/utils/model';
import { RegionInput } from '@/components/RegionInput';

interface Props {
  contact: Contact;
  defaultCadenceDays: number;
  tagCadences: TagCadences;
  knownTags: readonly string[];
  /** Regions typed before, suggested while typing this person's. */
  knownRegions: readonly string[];
  busy: boolean;
  now: number;
  onUpdate: (patch: ContactPatch) => Promise<boolean>;
}

/** The user's own fields of one person: tags, industry, region, cadence (with next due) and snooze. */
export function PersonPaneDetails({ contact, defaultCadenceDays, tagCadences, knownTags, knownRegions, busy, now, onUpdate }: Props) {
  const snoozed = contact.snoozedUntil !== null && contact.snoozedUntil > now;
  return (
    <section aria-labelledby="pane-details-heading" class="pane-details">
      <h3 id="pane-details-heading">{t('personTags')}</h3>
      <TagEditor idPrefix="pane-tags" tags={contact.tags} known={knownTags} busy={busy} onChange={(tags) => onUpdate({ tags })} />
      <div class="pane-fields">
        <label for="pane-industry">{t('industryHeading')}</label>
        <select id="pane-industry" value={contact.industry ?? ''} disabled={busy} onChange={(e) => void onUpdate({ industry: (e.currentTarget as HTMLSelectElement).value || null })}>
          <option value="">{t('industryUnknown')}</option>
          {INDUSTRIES.map((i) => (
            <option key={i.id} value={i.id}>
              {t(keyFor('industry_', i.id))}
            </option>
          ))}
        </select>
        <RegionInput id="pane-region" testId="pane-region" label={t('regionLabel')} value={contact.region} known={knownRegions} busy={busy} onSave={(region) => onUpdate({ region })} />
        <label for="pane-cadence">{t('cadenceHeading')}</label>
        <select
          id="pane-cadence"
          value={contact.cadenceDays === null ? '' : String(contact.cadenceDays)}
          disabled={busy}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            void onUpdate({ cadenceDays: value === '' ? null : Number(value) });
          }}
        >
          {CADENCE_OPTIONS.map((o) => (
            <option key={o.id} value={o.cadenceDays === null ? '' : String(o.cadenceDays)}>
              {o.id === 'default' ? defaultCadenceLabel(contact.tags, defaultCadenceDays, tagCadences) : t(keyFor('cadence_', o.id))}
            </option>
          ))}
          {contact.cadenceDays !== null && !CADENCE_OPTIONS.some((o) => o.cadenceDays === contact.cadenceDays) && (
            <option value={String(contact.cadenceDays)}>{tp('nu_cadenceEvery', contact.cadenceDays, contact.cadenceDays)}</option>
          )}
        </select>
      </div>
      <p data-testid="pane-next-due">
        {contact.nextDueAt === null ? t('peopleNoReminder') : t('nextDue', formatDate(contact.nextDueAt))}
        {' · '}
        <span data-testid="pane-last-contact">{t('popupLastContact', contact.lastContactAt ? formatDate(contact.lastContactAt) : t('lastContactNever'))}</span>
      </p>
      <div class="row" role="group" aria-label={t('paneSnooze')}>
        {snoozed ? (
          <>
            <span>{t('paneSnoozedUntil', formatDate(contact.snoozedUntil!))}</span>
            <button type="button" disabled={busy} onClick={() => void onUpdate({ snoozedUntil: null })}>
              {t('paneUnsnooze')}
            </button>
          </>
        ) : (
          <>
            <button type="button" disabled={busy} onClick={() => void onUpdate({ snoozedUntil: snoozeUntil(Date.now(), 'week') })}>
              {t('paneSnoozeWeek')}
            </button>
            <button type="button" disabled={busy} onClick={() => void onUpdate({ snoozedUntil: snoozeUntil(Date.now(), 'month') })}>
              {t('paneSnoozeMonth')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
