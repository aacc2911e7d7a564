// Dates as adverts give them → ISO-8601 UTC strings, as records store times.
//
// Hand-written instead of `new Date(text)`: the built-in parser reads zone-less date-times in the
// machine's local zone and accepts loose formats, which would make stored times depend on where the
// crawler ran. The formats below are the ones structured data and job boards use.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/i;
/** Day first with dots, as written across most of Europe: 5.03.2024, 05.03.2024. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function fromParts(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2024-02-30 over to March; a roll-over means the date did not exist.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return d.toISOString();
}

/**
 * `2024-05-01` (read as midnight UTC), `2024-05-01T08:30:00+02:00`, `2024-05-01 08:30` (no zone:
 * read as UTC), `01.05.2024` → `2024-05-01T…Z`. Undefined when the text is not one of these.
 */
export function toIsoUtc(text: string): string | undefined {
  const s = text.trim();
  let m = ISO_DATE.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED_DATE.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO_DATE_TIME.exec(s);
  if (m) {
    const [, date = '', time = '', zone] = m;
    const dayOnly = ISO_DATE.exec(date);
    if (!dayOnly || fromParts(Number(dayOnly[1]), Number(dayOnly[2]), Number(dayOnly[3])) === undefined) {
      return undefined;
    }
    const offset =
      zone === undefined
        ? 'Z'
        : zone.toUpperCase() === 'Z'
          ? 'Z'
          : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const d = new Date(`${date}T${time}${offset}`);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  return undefined;
}
