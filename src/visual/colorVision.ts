import { deltaE2000, labOf, linearRgbOf, type LinearRgb } from "./colorDifference";

/**
 * Colour as the three common kinds of colour blindness see it, to choose colours that stay
 * apart for everyone. About 1 man in 12 sees colour differently, mostly red–green
 * (deuteranomaly, protanomaly); the full forms (-opia) are the worst case and are simulated.
 */
export type Vision = "normal" | "deuteranopia" | "protanopia" | "tritanopia";

export const VISIONS: readonly Vision[] = ["normal", "deuteranopia", "protanopia", "tritanopia"];

type Matrix = readonly [number, number, number, number, number, number, number, number, number];

/**
 * Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB: the matrices
 * browsers' developer tools use for their colour-blindness emulation.
 */
const MACHADO: Record<Exclude<Vision, "normal">, Matrix> = {
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** A linear-light colour as seen with the given vision, kept inside the displayable range. */
export function simulate(rgb: LinearRgb, vision: Vision): LinearRgb {
  if (vision === "normal") return rgb;
  const m = MACHADO[vision];
  const [r, g, b] = rgb;
  return [clamp(m[0] * r + m[1] * g + m[2] * b), clamp(m[3] * r + m[4] * g + m[5] * b), clamp(m[6] * r + m[7] * g + m[8] * b)];
}

/** CIEDE2000 difference of two "#rrggbb" colours as seen with one vision. */
export function differenceFor(a: string, b: string, vision: Vision): number {
  return deltaE2000(labOf(simulate(linearRgbOf(a), vision)), labOf(simulate(linearRgbOf(b), vision)));
}

/** How different two colours look to whoever tells them apart worst: the least difference over every vision. */
export function worstDifference(a: string, b: string): number {
  let least = Infinity;
  for (const vision of VISIONS) least = Math.min(least, differenceFor(a, b, vision));
  return least;
}

/** The least difference between any two of the colours, and which pair and vision give it. */
export function closestPair(colors: readonly string[]): { difference: number; pair: [string, string]; vision: Vision } {
  let closest = { difference: Infinity, pair: ["", ""] as [string, string], vision: "normal" as Vision };
  for (let i = 0; i < colors.length; i++) {
    for (let j = i + 1; j < colors.length; j++) {
      for (const vision of VISIONS) {
        const difference = differenceFor(colors[i]!, colors[j]!, vision);
        if (difference < closest.difference) closest = { difference, pair: [colors[i]!, colors[j]!], vision };
      }
    }
  }
  return closest;
}
