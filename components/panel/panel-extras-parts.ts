/** The real parts behind `PanelExtras`: registered by the extras content script, used directly by the popup. */
import { setLanguageOverride } from '@/utils/i18n';
import { buildPageReport } from '@/utils/sites/page-report';
import tagEditorCss from '@/components/tag-editor.css?inline';
import extrasCss from './panel-extras.css?inline';
import { CopyReport } from './CopyReport';
import { EngagementSection } from './EngagementSection';
import type { PanelExtras } from './panel-extras';
import { TagsSection } from './TagsSection';

export const PANEL_EXTRAS: PanelExtras = { TagsSection, EngagementSection, CopyReport, buildPageReport, css: `${extrasCss}\n${tagEditorCss}`, setLanguageOverride };
