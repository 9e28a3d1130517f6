/**
 * How different two colours look: sRGB to CIE L*a*b* (D65), then CIEDE2000, the CIE's
 * colour difference, in which about 1 is the smallest difference one notices side by side.
 */

/** A colour in CIE L*a*b*: lightness 0–100, then green–red and blue–yellow. */
export type Lab = readonly [number, number, number];
/** Red, green and blue in linear light, 0–1. */
export type LinearRgb = readonly [number, number, number];

/** "#rrggbb" to linear-light red, green and blue (undoing the sRGB transfer curve). */
export function linearRgbOf(hex: string): LinearRgb {
  const channel = (at: number) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(1), channel(3), channel(5)];
}

// The D65 white the sRGB primaries are defined against, as X, Y, Z.
const WHITE = [0.95047, 1, 1.08883] as const;

/** Linear sRGB to CIE L*a*b* under D65. */
export function labOf([r, g, b]: LinearRgb): Lab {
  const xyz = [0.4124564 * r + 0.3575761 * g + 0.1804375 * b, 0.2126729 * r + 0.7151522 * g + 0.072175 * b, 0.0193339 * r + 0.119192 * g + 0.9503041 * b];
  const [fx, fy, fz] = xyz.map((v, i) => {
    const t = v / WHITE[i as 0 | 1 | 2];
    return t > 216 / 24389 ? Math.cbrt(t) : (t * 24389) / 27 / 116 + 16 / 116;
  }) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const DEGREES = 180 / Math.PI;
const hueOf = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) * DEGREES + 360) % 360);
const POW25_7 = 25 ** 7;

/** CIEDE2000 colour difference (Sharma, Wu and Dalal's implementation notes, 2005), with kL = kC = kH = 1. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + POW25_7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1 = Math.hypot(a1p, b1);
  const c2 = Math.hypot(a2p, b2);
  const h1 = hueOf(b1, a1p);
  const h2 = hueOf(b2, a2p);

  let dh = 0;
  if (c1 * c2 !== 0) dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
  const dL = l2 - l1;
  const dC = c2 - c1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(dh / 2 / DEGREES);

  const meanL = (l1 + l2) / 2;
  const meanCp = (c1 + c2) / 2;
  let meanH = h1 + h2;
  if (c1 * c2 !== 0) meanH = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;

  const t = 1 - 0.17 * Math.cos((meanH - 30) / DEGREES) + 0.24 * Math.cos((2 * meanH) / DEGREES) + 0.32 * Math.cos((3 * meanH + 6) / DEGREES) - 0.2 * Math.cos((4 * meanH - 63) / DEGREES);
  const sL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sC = 1 + 0.045 * meanCp;
  const sH = 1 + 0.015 * meanCp * t;
  const rT = -2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + POW25_7)) * Math.sin((60 * Math.exp(-(((meanH - 275) / 25) ** 2))) / DEGREES);
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH));
}
