// Plain-text tables for the console (and pasting into BENCHMARKS.md as Markdown).

export type Cell = string | number;

function cellText(cell: Cell): string {
  return typeof cell === 'number' ? String(cell) : cell;
}

/** Prints a titled Markdown table; numbers are right-aligned, text left-aligned. */
export function printTable(
  title: string,
  header: readonly string[],
  rows: readonly Cell[][],
  notes: readonly string[] = [],
): void {
  const texts = rows.map((row) => row.map(cellText));
  const widths = header.map((name, column) =>
    Math.max(name.length, ...texts.map((row) => (row[column] ?? '').length)),
  );
  const numeric = header.map(
    (_, column) =>
      rows.length > 0 &&
      rows.every(
        (row) => typeof row[column] === 'number' || /^[-\d.,%–()\s]*$/.test(cellText(row[column] ?? '')),
      ),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(header));
  console.log(
    `| ${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`,
  );
  for (const row of texts) console.log(line(row));
  if (notes.length > 0) {
    console.log('');
    for (const note of notes) console.log(`- ${note}`);
  }
}
