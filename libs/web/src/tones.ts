/**
 * Colours of status badges that keep WCAG AA contrast (4.5:1) for their small bold text, both as
 * the background of white text (filled badges) and as text on white (outline badges); Mantine's
 * own greens, yellows and oranges do not (green.8 is 3.4:1). The same tones as styles.css's pills.
 */
export const TONES = {
  good: '#1e5e2f',
  caution: '#735c00',
  warning: '#8a4200',
} as const;
