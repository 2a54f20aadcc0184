import { useEffect, useState } from 'preact/hooks';
import { TagEditor } from '@/components/TagEditor';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging/client';

interface Props {
  tags: readonly string[];
  busy: boolean;
  onChange: (tags: string[]) => Promise<boolean>;
}

/** The person's tags in the panel, with suggestions from every tag in use (asked of the background). */
export function TagsSection({ tags, busy, onChange }: Props) {
  const [known, setKnown] = useState<string[]>([]);
  useEffect(() => {
    send('tags:list', {}).then(setKnown, () => setKnown([]));
  }, [tags.length]);
  return (
    <section aria-labelledby="kk-tags-heading">
      <h3 id="kk-tags-heading">{t('personTags')}</h3>
      <TagEditor idPrefix="kk-tags" tags={tags} known={known} busy={busy} onChange={onChange} />
    </section>
  );
}
