import fs from 'node:fs';
import path from 'node:path';
import { resolveEntrypoint, type HsMetaComponent } from './hsmeta';

interface DevServerBuild {
  remoteBuild(args: {
    root: string;
    entryPoint: string;
    outputDir?: string;
    logLevel?: 'info' | 'warn' | 'error' | 'silent';
  }): Promise<void>;
}

export interface CardBundle {
  uid: string;
  entrypoint: string;
  bytes: number;
  ms: number;
}

/**
 * Bundles each card entrypoint with HubSpot's own bundler: `remoteBuild` from
 * `@hubspot/ui-extensions-dev-server/build`, the build HubSpot runs on an upload (vite,
 * iife, minified, react external). The card's folder is the build root, as on HubSpot.
 */
export async function bundleCards(
  srcDir: string,
  cards: HsMetaComponent[],
  outDir: string,
  /** How problems name srcDir: the project's own folder name ("src"). */
  srcName: string,
): Promise<{ bundles: CardBundle[]; problems: string[] }> {
  const named = (file: string) => path.posix.join(srcName, file);
  const { remoteBuild } =
    (await import('@hubspot/ui-extensions-dev-server/build')) as DevServerBuild;
  const bundles: CardBundle[] = [];
  const problems: string[] = [];
  for (const card of cards) {
    if (!card.entrypoint) {
      problems.push(`${named(card.file)}: config.entrypoint is missing`);
      continue;
    }
    const entry = resolveEntrypoint(srcDir, card.entrypoint);
    const outputDir = path.join(outDir, card.uid);
    const started = Date.now();
    try {
      await remoteBuild({
        root: path.dirname(path.join(srcDir, card.file)),
        entryPoint: entry,
        outputDir,
        logLevel: 'silent',
      });
    } catch (error) {
      problems.push(
        `${named(card.file)}: HubSpot's bundler failed on ${card.entrypoint}: ${message(error)}`,
      );
      continue;
    }
    const outputs = fs.existsSync(outputDir)
      ? fs.readdirSync(outputDir).filter((name) => name.endsWith('.js'))
      : [];
    if (outputs.length !== 1) {
      problems.push(
        `${named(card.file)}: HubSpot's bundler wrote ${outputs.length} bundles, expected 1`,
      );
      continue;
    }
    const bytes = fs.statSync(path.join(outputDir, outputs[0] as string)).size;
    bundles.push({ uid: card.uid, entrypoint: card.entrypoint, bytes, ms: Date.now() - started });
  }
  return { bundles, problems };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
}
