/// <reference lib="webworker" />
import { parseLibraryFile, type LibraryFileKind } from './parseFile';

/** The library's files validated off the main thread: zod's schemas cost a phone's first charts 100 ms. */
self.onmessage = (event: MessageEvent<{ kind: LibraryFileKind; text: string }>) => {
  self.postMessage(parseLibraryFile(event.data.kind, event.data.text));
};
