/**
 * Pictures (vote maps, tally charts) to a channel or thread through files.uploadV2, which is three calls:
 * files.getUploadURLExternal per file, a POST of the bytes to each returned upload URL, then one
 * files.completeUploadExternal that shares them all in a single message. Needs the `files:write` scope, and,
 * like chat.postMessage, the bot's membership in the channel.
 */
import { basename } from 'node:path';
import type { webApi } from '@slack/bolt';
import type { AnswerImage } from '../../src/answer.ts';
import type { Logger } from '../../src/logger.ts';
import { type ConversationTarget, type ErrorSink, errorSummary, slackErrorCode } from './deliver.ts';
import { MAX_ALT_TEXT, MAX_FILES_PER_UPLOAD } from './limits.ts';

/** "A/RES/ES-11/7" -> "A-RES-ES-11-7.png": a file name Slack shows as the picture's title. */
export function imageFileName(image: AnswerImage): string {
  const stem = image.vote.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${stem === '' ? basename(image.path, '.png') : stem}.png`;
}

function clipAlt(alt: string): string {
  return alt.length <= MAX_ALT_TEXT ? alt : `${alt.slice(0, MAX_ALT_TEXT - 1)}…`;
}

/** Uploads the images in one message; on failure logs once with its context and returns the Slack code. */
export async function uploadImages(
  client: webApi.WebClient,
  target: ConversationTarget,
  images: readonly AnswerImage[],
  log: Logger,
  onError: ErrorSink = () => {},
): Promise<string | null> {
  const files = images.slice(0, MAX_FILES_PER_UPLOAD);
  if (files.length === 0) return null;
  try {
    await client.files.uploadV2({
      channel_id: target.channel,
      ...(target.threadTs !== undefined ? { thread_ts: target.threadTs } : {}),
      file_uploads: files.map((image) => ({
        file: image.path,
        filename: imageFileName(image),
        title: image.vote,
        alt_text: clipAlt(image.alt),
      })),
    });
    return null;
  } catch (err) {
    const code = slackErrorCode(err);
    onError(code);
    log.error(
      {
        error: errorSummary(err),
        code,
        channel: target.channel,
        threadTs: target.threadTs,
        files: files.length,
      },
      `files.uploadV2 failed: ${code}`,
    );
    return code;
  }
}
