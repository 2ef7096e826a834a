/**
 * Draws Reelcard's mark, a gold film reel on a dark rounded square, as the
 * toolbar and store icons (public/icon/<size>.png) and as an SVG for the
 * extension pages (public/reelcard.svg). One shape list feeds both, so they
 * never drift apart. PNGs are encoded by hand with zlib: no image library.
 *
 * Run: node scripts/make-icons.mjs
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const NAVY = [20, 33, 61];
const GOLD = [245, 183, 0];

/** The mark in a unit square, painted in order; later shapes cover earlier ones. */
const SHAPES = [
  { kind: 'roundedSquare', inset: 0.02, radius: 0.22, color: NAVY },
  { kind: 'circle', cx: 0.5, cy: 0.5, r: 0.35, color: GOLD },
  ...reelHoles(5, 0.18, 0.08),
  { kind: 'circle', cx: 0.5, cy: 0.5, r: 0.04, color: NAVY },
];

function reelHoles(count, distance, r) {
  return Array.from({ length: count }, (_, i) => {
    // Start at the top so the mark looks upright.
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
    const cx = 0.5 + distance * Math.cos(angle);
    const cy = 0.5 + distance * Math.sin(angle);
    return { kind: 'circle', cx, cy, r, color: NAVY };
  });
}

function inside(shape, x, y) {
  if (shape.kind === 'circle') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;

  // Rounded square: clamp to the inner square, then measure to the corner circle.
  const lo = shape.inset + shape.radius;
  const hi = 1 - lo;
  const dx = x - Math.min(hi, Math.max(lo, x));
  const dy = y - Math.min(hi, Math.max(lo, y));
  return dx * dx + dy * dy <= shape.radius ** 2;
}

/** The colour at one point, or null where the mark leaves the background clear. */
function colorAt(x, y) {
  let color = null;
  for (const shape of SHAPES) if (inside(shape, x, y)) color = shape.color;
  return color;
}

/** RGBA pixels, each averaged over a 4×4 grid of samples so edges are smooth. */
function render(size) {
  const grid = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let s = 0; s < grid * grid; s += 1) {
        const x = (px + ((s % grid) + 0.5) / grid) / size;
        const y = (py + (Math.floor(s / grid) + 0.5) / grid) / size;
        const color = colorAt(x, y);
        if (!color) continue;
        color.forEach((channel, i) => (sum[i] += channel));
        sum[3] += 255;
      }
      const covered = sum[3] / 255;
      const offset = (py * size + px) * 4;
      // Colour channels average over covered samples only, so edges do not darken.
      for (let i = 0; i < 3; i += 1)
        pixels[offset + i] = covered ? Math.round(sum[i] / covered) : 0;
      pixels[offset + 3] = Math.round(sum[3] / (grid * grid));
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, every row unfiltered. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);

  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }

  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svgElement(shape) {
  const fill = `rgb(${shape.color.join(',')})`;
  const n = (value) => Number((value * 128).toFixed(2));
  if (shape.kind === 'circle') {
    return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${fill}"/>`;
  }
  const side = n(1 - 2 * shape.inset);
  const at = n(shape.inset);
  return `<rect x="${at}" y="${at}" width="${side}" height="${side}" rx="${n(shape.radius)}" fill="${fill}"/>`;
}

function svg() {
  const body = SHAPES.map((shape) => `  ${svgElement(shape)}`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128">\n${body}\n</svg>\n`;
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  writeFileSync(`public/icon/${size}.png`, encodePng(size, render(size)));
}
writeFileSync('public/reelcard.svg', svg());
console.log(`Wrote public/icon/{${SIZES.join(',')}}.png and public/reelcard.svg`);
