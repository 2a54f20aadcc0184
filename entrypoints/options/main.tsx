import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { uiLocale } from '@/utils/i18n';
import '@/components/popup/popup.css';
import '@/components/options/options.css';

document.documentElement.lang = uiLocale();
render(<OptionsApp />, document.getElementById('app')!);
