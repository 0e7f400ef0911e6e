/**
 * The pane's language from Office's display language: English for any English UI, Vietnamese
 * otherwise (the product's first language, and the best guess for an official whose Office is in
 * another language).
 * @example paneLanguage('vi-VN') → 'vi'
 * @example paneLanguage('en-US') → 'en'
 */
export function paneLanguage(displayLanguage: string | undefined | null): 'vi' | 'en' {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'vi';
}
