// A horizontal bar for a share; decoration beside the number it shows, so hidden from screen readers.
export function Bar({ part, whole, color }: { part: number; whole: number; color?: string }) {
  const width = whole === 0 ? 0 : Math.min(100, (100 * part) / whole);
  return (
    <span class="bar" aria-hidden="true">
      <span style={{ width: `${width}%`, ...(color ? { background: color } : {}) }} />
    </span>
  );
}
