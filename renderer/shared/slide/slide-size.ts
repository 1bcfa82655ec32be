/** The size every slide is laid out at: reveal.js scales it to the audience window, previews and print frames zoom it. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
