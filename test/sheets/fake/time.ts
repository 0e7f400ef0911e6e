// Fakes Utilities' and Session's time zones: wall-clock parts of an instant in a zone, the instant
// of a wall-clock time, formatDate's patterns; counts nothing (Utilities calls count in google.ts).
export const processZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

function partsIn(ms: number, zone: string): Record<string, number> {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The instant of a wall-clock time in a zone. */
export function instantIn(zone: string, y: number, m: number, d: number, hh = 0, mm = 0): number {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  let t = guess;
  for (let i = 0; i < 3; i++) {
    const p = partsIn(t, zone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    t += guess - shown;
  }
  return t;
}

export function formatDateIn(ms: number, zone: string, pattern: string): string {
  const p = partsIn(ms, zone);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return pattern
    .replace(/yyyy/g, pad(p.year, 4))
    .replace(/MM/g, pad(p.month))
    .replace(/dd/g, pad(p.day))
    .replace(/HH/g, pad(p.hour))
    .replace(/mm/g, pad(p.minute))
    .replace(/ss/g, pad(p.second));
}
