/**
 * Where the labels of the claims timeline go so that no two overlap: a token issued just now puts
 * "iat" and "now" on the same spot, and nbf often sits there too. Each label is centred on its
 * point (or starts or ends there near the edges) and takes the first row where it fits.
 */
export interface LabelInput {
  name: string;
  text: string;
  /** 0..1 along the line. */
  position: number;
}

export interface PlacedLabel extends LabelInput {
  /** Pixels from the line's left edge to the label's left edge. */
  left: number;
  width: number;
  /** 0 for the first row under the line, 1 for the next... */
  row: number;
  align: 'start' | 'center' | 'end';
}

/** An upper bound of the width of 11 px UI text per character (digits and capitals included). */
export const CHAR_PX = 7;
const GAP_PX = 8;

/** Rows for the labels of a line `width` pixels wide, in the order given (time order). */
export function layoutLabels(labels: readonly LabelInput[], width: number, charPx = CHAR_PX): PlacedLabel[] {
  const rowEnds: number[] = [];
  return labels.map((label) => {
    const w = Math.ceil(label.text.length * charPx);
    const x = label.position * width;
    let align: PlacedLabel['align'] = 'center';
    let left = x - w / 2;
    if (left < 0) {
      align = 'start';
      left = Math.max(0, x);
    } else if (left + w > width) {
      align = 'end';
      left = Math.min(x, width) - w;
    }
    let row = rowEnds.findIndex((end) => end + GAP_PX <= left);
    if (row === -1) row = rowEnds.push(left + w) - 1;
    else rowEnds[row] = left + w;
    return { ...label, left, width: w, row, align };
  });
}

/** Whether any two placed labels share pixels (the property the layout keeps). */
export function overlaps(placed: readonly PlacedLabel[]): boolean {
  return placed.some((a, i) => placed.some((b, j) => j > i && a.row === b.row && a.left < b.left + b.width && b.left < a.left + a.width));
}
