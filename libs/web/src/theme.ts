import { createTheme } from '@mantine/core';

/** Customs blue, with text colours that keep WCAG AA contrast on white. */
export const theme = createTheme({
  primaryColor: 'customs',
  colors: {
    customs: [
      '#e7f0fb',
      '#c9dcf4',
      '#9fc0ea',
      '#6f9fdd',
      '#4682d1',
      '#2b6bc2',
      '#1f58a6',
      '#174787',
      '#10366a',
      '#0a264d',
    ],
  },
  primaryShade: 6,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  // Keyboard focus shows an outline on buttons and links; inputs get one in styles.css (Mantine only recolours their border).
  focusRing: 'auto',
  // Who asks for reduced motion (prefers-reduced-motion) gets dialogs and menus without transitions.
  respectReducedMotion: true,
});
