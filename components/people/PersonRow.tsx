import { displayName, industryName, siteLabel } from '@/components/popup/labels';
import type { PersonRowData } from '@/utils/db/people';
import type { QueryPiece } from '@/utils/domain/search-text';
import { formatDate, t } from '@/utils/i18n';
import { noteExcerpt } from './excerpt';
import { Highlight } from './Highlight';

/** Tags shown in a row; the rest are counted ("+495 more"). */
const ROW_TAGS = 4;

/** Next due, with overdue marked in words (not by colour alone). */
function DueLabel({ nextDueAt, now }: { nextDueAt: number | null; now: number }) {
  if (nextDueAt === null) return <span class="muted">{t('peopleNoReminder')}</span>;
  if (nextDueAt <= now) return <span class="overdue">{t('peopleOverdue', formatDate(nextDueAt))}</span>;
  return <span class="muted">{t('peopleNextDue', formatDate(nextDueAt))}</span>;
}

/** One person in the list: name, site, industry, tags, last contact, next due and a note excerpt. */
export function PersonRow({ row, pieces, now }: { row: PersonRowData | undefined; pieces: readonly QueryPiece[]; now: number }) {
  if (!row) return <span class="muted">{t('peopleLoading')}</span>;
  const { contact } = row;
  const more = contact.tags.length - ROW_TAGS;
  const excerpt = noteExcerpt(row, pieces);
  return (
    <>
      <span class="person-line">
        <bdi class="name">
          <Highlight text={displayName(contact)} pieces={pieces} />
        </bdi>
        <span class={`site site-${contact.site}`}>{siteLabel(contact)}</span>
        <span class="muted industry">{industryName(contact.industry)}</span>
        {contact.headline && (
          <bdi class="muted headline">
            <Highlight text={contact.headline} pieces={pieces} />
          </bdi>
        )}
      </span>
      <span class="person-line">
        <span class="muted">{t('popupLastContact', contact.lastContactAt ? formatDate(contact.lastContactAt) : t('lastContactNever'))}</span>
        <DueLabel nextDueAt={contact.nextDueAt} now={now} />
        <span class="tags">
          {contact.tags.slice(0, ROW_TAGS).map((tag) => (
            <bdi class="tag" key={tag}>
              <Highlight text={tag} pieces={pieces} />
            </bdi>
          ))}
          {more > 0 && <span class="muted">{t('peopleMoreTags', more)}</span>}
        </span>
      </span>
      <bdi class="person-line excerpt">
        <Highlight text={excerpt} pieces={pieces} />
      </bdi>
    </>
  );
}
