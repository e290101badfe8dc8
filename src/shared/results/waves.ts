/** A day YYYY-MM-DD that exists in the calendar. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Problems with a new wave (empty when it is fine), in German for the CLI and the page. */
export function checkWave(
  wave: { name: string; from: string; to: string },
  others: readonly { name: string; from: string; to: string }[],
): string[] {
  const problems: string[] = [];
  if (wave.name.trim().length === 0 || wave.name.length > 80) {
    problems.push('Der Name muss 1 bis 80 Zeichen lang sein.');
  }
  if (!isDay(wave.from)) problems.push(`"${wave.from}" ist kein Tag (JJJJ-MM-TT).`);
  if (!isDay(wave.to)) problems.push(`"${wave.to}" ist kein Tag (JJJJ-MM-TT).`);
  if (problems.length === 0 && wave.from > wave.to) {
    problems.push('Der erste Tag liegt nach dem letzten.');
  }
  for (const other of others) {
    if (other.name === wave.name) problems.push(`Eine Welle "${wave.name}" gibt es schon.`);
    else if (wave.from <= other.to && other.from <= wave.to) {
      problems.push(`Der Zeitraum überschneidet sich mit der Welle "${other.name}".`);
    }
  }
  return problems;
}
