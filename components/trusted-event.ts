/**
 * Every panel handler that writes (saves, logs, sets, or feeds text into a save) is wrapped in
 * `onTrusted`, so only events the browser made for a real user act. A page script that somehow
 * holds a panel element can still call `el.click()` or dispatch a KeyboardEvent, InputEvent or
 * change event, but those arrive with `isTrusted === false` and are ignored. Keyboard activation
 * (Enter/Space on a button) and DevTools input are trusted, so keyboard use and tests still work.
 * One helper rather than checks sprinkled around, so a new handler cannot forget half of it.
 */
export function onTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
