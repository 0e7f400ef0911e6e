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

/**
 * The JSON object starting at `start`, up to its matching brace: Apps Script may append text after
 * the message (" (line 12, file \"par-sheets\")"), which JSON.parse of the rest would refuse.
 */
function jsonObjectAt(text: string, start: number): string | null {
  if (text[start] !== '{') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/**
 * With several Google accounts signed in, google.script.run calls the script as the browser's
 * default account, which may not be the one with the spreadsheet open, and Google refuses before
 * the script runs ("ScriptError: Authorization is required to perform that action.", "We're
 * sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.", or
 * the same in the interface language): reloading does not help, one account (or a private
 * window) does.
 */
const MULTI_ACCOUNT =
  /PERMISSION_DENIED|Authori[sz]ation is required|server error occurred while reading from storage|Bạn cần được cấp quyền|Cần (được )?cấp quyền|ScriptError: Authori[sz]ation|User has not enabled the Apps Script API|not authori[sz]ed/i;

/** What the sidebar says then: Vietnamese first, then the same in English for a colleague's browser. */
export const MULTI_ACCOUNT_ERROR = {
  message:
    'Google từ chối yêu cầu: trình duyệt đang đăng nhập nhiều tài khoản Google, và PAR Tracker chạy bằng một tài khoản khác tài khoản đang mở bảng tính.',
  hint:
    'Đăng xuất các tài khoản Google khác (chỉ giữ tài khoản mở bảng tính này), hoặc mở bảng tính trong cửa sổ ẩn danh và chỉ đăng nhập một tài khoản, rồi mở lại PAR Tracker. Tải lại trang không khắc phục được lỗi này. ' +
    '(Several Google accounts are signed in: sign out of the others, or open the spreadsheet in a private window with one account; reloading does not help.)',
} as const;

/** The HostError the sidebar shows for whatever the failure handler received. */
export function decodeServerError(e: unknown): HostError {
  const text = messageOf(e);
  const at = text.indexOf(ERROR_MARKER);
  if (at >= 0) {
    try {
      let start = at + ERROR_MARKER.length;
      while (/\s/.test(text[start] ?? '')) start++;
      const json = jsonObjectAt(text, start);
      const parsed = (json === null ? null : JSON.parse(json)) as { message?: unknown; hint?: unknown } | null;
      if (parsed && typeof parsed.message === 'string') return new HostError(parsed.message, typeof parsed.hint === 'string' ? parsed.hint : '');
    } catch {
      // Not our JSON after all: fall through and show the text as it is.
    }
  }
  if (MULTI_ACCOUNT.test(text)) return new HostError(MULTI_ACCOUNT_ERROR.message, MULTI_ACCOUNT_ERROR.hint);
  if (/NetworkError|HTTP 0|Failed to fetch/i.test(text)) return new HostError('Mất kết nối với Google Trang tính.', NETWORK_HINT);
  return new HostError(text.trim() === '' ? 'Lỗi không rõ từ Google Trang tính.' : text.replace(/^(Error|Exception|ScriptError):\s*/, ''), GENERIC_HINT);
}
