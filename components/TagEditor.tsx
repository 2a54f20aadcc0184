import { useState } from 'preact/hooks';
import { onTrusted } from '@/components/trusted-event';
import { addTags, suggestTags, type TagAddError } from '@/utils/domain/tags';
import { t, tp } from '@/utils/i18n';
import { LIMITS } from '@/utils/limits';

interface Props {
  /** Unique within the document or shadow root: the ids of the field and its suggestion list. */
  idPrefix: string;
  tags: readonly string[];
  /** Existing tags to suggest (every tag in use). */
  known: readonly string[];
  busy?: boolean;
  /** Saves the new list; resolves false when the save failed (the typed text is kept). */
  onChange: (tags: string[]) => Promise<boolean>;
}

const ERRORS: Record<TagAddError, () => string> = {
  'too-long': () => tp('paneTagTooLong', LIMITS.tag, LIMITS.tag),
  'too-many': () => tp('paneTagTooMany', LIMITS.tags, LIMITS.tags),
};

/**
 * The one tag editor (People page pane and the in-page panel). Enter or a comma adds what is
 * typed, or the highlighted suggestion; Backspace in the empty field removes the last tag; each tag
 * has a remove button. Suggestions follow the ARIA combobox pattern (a listbox the arrow keys move
 * through with `aria-activedescendant`, Escape closes it). Every handler is `onTrusted`: in the
 * panel, events the site's scripts dispatch never change a tag. Enter that confirms an IME
 * conversion never adds.
 */
export function TagEditor({ idPrefix, tags, known, busy = false, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const suggestions = open ? suggestTags(known, draft, tags) : [];
  const listId = `${idPrefix}-suggestions`;
  const optionId = (i: number) => `${idPrefix}-option-${i}`;

  const save = async (next: string[]) => {
    const ok = await onChange(next);
    if (ok) setError(null);
    return ok;
  };

  const add = async (typed: string) => {
    if (!typed.trim()) return;
    const result = addTags(tags, typed);
    if (result.error) {
      setError(ERRORS[result.error]());
      return;
    }
    if (result.tags.length === tags.length) {
      setDraft('');
      return;
    }
    if (await save(result.tags)) {
      setDraft('');
      setActive(-1);
    }
  };

  const remove = (tag: string) => void save(tags.filter((x) => x !== tag));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing || e.keyCode === 229) return;
    if (e.key === 'ArrowDown' && suggestions.length) {
      e.preventDefault();
      setActive((active + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && suggestions.length) {
      e.preventDefault();
      setActive(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      void add(active >= 0 && suggestions[active] ? suggestions[active] : draft);
    } else if (e.key === 'Escape' && suggestions.length) {
      // Closes the list only; a second Escape reaches the pane.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    } else if (e.key === 'Backspace' && draft === '' && tags.length) {
      e.preventDefault();
      remove(tags[tags.length - 1]!);
    }
  };

  return (
    <div class="tag-editor">
      {tags.length > 0 && (
        <ul class="tags tag-list" aria-label={t('paneTagsCurrent')}>
          {tags.map((tag) => (
            <li key={tag} class="tag-chip">
              <bdi class="tag">{tag}</bdi>
              <button type="button" class="tag-remove" disabled={busy} aria-label={t('paneTagRemove', tag)} title={t('paneTagRemove', tag)} onClick={onTrusted(() => remove(tag))}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="tag-field">
        <input
          id={`${idPrefix}-input`}
          type="text"
          role="combobox"
          aria-label={t('paneTagAdd')}
          aria-describedby={`${idPrefix}-help`}
          aria-autocomplete="list"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-activedescendant={active >= 0 && suggestions[active] ? optionId(active) : undefined}
          autocomplete="off"
          spellcheck={false}
          maxLength={LIMITS.tag * 4}
          placeholder={t('paneTagPlaceholder')}
          value={draft}
          disabled={busy}
          onInput={onTrusted((e: Event) => {
            setDraft((e.currentTarget as HTMLInputElement).value);
            setOpen(true);
            setActive(-1);
          })}
          onKeyDown={onTrusted(onKeyDown)}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul id={listId} role="listbox" class="tag-suggestions" aria-label={t('paneTagSuggestions')} hidden={suggestions.length === 0}>
          {suggestions.map((tag, i) => (
            <li
              key={tag}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={onTrusted(() => void add(tag))}
            >
              <bdi>{tag}</bdi>
            </li>
          ))}
        </ul>
      </div>
      <p class="muted tag-help" id={`${idPrefix}-help`}>
        {t('paneTagHelp')}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
