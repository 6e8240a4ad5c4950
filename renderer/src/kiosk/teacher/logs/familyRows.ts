// The kiosk's call log files a family call under its lead child only. To show
// one child's calls, teacher mode asks for that child's rows and for the rows
// of every lead whose booking (as the server lists it) includes the child.

/** The lead children whose rows to ask for: none picked → [] (ask for all); else the child first, then other leads. */
export function leadsToAsk(
  childId: string | undefined,
  bookings: readonly { childId: string; childIds: readonly string[] }[] | undefined,
): string[] {
  if (!childId) return [];
  const leads = (bookings ?? []).filter((b) => b.childIds.includes(childId)).map((b) => b.childId);
  return [...new Set([childId, ...leads])];
}
