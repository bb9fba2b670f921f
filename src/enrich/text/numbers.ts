/** A number as written ("14.500", "2,25", "3:1", "3-1") in one form for both languages ("14500", "2.25", "3:1"). */
export function normaliseNumber(raw: string, lang: string): string {
  // Scores and times: "3:1" in German is "3-1" in English.
  const score = /^(\d{1,2})[-–:](\d{1,2})$/.exec(raw);
  if (score) return `${score[1]}:${score[2]}`;
  if (/[:\-–]/.test(raw)) return raw.replace(/[-–]/g, ':');
  // German writes 14.500 and 2,25, English 14,500 and 2.25: groups of exactly three after the thousands mark.
  const thousands = lang === 'en' ? ',' : '.';
  const decimal = lang === 'en' ? '.' : ',';
  let value = raw;
  if (new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(value)) value = value.split(thousands).join('');
  value = value.split(decimal).join('.');
  if (value.includes('.')) value = value.replace(/0+$/, '').replace(/\.$/, '');
  return value;
}
