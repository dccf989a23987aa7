import fs from 'node:fs';
import path from 'node:path';

export interface HsMetaComponent {
  /** Relative to srcDir, posix. */
  file: string;
  uid: string;
  type: string;
  /** `config.entrypoint` as written ("/app/cards/Card.tsx": relative to srcDir). */
  entrypoint: string | null;
  secretKeys: string[];
}

/** The *-hsmeta.json components of an upload file set, read from the copy at `srcDir`. */
export function readHsMetaComponents(srcDir: string, files: string[]): HsMetaComponent[] {
  return files
    .filter((file) => file.endsWith('-hsmeta.json'))
    .map((file) => {
      const meta = JSON.parse(fs.readFileSync(path.join(srcDir, file), 'utf8')) as {
        uid?: unknown;
        type?: unknown;
        config?: { entrypoint?: unknown; secretKeys?: unknown };
      };
      const secretKeys = meta.config?.secretKeys;
      return {
        file,
        uid: String(meta.uid),
        type: String(meta.type),
        entrypoint: typeof meta.config?.entrypoint === 'string' ? meta.config.entrypoint : null,
        secretKeys: Array.isArray(secretKeys) ? secretKeys.map(String) : [],
      };
    });
}

/** An entrypoint is relative to srcDir even though it starts with "/" (as HubSpot resolves it). */
export function resolveEntrypoint(srcDir: string, entrypoint: string): string {
  return path.resolve(srcDir, entrypoint.replace(/^\//, ''));
}
