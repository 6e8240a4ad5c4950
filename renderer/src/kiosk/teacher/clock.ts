// Times of day as teachers type and read them: "16:30" ↔ minutes after midnight.

/** "16:30" for 990; 1440 reads "24:00" (the midnight that ends a window). */
export function minutesToHhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Minutes after midnight for what a teacher typed, or undefined. Accepts "16:30",
 * "9:05", "1630", "16" and the full-width colon a Chinese input method types ("16：30").
 */
export function parseHhmm(text: string): number | undefined {
  const match = /^(\d{1,2})(?:[:：.]?(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}
