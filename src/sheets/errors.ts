/**
 * How a failure crosses google.script.run. Apps Script hands the sidebar's failure handler an
 * Error carrying only the thrown message, so a HostError's message and hint travel as JSON in the
 * message, after a marker:
 *
 *     PAR_ERROR:{"message":"Không tìm thấy nhiệm vụ \"1.2\"…","hint":"Bấm \"Tải lại\"…"}
 *
 * The client looks for the marker anywhere in the message (Apps Script may prefix it, e.g.
 * "Error: " or "Exception: ") and rebuilds the HostError; any other failure (a Google service
 * error, a network drop) becomes a HostError with a generic hint. No Google API here: the server
 * and the sidebar both import this file.
 */
import { HostError } from '../workbook/host';

export const ERROR_MARKER = 'PAR_ERROR:';

const GENERIC_HINT = 'Thử lại. Nếu vẫn lỗi, tải lại trang bảng tính (F5) rồi mở lại PAR Tracker.';
const NETWORK_HINT = 'Kiểm tra kết nối mạng rồi thử lại.';

function isHostError(e: unknown): e is HostError {
  return e instanceof HostError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'HostError');
}

function messageOf(e: unknown): string {
  if (typeof e === 'string') return e;
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}

/** The Error a server function throws: its message carries the HostError (or a wrapped failure) as JSON. */
export function encodeServerError(e: unknown): Error {
  const payload = isHostError(e)
    ? { message: e.message, hint: e.hint }
    : { message: `Lỗi khi làm việc với bảng tính: ${messageOf(e).replace(/^(Error|Exception):\s*/, '')}`, hint: GENERIC_HINT };
  const error = new Error(ERROR_MARKER + JSON.stringify(payload));
  error.name = 'ParServerError';
  return error;
}

/** The HostError the sidebar shows for whatever the failure handler received. */
export function decodeServerError(e: unknown): HostError {
  const text = messageOf(e);
  const at = text.indexOf(ERROR_MARKER);
  if (at >= 0) {
    try {
      const parsed = JSON.parse(text.slice(at + ERROR_MARKER.length)) as { message?: unknown; hint?: unknown };
      if (typeof parsed.message === 'string') return new HostError(parsed.message, typeof parsed.hint === 'string' ? parsed.hint : '');
    } catch {
      // Not our JSON after all: fall through and show the text as it is.
    }
  }
  if (/NetworkError|HTTP 0|Failed to fetch/i.test(text)) return new HostError('Mất kết nối với Google Trang tính.', NETWORK_HINT);
  return new HostError(text.trim() === '' ? 'Lỗi không rõ từ Google Trang tính.' : text.replace(/^(Error|Exception|ScriptError):\s*/, ''), GENERIC_HINT);
}
