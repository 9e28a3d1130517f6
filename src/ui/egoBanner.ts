import type { Store } from "../state/store";
import type { AppState } from "../state/types";

/** Mounted into `main`, over the map. */
export function mountEgoBanner(_parent: HTMLElement, _store: Store<AppState>, _controller: { setSettings(patch: object): void }): void {}
