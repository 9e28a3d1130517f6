import { MEASURES, type MeasureId } from "../measures/measures";
import type { ColorBy } from "./types";

const MEASURE_IDS = new Set<string>(MEASURES.map((m) => m.id));

/** Whether a value read back (an address, saved work) names a measure the explorer has. */
export const isMeasureId = (value: unknown): value is MeasureId => typeof value === "string" && MEASURE_IDS.has(value);

/** Whether a value read back names a colour choice: research groups, the file's own colours, or a measure. */
export const isColorBy = (value: unknown): value is ColorBy => value === "community" || value === "file" || isMeasureId(value);
