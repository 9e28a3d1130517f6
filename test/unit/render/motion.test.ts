import { describe, expect, it, vi } from "vitest";
import { CameraMotion, type MotionClock } from "../../../src/render/motion";

/** A clock moved by hand: `frame(ms)` lets ms pass, then runs the callbacks waiting for the next frame. */
function manualClock() {
  let time = 0;
  let waiting: (() => void)[] = [];
  const clock: MotionClock = { now: () => time, nextFrame: (callback) => waiting.push(callback) };
  const frame = (ms: number) => {
    time += ms;
    const due = waiting;
    waiting = [];
    for (const callback of due) callback();
  };
  return { clock, frame, waiting: () => waiting.length };
}

describe("camera motion", () => {
  it("is at rest until the camera moves", () => {
    const onRest = vi.fn();
    expect(new CameraMotion(onRest, manualClock().clock).moving).toBe(false);
    expect(onRest).not.toHaveBeenCalled();
  });

  it("comes to rest once the camera has been still for the rest delay and three frames, and tells once", () => {
    const { clock, frame, waiting } = manualClock();
    const onRest = vi.fn();
    const motion = new CameraMotion(onRest, clock);
    motion.moved();
    // Frames of 50 ms: after the third, 150 ms ≥ 120 ms have passed.
    frame(50);
    frame(50);
    expect([motion.moving, onRest.mock.calls.length]).toEqual([true, 0]);
    frame(50);
    expect([motion.moving, onRest.mock.calls.length]).toEqual([false, 1]);
    expect(waiting()).toBe(0);
    frame(50);
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  it("waits for the rest delay when frames are fast", () => {
    const { clock, frame } = manualClock();
    const onRest = vi.fn();
    const motion = new CameraMotion(onRest, clock);
    motion.moved();
    // 16 ms frames: three frames are 48 ms; 119 ms after the move it still moves, 120 ms after it rests.
    for (let i = 0; i < 7; i++) frame(16); // 112 ms
    frame(7); // 119 ms
    expect(motion.moving).toBe(true);
    frame(1); // 120 ms
    expect([motion.moving, onRest.mock.calls.length]).toEqual([false, 1]);
  });

  it("waits for three frames when frames are slow: a slow drag moves once a frame and never rests", () => {
    const { clock, frame } = manualClock();
    const onRest = vi.fn();
    const motion = new CameraMotion(onRest, clock);
    for (let i = 0; i < 10; i++) {
      motion.moved();
      frame(2000);
      frame(2000);
    }
    expect([motion.moving, onRest.mock.calls.length]).toEqual([true, 0]);
    frame(2000);
    expect([motion.moving, onRest.mock.calls.length]).toEqual([false, 1]);
  });

  it("is at rest at once after a reset, without telling", () => {
    const { clock, frame } = manualClock();
    const onRest = vi.fn();
    const motion = new CameraMotion(onRest, clock);
    motion.moved();
    motion.reset();
    expect(motion.moving).toBe(false);
    for (let i = 0; i < 5; i++) frame(100);
    expect(onRest).not.toHaveBeenCalled();
  });
});
