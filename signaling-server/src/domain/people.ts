// Who is in a call, as a list: the lead (the child who booked, the guardian
// it was made with) first, then the others, each once.
export const everyone = (lead: string, others: readonly string[] = []): string[] => [
  lead,
  ...new Set(others.filter((id) => id !== lead)),
];
