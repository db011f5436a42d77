/**
 * Whether a 400's message names the part of the request at fault: `<field>: <problem>` as
 * parseInput writes it (`Invalid plan: steps.0.title: …`, `(body): …`, `If-Match: …`), a line
 * of an uploaded CSV file and its column (`line 5, users: …`, `line 1: …`), or a catalogue
 * validation problem on a spec field (`Campaign "x": spec.end must …`).
 */
export function namesField(message: unknown): boolean {
  if (typeof message !== 'string') return false;
  return (
    /(?:^|: |; )(?:\([a-z]+\)|If-Match|[A-Za-z]\w*(?:\.\w+)*): \S/.test(
      message,
    ) ||
    /(?:^|: |; )line \d+(?:, [A-Za-z]\w*)?: \S/.test(message) ||
    /(?:^|: |; )spec\.[\w.[\]]+ \S/.test(message)
  );
}
