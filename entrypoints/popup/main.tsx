import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { PopupApp } from '@/components/popup/PopupApp';
import { applyLanguageSetting } from '@/components/language';
import { POPUP_DUE_PAGE, readCachedPopupHome } from '@/utils/db/popup-home-cache';
import { uiLocale } from '@/utils/i18n';
import type { PopupHome } from '@/utils/messaging/contract';
import '@/components/panel/panel.css';
import '@/components/panel/panel-extras.css';
import '@/components/popup/popup.css';

// The home the background keeps warm, read straight from IndexedDB: when it is current, the popup
// paints from it (language included) without waiting for the service worker; else it asks.
let cached: PopupHome | null = null;
void readCachedPopupHome(POPUP_DUE_PAGE, Date.now())
  .then((home) => {
    cached = home;
    return applyLanguageSetting(home?.settings.language);
  })
  .finally(() => {
    document.documentElement.lang = uiLocale();
    render(
      <ErrorBoundary>
        <PopupApp cached={cached} />
      </ErrorBoundary>,
      document.getElementById('app')!,
    );
  });
