// Files the teacher takes away: report CSVs (Excel needs the BOM to read
// Chinese), a child's exported data. Saved through an <a download> link.

const BOM = '\uFEFF';

/** Excel opens UTF-8 CSV as Chinese only with a BOM; the server adds one, this makes sure. */
export function withBom(csv: string): string {
  return csv.startsWith(BOM) ? csv : BOM + csv;
}

/**
 * A file name safe on Windows and Linux, keeping Chinese: no path separators,
 * reserved or control characters, and the extension it must have.
 */
export function safeFilename(name: string, extension: string): string {
  const ext = extension.startsWith('.') ? extension : `.${extension}`;
  // eslint-disable-next-line no-control-regex
  let base = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  if (base.toLowerCase().endsWith(ext.toLowerCase())) base = base.slice(0, -ext.length);
  base = base.replace(/^\.+/, '').trim() || 'download';
  return `${base.slice(0, 120)}${ext}`;
}

/** The name of one child's data export, e.g. "孩子资料-小明-2026-03-02.json". */
export function childExportFilename(childName: string, date: string): string {
  return safeFilename(`孩子资料-${childName}-${date}`, '.json');
}

export function csvBlob(csv: string): Blob {
  return new Blob([withBom(csv)], { type: 'text/csv;charset=utf-8' });
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
