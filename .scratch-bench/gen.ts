import { writeDemoCollection } from '../main/store/demo-data';
const t0 = Date.now();
const [dir, cards, logs] = process.argv.slice(2);
const s = await writeDemoCollection({ dataDir: dir!, cards: Number(cards), logs: Number(logs), seed: 1, now: new Date('2026-03-02T09:00:00Z'), onProgress: (m) => console.error(((Date.now() - t0) / 1000).toFixed(1), m) });
console.error(((Date.now() - t0) / 1000).toFixed(1), 'done', JSON.stringify(s));
