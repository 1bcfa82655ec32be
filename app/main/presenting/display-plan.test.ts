import { describe, expect, it } from 'vitest';
import { centeredIn, isCenteredOn, isVisibleOn, moveOnto, planDisplays } from './display-plan';
import type { DisplayInfo } from './display-plan';

function display(id: number, x: number, width: number, height: number, internal = false): DisplayInfo {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 25, width, height: height - 25 }, internal };
}

const laptop = display(1, 0, 1440, 900, true);
const projector = display(2, 1440, 1920, 1080);
const monitor = display(3, -2560, 2560, 1440);

describe('planDisplays', () => {
  it('with one display: the audience fullscreen on it, the console a centered window', () => {
    const plan = planDisplays([laptop], 1, false);
    expect(plan).toEqual({
      audience: { displayId: 1, mode: 'fullscreen', bounds: laptop.bounds },
      console: { displayId: 1, mode: 'window', bounds: { x: 80, y: 69, width: 1280, height: 788 } },
      single: true,
    });
  });

  it('with one display, swapping changes nothing', () => {
    expect(planDisplays([laptop], 1, true)).toEqual(planDisplays([laptop], 1, false));
  });

  it('with a laptop and a projector: slides fullscreen on the projector, console maximized on the laptop', () => {
    const plan = planDisplays([laptop, projector], 1, false);
    expect(plan?.audience).toEqual({ displayId: 2, mode: 'fullscreen', bounds: projector.bounds });
    expect(plan?.console).toEqual({ displayId: 1, mode: 'maximized', bounds: laptop.workArea });
    expect(plan?.single).toBe(false);
  });

  it('keeps the console on the built-in display even when the projector is the primary display', () => {
    const plan = planDisplays([projector, laptop], 2, false);
    expect([plan?.audience.displayId, plan?.console.displayId]).toEqual([2, 1]);
  });

  it('swapped: the slides go to the laptop and the console to the projector', () => {
    const plan = planDisplays([laptop, projector], 1, true);
    expect(plan?.audience).toEqual({ displayId: 1, mode: 'fullscreen', bounds: laptop.bounds });
    expect(plan?.console).toEqual({ displayId: 2, mode: 'maximized', bounds: projector.workArea });
  });

  it('with three displays (built-in, monitor as primary, projector): console on the built-in, slides on the non-primary external', () => {
    const plan = planDisplays([monitor, laptop, projector], 3, false);
    expect([plan?.audience.displayId, plan?.console.displayId]).toEqual([2, 1]);
  });

  it('without a built-in display (desktop): console on the primary display, slides on another', () => {
    const desk = { ...laptop, internal: false };
    const plan = planDisplays([projector, desk], 1, false);
    expect([plan?.audience.displayId, plan?.console.displayId]).toEqual([2, 1]);
  });

  it('is null without displays', () => {
    expect(planDisplays([], 0, false)).toBeNull();
  });
});

describe('isVisibleOn and moveOnto', () => {
  it('a window on a display is visible; one left where an unplugged projector was is not', () => {
    expect(isVisibleOn({ x: 100, y: 100, width: 800, height: 600 }, [laptop])).toBe(true);
    expect(isVisibleOn({ x: 1500, y: 100, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isVisibleOn({ x: 1500, y: 100, width: 800, height: 600 }, [laptop, projector])).toBe(true);
  });

  it('a window showing only a sliver (less than 100×40 px) is not reachable', () => {
    expect(isVisibleOn({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isVisibleOn({ x: 1300, y: 100, width: 800, height: 600 }, [laptop])).toBe(true);
    expect(isVisibleOn({ x: 100, y: -580, width: 800, height: 600 }, [laptop])).toBe(false);
  });

  it('moveOnto centers the window on the work area, shrinking it to fit', () => {
    expect(moveOnto({ x: 2000, y: 50, width: 800, height: 600 }, laptop.workArea)).toEqual({ x: 320, y: 163, width: 800, height: 600 });
    const moved = moveOnto({ x: 2000, y: 0, width: 1920, height: 1080 }, laptop.workArea);
    expect(isVisibleOn(moved, [laptop])).toBe(true);
    expect(moved.width).toBeLessThanOrEqual(laptop.workArea.width);
  });

  it('isCenteredOn tells which display holds a window', () => {
    expect(isCenteredOn(projector.bounds, projector.bounds)).toBe(true);
    expect(isCenteredOn(projector.bounds, laptop.bounds)).toBe(false);
  });

  it('centeredIn never exceeds 90 % of the area', () => {
    expect(centeredIn({ x: 0, y: 0, width: 1000, height: 500 })).toEqual({ x: 50, y: 25, width: 900, height: 450 });
  });
});
