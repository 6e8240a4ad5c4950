// Drawings a child keeps from a call, and the list of them.
import { z } from 'zod';
import { idSchema } from '@hhc/common/api/fields';
import { galleryReadInput, keptDrawingSchema } from '@hhc/common/kiosk/gallery';
import { AppError, ErrorCode } from '@hhc/common/result';
import type { Gallery } from '../gallery/Gallery';
import { handler } from './define';

export function galleryHandlers(gallery: Gallery) {
  return {
    'gallery:keep': handler(keptDrawingSchema, (drawing) => gallery.keep(drawing)),
    'gallery:list': handler(z.object({ childId: idSchema }).strict(), ({ childId }) => gallery.list(childId)),
    'gallery:read': handler(galleryReadInput, async ({ childId, id }) => {
      const svg = await gallery.read(childId, id);
      if (svg === undefined) throw new AppError(ErrorCode.NotFound, 'No such drawing.');
      return { svg };
    }),
  };
}
