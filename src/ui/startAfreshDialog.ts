/**
 * *Start afresh…* asks first: a modal dialog whose Cancel has the focus, since what it empties
 * cannot be had back. Escape and Cancel leave everything as it was; the focus goes back to the
 * button either way (the button stays: it is in the Settings, not in a panel that is redrawn).
 */
export function mountStartAfreshDialog(elements: { button: HTMLButtonElement; dialog: HTMLDialogElement; form: HTMLFormElement }, startAfresh: () => void): void {
  const { button, dialog, form } = elements;
  button.addEventListener("click", () => dialog.showModal());
  form.addEventListener("submit", (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === "afresh") startAfresh();
  });
  dialog.addEventListener("close", () => button.focus());
}
