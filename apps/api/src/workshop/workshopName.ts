import { workshopNameLengthMax } from '@cors-playground/protocol';

/**
 * A display name as the instructor's table shows it, and as other participants may one day see it:
 * it must look like what it is. Bidi controls can make "rotcurtsni eht" render as "the instructor",
 * zero-width and other invisible characters make two names that look the same compare different, and
 * control characters break the layout. Such names are refused (not silently cleaned: the participant
 * should know what the room will see).
 */

/** A name the room accepts, normalised, and the key that finds a look-alike. */
export type WorkshopName = { ok: true; name: string; key: string } | { ok: false; reason: string };

/**
 * Characters nobody sees, or that reorder or hide what follows: controls, format characters (bidi
 * embeddings, overrides and isolates, zero-width joiners and spaces, the BOM), private-use,
 * surrogate and unassigned code points, and the default-ignorable fillers (Hangul fillers, Mongolian
 * vowel separator…). Variation selectors 15 and 16 are allowed: phone keyboards add them to emoji.
 */
const workshopNameInvisible =
  /(?![\uFE0E\uFE0F])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** White space, collapsed to one space: tabs, line ends and every space character (no-break, ideographic…). */
const workshopNameSpace = /[\p{Zs}\t\n\r\f\v]+/gu;

/** Something a person can see: a letter, a digit, a symbol or punctuation. */
const workshopNameVisible = /[\p{L}\p{N}\p{S}\p{P}]/u;

/** Words only the instructor's own view may show next to a name. */
const workshopNameReserved = /instructor|teacher|trainer|admin|moderator/;

function workshopNameCodePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `raw` as the room keeps it: NFC, trimmed, runs of white space collapsed to one space, 1 to
 * `workshopNameLengthMax` characters, with its `workshopNameKey`; or why it is refused.
 */
export function workshopNameParse(raw: string): WorkshopName {
  const name = raw.normalize('NFC').replace(workshopNameSpace, ' ').trim();
  const invisible = workshopNameInvisible.exec(name)?.[0];
  if (invisible !== undefined) {
    return {
      ok: false,
      reason: `must not contain invisible or control characters (${workshopNameCodePoint(invisible)}): type the name again.`,
    };
  }
  if (!workshopNameVisible.test(name)) return { ok: false, reason: 'must contain a letter or a digit.' };
  if ([...name].length > workshopNameLengthMax) {
    return { ok: false, reason: `must be at most ${workshopNameLengthMax} characters.` };
  }
  const key = workshopNameKey(name);
  if (workshopNameReserved.test(key.replace(/[^\p{L}]/gu, ''))) {
    return { ok: false, reason: 'must not pose as the instructor: choose your own name.' };
  }
  return { ok: true, name, key };
}

/** What two names are compared by: "Ada", "ADA" and the full-width "Ａｄａ" are the same name. */
export function workshopNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(workshopNameSpace, ' ').trim();
}
