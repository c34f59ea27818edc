import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let temps = 0;

/**
 * Replaces `path` with `data` durably: written to a temporary file beside it (created readable by its
 * owner only), fsynced, renamed over `path`, and the directory fsynced. A crash or a power cut leaves
 * the old file or the new one, never half of each, and once this resolves the new one is on disk.
 */
export async function workshopFileReplace(path: string, data: Buffer): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${++temps}`;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await workshopFileDirectorySync(dirname(path));
}

/** Makes a rename durable: fsyncs the directory (where the platform allows opening one). */
async function workshopFileDirectorySync(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch {
    return; // Windows cannot open a directory; its rename is durable on its own.
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!['EINVAL', 'EISDIR', 'EPERM', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) {
      throw error;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Removes the temporary files crashes (`kill -9`, a power cut) left beside `paths`: they may hold the
 * instructor's secret. Only the names `workshopFileReplace` gives (`<file>.tmp-<pid>-<n>`) and the ones
 * earlier versions gave (`<file>.<n>`) are touched.
 */
export async function workshopFileTempsRemove(...paths: string[]): Promise<void> {
  for (const path of paths) {
    const dir = dirname(path);
    const base = `${basename(path)}.`;
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue; // The first write says what is wrong with the directory.
    }
    const ours = (name: string) =>
      name.startsWith(base) && /^(tmp-\d+-\d+|\d+)$/.test(name.slice(base.length));
    await Promise.all(names.filter(ours).map((name) => unlink(join(dir, name)).catch(() => undefined)));
  }
}
