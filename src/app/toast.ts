const SHOWN_FOR_MS = 10_000;

export type Notify = (message: string | null, action?: { label: string; run: () => void }) => void;

/**
 * One message at a time, announced to screen readers: a newer one replaces it, and `null`
 * clears it, so a message from an earlier load never stays over a later one. An optional
 * button (Undo) acts on what the message is about; a message with one stays until it is used
 * or dismissed, so there is time to reach it.
 */
export function mountToast(toast: HTMLElement, text: HTMLElement, button: HTMLButtonElement, dismiss: HTMLButtonElement): Notify {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run: (() => void) | null = null;
  button.addEventListener("click", () => {
    const action = run;
    toast.hidden = true;
    action?.();
  });
  dismiss.addEventListener("click", () => (toast.hidden = true));
  return (message, action) => {
    clearTimeout(timer);
    if (message === null) {
      toast.hidden = true;
      return;
    }
    text.textContent = message;
    run = action?.run ?? null;
    button.hidden = !action;
    if (action) button.textContent = action.label;
    toast.hidden = false;
    if (!action) timer = setTimeout(() => (toast.hidden = true), SHOWN_FOR_MS);
  };
}
