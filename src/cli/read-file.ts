// Reads a file for the validator: regular files only, up to a size limit. A FIFO with no writer
// would block the read (and the process) forever, and /dev/zero or /dev/urandom never end, so a
// file that is not a regular one is refused before anything is read from it.
/// <reference types="node" />
import {constants} from 'node:fs';
import {open} from 'node:fs/promises';

/** The file's text (UTF-8); rejects, with a message a reader understands, for anything but a regular file of at most `maxBytes`. */
export async function readRegularFile(path: string, maxBytes: number): Promise<string> {
  // Opening a FIFO without O_NONBLOCK waits for a writer; with it, it returns at once and fstat says what it is.
  const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await file.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), {code: 'EISDIR'});
    if (!stat.isFile()) throw new Error('is not a regular file (a pipe, a device or a socket); not read');
    if (stat.size > maxBytes) throw new Error(`is ${stat.size} bytes; the limit is ${maxBytes} (--max-bytes)`);
    // What fstat saw is read, never more: a file that grows meanwhile cannot pass the limit.
    const buffer = Buffer.alloc(stat.size);
    let length = 0;
    while (length < buffer.length) {
      const {bytesRead} = await file.read(buffer, length, buffer.length - length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    await file.close();
  }
}
