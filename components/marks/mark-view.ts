/**
 * One inline mark: a host element (random name, host-name.ts) placed right after a person's link,
 * with a closed shadow root holding a button and its card. Nothing the user saved is in the light
 * DOM: the host carries no attribute and no text, and the card's words exist only inside the root.
 *
 * The card shows on hover and on keyboard focus, and hides on Esc, on leaving, on blur and when the
 * page scrolls; only trusted events act (components/trusted-event.ts). Pointer and key events stop
 * at the root, so the site's bubbling listeners never act on a click of ours (X opens the post a
 * click lands in). Built with plain DOM calls, not Preact: there may be hundreds of marks, each a
 * handful of nodes, and they must be cheap to make and drop.
 */
import type { MarkInfo } from '@/utils/db/on-page';
import { onTrusted } from '../trusted-event';
import { markLabel, markText } from './mark-card';
import css from './marks.css?inline';

/** Events that must not reach the site through our host (they bubble and are composed). */
const STOPPED = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'contextmenu'];
const GAP_PX = 6;

export interface MarkView {
  readonly host: HTMLElement;
  readonly link: Element;
  readonly handle: string;
  /** New words (a changed contact or language). */
  update(info: MarkInfo): void;
  setTheme(dark: boolean): void;
  /** Takes the host out of the page and forgets its listeners. */
  remove(): void;
}

export function createMark(hostName: string, link: Element, first: MarkInfo, dark: boolean): MarkView {
  const doc = link.ownerDocument;
  const win = doc.defaultView ?? window;
  const host = doc.createElement(hostName);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const box = doc.createElement('span');
  box.className = 'mark';
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-describedby', 'card');
  button.setAttribute('aria-expanded', 'false');
  const card = doc.createElement('span');
  card.className = 'card';
  card.id = 'card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const line = (cls: string) => {
    const el = doc.createElement('span');
    el.className = cls;
    card.append(el);
    return el;
  };
  const name = line('name');
  const due = line('due');
  const last = line('last muted');
  const note = line('note');
  box.append(button, card);
  root.append(style, box);

  let hovered = false;
  const place = () => {
    const at = button.getBoundingClientRect();
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(8, Math.min(at.left, win.innerWidth - width - 8));
    const below = at.bottom + GAP_PX;
    const top = below + height > win.innerHeight - 8 && at.top - GAP_PX - height >= 8 ? at.top - GAP_PX - height : below;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  };
  const onScroll = () => hide();
  const show = () => {
    if (!card.hidden) return;
    if (!written) write();
    card.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    place();
    win.addEventListener('scroll', onScroll, { passive: true, capture: true });
  };
  function hide() {
    if (card.hidden) return;
    card.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    win.removeEventListener('scroll', onScroll, { capture: true });
  }

  button.addEventListener('mouseenter', onTrusted(() => {
    hovered = true;
    show();
  }));
  button.addEventListener('mouseleave', onTrusted(() => {
    hovered = false;
    if (root.activeElement !== button) hide();
  }));
  button.addEventListener('focus', onTrusted(show));
  button.addEventListener('blur', onTrusted(() => {
    if (!hovered) hide();
  }));
  button.addEventListener('click', onTrusted(() => (card.hidden ? show() : hide())));
  button.addEventListener('keydown', onTrusted((event: KeyboardEvent) => {
    if (event.key === 'Escape' && !card.hidden) {
      event.preventDefault();
      hide();
    }
  }));
  for (const type of STOPPED) root.addEventListener(type, (event) => event.stopPropagation());

  // The card's words are written when it is first shown (and after each update), not when the
  // mark is made: a feed may get hundreds of marks, and dates cost an Intl formatter each.
  let info = first;
  let written = false;
  const write = () => {
    const text = markText(info);
    name.textContent = text.name;
    due.textContent = text.due;
    due.dataset.due = text.dueState;
    last.textContent = text.lastContact;
    note.textContent = text.note;
    note.className = text.noteMissing ? 'note muted' : 'note';
    written = true;
  };
  const update = (next: MarkInfo) => {
    info = next;
    button.setAttribute('aria-label', markLabel(next));
    button.dataset.due = next.nextDueAt === null ? 'none' : next.due ? 'yes' : 'no';
    written = false;
    if (!card.hidden) write();
  };
  const setTheme = (isDark: boolean) => {
    box.dataset.theme = isDark ? 'dark' : 'light';
  };
  update(first);
  setTheme(dark);
  link.after(host);

  return {
    host,
    link,
    handle: first.handle,
    update,
    setTheme,
    remove: () => {
      hide();
      host.remove();
    },
  };
}
