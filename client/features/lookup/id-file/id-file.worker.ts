/// <reference lib="webworker" />
import { createIdFileSession, type IdFileRequest } from './id-file-session';

const answer = createIdFileSession();

self.onmessage = async (event: MessageEvent<IdFileRequest>) => {
  self.postMessage(await answer(event.data));
};
