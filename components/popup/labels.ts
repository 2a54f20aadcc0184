import type { Suggestion } from '@/utils/domain/suggest';
import { describeReason } from '@/utils/domain/describe-reason';
import { industryMessageKey } from '@/utils/domain/reason-messages';
import { t, tDynamic } from '@/utils/i18n';
import { touchKindName } from '@/components/touch-kinds';
import type { Contact, TouchKind } from '@/utils/model';

export const displayName = (c: Pick<Contact, 'name' | 'handle'>) => c.name ?? `@${c.handle}`;
/** A touch kind's name (see touch-kinds.tsx, the one table of those keys). */
export const touchLabel = (kind: TouchKind) => touchKindName(kind);
export const siteLabel = (c: Pick<Contact, 'site'>) => (c.site === 'linkedin' ? t('siteLinkedin') : t('siteX'));
export const industryName = (id: string | null) => (id ? tDynamic(industryMessageKey(id)) : t('industryUnknown'));
export const reasonSentence = (reason: Suggestion['reasons'][number]) => describeReason(reason, (key, subs) => tDynamic(key, ...subs));
