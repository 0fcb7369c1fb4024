// English and Korean texts of the errors the HTTP API and the matchmaking guard return.
// The keys are the i18n keys clients may translate themselves (`error.code`); the
// server also sends the text, in the language the request prefers.
import type { NicknameProblem } from '../sessions/nicknames.ts';

export type ApiErrorCode =
  | NicknameProblem
  | 'server.http.badJson'
  | 'server.http.bodyTooLarge'
  | 'server.http.needJson'
  | 'server.http.badRequest'
  | 'server.http.notFound'
  | 'server.http.methodNotAllowed'
  | 'server.http.originNotAllowed'
  | 'server.http.tooManyRequests'
  | 'server.http.internal'
  | 'server.profile.needToken'
  | 'server.profile.notFound'
  | 'server.matchmake.methodRefused'
  | 'server.matchmake.badCode'
  | 'server.matchmake.tooManyJoins'
  | 'server.matchmake.tooManyRooms';

export const API_MESSAGES: Record<ApiErrorCode, { en: string; ko: string }> = {
  'server.nickname.notText': { en: 'The nickname must be text.', ko: '닉네임은 글자여야 합니다.' },
  'server.nickname.empty': { en: 'The nickname is empty.', ko: '닉네임이 비어 있습니다.' },
  'server.nickname.tooLong': { en: 'The nickname is longer than 24 characters.', ko: '닉네임은 24자를 넘을 수 없습니다.' },
  'server.nickname.badCharacters': {
    en: 'A nickname may contain letters, digits, spaces and - _ . only.',
    ko: '닉네임에는 글자, 숫자, 공백과 - _ . 만 쓸 수 있습니다.',
  },
  'server.nickname.noLetters': { en: 'The nickname needs at least one letter or digit.', ko: '닉네임에는 글자나 숫자가 하나 이상 있어야 합니다.' },
  'server.http.badJson': { en: 'The request body is not valid JSON.', ko: '요청 본문이 올바른 JSON이 아닙니다.' },
  'server.http.bodyTooLarge': { en: 'The request body is too large.', ko: '요청 본문이 너무 큽니다.' },
  'server.http.needJson': { en: 'Send the request body as application/json.', ko: '요청 본문은 application/json으로 보내야 합니다.' },
  'server.http.badRequest': { en: 'The request is not valid: {{detail}}', ko: '요청이 올바르지 않습니다: {{detail}}' },
  'server.http.notFound': { en: 'There is nothing at this address.', ko: '이 주소에는 아무것도 없습니다.' },
  'server.http.methodNotAllowed': { en: 'This method is not allowed here.', ko: '여기서는 이 메서드를 쓸 수 없습니다.' },
  'server.http.originNotAllowed': { en: 'Requests from this origin are not allowed.', ko: '이 출처(origin)에서 온 요청은 허용되지 않습니다.' },
  'server.http.tooManyRequests': { en: 'Too many requests; try again in {{seconds}} s.', ko: '요청이 너무 많습니다. {{seconds}}초 뒤에 다시 해 보세요.' },
  'server.http.internal': { en: 'Something went wrong on the server.', ko: '서버에서 문제가 생겼습니다.' },
  'server.profile.needToken': { en: 'Send the profile token as "Authorization: Bearer <token>".', ko: '프로필 토큰을 "Authorization: Bearer <토큰>"으로 보내야 합니다.' },
  'server.profile.notFound': { en: 'No profile has this token.', ko: '이 토큰의 프로필이 없습니다.' },
  'server.matchmake.methodRefused': {
    en: 'This matchmaking call is not offered: create a room, or join one with its code.',
    ko: '이 매치메이킹 호출은 제공되지 않습니다. 방을 만들거나 코드로 참가하세요.',
  },
  'server.matchmake.badCode': {
    en: 'No team session has this code. Codes are 6 to 8 letters and digits.',
    ko: '이 코드의 팀 세션이 없습니다. 코드는 6~8자의 글자와 숫자입니다.',
  },
  'server.matchmake.tooManyJoins': {
    en: 'Too many join attempts from your address; try again in {{seconds}} s.',
    ko: '이 주소에서 참가 시도가 너무 많습니다. {{seconds}}초 뒤에 다시 해 보세요.',
  },
  'server.matchmake.tooManyRooms': {
    en: 'Too many games started from your address; try again in {{seconds}} s.',
    ko: '이 주소에서 시작한 게임이 너무 많습니다. {{seconds}}초 뒤에 다시 해 보세요.',
  },
};

/** The text of `code` in `lang` with `{{name}}` placeholders filled. */
export function apiMessage(code: ApiErrorCode, lang: 'en' | 'ko', params: Record<string, string | number> = {}): string {
  return API_MESSAGES[code][lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** `ko` when the request's Accept-Language prefers Korean over English, else `en`. */
export function requestLang(acceptLanguage: string | string[] | undefined): 'en' | 'ko' {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage ?? '';
  let best: { lang: 'en' | 'ko'; q: number } = { lang: 'en', q: 0 };
  for (const part of header.split(',').slice(0, 20)) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang = tag === 'ko' || tag?.startsWith('ko-') ? 'ko' : tag === 'en' || tag?.startsWith('en-') ? 'en' : null;
    if (lang && Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}
