import type { Page } from "playwright-core";

/**
 * Drops files on the page the way a browser does: dragenter, dragover and drop carrying Files,
 * at the middle of the page, or on the overlay's "Add" zone.
 */
export async function dropFiles(page: Page, files: { name: string; text: string }[], options: { onAddZone?: boolean } = {}): Promise<void> {
  await page.evaluate(
    ({ files: list, onAddZone }) => {
      const transfer = new DataTransfer();
      for (const { name, text } of list) transfer.items.add(new File([text], name, { type: "text/plain" }));
      const fire = (type: string, x: number, y: number) =>
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: x, clientY: y }));
      fire("dragenter", innerWidth / 3, innerHeight / 2);
      const zone = document.getElementById("drop-add")!.getBoundingClientRect();
      const [x, y] = onAddZone ? [zone.left + zone.width / 2, zone.top + zone.height / 2] : [innerWidth / 3, innerHeight / 2];
      fire("dragover", x, y);
      fire("drop", x, y);
    },
    { files, onAddZone: options.onAddZone ?? false },
  );
}

/** The message shown at the bottom of the page. */
export async function toastText(page: Page): Promise<string> {
  return (await page.textContent("#toast-text")) ?? "";
}
