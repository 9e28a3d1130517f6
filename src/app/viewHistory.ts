import type { Store } from "../state/store";
import type { AppState } from "../state/types";
import type { ExplorerController } from "./controller";

export function mountViewHistory(_store: Store<AppState>, _controller: ExplorerController): void {}
