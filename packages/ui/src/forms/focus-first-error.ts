/**
 * After a failed submit, the first error is brought on screen and given focus, in every form of the app: a field
 * marked invalid, an error line under a field (its first control is focused), or an error notice of the form.
 * Installed once per app (`main.tsx`); it listens to every form's `submit`, so no form needs to remember to.
 *
 * Errors found on the check (the next frame) are the form's own checks; otherwise the answer of the server is
 * awaited: the first error that appears in that form is focused, once, unless the person has typed or tapped
 * meanwhile (then focus stays where they put it).
 */

/** What counts as an error of a form, in the order they appear on the page. */
const ERROR_SELECTOR = '[aria-invalid="true"], .ns-field__error:not(:empty), .ns-notice--error';
const CONTROL_SELECTOR = 'input:not([type="hidden"]), select, textarea, button';

/** The first error of `form`, scrolled to and focused; false when the form shows none. */
export function focusFirstError(form: HTMLElement): boolean {
  const error = form.querySelector<HTMLElement>(ERROR_SELECTOR);
  if (!error) return false;
  const target = error.matches(CONTROL_SELECTOR)
    ? error
    : (error.closest('[data-field]')?.querySelector<HTMLElement>(CONTROL_SELECTOR) ?? error);
  if (!target.matches(CONTROL_SELECTOR) && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  // The label sits above its field: show both, away from the app bar and the bottom navigation.
  (target.closest('[data-field]') ?? target).scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}

/** Listens to every submit under `root`; returns what stops it. */
export function focusFirstErrorAfterSubmit(root: Document = document): () => void {
  let waiting: MutationObserver | null = null;
  let frame = 0;
  const stopWaiting = () => {
    waiting?.disconnect();
    waiting = null;
    cancelAnimationFrame(frame);
  };
  const onSubmit = (event: Event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    stopWaiting();
    frame = requestAnimationFrame(() => {
      if (focusFirstError(form)) return;
      const observer = new MutationObserver(() => {
        if (!form.isConnected || focusFirstError(form)) stopWaiting();
      });
      observer.observe(form, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['aria-invalid', 'class'],
      });
      waiting = observer;
    });
  };
  // Tapping the submit button comes before its submit, so only what follows the submit stops the wait.
  const onInteraction = () => stopWaiting();
  root.addEventListener('submit', onSubmit, true);
  root.addEventListener('input', onInteraction, true);
  root.addEventListener('pointerdown', onInteraction, true);
  return () => {
    stopWaiting();
    root.removeEventListener('submit', onSubmit, true);
    root.removeEventListener('input', onInteraction, true);
    root.removeEventListener('pointerdown', onInteraction, true);
  };
}
