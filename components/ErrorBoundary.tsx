import { Component, type ComponentChildren } from 'preact';
import { errorMessage } from '@/components/error-message';
import { t } from '@/utils/i18n';

interface Props {
  children: ComponentChildren;
}

interface State {
  failed: boolean;
  error: unknown;
}

/**
 * Wraps a whole extension page (popup, options, people): when rendering anything inside throws — a
 * damaged record, a bug — the page says so, with the error, instead of going blank. Errors in event
 * handlers and requests are not render errors; the components report those themselves.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[Kakehashi] page failed to render', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main>
        <section role="alert" class="page-error" data-testid="page-error">
          <h1>{t('pageErrorHeading')}</h1>
          <p>{t('pageErrorBody')}</p>
          <p class="muted">{errorMessage(this.state.error)}</p>
          <button type="button" onClick={() => location.reload()}>
            {t('pageErrorReload')}
          </button>
        </section>
      </main>
    );
  }
}
