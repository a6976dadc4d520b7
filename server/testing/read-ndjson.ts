import type { LookupEvent } from '../../contract/lookup';

/** Reads an NDJSON body event by event, calling `onEvent` as each line lands; resolves with them all. */
export async function readNdjson(res: Response, onEvent: (event: LookupEvent) => void = () => {}) {
  const events: LookupEvent[] = [];
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    buffer += chunk.value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const event = JSON.parse(line) as LookupEvent;
      events.push(event);
      onEvent(event);
    }
  }
  return events;
}
