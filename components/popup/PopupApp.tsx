import { t } from '@/utils/i18n';
import { RecentContacts } from './RecentContacts';

export function PopupApp() {
  return (
    <main>
      <h1>{t('popupHeading')}</h1>
      <RecentContacts />
    </main>
  );
}
