/**
 * The kinds of touch (DESIGN.md, "Data") as the user sees them, and the one-click picker the panel
 * and the popup share: native radio buttons in a fieldset, so a screen reader announces "Kind of
 * touch, radio group, Messaged, 2 of 9" and the arrow keys move between kinds.
 */
import { onTrusted } from '@/components/trusted-event';
import { t, type MessageKey } from '@/utils/i18n';
import { TOUCH_KINDS, type TouchKind } from '@/utils/model';

const TOUCH_KIND_KEYS: { readonly [K in TouchKind]: MessageKey } = {
  comment: 'touch_comment',
  message: 'touch_message',
  meeting: 'touch_meeting',
  call: 'touch_call',
  'shared-info': 'touch_shared_info',
  thanks: 'touch_thanks',
  ask: 'touch_ask',
  introduced: 'touch_introduced',
  helped: 'touch_helped',
  other: 'touch_other',
};

/**
 * The kinds one click can log. "Introduced" names the other person too (Insights' introductions log
 * it for both), so it is not offered without them.
 */
const PICKABLE_KINDS = TOUCH_KINDS.filter((kind) => kind !== 'introduced');

/** A touch kind's name in the UI language, e.g. "Messaged" / 「メッセージ」. */
export function touchKindName(kind: TouchKind): string {
  return t(TOUCH_KIND_KEYS[kind]);
}

interface Props {
  /** The radio group's name: unique on the page (the popup has one picker, the panel one). */
  name: string;
  legend: string;
  value: TouchKind;
  onChange: (kind: TouchKind) => void;
  disabled?: boolean;
}

/** Picks the kind in one click. Only trusted events act: the panel's rule (trusted-event.ts). */
export function TouchKindPicker({ name, legend, value, onChange, disabled = false }: Props) {
  return (
    <fieldset class="kinds" data-testid="touch-kinds" disabled={disabled}>
      <legend>{legend}</legend>
      {PICKABLE_KINDS.map((kind) => (
        <label key={kind} class={kind === value ? 'kind checked' : 'kind'}>
          <input
            type="radio"
            name={name}
            value={kind}
            checked={kind === value}
            // A script's click would still tick the radio (and show a kind that is not the one logged).
            onClick={(e) => !e.isTrusted && e.preventDefault()}
            onChange={onTrusted(() => onChange(kind))}
          />
          {touchKindName(kind)}
        </label>
      ))}
    </fieldset>
  );
}
