// The shared activities of a call (picture books, drawing, talking cards):
// the actions either side may send, validated with zod, and the limits both
// ends keep so that a client never builds an action the server refuses.
// Coordinates are integers on a 1000 × 1000 grid laid over the page, so the
// same spot means the same place on a phone and on a kiosk screen, and a
// point costs a few bytes.
import { z } from 'zod';
import { activityLimits, backgroundIds, colourIds, GRID, pictureCardIds } from './limits';

export { activityLimits, backgroundIds, colourIds, GRID, pictureCardIds } from './limits';

export const activityRoleSchema = z.enum(['kiosk', 'parent']);
export type ActivityRole = z.infer<typeof activityRoleSchema>;

export const colourSchema = z.enum(colourIds);
export type Colour = z.infer<typeof colourSchema>;

export const widthSchema = z.enum(['thin', 'thick']);
export type StrokeWidth = z.infer<typeof widthSchema>;

/** A blank page, or one of the shipped colouring pages (outlines to colour in). */
export const backgroundSchema = z.enum(backgroundIds);
export type Background = z.infer<typeof backgroundSchema>;

/** The child's picture cards: what they want to talk about. */
export const pictureCardSchema = z.enum(pictureCardIds);
export type PictureCard = z.infer<typeof pictureCardSchema>;

/** Shipped books have short names; a teacher's book is 'school-' and an id. */
export const bookIdSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9-]+$/, 'book id: a-z, 0-9, -');

const coordinate = z.number().int().min(0).max(GRID);

export const strokePointsSchema = z
  .array(coordinate)
  .min(2)
  .max(activityLimits.maxPointsPerMessage * 2)
  .refine((points) => points.length % 2 === 0, 'points are x, y pairs');

/** What is shown big on both screens. */
export const viewSchema = z.enum(['none', 'book', 'draw']);
export type ActivityView = z.infer<typeof viewSchema>;

export const activityActionSchema = z.discriminatedUnion('type', [
  /** Opens the shelf ('book'), the canvas ('draw'), or goes back to the faces ('none'). */
  z.object({ type: z.literal('view'), view: viewSchema }).strict(),
  /** Opens a book at its first page; null goes back to the shelf. */
  z.object({ type: z.literal('book'), bookId: bookIdSchema.nullable() }).strict(),
  /** Absolute page, so a repeated or crossed turn lands on the same page on both screens. */
  z.object({ type: z.literal('page'), page: z.number().int().min(0).max(activityLimits.maxPage) }).strict(),
  /** The "finger": look here. */
  z.object({ type: z.literal('point'), x: coordinate, y: coordinate }).strict(),
  /**
   * A stroke, sent in pieces while it is drawn: the first piece with a new id
   * starts it and says its colour and width; later pieces with the same id
   * only add points (the style would be a quarter of every piece's bytes).
   */
  z
    .object({
      type: z.literal('stroke'),
      id: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31),
      colour: colourSchema.optional(),
      width: widthSchema.optional(),
      points: strokePointsSchema,
    })
    .strict(),
  /** Takes back the sender's own last stroke (never the other person's). */
  z.object({ type: z.literal('undo') }).strict(),
  z.object({ type: z.literal('clear') }).strict(),
  z.object({ type: z.literal('background'), background: backgroundSchema }).strict(),
  /** The child shows a picture card to the parent; null puts it away. */
  z.object({ type: z.literal('card'), card: pictureCardSchema.nullable() }).strict(),
  /** The parent moved to another talking prompt (only counted, for the teachers' reports). */
  z.object({ type: z.literal('prompt'), index: z.number().int().min(0).max(99) }).strict(),
  /** The child chose to keep the drawing (it goes to the kiosk's gallery). */
  z.object({ type: z.literal('keep') }).strict(),
]);
export type ActivityAction = z.infer<typeof activityActionSchema>;

/** Which kinds of activity a call used, for the call log and the teachers' reports. */
export const activityKindSchema = z.enum(['book', 'draw', 'cards']);
export type ActivityKind = z.infer<typeof activityKindSchema>;
export const activityKindsSchema = z.array(activityKindSchema).max(3);
