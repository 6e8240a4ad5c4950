// The children's drawings kept on this kiosk: one SVG file per drawing in a
// folder per child. The page sends the lines, not a file: the main process
// draws the SVG itself from validated numbers (common/activities/drawing.ts),
// so nothing but lines on a white page, or a shipped colouring outline, can
// end up in a child's gallery.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { drawingSvg } from '@hhc/common/activities/drawing';
import type { GalleryDrawing, KeptDrawing } from '@hhc/common/kiosk/gallery';
import { writeFileAtomic } from '../atomicFile';

/** A child keeps at most this many drawings on a kiosk; the oldest make room. */
export const GALLERY_MAX_PER_CHILD = 200;

export class Gallery {
  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  private childDir(childId: string): string {
    // childId is a validated UUID (common/kiosk/ipc.ts): safe as a folder name.
    return path.join(this.dir, childId);
  }

  async keep(drawing: KeptDrawing): Promise<GalleryDrawing> {
    const savedAt = this.now();
    const id = `${savedAt}-${randomUUID().slice(0, 8)}`;
    await writeFileAtomic(
      path.join(this.childDir(drawing.childId), `${id}.svg`),
      drawingSvg(drawing.background, drawing.strokes),
    );
    await this.trim(drawing.childId);
    return { id, childId: drawing.childId, savedAt };
  }

  async list(childId: string): Promise<GalleryDrawing[]> {
    let files: string[];
    try {
      files = await fs.readdir(this.childDir(childId));
    } catch {
      return [];
    }
    return files
      .filter((file) => /^\d+-[0-9a-f]{8}\.svg$/.test(file))
      .map((file) => {
        const id = file.slice(0, -4);
        return { id, childId, savedAt: Number(id.split('-')[0]) };
      })
      .sort((a, b) => b.savedAt - a.savedAt);
  }

  /** One kept drawing's SVG; undefined when there is no such drawing of this child. */
  async read(childId: string, id: string): Promise<string | undefined> {
    // Ids are made by keep(): anything else (a path, a dot) never reaches the file system.
    if (!/^\d+-[0-9a-f]{8}$/.test(id)) return undefined;
    try {
      return await fs.readFile(path.join(this.childDir(childId), `${id}.svg`), 'utf8');
    } catch {
      return undefined;
    }
  }

  private async trim(childId: string): Promise<void> {
    const all = await this.list(childId);
    for (const old of all.slice(GALLERY_MAX_PER_CHILD)) {
      await fs.rm(path.join(this.childDir(childId), `${old.id}.svg`), { force: true });
    }
  }
}
