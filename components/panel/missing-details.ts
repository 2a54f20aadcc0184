import type { MessageKey } from '@/utils/i18n';
import type { ProfileSnapshot } from '@/utils/model';

const DETAIL_LABELS: Array<[keyof ProfileSnapshot, MessageKey]> = [
  ['name', 'fieldName'],
  ['headline', 'fieldHeadline'],
  ['location', 'fieldLocation'],
  ['avatarUrl', 'fieldPhoto'],
];

/**
 * What the panel says it could not read, as labels. Nothing while still waiting, and nothing on a
 * profile sub-page that never renders the header (`headerExpected` false: recent activity, details,
 * X's follower lists): there the person comes from the URL, and an empty read is not an error.
 */
export function missingDetails(done: boolean, snapshot: ProfileSnapshot | null, headerExpected: boolean): MessageKey[] {
  if (!done || (!snapshot && !headerExpected)) return [];
  return DETAIL_LABELS.filter(([field]) => !snapshot || (field === 'name' && !snapshot.name)).map(([, key]) => key);
}
