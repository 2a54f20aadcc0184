import { useEffect, useState } from 'preact/hooks';
import { GiveBack } from '@/components/popup/GiveBack';
import { readBalance } from '@/utils/db/insights';
import type { KakehashiDb } from '@/utils/db/schema';
import type { Balance } from '@/utils/domain/insights';
import { t } from '@/utils/i18n';
import type { Contact } from '@/utils/model';

/** A person's give/ask balance on the People page, with the "share something useful" nudge. */
export function PersonBalance({ db, contact }: { db: KakehashiDb; contact: Contact }) {
  const [balance, setBalance] = useState<Balance | null>(null);
  useEffect(() => {
    readBalance(db, contact.id).then(setBalance, () => setBalance(null));
  }, [contact.id, contact.updatedAt]);
  if (!balance || (!balance.gives && !balance.asks)) return null;
  if (balance.asks > balance.gives) return <GiveBack person={{ contact, ...balance }} testId="person-give-back" heading={false} />;
  return (
    <p class="muted" data-testid="person-balance">
      {t('insightsPersonBalance', balance.gives, balance.asks)}
    </p>
  );
}
