import { useState } from 'preact/hooks';
import { isSubmitShortcut } from '@/components/keyboard';
import { onTrusted } from '@/components/trusted-event';
import { t, tp } from '@/utils/i18n';
import { LIMITS } from '@/utils/limits';

interface Props {
  initial?: string;
  label: string;
  submitLabel: string;
  busy: boolean;
  /** Resolves true when saved; on false the text stays so nothing typed is lost. */
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
}

/** A note text box. Saving needs the button or Ctrl/Cmd+Enter; plain Enter is a new line. */
export function NoteEditor({ initial = '', label, submitLabel, busy, onSubmit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const tooLong = text.length > LIMITS.noteBody;
  const canSave = !busy && !tooLong && text.trim().length > 0;

  const submit = async () => {
    if (!canSave) return;
    if (await onSubmit(text)) setText('');
  };

  return (
    <div class="editor">
      <textarea
        aria-label={label}
        placeholder={t('notePlaceholder')}
        value={text}
        rows={3}
        onInput={onTrusted((e) => setText(e.currentTarget.value))}
        onKeyDown={onTrusted((e) => {
          if (isSubmitShortcut(e)) {
            e.preventDefault();
            void submit();
          } else if (e.key === 'Escape' && onCancel && !e.isComposing) {
            onCancel();
          }
        })}
      />
      {tooLong && (
        <p class="error" role="alert">
          {tp('nu_noteTooLong', LIMITS.noteBody, LIMITS.noteBody, text.length)}
        </p>
      )}
      <div class="row">
        <button type="button" class="primary" disabled={!canSave} onClick={onTrusted(() => void submit())}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('noteCancel')}
          </button>
        )}
      </div>
    </div>
  );
}
