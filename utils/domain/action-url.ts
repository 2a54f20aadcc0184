/**
 * Where a suggestion's action button takes the user (DESIGN.md, "Suggestions"): to comment, their
 * recent activity on LinkedIn (`/in/<slug>/recent-activity/all/`) or their X profile (posts are there);
 * to reach out, their profile, where the site's own Message button is. We only open pages; the user
 * does everything else.
 */
import { parseContactId, profileUrlOf, type ContactId } from '../model';
import type { SuggestedAction } from './suggest';

/** The URL to open for an action, or null for a malformed contact id. */
export function actionUrlFor(contactId: ContactId, action: SuggestedAction): string | null {
  const key = parseContactId(contactId);
  if (!key) return null;
  const profile = profileUrlOf(key);
  return action === 'comment' && key.site === 'linkedin' ? `${profile}recent-activity/all/` : profile;
}
