import { cadenceTagOf, type TagCadences } from '@/utils/domain/cadence';
import { tp } from '@/utils/i18n';

/**
 * The label of a cadence menu's "default" choice for one person: the tag default they follow
 * ("From tag “mentor” (30 days)") or the settings default ("Default (90 days)").
 */
export function defaultCadenceLabel(tags: readonly string[], defaultCadenceDays: number, tagCadences: TagCadences): string {
  const tag = cadenceTagOf(tags, tagCadences);
  return tag === null ? tp('nu_cadenceDefault', defaultCadenceDays, defaultCadenceDays) : tp('paneCadenceFromTag', tagCadences[tag]!, tag, tagCadences[tag]!);
}
