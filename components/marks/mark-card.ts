/**
 * The words of an inline mark and its card (DESIGN.md, "People on this page"): who, the last
 * contact, whether they are due, and the first line of the latest note. Pure apart from `t` and the
 * date format, which follow the language setting the content script applied.
 */
import { formatDate, t } from '@/utils/i18n';
import type { MarkInfo } from '@/utils/db/on-page';

export interface MarkText {
  /** The mark's accessible name. */
  label: string;
  name: string;
  lastContact: string;
  due: string;
  /** `yes` when due now, `no` when a reminder is set for later, `none` without a reminder. */
  dueState: 'yes' | 'no' | 'none';
  note: string;
  /** Whether `note` is the placeholder for "no notes", shown muted. */
  noteMissing: boolean;
}

const nameOf = (info: MarkInfo) => info.name ?? `@${info.handle}`;

/** The mark's accessible name alone (no dates): what every mark needs as soon as it is made. */
export function markLabel(info: MarkInfo): string {
  return t('marksLabel', nameOf(info));
}

export function markText(info: MarkInfo): MarkText {
  const name = nameOf(info);
  const dueState = info.nextDueAt === null ? 'none' : info.due ? 'yes' : 'no';
  return {
    label: markLabel(info),
    name,
    lastContact: info.lastContactAt === null ? t('marksNeverContacted') : t('marksLastContact', formatDate(info.lastContactAt)),
    due: info.nextDueAt === null ? t('marksNoReminder') : t(info.due ? 'marksDueSince' : 'marksDueOn', formatDate(info.nextDueAt)),
    dueState,
    note: info.noteExcerpt ?? t('marksNoNote'),
    noteMissing: info.noteExcerpt === null,
  };
}
