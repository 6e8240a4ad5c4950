// The child's gallery on the kiosk: drawings kept at the end of a shared
// drawing. Sent over IPC as lines (validated and bounded like the call's
// own), never as an image, so only a drawing can be stored.
import { z } from 'zod';
import { idSchema } from '../api/fields';
import {
  activityLimits,
  activityRoleSchema,
  backgroundSchema,
  colourSchema,
  widthSchema,
  type Background,
} from '../activities/schema';
import type { Stroke } from '../activities/state';

const strokeSchema = z
  .object({
    id: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
    by: activityRoleSchema,
    colour: colourSchema,
    width: widthSchema,
    points: z
      .array(z.number().int().min(0).max(1000))
      .min(2)
      .max(activityLimits.maxPointsPerStroke * 2)
      .refine((points) => points.length % 2 === 0, 'points are x, y pairs'),
  })
  .strict();

export const keptDrawingSchema = z
  .object({
    childId: idSchema,
    background: backgroundSchema,
    strokes: z
      .array(strokeSchema)
      .min(1)
      .max(activityLimits.maxStrokes)
      .refine(
        (strokes) =>
          strokes.reduce((sum, s) => sum + s.points.length / 2, 0) <= activityLimits.maxPointsTotal,
        'too many points',
      ),
  })
  .strict();

export const galleryReadInput = z
  .object({
    childId: idSchema,
    id: z.string().regex(/^\d{1,16}-[0-9a-f]{8}$/, 'a drawing id'),
  })
  .strict();

export interface KeptDrawing {
  childId: string;
  background: Background;
  strokes: Stroke[];
}

export interface GalleryDrawing {
  id: string;
  childId: string;
  savedAt: number;
}
