import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CameraMotion, REST_AFTER_MS } from "../../../src/render/motion";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("camera motion", () => {
  it("is at rest until the camera moves", () => {
    const onRest = vi.fn();
    expect(new CameraMotion(onRest).moving).toBe(false);
    expect(onRest).not.toHaveBeenCalled();
  });

  it("moves from the first update until the camera has stayed still for the rest delay, then tells once", () => {
    const onRest = vi.fn();
    const motion = new CameraMotion(onRest);
    motion.moved();
    vi.advanceTimersByTime(REST_AFTER_MS - 1);
    expect([motion.moving, onRest.mock.calls.length]).toEqual([true, 0]);
    vi.advanceTimersByTime(1);
    expect([motion.moving, onRest.mock.calls.length]).toEqual([false, 1]);
    vi.advanceTimersByTime(10 * REST_AFTER_MS);
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  it("counts the rest delay from the last update", () => {
    const onRest = vi.fn();
    const motion = new CameraMotion(onRest, 100);
    motion.moved();
    vi.advanceTimersByTime(80);
    motion.moved(); // at 80: still from 180
    vi.advanceTimersByTime(99);
    expect([motion.moving, onRest.mock.calls.length]).toEqual([true, 0]);
    vi.advanceTimersByTime(1);
    expect([motion.moving, onRest.mock.calls.length]).toEqual([false, 1]);
  });

  it("is at rest at once after a reset, without telling", () => {
    const onRest = vi.fn();
    const motion = new CameraMotion(onRest);
    motion.moved();
    motion.reset();
    expect(motion.moving).toBe(false);
    vi.advanceTimersByTime(10 * REST_AFTER_MS);
    expect(onRest).not.toHaveBeenCalled();
  });
});
