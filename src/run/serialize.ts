/**
 * A linted file's findings as plain data, so they can cross a worker thread and be kept in the
 * cache, then be put back on the file as real vfile messages.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {FileStats} from '../data.js'

export interface SerializedMessage {
  reason: string
  place?: Position | Point
  ruleId?: string
  source?: string
  url?: string
  actual?: string
  expected?: string[]
  /** vfile's `fatal`: true error, false warning, absent info. */
  fatal?: boolean
}

export interface SerializedFile {
  messages: SerializedMessage[]
  stats?: FileStats
}

export function serializeFile(file: VFile): SerializedFile {
  const messages = file.messages.map((message): SerializedMessage => {
    const serialized: SerializedMessage = {reason: message.reason}
    if (message.place) serialized.place = message.place
    if (message.ruleId) serialized.ruleId = message.ruleId
    if (message.source) serialized.source = message.source
    if (message.url) serialized.url = message.url
    if (message.actual !== undefined) serialized.actual = message.actual
    if (message.expected !== undefined) serialized.expected = message.expected
    if (message.fatal !== undefined && message.fatal !== null) serialized.fatal = message.fatal
    return serialized
  })
  const stats = file.data.stats
  return stats && Object.keys(stats).length > 0 ? {messages, stats} : {messages}
}

/** Put serialized findings back on `file`, as if it had been linted in this thread. */
export function restoreFile(file: VFile, serialized: SerializedFile): void {
  for (const item of serialized.messages) {
    const message = new VFileMessage(item.reason, {
      place: item.place,
      ruleId: item.ruleId,
      source: item.source
    })
    message.file = file.path
    message.fatal = item.fatal
    if (item.url !== undefined) message.url = item.url
    if (item.actual !== undefined) message.actual = item.actual
    if (item.expected !== undefined) message.expected = item.expected
    file.messages.push(message)
  }
  if (serialized.stats) file.data.stats = serialized.stats
}
