import { harnessMarker } from './harnessPage.ts';

/** One console message as MiniBrowser writes it: `<url>:<line>:<column>: CONSOLE [<SOURCE> ]<LEVEL> <text>`. */
export interface WebkitConsoleLine {
  /** `SECURITY`, `JS`, `NETWORK`… (empty for console.log and friends). */
  source: string;
  level: string;
  text: string;
  url: string;
}

/** What the console said during one fetch of one harness job. */
export interface WebkitConsoleFetch {
  errors: string[];
  warnings: string[];
}

const consolePattern =
  /^(?:(.*?):\d+:\d+: )?CONSOLE (?:([A-Z][A-Z-]*) )?(LOG|DEBUG|INFO|WARN|WARNING|ERROR) (.*)$/;
/** Lines of MiniBrowser's own (GTK, Mesa, GLib warnings) that are no console message's continuation. */
const noisePattern = /^(\(MiniBrowser|\(WebKit|\(process|libEGL|MESA|Gtk-|Gdk-|GLib|\*\*|\s*$)/;

/**
 * Parses MiniBrowser's console output. A message with a line break goes on over the following lines,
 * which are appended to it; its own warnings are skipped.
 */
export function webkitConsoleParse(output: string): WebkitConsoleLine[] {
  const lines: WebkitConsoleLine[] = [];
  for (const raw of output.split('\n')) {
    const match = consolePattern.exec(raw);
    if (match) {
      lines.push({ url: match[1] ?? '', source: match[2] ?? '', level: match[3]!, text: match[4]! });
      continue;
    }
    const last = lines[lines.length - 1];
    if (last && !noisePattern.test(raw)) last.text += `\n${raw}`;
  }
  return lines;
}

function webkitConsoleMark(text: string, marker: string): [number, number] | null {
  if (!text.startsWith(`${marker} `)) return null;
  const [job, fetch] = text
    .slice(marker.length + 1)
    .split(' ')
    .map(Number);
  return job === undefined || fetch === undefined ? null : [job, fetch];
}

/**
 * Attributes every error and warning to the fetch whose begin and end markers surround it, keyed
 * `<job> <fetch>`. The page logs the end marker only after the fetch settled and its result was posted,
 * and WebKit logs a failure's lines before it rejects the promise, so nothing of one fetch can fall after
 * its end marker. Lines outside any fetch come back as `stray`.
 */
export function webkitConsoleAttribute(lines: WebkitConsoleLine[]): {
  fetches: Map<string, WebkitConsoleFetch>;
  stray: WebkitConsoleLine[];
  done: boolean;
} {
  const fetches = new Map<string, WebkitConsoleFetch>();
  const stray: WebkitConsoleLine[] = [];
  let current: WebkitConsoleFetch | null = null;
  let done = false;
  for (const line of lines) {
    if (line.level === 'LOG') {
      const begin = webkitConsoleMark(line.text, harnessMarker.begin);
      if (begin) {
        current = { errors: [], warnings: [] };
        fetches.set(begin.join(' '), current);
      } else if (webkitConsoleMark(line.text, harnessMarker.end)) current = null;
      else if (line.text === harnessMarker.done) done = true;
      continue;
    }
    const kind = line.level === 'ERROR' ? 'errors' : line.level.startsWith('WARN') ? 'warnings' : null;
    if (kind === null) continue;
    if (current) current[kind].push(line.text);
    else stray.push(line);
  }
  return { fetches, stray, done };
}
