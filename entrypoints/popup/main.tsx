import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { uiLocale } from '@/utils/i18n';
import '@/components/popup/popup.css';

document.documentElement.lang = uiLocale();
render(<PopupApp />, document.getElementById('app')!);
