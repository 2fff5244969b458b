/**
 * The app's icons, drawn as inline SVG. Emoji and symbol characters (🔑, ☀, ✓...) depend on the
 * system's fonts and draw as empty boxes on a plain Linux install; a path always draws. Each icon
 * is decorative (aria-hidden): the text or the accessible name next to it says what it means.
 * Hand-drawn on a 16-unit grid rather than a library: a dozen paths do not justify a dependency.
 */
const PATHS = {
  check: 'M3 8.5 6.5 12 13 4.5',
  cross: 'M4 4l8 8M12 4l-8 8',
  dash: 'M4 8h8',
  key: 'M10.5 2.5a3 3 0 1 1-2.6 4.5L2.5 12.4V14h2v-1.5H6V11h1.5l.9-.9A3 3 0 0 1 10.5 2.5zM11.5 4.5h.01',
  info: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5zM8 7v4.5M8 4.6v.01',
  warning: 'M8 2 14.5 13.5h-13zM8 6.5v3.5M8 11.9v.01',
  danger: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5zM5.5 5.5l5 5M10.5 5.5l-5 5',
  sun: 'M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1',
  moon: 'M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7z',
  'arrow-left': 'M13 8H3M7 4 3 8l4 4',
  'arrow-right': 'M3 8h10M9 4l4 4-4 4',
  pending: 'M4 8h.01M8 8h.01M12 8h.01',
  undo: 'M5.5 3 2.5 6l3 3M2.5 6H10a3.5 3.5 0 0 1 0 7H7',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === 'pending' ? 2.5 : 1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={`inline-block shrink-0 align-[-0.125em] ${className ?? ''}`}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
