import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzippedSize, measureBuildSizes, pageFiles } from '../../bench/size';

const dir = mkdtempSync(path.join(os.tmpdir(), 'reelcard-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

write(
  'manifest.json',
  JSON.stringify({
    content_scripts: [
      { js: ['content-scripts/content.js'] },
      { js: ['content-scripts/content.js'] },
    ],
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
  }),
);
write('content-scripts/content.js', 'console.log("content");'.repeat(50));
write('background.js', 'import "./chunks/shared.js";');
write('popup.html', '<script type="module" src="/chunks/popup.js"></script>');
write('options.html', '<p>options</p>');
write('chunks/popup.js', 'import{a}from"./shared.js";a();');
write('chunks/shared.js', 'export const a=()=>1;');

describe('build sizes', () => {
  it('follows a page to its scripts and their static imports', () => {
    expect(pageFiles(dir, 'popup.html').sort()).toEqual([
      'chunks/popup.js',
      'chunks/shared.js',
      'popup.html',
    ]);
  });

  it('counts each injected file once, gzipped', () => {
    const sizes = measureBuildSizes(dir);
    expect(sizes.injectedFiles).toEqual(['content-scripts/content.js']);
    expect(sizes.injectedJs).toBe(gzippedSize(path.join(dir, 'content-scripts/content.js')));
    expect(sizes.background).toBe(
      gzippedSize(path.join(dir, 'background.js')) +
        gzippedSize(path.join(dir, 'chunks/shared.js')),
    );
  });

  it('says to build first when there is no build', () => {
    expect(() => measureBuildSizes(path.join(dir, 'missing'))).toThrow(/npm run build/);
  });
});
