import { useEffect, useState } from 'preact/hooks';
import { checkRegion } from '@/utils/domain/region';
import { t } from '@/utils/i18n';
import { LIMITS } from '@/utils/limits';

interface Props {
  id: string;
  label: string;
  /** The stored value (undefined: unknown / not set). */
  value: string | undefined;
  /** Regions typed before, one spelling each: the browser's own suggestion list (a datalist). */
  known: readonly string[];
  busy?: boolean;
  testId: string;
  /** Saves the trimmed value (null clears it); resolves false when the save failed. */
  onSave: (value: string | null) => Promise<boolean> | Promise<unknown> | void;
}

/**
 * A free-text region (a contact's, the user's hometown or current city) with suggestions from the
 * regions typed before. A native `<datalist>`, so the suggestions are keyboard- and screen-reader-
 * usable as the browser makes them. Saved on Enter (not while an IME is composing) or on leaving the
 * field; only a changed value is written. Renders the label and the control as two siblings, so it
 * fits a two-column form grid.
 */
export function RegionInput({ id, label, value, known, busy = false, testId, onSave }: Props) {
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value ?? ''), [value]);
  const save = () => {
    const checked = checkRegion(text);
    if (!checked.ok) {
      setError(t('regionTooLong', LIMITS.region));
      return;
    }
    setError(null);
    if (checked.region !== value) void onSave(checked.region ?? null);
  };
  return (
    <>
      <label for={id}>{label}</label>
      <div class="region-input">
        <input
          id={id}
          type="text"
          data-testid={testId}
          list={`${id}-known`}
          autocomplete="off"
          maxLength={LIMITS.region}
          value={text}
          readOnly={busy}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          onChange={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              save();
            }
          }}
        />
        <datalist id={`${id}-known`}>
          {known.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        {error && (
          <p class="error" role="alert" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </>
  );
}
