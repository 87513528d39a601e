/**
 * A session's results on disk: one file (JSON, or a script that carries it), always whole.
 *
 * Atomic: each write goes to a temporary file beside the target, is flushed to the disk, and
 * is renamed over the target, so a reader (or a power cut) sees the last complete version or
 * the one before, never half of one. Serialized: one write at a time; changes that arrive
 * while one is running are written together by the next, so 200 results arriving at once
 * make a few writes, not 200 racing ones, and the last write always holds every result.
 */
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";

/** Writes `text` to `file` as a whole: a temporary file, flushed, then renamed over it. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    const handle = await open(temporary, "wx", 0o644);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export class ResultsFile {
  private writing: Promise<void> | null = null;
  private dirty = false;
  private failure: Error | null = null;

  /**
   * `snapshot` gives the file's whole content at the moment of a write, `text` writes it out
   * (as JSON by default); `onError` hears of a write that failed (the results stay in memory,
   * and the next change tries again).
   */
  constructor(
    readonly file: string,
    private readonly snapshot: () => unknown,
    private readonly onError: (error: Error) => void = () => undefined,
    private readonly text: (snapshot: unknown) => string = (value) => `${JSON.stringify(value, null, 2)}\n`,
  ) {}

  /** Something in the snapshot changed: write it, now or right after the write under way. */
  changed(): void {
    this.dirty = true;
    this.writing ??= this.writeWhileDirty();
  }

  /** Resolves when everything changed so far is on disk; rejects if writing it failed again. */
  async flush(): Promise<void> {
    if (this.dirty) this.writing ??= this.writeWhileDirty();
    while (this.writing) await this.writing;
    if (this.failure) throw this.failure;
  }

  private async writeWhileDirty(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        await writeAtomic(this.file, this.text(this.snapshot()));
        this.failure = null;
      }
    } catch (error) {
      // Not on disk: the next change, or a flush, tries again.
      this.dirty = true;
      this.failure = error as Error;
      this.onError(this.failure);
    } finally {
      this.writing = null;
    }
  }
}
