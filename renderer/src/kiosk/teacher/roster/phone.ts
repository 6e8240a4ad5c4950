// Guardians' mobile numbers as teachers type them: spaces, dashes and a +86
// prefix are how people write numbers; the server wants exactly 11 digits.

export function normalisePhone(text: string): string {
  return text.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}

export function isMobile(normalised: string): boolean {
  return /^1\d{10}$/.test(normalised);
}
