import { Readable } from 'node:stream';

const CHUNK_PARTICIPANTS = 200;

/**
 * A syntactically valid answer of exactly `bytes` bytes (padded inside a nickname), streamed in chunks, so the
 * emulator can send 100 MB without holding it. Its participants were never asked for, as a faulty gateway's would be.
 */
export function hugeAnswer(metadataJson: string, bytes: number): Readable {
  const head = `{"ResponseMetadata":${metadataJson},"Result":{"Participants":[`;
  const participant = (i: number) =>
    `{"ConversationShortId":1,"ParticipantUserId":${1_000_000 + i},"Role":0,"NickName":"member ${i}"}`;
  const padTail = (size: number) =>
    `{"ConversationShortId":1,"ParticipantUserId":1,"Role":0,"NickName":"${'x'.repeat(size)}"}]}}`;
  const tailBase = padTail(0).length;
  let sent = 0;
  let i = 0;
  return new Readable({
    read() {
      const parts: string[] = [];
      if (sent === 0) parts.push(head);
      let size = parts.join('').length;
      for (let n = 0; n < CHUNK_PARTICIPANTS; n += 1) {
        const next = `${participant(i)},`;
        if (sent + size + next.length + tailBase > bytes) {
          parts.push(padTail(Math.max(0, bytes - sent - size - tailBase)));
          this.push(parts.join(''));
          this.push(null);
          return;
        }
        parts.push(next);
        size += next.length;
        i += 1;
      }
      sent += size;
      this.push(parts.join(''));
    },
  });
}
